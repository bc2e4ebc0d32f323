"""The one conversion between ``supervision.Detections`` and the store's rows.

Detections coming *out* of the store carry ``class_id`` = the store's category id and
``data["class_name"]``; match classes by name (a vocabulary index means nothing to the store).

>>> import numpy as np, supervision as sv
>>> dets = sv.Detections(xyxy=np.array([[1, 2, 30, 40]], dtype=np.float32),
...                      confidence=np.array([0.9], dtype=np.float32),
...                      class_id=np.array([0]), data={"class_name": np.array(["car"])})
>>> boxes = boxes_from_detections(dets)
>>> boxes[0].class_name, boxes[0].xyxy, round(boxes[0].score, 3)
('car', (1.0, 2.0, 30.0, 40.0), 0.9)
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import SupportsInt

import numpy as np
import supervision as sv

from gridclip.vocabulary import split_classes
from storage.errors import InvalidBox
from storage.models import Annotation, Prediction

#: The ``Detections.data`` keys every room reads: the class name (supervision's own key), and
#: the store row a box came from (−1 = none).
CLASS_NAME = sv.config.CLASS_NAME_DATA_FIELD
PREDICTION_ID = "prediction_id"
ANNOTATION_ID = "annotation_id"

@dataclass(frozen=True)
class BoxInput:
    """One box on its way into the store (from Detections or from a plain tuple)."""

    xyxy: tuple[float, ...]  # four numbers once clip_box has checked it on the way in
    class_name: str
    score: float | None = None
    annotation_id: int | None = None
    prediction_id: int | None = None
    external_id: str | None = None


def _optional_int(value: SupportsInt | None) -> int | None:
    if value is None:
        return None
    number = int(value)
    return None if number < 0 else number


def boxes_from_detections(detections: sv.Detections) -> list[BoxInput]:
    """Read boxes from Detections: ``data["class_name"]`` is required (the store keys classes by
    name); ``confidence``, ``data["annotation_id"]``, ``data["prediction_id"]`` (−1 = none) and
    ``data["external_id"]`` are optional."""
    n = len(detections)
    if n == 0:
        return []
    names = detections.data.get(CLASS_NAME)
    if names is None or len(names) != n:
        raise InvalidBox("detections need data['class_name'] (one name per box) to be stored")
    confidence = detections.confidence
    annotation_ids = detections.data.get(ANNOTATION_ID)
    prediction_ids = detections.data.get(PREDICTION_ID)
    external_ids = detections.data.get("external_id")
    boxes = []
    for i in range(n):
        boxes.append(
            BoxInput(
                xyxy=tuple(float(v) for v in detections.xyxy[i]),
                class_name=str(names[i]),
                score=None if confidence is None else float(confidence[i]),
                annotation_id=None if annotation_ids is None else _optional_int(annotation_ids[i]),
                prediction_id=None if prediction_ids is None else _optional_int(prediction_ids[i]),
                external_id=None if external_ids is None or not external_ids[i] else str(external_ids[i]),
            )
        )
    return boxes


def boxes_from_any(boxes: sv.Detections | Iterable[BoxInput | tuple]) -> list[BoxInput]:
    """Accept Detections, :class:`BoxInput` items, or ``(xyxy, class_name)`` tuples."""
    if isinstance(boxes, sv.Detections):
        return boxes_from_detections(boxes)
    result = []
    for item in boxes:
        if isinstance(item, BoxInput):
            result.append(item)
        else:
            xyxy, name = item[0], item[1]
            result.append(BoxInput(xyxy=tuple(float(v) for v in xyxy), class_name=str(name)))
    return result


def _xyxy_array(rows: Sequence[Prediction] | Sequence[Annotation]) -> np.ndarray:
    if not rows:
        return np.zeros((0, 4), dtype=np.float32)
    return np.array([row.xyxy for row in rows], dtype=np.float32)


def detections_from_predictions(rows: Sequence[Prediction], decisions: dict[int, str] | None = None) -> sv.Detections:
    """Predictions → Detections with ``data``: ``prediction_id``, ``class_name`` and ``status``
    (``"pending"``, ``"accepted"`` or ``"rejected"``, from ``decisions`` by prediction id)."""
    decisions = decisions or {}
    return sv.Detections(
        xyxy=_xyxy_array(rows),
        confidence=np.array([row.score for row in rows], dtype=np.float32),
        class_id=np.array([row.category_id for row in rows], dtype=int),
        data={
            PREDICTION_ID: np.array([row.id for row in rows], dtype=int),
            CLASS_NAME: np.array([row.category.name for row in rows], dtype=object),
            "status": np.array([decisions.get(row.id, "pending") for row in rows], dtype=object),
        },
    )


def detections_from_annotations(rows: Sequence[Annotation]) -> sv.Detections:
    """Annotations → Detections with ``data``: ``annotation_id``, ``class_name``, ``source``,
    ``status``, ``prediction_id`` (−1 when drawn by hand) and ``external_id`` ("" when none).
    ``confidence`` is the linked prediction's score, 1.0 for boxes a person drew."""
    return sv.Detections(
        xyxy=_xyxy_array(rows),
        confidence=np.array([row.prediction.score if row.prediction else 1.0 for row in rows], dtype=np.float32),
        class_id=np.array([row.category_id for row in rows], dtype=int),
        data={
            ANNOTATION_ID: np.array([row.id for row in rows], dtype=int),
            CLASS_NAME: np.array([row.category.name for row in rows], dtype=object),
            "source": np.array([row.source for row in rows], dtype=object),
            "status": np.array([row.status for row in rows], dtype=object),
            PREDICTION_ID: np.array([row.prediction_id if row.prediction_id else -1 for row in rows], dtype=int),
            "external_id": np.array([row.external_id or "" for row in rows], dtype=object),
        },
    )


def synonyms_by_name(vocabulary_text: str) -> dict[str, list[str]]:
    """Read ``"car | automobile, person"`` into ``{"car": ["automobile"], "person": []}``, by
    ``gridclip.vocabulary``'s grammar (the one copy of it); used only to remember each
    category's synonyms, so classes are not checked against each other here.

    >>> synonyms_by_name("car | automobile | sedan, person")
    {'car': ['automobile', 'sedan'], 'person': []}
    """
    return {cls.name: list(cls.synonyms) for cls in split_classes(vocabulary_text)}
