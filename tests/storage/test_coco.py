"""COCO export and import: round trip, other tools' loaders, idempotence, all-or-nothing."""

from __future__ import annotations

import json
import re
from pathlib import Path

import numpy as np
import pytest
import supervision as sv
from PIL import Image as PILImage

from storage import CocoError, Store

DATE_LINE = re.compile(rb'\n\s*"date_created": "[^"]*",?')


def make_image(path: Path, size: tuple[int, int], seed: int) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    PILImage.new("RGB", size, (seed * 37 % 256, seed * 91 % 256, seed * 13 % 256)).save(path)
    return path


@pytest.fixture
def labeled(tmp_path: Path) -> tuple[Store, Path]:
    """A store with images in two sub-folders (same base name in both), predictions and decisions."""
    root = tmp_path / "images"
    make_image(root / "site1" / "img.png", (80, 60), 1)
    make_image(root / "site2" / "img.png", (100, 50), 2)
    make_image(root / "empty.png", (20, 20), 3)
    store = Store.open(tmp_path / "a.db", image_root=root)
    store.add_images(root)
    images = {i.relpath: i.id for i in store.list_images()}
    dets = sv.Detections(
        xyxy=np.array([[1.25, 2.5, 30.125, 40.0625], [10, 10, 20, 20], [5, 5, 95, 45]], dtype=np.float32),
        confidence=np.array([0.9, 0.4, 0.7], dtype=np.float32),
        class_id=np.array([0, 1, 0]),
        data={"class_name": np.array(["forklift", 'pallet "euro"', "forklift"])},
    )
    p1 = store.record_predictions(images["site1/img.png"], dets[:2], "v1", 'forklift | lift truck, pallet "euro" | skid', {})
    p2 = store.record_predictions(images["site2/img.png"], dets[2:], "v1", "forklift | lift truck", {})
    store.accept([p1[0], p2[0]])
    store.reject([p1[1]])
    store.add_annotation(images["site2/img.png"], (0.1, 0.2, 10.3, 20.7), "叉车 (fork)", source="manual")
    yield store, root
    store.close()


def _without_dates(data: bytes) -> bytes:
    return DATE_LINE.sub(b"", data)


def test_export_fields_and_ids(labeled, tmp_path: Path) -> None:
    store, _ = labeled
    out = tmp_path / "out" / "labels.json"
    report = store.export_coco(out)
    coco = json.loads(out.read_text(encoding="utf-8"))
    assert (report.images, report.annotations, report.categories) == (3, 3, 3)
    assert [c["id"] for c in coco["categories"]] == [1, 2, 3]
    assert [c["name"] for c in coco["categories"]] == ["forklift", 'pallet "euro"', "叉车 (fork)"]
    assert coco["categories"][0]["synonyms"] == ["lift truck"] and coco["categories"][1]["synonyms"] == ["skid"]
    assert [i["file_name"] for i in coco["images"]] == ["empty.png", "site1/img.png", "site2/img.png"]
    assert len({i["id"] for i in coco["images"]}) == 3 and len({a["id"] for a in coco["annotations"]}) == 3
    site1 = next(i for i in coco["images"] if i["file_name"] == "site1/img.png")
    assert (site1["width"], site1["height"]) == (80, 60)
    ann = next(a for a in coco["annotations"] if a["image_id"] == site1["id"])
    assert ann["bbox"] == pytest.approx([1.25, 2.5, 28.875, 37.5625], abs=1e-3)
    assert ann["area"] == pytest.approx(ann["bbox"][2] * ann["bbox"][3], abs=1e-3)
    assert ann["iscrowd"] == 0 and ann["category_id"] == 1 and "score" not in ann
    assert all(isinstance(v, float) for a in coco["annotations"] for v in a["bbox"])
    assert [p.name for p in out.parent.iterdir()] == ["labels.json"]  # no temp file left behind


def test_export_with_scores_and_all_statuses(labeled, tmp_path: Path) -> None:
    store, _ = labeled
    out = tmp_path / "all.json"
    store.export_coco(out, status="all", include_scores=True)
    coco = json.loads(out.read_text(encoding="utf-8"))
    by_status = sorted((a["status"], a["score"]) for a in coco["annotations"])
    assert by_status == [("accepted", 0.7), ("accepted", 0.9), ("accepted", 1.0), ("rejected", 0.4)]


