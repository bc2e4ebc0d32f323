"""The crop tower's teaching set: the named broad kinds and the procedural family beside them."""

from __future__ import annotations

import numpy as np
import pytest
import torch

from gridclip.world.crop_tower import CropTowerConfig, broad_kind_crops, broad_kinds, train_crop_tower
from gridclip.world.silhouettes import procedural_kind, silhouette
from gridclip.world.things import THING_NAMES


def _mask(index: int, seed: int) -> np.ndarray:
    return np.asarray(silhouette(procedural_kind(index), 64, 32, 32, 24, 0.0, 1.0, np.random.default_rng(seed))) > 127


def test_a_procedural_kind_is_the_same_template_every_time_and_each_index_is_another():
    assert (_mask(5, 0) == _mask(5, 0)).all()
    same_kind = (_mask(5, 0) != _mask(5, 1)).mean()
    other_kinds = [(_mask(5, 0) != _mask(i, 0)).mean() for i in range(6, 16)]
    assert same_kind < 0.05, "objects of one kind vary by a few per cent, not by shape"
    assert min(other_kinds) > same_kind


@pytest.mark.parametrize("index", range(40))
def test_every_procedural_kind_draws_a_solid_silhouette(index):
    mask = _mask(index, 0)
    assert 0.02 < mask.mean() < 0.8, "thin slivers are kinds too, but never empty or a filled frame"


def test_the_teaching_set_holds_each_procedural_kind_after_the_named_ones():
    config = CropTowerConfig(n_scenes=2, procedural_kinds=4, procedural_crops=3)
    crops, labels = broad_kind_crops(config, 32)
    kinds = broad_kinds(config.procedural_kinds)
    named = len(broad_kinds())
    assert kinds[:len(THING_NAMES)] == THING_NAMES and kinds[named:] == tuple(f"procedural-{i}" for i in range(4))
    assert crops.shape[1:] == (3, 32, 32) and crops.dtype == torch.uint8 and len(crops) == len(labels)
    assert labels.max() < len(kinds)
    assert [int((labels == named + i).sum()) for i in range(4)] == [3, 3, 3, 3]
    assert int((labels < named).sum()) == len(labels) - 12


def test_the_config_refuses_a_negative_family():
    with pytest.raises(ValueError, match="procedural_kinds"):
        CropTowerConfig(procedural_kinds=-1)
    with pytest.raises(ValueError, match="procedural_crops"):
        CropTowerConfig(procedural_crops=0)


def test_teaching_trains_a_copy_over_every_kind():
    from gridclip import load_detector

    tower = load_detector("open_clip:tiny-rn", device="cpu", text_cache_dir=False).model.backbone.visual
    before = {k: v.clone() for k, v in tower.state_dict().items()}
    result = train_crop_tower(tower, CropTowerConfig(steps=2, batch_size=4, n_scenes=1, procedural_kinds=2,
                                                     procedural_crops=2))
    assert result.kinds == broad_kinds(2) and result.crops >= 4 and len(result.losses) == 2
    assert all(torch.equal(v, tower.state_dict()[k]) for k, v in before.items())
    assert any(not torch.equal(v, result.tower.state_dict()[k]) for k, v in before.items())
