"""Crop classes (``gridclip.inference.crop_classes``): the boxes of classes new to the model are
re-read on their crops; every other class's candidates pass untouched."""

from __future__ import annotations

import numpy as np
import pytest
import supervision as sv
import torch
import torch.nn as nn
from PIL import Image

from gridclip.inference.crop_classes import CropClasses, crop_tensor, rescore_by_crops
from gridclip.inference.exemplars import ClassPrototypes
from gridclip.model.postprocess import CLASS_NAME_DATA_FIELD
from gridclip.vocabulary import Vocabulary

MEAN = torch.zeros(3, 1, 1)
STD = torch.ones(3, 1, 1)


class ColourTower(nn.Module):
    """A stand-in image tower: a crop's mean red and blue, as a 2-d embedding."""

    image_size = 16

    def __init__(self) -> None:
        super().__init__()
        self.unused = nn.Linear(1, 1)  # a parameter, so the tower has a device

    def forward(self, crops: torch.Tensor) -> torch.Tensor:
        return crops.mean(dim=(2, 3))[:, [0, 2]]


def _picture() -> Image.Image:
    """A red square at (10, 10)-(30, 30) and a blue one at (60, 10)-(80, 30), on black."""
    array = np.zeros((48, 96, 3), np.uint8)
    array[10:30, 10:30] = (255, 0, 0)
    array[10:30, 60:80] = (0, 0, 255)
    return Image.fromarray(array)


#: The picture's two colours, and a class the crop rows do not know.
NAMES = ["red thing", "blue thing", "dog"]


def _colour_rows() -> CropClasses:
    """Crop rows of the two colour classes where ``ColourTower`` puts their crops: red (1, 0), blue (0, 1)."""
    return CropClasses(("red thing", "blue thing"), torch.eye(2))


def _candidates(names: list[str], rows: list[tuple[list[float], float, int]]) -> sv.Detections:
    ids = np.array([r[2] for r in rows])
    return sv.Detections(xyxy=np.array([r[0] for r in rows], np.float32), confidence=np.array([r[1] for r in rows], np.float32),
                         class_id=ids, data={CLASS_NAME_DATA_FIELD: np.array([names[i] for i in ids], dtype=str)})


def test_rows_must_match_names_and_be_usable() -> None:
    with pytest.raises(ValueError, match="one row per name"):
        CropClasses(("a", "b"), torch.ones(3, 4))
    with pytest.raises(ValueError, match="finite and non-zero"):
        CropClasses(("a", "b"), torch.tensor([[1.0, 0.0], [0.0, 0.0]]))
    with pytest.raises(ValueError, match="distinct"):
        CropClasses(("Gear", "gear"), torch.eye(2))
    rows = CropClasses(("a", "b"), torch.tensor([[3.0, 4.0], [0.0, 2.0]]))
    assert torch.allclose(rows.weights.norm(dim=1), torch.ones(2))  # unit rows


def test_rows_match_a_vocabulary_by_name_or_synonym_ignoring_case() -> None:
    rows = CropClasses(("part-7b", "SKU-40213"), torch.eye(2))
    vocab = Vocabulary.parse("dog, Part-7B, nut | sku-40213")
    assert rows.in_vocabulary(vocab) == ([1, 2], [0, 1])
    learnt = CropClasses(("SKU-40213", "bolt"), torch.tensor([[0.0, 1.0], [1.0, 1.0]]))
    merged = rows.merged_with(learnt)
    assert merged.names == ("part-7b", "SKU-40213", "bolt")
    assert torch.equal(merged.weights[1], learnt.weights[0])  # the other's row wins


