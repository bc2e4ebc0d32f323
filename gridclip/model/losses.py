"""FCOS target assignment and the three detection losses (focal, GIoU, centerness).

Assignment follows torchvision's ``FCOS.compute_loss``: a point may take a ground-truth box
if it lies inside the box, within ``center_sampling_radius * stride`` of the box centre, and
the box's largest side distance falls in the point's level range (``4*stride`` to
``8*stride``; open at the first and last level); among several candidates the smallest box
wins. The losses are ``torchvision.ops.sigmoid_focal_loss`` (gamma 2, alpha 0.25) over the
classes given, ``generalized_box_iou_loss`` on decoded boxes and centerness BCE, each summed
over the foreground points and divided by their number.

>>> import torch
>>> points = torch.tensor([[4.0, 4.0], [12.0, 4.0], [4.0, 12.0], [12.0, 12.0]])
>>> strides = torch.full((4,), 8.0)
>>> match_points(points, strides, [4], torch.tensor([[0.0, 0.0, 9.0, 9.0]])).tolist()
[0, -1, -1, -1]
"""

from __future__ import annotations

import torch
import torch.nn.functional as F
from torchvision.ops import generalized_box_iou_loss, sigmoid_focal_loss

from gridclip.model.postprocess import decode_ltrb, encode_ltrb


def match_points(
    points: torch.Tensor,
    strides: torch.Tensor,
    points_per_level: list[int],
    gt_boxes: torch.Tensor,
    center_sampling_radius: float = 1.5,
) -> torch.Tensor:
    """The index of the ground-truth box each point learns from, or -1 for background.

    ``points`` [N, 2] (x, y) and ``strides`` [N] over all levels, ``gt_boxes`` [M, 4] xyxy in
    the same (network input) pixels.
    """
    if gt_boxes.numel() == 0:
        return torch.full((points.shape[0],), -1, dtype=torch.long, device=points.device)
    gt_centers = (gt_boxes[:, :2] + gt_boxes[:, 2:]) / 2
    near_center = (points[:, None, :] - gt_centers[None]).abs().amax(dim=2) < center_sampling_radius * strides[:, None]
    x, y = points[:, 0:1], points[:, 1:2]
    x0, y0, x1, y1 = gt_boxes.unsqueeze(0).unbind(dim=2)
    distances = torch.stack([x - x0, y - y0, x1 - x, y1 - y], dim=2)  # N, M, 4
    inside = distances.amin(dim=2) > 0
    lower = strides * 4
    upper = strides * 8
    lower[: points_per_level[0]] = 0
    upper[-points_per_level[-1] :] = float("inf")
    reach = distances.amax(dim=2)
    in_range = (reach > lower[:, None]) & (reach < upper[:, None])
    candidate = near_center & inside & in_range
    areas = (gt_boxes[:, 2] - gt_boxes[:, 0]) * (gt_boxes[:, 3] - gt_boxes[:, 1])
    # Smallest box wins: rank candidates by (huge - area), non-candidates by 0.
    ranked = candidate.float() * (1e8 - areas[None, :])
    best, index = ranked.max(dim=1)
    index[best < 1e-5] = -1
    return index


def centerness_target(ltrb: torch.Tensor) -> torch.Tensor:
    """FCOS centerness: sqrt(min(l,r)/max(l,r) * min(t,b)/max(t,b)).

    >>> centerness_target(torch.tensor([[1.0, 1.0, 1.0, 1.0], [1.0, 2.0, 3.0, 2.0]])).tolist()
    [1.0, 0.5773502588272095]
    """
    lr = ltrb[:, 0::2]
    tb = ltrb[:, 1::2]
    ratio = (lr.amin(dim=1) / lr.amax(dim=1).clamp(min=1e-6)) * (tb.amin(dim=1) / tb.amax(dim=1).clamp(min=1e-6))
    return ratio.clamp(min=0).sqrt()


def detection_losses(
    cls_logits: torch.Tensor,
    box_ltrb: torch.Tensor,
    centerness_logits: torch.Tensor,
    points: torch.Tensor,
    strides: torch.Tensor,
    points_per_level: list[int],
    targets: list[dict[str, torch.Tensor]],
    focal_alpha: float = 0.25,
    focal_gamma: float = 2.0,
) -> dict[str, torch.Tensor]:
    """Focal, GIoU and centerness losses for a batch.

    ``cls_logits`` [B, N, C], ``box_ltrb`` [B, N, 4] (pixels), ``centerness_logits`` [B, N];
    ``targets``: per image ``{"boxes": [M, 4] xyxy, "labels": [M] in 0..C-1}``.
    Returns ``loss_cls``, ``loss_box``, ``loss_ctr``, ``loss`` (their sum) and ``num_foreground``.
    """
    if len(targets) != cls_logits.shape[0]:
        raise ValueError(f"{len(targets)} targets for a batch of {cls_logits.shape[0]} images")
    num_classes = cls_logits.shape[-1]
    cls_target = torch.zeros_like(cls_logits)
    fg_images, fg_points, fg_boxes = [], [], []
    for i, target in enumerate(targets):
        boxes = target["boxes"].to(points.device, torch.float32).reshape(-1, 4)
        labels = target["labels"].to(points.device, torch.long).reshape(-1)
        if labels.numel() and (labels.min() < 0 or labels.max() >= num_classes):
            raise ValueError(f"target labels must lie in 0..{num_classes - 1}, got {labels.tolist()}")
        matched = match_points(points, strides.clone(), points_per_level, boxes)
        fg = torch.nonzero(matched >= 0).squeeze(1)
        cls_target[i, fg, labels[matched[fg]]] = 1.0
        fg_images.append(torch.full_like(fg, i))
        fg_points.append(fg)
        fg_boxes.append(boxes[matched[fg]])
    images = torch.cat(fg_images)
    point_index = torch.cat(fg_points)
    gt = torch.cat(fg_boxes)
    num_fg = max(float(point_index.numel()), 1.0)

    loss_cls = sigmoid_focal_loss(cls_logits, cls_target, alpha=focal_alpha, gamma=focal_gamma, reduction="sum") / num_fg
    if point_index.numel() == 0:
        zero = (box_ltrb.sum() + centerness_logits.sum()) * 0.0
        loss_box, loss_ctr = zero, zero
    else:
        fg_xy = points[point_index]
        predicted = decode_ltrb(fg_xy, box_ltrb[images, point_index])
        loss_box = generalized_box_iou_loss(predicted, gt, reduction="sum") / num_fg
        ctr_target = centerness_target(encode_ltrb(fg_xy, gt))
        loss_ctr = F.binary_cross_entropy_with_logits(
            centerness_logits[images, point_index], ctr_target, reduction="sum"
        ) / num_fg
    return {
        "loss_cls": loss_cls,
        "loss_box": loss_box,
        "loss_ctr": loss_ctr,
        "loss": loss_cls + loss_box + loss_ctr,
        "num_foreground": torch.tensor(float(point_index.numel())),
    }