def test_round_trip_is_byte_identical_apart_from_timestamps(labeled, tmp_path: Path) -> None:
    store, root = labeled
    first = tmp_path / "first.json"
    second = tmp_path / "second.json"
    store.export_coco(first)
    with Store.open(tmp_path / "b.db") as other:
        other.import_coco(first, root)
        other.export_coco(second)
    assert b"date_created" in first.read_bytes()
    assert _without_dates(first.read_bytes()) == _without_dates(second.read_bytes())


def test_export_loads_in_pycocotools_and_supervision(labeled, tmp_path: Path) -> None:
    from pycocotools.coco import COCO

    store, root = labeled
    out = tmp_path / "labels.json"
    store.export_coco(out)
    coco = COCO(str(out))
    assert len(coco.getImgIds()) == 3 and len(coco.getAnnIds()) == 3
    assert coco.loadCats(1)[0]["name"] == "forklift"

    dataset = sv.DetectionDataset.from_coco(images_directory_path=str(root), annotations_path=str(out))
    assert dataset.classes == ["forklift", 'pallet "euro"', "叉车 (fork)"]
    assert len(dataset) == 3
    boxes = {Path(path).relative_to(root).as_posix(): dets for path, _, dets in dataset}
    assert boxes["site1/img.png"].xyxy[0].tolist() == pytest.approx([1.25, 2.5, 30.125, 40.0625], abs=1e-3)
    assert sorted(boxes["site2/img.png"].class_id.tolist()) == [0, 2]


def test_reimport_is_idempotent_and_merges(labeled, tmp_path: Path) -> None:
    store, root = labeled
    out = tmp_path / "labels.json"
    store.export_coco(out)
    before = store.counts()
    report = store.import_coco(out, root)
    assert (report.annotations_added, report.annotations_already_present, report.images_added) == (0, 3, 0)
    assert store.counts() == before
    # A new box in the file is merged; the rest stays as it was.
    coco = json.loads(out.read_text(encoding="utf-8"))
    coco["annotations"].append({"id": 99, "image_id": 1, "category_id": 1, "bbox": [1, 1, 5, 5], "area": 25, "iscrowd": 0})
    out.write_text(json.dumps(coco), encoding="utf-8")
    assert store.import_coco(out, root).annotations_added == 1
    assert store.counts()["annotations"] == before["annotations"] + 1


def test_split_is_kept(tmp_path: Path) -> None:
    root = tmp_path / "imgs"
    make_image(root / "a.png", (30, 30), 1)
    coco = {"images": [{"id": 5, "file_name": "a.png", "width": 30, "height": 30, "split": "val"}],
            "categories": [{"id": 3, "name": "cat"}],
            "annotations": [{"id": 1, "image_id": 5, "category_id": 3, "bbox": [1, 1, 10, 10], "iscrowd": 0}]}
    src = tmp_path / "in.json"
    src.write_text(json.dumps(coco))
    with Store.open(tmp_path / "db.sqlite") as store:
        store.import_coco(src, root)
        store.export_coco(tmp_path / "out.json")
    exported = json.loads((tmp_path / "out.json").read_text())
    assert exported["images"][0]["split"] == "val"
    assert exported["images"][0]["id"] == 1 and exported["categories"][0]["id"] == 1  # renumbered 1-based


def _valid_coco(root: Path) -> dict:
    make_image(root / "a.png", (40, 30), 1)
    make_image(root / "b.png", (40, 30), 2)
    return {
        "images": [{"id": 1, "file_name": "a.png", "width": 40, "height": 30},
                   {"id": 2, "file_name": "b.png", "width": 40, "height": 30}],
        "categories": [{"id": 1, "name": "cat"}, {"id": 2, "name": "dog"}],
        "annotations": [{"id": i, "image_id": 1 + i % 2, "category_id": 1 + i % 2, "bbox": [i, 1, 5, 5], "iscrowd": 0}
                        for i in range(1, 9)],
    }


