"""Fine-tuning keeps what the model knew (issue 28): with ``keep_parent_head`` a new-class fine-tune
keeps the parent's FPN and head, frozen, for every class that is not new, so those classes keep the
parent's detections exactly; the new classes are scored by the head the run trained. On the committed
demo model and the "parts" domain (names the text tower never read)."""

from __future__ import annotations

import copy
import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import numpy as np
import pytest
import supervision as sv
import torch

from gridclip.training.config import TrainConfig
from gridclip.vocabulary import Vocabulary
from tests.gridclip.training.test_new_classes import QUICK, _domain_examples, _world_examples


@pytest.fixture(scope="module")
def demo():
    from gridclip import load_detector

    return load_detector("demo", device="cpu", int8_static=False, text_cache_dir=False)


@pytest.fixture(scope="module")
def tuned(demo, tmp_path_factory: pytest.TempPathFactory) -> Iterator[dict[str, Any]]:
    """One short keep_parent_head fine-tune of the demo on parts pictures, and world pictures no run saw."""
    from gridclip.training.fine_tune import fine_tune

    tmp = tmp_path_factory.mktemp("keep_parent_head")
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("GRIDCLIP_CACHE_DIR", str(tmp / "cache"))
        parts, parts_vocab = _domain_examples(tmp, "parts", 4)
        world, world_vocab = _world_examples(tmp, 3, seed=11)
        result = fine_tune(copy.deepcopy(demo), parts, parts_vocab, out_dir=tmp / "run", target_steps=6,
                           keep_parent_head=True, **QUICK)
        # The classes the run called new (a class with one box is not; its boxes stay the parent's).
        new_vocab = Vocabulary.from_names(list(result.config["new_classes"]))
        yield {"result": result, "detector": result.detector, "parts": [ex.image for ex in parts],
               "parts_vocab": new_vocab, "world": [ex.image for ex in world], "world_vocab": world_vocab}


def _same(a: list[sv.Detections], b: list[sv.Detections]) -> bool:
    return len(a) == len(b) and all(
        len(x) and np.array_equal(x.xyxy, y.xyxy) and np.array_equal(x.confidence, y.confidence)
        and np.array_equal(x.class_id, y.class_id) for x, y in zip(a, b))


def test_the_parents_classes_keep_the_parents_detections_exactly(demo, tuned) -> None:
    detector = tuned["detector"]
    assert tuned["result"].config["keep_parent_head"] and detector.kept_head is not None
    assert set(detector.kept_head.new_classes) == set(tuned["result"].config["new_classes"])
    # The run trained its own head (the kept one is the parent's, to the bit), on one shared tower.
    kept = detector.kept_head.model.state_dict()
    parent, trained = demo.model.state_dict(), detector.model.state_dict()
    assert all(torch.equal(kept[k], v) for k, v in parent.items())
    assert not all(torch.equal(trained[k], parent[k]) for k in parent if k.startswith(("fpn.", "cls_tower.")))
    assert detector.kept_head.model.backbone is detector.model.backbone
    world, vocab = tuned["world"], tuned["world_vocab"]
    assert _same(detector.predict_raw(world, vocab), demo.predict_raw(world, vocab))
    plain = copy.deepcopy(detector)  # the trained head alone would not: its FPN and head moved
    plain.kept_head = None
    plain.weights_changed()
    assert not _same(plain.predict_raw(world, vocab), demo.predict_raw(world, vocab))
    # Through the int8 trunk too: one trunk (the inference copy's), both heads on it.
    parent8, child8 = copy.deepcopy(demo), copy.deepcopy(detector)
    parent8.int8_static = child8.int8_static = True
    assert _same(child8.predict_raw(world, vocab), parent8.predict_raw(world, vocab))
    assert child8.inference_kept_head().backbone is child8.inference_model().backbone


def test_the_new_classes_are_scored_by_the_head_that_learnt_them(demo, tuned) -> None:
    detector = tuned["detector"]
    parts, vocab = tuned["parts"], tuned["parts_vocab"]
    learnt = detector.predict_raw(parts, vocab)
    before = demo.predict_raw(parts, vocab)
    assert max(float(d.confidence.max(initial=0)) for d in learnt) > 0.3 > max(
        float(d.confidence.max(initial=0)) for d in before)
    # Exactly the trained head's: the kept head plays no part in a vocabulary of new classes only.
    plain = copy.deepcopy(detector)
    plain.kept_head = None
    plain.weights_changed()
    assert _same(learnt, plain.predict_raw(parts, vocab))
    assert [head for head, _ in detector.head_routes(vocab)] == [detector.inference_model()]


