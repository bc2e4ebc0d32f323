"""Class embeddings that adapt in fine-tuning: they learn, stay near their start, travel in the
checkpoint by class name, and only a vocabulary that names the class sees them."""

from __future__ import annotations

import copy
from pathlib import Path

import numpy as np
import pytest
import torch

from gridclip.training.class_embeddings import AdaptiveClassEmbeddings
from gridclip.training_data import TrainingExample
from gridclip.vocabulary import Vocabulary
from tests.app_support import tiny_detector

TINY_RUN = dict(epochs=3, image_size=128, head_only=True, image_level_alignment=False, show_progress=False)


@pytest.fixture(autouse=True)
def private_cache(tmp_path: Path, monkeypatch: pytest.MonkeyPatch):
    monkeypatch.setenv("GRIDCLIP_CACHE_DIR", str(tmp_path / "cache"))


def test_the_pull_holds_a_class_near_its_start_against_a_loss_that_drags_it_away():
    start = torch.nn.functional.normalize(torch.randn(2, 16, generator=torch.Generator().manual_seed(0)), dim=1)
    target = start[1]  # another class's direction: a loss that wants class 0 to become class 1

    def moved(pull: float) -> float:
        classes = AdaptiveClassEmbeddings(start, pull)
        optimiser = torch.optim.SGD(classes.parameters(), lr=0.5)
        for _ in range(200):
            optimiser.zero_grad()
            loss = (classes()[0] - target).pow(2).sum() + classes.pull_loss()
            loss.backward()
            optimiser.step()
        return float((classes()[0] - start[0]).norm().detach())

    free, held = moved(0.0), moved(10.0)
    assert free > 0.9 * float((target - start[0]).norm())  # nearly all the way to the other class
    assert held < free / 2


def _scenes(tmp_path: Path):
    from gridclip.world.synthetic import draw_scenes, world_vocabulary

    examples, names = [], world_vocabulary().names[:3]
    for i, scene in enumerate(draw_scenes(seed=5, n=4, size=128)):
        path = tmp_path / f"scene_{i}.png"
        scene.image.save(path)
        boxes = [o for o in scene.objects if o.name in names] or scene.objects[:1]
        examples.append(TrainingExample(path, np.array([o.xyxy for o in boxes], dtype=np.float32),
                                        np.array([names.index(o.name) if o.name in names else 0 for o in boxes])))
    return examples, Vocabulary.from_classes(names)


def test_a_fine_tune_adapts_the_classes_and_they_survive_the_checkpoint(tmp_path: Path):
    from gridclip.inference.sources import load_detector
    from gridclip.training.fine_tune import fine_tune

    examples, vocab = _scenes(tmp_path)
    detector = copy.deepcopy(tiny_detector())
    text = detector.text_embeddings(vocab).clone()
    result = fine_tune(detector, examples, vocab, out_dir=tmp_path / "ck", adapt_classes=True, class_lr=5e-2, **TINY_RUN)
    assert "loss_classes" in result.metrics[-1]
    adapted = result.detector.class_embeddings(vocab)
    assert set(result.detector.adapted_classes) == set(vocab.names)
    moved = (adapted - text).norm(dim=1)
    assert bool((moved > 1e-3).all())  # every class learnt something
    assert torch.allclose(adapted.norm(dim=1), torch.ones(len(vocab)), atol=1e-5)

    loaded = load_detector(str(tmp_path / "ck"), device="cpu", text_cache_dir=False, int8_static=False)
    assert loaded.version == result.detector.version
    torch.testing.assert_close(loaded.class_embeddings(vocab), adapted)


def test_a_vocabulary_that_does_not_name_the_class_never_sees_it():
    detector = copy.deepcopy(tiny_detector())
    other = Vocabulary.from_classes(["blue star", "green heart"])
    before = detector.class_embeddings(other).clone()
    version = detector.version
    detector.adapt_classes(["red circle"], torch.nn.functional.normalize(torch.randn(1, before.shape[1]), dim=1))
    torch.testing.assert_close(detector.class_embeddings(other), before)
    assert detector.version != version  # what it predicts for "red circle" changed
    mixed = Vocabulary.from_classes(["blue star", "red circle"])
    torch.testing.assert_close(detector.class_embeddings(mixed)[1], detector.adapted_classes["red circle"])
    torch.testing.assert_close(detector.class_embeddings(mixed)[0], before[0])
