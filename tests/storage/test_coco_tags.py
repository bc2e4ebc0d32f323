"""Image-level tags through COCO import/export and captions files (storage/coco.py), and the
CLI doors: ``import-coco`` with ``"tags"``, ``import-captions``, ``train --db`` on tag-only
pictures."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from PIL import Image as PILImage

from app.cli import main
from storage import CocoError, Store

CATEGORIES = [{"id": 1, "name": "forklift"}, {"id": 2, "name": "pallet", "synonyms": ["skid"]},
              {"id": 3, "name": "safety vest"}]


@pytest.fixture()
def folder(tmp_path: Path) -> Path:
    images = tmp_path / "images"
    images.mkdir()
    for k, name in enumerate(("boxed.png", "tagged.png", "plain.png")):
        PILImage.new("RGB", (64, 48), (40 * k, 90, 0)).save(images / name)
    return images


def _coco(tmp_path: Path, images: list[dict], annotations: list[dict] | None = None) -> Path:
    path = tmp_path / "coco.json"
    path.write_text(json.dumps({"images": images, "annotations": annotations or [], "categories": CATEGORIES}))
    return path


def _image(iid: int, name: str, **extra) -> dict:
    return {"id": iid, "file_name": name, "width": 64, "height": 48, **extra}


def test_tags_import_and_export_round_trip(folder: Path, tmp_path: Path) -> None:
    coco = _coco(tmp_path, [_image(1, "boxed.png", tags=["pallet"]),
                            _image(2, "tagged.png", tags=["Forklift", "pallet"], absent_tags=["safety vest"]),
                            _image(3, "plain.png")],
                 [{"id": 1, "image_id": 1, "category_id": 1, "bbox": [2, 2, 20, 20]}])
    with Store.open(tmp_path / "a.db") as store:
        report = store.import_coco(coco, folder)
        assert (report.tags_added, report.annotations_added) == (4, 1)
        tagged = store.find_image(relpath="tagged.png")
        assert [(t.class_name, t.present, t.source) for t in store.tags(tagged.id)] == [
            ("forklift", True, "imported"), ("pallet", True, "imported"), ("safety vest", False, "imported")]
        assert store.import_coco(coco, folder).tags_added == 0  # idempotent
        training = store.training_set()
        assert [(Path(e.image).name, e.present, e.absent) for e in training.tag_examples] == [
            ("tagged.png", (0, 1), (2,))]
        store.export_coco(tmp_path / "out.json")
    exported = {i["file_name"]: i for i in json.loads((tmp_path / "out.json").read_text())["images"]}
    assert exported["tagged.png"]["tags"] == ["forklift", "pallet"]
    assert exported["tagged.png"]["absent_tags"] == ["safety vest"]
    assert exported["boxed.png"]["tags"] == ["pallet"] and "tags" not in exported["plain.png"]
    # Into another store and out again: the same tags.
    with Store.open(tmp_path / "b.db") as other:
        other.import_coco(tmp_path / "out.json", folder)
        other.export_coco(tmp_path / "again.json")
    again = {i["file_name"]: i for i in json.loads((tmp_path / "again.json").read_text())["images"]}
    assert again == exported


@pytest.mark.parametrize(("image", "message"), [
    (_image(2, "tagged.png", tags=["forklift", "crane"]), r"tagged \['crane'\], which is not among the file's categories"),
    (_image(2, "tagged.png", tags=[]), "empty tag list"),
    (_image(2, "tagged.png", tags="pallet"), "must be a list of category names"),
    (_image(2, "tagged.png", tags=["pallet"], absent_tags=["pallet"]), "both present and absent"),
    (_image(2, "missing.png", tags=["pallet"]), "unknown image 'missing.png'"),
])
def test_bad_tags_import_nothing(folder: Path, tmp_path: Path, image: dict, message: str) -> None:
    coco = _coco(tmp_path, [_image(1, "boxed.png"), image], [{"id": 1, "image_id": 1, "category_id": 1, "bbox": [2, 2, 20, 20]}])
    with Store.open(tmp_path / "a.db") as store:
        with pytest.raises(CocoError, match=message):
            store.import_coco(coco, folder)
        assert store.counts() == {"images": 0, "categories": 0, "predictions": 0, "annotations": 0}
        assert store.count_tags() == 0


def test_captions_tag_the_classes_they_name(folder: Path, tmp_path: Path) -> None:
    captions = tmp_path / "captions.json"
    captions.write_text(json.dumps([
        {"file_name": "tagged.png", "caption": "A skid next to a forklift."},
        {"file_name": "plain.png", "caption": "an empty scene."},
    ]))
    with Store.open(tmp_path / "a.db") as store:
        store.ensure_categories("forklift, pallet | skid, safety vest")
        report = store.import_captions(captions, folder)
        assert report.tags_added == 2 and report.messages == ["1 caption(s) named none of the 3 categories: not tagged"]
        tagged = store.find_image(relpath="tagged.png")
        assert [t.class_name for t in store.tags(tagged.id)] == ["forklift", "pallet"]
        assert store.find_image(relpath="plain.png") is None  # nothing to say about it: not added


@pytest.mark.parametrize(("content", "message"), [
    ("{not json", "not valid JSON"),
    (json.dumps({"file_name": "tagged.png"}), "a captions file is a JSON list"),
    (json.dumps([{"file_name": "gone.png", "caption": "a forklift"}]), "unknown image 'gone.png'"),
])
def test_bad_captions_import_nothing(folder: Path, tmp_path: Path, content: str, message: str) -> None:
    captions = tmp_path / "captions.json"
    captions.write_text(content)
    with Store.open(tmp_path / "a.db") as store:
        store.ensure_categories("forklift, pallet")
        with pytest.raises(CocoError, match=message):
            store.import_captions(captions, folder)
        assert store.count_tags() == 0 and store.counts()["images"] == 0


def test_cli_imports_tags_and_trains_on_tag_only_pictures(folder: Path, tmp_path: Path, capsys,
                                                          monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("GRIDCLIP_CACHE_DIR", str(tmp_path / "cache"))
    db = str(tmp_path / "labels.db")
    coco = _coco(tmp_path, [_image(1, "boxed.png", tags=["forklift"]), _image(2, "tagged.png", tags=["pallet"]),
                            _image(3, "plain.png", tags=["safety vest", "pallet"])])
    assert main(["import-coco", "--db", db, "--coco", str(coco), "--images", str(folder)]) == 0
    assert "4 tag(s)" in capsys.readouterr().out
    captions = tmp_path / "captions.json"
    captions.write_text("[")
    assert main(["import-captions", "--db", db, "--captions", str(captions), "--images", str(folder)]) == 2
    assert "not valid JSON" in capsys.readouterr().err

    # No box anywhere: the tags alone train (one pass of tag batches), and the version is registered.
    assert main(["train", "--db", db, "--model", "open_clip:tiny-rn", "--out", str(tmp_path / "ck"), "--epochs", "1",
                 "--image-size", "128", "--head-only", "--no-image-level-alignment", "--tag-batch-size", "3",
                 "--tag-weight", "0.5"]) == 0
    assert "registered the model version" in capsys.readouterr().out
    with Store.open(db) as store:
        (version,) = store.model_versions()
        assert version["config"]["training"]["tag_batch_size"] == 3 and version["config"]["training"]["tag_weight"] == 0.5
        assert version["metrics"]["loss_tags"] > 0 and version["metrics"]["loss_cls"] is None  # no box: no box loss


def test_training_reads_tags_of_a_coco_file(folder: Path, tmp_path: Path) -> None:
    from gridclip.training.data import DataError, TagExample, TrainingExample, load_coco

    coco = _coco(tmp_path, [_image(1, "boxed.png", tags=["pallet"]), _image(2, "tagged.png", tags=["pallet"],
                                                                             absent_tags=["forklift"])],
                 [{"id": 1, "image_id": 1, "category_id": 1, "bbox": [2, 2, 20, 20]}])
    examples = load_coco(coco, folder).examples
    assert [type(e) for e in examples] == [TrainingExample, TagExample]  # boxes teach the boxed picture
    assert (examples[1].present, examples[1].absent) == ((1,), (0,))
    bad = _coco(tmp_path, [_image(2, "tagged.png", tags=["crane"])])
    with pytest.raises(DataError, match=r"tagged \['crane'\]"):
        load_coco(bad, folder)
