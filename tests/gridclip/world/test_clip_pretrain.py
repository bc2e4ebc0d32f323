"""The world CLIP: contrastive batches are consistent, its weights load through the product's
model resolver, and a fresh head's bias is calibrated to the focal prior."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest
import torch

from gridclip.world.clip_pretrain import (
    PretrainConfig,
    _batches,
    _epoch_pairs,
    calibrate_logit_bias,
    pretrain_clip,
    save_clip,
)
from gridclip.world.synthetic import draw_scenes, world_vocabulary


def test_batches_never_repeat_content_and_keep_every_pair_once() -> None:
    scenes = list(draw_scenes(0, 30))
    pairs = _epoch_pairs(scenes, np.random.default_rng(0), crops_per_scene=3)
    batches = _batches(pairs, 16, np.random.default_rng(1))
    for batch in batches:
        keys = [p[2] for p in batch]
        assert len(keys) == len(set(keys))
    assert sum(len(b) for b in batches) <= len(pairs)
    assert sum(len(b) for b in batches) >= len(pairs) - 16  # only a last, too-small leftover is dropped


def test_pretraining_is_deterministic_and_loads_as_a_model_source(tmp_path: Path) -> None:
    cfg = PretrainConfig(n_scenes=6, epochs=1, batch_size=6, crops_per_scene=1, seed=3)
    first, second = pretrain_clip(cfg), pretrain_clip(cfg)
    assert first.losses == second.losses
    for (name, a), (_, b) in zip(first.model.state_dict().items(), second.model.state_dict().items()):
        assert torch.equal(a, b), name
    path = save_clip(first.model, tmp_path / "clip.pt")

    from gridclip.inference.sources import load_detector

    detector = load_detector(f"open_clip:world-rn={path}", device="cpu", text_cache_dir=False)
    assert not detector.is_trained
    visual = dict(first.model.visual.state_dict())
    loaded = dict(detector.clip.visual.state_dict())
    assert all(torch.equal(visual[k], loaded[k]) for k in visual)


def test_bad_pretrain_config_is_refused() -> None:
    with pytest.raises(ValueError, match="batch_size"):
        PretrainConfig(batch_size=1)
    with pytest.raises(ValueError, match="n_scenes"):
        PretrainConfig(n_scenes=0)


def test_bias_calibration_puts_the_average_cell_at_the_prior() -> None:
    from gridclip.inference.sources import load_detector

    detector = load_detector("open_clip:world-rn", device="cpu", text_cache_dir=False)
    vocab = world_vocabulary("base")
    images = [s.image for s in draw_scenes(0, 2)]
    calibrate_logit_bias(detector, images, vocab)
    model = detector.model
    with torch.no_grad():
        out = model(detector.prepare(images).tensor, detector.text_embeddings(vocab))
        logits = torch.cat([c.flatten() for c in out.cls_logits])
    prior = model.config.prior_probability
    assert abs(float(logits.mean()) - np.log(prior / (1 - prior))) < 1e-3
    trained = detector
    trained.is_trained = True
    with pytest.raises(ValueError, match="already trained"):
        calibrate_logit_bias(trained, images, vocab)


# -- dense losses -------------------------------------------------------------------------------

from gridclip.world.clip_pretrain import (  # noqa: E402
    DenseLosses,
    dense_region_accuracy,
    pool_regions,
    region_caption_loss,
    self_distillation_loss,
)


def _descend(dense: torch.Tensor, loss_of, steps: int = 60, lr: float = 1.0) -> list[float]:
    """Plain gradient descent on a dense map; returns the losses seen."""
    optimizer = torch.optim.SGD([dense], lr=lr)
    seen = []
    for _ in range(steps):
        loss = loss_of(dense)
        optimizer.zero_grad()
        loss.backward()
        optimizer.step()
        seen.append(float(loss.detach()))
    return seen


def test_distillation_pulls_the_region_where_the_teacher_crop_is_and_leaves_the_rest() -> None:
    torch.manual_seed(0)
    dense = torch.randn(1, 8, 4, 4, requires_grad=True)
    before = dense.detach().clone()
    target = torch.nn.functional.normalize(torch.randn(1, 8), dim=-1)
    top_left = [np.array([[0.0, 0.0, 0.5, 0.5]], dtype=np.float32)]  # cells (0..1, 0..1) of a 128 px input
    losses = _descend(dense, lambda d: self_distillation_loss(d, top_left, [target], input_size=128, stride=32))
    assert losses[-1] < 0.05 < losses[0]
    pooled = torch.nn.functional.normalize(pool_regions(dense.detach(), [torch.tensor([[0.0, 0.0, 64.0, 64.0]])], 32), dim=-1)
    assert float(pooled @ target.T) > 0.95
    assert torch.equal(dense.detach()[..., 2:, 2:], before[..., 2:, 2:])  # far cells untouched


def test_region_caption_loss_teaches_the_cells_under_a_box_its_class() -> None:
    scene = next(iter(draw_scenes(0, 1, class_ids=[7], n_objects=1)))  # one green square
    torch.manual_seed(0)
    text = torch.nn.functional.normalize(torch.randn(48, 8), dim=-1)
    dense = torch.randn(1, 8, 6, 6, requires_grad=True)
    losses = _descend(dense, lambda d: region_caption_loss(d, [scene], 1.0, 32, text, torch.tensor(10.0)))
    assert losses[-1] < 0.5 * losses[0]
    box = torch.tensor([scene.objects[0].xyxy])
    assert int((pool_regions(dense.detach(), [box], 32) @ text.T).argmax()) == 7


def test_dense_pretraining_lowers_distillation_on_a_tiny_model() -> None:
    cfg = PretrainConfig(n_scenes=4, epochs=1, batch_size=4, dense_batch=2, dense_sizes=(128,), distill_weight=1.0)
    from gridclip.world.clip_pretrain import create_world_clip

    model = create_world_clip(seed=0)
    import open_clip

    losses = DenseLosses(model, open_clip.get_tokenizer("world-rn"), cfg, image_size=128)
    losses.freeze_teacher()
    with torch.no_grad():  # perturb the student so it starts away from its teacher
        for p in model.visual.attnpool.v_proj.parameters():
            p.add_(0.5 * torch.randn_like(p))
    scenes = [s for s in draw_scenes(0, 4) if s.objects][:2]
    optimizer = torch.optim.Adam(model.visual.parameters(), lr=3e-3)
    seen = []
    for _ in range(8):
        loss = losses(scenes, np.random.default_rng(0))["distill"]  # same crops every step
        optimizer.zero_grad()
        loss.backward()
        optimizer.step()
        seen.append(float(loss.detach()))
    assert seen[-1] < 0.7 * seen[0]


def test_dense_pretraining_is_deterministic_and_reports_every_term() -> None:
    cfg = PretrainConfig(n_scenes=6, epochs=1, batch_size=6, crops_per_scene=1, closeups_per_scene=1, dense_batch=2,
                         dense_sizes=(128, 192), region_weight=1.0, distill_weight=1.0, distill_start=0.0, seed=1)
    first, second = pretrain_clip(cfg), pretrain_clip(cfg)
    assert first.terms == second.terms
    assert set(first.terms[0]) == {"clip", "region", "distill"}


def test_dense_region_accuracy_reports_splits_and_attributes() -> None:
    from gridclip.inference.sources import load_detector

    detector = load_detector("open_clip:world-rn", device="cpu", text_cache_dir=False)
    report = dense_region_accuracy(detector, n_scenes=3)
    assert report["n_base"] + report["n_novel"] > 0
    assert 0.0 <= report["class_accuracy"] <= report["colour_accuracy"] <= 1.0
    assert report["grid_side"] == 8  # 192 px scenes letterboxed to the world detector's 256


def test_the_one_layer_text_world_clip_goes_through_the_products_text_path(tmp_path: Path) -> None:
    """``world-rn-t1`` (a one-layer text tower) is a plain open_clip config: the detector embeds
    its class texts through the same resolver and ``TextEmbedder`` as for real CLIP weights."""
    cfg = PretrainConfig(arch="world-rn-t1", n_scenes=4, epochs=1, batch_size=4, crops_per_scene=1)
    result = pretrain_clip(cfg)
    path = save_clip(result.model, tmp_path / "clip.pt")
    from gridclip.inference.sources import load_detector

    detector = load_detector(f"open_clip:world-rn-t1={path}", device="cpu", text_cache_dir=False)
    text = detector.text_embeddings(world_vocabulary("novel"))
    assert text.shape == (14, 64) and torch.allclose(text.norm(dim=-1), torch.ones(14), atol=1e-4)


def test_the_bag_of_words_world_clip_round_trips_through_the_products_doors(tmp_path: Path) -> None:
    """``world-bow`` (our bag-of-words text tower) is built by the one resolver: pretrained, saved,
    loaded as ``open_clip:world-bow=PATH``, saved as a detector checkpoint and loaded again, it
    gives the same text embeddings; word order does not matter to it, words do."""
    from gridclip.inference.sources import load_detector
    from gridclip.model.bag_of_words import BagOfWordsCLIP

    result = pretrain_clip(PretrainConfig(arch="world-bow", n_scenes=4, epochs=1, batch_size=4, crops_per_scene=1))
    assert isinstance(result.model, BagOfWordsCLIP) and len(result.model.transformer.resblocks) == 0
    path = save_clip(result.model, tmp_path / "clip.pt")
    detector = load_detector(f"open_clip:world-bow={path}", device="cpu", text_cache_dir=False)
    vocab = world_vocabulary("novel")
    text = detector.text_embeddings(vocab)
    assert text.shape == (14, 64) and torch.allclose(text.norm(dim=-1), torch.ones(14), atol=1e-4)
    tokens = detector.tokenizer(["a red square.", "a square red.", "a red circle."])
    with torch.no_grad():
        same, swapped, other = detector.clip.encode_text(tokens)
    assert torch.allclose(same, swapped, atol=1e-6) and not torch.allclose(same, other, atol=1e-3)

    detector.save(tmp_path / "ck", vocabulary=vocab)
    again = load_detector(str(tmp_path / "ck"), device="cpu", text_cache_dir=False)
    assert isinstance(again.clip, BagOfWordsCLIP)
    assert torch.allclose(again.text_embeddings(vocab), text, atol=1e-6)


def test_an_unknown_text_tower_in_a_model_config_is_refused() -> None:
    import open_clip

    from gridclip.inference.sources import ModelSourceError, build_clip, register_model_configs

    register_model_configs()
    cfg = dict(open_clip.get_model_config("world-bow"), text_tower="lstm")
    with pytest.raises(ModelSourceError, match="unknown text_tower 'lstm'"):
        build_clip(cfg)


# -- labels as captions -------------------------------------------------------------------------


def test_close_up_pairs_carry_their_class_and_other_pairs_none() -> None:
    scenes = list(draw_scenes(0, 10))
    pairs = _epoch_pairs(scenes, np.random.default_rng(0), crops_per_scene=1, closeups_per_scene=2, greyscale_per_scene=1)
    labelled = [p for p in pairs if p[3] >= 0]
    assert labelled and all(p[2] == (p[3],) for p in labelled)  # only single-object pairs, labelled with that object
    assert all(p[3] == -1 for p in pairs if len(p[2]) != 1 or p[2][0] < 0)


def test_label_text_loss_scores_close_ups_against_every_class_text() -> None:
    from gridclip.world.clip_pretrain import label_text_loss

    torch.manual_seed(0)
    text = torch.nn.functional.normalize(torch.randn(48, 8), dim=-1)
    feats = torch.nn.functional.normalize(torch.randn(3, 8), dim=-1)
    labels = torch.tensor([5, -1, 40])
    expected = torch.nn.functional.cross_entropy(10.0 * feats[[0, 2]] @ text.T, torch.tensor([5, 40]))
    assert torch.allclose(label_text_loss(feats, labels, text, torch.tensor(10.0)), expected)
    assert float(label_text_loss(feats, torch.tensor([-1, -1, -1]), text, torch.tensor(10.0))) == 0.0


def test_label_text_weight_zero_leaves_the_old_loss_and_a_weight_adds_the_term() -> None:
    base = dict(n_scenes=6, epochs=1, batch_size=8, crops_per_scene=1, closeups_per_scene=2, seed=4)
    off = pretrain_clip(PretrainConfig(**base))
    on = pretrain_clip(PretrainConfig(**base, label_text_weight=0.5))
    assert all(set(t) == {"clip"} for t in off.terms)
    assert off.losses == [t["clip"] for t in off.terms]
    assert all(set(t) == {"clip", "label_text"} for t in on.terms)
    # same batches, same weights before the first update: the same contrastive term, plus the new one
    assert on.terms[0]["clip"] == off.terms[0]["clip"]
    assert on.losses[0] == pytest.approx(on.terms[0]["clip"] + 0.5 * on.terms[0]["label_text"], rel=1e-5)
    assert on.terms[0]["label_text"] > 0
    with pytest.raises(ValueError, match="label_text_weight"):
        PretrainConfig(label_text_weight=-1.0)


def test_label_crops_join_the_label_text_term_and_need_it() -> None:
    from gridclip.world.clip_pretrain import label_crop_stream

    base = dict(n_scenes=6, epochs=1, batch_size=8, crops_per_scene=1, closeups_per_scene=2, seed=4, label_text_weight=0.5)
    alone = pretrain_clip(PretrainConfig(**base))
    with_crops = pretrain_clip(PretrainConfig(**base, label_crops_per_step=16))
    # the crops come from their own stream: the contrastive batches and their first loss are untouched
    assert with_crops.terms[0]["clip"] == alone.terms[0]["clip"]
    assert with_crops.terms[0]["label_text"] != alone.terms[0]["label_text"]
    with pytest.raises(ValueError, match="label_text_weight"):
        PretrainConfig(label_crops_per_step=8)
    with pytest.raises(ValueError, match="label_crops_per_step"):
        PretrainConfig(label_text_weight=1.0, label_crops_per_step=-1)
    scenes = list(draw_scenes(0, 3))
    crops, labels = next(label_crop_stream(scenes, 40, np.random.default_rng(1)))
    truth = {o.class_id for s in scenes for o in s.objects}
    assert len(crops) == 40 and set(labels.tolist()) <= truth
    with pytest.raises(ValueError, match="objects"):
        next(label_crop_stream([], 4, np.random.default_rng(0)))
