"""Hostile COCO files (issue 29, item 5): every one is refused with one line naming what is wrong,
by ``import-coco`` (:class:`CocoError`, nothing written) and by ``train --coco`` / evaluation
(``load_coco``: :class:`DataError`) alike, since both read through the one reader; never a
``TypeError``, ``RecursionError``, ``OverflowError`` or ``RuntimeError`` traceback."""

from __future__ import annotations

import json
import os
from collections.abc import Callable
from pathlib import Path

import pytest
from PIL import Image as PILImage

from gridclip.training_data import DataError, load_coco
from storage import CocoError, Store


def _valid(root: Path) -> dict:
    root.mkdir(parents=True, exist_ok=True)
    for k, name in enumerate(("a.png", "b.png")):
        PILImage.new("RGB", (40, 30), (60 * k, 20, 200)).save(root / name)
    return {
        "images": [{"id": 1, "file_name": "a.png", "width": 40, "height": 30},
                   {"id": 2, "file_name": "b.png", "width": 40, "height": 30}],
        "categories": [{"id": 1, "name": "cat", "synonyms": ["kitty"]}, {"id": 2, "name": "dog"}],
        "annotations": [{"id": 1, "image_id": 1, "category_id": 1, "bbox": [2, 2, 10, 10]},
                        {"id": 2, "image_id": 2, "category_id": 2, "bbox": [3, 3, 12, 12]}],
    }


def _symlink_loop(root: Path, coco: dict) -> None:
    os.symlink(root / "loop_b", root / "loop_a")
    os.symlink(root / "loop_a", root / "loop_b")
    coco["images"][1]["file_name"] = "loop_a"


HOSTILE: dict[str, tuple[Callable[[Path, dict], None], str]] = {
    "image id a list": (lambda r, c: c["images"][0].update(id=[1]), "integer 'id'"),
    "annotation image_id an object": (lambda r, c: c["annotations"][0].update(image_id={"id": 1}), "unknown image id"),
    "annotation category_id a list": (lambda r, c: c["annotations"][0].update(category_id=[1]), "unknown category id"),
    "annotation id a list": (lambda r, c: c["annotations"][0].update(id=[1]), "annotation id"),
    "category id an object": (lambda r, c: c["categories"][1].update(id={"n": 2}), "no integer id"),
    "bbox number too large for a float": (lambda r, c: c["annotations"][0].update(bbox=[10**400, 2, 10, 10]),
                                          "too large"),
    "bbox width that overflows to infinity": (lambda r, c: c["annotations"][0].update(bbox=[1e308, 2, 1e308, 10]),
                                              "infinite or too large"),
    "file_name a symlink loop": (_symlink_loop, "loop_a"),
    "image split not a string": (lambda r, c: c["images"][0].update(split={"name": "val"}), "'split' must be a string"),
    "synonym that is another class's name": (lambda r, c: c["categories"][0].update(synonyms=["dog"]),
                                             "'dog' names two classes"),
    "synonym shared by two classes with boxes": (lambda r, c: [c["categories"][0].update(synonyms=["pet"]),
                                                                c["categories"][1].update(synonyms=["pet"])],
                                                 "'pet' names two classes"),
}


@pytest.fixture(params=sorted(HOSTILE), ids=lambda name: name.replace(" ", "-"))
def hostile(request, tmp_path: Path) -> tuple[Path, Path, str]:
    breakage, message = HOSTILE[request.param]
    root = tmp_path / "imgs"
    coco = _valid(root)
    breakage(root, coco)
    path = tmp_path / "hostile.json"
    path.write_text(json.dumps(coco))
    return path, root, message


def test_import_refuses_a_hostile_file_in_one_line(hostile, tmp_path: Path) -> None:
    path, root, message = hostile
    with Store.open(tmp_path / "labels.db") as store:
        with pytest.raises(CocoError, match=message) as refused:
            store.import_coco(path, root)
        assert "\n" not in str(refused.value) and "nothing imported" in str(refused.value)
        assert store.counts() == {"images": 0, "categories": 0, "predictions": 0, "annotations": 0}


def test_training_refuses_the_same_file_in_one_line(hostile) -> None:
    path, root, message = hostile
    with pytest.raises(DataError, match=message) as refused:
        load_coco(path, root)
    assert "\n" not in str(refused.value)


@pytest.mark.parametrize(("text", "message"), [
    ("[" * 100_000 + "]" * 100_000, "nested too deeply"),
    ('{"images": [], "categories": [], "n": ' + "9" * 5000 + "}", "not usable JSON"),
], ids=["nested-100000-deep", "integer-of-5000-digits"])
def test_unreadable_json_is_one_line_at_import_and_at_training(tmp_path: Path, text: str, message: str) -> None:
    path = tmp_path / "deep.json"
    path.write_text(text)
    (tmp_path / "imgs").mkdir()
    with Store.open(tmp_path / "labels.db") as store:
        with pytest.raises(CocoError, match=message):
            store.import_coco(path, tmp_path / "imgs")
    with pytest.raises(DataError, match=message):
        load_coco(path, tmp_path / "imgs")


def test_a_synonym_clashing_with_the_stores_classes_is_refused_at_import(tmp_path: Path) -> None:
    root = tmp_path / "imgs"
    coco = _valid(root)
    coco["categories"][1]["synonyms"] = ["pet"]
    path = tmp_path / "labels.json"
    path.write_text(json.dumps(coco))
    with Store.open(tmp_path / "labels.db") as store:
        store.ensure_categories("cat | pet")  # the store already calls a cat a pet
        with pytest.raises(CocoError, match="clash with the store's.*'pet' names two classes"):
            store.import_coco(path, root)
        assert store.counts()["annotations"] == 0
        coco["categories"][1]["synonyms"] = ["hound"]
        path.write_text(json.dumps(coco))
        assert store.import_coco(path, root).annotations_added == 2
        assert store.training_set().vocabulary.to_text() == "cat | pet | kitty, dog | hound"


def test_a_captions_file_nested_too_deep_is_one_line(tmp_path: Path) -> None:
    path = tmp_path / "captions.json"
    path.write_text("[" * 100_000 + "]" * 100_000)
    (tmp_path / "imgs").mkdir()
    with Store.open(tmp_path / "labels.db") as store:
        store.ensure_categories("cat")
        with pytest.raises(CocoError, match="nested too deeply"):
            store.import_captions(path, tmp_path / "imgs")
