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