def test_a_mixed_vocabulary_keeps_the_parents_detections_of_its_classes(demo, tuned) -> None:
    detector = copy.deepcopy(tuned["detector"])
    parent = copy.deepcopy(demo)
    world, world_vocab, parts_vocab = tuned["world"], tuned["world_vocab"], tuned["parts_vocab"]
    mixed = world_vocab.extended_by(parts_vocab)
    # class_limit applies to each head's own classes; without the CPU copy both heads run as they are.
    for limit, optimize in ((None, True), (5, True), (None, False)):
        detector.class_limit = parent.class_limit = limit
        detector.optimize = parent.optimize = optimize
        both = detector.predict_raw(world, mixed)
        assert all(len(d) and set(d.data["class_name"]) & set(parts_vocab.names) for d in both)
        kept = [d[d.class_id < len(world_vocab)] for d in both]
        assert _same(kept, parent.predict_raw(world, world_vocab))
        new = [d[d.class_id >= len(world_vocab)] for d in both]
        alone = detector.predict_raw(world, parts_vocab)
        assert all(np.array_equal(n.confidence, a.confidence) for n, a in zip(new, alone))
        assert all(np.all(np.diff(d.confidence) <= 0) for d in both)  # best first


def test_the_checkpoint_keeps_both_heads_and_their_classes(demo, tuned, tmp_path: Path) -> None:
    from gridclip import load_detector

    detector = tuned["detector"]
    folder = detector.save(tmp_path / "saved")
    loaded = load_detector(str(folder), device="cpu", int8_static=False, text_cache_dir=False)
    assert loaded.kept_head is not None and loaded.kept_head.new_classes == detector.kept_head.new_classes
    assert loaded.kept_head.model.backbone is loaded.model.backbone
    # The new classes' crop rows and the tower they were learnt with travel too (the parts
    # predictions below are re-read on their crops, so they match only if both came back).
    assert detector.crop_classes is not None and loaded.crop_classes is not None
    assert loaded.crop_classes.names == detector.crop_classes.names
    assert set(detector.crop_classes.names) <= set(detector.kept_head.new_classes)
    assert tuned["result"].metrics[-1]["crop_boxes"] > 0
    assert loaded.version == detector.version != demo.version
    world, parts = tuned["world"], tuned["parts"]
    assert _same(loaded.predict_raw(world, tuned["world_vocab"]), demo.predict_raw(world, tuned["world_vocab"]))
    assert _same(loaded.predict_raw(parts, tuned["parts_vocab"]), detector.predict_raw(parts, tuned["parts_vocab"]))
    # The run's own checkpoint holds it too; a checkpoint without one loads as before.
    run = load_detector(str(tuned["result"].checkpoint_dir), device="cpu", int8_static=False, text_cache_dir=False)
    assert run.kept_head is not None and run.version == detector.version
    assert demo.kept_head is None and "new_head_classes" not in demo.checkpoint_config()


def test_a_second_fine_tune_keeps_the_first_parents_head(tuned) -> None:
    detector = copy.deepcopy(tuned["detector"])
    assert detector.kept_head is not None and detector.kept_head.model.backbone is detector.model.backbone
    first = detector.kept_head.model
    detector.keep_parent_head(["gear-9", "PART-7B"])
    assert detector.kept_head.model is first  # not nested: the first parent's head keeps its classes
    assert detector.kept_head.new_classes == (*tuned["detector"].kept_head.new_classes, "gear-9")


@pytest.mark.parametrize("settings", [dict(head_only=True), dict(new_classes=("part-7b",)),
                                      dict(head_only=False, new_classes=("part-7b",))])
def test_keep_parent_head_needs_a_frozen_tower_and_new_classes(settings: dict[str, Any]) -> None:
    with pytest.raises(ValueError, match="keep_parent_head"):
        TrainConfig(keep_parent_head=True, **settings)
    assert TrainConfig(keep_parent_head=True, head_only=True, new_classes=("part-7b",)).keep_parent_head


def test_a_later_run_without_it_scores_its_own_classes_with_the_head_it_trains(tuned, tmp_path: Path) -> None:
    """A gentle fine-tune of a detector that keeps a parent head: the classes it trains move to
    the trained head (kept there, their training would not show); one that moves the tower drops
    the kept head, whose input it changes."""
    from gridclip.training.fine_tune import fine_tune

    world, vocab = _world_examples(tmp_path, 2, seed=3)
    frozen = fine_tune(copy.deepcopy(tuned["detector"]), world, vocab, out_dir=tmp_path / "frozen", target_steps=2,
                       head_only=True, **QUICK)
    assert not frozen.config["keep_parent_head"]
    kept = frozen.detector.kept_head
    assert kept is not None and set(kept.new_classes) == set(tuned["detector"].kept_head.new_classes) | set(vocab.names)
    assert [head for head, _ in frozen.detector.head_routes(vocab)] == [frozen.detector.inference_model()]
    with pytest.warns(UserWarning, match="kept parent head"):
        moved = fine_tune(copy.deepcopy(tuned["detector"]), world, vocab, out_dir=tmp_path / "moved", target_steps=2,
                          head_only=False, **QUICK)
    assert moved.detector.kept_head is None


