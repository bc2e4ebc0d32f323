"""train(): configuration, metrics, progress, head-only feature cache, NaN steps, resume, bad input.

Every run here uses the tiny random-weight ``open_clip:tiny-rn`` model at 128 pixels and one or
two epochs; the overfit runs live in ``test_train_overfit.py``.
"""

from __future__ import annotations

import json
from pathlib import Path

import numpy as np
import pytest
import torch

from gridclip.training import train
from gridclip.training.config import STATE_FILE, TrainConfig
from gridclip.training.data import DataError, TrainingExample, load_coco
from gridclip.vocabulary import Vocabulary
from tests.drawing import write_shape_dataset

FAST = dict(image_size=128, show_progress=False, image_level_alignment=False, head_only=True)


@pytest.fixture(autouse=True)
def private_cache(tmp_path: Path, monkeypatch: pytest.MonkeyPatch):
    monkeypatch.setenv("GRIDCLIP_CACHE_DIR", str(tmp_path / "cache"))


@pytest.fixture()
def shapes(tmp_path: Path):
    coco = write_shape_dataset(tmp_path / "shapes", n_images=4, seed=0)
    return load_coco(coco, tmp_path / "shapes" / "images")


def _weights(detector) -> dict[str, torch.Tensor]:
    return {k: v.detach().clone() for k, v in detector.model.state_dict().items()}


def _changed(before: dict[str, torch.Tensor], after: dict[str, torch.Tensor], prefix: str) -> bool:
    return any(not torch.equal(before[k], after[k]) for k in before if k.startswith(prefix))


def test_head_only_trains_the_head_caches_features_and_writes_a_checkpoint(shapes, tmp_path: Path):
    from gridclip import load_detector

    detector = load_detector("open_clip:tiny-rn", device="cpu", image_size=128)
    start_version = detector.version
    before = _weights(detector)
    events: list[dict] = []
    result = train(detector, shapes.examples, shapes.vocabulary, TrainConfig(epochs=2, batch_size=2, **FAST),
                   out_dir=tmp_path / "ck", progress=events.append)
    after = _weights(result.detector)

    assert _changed(before, after, "cls_tower") and _changed(before, after, "fpn")
    assert not _changed(before, after, "backbone."), "head_only must leave the CLIP tower untouched"
    # 4 images: the first epoch computes the backbone features, the second reuses them all.
    assert [m.get("feature_cache_hits") for m in result.metrics] == [0, 4]

    lines = [json.loads(line) for line in (tmp_path / "ck" / "metrics.jsonl").read_text().splitlines()]
    assert [m["epoch"] for m in lines] == [1, 2]
    assert all(np.isfinite(m["loss"]) and m["steps"] == 2 for m in lines)

    steps = [e for e in events if e["event"] == "step"]
    epochs = [e for e in events if e["event"] == "epoch"]
    assert len(steps) == 4 and len(epochs) == 2
    assert all("loss_cls" in e and np.isfinite(e["loss"]) for e in steps)

    from gridclip.inference.checkpoint import read_config

    config = read_config(tmp_path / "ck")
    assert config["parent_version"] == start_version
    assert config["vocabulary"] == "square, circle"
    assert config["is_trained"] is True
    assert config["metrics"]["epoch"] == 2
    reloaded = load_detector(str(tmp_path / "ck"), device="cpu")
    assert reloaded.version == result.detector.version != start_version


def test_full_training_with_image_level_alignment_moves_the_backbone(shapes, tmp_path: Path):
    from gridclip import load_detector

    detector = load_detector("open_clip:tiny-rn", device="cpu", image_size=128)
    before = _weights(detector)
    config = TrainConfig(epochs=1, batch_size=4, image_size=128, show_progress=False, head_only=False,
                         image_level_alignment=True, alignment_loss="cosine")
    result = train(detector, shapes.examples, shapes.vocabulary, config, out_dir=tmp_path / "ck")
    assert _changed(before, _weights(result.detector), "backbone.")
    assert result.metrics[0]["loss_align"] > 0
    # The teacher's crop embeddings went to the disk cache (one file per image).
    assert len(list((tmp_path / "cache" / "teacher").rglob("*.safetensors"))) == 4


