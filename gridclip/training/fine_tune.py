"""The one fine-tune entry point, used by the app's Train tab, ``gridclip train`` and Label
Studio's START_TRAINING webhook.

- ``fine_tune(model, examples, vocabulary, out_dir=..., progress=..., held_out=..., **settings)``:
  a training run whose settings default to ``TrainConfig``'s, the ones ``gridclip train --help``
  documents (batch 4, the model's image size, image-level alignment on, the whole network
  trained, seed 0), except two chosen from the data by ``fit_to_data``: the epochs (about
  ``TARGET_STEPS`` optimiser steps, clamped to ``MIN_EPOCHS``-``MAX_EPOCHS``) and the learning
  rate (by whether the head trained before and by the number of pictures). A setting given
  explicitly always wins. With ``held_out`` pictures the run scores AP50 on them before and
  after (``TrainResult.held_out``).
- ``fine_tune_on_store(store, model, out_dir=..., **settings)``: the same on a store's accepted
  boxes; the new model becomes a model version of the store, the starting model as its parent.
  The store's held-out pictures (``storage.Store.training_set(hold_out=True)``: those marked
  ``val``/``test``, else one in ten once there are 30) are never trained on and are what the
  before/after AP50 is measured on. ``store_training_data`` is its first half (the store's
  training set as examples and a ``Vocabulary`` built from the category names as data), for
  doors that check before they start.
- ``QUICK_FINE_TUNE``: what the two interactive doors ask for on top (the Train tab's fields
  start from it, START_TRAINING runs it): head-only, ``QUICK_TARGET_STEPS`` steps, minutes on
  a CPU while the served model keeps labeling.

The store is any object with ``training_set(hold_out=...)``, ``model_versions()`` and
``register_model_version(...)`` (``storage.Store``): gridclip never imports storage, the door
hands the store in. The run changes the detector it is given in place; doors serving a model
pass a copy.

    result = fine_tune_on_store(Store.open("labels.db"), "demo", out_dir="ck", epochs=1)
    result.detector.version, result.checkpoint_dir
"""

from __future__ import annotations

import math
import os
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from types import MappingProxyType
from typing import Any, Protocol

from gridclip.inference.model_version import ModelVersionStore, register_model_version
from gridclip.training.config import FINE_TUNE_LR, FRESH_HEAD_LR, ProgressCallback, TrainConfig, TrainResult
from gridclip.training.data import TagExample, TrainingExample
from gridclip.training_data import NoTrainingData, check_training_data
from gridclip.vocabulary import Vocabulary

__all__ = ["FINE_TUNE_DEFAULTS", "QUICK_FINE_TUNE", "HeldOut", "NoAcceptedBoxes", "StoreTrainingData",
           "describe_held_out", "describe_settings", "fine_tune", "fine_tune_on_store", "fit_to_data", "require_training_data",
           "store_training_data"]

# How fit_to_data sizes a run: about TARGET_STEPS optimiser steps, at least two passes over a
# large set, at most 60 over a tiny one. Measured on the demo with 20 accepted pictures
# (benchmarks.learning_loop, RESULTS.md "Fine-tune defaults"): at lr 1e-4, 30 steps lose 0.9 base /
# 1.6 novel AP50, 100 steps 3.0 / 2.4, 300 steps 9.9 / 5.6; at lr 1e-5, 100 steps gain 1.3 / 0.4
# (at 384 px, 4-10 objects a picture: +2.4 / +1.8 over 3 seeds) and 300 steps lose 2.0 / 2.4.
TARGET_STEPS = 100
QUICK_TARGET_STEPS = 100
MIN_EPOCHS, MAX_EPOCHS = 2, 60
# Up to this many pictures a trained detector fine-tunes at FINE_TUNE_LR (measured on the
# demo: 1e-3 on 5-20 pictures over-fits); beyond, the rate grows as the root of the pictures,
# up to FRESH_HEAD_LR.
SMALL_DATA_PICTURES = 20