def _moved_head(detector: Any) -> dict[str, torch.Tensor]:
    """``detector``'s FPN and head with every float weight moved: a stand-in for a broad head."""
    generator = torch.Generator().manual_seed(0)
    return {k: v + 0.05 * torch.randn(v.shape, generator=generator) if v.is_floating_point() else v
            for k, v in detector.head_state().items()}


def test_the_new_classes_learn_from_the_detectors_new_class_start(demo, tmp_path: Path) -> None:
    """A detector carrying a new-class start (the demo build's broad head): the first new-class
    fine-tune trains that head for the new classes and keeps the detector's own for the others;
    the start is then spent (it became the new head) and the checkpoint no longer carries it."""
    from gridclip.training.fine_tune import fine_tune

    detector = copy.deepcopy(demo)
    own, start = detector.head_state(), _moved_head(detector)
    detector.new_class_start = start
    detector.weights_changed()
    parts, vocab = _domain_examples(tmp_path, "parts", 4)
    # A vanishing rate: the trained head must still be the start, to rounding.
    result = fine_tune(detector, parts, vocab, out_dir=tmp_path / "run", target_steps=2, keep_parent_head=True,
                       lr=1e-12, crop_steps=0, **QUICK)
    tuned = result.detector
    assert result.config["new_classes"] and tuned.kept_head is not None and tuned.new_class_start is None
    trained = tuned.head_state()
    assert all(torch.allclose(trained[k].float(), start[k].float(), atol=1e-5) for k in start)
    assert not torch.allclose(trained["fpn.inner_blocks.0.0.weight"], own["fpn.inner_blocks.0.0.weight"], atol=1e-3)
    kept = tuned.kept_head.model.state_dict()
    assert all(torch.equal(kept[k], v) for k, v in own.items())
    assert "new_class_start" not in tuned.checkpoint_config() and not tuned.new_class_objects
    assert "new_class_objects" not in tuned.checkpoint_config()
    assert not any(k.startswith("new_class_start.") for k in tuned.state_tensors())


def test_a_new_class_start_travels_in_the_checkpoint(demo, tmp_path: Path) -> None:
    from safetensors.torch import load_file, save_file

    from gridclip import load_detector
    from gridclip.inference.checkpoint import CheckpointError

    detector = copy.deepcopy(demo)
    detector.new_class_start = _moved_head(detector)
    detector.weights_changed()
    folder = detector.save(tmp_path / "saved")
    loaded = load_detector(str(folder), device="cpu", int8_static=False, text_cache_dir=False)
    assert loaded.new_class_start is not None and set(loaded.new_class_start) == set(detector.new_class_start)
    assert all(torch.equal(loaded.new_class_start[k], v) for k, v in detector.new_class_start.items())
    without = copy.deepcopy(detector)
    without.new_class_start = None
    without.weights_changed()
    assert loaded.version == detector.version != without.version
    # The kinds it was taught travel with it, and name the version.
    assert loaded.new_class_objects == detector.new_class_objects and detector.new_class_objects
    unnamed = copy.deepcopy(detector)
    unnamed.new_class_objects = ()
    unnamed.weights_changed()
    assert unnamed.version != detector.version
    # Names of what a start was taught, without a start: a clear error.
    bare = without.save(tmp_path / "bare")
    config = json.loads((bare / "config.json").read_text())
    (bare / "config.json").write_text(json.dumps(config | {"new_class_objects": ["blob"]}))
    with pytest.raises(CheckpointError, match="new_class_objects"):
        load_detector(str(bare), device="cpu", int8_static=False, text_cache_dir=False)
    # One tensor short: a clear error, not a half-loaded start.
    tensors = load_file(str(folder / "model.safetensors"))
    del tensors[next(k for k in tensors if k.startswith("new_class_start."))]
    save_file(tensors, str(folder / "model.safetensors"))
    with pytest.raises(CheckpointError, match="new-class start"):
        load_detector(str(folder), device="cpu", int8_static=False, text_cache_dir=False)
    # Only a detector that keeps its own head can hand ``model`` to the new classes.
    with pytest.raises(ValueError, match="keep it first"):
        without.new_class_start = _moved_head(without)
        without.start_new_classes()
