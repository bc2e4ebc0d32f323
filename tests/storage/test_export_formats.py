"""YOLO and Pascal VOC export and import (storage.export_formats): round trips through a second
store, the files other tools read, and refusals that leave nothing half done."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest
import yaml
from PIL import Image

from storage import CocoError, Store
from storage.export_formats import DatasetFormatError, export_dataset, import_dataset

# Two folders with a picture of the same name: the flat images/ folder must keep them apart.
PICTURES = {"site1/a.png": (160, 120), "site2/a.png": (200, 100), "b.jpg": (90, 140), "new.png": (50, 50),
            "tagged.png": (60, 40)}
BOXES = {
    "site1/a.png": [((10, 20, 50, 60), "red circle"), ((60.5, 5.25, 150, 110.75), "blue square")],
    "site2/a.png": [((0, 0, 200, 100), "blue square")],
    "b.jpg": [],  # its proposal was rejected: "nothing here" travels as a picture without boxes
    "new.png": [],  # nobody looked at it yet: left out (the formats would read it as "nothing here")
    "tagged.png": [],  # tagged "red circle" without a box: left out, for the same reason
}
EXPORTED = {"site1/a.png", "site2/a.png", "b.jpg"}


def _labeled_store(folder: Path) -> Store:
    for name, size in PICTURES.items():
        (folder / name).parent.mkdir(parents=True, exist_ok=True)
        seed = sum(map(ord, name))
        pixels = np.random.default_rng(seed).integers(0, 255, (size[1], size[0], 3), dtype=np.uint8)
        Image.fromarray(pixels).save(folder / name, quality=95)
    store = Store.open(folder / "labels.db")
    store.add_images(folder, recursive=True)
    store.ensure_categories("red circle | red ring, blue square")
    for record in store.list_images():
        for xyxy, name in BOXES[record.relpath]:
            store.add_annotation(record.id, xyxy, name)
    records = {record.relpath: record for record in store.list_images()}
    rejected = store.record_predictions(records["b.jpg"].id, _one_box(), "m1", "red circle", {})
    store.reject(rejected)  # not exported: only accepted boxes travel
    store.add_tags(records["tagged.png"].id, ["red circle"])
    return store


def _one_box():
    import supervision as sv

    return sv.Detections(xyxy=np.array([[1.0, 1.0, 9.0, 9.0]]), confidence=np.array([0.5]),
                         data={"class_name": np.array(["red circle"])})


def _boxes_by_content(store: Store, only: set[str] | None = None) -> dict[str, list[tuple[str, tuple[float, ...]]]]:
    """Each picture's accepted boxes, keyed by the picture's content (names change on the way)."""
    found = {}
    for record in store.list_images():
        if only is not None and record.relpath not in only:
            continue
        detections = store.annotations(record.id)
        found[record.sha256] = sorted(
            (str(detections.data["class_name"][i]), tuple(float(v) for v in detections.xyxy[i]))
            for i in range(len(detections))
        )
    return found


def _assert_same_boxes(a: Store, b: Store, tolerance: float) -> None:
    left, right = _boxes_by_content(a, EXPORTED), _boxes_by_content(b)
    assert left.keys() == right.keys()
    for sha, boxes in left.items():
        assert [name for name, _ in boxes] == [name for name, _ in right[sha]], sha
        assert np.allclose([xyxy for _, xyxy in boxes] or np.zeros((0, 4)),
                           [xyxy for _, xyxy in right[sha]] or np.zeros((0, 4)), atol=tolerance), (boxes, right[sha])


def test_yolo_round_trip_through_another_store(tmp_path: Path) -> None:
    store = _labeled_store(tmp_path / "pictures")
    report = export_dataset(store, tmp_path / "yolo", "yolo")
    assert (report.images, report.annotations, report.categories) == (3, 3, 2)

    out = tmp_path / "yolo"
    data = yaml.safe_load((out / "data.yaml").read_text())
    assert data["names"] == ["red circle", "blue square"] and data["nc"] == 2
    assert (data["train"], data["val"]) == ("images", "images")
    assert sorted(p.name for p in (out / "images").iterdir()) == ["b.jpg", "site1__a.png", "site2__a.png"]
    # Pictures are copied byte for byte, not re-encoded.
    assert (out / "images" / "b.jpg").read_bytes() == (tmp_path / "pictures" / "b.jpg").read_bytes()
    lines = (out / "labels" / "site1__a.txt").read_text().split("\n")
    first = [float(v) for v in lines[0].split()]
    assert first[0] == 0 and np.allclose(first[1:], [30 / 160, 40 / 120, 40 / 160, 40 / 120], atol=1e-5)
    assert (out / "labels" / "b.txt").read_text().strip() == ""

    other = Store.open(tmp_path / "other.db")
    imported = import_dataset(other, out, "yolo")
    assert (imported.images_added, imported.annotations_added) == (3, 3)
    _assert_same_boxes(store, other, tolerance=0.01)
    assert import_dataset(other, out / "data.yaml", "yolo").annotations_added == 0  # idempotent


def test_voc_round_trip_through_another_store(tmp_path: Path) -> None:
    store = _labeled_store(tmp_path / "pictures")
    export_dataset(store, tmp_path / "voc", "voc")
    xml = (tmp_path / "voc" / "Annotations" / "site1__a.xml").read_text()
    assert "<filename>site1__a.png</filename>" in xml and "<name>red circle</name>" in xml

    other = Store.open(tmp_path / "other.db")
    imported = import_dataset(other, tmp_path / "voc", "voc")
    assert (imported.images_added, imported.annotations_added) == (3, 3)
    _assert_same_boxes(store, other, tolerance=1.0)  # VOC keeps whole pixels
    assert import_dataset(other, tmp_path / "voc", "voc").annotations_added == 0


def test_export_refuses_what_would_mix_or_lose_labels(tmp_path: Path) -> None:
    store = _labeled_store(tmp_path / "pictures")
    (tmp_path / "used").mkdir()
    (tmp_path / "used" / "old.txt").write_text("0 0.5 0.5 1 1\n")
    with pytest.raises(DatasetFormatError, match="not empty"):
        export_dataset(store, tmp_path / "used", "yolo")
    with pytest.raises(DatasetFormatError, match="accepted boxes only"):
        export_dataset(store, tmp_path / "all", "voc", status="all")
    with pytest.raises(DatasetFormatError, match="unknown format"):
        export_dataset(store, tmp_path / "x", "csv")  # type: ignore[arg-type]
    assert not (tmp_path / "all").exists() and not (tmp_path / "x").exists()
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith(".")] == []  # no staging left


def test_a_bad_yolo_file_imports_nothing(tmp_path: Path) -> None:
    store = _labeled_store(tmp_path / "pictures")
    export_dataset(store, tmp_path / "yolo", "yolo")
    (tmp_path / "yolo" / "labels" / "b.txt").write_text("7 0.5 0.5 0.2 0.2\n")  # class 7 of 2
    other = Store.open(tmp_path / "other.db")
    with pytest.raises(CocoError, match="nothing imported"):
        import_dataset(other, tmp_path / "yolo", "yolo")
    assert other.list_images() == [] and other.counts()["annotations"] == 0
    (tmp_path / "yolo" / "labels" / "b.txt").write_text("0 0.5 zero 0.2 0.2\n")
    with pytest.raises(CocoError, match="cannot read it as YOLO"):
        import_dataset(other, tmp_path / "yolo", "yolo")
    with pytest.raises(CocoError, match="data.yaml: no such file"):
        import_dataset(other, tmp_path / "pictures", "yolo")
