"""gridclip.model.network and gridclip.inference.detector: GridCLIP shapes and losses, and Detector inference on any picture."""

from __future__ import annotations

import numpy as np
import pytest
import torch
from PIL import Image

from gridclip import Vocabulary, VocabularyError, load_detector
from gridclip.model.network import STRIDES, HeadOutputs, grid_points
from gridclip.model.postprocess import refilter
from gridclip.model.thresholds import Thresholds


@pytest.fixture(scope="module")
def detector():
    det = load_detector("open_clip:tiny-rn", device="cpu", text_cache_dir=False)
    det.is_trained = True  # use the (random) head, not the training-free path
    return det


def _picture(width: int, height: int, seed: int = 0) -> Image.Image:
    rng = np.random.default_rng(seed)
    return Image.fromarray(rng.integers(0, 255, (height, width, 3), dtype=np.uint8))


def test_head_output_shapes_on_a_non_square_batch(detector):
    text = detector.text_embeddings(["cat", "dog", "bird"])
    out = detector.model(torch.zeros(2, 3, 128, 384), text)
    assert out.strides == list(STRIDES)
    for level, stride in enumerate(STRIDES):
        h, w = max(1, 128 // stride), max(1, 384 // stride)
        assert out.cls_logits[level].shape == (2, 3, h, w)
        assert out.box_ltrb[level].shape == (2, 4, h, w)
        assert out.centerness[level].shape == (2, 1, h, w)
        assert out.grid_embeddings[level].shape == (2, 64, h, w)
        assert torch.allclose(out.grid_embeddings[level].norm(dim=1), torch.ones(2, h, w), atol=1e-4)
        assert out.points[level].shape == (h * w, 2)
        assert (out.box_ltrb[level] >= 0).all()
    assert out.clip_dense.shape == (2, 64, 4, 12) and out.clip_stride == 32
    cls, ltrb, ctr, points, strides, counts = out.flat()
    assert cls.shape == (2, sum(counts), 3) and ltrb.shape == (2, sum(counts), 4) and ctr.shape == (2, sum(counts))


def test_logits_are_scaled_cosines_plus_bias(detector):
    model = detector.model
    text = detector.text_embeddings(["cat", "dog"])
    out = model(torch.randn(1, 3, 128, 128), text)
    cosine = torch.einsum("bdhw,cd->bchw", out.grid_embeddings[0], text)
    assert torch.allclose(out.cls_logits[0], model.logit_scale * cosine + model.logit_bias, atol=1e-4)
    assert model.logit_scale.item() == pytest.approx(50.0)
    assert torch.sigmoid(model.logit_bias).item() == pytest.approx(0.01, rel=1e-3)


def test_a_new_vocabulary_only_swaps_the_text_matrix(detector):
    images = torch.randn(1, 3, 128, 128)
    small = detector.model(images, detector.text_embeddings(["cat"]))
    big = detector.model(images, detector.text_embeddings(["dog", "cat"]))
    assert torch.allclose(small.cls_logits[2][:, 0], big.cls_logits[2][:, 1], atol=1e-5)
    assert torch.equal(small.box_ltrb[1], big.box_ltrb[1])


def test_bad_tensors_are_refused(detector):
    text = detector.text_embeddings(["cat"])
    with pytest.raises(ValueError, match="multiples of 32"):
        detector.model(torch.zeros(1, 3, 100, 128), text)
    with pytest.raises(ValueError, match=r"\[B, 3, H, W\]"):
        detector.model(torch.zeros(3, 128, 128), text)
    with pytest.raises(ValueError, match="text embeddings"):
        detector.model(torch.zeros(1, 3, 128, 128), torch.zeros(2, 5))


def test_losses_train_the_head(detector):
    """A few optimiser steps on one image lower the detection loss (gradients reach the head)."""
    import copy

    torch.manual_seed(0)
    model = copy.deepcopy(detector.model).train()
    text = detector.text_embeddings(["square", "circle"])
    images = torch.randn(1, 3, 128, 128)
    targets = [{"boxes": torch.tensor([[20.0, 30.0, 90.0, 100.0]]), "labels": torch.tensor([1])}]
    assert not any(p.requires_grad for p in model.backbone.parameters())  # frozen by default
    features = model.backbone_features(images)  # frozen: computed once, as head-only training does
    optimiser = torch.optim.AdamW([p for p in model.parameters() if p.requires_grad], lr=2e-3)
    losses = []
    for _ in range(12):
        loss = model.compute_losses(model.forward_from_features(features, text), targets)
        optimiser.zero_grad()
        loss["loss"].backward()
        optimiser.step()
        losses.append(loss["loss"].item())
    assert losses[-1] < 0.7 * losses[0], losses
    assert loss["num_foreground"].item() > 0


def test_cached_backbone_features_give_the_same_outputs(detector):
    torch.manual_seed(1)
    images = torch.randn(2, 3, 128, 256)
    text = detector.text_embeddings(["cat"])
    with torch.no_grad():
        direct = detector.model(images, text)
        features = detector.model.backbone_features(images)
        first = detector.model.forward_from_features(features.select(slice(0, 1)), text)
    assert torch.allclose(direct.cls_logits[0][:1], first.cls_logits[0], atol=1e-3)
    with torch.no_grad():
        emb, stride = detector.model.dense_embeddings(images)
    assert stride == 8 and torch.allclose(emb, direct.grid_embeddings[0], atol=1e-4)


def _planted(detector, point_xy, ltrb, class_id):
    """Replace the network by one whose only confident output is a box at ``point_xy``."""

    def forward(images, text, class_limit=None):
        _, _, height, width = images.shape
        cls, boxes, ctr, points = [], [], [], []
        for stride in STRIDES:
            h, w = height // stride, width // stride
            pts = grid_points(h, w, stride)
            logits = torch.full((1, text.shape[0], h, w), -30.0)
            box = torch.zeros(1, 4, h, w)
            if stride == 8:
                index = int(((pts - torch.tensor(point_xy)).abs().sum(dim=1)).argmin())
                logits[0, class_id].view(-1)[index] = 30.0
                box[0].view(4, -1)[:, index] = torch.tensor(ltrb)
            cls.append(logits)
            boxes.append(box)
            ctr.append(torch.full((1, 1, h, w), 30.0))
            points.append(pts)
        return HeadOutputs(cls, boxes, ctr, [], points, list(STRIDES), torch.zeros(1), 32)

    return forward


def test_boxes_map_back_to_original_pixels_on_non_square_images(detector, monkeypatch):
    # 400x100 -> long side 256: scale 0.64, tensor 256x64 padded to 256x128
    monkeypatch.setattr(detector, "optimize", False)  # run self.model, which is planted
    monkeypatch.setattr(detector.model, "detect", _planted(detector, (100.0, 36.0), (20.0, 12.0, 40.0, 16.0), 1))
    dets = detector.predict([_picture(400, 100)], "cat, dog", Thresholds(score_threshold=0.5))[0]
    p3_points = grid_points(16, 32, 8)  # P3 of the 128x256 padded tensor
    cx, cy = p3_points[int((p3_points - torch.tensor([100.0, 36.0])).abs().sum(dim=1).argmin())].tolist()
    expected = np.array([cx - 20, cy - 12, cx + 40, min(cy + 16, 64.0)]) / 0.64
    assert len(dets) == 1
    assert dets.class_id.tolist() == [1] and dets.data["class_name"].tolist() == ["dog"]
    np.testing.assert_allclose(dets.xyxy[0], np.minimum(expected, [400, 100, 400, 100]), rtol=1e-5)
    assert dets.confidence[0] == pytest.approx(1.0, abs=1e-6)


def test_boxes_scale_exactly_with_the_picture(detector):
    """A picture and its 2x enlargement give the same network input, so boxes scale by 2."""
    small = Image.new("RGB", (300, 200), (30, 160, 90))
    large = small.resize((600, 400))
    a, b = detector.predict_raw([small, large], "cat, dog")
    assert len(a) == len(b) > 0
    np.testing.assert_allclose(b.xyxy, a.xyxy * 2, rtol=1e-4, atol=1e-3)
    assert (a.xyxy[:, 2] <= 300).all() and (a.xyxy[:, 3] <= 200).all() and (a.xyxy >= 0).all()


def test_predict_is_refilter_of_predict_raw_and_sorted(detector):
    picture = _picture(320, 240)
    raw = detector.predict_raw([picture], "cat, dog")[0]
    assert len(raw) <= detector.config.candidates_per_image
    assert (np.diff(raw.confidence) <= 0).all()
    direct = detector.predict([picture], "cat, dog", Thresholds(score_threshold=0.2, nms_iou=0.5, max_detections=7))[0]
    again = refilter(raw, Thresholds(score_threshold=0.2, nms_iou=0.5, max_detections=7))
    np.testing.assert_array_equal(direct.xyxy, again.xyxy)
    assert len(direct) <= 7
    assert set(direct.data["class_name"]) <= {"cat", "dog"}
    assert all(["cat", "dog"][c] == n for c, n in zip(direct.class_id, direct.data["class_name"]))


def test_batched_equals_one_by_one(detector):
    pictures = [_picture(256, 192, seed) for seed in range(3)]
    together = detector.predict(pictures, "cat", Thresholds(score_threshold=0.0), batch_size=3)
    alone = [detector.predict([p], "cat", Thresholds(score_threshold=0.0))[0] for p in pictures]
    for t, a in zip(together, alone):
        np.testing.assert_allclose(t.xyxy, a.xyxy, atol=1e-3)
        np.testing.assert_allclose(t.confidence, a.confidence, atol=1e-5)


@pytest.mark.parametrize("trained", [True, False])
def test_extreme_sizes_and_odd_pixel_formats(detector, trained, tmp_path):
    detector.is_trained = trained
    try:
        sixteen = tmp_path / "16.png"
        Image.fromarray(np.arange(64 * 48, dtype=np.uint16).reshape(48, 64) * 13).save(sixteen)
        inputs = [
            Image.new("RGB", (1, 1), (255, 0, 0)),
            np.zeros((300, 8000, 3), dtype=np.uint8),
            Image.new("L", (50, 70), 128),
            Image.new("RGBA", (60, 40), (0, 0, 255, 128)),
            str(sixteen),
        ]
        sizes = [(1, 1), (8000, 300), (50, 70), (60, 40), (64, 48)]
        results = detector.predict(inputs, "cat, dog", Thresholds(score_threshold=0.0))
        assert len(results) == len(inputs)
        for dets, (w, h) in zip(results, sizes):
            assert dets.xyxy.dtype == np.float32
            assert (dets.xyxy[:, [0, 2]] <= w).all() and (dets.xyxy[:, [1, 3]] <= h).all() and (dets.xyxy >= 0).all()
            assert (dets.xyxy[:, 2] > dets.xyxy[:, 0]).all()
    finally:
        detector.is_trained = True


def test_single_image_and_vocabulary_forms(detector):
    picture = _picture(128, 128)
    assert len(detector.predict(picture, Vocabulary.parse("cat | kitty"))) == 1
    assert len(detector.predict([picture], ["cat", "dog"])) == 1


def test_empty_and_duplicate_vocabularies_are_refused(detector):
    picture = _picture(64, 64)
    for empty in ("", " , ,", []):
        with pytest.raises(VocabularyError, match="empty"):
            detector.predict([picture], empty)
    with pytest.raises(VocabularyError, match="twice"):
        detector.predict([picture], "cat, dog, cat")
    with pytest.raises(VocabularyError, match="names two classes"):
        detector.predict([picture], "cat | pet, dog | pet")
    with pytest.raises(ValueError, match="batch_size"):
        detector.predict([picture], "cat", batch_size=0)


def test_unreadable_image_in_a_batch_raises_clearly(detector, tmp_path):
    from gridclip.inference.images import ImageLoadError

    broken = tmp_path / "x.jpg"
    broken.write_bytes(b"junk")
    with pytest.raises(ImageLoadError, match="x.jpg"):
        detector.predict([_picture(64, 64), broken], "cat")


def test_version_is_a_content_fingerprint(detector):
    first = detector.version
    again = load_detector("open_clip:tiny-rn", device="cpu", text_cache_dir=False)
    again.is_trained = True
    assert again.version == first  # seeded random weights: the same model
    with torch.no_grad():
        again.model.logit_bias += 1.0
    again.weights_changed()
    assert again.version != first
    assert detector.name == "open_clip:tiny-rn"


def test_vit_backbone_detector_runs():
    vit = load_detector("open_clip:tiny-vit", device="cpu", text_cache_dir=False)
    out = vit.model(torch.zeros(1, 3, 128, 256), vit.text_embeddings(["cat"]))
    assert out.clip_stride == 16 and out.clip_dense.shape == (1, 64, 8, 16)
    assert vit.predict([_picture(200, 90)], "cat", Thresholds(score_threshold=0.0))[0].xyxy.shape[1] == 4


def test_cpu_fast_path_matches_the_eager_model_and_follows_weight_changes():
    fast = load_detector("open_clip:tiny-rn", device="cpu", text_cache_dir=False, int8_static=False)
    eager = load_detector("open_clip:tiny-rn", device="cpu", text_cache_dir=False, optimize=False)
    for det in (fast, eager):
        det.is_trained = True
    assert eager.inference_model() is eager.model
    folded = fast.inference_model()
    assert folded is not fast.model and not any(isinstance(m, torch.nn.BatchNorm2d) for m in folded.modules())
    pictures = [_picture(300, 170, 4), _picture(90, 200, 5)]
    for a, b in zip(fast.predict_raw(pictures, "cat, dog"), eager.predict_raw(pictures, "cat, dog")):
        np.testing.assert_allclose(a.confidence[:50], b.confidence[:50], atol=1e-4)
        np.testing.assert_allclose(a.xyxy[:50], b.xyxy[:50], atol=1e-2)
    assert fast.inference_model() is folded  # reused while the weights stay the same
    with torch.no_grad():
        fast.model.backbone.visual.bn1.running_mean.add_(1.0)  # changed in place, nobody told
    assert fast.inference_model() is not folded


def test_class_limit_scores_only_the_classes_seen_on_coarse_levels(detector):
    torch.manual_seed(2)
    text = torch.nn.functional.normalize(torch.randn(40, 64), dim=1)
    images = torch.randn(1, 3, 256, 256)
    with torch.no_grad():
        full = detector.model(images, text)
        limited = detector.model(images, text, class_limit=10)
        same = detector.model(images, text, class_limit=40)
    assert same.class_index is None and full.class_index is None
    for a, b in zip(full.cls_logits, same.cls_logits):
        assert torch.equal(a, b)  # vocabularies within the limit are exact
    coarse_best = torch.stack([full.cls_logits[i].amax(dim=(0, 2, 3)) for i in (2, 3, 4)]).amax(dim=0)
    chosen = coarse_best.topk(10).indices.sort().values
    assert torch.equal(limited.class_index, chosen)
    for level in range(5):
        assert torch.allclose(limited.cls_logits[level], full.cls_logits[level][:, chosen], atol=1e-5)
    with pytest.raises(ValueError, match="every class"):
        detector.model.compute_losses(limited, [{"boxes": torch.zeros(0, 4), "labels": torch.zeros(0, dtype=torch.long)}])


def test_class_limited_predictions_keep_vocabulary_ids(detector, monkeypatch):
    names = [f"thing {i}" for i in range(30)]
    picture = _picture(200, 150, 9)
    exact = detector.predict_raw([picture], names)[0]
    monkeypatch.setattr(detector, "class_limit", 5)
    limited = detector.predict_raw([picture], names)[0]
    assert set(limited.class_id.tolist()) <= set(exact.class_id.tolist()) and len(set(limited.class_id)) <= 5
    assert all(names[c] == n for c, n in zip(limited.class_id, limited.data["class_name"]))
    top = exact[exact.class_id == limited.class_id[0]]
    np.testing.assert_allclose(limited.confidence[0], top.confidence[0], atol=1e-5)


def test_unusable_devices_are_clear_errors():
    with pytest.raises(ValueError, match="unknown device 'tpu9'"):
        load_detector("open_clip:tiny-rn", device="tpu9", text_cache_dir=False)
    if not torch.cuda.is_available():
        with pytest.raises(ValueError, match="no usable CUDA GPU"):
            load_detector("open_clip:tiny-rn", device="cuda", text_cache_dir=False)


def test_a_fresh_fused_head_starts_close_to_the_clip_grid(detector):
    fresh = load_detector("open_clip:tiny-rn", device="cpu", text_cache_dir=False)
    text = fresh.text_embeddings(["cat", "dog"])
    images = torch.randn(1, 3, 128, 256)
    with torch.no_grad():
        out = fresh.model(images, text)
        clip_grid = out.clip_dense  # stride 32 = P5: the same grid, no resizing
        agreement = (out.grid_embeddings[2] * clip_grid).sum(dim=1)
        fresh.model.dense_gate.zero_()  # the head's own embedding alone is unrelated to CLIP's
        alone = (fresh.model(images, text).grid_embeddings[2] * clip_grid).sum(dim=1)
    assert agreement.min() > 0.8
    assert alone.abs().mean() < 0.5
