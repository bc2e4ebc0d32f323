"""The one fine-tune entry point, used by the app's Train tab, ``gridclip train`` and Label
Studio's START_TRAINING webhook.

- ``fine_tune(model, examples, vocabulary, out_dir=..., progress=..., **settings)``: a training
  run whose settings default to ``TrainConfig``'s, the ones ``gridclip train --help`` documents
  (12 epochs, batch 4, the learning rate by whether the head trained before, the model's image
  size, image-level alignment on, the whole network trained, seed 0).
- ``fine_tune_on_store(store, model, out_dir=..., **settings)``: the same on a store's accepted
  boxes; the new model becomes a model version of the store, the starting model as its parent.
  ``store_training_data`` is its first half (the store's training set as examples and a
  ``Vocabulary`` built from the category names as data), for doors that check before they start.
- ``QUICK_FINE_TUNE``: what the two interactive doors ask for on top (the Train tab's fields
  start from it, START_TRAINING runs it): a few head-only epochs, minutes on a CPU while the
  served model keeps labeling.

The store is any object with ``training_set()``, ``model_versions()`` and
``register_model_version(...)`` (``storage.Store``): gridclip never imports storage, the door
hands the store in. The run changes the detector it is given in place; doors serving a model
pass a copy.

    result = fine_tune_on_store(Store.open("labels.db"), "demo", out_dir="ck", epochs=1)
    result.detector.version, result.checkpoint_dir
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from types import MappingProxyType
from typing import Any, Mapping, Protocol, Sequence

from gridclip.inference.model_version import ModelVersionStore, register_model_version
from gridclip.training.config import ProgressCallback, TrainConfig, TrainResult
from gridclip.training.data import DataError, TagExample, TrainingExample
from gridclip.vocabulary import Vocabulary

__all__ = ["QUICK_FINE_TUNE", "NoAcceptedBoxes", "StoreTrainingData", "fine_tune", "fine_tune_on_store",
           "store_training_data"]

# epochs: 4 accepted-box passes were enough on the demo and keep START_TRAINING to minutes;
# head_only: the CLIP tower stays frozen and its features cached, so epochs after the first
# run only the FPN and head.
QUICK_FINE_TUNE: Mapping[str, Any] = MappingProxyType({"epochs": 4, "head_only": True})

# What a fine-tune does on top of TrainConfig's defaults, whichever door calls it: the class
# embeddings adapt to the accepted boxes (gridclip.training.class_embeddings), since a
# classifier tied to frozen text cannot learn what the text gets wrong.
FINE_TUNE_DEFAULTS: Mapping[str, Any] = MappingProxyType({"adapt_classes": True})


class NoAcceptedBoxes(DataError):
    """The store has nothing to fine-tune on yet."""


class LabelStore(ModelVersionStore, Protocol):
    def training_set(self) -> Any:
        """``.categories`` (names), ``.synonyms`` (one list per category), ``.examples``
        (``(image_path, xyxy, class_ids)``, class ids indexing ``categories``) and, optionally,
        ``.tag_examples`` (``(image_path, present ids, absent ids)``: tag-only pictures)."""


@dataclass(frozen=True)
class StoreTrainingData:
    """A store's accepted boxes and tag-only pictures as training data; ``vocabulary`` is None
    when there are neither."""

    examples: list[TrainingExample | TagExample]
    vocabulary: Vocabulary | None


def fine_tune(
    model: Any,
    examples: Sequence[TrainingExample],
    vocabulary: Vocabulary,
    *,
    out_dir: str | Path,
    progress: ProgressCallback | None = None,
    **settings: Any,
) -> TrainResult:
    """Train ``model`` (a ``Detector`` or a model source) on ``examples``; ``settings`` are
    ``TrainConfig`` fields, everything not given keeps ``TrainConfig``'s default. ``progress``
    gets the step and epoch dicts (the loss curve); a tqdm bar shows unless ``show_progress=False``."""
    from gridclip.training.loop import train  # torch: loaded on the first fine-tune

    config = TrainConfig(**(dict(FINE_TUNE_DEFAULTS) | settings))
    return train(model, examples, vocabulary, config, out_dir=Path(out_dir), progress=progress)


def store_training_data(store: LabelStore) -> StoreTrainingData:
    """The store's training set as ``TrainingExample``s and the ``Vocabulary`` of its categories,
    class ``i`` being the store's category ``i`` (names verbatim: a ``,`` or ``|`` in a name
    does not split it)."""
    training_set = store.training_set()
    tagged = getattr(training_set, "tag_examples", None) or []
    if not training_set.examples and not tagged:
        return StoreTrainingData([], None)
    vocabulary = Vocabulary.from_classes(training_set.categories, training_set.synonyms)
    examples: list[TrainingExample | TagExample] = [
        TrainingExample(image_path, xyxy, class_ids) for image_path, xyxy, class_ids in training_set.examples]
    examples += [TagExample(image_path, present, absent) for image_path, present, absent in tagged]
    return StoreTrainingData(examples, vocabulary)


def fine_tune_on_store(
    store: LabelStore,
    model: Any,
    *,
    out_dir: str | Path,
    progress: ProgressCallback | None = None,
    data: StoreTrainingData | None = None,
    **settings: Any,
) -> TrainResult:
    """``fine_tune`` on the store's accepted boxes and tag-only pictures (``data``, when the door
    read them already),
    then register the new model version: its checkpoint, training settings, last epoch's metrics
    and as parent the version of the detector handed in (for a model source or ``resume``: the
    version the run started from). On a torchrun rank other than 0 (no checkpoint) nothing
    is registered: rank 0 does it."""
    data = data if data is not None else store_training_data(store)
    if not data.examples or data.vocabulary is None:
        raise NoAcceptedBoxes("the store has no accepted boxes or tagged pictures to train on")
    # The parent is the version the door serves (read now: the run changes ``model`` in place).
    # The run's own starting version differs when a setting such as ``image_size`` changes the
    # model before training, and that version was never registered anywhere.
    served_version = getattr(model, "version", None) if settings.get("resume") is None else None
    result = fine_tune(model, data.examples, data.vocabulary, out_dir=out_dir, progress=progress, **settings)
    if result.checkpoint_dir is not None:
        register_model_version(
            store,
            result.detector,
            checkpoint_dir=result.checkpoint_dir,
            training=TrainConfig(**(dict(FINE_TUNE_DEFAULTS) | settings)).to_dict(),
            metrics=result.metrics,
            parent=served_version or result.parent_version,
        )
    return result
