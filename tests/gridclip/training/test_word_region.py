"""DetCLIPv2's word-region loss on GridCLIP's grid cells (gridclip/training/word_region.py)."""

from __future__ import annotations

import math

import pytest
import torch
import torch.nn.functional as F

from gridclip import load_detector
from gridclip.model.backbone import BackboneFeatures
from gridclip.model.network import STRIDES, DetectorConfig, GridCLIP
from gridclip.training.step import TrainingStep
from gridclip.training.word_region import (
    TagTargets,
    max_region_cosines,
    picture_text_similarity,
    valid_cell_masks,
    word_region_contrastive_loss,
)


def _model(seed: int = 0, fuse: bool = True) -> GridCLIP:
    detector = load_detector("open_clip:tiny-rn", device="cpu", text_cache_dir=False)
    torch.manual_seed(seed)
    model = GridCLIP(detector.model.backbone, DetectorConfig(fuse_dense_clip=fuse))
    with torch.no_grad():  # a head far enough from the dense residual for the towers to matter
        model.cls_embed.weight.normal_(0, 1 / math.sqrt(model.cls_embed.weight.shape[1]))
    model.set_trainable_backbone(False)
    return model.train()


def _scenes(model: GridCLIP, count: int, size: tuple[int, int], seed: int) -> BackboneFeatures:
    """Backbone features of ``count`` scenes: a shared background, each scene with its own object
    (a feature vector of its own added to every level, dense CLIP map included, in one patch).
    The tiny random CLIP tower sees little difference between pictures of noise, so the
    scenes are made in feature space, where the head and the loss live."""
    generator = torch.Generator().manual_seed(seed)
    with torch.no_grad():
        background = model.backbone_features(torch.randn(1, 3, *size, generator=generator))
    levels = [t.repeat(count, 1, 1, 1) for t in background.levels]
    dense = background.dense.repeat(count, 1, 1, 1)
    for i in range(count):
        fy, fx = float(torch.rand(1, generator=generator)) * 0.5, float(torch.rand(1, generator=generator)) * 0.5
        for t in [*levels, dense]:
            height, width = t.shape[-2:]
            y0, x0 = int(fy * height), int(fx * width)
            y1, x1 = max(y0 + 1, int((fy + 0.4) * height)), max(x0 + 1, int((fx + 0.4) * width))
            t[i, :, y0:y1, x0:x1] += 3 * t.std() * torch.randn(t.shape[1], 1, 1, generator=generator)
    return BackboneFeatures(levels, dense)


def _tag_group(model: GridCLIP, tags: list[TagTargets], size=(96, 128), fitted=None, seed: int = 1) -> dict:
    fitted = fitted or [(size[1], size[0])] * len(tags)
    return {"count": len(tags), "features": _scenes(model, len(tags), size, seed), "images": None, "tags": tags,
            "fitted": fitted, "targets": None, "alignment": None}


def _max_cos(model: GridCLIP, group: dict, text: torch.Tensor) -> torch.Tensor:
    with torch.no_grad():
        cosines = model.grid_cosines(group["features"], text, factorised=False)
        masks = valid_cell_masks([tuple(c.shape[-2:]) for c in cosines], STRIDES, group["fitted"])
        return max_region_cosines(cosines, masks)


TAGS = [TagTargets((0,)), TagTargets((1,)), TagTargets((2,)), TagTargets((0, 3))]


def test_a_tag_pulls_its_words_best_region_towards_it_and_away_from_other_tags():
    model = _model()
    # Only the classifier's end trains (the last tower conv and the projection): enough to move
    # the grid embeddings, and a few seconds on a CPU.
    for name, parameter in model.named_parameters():
        parameter.requires_grad_(name.startswith(("cls_embed", f"cls_tower.{len(model.cls_tower) - 3}")))
    text = F.normalize(torch.randn(4, model.embed_dim, generator=torch.Generator().manual_seed(3)), dim=1)
    group = _tag_group(model, TAGS, size=(64, 64))
    step = TrainingStep(model, None, tag_temperature=0.1)
    optimizer = torch.optim.Adam([p for p in model.parameters() if p.requires_grad], lr=5e-2)

    before = _max_cos(model, group, text)
    for _ in range(20):
        optimizer.zero_grad()
        losses = step([group], text)
        assert set(losses) == {"loss", "loss_tags"}
        losses["loss"].backward()
        optimizer.step()
    after = _max_cos(model, group, text)

    for i, tags in enumerate(TAGS):
        for c in tags.present:
            assert after[i, c] > before[i, c] + 0.05, (i, c, float(before[i, c]), float(after[i, c]))
    texts = [t.present for t in TAGS]
    # The texts that are negatives of a picture: those not true of it ("0" is true of "0, 3").
    negative = torch.tensor([[not set(text) <= set(t.present) for text in texts] for t in TAGS])

    def margins(max_cos: torch.Tensor) -> torch.Tensor:
        similarity = picture_text_similarity(max_cos, texts)
        return similarity.diagonal() - similarity.masked_fill(~negative, float("-inf")).amax(dim=1)

    assert (margins(after) > 0.1).all(), picture_text_similarity(after, texts)
    # Not true of the untrained head: the steps made it so.
    assert not (margins(before) > 0.1).all()