# head_only: the CLIP tower stays frozen and its features cached, so epochs after the first
# run only the FPN and head; QUICK_TARGET_STEPS keeps START_TRAINING to minutes on a CPU.
QUICK_FINE_TUNE: Mapping[str, Any] = MappingProxyType({"head_only": True, "target_steps": QUICK_TARGET_STEPS})

# What a fine-tune does on top of TrainConfig's defaults, whichever door calls it. Class
# embeddings that adapt (gridclip.training.class_embeddings, ``adapt_classes=True``) stay opt-in:
# on the session 5 demo, 20 accepted pictures with them cost 36 base / 31 novel AP50 points, and
# without them 10 / 6 (docs/history.md, "The learning loop").
FINE_TUNE_DEFAULTS: Mapping[str, Any] = MappingProxyType({"adapt_classes": False})


class NoAcceptedBoxes(NoTrainingData):
    """The store has nothing to fine-tune on yet."""


class LabelStore(ModelVersionStore, Protocol):
    def training_set(self, hold_out: bool = ...) -> Any:
        """``storage.TrainingSet``: ``.vocabulary`` (a ``Vocabulary``, None when empty),
        ``.examples`` (``TrainingExample`` s), ``.tag_examples`` (``TagExample`` s) and
        ``.held_out`` (the same for the held-out pictures, or None): gridclip's own types, so
        nothing is converted here."""


@dataclass(frozen=True)
class HeldOut:
    """Pictures a fine-tune never trains on and scores before and after: their boxes, class ids
    indexing ``vocabulary`` (which may name classes the training data does not)."""

    examples: list[TrainingExample]
    vocabulary: Vocabulary


@dataclass(frozen=True)
class StoreTrainingData:
    """A store's accepted boxes and tag-only pictures as training data; ``vocabulary`` is None
    when there are neither. ``held_out``: the store's held-out pictures, or None."""

    examples: list[TrainingExample | TagExample]
    vocabulary: Vocabulary | None
    held_out: HeldOut | None = field(default=None)


def fit_to_data(pictures: int, *, trained: bool, batch_size: int = 4, target_steps: int = TARGET_STEPS) -> dict[str, Any]:
    """The epochs and learning rate of a fine-tune on ``pictures`` pictures, ``batch_size`` a step.

    Epochs: enough for about ``target_steps`` optimiser steps, clamped to ``MIN_EPOCHS`` -
    ``MAX_EPOCHS`` (a few pictures get many short passes, many pictures a couple of long ones).
    Learning rate: a head that never trained starts at ``FRESH_HEAD_LR``; a trained detector
    moves at ``FINE_TUNE_LR`` up to ``SMALL_DATA_PICTURES`` pictures (a few pictures over-fit
    fast), and faster as the root of the pictures beyond, never above ``FRESH_HEAD_LR``.

    >>> fit_to_data(5, trained=True)
    {'epochs': 50, 'lr': 1e-05}
    >>> fit_to_data(500, trained=True)
    {'epochs': 2, 'lr': 5e-05}
    >>> fit_to_data(500, trained=False, target_steps=100)
    {'epochs': 2, 'lr': 0.001}
    """
    if pictures < 1 or batch_size < 1:
        raise ValueError(f"a fine-tune needs at least one picture and a batch of one, got {pictures}, {batch_size}")
    steps_per_epoch = math.ceil(pictures / batch_size)
    epochs = min(MAX_EPOCHS, max(MIN_EPOCHS, math.ceil(target_steps / steps_per_epoch)))
    if trained:
        lr = FINE_TUNE_LR * min(FRESH_HEAD_LR / FINE_TUNE_LR, max(1.0, math.sqrt(pictures / SMALL_DATA_PICTURES)))
    else:
        lr = FRESH_HEAD_LR
    return {"epochs": epochs, "lr": float(f"{lr:.3g}")}


