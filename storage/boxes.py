"""Box validation: the one rule every box entering the store passes.

Boxes are ``(x1, y1, x2, y2)`` in pixels of the image after EXIF transpose. A box that is
partly outside the image is *clipped* to it; a box that is NaN/infinite, has zero or negative
size, or lies entirely outside the image is *refused* with :class:`InvalidBox` naming it.

>>> clip_box((-5, 10, 50, 20), width=40, height=30)
(0.0, 10.0, 40.0, 20.0)
>>> clip_box((10, 10, 10, 20), width=40, height=30)
Traceback (most recent call last):
...
storage.errors.InvalidBox: box (10.0, 10.0, 10.0, 20.0) has zero or negative size (x2 <= x1 or y2 <= y1)
"""

from __future__ import annotations

import math
from collections.abc import Sequence

import numpy as np
import supervision as sv

from storage.errors import InvalidBox

Box = tuple[float, float, float, float]


def _describe(box: Sequence[float]) -> str:
    return "(" + ", ".join(repr(float(v)) for v in box) + ")"


def clip_box(xyxy: Sequence[float], width: int, height: int, where: str = "") -> Box:
    """Return the box clipped to ``[0, width] × [0, height]`` or raise :class:`InvalidBox`.

    ``where`` (e.g. ``"image 'a/b.jpg'"``) is added to the message so the user can find the box.
    """
    suffix = f" on {where}" if where else ""
    try:
        values = [float(v) for v in xyxy]
    except (TypeError, ValueError) as exc:
        raise InvalidBox(f"box {xyxy!r}{suffix} is not four numbers") from exc
    if len(values) != 4:
        raise InvalidBox(f"box {xyxy!r}{suffix} is not four numbers (x1, y1, x2, y2)")
    if not all(math.isfinite(v) for v in values):
        raise InvalidBox(f"box {_describe(values)}{suffix} has a NaN or infinite coordinate")
    x1, y1, x2, y2 = values
    if x2 <= x1 or y2 <= y1:
        raise InvalidBox(f"box {_describe(values)}{suffix} has zero or negative size (x2 <= x1 or y2 <= y1)")
    cx1, cy1, cx2, cy2 = (float(v) for v in sv.clip_boxes(np.asarray([values], dtype=np.float64), (width, height))[0])
    if cx2 <= cx1 or cy2 <= cy1:
        raise InvalidBox(f"box {_describe(values)}{suffix} lies entirely outside the {width}×{height} image")
    return (cx1, cy1, cx2, cy2)


#: Two boxes of one class from one model and vocabulary overlapping this much are the same
#: detection (a run's own boxes of a class overlap less: non-maximum suppression removed the rest).
SAME_DETECTION_IOU = 0.9


def box_iou(a: Sequence[float], b: Sequence[float]) -> float:
    """Intersection over union of two ``(x1, y1, x2, y2)`` boxes.

    >>> box_iou((0, 0, 10, 10), (5, 0, 15, 10))
    0.3333333333333333
    """
    w = min(a[2], b[2]) - max(a[0], b[0])
    h = min(a[3], b[3]) - max(a[1], b[1])
    if w <= 0 or h <= 0:
        return 0.0
    inter = w * h
    return float(inter / ((a[2] - a[0]) * (a[3] - a[1]) + (b[2] - b[0]) * (b[3] - b[1]) - inter))
