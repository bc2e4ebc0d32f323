"""``Thresholds``: how a detector's raw candidates become the boxes a door shows or stores.

Torch-free, so the app and the Label Studio backend can build one before any model loads.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass
from typing import Any


@dataclass(frozen=True)
class Thresholds:
    """How raw candidates become the boxes a door shows or stores: keep those scoring at least
    ``score_threshold``, suppress overlaps above ``nms_iou`` (within a class, or across classes
    when ``class_agnostic_nms``), keep the best ``max_detections``. What ``Detector.predict``,
    ``refilter``, the batch runner and every door take, and what a prediction run records.

    >>> Thresholds(score_threshold=0.5).as_dict()["score_threshold"]
    0.5
    >>> Thresholds(nms_iou=1.5)
    Traceback (most recent call last):
    ...
    ValueError: nms_iou must be in [0, 1], got 1.5
    """

    score_threshold: float = 0.3
    nms_iou: float = 0.5
    class_agnostic_nms: bool = False
    max_detections: int = 300

    def __post_init__(self) -> None:
        if not 0.0 <= self.score_threshold <= 1.0:
            raise ValueError(f"score_threshold must be in [0, 1], got {self.score_threshold}")
        if not 0.0 <= self.nms_iou <= 1.0:
            raise ValueError(f"nms_iou must be in [0, 1], got {self.nms_iou}")
        if self.max_detections < 0:
            raise ValueError(f"max_detections must be >= 0, got {self.max_detections}")

    def as_dict(self) -> dict[str, Any]:
        return asdict(self)
