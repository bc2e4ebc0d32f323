"""gridclip.model.backbone: CLIP towers give C3-C5 and dense CLIP embeddings (MaskCLIP / CLIPSelf)."""

from __future__ import annotations

import open_clip
import pytest
import torch

from gridclip.inference.sources import register_model_configs
from gridclip.model.backbone import (
    BackboneError,
    ResNetBackbone,
    ViTBackbone,
    build_backbone,
    resize_positional_embedding,
)


@pytest.fixture(scope="module")
def tiny_rn():
    register_model_configs()
    torch.manual_seed(0)
    return open_clip.create_model("tiny-rn").eval()


def test_resnet_levels_and_dense_shapes(tiny_rn):
    backbone = build_backbone(tiny_rn.visual)
    assert isinstance(backbone, ResNetBackbone)
    feats = backbone(torch.randn(2, 3, 128, 384))
    assert [tuple(t.shape) for t in feats.levels] == [(2, 128, 16, 48), (2, 256, 8, 24), (2, 512, 4, 12)]
    assert backbone.out_channels == [128, 256, 512]
    assert feats.dense.shape == (2, 64, 4, 12)


def test_maskclip_dense_embeddings_average_to_the_attention_pool_output(tiny_rn):
    """With zero query/key weights the attention pool attends uniformly, so its output is the
    mean over [mean token, cells] of c_proj(v_proj(token + pos)) - the dense path exactly."""
    import copy

    visual = copy.deepcopy(tiny_rn.visual)
    pool = visual.attnpool
    with torch.no_grad():
        for proj in (pool.q_proj, pool.k_proj):
            proj.weight.zero_()
            proj.bias.zero_()
    backbone = ResNetBackbone(visual)
    images = torch.randn(1, 3, 128, 128)  # the native 4x4 grid: no positional resizing
    with torch.no_grad():
        feats = backbone(images)
        pooled = visual(images)
        c5 = feats.levels[2]
        mean_token = c5.mean(dim=(2, 3))
        mean_embedding = pool.c_proj(pool.v_proj(mean_token + pool.positional_embedding[0]))
        cells = feats.dense.flatten(2).sum(dim=2)
        expected = (mean_embedding + cells) / (c5.shape[2] * c5.shape[3] + 1)
    assert torch.allclose(pooled, expected, atol=1e-4)


def test_positional_embedding_resizing():
    pos = torch.randn(16, 8)
    assert resize_positional_embedding(pos, (4, 4), (4, 4)) is pos
    bigger = resize_positional_embedding(pos, (4, 4), (8, 2))
    assert bigger.shape == (16, 8)
    constant = torch.ones(16, 8)
    assert torch.allclose(resize_positional_embedding(constant, (4, 4), (6, 10)), torch.ones(60, 8), atol=1e-5)


def test_frozen_by_default_trainable_on_request_and_batchnorm_stays_frozen(tiny_rn):
    import copy

    frozen = build_backbone(copy.deepcopy(tiny_rn.visual))
    assert not any(p.requires_grad for p in frozen.parameters())
    frozen.train()
    assert not frozen.visual.training
    trainable = build_backbone(copy.deepcopy(tiny_rn.visual), trainable=True)
    trainable.train()
    assert all(p.requires_grad for p in trainable.parameters())
    assert trainable.visual.training and not trainable.visual.bn1.training
    before = trainable.visual.bn1.running_mean.clone()
    trainable(torch.randn(2, 3, 128, 128) * 5).dense.sum().backward()
    assert torch.equal(before, trainable.visual.bn1.running_mean)
    assert trainable.visual.layer4[0].conv1.weight.grad is not None


def test_vit_pyramid_and_dense_path():
    register_model_configs()
    torch.manual_seed(0)
    clip = open_clip.create_model("tiny-vit").eval()
    backbone = build_backbone(clip.visual)
    assert isinstance(backbone, ViTBackbone) and backbone.dense_stride == 16
    images = torch.randn(1, 3, 128, 256)
    with torch.no_grad():
        feats = backbone(images)
        assert [tuple(t.shape[-2:]) for t in feats.levels] == [(16, 32), (8, 16), (4, 8)]
        assert feats.dense.shape == (1, 64, 8, 16)
        # The last block's attention is skipped, so a patch's dense embedding does not depend
        # on the other patches' values at the last block: check against a hand-made path.
        v = clip.visual
        x = v.conv1(images).flatten(2).transpose(1, 2)
        x = torch.cat([v.class_embedding.expand(1, 1, -1), x], dim=1)
        pos = torch.cat([v.positional_embedding[:1], resize_positional_embedding(v.positional_embedding[1:], (8, 8), (8, 16))])
        x = v.ln_pre(x + pos)
        x = v.transformer.resblocks[0](x)
        last = v.transformer.resblocks[1]
        value = torch.nn.functional.linear(last.ln_1(x), last.attn.in_proj_weight[128:], last.attn.in_proj_bias[128:])
        x = x + last.attn.out_proj(value)
        x = x + last.mlp(last.ln_2(x))
        expected = (v.ln_post(x[:, 1:]) @ v.proj).transpose(1, 2).reshape(1, 64, 8, 16)
    assert torch.allclose(feats.dense, expected, atol=1e-4)


def test_unsupported_tower_is_a_clear_error():
    with pytest.raises(BackboneError, match="unsupported CLIP image tower"):
        build_backbone(torch.nn.Linear(2, 2))
