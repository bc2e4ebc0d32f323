"""CPU training's factorised step computes the explicit step's losses and gradients.

``TrainingStep(factorised=True)`` scores the grid in the towers' F channels
(``GridCLIP.forward_factorised``) and pools image-level alignment crops from embeddings rebuilt
at the sampled cells only (``GridCLIP.grid_embeddings_at``, ``alignment.pool_grid_cells``);
``factorised=False`` builds every [B, D, H, W] grid map. Same model, same batch: every loss
and every parameter's gradient must agree up to float rounding.
"""

from __future__ import annotations

import math

import pytest
import torch
import torch.nn.functional as F

from gridclip import load_detector
from gridclip.model.network import DetectorConfig, GridCLIP
from gridclip.training.alignment import (
    AlignmentConfig,
    AlignmentTargets,
    CLIPTeacher,
    ImageLevelAlignment,
    crops_for,
    fractions_to_pixels,
    pool_grid_cells,
    pool_grid_embeddings,
)
from gridclip.training.step import TrainingStep, _GridCells


def _model(fuse: bool, seed: int) -> GridCLIP:
    """A tiny GridCLIP whose projection and towers are big enough to matter next to the dense
    residual (a fresh head stays close to CLIP, which could hide a wrong term)."""
    detector = load_detector("open_clip:tiny-rn", device="cpu", text_cache_dir=False)
    model = GridCLIP(detector.model.backbone, DetectorConfig(fuse_dense_clip=fuse))
    generator = torch.Generator().manual_seed(seed)
    with torch.no_grad():
        weight = model.cls_embed.weight
        weight.copy_(torch.randn(weight.shape, generator=generator) / math.sqrt(weight.shape[1]))
        model.cls_embed.bias.copy_(0.3 * torch.randn(model.cls_embed.bias.shape, generator=generator))
        for tower in (model.cls_tower, model.box_tower):
            for conv in tower:
                if isinstance(conv, torch.nn.Conv2d):
                    conv.weight.copy_(torch.randn(conv.weight.shape, generator=generator) * 0.1)
        if fuse:
            model.dense_gate.fill_(0.7)
    model.set_trainable_backbone(False)
    return model.train()


def _batch(model: GridCLIP, mode: str, size: tuple[int, int]) -> tuple[list[dict], torch.Tensor, ImageLevelAlignment]:
    torch.manual_seed(2)
    height, width = size
    images = torch.randn(2, 3, height, width)
    features = model.backbone_features(images)
    text = F.normalize(torch.randn(5, model.embed_dim), dim=1)
    targets = [
        {"boxes": torch.tensor([[8.0, 10.0, 70.0, 90.0], [100.0, 20.0, 150.0, 60.0]]), "labels": torch.tensor([1, 3])},
        {"boxes": torch.tensor([[30.0, 40.0, 120.0, 110.0]]), "labels": torch.tensor([0])},
    ]
    config = AlignmentConfig(mode=mode, max_random_side=5)  # type: ignore[arg-type]
    teacher = CLIPTeacher(lambda x: x.mean(dim=(2, 3)), image_size=8, fingerprint="unused")
    alignment = ImageLevelAlignment(teacher, config, seed=4)
    generator = torch.Generator().manual_seed(5)
    fractions = [crops_for(config, generator)[1] for _ in range(2)]
    # The second picture is letterboxed (its content narrower than the padded input).
    fitted = [(width, height), (width - 40, height)]
    boxes = [fractions_to_pixels(f, w, h) for f, (w, h) in zip(fractions, fitted)]
    embeddings = [F.normalize(torch.randn(f.shape[0], model.embed_dim), dim=1) for f in fractions]
    group = {"count": 2, "targets": targets, "features": features, "images": None,
             "alignment": (AlignmentTargets(fractions, embeddings), boxes)}
    return [group], text, alignment


def _losses_and_grads(model: GridCLIP, step: TrainingStep, groups, text) -> tuple[dict, dict]:
    model.zero_grad(set_to_none=True)
    losses = step(groups, text)
    losses["loss"].backward()
    grads = {name: p.grad.clone() for name, p in model.named_parameters() if p.grad is not None}
    return {k: v.detach() for k, v in losses.items()}, grads


