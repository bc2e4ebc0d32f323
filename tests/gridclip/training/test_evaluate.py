"""evaluate(): COCO AP through pycocotools with detectors whose answers we control."""

from __future__ import annotations

import json
from pathlib import Path

import numpy as np
import pytest
import supervision as sv

from gridclip.training.data import DataError, load_coco
from gridclip.training.evaluate import evaluate, format_table
from tests.drawing import write_shape_dataset


class ScriptedDetector:
    """Answers each image with boxes derived from the ground truth by ``transform``."""

    def __init__(self, coco_path: Path, images_dir: Path, transform=lambda xyxy, cls: (xyxy, cls)) -> None:
        coco = load_coco(coco_path, images_dir)
        self.truth = {Path(ex.image): ex for ex in coco.examples}
        self.transform = transform
        self.seen_vocabularies = []
        self.name = "scripted"

    def predict(self, images, vocabulary, **kwargs):
        self.seen_vocabularies.append(vocabulary)
        out = []
        for image in images:
            ex = self.truth[Path(image)]
            xyxy, cls = self.transform(ex.xyxy.copy(), ex.class_ids.copy())
            out.append(sv.Detections(xyxy=np.asarray(xyxy, np.float32), confidence=np.full(len(cls), 0.9, np.float32),
                                     class_id=np.asarray(cls, int)))
        return out


@pytest.fixture()
def dataset(tmp_path: Path) -> tuple[Path, Path]:
    coco = write_shape_dataset(tmp_path, n_images=3, seed=3)
    return coco, tmp_path / "images"


def test_perfect_detector_scores_one(dataset):
    coco, images = dataset
    metrics = evaluate(ScriptedDetector(coco, images), coco, images)
    assert metrics["AP"] == pytest.approx(1.0)
    assert metrics["AP50"] == pytest.approx(1.0)
    assert set(metrics["per_class"]) == {"square", "circle"}
    assert all(m["AP50"] == pytest.approx(1.0) for m in metrics["per_class"].values())
    assert metrics["num_images"] == 3 and metrics["num_boxes"] == 6
    assert metrics["model_name"] == "scripted"


def test_no_detections_scores_zero(dataset):
    coco, images = dataset
    metrics = evaluate(ScriptedDetector(coco, images, lambda b, c: (b[:0], c[:0])), coco, images)
    assert metrics["AP"] == 0.0 and metrics["AP50"] == 0.0
    assert metrics["num_detections"] == 0


def test_swapped_classes_score_zero_per_class(dataset):
    coco, images = dataset
    metrics = evaluate(ScriptedDetector(coco, images, lambda b, c: (b, 1 - c)), coco, images)
    assert metrics["AP50"] == 0.0
    assert metrics["per_class"]["square"]["AP50"] == 0.0


def test_shifted_boxes_pass_ap50_but_not_ap75(dataset):
    coco, images = dataset

    def shift(xyxy, cls):
        w = xyxy[:, 2] - xyxy[:, 0]
        xyxy[:, [0, 2]] += (w * 0.2)[:, None]  # IoU = 0.8/1.2 ≈ 0.67
        return xyxy, cls

    metrics = evaluate(ScriptedDetector(coco, images, shift), coco, images)
    assert metrics["AP50"] == pytest.approx(1.0)
    assert metrics["AP75"] == 0.0


def test_only_one_class_found_gives_per_class_and_split_ap(tmp_path: Path):
    categories = [{"id": 10, "name": "square", "split": "base", "synonyms": ["box"]},
                  {"id": 20, "name": "circle", "split": "novel", "synonyms": ["disc", "ring"]}]
    coco = write_shape_dataset(tmp_path, n_images=3, seed=1, categories=categories)
    images = tmp_path / "images"
    detector = ScriptedDetector(coco, images, lambda b, c: (b[c == 0], c[c == 0]))
    metrics = evaluate(detector, coco, images)
    assert metrics["per_class"]["square"]["AP50"] == pytest.approx(1.0)
    assert metrics["per_class"]["circle"]["AP50"] == 0.0
    assert metrics["splits"]["base"]["AP50"] == pytest.approx(1.0)
    assert metrics["splits"]["novel"]["AP50"] == 0.0
    assert metrics["AP50"] == pytest.approx(0.5)
    vocab = detector.seen_vocabularies[0]
    assert vocab.names == ["square", "circle"]
    assert vocab.classes[1].synonyms == ("disc", "ring")
    table = format_table(metrics)
    assert "novel" in table and "circle" in table


def test_json_serialisable(dataset):
    coco, images = dataset
    metrics = evaluate(ScriptedDetector(coco, images), coco, images)
    assert json.loads(json.dumps(metrics, allow_nan=False)) == metrics  # strict JSON, nothing lost


# -- bad input ---------------------------------------------------------------------------------


def _rewrite(coco: Path, change) -> Path:
    data = json.loads(coco.read_text())
    change(data)
    coco.write_text(json.dumps(data))
    return coco


def test_missing_coco_file(tmp_path: Path):
    with pytest.raises(DataError, match="not found"):
        evaluate(ScriptedDetector.__new__(ScriptedDetector), tmp_path / "nope.json", tmp_path)


def test_invalid_json(tmp_path: Path):
    bad = tmp_path / "bad.json"
    bad.write_text("{not json")
    with pytest.raises(DataError, match="not valid JSON"):
        load_coco(bad, tmp_path)


def test_not_a_coco_file(tmp_path: Path):
    bad = tmp_path / "list.json"
    bad.write_text("[1, 2]")
    with pytest.raises(DataError, match="not a COCO detection file"):
        load_coco(bad, tmp_path)


def test_missing_image_is_named(dataset):
    coco, images = dataset
    (images / "scene_001.png").unlink()
    with pytest.raises(DataError, match="scene_001.png"):
        load_coco(coco, images)


@pytest.mark.parametrize(
    "change, message",
    [
        (lambda d: d["images"][0].update(file_name="../../etc/passwd"), "outside the image folder"),
        (lambda d: d["annotations"][0].update(category_id=99), "category 99"),
        (lambda d: d["categories"][1].update(name="Square"), "vocabulary"),
        (lambda d: d.update(categories=[]), "no categories"),
    ],
    ids=["file-name-escaping-the-folder", "unknown-category", "duplicate-category-names", "no-categories"],
)
def test_a_broken_coco_file_is_refused_with_the_reason(dataset, change, message):
    coco, images = dataset
    _rewrite(coco, change)
    with pytest.raises(DataError, match=message):
        load_coco(coco, images)


def test_detector_class_id_outside_vocabulary_is_an_error(dataset):
    coco, images = dataset
    with pytest.raises(ValueError, match="outside"):
        evaluate(ScriptedDetector(coco, images, lambda b, c: (b, c + 5)), coco, images)


def test_crowd_and_empty_boxes_are_skipped_with_a_warning(dataset):
    coco, images = dataset

    def change(d):
        d["annotations"][0]["iscrowd"] = 1
        d["annotations"][1]["bbox"][2] = 0

    _rewrite(coco, change)
    with pytest.warns(UserWarning, match="skipped 2"):
        loaded = load_coco(coco, images)
    assert sum(len(ex) for ex in loaded.examples) == 4
