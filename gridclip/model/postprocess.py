"""From head outputs to boxes, and re-thresholding cached raw detections without the network.

``refilter`` is what a UI calls when a person moves the score slider: it takes the raw
(pre-threshold, pre-NMS) candidates that ``Detector.predict_raw`` returned once, and
applies a score threshold, per-class (or class-agnostic) NMS and a box budget.

>>> import numpy as np, supervision as sv
>>> raw = sv.Detections(
...     xyxy=np.array([[0, 0, 10, 10], [1, 1, 10, 10], [50, 50, 60, 60]], dtype=np.float32),
...     confidence=np.array([0.9, 0.8, 0.2], dtype=np.float32),
...     class_id=np.array([0, 0, 1]),
... )
>>> refilter(raw, Thresholds(score_threshold=0.3, nms_iou=0.5)).xyxy.tolist()
[[0.0, 0.0, 10.0, 10.0]]
>>> len(refilter(raw, Thresholds(score_threshold=0.1, nms_iou=0.95)))
3
"""

from __future__ import annotations

import numpy as np
import supervision as sv
import torch
from supervision.config import CLASS_NAME_DATA_FIELD
from torchvision.ops import batched_nms, clip_boxes_to_image, nms

from gridclip.model.thresholds import Thresholds


def detection_rows(detections: sv.Detections, index: np.ndarray) -> sv.Detections:
    """``detections[index]`` for an index or mask array. supervision types ``__getitem__`` for its
    data keys too (a string gives an array), so the rows are checked to be ``Detections`` here, once."""
    rows = detections[index]
    assert isinstance(rows, sv.Detections)
    return rows


def refilter(detections: sv.Detections, thresholds: Thresholds = Thresholds()) -> sv.Detections:
    """``detections`` filtered by ``thresholds``, sorted by confidence (highest first)."""
    score_threshold, nms_iou = thresholds.score_threshold, thresholds.nms_iou
    if len(detections) == 0:
        return detections
    confidence = detections.confidence if detections.confidence is not None else np.ones(len(detections), np.float32)
    keep = np.flatnonzero(confidence >= score_threshold)
    if keep.size == 0:
        return detection_rows(detections, keep)
    boxes = torch.as_tensor(detections.xyxy[keep], dtype=torch.float32)
    scores = torch.as_tensor(confidence[keep], dtype=torch.float32)
    if thresholds.class_agnostic_nms or detections.class_id is None:
        kept = nms(boxes, scores, nms_iou)
    else:
        kept = batched_nms(boxes, scores, torch.as_tensor(detections.class_id[keep]), nms_iou)
    # nms returns indices sorted by decreasing score, so the budget keeps the best.
    selected = keep[kept[: thresholds.max_detections].numpy()]
    return detection_rows(detections, selected)


def floor_ubiquitous_classes(
    level_logits: list[torch.Tensor], orthogonal_logit: torch.Tensor | float, quantile: float = 0.5,
    channels: torch.Tensor | None = None,
) -> list[torch.Tensor]:
    """Each level's class logits [B, C, H, W] with every class brought down, per picture, by
    how far its ``quantile`` cell sits above ``orthogonal_logit`` (the logit of a cell orthogonal
    to the class's text); classes whose typical cell is already below are untouched, and so are
    the channels where ``channels`` (bool [C]), when given, is False.

    A class's typical cell is clutter: objects cover a minority of a picture's cells. Training
    pushes clutter off the texts it trains on, so their typical cells sit far below; a word no
    box ever taught stays where it was and can score every clutter cell above its own objects.

    >>> import torch
    >>> trained = torch.full((1, 1, 4, 4), -9.0); trained[0, 0, 1, 1] = 2.0
    >>> ubiquitous = torch.full((1, 1, 4, 4), 1.0); ubiquitous[0, 0, 2, 2] = 4.0
    >>> out = floor_ubiquitous_classes([torch.cat([trained, ubiquitous], dim=1)], orthogonal_logit=-4.0)[0]
    >>> out[0, 0].equal(trained[0, 0]), out[0, 1, 0, 0].item(), out[0, 1, 2, 2].item()
    (True, -4.0, -1.0)
    """
    floored = []
    for logits in level_logits:
        # Only the channels it may move are sorted: a vocabulary is mostly trained classes.
        chosen = logits if channels is None else logits[:, channels.to(logits.device)]
        typical = chosen.flatten(2).float().quantile(quantile, dim=2)  # [B, C chosen]
        excess = (typical - orthogonal_logit).clamp(min=0).to(logits.dtype)[:, :, None, None]
        if channels is None:
            floored.append(logits - excess)
        else:
            moved = logits.clone()
            moved[:, channels.to(logits.device)] -= excess
            floored.append(moved)
    return floored


def decode_ltrb(points: torch.Tensor, ltrb: torch.Tensor) -> torch.Tensor:
    """Boxes from points [..., 2] (x, y) and distances [..., 4] (left, top, right, bottom).

    >>> decode_ltrb(torch.tensor([[10.0, 20.0]]), torch.tensor([[1.0, 2.0, 3.0, 4.0]])).tolist()
    [[9.0, 18.0, 13.0, 24.0]]
    """
    return torch.cat([points - ltrb[..., :2], points + ltrb[..., 2:]], dim=-1)


def encode_ltrb(points: torch.Tensor, boxes: torch.Tensor) -> torch.Tensor:
    """Distances (left, top, right, bottom) from points to the sides of boxes; the inverse of
    ``decode_ltrb``.

    >>> encode_ltrb(torch.tensor([[10.0, 20.0]]), torch.tensor([[9.0, 18.0, 13.0, 24.0]])).tolist()
    [[1.0, 2.0, 3.0, 4.0]]
    """
    return torch.cat([points - boxes[..., :2], boxes[..., 2:] - points], dim=-1)


def to_detections(
    xyxy: torch.Tensor,
    scores: torch.Tensor,
    class_ids: torch.Tensor,
    class_names: list[str],
    scale: float,
    original_size: tuple[int, int],
) -> sv.Detections:
    """Boxes in network-input pixels -> ``sv.Detections`` in original pixels, clipped to the
    image, with ``data["class_name"]``. Boxes that clip to nothing are dropped."""
    width, height = original_size
    boxes = clip_boxes_to_image((xyxy.float() / scale).cpu(), (height, width))
    nonempty = (boxes[:, 2] > boxes[:, 0]) & (boxes[:, 3] > boxes[:, 1])
    boxes, scores, class_ids = boxes[nonempty], scores.cpu()[nonempty], class_ids.cpu()[nonempty]
    order = torch.argsort(scores, descending=True)
    ids = class_ids[order].numpy().astype(int)
    names = np.array([class_names[i] for i in ids], dtype=object).astype(str) if len(ids) else np.array([], dtype=str)
    return sv.Detections(
        xyxy=boxes[order].numpy().astype(np.float32).reshape(-1, 4),
        confidence=scores[order].numpy().astype(np.float32),
        class_id=ids,
        data={CLASS_NAME_DATA_FIELD: names},
    )
