"""The one pre-label pipeline: a batch of pictures from a store, through the model, into the store.

Every door that pre-labels calls it: ``gridclip prelabel`` and the app's Batch tab (through
``app.batch``, one batch at a time), the Ray actors (``app.ray_batch``, one block at a time),
and the Label Studio predictor (``backends.predictor``, which keeps its pictures and answers
over HTTP instead of storing, so it calls :func:`predict_isolating` alone).

:meth:`PrelabelRun.label` does, for one batch of image ids:

1. *skip if done*: a picture this model version already looked at with this vocabulary is
   skipped, unless the run replaces (below);
2. *load* each picture (one that cannot be read fails alone);
3. *predict* the batch in one model call; if that call fails, one call per picture, so one
   bad picture fails alone (:func:`predict_isolating`);
4. *record* the batch in one write under **one replace rule**: a run with exemplar prototypes
   brings new scores for pictures seen before, so it replaces their undecided predictions;
   any other run leaves a picture that has predictions as it is (another writer finished it
   meanwhile: skipped). If the batch's write fails, it is written picture by picture, so one
   bad picture fails alone;
5. the run's thresholds are recorded with the predictions, with the exemplars' digest when
   there are some (:func:`prediction_record`).

The store is any :class:`PredictionSink` (``storage.Store`` is one); this module imports no
storage and no torch.

>>> run = PrelabelRun(detector=None, vocabulary=Vocabulary.parse("cat, dog"))
>>> run.replaces, sorted(run.recorded)
(False, ['class_agnostic_nms', 'max_detections', 'nms_iou', 'score_threshold'])
"""

from __future__ import annotations

import contextlib
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any, Literal, Protocol, TypeVar

from gridclip.model.thresholds import Thresholds
from gridclip.vocabulary import Vocabulary

if TYPE_CHECKING:
    import supervision as sv

    from gridclip.inference.exemplars import ClassPrototypes

Status = Literal["predicted", "skipped", "failed"]
PREDICTED: Status = "predicted"
SKIPPED: Status = "skipped"
FAILED: Status = "failed"

Picture = TypeVar("Picture")


class StoredImage(Protocol):
    @property
    def path(self) -> Path: ...


class PredictionSink(Protocol):
    """Where a run finds its pictures and writes its predictions (``storage.Store`` is one)."""

    def get_image(self, image_id: int) -> StoredImage: ...

    def has_predictions(self, image_id: int, model_version: str, vocabulary_text: str) -> bool: ...

    def record_prediction_runs(
        self,
        items: Sequence[tuple[int, sv.Detections]],
        model_version: str,
        vocabulary_text: str,
        thresholds: dict[str, Any] | None = None,
        *,
        replace: bool = False,
    ) -> Mapping[int, list[int] | None]: ...


@dataclass(frozen=True)
class PictureOutcome:
    """What the run did with one picture: ``predicted`` (``boxes`` stored), ``skipped`` (done
    before, or by another writer meanwhile) or ``failed`` (``error`` says why)."""

    image_id: int
    path: str
    status: Status
    boxes: int = 0
    error: str = ""


def error_message(exc: BaseException) -> str:
    """An exception's first line, for a person (its class name when it has no text)."""
    text = str(exc).strip() or exc.__class__.__name__
    return text.splitlines()[0]


def predict_isolating(
    predict: Callable[[list[Picture]], Sequence[sv.Detections]], pictures: Sequence[Picture]
) -> list[sv.Detections | Exception]:
    """``predict(pictures)`` in one call; if it fails, one call per picture, so that one bad
    picture costs only its own answer: its slot holds the exception instead.

    >>> def predict(batch):
    ...     if "bad" in batch:
    ...         raise ValueError("cannot read bad")
    ...     return [f"boxes of {p}" for p in batch]
    >>> predict_isolating(predict, ["a", "bad", "c"])
    ['boxes of a', ValueError('cannot read bad'), 'boxes of c']
    """
    batch = list(pictures)
    if not batch:
        return []
    try:
        return list(predict(batch))
    except Exception:
        pass
    results: list[sv.Detections | Exception] = []
    for picture in batch:
        try:
            results.append(predict([picture])[0])
        except Exception as exc:  # this picture's failure, reported in its slot
            results.append(exc)
    return results


def exemplar_record(exemplars: ClassPrototypes | None) -> dict[str, Any]:
    """What a prediction run records about the exemplars that scored it (nothing without)."""
    if exemplars is None:
        return {}
    return {"exemplars": exemplars.digest[:16], "exemplar_classes": len(exemplars)}