@pytest.mark.parametrize("fuse", [True, False], ids=["fused", "head-only"])
@pytest.mark.parametrize(("mode", "size"), [("grid", (160, 224)), ("random", (256, 192))], ids=["grid", "random"])
def test_factorised_step_equals_the_explicit_step(fuse, mode, size):
    model = _model(fuse, seed=3)
    groups, text, alignment = _batch(model, mode, size)
    explicit_losses, explicit_grads = _losses_and_grads(model, TrainingStep(model, alignment), groups, text)
    losses, grads = _losses_and_grads(model, TrainingStep(model, alignment, factorised=True), groups, text)

    assert set(losses) == set(explicit_losses) == {"loss", "loss_cls", "loss_box", "loss_ctr", "loss_align"}
    for name, value in explicit_losses.items():
        assert torch.allclose(losses[name], value, rtol=1e-5, atol=1e-6), (name, float(losses[name]), float(value))
    assert set(grads) == set(explicit_grads)
    assert "cls_embed.weight" in grads and ("dense_gate" in grads) == fuse
    for name, value in explicit_grads.items():
        scale = value.abs().max().clamp_min(1e-8)
        error = (grads[name] - value).abs().max() / scale
        assert error < 1e-4, (name, float(error))


@pytest.mark.parametrize("fuse", [True, False], ids=["fused", "head-only"])
def test_pooled_cells_equal_roi_align_on_the_whole_maps(fuse):
    """Alone: crops on several levels (small ones on P3, the whole picture on P5), uneven
    levels (P6/P7 of a 160 x 224 input), boxes touching the border."""
    model = _model(fuse, seed=6).eval()
    torch.manual_seed(7)
    with torch.no_grad():
        features = model.backbone_features(torch.randn(2, 3, 160, 224))
        text = F.normalize(torch.randn(3, model.embed_dim), dim=1)
        explicit = model.forward_from_features(features, text)
        factorised = model.forward_factorised(features, text)
    boxes = [torch.tensor([[0.0, 0.0, 224.0, 160.0], [3.5, 7.0, 40.0, 33.0], [180.0, 120.0, 224.0, 160.0]]),
             torch.tensor([[50.0, 20.0, 170.0, 150.0], [0.0, 100.0, 20.0, 160.0]])]
    maps = {f"p{i + 3}": g for i, g in enumerate(explicit.grid_embeddings)}
    with torch.no_grad():
        expected = pool_grid_embeddings(maps, boxes, (160, 224))
        pooled = pool_grid_cells(_GridCells(model, factorised), boxes, (160, 224))
    assert pooled.shape == expected.shape == (5, model.embed_dim)
    assert torch.allclose(pooled, expected, atol=1e-5)
    for level, grid in enumerate(explicit.grid_embeddings):
        height, width = grid.shape[-2:]
        image = torch.tensor([0, 1, 1, 0])
        cell = torch.tensor([0, height * width - 1, width + 1, (height // 2) * width + width // 2])
        rebuilt = model.grid_embeddings_at(factorised, level, image, cell)
        assert torch.allclose(rebuilt, grid.flatten(2)[image, :, cell], atol=1e-5), level
    for level, (a, b) in enumerate(zip(factorised.cls_logits, explicit.cls_logits)):
        assert torch.allclose(a, b, atol=1e-3), level


def test_boxes_off_the_maps_pool_to_zero_like_roi_align():
    model = _model(True, seed=8).eval()
    with torch.no_grad():
        features = model.backbone_features(torch.randn(1, 3, 128, 128))
        text = F.normalize(torch.randn(2, model.embed_dim), dim=1)
        explicit = model.forward_from_features(features, text)
        factorised = model.forward_factorised(features, text)
        boxes = [torch.tensor([[400.0, 400.0, 500.0, 480.0], [0.0, 0.0, 64.0, 64.0]])]
        maps = {f"p{i + 3}": g for i, g in enumerate(explicit.grid_embeddings)}
        expected = pool_grid_embeddings(maps, boxes, (128, 128))
        assert torch.allclose(pool_grid_cells(_GridCells(model, factorised), boxes, (128, 128)), expected, atol=1e-5)
        assert expected[0].abs().max() == 0
        alone = pool_grid_cells(_GridCells(model, factorised), [boxes[0][:1]], (128, 128))
        assert alone.shape == (1, model.embed_dim) and alone.abs().max() == 0
