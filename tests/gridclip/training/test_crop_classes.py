"""Crop classes learnt from accepted boxes (``gridclip.training.crop_classes``) and carried by the
detector: prototypes, a short fit of a copy of the crop tower, and the checkpoint round trip."""

from __future__ import annotations

import copy
from pathlib import Path

import numpy as np
import pytest
import torch
from PIL import Image

from gridclip.inference.crop_classes import CropClasses, crop_tensor, embed_crops
from gridclip.training.crop_classes import CropFitConfig, crop_prototypes, fit_crop_classes
from gridclip.training_data import TrainingExample

NAMES = ["ring", "bar", "dog"]


@pytest.fixture(scope="module")
def tiny():
    from gridclip import load_detector

    return load_detector("open_clip:tiny-rn", device="cpu", text_cache_dir=False)


def _pictures(n: int, seed: int) -> list[TrainingExample]:
    """Pictures holding rings and bars of random colours (class 0 and 1) on grey."""
    rng = np.random.default_rng(seed)
    examples = []
    for _ in range(n):
        array = np.full((96, 96, 3), 128, np.uint8)
        boxes, ids = [], []
        for slot, kind in enumerate(rng.permutation(2)):
            x0, y0 = 8 + 44 * slot, int(rng.integers(8, 48))
            colour = rng.integers(0, 256, 3)
            if kind == 0:  # a ring
                yy, xx = np.mgrid[:36, :36]
                r = np.hypot(yy - 17.5, xx - 17.5)
                array[y0 : y0 + 36, x0 : x0 + 36][(r < 17) & (r > 10)] = colour
            else:  # a bar
                array[y0 + 14 : y0 + 22, x0 : x0 + 36] = colour
            boxes.append([x0, y0, x0 + 36, y0 + 36])
            ids.append(int(kind))
        examples.append(TrainingExample(Image.fromarray(array), np.array(boxes, np.float32), np.array(ids)))
    return examples


def _accuracy(detector, rows: CropClasses, examples: list[TrainingExample]) -> float:
    tower = detector.crop_tower_or_trunk()
    right = total = 0
    for ex in examples:
        crops = crop_tensor(ex.image, ex.xyxy, tower.image_size, detector.mean, detector.std)
        predicted = [rows.names[i] for i in (embed_crops(tower, crops) @ rows.weights.T).argmax(1).tolist()]
        right += sum(name == NAMES[int(c)] for name, c in zip(predicted, ex.class_ids))
        total += len(ex.class_ids)
    return right / total


def test_prototypes_are_one_row_per_boxed_class_asked_for(tiny) -> None:
    rows = crop_prototypes(tiny, _pictures(3, 0), NAMES, only={"RING", "bar", "dog"})
    assert rows is not None and set(rows.names) == {"ring", "bar"}
    assert crop_prototypes(tiny, _pictures(3, 0), NAMES, only={"dog"}) is None


def test_a_fit_learns_to_tell_the_classes_apart_on_pictures_it_never_saw(tiny) -> None:
    train, held_out = _pictures(16, 1), _pictures(16, 2)
    before = crop_prototypes(tiny, train, NAMES, only=NAMES)
    assert before is not None
    tower_before = copy.deepcopy(tiny.crop_tower_or_trunk().state_dict())
    fit = fit_crop_classes(tiny, train, NAMES, only=NAMES, config=CropFitConfig(steps=80, epochs=200))
    assert fit is not None and set(fit.classes.names) == {"ring", "bar"} and fit.boxes == 32
    assert fit.classes.temperature == CropFitConfig().read_temperature  # fitted at 20, read softer
    # The detector is untouched until it is told to learn the fit.
    assert all(torch.equal(v, tiny.crop_tower_or_trunk().state_dict()[k]) for k, v in tower_before.items())
    learner = copy.deepcopy(tiny)
    learner.learn_crop_classes(fit.tower, fit.classes)
    assert learner.crop_tower is fit.tower and learner.version != tiny.version
    after = _accuracy(learner, CropClasses(fit.classes.names, fit.classes.weights), held_out)
    # A random tiny CLIP (the test model) tells rings from bars at about chance before.
    assert after >= 0.8 and after > _accuracy(tiny, before, held_out) + 0.15, after


def test_one_class_has_nothing_to_be_told_apart_from(tiny) -> None:
    assert fit_crop_classes(tiny, _pictures(2, 0), NAMES, only={"ring"}) is None


def test_the_fit_runs_fewer_steps_on_few_boxes() -> None:
    config = CropFitConfig(steps=300, epochs=100, batch_size=32)
    assert config.steps_for(17) == 54 and config.steps_for(1000) == 300
    with pytest.raises(ValueError):
        CropFitConfig(epochs=0)
    with pytest.raises(ValueError, match="read_temperature"):
        CropFitConfig(read_temperature=0)


def test_a_checkpoint_carries_the_crop_tower_and_rows(tiny, tmp_path: Path) -> None:
    from gridclip import load_detector
    from gridclip.inference.checkpoint import load_checkpoint, save_checkpoint
    from gridclip.inference.sources import CheckpointError

    detector = copy.deepcopy(tiny)
    tower = copy.deepcopy(detector.model.backbone.visual)
    with torch.no_grad():
        for p in tower.parameters():
            p.add_(0.01)
    rows = CropClasses(("ring", "bar"), torch.tensor([[1.0, 0.0] + [0.0] * (tiny.clip.visual.output_dim - 2),
                                                        [0.0, 1.0] + [0.0] * (tiny.clip.visual.output_dim - 2)]))
    detector.learn_crop_classes(tower, rows)
    detector.is_trained = True
    saved = detector.save(tmp_path / "ck")
    back = load_detector(str(saved), device="cpu", text_cache_dir=False)
    assert back.version == detector.version
    assert back.crop_classes is not None and back.crop_classes.names == ("ring", "bar")
    assert back.crop_tower is not None
    assert all(torch.equal(v, tower.state_dict()[k]) for k, v in back.crop_tower.state_dict().items())
    # Rows without their names is a broken checkpoint, said so.
    config, tensors = load_checkpoint(saved)
    config.pop("crop_classes")
    save_checkpoint(tmp_path / "broken", tensors, config, "x")
    with pytest.raises(CheckpointError, match="crop classes need both"):
        load_detector(str(tmp_path / "broken"), device="cpu", text_cache_dir=False)


def test_prototypes_are_kept_only_when_the_crops_tell_the_boxes_apart_better(tiny) -> None:
    from gridclip.training.crop_classes import labelled_crops, nearest_mean_accuracy

    pictures = _pictures(6, 3)
    crops, labels = labelled_crops(tiny, pictures, NAMES, NAMES)
    accuracy = nearest_mean_accuracy(embed_crops(tiny.crop_tower_or_trunk(), crops), labels)
    assert 0.0 < accuracy <= 1.0
    assert crop_prototypes(tiny, pictures, NAMES, NAMES, better_than=accuracy) is None
    kept = crop_prototypes(tiny, pictures, NAMES, NAMES, better_than=accuracy - 0.01)
    assert kept is not None and set(kept.names) == {"ring", "bar"}
