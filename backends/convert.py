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
from typing import Any, Iterable, Mapping

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


def regions_to_detections(
    regions: Iterable[Mapping[str, Any]],
    control: RectangleControl,
    width: int | None = None,
    height: int | None = None,
) -> sv.Detections:
    """The rectangles of ``control`` in an annotation or prediction ``result``, in pixels.

    The size comes from each region's ``original_width``/``original_height``, else from
    ``width``/``height``. Rotated rectangles become their axis-aligned bounds. Regions of other
    controls and other types are ignored; a label that is not in the config raises ``ValueError``.
    ``data`` carries ``class_name`` (the config's ``value``), ``label`` (as written) and
    ``region_id``.
    """
    boxes, class_ids, labels, region_ids, scores = [], [], [], [], []
    for region in regions:
        if region.get("type") != RECTANGLE_TYPE or region.get("from_name") != control.name:
            continue
        value = region.get("value") or {}
        names = value.get("rectanglelabels") or []
        if not names:
            continue
        w_img = region.get("original_width") or width
        h_img = region.get("original_height") or height
        if not w_img or not h_img:
            raise ValueError(f"region {region.get('id')!r} has no original_width/original_height and no image size was given")
        try:
            class_id = control.class_id_of_label(names[0])
        except KeyError:
            raise ValueError(
                f"region {region.get('id')!r} has label {names[0]!r}, which control {control.name!r} does not define"
            ) from None
        x1, y1, x2, y2 = _rotated_bounds(
            float(value["x"]) * w_img / 100.0,
            float(value["y"]) * h_img / 100.0,
            float(value["width"]) * w_img / 100.0,
            float(value["height"]) * h_img / 100.0,
            float(value.get("rotation") or 0.0),
        )
        boxes.append([max(x1, 0.0), max(y1, 0.0), min(x2, float(w_img)), min(y2, float(h_img))])
        class_ids.append(class_id)
        labels.append(names[0])
        region_ids.append(str(region.get("id", "")))
        scores.append(float(region["score"]) if region.get("score") is not None else np.nan)
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