@pytest.mark.parametrize(
    ("breakage", "message"),
    [
        (lambda c: c["images"].append({"id": 3, "file_name": "missing.png"}), "unknown image 'missing.png'"),
        (lambda c: c["images"].append({"id": 3, "file_name": "../outside.png"}), "escapes its root"),
        (lambda c: c["annotations"].append({"id": 50, "image_id": 1, "category_id": 7, "bbox": [1, 1, 2, 2]}), "unknown category id 7"),
        (lambda c: c["annotations"].append({"id": 51, "image_id": 9, "category_id": 1, "bbox": [1, 1, 2, 2]}), "unknown image id 9"),
        (lambda c: c["annotations"].append({"id": 52, "image_id": 1, "category_id": 1, "bbox": [1, 1, -2, 2]}), "annotation id 52.*zero or negative"),
        (lambda c: c["annotations"].append({"id": 53, "image_id": 1, "category_id": 1, "bbox": [100, 100, 2, 2]}), "annotation id 53.*entirely outside"),
        (lambda c: c["annotations"].append({"id": 54, "image_id": 1, "category_id": 1, "bbox": [1, 1, 0, 2]}), "annotation id 54.*zero"),
        (lambda c: c["annotations"].append({"id": 55, "image_id": 1, "category_id": 1, "bbox": "1,1,2,2"}), "annotation id 55.*not \\[x, y, width, height\\]"),
        (lambda c: c["annotations"].append({"id": 1, "image_id": 1, "category_id": 1, "bbox": [1, 1, 2, 2]}), "annotation id 1 appears twice"),
        (lambda c: c["images"][0].update(width=41), "says 41×30 but the file is 40×30"),
        (lambda c: c["categories"].append({"id": 3, "name": "CAT"}), "both named 'CAT'"),
    ],
)
def test_bad_files_import_nothing(tmp_path: Path, breakage, message: str) -> None:
    root = tmp_path / "imgs"
    coco = _valid_coco(root)
    breakage(coco)
    src = tmp_path / "bad.json"
    src.write_text(json.dumps(coco))
    with Store.open(tmp_path / "db.sqlite") as store:
        with pytest.raises(CocoError, match=message):
            store.import_coco(src, root)
        assert store.counts() == {"images": 0, "categories": 0, "predictions": 0, "annotations": 0}
        # The same file without the breakage imports fine: the refusal was about that one thing.
        src.write_text(json.dumps(_valid_coco(root)))
        assert store.import_coco(src, root).annotations_added == 8


@pytest.mark.parametrize(
    ("content", "message"),
    [('{"images": [', "not valid JSON"), ("[1, 2]", "JSON object"), ('{"images": []}', "'categories'"), ("\udcff", "cannot read")],
)
def test_broken_json_is_a_clear_error(tmp_path: Path, content: str, message: str) -> None:
    src = tmp_path / "broken.json"
    src.write_bytes(content.encode("utf-8", "surrogateescape"))
    (tmp_path / "imgs").mkdir()
    with Store.open(tmp_path / "db.sqlite") as store:
        with pytest.raises(CocoError, match=message):
            store.import_coco(src, tmp_path / "imgs")
        assert store.counts()["annotations"] == 0


def test_missing_coco_file_and_images_folder(tmp_path: Path) -> None:
    (tmp_path / "imgs").mkdir()
    with Store.open(tmp_path / "db.sqlite") as store:
        with pytest.raises(CocoError, match="no such COCO file"):
            store.import_coco(tmp_path / "nope.json", tmp_path / "imgs")
        with pytest.raises(CocoError, match="images folder not found"):
            store.import_coco(tmp_path / "nope.json", tmp_path / "no-imgs")


def test_crowd_and_non_accepted_boxes_are_skipped(tmp_path: Path) -> None:
    root = tmp_path / "imgs"
    coco = _valid_coco(root)
    coco["annotations"][0]["iscrowd"] = 1
    coco["annotations"][1]["status"] = "rejected"
    src = tmp_path / "in.json"
    src.write_text(json.dumps(coco))
    with Store.open(tmp_path / "db.sqlite") as store:
        report = store.import_coco(src, root)
        assert (report.annotations_added, report.annotations_skipped) == (6, 2)