def prediction_record(thresholds: Thresholds, exemplars: ClassPrototypes | None = None) -> dict[str, Any]:
    """The settings stored with a run's predictions: its thresholds and its exemplars' digest."""
    return thresholds.as_dict() | exemplar_record(exemplars)


@dataclass
class PrelabelRun:
    """One pre-label run's settings: the model (anything with ``version`` and
    ``predict(pictures, vocabulary, thresholds=, batch_size=, exemplars=)``), the vocabulary, the
    thresholds, the exemplar prototypes (None: text only) and a lock held around each model
    call (so an app's tabs and its batch share the model)."""

    detector: Any
    vocabulary: Vocabulary
    thresholds: Thresholds = Thresholds()
    exemplars: ClassPrototypes | None = None
    model_lock: contextlib.AbstractContextManager[Any] | None = None
    vocabulary_text: str = field(init=False)

    def __post_init__(self) -> None:
        self.vocabulary_text = self.vocabulary.to_text()

    @property
    def replaces(self) -> bool:
        """The one replace rule: exemplar predictions are new ones, so they replace what a
        picture had; any other run keeps a picture that has predictions as it is."""
        return self.exemplars is not None

    @property
    def recorded(self) -> dict[str, Any]:
        return prediction_record(self.thresholds, self.exemplars)

    def predict(self, pictures: list[Any]) -> list[sv.Detections]:
        extra = {} if self.exemplars is None else {"exemplars": self.exemplars}
        with self.model_lock or contextlib.nullcontext():
            return self.detector.predict(pictures, self.vocabulary, thresholds=self.thresholds, batch_size=len(pictures),
                                         **extra)

    def label(
        self, sink: PredictionSink, image_ids: Sequence[int], paths: Mapping[int, str | Path] | None = None
    ) -> list[PictureOutcome]:
        """Pre-label one batch of pictures into ``sink``; one outcome per image id, in order.
        ``paths``: where the pictures are (default: asked of ``sink``)."""
        from gridclip.inference.images import load_rgb

        version = self.detector.version
        outcomes: dict[int, PictureOutcome] = {}
        todo: list[tuple[int, str, Any]] = []
        for image_id in image_ids:
            path = str(paths[image_id]) if paths is not None and image_id in paths else str(image_id)
            try:
                if paths is None or image_id not in paths:
                    path = str(sink.get_image(image_id).path)
                if not self.replaces and sink.has_predictions(image_id, version, self.vocabulary_text):
                    outcomes[image_id] = PictureOutcome(image_id, path, SKIPPED)
                    continue
                todo.append((image_id, path, load_rgb(path)))
            except Exception as exc:  # one unreadable picture must not stop the run
                outcomes[image_id] = PictureOutcome(image_id, path, FAILED, error=error_message(exc))
        results = predict_isolating(self.predict, [picture for _, _, picture in todo])
        good: list[tuple[int, str, sv.Detections]] = []
        for (image_id, path, _), detections in zip(todo, results):
            if isinstance(detections, Exception):
                outcomes[image_id] = PictureOutcome(image_id, path, FAILED, error=error_message(detections))
            else:
                good.append((image_id, path, detections))
        del todo, results  # hold at most one batch of pictures
        outcomes.update(self._record(sink, good))
        return [outcomes[image_id] for image_id in image_ids]

    def _record(self, sink: PredictionSink, good: list[tuple[int, str, sv.Detections]]) -> dict[int, PictureOutcome]:
        """The batch in one write; if that fails (a bad box, a deleted picture), picture by
        picture, so the bad one fails alone."""
        if not good:
            return {}
        version, recorded = self.detector.version, self.recorded
        written: dict[int, list[int] | None | Exception]
        try:
            written = dict(sink.record_prediction_runs([(i, d) for i, _, d in good], version, self.vocabulary_text,
                                                       recorded, replace=self.replaces))
        except Exception:
            written = {}
            for image_id, _, detections in good:
                try:
                    written[image_id] = sink.record_prediction_runs([(image_id, detections)], version,
                                                                    self.vocabulary_text, recorded,
                                                                    replace=self.replaces)[image_id]
                except Exception as exc:
                    written[image_id] = exc
        outcomes = {}
        for image_id, path, detections in good:
            result = written[image_id]
            if isinstance(result, Exception):
                outcomes[image_id] = PictureOutcome(image_id, path, FAILED, error=error_message(result))
            elif result is None:
                outcomes[image_id] = PictureOutcome(image_id, path, SKIPPED)  # another writer finished it meanwhile
            else:
                outcomes[image_id] = PictureOutcome(image_id, path, PREDICTED, boxes=len(detections))
        return outcomes