def fine_tune(
    model: Any,
    examples: Sequence[TrainingExample | TagExample],
    vocabulary: Vocabulary,
    *,
    out_dir: str | Path,
    progress: ProgressCallback | None = None,
    held_out: HeldOut | None = None,
    target_steps: int | None = None,
    new_class_defaults: bool = True,
    **settings: Any,
) -> TrainResult:
    """Train ``model`` (a ``Detector`` or a model source) on ``examples``; ``settings`` are
    ``TrainConfig`` fields. ``epochs`` and ``lr`` not given (or None) come from ``fit_to_data``
    (``target_steps``, default ``TARGET_STEPS``; a ``resume`` keeps the rate it started with),
    everything else not given keeps ``TrainConfig``'s default; ``TrainResult.config`` is what ran.

    ``progress`` gets the step and epoch dicts (the loss curve) and, with ``held_out``, a
    ``{"event": "held_out", "stage": "before" | "after", "AP50": ...}`` before the first and after
    the last epoch; a tqdm bar shows unless ``show_progress=False``. ``TrainResult.held_out`` is
    ``{"pictures", "boxes", "before", "after"}`` (each ``{"AP", "AP50", "AP75"}`` of
    ``gridclip.training.evaluate.evaluate_examples``), or None without held-out pictures.

    ``new_class_defaults``: when the vocabulary holds classes new to the model
    (``gridclip.training.new_classes.class_novelty``: text silent on their boxes, never
    trained), ``NEW_CLASS_FINE_TUNE`` and ``NEW_CLASS_TARGET_STEPS`` replace the gentle
    defaults (given settings still win); ``TrainResult.config["defaults"]`` says which ran and
    ``["new_classes"]`` names them. False: the gentle defaults whatever the classes."""
    from gridclip.training.loop import train  # torch: loaded on the first fine-tune
    from gridclip.training.new_classes import NEW_CLASS_FINE_TUNE, NEW_CLASS_TARGET_STEPS, class_novelty

    check_training_data(examples)  # before a model is loaded for nothing
    given = {k: v for k, v in settings.items() if not (k in ("epochs", "lr") and v is None)}
    settings = dict(FINE_TUNE_DEFAULTS) | given
    resuming = settings.get("resume") is not None
    held_out = held_out if held_out is not None and held_out.examples else None
    if not resuming and ("lr" not in settings or held_out is not None or new_class_defaults):
        model = _as_detector(model, settings)  # whether it trained before; what "before" scores
    chosen = "known classes"
    if not resuming and new_class_defaults and "new_classes" not in given:
        novelty = class_novelty(model, examples, vocabulary)
        if novelty.new:
            chosen = "new classes"
            settings = dict(FINE_TUNE_DEFAULTS) | dict(NEW_CLASS_FINE_TUNE) | {"new_classes": novelty.new} | given
            target_steps = target_steps or NEW_CLASS_TARGET_STEPS
    pictures, batch_size = _pictures_and_batch(examples, settings)
    fitted = fit_to_data(pictures, trained=resuming or bool(getattr(model, "is_trained", True)), batch_size=batch_size,
                         target_steps=target_steps or TARGET_STEPS)
    settings.setdefault("epochs", fitted["epochs"])
    if not resuming:
        settings.setdefault("lr", fitted["lr"])
    config = TrainConfig(**settings)
    scores = _HeldOutScores(held_out, progress, config.batch_size)
    scores.score("before", model if not resuming else None)
    result = train(model, examples, vocabulary, config, out_dir=Path(out_dir), progress=progress)
    scores.score("after", result.detector)
    result.held_out = scores.summary()
    if result.config is not None:
        result.config["defaults"] = chosen
    return result