def test_factorised_tag_step_equals_the_explicit_one():
    model = _model(seed=2)
    text = F.normalize(torch.randn(4, model.embed_dim, generator=torch.Generator().manual_seed(4)), dim=1)
    # The second picture is letterboxed: its padding cells must not be regions on either path.
    group = _tag_group(model, TAGS[:2], size=(96, 160), fitted=[(160, 96), (100, 96)])
    results = []
    for factorised in (False, True):
        model.zero_grad(set_to_none=True)
        loss = TrainingStep(model, None, factorised=factorised)([group], text)["loss_tags"]
        loss.backward()
        results.append((loss.detach(), {n: p.grad.clone() for n, p in model.named_parameters() if p.grad is not None}))
    (explicit, explicit_grads), (factorised, grads) = results
    assert torch.allclose(explicit, factorised, rtol=1e-4, atol=1e-5)
    assert set(grads) == set(explicit_grads) and "cls_embed.weight" in grads
    for name, value in explicit_grads.items():
        assert (grads[name] - value).abs().max() <= 1e-3 * value.abs().max().clamp_min(1e-8), name


def test_padding_cells_are_not_regions():
    masks = valid_cell_masks([(4, 4), (1, 1)], [8, 32], [(16, 32), (32, 8)])
    assert masks[0][0].sum() == 8 and masks[0][0][:, :2].all() and not masks[0][0][:, 2:].any()
    assert masks[0][1].sum() == 4 and masks[0][1][0].all()
    assert masks[1].all()  # a level coarser than the picture keeps its one cell
    cos = torch.zeros(1, 1, 4, 4)
    cos[0, 0, 0, 3] = 0.9  # the best cosine sits on padding
    cos[0, 0, 1, 1] = 0.4
    assert float(max_region_cosines([cos], [masks[0][:1]])[0, 0]) == pytest.approx(0.4)


def test_pictures_with_the_same_tags_are_not_each_others_negatives():
    max_cos = torch.tensor([[0.9, 0.0], [0.9, 0.0], [0.0, 0.9]])
    same = [TagTargets((0,)), TagTargets((0,)), TagTargets((1,))]
    # Were the duplicates negatives of each other, each would score 0.9 against a "wrong" text.
    assert float(word_region_contrastive_loss(max_cos, same, temperature=0.1)) < 0.01


def test_absent_classes_are_negatives_of_their_picture():
    max_cos = torch.tensor([[0.5, 0.6, 0.0], [0.0, 0.0, 0.5]], requires_grad=True)
    tags = [TagTargets((0,), absent=(1,)), TagTargets((2,))]
    with_absent = word_region_contrastive_loss(max_cos, tags, temperature=0.1)
    without = word_region_contrastive_loss(max_cos, [TagTargets((0,)), TagTargets((2,))], temperature=0.1)
    assert with_absent > without + 0.3
    with_absent.backward()
    assert max_cos.grad[0, 1] > 0  # descending lowers the absent class's best region


def test_bad_tags_are_refused():
    with pytest.raises(ValueError, match="at least one class"):
        TagTargets(())
    with pytest.raises(ValueError, match="both present and absent"):
        TagTargets((1, 2), absent=(2,))


def test_tag_regions_can_be_the_finest_levels_only():
    model = _model(seed=5)
    text = F.normalize(torch.randn(4, model.embed_dim, generator=torch.Generator().manual_seed(6)), dim=1)
    group = _tag_group(model, TAGS[:3], size=(64, 64))
    with torch.no_grad():
        finest = TrainingStep(model, None, tag_levels=1)([group], text)["loss_tags"]
        every = TrainingStep(model, None)([group], text)["loss_tags"]
        cosines = model.grid_cosines(group["features"], text, factorised=True)[:1]
        masks = valid_cell_masks([tuple(c.shape[-2:]) for c in cosines], STRIDES, group["fitted"])
        expected = word_region_contrastive_loss(max_region_cosines(cosines, masks), TAGS[:3])
    assert torch.allclose(finest, expected, atol=1e-6)
    assert not torch.allclose(finest, every)