def test_a_nan_loss_skips_the_step_with_a_warning(shapes, tmp_path: Path, monkeypatch: pytest.MonkeyPatch):
    from gridclip import load_detector
    from gridclip.model.network import GridCLIP

    real = GridCLIP.compute_losses
    calls = {"n": 0}

    def first_call_nan(self, outputs, targets, *args, **kwargs):
        losses = real(self, outputs, targets, *args, **kwargs)
        calls["n"] += 1
        if calls["n"] == 1:
            losses = dict(losses, loss_cls=losses["loss_cls"] * float("nan"))
        return losses

    monkeypatch.setattr(GridCLIP, "compute_losses", first_call_nan)
    detector = load_detector("open_clip:tiny-rn", device="cpu", image_size=128)
    before = _weights(detector)
    # One step per epoch: epoch 1 is the NaN step (skipped, weights untouched), epoch 2 trains.
    with pytest.warns(RuntimeWarning, match="not finite"):
        result = train(detector, shapes.examples, shapes.vocabulary, TrainConfig(epochs=1, batch_size=4, **FAST),
                       out_dir=tmp_path / "ck")
    assert result.metrics[0]["skipped_steps"] == 1 and result.metrics[0]["steps"] == 0
    assert not _changed(before, _weights(result.detector), "")
    line = json.loads((tmp_path / "ck" / "metrics.jsonl").read_text())
    assert line["loss"] is None and line["skipped_steps"] == 1

    result = train(detector, shapes.examples, shapes.vocabulary, TrainConfig(epochs=1, batch_size=4, **FAST),
                   out_dir=tmp_path / "ck2")
    assert result.metrics[0]["skipped_steps"] == 0 and np.isfinite(result.metrics[0]["loss"])
    assert _changed(before, _weights(result.detector), "cls_tower")


def test_resume_continues_from_the_saved_epoch(shapes, tmp_path: Path):
    out = tmp_path / "run"
    first = train("open_clip:tiny-rn", shapes.examples, shapes.vocabulary, TrainConfig(epochs=1, **FAST), out_dir=out)
    state = torch.load(out / STATE_FILE, weights_only=True)
    assert state["epoch"] == 1
    events: list[dict] = []
    resumed = train("open_clip:tiny-rn", shapes.examples, shapes.vocabulary,
                    TrainConfig(epochs=3, resume=out, **FAST), out_dir=out, progress=events.append)
    assert [m["epoch"] for m in resumed.metrics] == [1, 2, 3]
    assert [e["epoch"] for e in events if e["event"] == "epoch"] == [2, 3], "epoch 1 must not run again"
    assert [json.loads(x)["epoch"] for x in (out / "metrics.jsonl").read_text().splitlines()] == [1, 2, 3]
    assert torch.load(out / STATE_FILE, weights_only=True)["epoch"] == 3
    # The lineage stays the one of the original run: parent = the untrained model.
    assert resumed.parent_version == first.parent_version
    assert resumed.detector.version != first.detector.version


def test_resume_from_a_folder_without_state_is_refused(shapes, tmp_path: Path):
    (tmp_path / "empty").mkdir()
    with pytest.raises(DataError, match="training_state.pt"):
        train("open_clip:tiny-rn", shapes.examples, shapes.vocabulary,
              TrainConfig(epochs=1, resume=tmp_path / "empty", **FAST), out_dir=tmp_path / "x")


def test_tuples_are_refused_the_store_hands_out_training_examples(shapes, tmp_path: Path):
    """Issue 30: one training-data contract. The store hands out ``TrainingExample`` s itself, so
    the loop no longer converts ``(image, xyxy, class_ids)`` tuples a second time."""
    tuples = [(ex.image, ex.xyxy, ex.class_ids) for ex in shapes.examples[:2]]
    with pytest.raises(DataError, match="expected TrainingExample or TagExample, got tuple"):
        train("open_clip:tiny-rn", tuples, shapes.vocabulary, TrainConfig(epochs=1, **FAST), out_dir=tmp_path / "ck")


# -- bad input -----------------------------------------------------------------------------------


def test_no_examples_is_refused(tmp_path: Path):
    with pytest.raises(DataError, match="no training examples"):
        train("open_clip:tiny-rn", [], Vocabulary.parse("a"), TrainConfig(epochs=1, **FAST), out_dir=tmp_path)


def test_examples_without_boxes_are_refused(shapes, tmp_path: Path):
    empty = [TrainingExample(ex.image, np.zeros((0, 4)), np.zeros(0)) for ex in shapes.examples]
    with pytest.raises(DataError, match="no boxes"):
        train("open_clip:tiny-rn", empty, shapes.vocabulary, TrainConfig(epochs=1, **FAST), out_dir=tmp_path)


def test_class_id_outside_the_vocabulary_is_refused(shapes, tmp_path: Path):
    with pytest.raises(DataError, match="class id 1 but the vocabulary has 1"):
        train("open_clip:tiny-rn", shapes.examples, Vocabulary.parse("square"), TrainConfig(epochs=1, **FAST),
              out_dir=tmp_path)