def store_training_data(store: LabelStore, hold_out: bool = True) -> StoreTrainingData:
    """The store's training set as ``TrainingExample``s and the ``Vocabulary`` of its categories,
    class ``i`` being the store's category ``i`` (names verbatim: a ``,`` or ``|`` in a name
    does not split it). ``hold_out``: the store's held-out pictures leave the training data for
    ``held_out`` (``storage.Store.training_set(hold_out=True)``)."""
    training_set = store.training_set(hold_out=hold_out)
    held = training_set.held_out
    held_out = HeldOut(held.examples, held.vocabulary) if held is not None and held.examples else None
    examples: list[TrainingExample | TagExample] = [*training_set.examples, *training_set.tag_examples]
    return StoreTrainingData(examples, training_set.vocabulary if examples else None, held_out)


def describe_held_out(held_out: Mapping[str, Any] | None) -> str:
    """One line for people: the held-out AP50 before and after a fine-tune.

    >>> describe_held_out({"pictures": 3, "boxes": 7, "before": {"AP50": 0.25}, "after": {"AP50": 0.5}})
    'held-out AP50 0.250 → 0.500 (3 pictures, 7 boxes)'
    >>> describe_held_out(None)
    'no held-out pictures (mark some val, or accept 30 pictures): no before/after AP50'
    """
    if not held_out:
        return "no held-out pictures (mark some val, or accept 30 pictures): no before/after AP50"

    def ap50(stage: str) -> str:
        value = (held_out.get(stage) or {}).get("AP50")
        return "n/a" if value is None else f"{value:.3f}"

    return f"held-out AP50 {ap50('before')} → {ap50('after')} ({held_out['pictures']} pictures, {held_out['boxes']} boxes)"


def describe_settings(config: Mapping[str, Any] | None) -> str:
    """One line for people: which defaults a fine-tune chose and the settings that say so.

    >>> print(describe_settings({"defaults": "new classes", "new_classes": ["part-7b"], "lr": 3e-4, "epochs": 50,
    ...                          "head_only": True, "adapt_classes": True, "distill_weight": 1.0}))
    defaults for new classes (part-7b): lr 0.0003, 50 epochs, head only, their embeddings learnt from their boxes' prototypes, the parent's other classes distilled (weight 1)
    >>> describe_settings({"defaults": "known classes", "lr": 1e-5, "epochs": 20, "head_only": False})
    'defaults for known classes: lr 1e-05, 20 epochs, whole network'
    """
    if not config:
        return "settings: unknown"
    new = list(config.get("new_classes") or ())
    parts = [f"lr {config.get('lr'):g}" if config.get("lr") is not None else "lr from the data",
             f"{config.get('epochs')} epochs", "head only" if config.get("head_only") else "whole network"]
    if config.get("adapt_classes"):
        parts.append("their embeddings learnt from their boxes' prototypes" if new else "class embeddings adapted")
    if config.get("distill_weight"):
        parts.append(f"the parent's other classes distilled (weight {config['distill_weight']:g})")
    which = config.get("defaults", "given settings")
    named = f" ({', '.join(new)})" if new else ""
    return f"defaults for {which}{named}: {', '.join(parts)}"


def _as_detector(model: Any, settings: Mapping[str, Any]) -> Any:
    """``model`` as a ``Detector``, loaded the way the training loop would load it."""
    from gridclip.inference.detector import Detector
    from gridclip.inference.sources import load_detector

    if isinstance(model, Detector):
        return model
    return load_detector(str(model), device=settings.get("device"), image_size=settings.get("image_size"))


def _pictures_and_batch(examples: Sequence[Any], settings: Mapping[str, Any]) -> tuple[int, int]:
    """What an epoch is a pass over (the pictures with boxes; the tag pictures when there are
    none) and how many of them a step takes."""
    defaults = TrainConfig()
    boxed = sum(1 for ex in examples if not isinstance(ex, TagExample))
    if boxed:
        return boxed, int(settings.get("batch_size", defaults.batch_size))
    return max(1, len(examples)), int(settings.get("tag_batch_size", defaults.tag_batch_size))


