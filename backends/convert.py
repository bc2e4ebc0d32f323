"""The one conversion between ``sv.Detections`` and Label Studio rectangle regions.

Label Studio stores a rectangle as percentages of the original image (after EXIF transpose):
``x, y`` the top-left corner, ``width, height``, and ``rotation`` in degrees clockwise around
that corner. Detections are pixels ``xyxy``.

>>> import numpy as np, supervision as sv
>>> from backends.label_config import parse_label_config
>>> control = parse_label_config(
...     '<View><Image name="i" value="$image"/><RectangleLabels name="b" toName="i">'
...     '<Label value="car" alias="C"/></RectangleLabels></View>').controls[0]
>>> dets = sv.Detections(xyxy=np.array([[10, 20, 60, 70]], dtype=np.float32),
...                      confidence=np.array([0.9], dtype=np.float32), class_id=np.array([0]))
>>> regions = detections_to_regions(dets, control, width=200, height=100)
>>> regions[0]["value"]["rectanglelabels"], regions[0]["value"]["x"], regions[0]["value"]["height"]
(['C'], 5.0, 50.0)
>>> back = regions_to_detections(regions, control)
>>> back.xyxy.tolist(), back.data["class_name"].tolist()
([[10.0, 20.0, 60.0, 70.0]], ['car'])
"""

from __future__ import annotations

import hashlib
import math
from collections.abc import Iterable, Mapping
from typing import Any

import numpy as np
import supervision as sv

from backends.label_config import RectangleControl
from storage.convert import CLASS_NAME

RECTANGLE_TYPE = "rectanglelabels"


def _region_id(control_name: str, index: int, xyxy: np.ndarray) -> str:
    # Stable ids make repeated predictions of the same image identical, which keeps
    # Label Studio's prediction-to-annotation copies and our idempotent upserts predictable.
    text = f"{control_name}:{index}:{','.join(f'{v:.2f}' for v in xyxy)}"
    return hashlib.sha1(text.encode()).hexdigest()[:10]


def _percent(value: float, total: int) -> float:
    return float(min(max(value / total * 100.0, 0.0), 100.0))


def detections_to_regions(
    detections: sv.Detections, control: RectangleControl, width: int, height: int
) -> list[dict[str, Any]]:
    """Rectangle regions (percent of ``width`` x ``height``) labelled with the config's exact labels."""
    if width <= 0 or height <= 0:
        raise ValueError(f"image size must be positive, got {width}x{height}")
    labels = control.output_labels
    regions = []
    for i in range(len(detections)):
        x1, y1, x2, y2 = (float(v) for v in detections.xyxy[i])
        class_id = int(detections.class_id[i]) if detections.class_id is not None else 0
        if not 0 <= class_id < len(labels):
            raise ValueError(f"class_id {class_id} is outside the {len(labels)} labels of control {control.name!r}")
        left, top = _percent(x1, width), _percent(y1, height)
        region: dict[str, Any] = {
            "id": _region_id(control.name, i, detections.xyxy[i]),
            "from_name": control.name,
            "to_name": control.to_name,
            "type": RECTANGLE_TYPE,
            "original_width": int(width),
            "original_height": int(height),
            "image_rotation": 0,
            "value": {
                "x": left,
                "y": top,
                "width": _percent(x2, width) - left,
                "height": _percent(y2, height) - top,
                "rotation": 0,
                "rectanglelabels": [labels[class_id]],
            },
        }
        if detections.confidence is not None:
            region["score"] = float(detections.confidence[i])
        regions.append(region)
    return regions


def prediction_score(regions: Iterable[Mapping[str, Any]]) -> float:
    """The task-level score Label Studio sorts by: the mean region score (0 for no region).

    >>> prediction_score([{"score": 0.5}, {"score": 1.0}]), prediction_score([])
    (0.75, 0.0)
    """
    scores = [float(r["score"]) for r in regions if r.get("score") is not None]
    return float(np.mean(scores)) if scores else 0.0


def _rotated_bounds(x: float, y: float, w: float, h: float, degrees: float) -> tuple[float, float, float, float]:
    if not degrees:
        return x, y, x + w, y + h
    a = math.radians(degrees)
    cos, sin = math.cos(a), math.sin(a)
    corners = [(x + dx * cos - dy * sin, y + dx * sin + dy * cos) for dx, dy in ((0, 0), (w, 0), (w, h), (0, h))]
    xs, ys = [c[0] for c in corners], [c[1] for c in corners]
    return min(xs), min(ys), max(xs), max(ys)


