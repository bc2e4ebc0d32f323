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