class _HeldOutScores:
    """AP of the held-out pictures before and after a run (rank 0 only: one score is enough)."""

    def __init__(self, held_out: HeldOut | None, progress: ProgressCallback | None, batch_size: int) -> None:
        on_main_rank = int(os.environ.get("RANK", "0")) == 0
        self.held_out = held_out if on_main_rank else None
        self.progress, self.batch_size = progress, batch_size
        self.stages: dict[str, dict[str, Any] | None] = {}

    def score(self, stage: str, detector: Any) -> None:
        if self.held_out is None:
            return
        from gridclip.training.evaluate import evaluate_examples

        metrics = None
        if detector is not None:
            metrics = evaluate_examples(detector, self.held_out.examples, self.held_out.vocabulary,
                                        batch_size=self.batch_size)
        self.stages[stage] = metrics
        if self.progress is not None and metrics is not None:
            try:
                self.progress({"event": "held_out", "stage": stage, **metrics})
            except Exception:  # a broken plot must not stop training
                pass

    def summary(self) -> dict[str, Any] | None:
        if self.held_out is None:
            return None
        pick = lambda m: None if m is None else {k: m[k] for k in ("AP", "AP50", "AP75")}  # noqa: E731
        return {"pictures": len(self.held_out.examples),
                "boxes": sum(len(ex) for ex in self.held_out.examples),
                "before": pick(self.stages.get("before")), "after": pick(self.stages.get("after"))}


def require_training_data(data: StoreTrainingData) -> StoreTrainingData:
    """``data`` when it holds something to train on, else :class:`NoAcceptedBoxes`: the one
    "nothing to train on" check of the store's doors (the CLI, the Train tab, Label Studio)."""
    if not data.examples or data.vocabulary is None:
        raise NoAcceptedBoxes("the store has no accepted boxes or tagged pictures to train on; "
                              "accept some predictions or tag some pictures first")
    return data


def fine_tune_on_store(
    store: LabelStore,
    model: Any,
    *,
    out_dir: str | Path,
    progress: ProgressCallback | None = None,
    data: StoreTrainingData | None = None,
    hold_out: bool = True,
    **settings: Any,
) -> TrainResult:
    """``fine_tune`` on the store's accepted boxes and tag-only pictures (``data``, when the door
    read them already), scored on the store's held-out pictures before and after (``hold_out``:
    False trains on every accepted picture and scores nothing),
    then register the new model version: its checkpoint, the settings that ran, last epoch's
    metrics with the held-out AP50 before and after, and as parent the version of the detector
    handed in (for a model source or ``resume``: the version the run started from). On a
    torchrun rank other than 0 (no checkpoint) nothing is registered: rank 0 does it."""
    data = require_training_data(data if data is not None else store_training_data(store, hold_out=hold_out))
    assert data.vocabulary is not None  # require_training_data refused a store without one
    # The parent is the version the door serves (read now: the run changes ``model`` in place).
    # The run's own starting version differs when a setting such as ``image_size`` changes the
    # model before training, and that version was never registered anywhere.
    served_version = getattr(model, "version", None) if settings.get("resume") is None else None
    result = fine_tune(model, data.examples, data.vocabulary, out_dir=out_dir, progress=progress,
                       held_out=data.held_out if hold_out else None, **settings)
    if result.checkpoint_dir is not None:
        metrics = dict(result.metrics[-1]) if result.metrics else {}
        if result.held_out is not None:
            for stage in ("before", "after"):
                metrics[f"held_out_AP50_{stage}"] = (result.held_out[stage] or {}).get("AP50")
            metrics["held_out_pictures"] = result.held_out["pictures"]
        register_model_version(
            store,
            result.detector,
            checkpoint_dir=result.checkpoint_dir,
            training=result.config,
            metrics=metrics,
            parent=served_version or result.parent_version,
        )
    return result
