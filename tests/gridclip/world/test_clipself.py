"""CLIPSelf on a tiny ViT world CLIP: the dense map learns its own crops' embeddings."""

from __future__ import annotations

import copy

import pytest
import torch

from gridclip.model.backbone import ViTBackbone, build_backbone
from gridclip.world.clip_pretrain import create_world_clip
from gridclip.world.clipself import (
    SelfDistillConfig,
    crop_accuracy,
    crop_agreement,
    dense_box_accuracy,
    self_distill,
)
from gridclip.world.synthetic import draw_scenes

FEW_STEPS = SelfDistillConfig(steps=20, scenes_per_step=4, n_scenes=32, sizes=(128,), lr=1e-3, warmup_steps=5)


@pytest.fixture(scope="module")
def tiny_vit_before_and_after():
    torch.set_num_threads(1)
    before = create_world_clip("tiny-vit", seed=0).eval()
    after = copy.deepcopy(before)
    result = self_distill(after, FEW_STEPS)
    return before, after, result


def test_the_world_vit_dense_map_has_one_cell_per_patch():
    clip = create_world_clip("world-vit-bow", seed=0).eval()
    backbone = build_backbone(clip.visual)
    assert isinstance(backbone, ViTBackbone)
    with torch.no_grad():
        features = backbone(torch.zeros(2, 3, 256, 192))
    assert tuple(features.dense.shape) == (2, 64, 16, 12)
    assert [tuple(level.shape[-2:]) for level in features.levels] == [(32, 24), (16, 12), (8, 6)]


def test_a_crop_pooled_from_the_dense_map_matches_the_crops_own_embedding_better_after_clipself(tiny_vit_before_and_after):
    before, after, _ = tiny_vit_before_and_after
    held_out = list(draw_scenes(10_000, 8))  # never seen by the distillation (world seed 0)
    agreement_before = crop_agreement(before, before, held_out, input_size=128)
    agreement_after = crop_agreement(after, before, held_out, input_size=128)
    assert agreement_after > agreement_before + 0.2, (agreement_before, agreement_after)


def test_clipself_moves_the_image_tower_only_and_its_loss_falls(tiny_vit_before_and_after):
    before, after, result = tiny_vit_before_and_after
    assert len(result.losses) == FEW_STEPS.steps
    assert sum(result.losses[-5:]) < sum(result.losses[:5])
    text_before = {k: v for k, v in before.state_dict().items() if not k.startswith("visual.")}
    text_after = {k: v for k, v in after.state_dict().items() if not k.startswith("visual.")}
    assert all(torch.equal(text_before[k], text_after[k]) for k in text_before)
    assert not torch.equal(before.visual.proj, after.visual.proj)
    flags_before = [p.requires_grad for p in before.parameters()]
    assert [p.requires_grad for p in after.parameters()] == flags_before  # handed back as it came


def test_the_paper_measurements_report_by_split(tiny_vit_before_and_after):
    _, after, _ = tiny_vit_before_and_after
    dense = dense_box_accuracy(after, "tiny-vit", input_size=128, n_scenes=6)
    crops = crop_accuracy(after, "tiny-vit", n_scenes=6)
    assert dense["grid_side"] == 8 and dense["input_size"] == 128
    for report in (dense, crops):
        assert report["n_base"] + report["n_novel"] > 0
        assert 0.0 <= report["class_accuracy"] <= 1.0


@pytest.mark.parametrize("settings", [{"steps": 0}, {"sizes": ()}, {"sizes": (16,)}, {"max_side": 0}])
def test_bad_settings_are_refused(settings):
    with pytest.raises(ValueError):
        SelfDistillConfig(**settings)
