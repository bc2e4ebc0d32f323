"""gridclip.model.factorised_scoring: inference logits equal the explicit grid-embedding path."""

from __future__ import annotations

import math

import numpy as np
import pytest
import torch
import torch.nn.functional as F

from gridclip import load_detector
from gridclip.inference.sources import DEMO_DIR
from gridclip.model.factorised_scoring import resize_matrices, resize_per_channel, resized_squared_norm
from gridclip.model.network import DetectorConfig, GridCLIP


@pytest.mark.parametrize(
    ("source", "size"),
    [((7, 5), (28, 20)), ((7, 5), (14, 10)), ((7, 5), (7, 5)), ((7, 5), (4, 3)), ((7, 5), (2, 1)), ((3, 4), (10, 13))],
    ids=["up4", "up2", "same", "pool", "pool-uneven", "up-fractional"],
)
def test_resized_squared_norm_equals_resizing_every_channel(source, size):
    torch.manual_seed(0)
    dense = F.normalize(torch.randn(2, 48, *source), dim=1)
    explicit = resize_per_channel(dense, size).pow(2).sum(1)
    assert torch.allclose(resized_squared_norm(dense, size), explicit, atol=1e-5)
    uy, ux = resize_matrices(source, size)
    assert torch.allclose(torch.einsum("ia,ncab,jb->ncij", uy, dense, ux), resize_per_channel(dense, size), atol=1e-6)


def _sharpened(model: GridCLIP, seed: int) -> GridCLIP:
    """Random weights big enough that the projection, not the dense residual, decides the
    cosine (a fresh head is built to stay close to CLIP; this must not hide a wrong term)."""
    generator = torch.Generator().manual_seed(seed)
    with torch.no_grad():
        weight = model.cls_embed.weight
        weight.copy_(torch.randn(weight.shape, generator=generator) / math.sqrt(weight.shape[1]))
        model.cls_embed.bias.copy_(0.3 * torch.randn(model.cls_embed.bias.shape, generator=generator))
        for conv in model.cls_tower:
            if isinstance(conv, torch.nn.Conv2d):
                conv.weight.copy_(torch.randn(conv.weight.shape, generator=generator) * 0.1)
        model.dense_gate.fill_(0.7)
    return model.eval()


@pytest.mark.parametrize("fuse", [True, False], ids=["fused", "head-only"])
@pytest.mark.parametrize("class_limit", [None, 4], ids=["all-classes", "class-limited"])
def test_detect_equals_the_explicit_forward(fuse, class_limit):
    detector = load_detector("open_clip:tiny-rn", device="cpu", text_cache_dir=False)
    model = GridCLIP(detector.model.backbone, DetectorConfig(fuse_dense_clip=fuse))
    _sharpened(model, seed=3)
    torch.manual_seed(1)
    text = F.normalize(torch.randn(9, model.embed_dim), dim=1)
    images = torch.randn(2, 3, 160, 224)  # non-square, not a multiple of 128: P6/P7 pool unevenly
    with torch.no_grad():
        explicit = model(images, text, class_limit)
        factorised = model.detect(images, text, class_limit)
    assert factorised.grid_embeddings == []
    if class_limit is None:
        assert factorised.class_index is None
    else:
        assert torch.equal(factorised.class_index, explicit.class_index)
    spread = torch.cat([c.flatten() for c in explicit.cls_logits]).std()
    assert spread > 1.0  # the logits really vary, so agreement below means something
    for a, b in zip(explicit.cls_logits, factorised.cls_logits):
        assert torch.allclose(a, b, atol=1e-3), (a - b).abs().max()
    for a, b in zip(explicit.box_ltrb + explicit.centerness, factorised.box_ltrb + factorised.centerness):
        assert torch.equal(a, b)


def test_demo_predictions_are_unchanged_by_the_factorised_head():
    detector = load_detector("demo", device="cpu", text_cache_dir=False)
    vocabulary = detector.vocabulary
    pictures = sorted((DEMO_DIR.parent / "demo_images").glob("*.png"))[:3]
    model = detector.inference_model()
    batch = detector.prepare(pictures, detector.pad_multiple)
    tensor = batch.tensor.contiguous(memory_format=torch.channels_last)
    text = detector.text_embeddings(vocabulary)
    with torch.no_grad():
        explicit = model(tensor, text, detector.class_limit)
        factorised = model.detect(tensor, text, detector.class_limit)
    for a, b in zip(explicit.cls_logits, factorised.cls_logits):
        assert torch.allclose(a, b, atol=1e-3)
    old = detector._decode_head(explicit, batch, vocabulary)
    new = detector.predict_raw(pictures, vocabulary)
    for a, b in zip(old, new):
        top_a, top_b = a[np.argsort(-a.confidence)][:20], b[np.argsort(-b.confidence)][:20]
        np.testing.assert_allclose(top_a.confidence, top_b.confidence, atol=1e-4)
        np.testing.assert_array_equal(top_a.class_id, top_b.class_id)


def test_detect_runs_under_autocast_and_keeps_its_algebra_in_fp32():
    detector = load_detector("open_clip:tiny-rn", device="cpu", text_cache_dir=False)
    model = _sharpened(GridCLIP(detector.model.backbone, DetectorConfig()), seed=5)
    text = F.normalize(torch.randn(5, model.embed_dim, generator=torch.Generator().manual_seed(2)), dim=1)
    images = torch.randn(1, 3, 128, 192, generator=torch.Generator().manual_seed(3))
    with torch.no_grad():
        reference = model.detect(images, text)
        with torch.autocast("cpu", dtype=torch.bfloat16):
            mixed = model.detect(images, text)
    for a, b in zip(reference.cls_logits, mixed.cls_logits):
        assert b.dtype == torch.float32
        # bf16 towers move the cosine by ~1e-2 (x logit scale 50); a fp16/bf16 Gram would not stay this close
        assert (a - b).abs().max() < 1.5
