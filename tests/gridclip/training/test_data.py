"""TrainingImages: examples fitted exactly as the detector fits pictures at inference."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest
import torch
from PIL import Image

from gridclip.training.data import DataError, TrainingExample, TrainingImages


@pytest.fixture(scope="module")
def detector():
    from gridclip import load_detector

    return load_detector("open_clip:tiny-rn", device="cpu", image_size=128, text_cache_dir=False)


def test_boxes_follow_the_letterbox_of_a_wide_image(detector, tmp_path: Path):
    path = tmp_path / "wide.png"
    Image.new("RGB", (200, 100), (10, 200, 30)).save(path)
    example = TrainingExample(path, np.array([[20, 10, 120, 60]]), np.array([1]))
    item = TrainingImages([example], detector.prepare, 128)[0]
    assert item.scale == pytest.approx(0.64)
    assert item.fitted == (128, 64)
    assert tuple(item.inputs.shape) == (3, 128, 128)  # padded to the coarsest stride
    np.testing.assert_allclose(item.xyxy, [[12.8, 6.4, 76.8, 38.4]], rtol=1e-6)
    assert item.class_ids.tolist() == [1]
    # Identical to what inference feeds the network.
    assert torch.equal(item.inputs, detector.prepare([path]).tensor[0])


@pytest.mark.parametrize("array", [
    np.full((60, 90), 40000, dtype=np.uint16),          # 16-bit grayscale
    np.full((60, 90, 4), 200, dtype=np.uint8),           # RGBA
    np.zeros((1, 1, 3), dtype=np.uint8),                 # one pixel
])
def test_in_memory_pictures_of_any_kind_are_fitted(detector, array: np.ndarray):
    h, w = array.shape[:2]
    example = TrainingExample(array, np.array([[0, 0, w, h]]), np.array([0]))
    item = TrainingImages([example], detector.prepare, 128)[0]
    assert item.inputs.shape[0] == 3 and torch.isfinite(item.inputs).all()
    assert item.xyxy[0, 2] == pytest.approx(w * item.scale)
    assert len(item.sha256) == 64


def test_frozen_backbone_features_are_computed_once_per_image(detector, tmp_path: Path):
    path = tmp_path / "a.png"
    Image.new("RGB", (128, 96), (250, 0, 0)).save(path)
    calls = []

    def backbone(batch):
        calls.append(batch.shape)
        return detector.model.backbone_features(batch)

    images = TrainingImages([TrainingExample(path, np.array([[1, 1, 50, 50]]), np.array([0]))], detector.prepare, 128,
                            backbone=backbone, backbone_fingerprint="tiny")
    first, second = images[0], images[0]
    assert len(calls) == 1
    assert first.picture is not None and second.picture is None  # the cache hit does not decode the file
    assert torch.equal(first.inputs.dense, second.inputs.dense)
    assert first.input_hw == tuple(first.inputs.dense.shape[-2:])
    assert (images.features.hits, images.features.misses) == (1, 1)


def test_a_missing_file_is_named(detector, tmp_path: Path):
    with pytest.raises(DataError, match="missing.png"):
        TrainingImages([TrainingExample(tmp_path / "missing.png", np.zeros((0, 4)), np.zeros(0))], detector.prepare, 128)


@pytest.mark.parametrize("examples", [[], [TrainingExample("x.png", np.zeros((0, 4)), np.zeros(0))]],
                         ids=["no-pictures", "pictures-without-boxes-or-tags"])
def test_nothing_to_train_on_is_said_once_before_any_model_loads(examples, tmp_path: Path):
    """Every door (the store's, a COCO file's, a caller's list) meets the one check,
    ``check_training_data``, before fine_tune spends time loading the model (this one does not
    even exist)."""
    from gridclip.training.fine_tune import fine_tune
    from gridclip.training_data import NoTrainingData
    from gridclip.vocabulary import Vocabulary

    with pytest.raises(NoTrainingData, match="no training examples teach anything"):
        fine_tune("open_clip:no-such-model", examples, Vocabulary.parse("cat"), out_dir=tmp_path / "run")
