"""gridclip.model.postprocess: re-thresholding raw candidates, box coding, mapping to original pixels."""

from __future__ import annotations

import numpy as np
import pytest
import supervision as sv
import torch

from gridclip.model.postprocess import decode_ltrb, encode_ltrb, refilter, to_detections


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
    kept = refilter(_raw(), score_threshold=0.3, nms_iou=0.5)
    # box 1 overlaps box 0 of the same class; box 2 overlaps it too but is another class
    assert kept.confidence.tolist() == pytest.approx([0.9, 0.7, 0.4])
    assert kept.data["class_name"].tolist() == ["a", "b", "b"]


def test_class_agnostic_nms_suppresses_across_classes():
    kept = refilter(_raw(), score_threshold=0.3, nms_iou=0.5, class_agnostic_nms=True)
    assert kept.confidence.tolist() == pytest.approx([0.9, 0.4])


def test_budget_keeps_the_best_and_low_threshold_keeps_all():
    assert refilter(_raw(), score_threshold=0.0, nms_iou=1.0, max_detections=2).confidence.tolist() == pytest.approx([0.9, 0.8])
    assert len(refilter(_raw(), score_threshold=0.0, nms_iou=1.0)) == 5
    assert len(refilter(_raw(), score_threshold=0.95)) == 0


def test_refilter_bad_arguments_and_empty_input():
    with pytest.raises(ValueError, match="nms_iou"):
        refilter(_raw(), nms_iou=1.5)
    with pytest.raises(ValueError, match="max_detections"):
        refilter(_raw(), max_detections=-1)
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
