"""Learning classes the model does not know (issue 28), on the committed demo model and the second
domains: the defaults pick the new-class fine-tune only when the store holds classes new to the
model; a text-silent class learns from its boxes; a class the user never boxed keeps its
parent's scores (distillation on the user's own pictures)."""

from __future__ import annotations

import copy
from pathlib import Path

import numpy as np
import pytest
import torch

from gridclip.training.data import TrainingExample
from gridclip.vocabulary import Vocabulary

QUICK = dict(image_level_alignment=False, show_progress=False, seed=0)


@pytest.fixture(autouse=True)
def private_cache(tmp_path: Path, monkeypatch: pytest.MonkeyPatch):
    monkeypatch.setenv("GRIDCLIP_CACHE_DIR", str(tmp_path / "cache"))


@pytest.fixture(scope="module")
def demo():
    from gridclip import load_detector

    return load_detector("demo", device="cpu", int8_static=False, text_cache_dir=False)


def _domain_examples(tmp_path: Path, name: str, n: int, seed: int = 0) -> tuple[list[TrainingExample], Vocabulary]:
    from gridclip.world.domains import DOMAINS, draw_domain_scenes

    examples = []
    for scene in draw_domain_scenes(name, seed, n):
        path = tmp_path / scene.file_name
        scene.image.save(path)
        examples.append(TrainingExample(path, np.array([o.xyxy for o in scene.objects], np.float32),
                                        np.array([o.class_id for o in scene.objects], np.int64)))
    return examples, DOMAINS[name].vocabulary()


def _world_examples(tmp_path: Path, n: int, seed: int = 7) -> tuple[list[TrainingExample], Vocabulary]:
    from gridclip.world.synthetic import draw_scenes, world_vocabulary

    examples = []
    for i, scene in enumerate(draw_scenes(seed, n)):
        path = tmp_path / f"world_{i}.png"
        scene.image.save(path)
        examples.append(TrainingExample(path, np.array([o.xyxy for o in scene.objects], np.float32),
                                        np.array([o.class_id for o in scene.objects], np.int64)))
    return examples, world_vocabulary()


def test_novelty_calls_only_text_silent_untrained_classes_new(tmp_path: Path, demo) -> None:
    from gridclip.training.new_classes import class_novelty

    parts, parts_vocab = _domain_examples(tmp_path, "parts", 6)
    world, world_vocab = _world_examples(tmp_path, 12)
    on_parts = class_novelty(demo, parts, parts_vocab)
    assert set(on_parts.new) == set(parts_vocab.names) and not on_parts.known
    on_world = class_novelty(demo, world, world_vocab)  # base and novel world classes: the text knows them all
    assert not on_world.new and set(on_world.known) == set(world_vocab.names)
    assert min(on_world.cosines.values()) > max(on_parts.cosines.values())
    # The ranking test behind it: a made-up name does not rank its own boxes above the other
    # kinds' boxes (pair share below SILENT_TEXT_AUC); a world class's text does.
    from gridclip.training.exemplars import class_prototypes

    silent = class_prototypes(demo, parts, parts_vocab, cache_dir=None).silent
    assert silent <= frozenset(parts_vocab.names) and len(silent) >= 4, silent  # six pictures: one may rank by chance
    assert not class_prototypes(demo, world, world_vocab, cache_dir=None).silent
    # A store holding both: only the made-up names are new.
    mixed_vocab = Vocabulary.from_names(world_vocab.names + parts_vocab.names)
    shifted = [TrainingExample(ex.image, ex.xyxy, ex.class_ids + len(world_vocab)) for ex in parts]
    mixed = class_novelty(demo, world + shifted, mixed_vocab)
    assert set(mixed.new) == set(parts_vocab.names)


