"""gridclip.model.training_free: boxes from dense CLIP similarity maps, before any training."""

from __future__ import annotations

import numpy as np
import pytest
import torch

from gridclip import load_detector
from gridclip.model.thresholds import Thresholds
from gridclip.model.training_free import region_candidates


def _planted_map(height: int = 8, width: int = 12) -> tuple[torch.Tensor, torch.Tensor]:
    """Three text directions; class 0 planted in two separate blobs, class 1 in one,
    everything else points along a background direction."""
    text = torch.eye(4)[:3]  # D = 4; direction 3 is background
    dense = torch.zeros(4, height, width)
    dense[3] = 1.0
    dense[:, 1:3, 1:4] = text[0].view(4, 1, 1)
    dense[:, 5:7, 8:11] = text[0].view(4, 1, 1)
    dense[:, 4:8, 2:5] = text[1].view(4, 1, 1)
    return dense, text


def test_planted_regions_become_boxes():
    dense, text = _planted_map()
    boxes, scores, labels = region_candidates(dense, text, stride=16)
    found = sorted(zip(labels.tolist(), boxes.tolist()))
    assert found == [
        (0, [16.0, 16.0, 64.0, 48.0]),
        (0, [128.0, 80.0, 176.0, 112.0]),
        (1, [32.0, 64.0, 80.0, 128.0]),
    ]
    assert (scores > 0.5).all() and (scores <= 1.0).all()


def test_class_two_is_absent_and_noise_does_not_invent_it():
    dense, text = _planted_map()
    dense = dense + 0.01 * torch.randn_like(dense)
    _, scores, labels = region_candidates(dense, text, stride=16)
    assert 2 not in labels.tolist()
    assert scores.numel() >= 3


def test_padding_cells_are_ignored():
    dense, text = _planted_map()
    padded = torch.zeros(4, 16, 16)
    padded[:, :8, :12] = dense
    padded[:, 8:, :] = text[1].view(4, 1, 1)  # a "class 1" band in the padding
    boxes, _, labels = region_candidates(padded, text, stride=16, valid_cells=(8, 12))
    assert (boxes[:, 3] <= 8 * 16).all() and (boxes[:, 2] <= 12 * 16).all()
    assert sorted(labels.tolist()) == [0, 0, 1]


def test_shape_mismatch_is_refused():
    with pytest.raises(ValueError, match="expected dense"):
        region_candidates(torch.zeros(5, 4, 4), torch.zeros(2, 4), stride=8)


def test_untrained_detector_maps_regions_to_original_pixels(monkeypatch):
    """The Detector's training-free path: planted CLIP grid -> boxes in original pixels."""
    det = load_detector("open_clip:tiny-rn", device="cpu", text_cache_dir=False, optimize=False)
    assert not det.is_trained
    text = det.text_embeddings(["cat", "dog"])
    background = torch.nn.functional.normalize(torch.randn(64), dim=0)
    background = background - (text.T @ (text @ background))  # orthogonal to both texts

    def planted(images):
        _, _, h, w = images.shape
        grid = background.view(64, 1, 1).repeat(1, h // 32, w // 32)
        grid[:, 0:1, 2:4] = text[1].view(64, 1, 1)  # a dog in row 0, columns 2-3
        return torch.nn.functional.normalize(grid, dim=0).unsqueeze(0), 32

    monkeypatch.setattr(det.model, "clip_dense_embeddings", planted)
    # 512x128 picture -> scale 0.5 -> 256x64 tensor (valid grid 2 x 8 cells of 32 px)
    from PIL import Image

    dets = det.predict([Image.new("RGB", (512, 128))], "cat, dog", Thresholds(score_threshold=0.3))[0]
    assert dets.data["class_name"].tolist() == ["dog"]
    np.testing.assert_allclose(dets.xyxy[0], [128.0, 0.0, 256.0, 64.0])
