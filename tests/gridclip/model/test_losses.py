"""gridclip.model.losses: FCOS assignment and the focal / GIoU / centerness losses."""

from __future__ import annotations

import pytest
import torch

from gridclip.model.losses import centerness_target, detection_losses, match_points
from gridclip.model.network import STRIDES, grid_points
from gridclip.model.postprocess import encode_ltrb


def _all_points(size: int = 256):
    points, strides, counts = [], [], []
    for s in STRIDES:
        p = grid_points(size // s, size // s, s)
        points.append(p)
        strides.append(torch.full((p.shape[0],), float(s)))
        counts.append(p.shape[0])
    return torch.cat(points), torch.cat(strides), counts


def test_small_box_goes_to_fine_level_large_box_to_coarse():
    points, strides, counts = _all_points()
    small = torch.tensor([[100.0, 100.0, 124.0, 124.0]])
    large = torch.tensor([[0.0, 0.0, 256.0, 256.0]])
    small_strides = set(strides[match_points(points, strides.clone(), counts, small) >= 0].tolist())
    large_strides = set(strides[match_points(points, strides.clone(), counts, large) >= 0].tolist())
    assert small_strides == {8.0}
    assert large_strides and min(large_strides) >= 32.0


def test_overlapping_boxes_go_to_the_smaller_one_and_outside_is_background():
    points, strides, counts = _all_points()
    boxes = torch.tensor([[0.0, 0.0, 60.0, 60.0], [20.0, 20.0, 44.0, 44.0]])
    matched = match_points(points, strides.clone(), counts, boxes)
    center = ((points - 32.0).abs().sum(dim=1) + (strides != 8) * 1e9).argmin()
    assert matched[center] == 1
    far = ((points - torch.tensor([200.0, 200.0])).abs().sum(dim=1)).argmin()
    assert matched[far] == -1
    assert (match_points(points, strides.clone(), counts, torch.zeros(0, 4)) == -1).all()


def test_centerness_target():
    assert centerness_target(torch.tensor([[2.0, 2.0, 2.0, 2.0]])).item() == pytest.approx(1.0)
    assert centerness_target(torch.tensor([[1.0, 4.0, 3.0, 4.0]])).item() == pytest.approx((1 / 3) ** 0.5)


def test_perfect_boxes_cost_nothing_and_wrong_ones_cost():
    points, strides, counts = _all_points()
    n = points.shape[0]
    gt = torch.tensor([[40.0, 40.0, 100.0, 90.0]])
    ltrb = encode_ltrb(points, gt.expand(n, 4)).clamp(min=0).unsqueeze(0)
    matched = match_points(points, strides.clone(), counts, gt)
    ctr_target = centerness_target(encode_ltrb(points, gt.expand(n, 4)).clamp(min=1e-3))
    ctr_logits = torch.logit(ctr_target.clamp(1e-4, 1 - 1e-4)).unsqueeze(0)
    cls = torch.full((1, n, 2), -20.0)
    cls[0, matched >= 0, 1] = 20.0
    targets = [{"boxes": gt, "labels": torch.tensor([1])}]
    good = detection_losses(cls, ltrb, ctr_logits, points, strides, counts, targets)
    assert good["num_foreground"].item() == (matched >= 0).sum().item() > 0
    assert good["loss_box"].item() == pytest.approx(0.0, abs=1e-4)
    assert good["loss_cls"].item() < 1e-3
    bad = detection_losses(-cls, ltrb * 0.5, ctr_logits, points, strides, counts, targets)
    assert bad["loss_box"].item() > 0.1 and bad["loss_cls"].item() > 1.0
    # centerness BCE at its own target is the target's entropy: lower than at a wrong target
    wrong_ctr = detection_losses(cls, ltrb, -ctr_logits, points, strides, counts, targets)
    assert wrong_ctr["loss_ctr"] > good["loss_ctr"]


def test_images_without_boxes_and_bad_labels():
    points, strides, counts = _all_points(128)
    n = points.shape[0]
    cls = torch.zeros(1, n, 3, requires_grad=True)
    ltrb = torch.ones(1, n, 4, requires_grad=True)
    empty = [{"boxes": torch.zeros(0, 4), "labels": torch.zeros(0, dtype=torch.long)}]
    losses = detection_losses(cls, ltrb, torch.zeros(1, n), points, strides, counts, empty)
    assert losses["loss_box"].item() == 0.0 and losses["loss_cls"].item() > 0
    losses["loss"].backward()  # still differentiable
    with pytest.raises(ValueError, match="labels"):
        detection_losses(cls, ltrb, torch.zeros(1, n), points, strides, counts,
                         [{"boxes": torch.tensor([[0.0, 0.0, 5.0, 5.0]]), "labels": torch.tensor([3])}])
    with pytest.raises(ValueError, match="targets"):
        detection_losses(cls, ltrb, torch.zeros(1, n), points, strides, counts, empty * 2)