def test_the_defaults_pick_the_new_class_fine_tune_only_for_new_classes(tmp_path: Path, demo) -> None:
    from gridclip.training.fine_tune import fine_tune
    from gridclip.training.new_classes import NEW_CLASS_FINE_TUNE

    parts, parts_vocab = _domain_examples(tmp_path, "parts", 4)
    world, world_vocab = _world_examples(tmp_path, 4)
    new = fine_tune(copy.deepcopy(demo), parts, parts_vocab, out_dir=tmp_path / "a", epochs=1, **QUICK)
    old = fine_tune(copy.deepcopy(demo), world, world_vocab, out_dir=tmp_path / "b", epochs=1, **QUICK)
    # A class with fewer than two boxes is not called new (one box is too noisy to judge its text).
    assert new.config["defaults"] == "new classes" and new.config["new_classes"]
    assert set(new.config["new_classes"]) <= set(parts_vocab.names)
    assert all(new.config[k] == v for k, v in NEW_CLASS_FINE_TUNE.items())
    assert old.config["defaults"] == "known classes" and old.config["new_classes"] == ()
    assert not old.config["adapt_classes"] and old.config["distill_weight"] == 0.0
    # A setting given explicitly still wins over either.
    given = fine_tune(copy.deepcopy(demo), parts, parts_vocab, out_dir=tmp_path / "c", epochs=1, lr=1e-5, **QUICK)
    assert given.config["lr"] == 1e-5 and given.config["defaults"] == "new classes"


@pytest.mark.slow  # three short fine-tunes of the demo
def test_a_text_silent_class_learns_from_its_boxes(tmp_path: Path, demo) -> None:
    """On domain pictures whose class names the text never read, the new-class fine-tune scores
    each class higher inside its own boxes than on the other kinds' boxes; text alone and the
    gentle fine-tune cannot tell the kinds apart."""
    from gridclip.training.evaluate import evaluate_examples
    from gridclip.training.fine_tune import fine_tune

    parts, vocab = _domain_examples(tmp_path, "parts", 8)
    learnt = fine_tune(copy.deepcopy(demo), parts, vocab, out_dir=tmp_path / "new", target_steps=60, **QUICK)
    gentle = fine_tune(copy.deepcopy(demo), parts, vocab, out_dir=tmp_path / "old", target_steps=60,
                       new_class_defaults=False, **QUICK)
    before = evaluate_examples(demo, parts, vocab)["AP50"]
    after = evaluate_examples(learnt.detector, parts, vocab)["AP50"]
    assert before < 0.05 and after > before + 0.25, (before, after)
    assert after > evaluate_examples(gentle.detector, parts, vocab)["AP50"] + 0.15
    rows = learnt.detector.class_embeddings(vocab)
    assert not torch.allclose(rows, demo.class_embeddings(vocab), atol=1e-3)  # the silent texts were replaced


def _cosines_on(detector, examples, vocab) -> torch.Tensor:
    """The cosine of every cell's grid embedding (all levels) with each class's row: [N, C, cells],
    what the classifier scores (before its scale and bias)."""
    tensor = detector.prepare([ex.image for ex in examples]).tensor
    with torch.no_grad():
        cosines = detector.model.grid_cosines(detector.model.backbone_features(tensor), detector.class_embeddings(vocab))
    return torch.cat([level.flatten(2) for level in cosines], dim=2)


@pytest.mark.slow  # two short fine-tunes of the demo
def test_a_class_the_user_never_boxed_keeps_its_parents_scores(tmp_path: Path, demo) -> None:
    """Fine-tuned on parts pictures only, the demo's world classes (never boxed in the store) keep
    the cosines of the head the run started from (the demo's new-class start, which the run's
    distillation reads as the parent), on world pictures no run saw, within a tolerance with
    distillation; the same run without it moves them several times further."""
    from gridclip.training.fine_tune import fine_tune
    from gridclip.world.synthetic import world_vocabulary

    parts, vocab = _domain_examples(tmp_path, "parts", 6)
    world, _ = _world_examples(tmp_path, 6, seed=11)
    base = world_vocabulary("base")
    start = copy.deepcopy(demo)
    if start.new_class_start is not None:
        start.model.load_state_dict(start.new_class_start, strict=False)
        start.weights_changed()
    parent = _cosines_on(start, world, base)
    kept = fine_tune(copy.deepcopy(demo), parts, vocab, out_dir=tmp_path / "kept", target_steps=40, **QUICK)
    free = fine_tune(copy.deepcopy(demo), parts, vocab, out_dir=tmp_path / "free", target_steps=40, distill_weight=0.0,
                     **QUICK)
    drift_kept = float((_cosines_on(kept.detector, world, base) - parent).abs().mean())
    drift_free = float((_cosines_on(free.detector, world, base) - parent).abs().mean())
    assert kept.config["distill_weight"] > 0 and kept.metrics[-1]["loss_distill"] >= 0
    assert drift_kept < 0.01, drift_kept
    assert drift_kept < 0.4 * drift_free, (drift_kept, drift_free)