def test_bad_boxes_are_refused_when_building_examples():
    with pytest.raises(DataError, match="NaN"):
        TrainingExample("a.png", np.array([[0, 0, np.nan, 4]]), np.array([0]))
    with pytest.raises(DataError, match="2 boxes but 1 class ids"):
        TrainingExample("a.png", np.array([[0, 0, 4, 4], [1, 1, 5, 5]]), np.array([0]))
    with pytest.raises(DataError, match="non-negative integers"):
        TrainingExample("a.png", np.array([[0, 0, 4, 4]]), np.array([-1]))


def test_bad_configuration_is_refused():
    with pytest.raises(ValueError, match="epochs"):
        TrainConfig(epochs=0)
    with pytest.raises(ValueError, match="lr"):
        TrainConfig(lr=float("nan"))
    with pytest.raises(ValueError, match="alignment loss must be one of"):
        TrainConfig(alignment_loss="mse")


def test_a_missing_image_is_named(shapes, tmp_path: Path):
    broken = [TrainingExample(tmp_path / "gone.png", np.array([[0, 0, 9, 9]]), np.array([0]))]
    with pytest.raises(DataError, match="training image not found: .*gone.png"):
        train("open_clip:tiny-rn", broken, shapes.vocabulary, TrainConfig(epochs=1, **FAST), out_dir=tmp_path / "ck")


@pytest.mark.parametrize("pooling", ["roi_align", "attention"])
def test_attention_pool_alignment_trains_the_clip_attention_pool(shapes, tmp_path: Path, pooling: str):
    """Only the attention-pool student sends gradient to the pool's query/key projections
    (the dense MaskCLIP path uses its value and output projections alone)."""
    from gridclip import load_detector

    detector = load_detector("open_clip:tiny-rn", device="cpu", image_size=128)
    before = _weights(detector)
    config = TrainConfig(epochs=1, batch_size=4, image_size=128, show_progress=False, head_only=False,
                         alignment_pooling=pooling)
    result = train(detector, shapes.examples, shapes.vocabulary, config, out_dir=tmp_path / "ck")
    after = _weights(result.detector)
    assert np.isfinite(result.metrics[0]["loss_align"])
    assert _changed(before, after, "backbone.visual.attnpool.q_proj") == (pooling == "attention")


def test_attention_pool_alignment_needs_a_trainable_tower():
    with pytest.raises(ValueError, match="head_only"):
        TrainConfig(head_only=True, alignment_pooling="attention")
    with pytest.raises(ValueError, match="'roi_align' or 'attention'"):
        TrainConfig(alignment_pooling="max")


def test_alignment_on_proposals_trains_the_tower_without_the_teacher_cache(shapes, tmp_path: Path):
    """Proposals change every step, so their teacher embeddings are cut from the input and
    never cached; the alignment loss still reaches the tower."""
    from gridclip import load_detector

    detector = load_detector("open_clip:tiny-rn", device="cpu", image_size=128)
    before = _weights(detector)
    config = TrainConfig(epochs=1, batch_size=4, image_size=128, show_progress=False, head_only=False,
                         alignment_mode="proposals")
    result = train(detector, shapes.examples, shapes.vocabulary, config, out_dir=tmp_path / "ck")
    assert result.metrics[0]["loss_align"] > 0
    assert _changed(before, _weights(result.detector), "backbone.")
    assert not list((tmp_path / "cache" / "teacher").rglob("*.safetensors"))


def test_alignment_on_proposals_needs_the_pictures():
    with pytest.raises(ValueError, match="proposals.*head_only=False"):
        TrainConfig(head_only=True, alignment_mode="proposals")
    with pytest.raises(ValueError, match="'grid', 'random' or 'proposals'"):
        TrainConfig(alignment_mode="boxes")


def test_default_learning_rate_is_gentler_for_a_trained_detector(tmp_path: Path) -> None:
    from gridclip.training.config import FINE_TUNE_LR, FRESH_HEAD_LR

    coco_path = write_shape_dataset(tmp_path / "shapes", n_images=2, seed=0)
    coco = load_coco(coco_path, tmp_path / "shapes" / "images")
    fresh = train("open_clip:tiny-rn", coco.examples, coco.vocabulary, TrainConfig(epochs=1, **FAST), out_dir=tmp_path / "a")
    tuned = train(fresh.detector, coco.examples, coco.vocabulary, TrainConfig(epochs=1, **FAST), out_dir=tmp_path / "b")
    started = {name: torch.load(tmp_path / name / STATE_FILE, weights_only=True)["config"]["lr"] for name in "ab"}
    assert started == {"a": FRESH_HEAD_LR, "b": FINE_TUNE_LR}
    assert tuned.detector.is_trained