def test_crop_boxes_are_relabelled_by_their_crops_and_other_classes_pass_untouched() -> None:
    vocab = Vocabulary.from_names(NAMES)
    # The head called both squares "red thing" (and once "blue thing" on the red one); a dog box too.
    found = _candidates(NAMES, [([10, 10, 30, 30], 0.8, 0), ([11, 10, 30, 31], 0.5, 1), ([60, 10, 80, 30], 0.7, 0),
                                ([0, 0, 40, 40], 0.6, 2)])
    rows = _colour_rows()
    out = rescore_by_crops(found, _picture(), ColourTower(), rows, vocab, MEAN, STD)
    dog = out[out.class_id == 2]
    assert len(dog) == 1 and dog.confidence[0] == pytest.approx(0.6) and np.array_equal(dog.xyxy[0], [0, 0, 40, 40])
    best = {}
    for box, score, cls in zip(out.xyxy, out.confidence, out.class_id):
        if cls != 2 and score > best.get(tuple(box[:1]), (0, -1))[0]:
            best[tuple(box[:1])] = (score, cls)
    # The overlapping red candidates are one box; each square is now called by its colour.
    assert best[(10.0,)][1] == 0 and best[(60.0,)][1] == 1
    assert best[(10.0,)][0] <= 0.8 + 1e-6 and len(out) == 1 + 2 * 2
    assert list(out.confidence) == sorted(out.confidence, reverse=True)
    assert list(out.data[CLASS_NAME_DATA_FIELD]) == [NAMES[i] for i in out.class_id]


def test_candidates_below_the_floor_are_dropped_unread_and_the_rest_is_unchanged() -> None:
    from gridclip.model.postprocess import refilter
    from gridclip.model.thresholds import Thresholds

    vocab = Vocabulary.from_names(NAMES)
    found = _candidates(NAMES, [([10, 10, 30, 30], 0.8, 0), ([60, 10, 80, 30], 0.25, 0), ([59, 9, 80, 30], 0.2, 1),
                                ([0, 0, 40, 40], 0.1, 2)])
    rows = _colour_rows()
    tower = ColourTower()
    read = []
    tower.register_forward_hook(lambda module, args, out: read.append(len(args[0])))
    every = rescore_by_crops(found, _picture(), tower, rows, vocab, MEAN, STD)
    floored = rescore_by_crops(found, _picture(), tower, rows, vocab, MEAN, STD, min_score=0.3)
    assert read == [2, 1]  # the blue square's two weak candidates were one crop, then none
    assert len(floored[floored.class_id == 2]) == 1  # other classes are not floored here
    thresholds = Thresholds(score_threshold=0.3)
    kept, kept_floored = refilter(every, thresholds), refilter(floored, thresholds)
    assert np.array_equal(kept.xyxy, kept_floored.xyxy) and np.array_equal(kept.class_id, kept_floored.class_id)
    assert np.allclose(kept.confidence, kept_floored.confidence)
    nothing = rescore_by_crops(found, _picture(), tower, rows, vocab, MEAN, STD, min_score=0.9)
    assert list(nothing.class_id) == [2]


def test_a_vocabulary_without_crop_classes_is_returned_as_is() -> None:
    found = _candidates(["dog"], [([0, 0, 10, 10], 0.9, 0)])
    rows = _colour_rows()
    assert rescore_by_crops(found, _picture(), ColourTower(), rows, Vocabulary.from_names(["dog"]), MEAN, STD) is found


def test_crops_are_square_with_context_and_normalised() -> None:
    batch = crop_tensor(_picture(), [[10, 10, 30, 20]], 8, torch.full((3, 1, 1), 0.5), torch.full((3, 1, 1), 0.5))
    assert tuple(batch.shape) == (1, 3, 8, 8)
    assert float(batch.min()) >= -1.0 and float(batch.max()) <= 1.0
    assert tuple(crop_tensor(_picture(), np.zeros((0, 4)), 8, MEAN, STD).shape) == (0, 3, 8, 8)


def test_prototypes_carry_their_crop_rows_through_a_file() -> None:
    rows = CropClasses(("part-7b", "qx-118"), torch.tensor([[1.0, 2.0], [2.0, -1.0]]), temperature=12.0)
    protos = ClassPrototypes("v1", {"part-7b": (np.array([1.0, 0.0]), 3)}, crops=rows)
    back = ClassPrototypes.from_bytes(protos.to_bytes())
    assert back.crops is not None and back.crops.names == rows.names and back.crops.temperature == 12.0
    assert torch.allclose(back.crops.weights, rows.weights)
    assert back.digest == protos.digest
    assert ClassPrototypes("v1", {"part-7b": (np.array([1.0, 0.0]), 3)}).digest != protos.digest