def test_scope_classes_moves_the_new_classes_and_nothing_of_the_detector(tmp_path: Path, demo) -> None:
    """With ``train_scope="classes"`` the detector's weights stay its parent's to the bit, so every class the
    run did not adapt keeps the parent's scores exactly; the new classes' rows move."""
    from gridclip.training.fine_tune import fine_tune

    parts, vocab = _domain_examples(tmp_path, "parts", 4)
    parent_state = {k: v.clone() for k, v in demo.model.state_dict().items()}
    tuned = fine_tune(copy.deepcopy(demo), parts, vocab, out_dir=tmp_path / "probe", target_steps=6,
                      train_scope="classes", adapt_classes=True, head_only=True, **QUICK)
    state = tuned.detector.model.state_dict()
    assert all(torch.equal(state[k], v) for k, v in parent_state.items())
    assert not torch.allclose(tuned.detector.class_embeddings(vocab), demo.class_embeddings(vocab), atol=1e-3)
    # It was taught its parent's classes too: their background floor stays off, so their boxes are the parent's.
    assert tuned.detector.vocabulary.names == [*vocab.names, *demo.vocabulary.names]
    assert not tuned.detector.untaught_classes(demo.vocabulary).any()
    with pytest.raises(ValueError, match="train_scope='classes'"):
        fine_tune(copy.deepcopy(demo), parts, vocab, out_dir=tmp_path / "bad", target_steps=2, train_scope="classes",
                  adapt_classes=False, head_only=True, **QUICK)


def test_scope_classification_keeps_the_parents_boxes_and_centerness(tmp_path: Path, demo) -> None:
    """With ``train_scope="classification"`` only the classification branch moves: the FPN, box
    and centerness branches stay the parent's (its notion of where an object is)."""
    from gridclip.training.fine_tune import fine_tune

    parts, vocab = _domain_examples(tmp_path, "parts", 4)
    parent_state = {k: v.clone() for k, v in demo.model.state_dict().items()}
    tuned = fine_tune(copy.deepcopy(demo), parts, vocab, out_dir=tmp_path / "cls", target_steps=6,
                      train_scope="classification", **QUICK)
    state = tuned.detector.model.state_dict()
    moved = {k for k, v in parent_state.items() if not torch.equal(state[k], v)}
    assert moved and all(k.startswith(("cls_tower.", "cls_embed.")) for k in moved), sorted(moved)


def test_exemplars_read_new_kinds_on_crops_and_two_colours_of_one_shape_on_the_grid(tmp_path: Path, demo) -> None:
    """The demo's crop tower was taught shapes in any colour: it separates the parts' kinds far
    better than the grid, but reads a red and a blue circle alike. Exemplars take the crop look
    only where it tells the user's own boxes apart better than the grid does."""
    from gridclip.training.exemplars import class_prototypes
    from gridclip.world.synthetic import WORLD_CLASSES, draw_scenes

    assert demo.crop_tower is not None
    parts, parts_vocab = _domain_examples(tmp_path, "parts", 10, seed=5000)
    on_parts = class_prototypes(demo, parts, parts_vocab, cache_dir=False)
    assert on_parts.crops is not None and set(on_parts.crops.names) == set(parts_vocab.names)

    renamed = {0: "part-a", 12: "part-b", 3: "part-c", 15: "part-d"}  # red / blue circle, red / blue star
    names = [renamed.get(c.id, c.name) for c in WORLD_CLASSES]
    holding = [s for s in draw_scenes(7000, 200) if {o.class_id for o in s.objects} & set(renamed)][:20]
    world = [TrainingExample(s.image, np.array([o.xyxy for o in s.objects], np.float32),
                             np.array([o.class_id for o in s.objects], np.int64)) for s in holding]
    on_colours = class_prototypes(demo, world, names, cache_dir=False)
    assert len(on_colours.silent & set(renamed.values())) >= 2
    assert on_colours.crops is None