class RegionError(ValueError):
    """A region that cannot become a box; ``region_id`` names it, the message says why."""

    def __init__(self, region_id: Any, reason: str) -> None:
        super().__init__(f"region {region_id!r}: {reason}")
        self.region_id = region_id
        self.reason = reason


def _number(region_id: Any, where: str, value: Any, positive: bool = False) -> float:
    """``value`` as a finite float, or :class:`RegionError`; strings are refused, not parsed
    (Label Studio writes numbers, so a string means the payload is not what it claims)."""
    if isinstance(value, bool) or not isinstance(value, (int, float)):
        raise RegionError(region_id, f"{where} is {value!r}, not a number")
    number = float(value)
    if not math.isfinite(number):
        raise RegionError(region_id, f"{where} is {value!r}, not a finite number")
    if positive and number <= 0:
        raise RegionError(region_id, f"{where} is {value!r}; it must be positive")
    return number


def regions_to_detections(
    regions: Iterable[Mapping[str, Any]],
    control: RectangleControl,
    width: int | None = None,
    height: int | None = None,
) -> sv.Detections:
    """The rectangles of ``control`` in an annotation or prediction ``result``, in pixels.

    The size comes from each region's ``original_width``/``original_height``, else from
    ``width``/``height``. Rotated rectangles become their axis-aligned bounds. Regions of other
    controls and other types are ignored. A region that cannot be a box (a label the config does
    not have, a coordinate that is a string, NaN or missing, a size of 0) raises
    :class:`RegionError` naming it.
    ``data`` carries ``class_name`` (the config's ``value``), ``label`` (as written) and
    ``region_id``.
    """
    boxes, class_ids, labels, region_ids, scores = [], [], [], [], []
    for index, region in enumerate(regions):
        if not isinstance(region, Mapping):
            raise RegionError(f"#{index}", f"is {type(region).__name__}, not a region object")
        if region.get("type") != RECTANGLE_TYPE or region.get("from_name") != control.name:
            continue
        rid = region.get("id")
        value = region.get("value")
        if not isinstance(value, Mapping):
            raise RegionError(rid, f"'value' is {value!r}, not an object")
        names = value.get("rectanglelabels") or []
        if not isinstance(names, list) or not all(isinstance(n, str) for n in names):
            raise RegionError(rid, f"'rectanglelabels' is {names!r}, not a list of label strings")
        if not names:
            continue
        given_w, given_h = region.get("original_width", width), region.get("original_height", height)
        if given_w is None or given_h is None:
            raise RegionError(rid, "has no original_width/original_height and no image size was given")
        w_img = _number(rid, "original_width", given_w, positive=True)
        h_img = _number(rid, "original_height", given_h, positive=True)
        try:
            class_id = control.class_id_of_label(names[0])
        except KeyError:
            raise RegionError(rid, f"label {names[0]!r} is not defined by control {control.name!r}") from None
        x, y, w, h = (_number(rid, key, value.get(key)) for key in ("x", "y", "width", "height"))
        rotation = value.get("rotation")
        x1, y1, x2, y2 = _rotated_bounds(
            x * w_img / 100.0, y * h_img / 100.0, w * w_img / 100.0, h * h_img / 100.0,
            0.0 if rotation is None else _number(rid, "rotation", rotation),
        )
        if x2 <= x1 or y2 <= y1:
            raise RegionError(rid, f"has zero or negative size (width {w!r}, height {h!r})")
        if x1 >= w_img or y1 >= h_img or x2 <= 0 or y2 <= 0:
            raise RegionError(rid, f"lies entirely outside the {w_img:g}x{h_img:g} image")
        boxes.append([max(x1, 0.0), max(y1, 0.0), min(x2, float(w_img)), min(y2, float(h_img))])
        class_ids.append(class_id)
        labels.append(names[0])
        # A region without an id is named by its place in the result, which no Label Studio id looks like.
        region_ids.append(f"#{index}" if region.get("id") in (None, "") else str(region["id"]))
        scores.append(_number(rid, "score", region["score"]) if region.get("score") is not None else np.nan)
    if not boxes:
        return sv.Detections.empty()
    return sv.Detections(
        xyxy=np.asarray(boxes, dtype=np.float32),
        class_id=np.asarray(class_ids, dtype=int),
        confidence=np.asarray(scores, dtype=np.float32),
        data={
            CLASS_NAME: np.asarray([control.class_names[i] for i in class_ids]),
            "label": np.asarray(labels),
            "region_id": np.asarray(region_ids),
        },
    )
