"""gridclip.model.postprocess: re-thresholding raw candidates, box coding, mapping to original pixels."""

from __future__ import annotations

import numpy as np
import pytest
import supervision as sv
import torch

from gridclip.model.postprocess import decode_ltrb, encode_ltrb, floor_ubiquitous_classes, refilter, to_detections
from gridclip.model.thresholds import Thresholds


def _raw() -> sv.Detections:
    return sv.Detections(
        xyxy=np.array(
            [[0, 0, 10, 10], [1, 1, 11, 11], [0, 0, 10, 10], [100, 100, 120, 120], [200, 200, 210, 210]],
            dtype=np.float32,
        ),
        confidence=np.array([0.9, 0.8, 0.7, 0.4, 0.1], dtype=np.float32),
        class_id=np.array([0, 0, 1, 1, 0]),
        data={"class_name": np.array(["a", "a", "b", "b", "a"])},
    )


def test_threshold_then_per_class_nms():
    kept = refilter(_raw(), Thresholds(score_threshold=0.3, nms_iou=0.5))
    # box 1 overlaps box 0 of the same class; box 2 overlaps it too but is another class
    assert kept.confidence.tolist() == pytest.approx([0.9, 0.7, 0.4])
    assert kept.data["class_name"].tolist() == ["a", "b", "b"]


def test_class_agnostic_nms_suppresses_across_classes():
    kept = refilter(_raw(), Thresholds(score_threshold=0.3, nms_iou=0.5, class_agnostic_nms=True))
    assert kept.confidence.tolist() == pytest.approx([0.9, 0.4])


def test_budget_keeps_the_best_and_low_threshold_keeps_all():
    assert refilter(_raw(), Thresholds(score_threshold=0.0, nms_iou=1.0, max_detections=2)).confidence.tolist() == pytest.approx([0.9, 0.8])
    assert len(refilter(_raw(), Thresholds(score_threshold=0.0, nms_iou=1.0))) == 5
    assert len(refilter(_raw(), Thresholds(score_threshold=0.95))) == 0


def test_refilter_bad_arguments_and_empty_input():
    with pytest.raises(ValueError, match="nms_iou"):
        refilter(_raw(), Thresholds(nms_iou=1.5))
    with pytest.raises(ValueError, match="max_detections"):
        refilter(_raw(), Thresholds(max_detections=-1))
    assert len(refilter(sv.Detections.empty())) == 0


def test_ltrb_round_trip():
    points = torch.rand(50, 2) * 100
    boxes = torch.cat([points - torch.rand(50, 2) * 30, points + torch.rand(50, 2) * 30], dim=1)
    assert torch.allclose(decode_ltrb(points, encode_ltrb(points, boxes)), boxes, atol=1e-4)


def test_to_detections_maps_to_original_pixels_and_clips():
    xyxy = torch.tensor([[10.0, 20.0, 50.0, 60.0], [250.0, 0.0, 300.0, 10.0], [300.0, 300.0, 310.0, 310.0]])
    dets = to_detections(xyxy, torch.tensor([0.5, 0.9, 0.7]), torch.tensor([1, 0, 0]), ["x", "y"], 0.5, (500, 100))
    # boxes 2 and 3 clip to nothing outside the 500x100 picture (x >= 500): dropped
    assert dets.confidence.tolist() == pytest.approx([0.5])
    assert dets.xyxy.tolist() == [[20.0, 40.0, 100.0, 100.0]]
    assert dets.class_id.tolist() == [1] and dets.data["class_name"].tolist() == ["y"]


def test_the_floor_pulls_down_a_class_that_scores_its_clutter_and_leaves_trained_ones():
    rng = torch.Generator().manual_seed(0)
    trained = torch.randn(2, 1, 8, 8, generator=rng) - 8.0  # clutter far below a cell orthogonal to the text
    trained[:, 0, 2, 3] = 3.0
    ubiquitous = torch.randn(2, 1, 8, 8, generator=rng) + 1.0  # a word no box taught: clutter above it
    ubiquitous[0, 0, 5, 5] = 6.0  # its object, in the first picture only
    logits = torch.cat([trained, ubiquitous], dim=1)
    out = floor_ubiquitous_classes([logits, logits[:, :, ::2, ::2]], orthogonal_logit=-4.6)
    assert out[0][:, 0].equal(trained[:, 0]) and out[1][:, 0].equal(trained[:, 0, ::2, ::2])
    # per picture and level: each one's median cell of the ubiquitous class lands on the orthogonal logit
    for level in out:
        assert level[:, 1].flatten(1).quantile(0.5, dim=1).tolist() == pytest.approx([-4.6, -4.6], abs=1e-5)
    shifted = logits[0, 1] - out[0][0, 1]
    assert torch.allclose(shifted, shifted[0, 0].expand_as(shifted))  # a shift: the ranking inside a picture stays
    assert out[0][0, 1, 5, 5] > out[0][0, 1].flatten().topk(2).values[1]  # its object still stands out


def test_the_floor_runs_on_half_precision_and_a_class_below_is_untouched_to_the_bit():
    logits = torch.full((1, 3, 4, 4), -10.0, dtype=torch.bfloat16)
    out = floor_ubiquitous_classes([logits], orthogonal_logit=torch.tensor(-4.6), quantile=0.25)[0]
    assert out.dtype == torch.bfloat16 and out.equal(logits)


def test_background_quantile_is_checked_and_old_checkpoints_get_the_default():
    from gridclip.model.network import DetectorConfig

    for bad in (0.0, 1.0, 1.5, -0.2):
        with pytest.raises(ValueError, match="background_quantile"):
            DetectorConfig(background_quantile=bad)
    assert DetectorConfig(background_quantile=None).background_quantile is None
    old = {k: v for k, v in DetectorConfig().to_dict().items() if k != "background_quantile"}
    assert DetectorConfig.from_dict(old).background_quantile == 0.5


def test_the_floor_leaves_the_channels_it_is_told_to_spare():
    logits = torch.full((1, 2, 4, 4), 2.0)
    out = floor_ubiquitous_classes([logits], orthogonal_logit=-4.0, channels=torch.tensor([False, True]))[0]
    assert out[0, 0].equal(logits[0, 0]) and torch.all(out[0, 1] == -4.0)
