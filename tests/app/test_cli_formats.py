"""``gridclip export --format`` and ``gridclip import --format`` through ``app.cli.main``: a
COCO file in, YOLO and VOC out and back into fresh stores, one-line errors."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from app.cli import main
from tests.app.test_cli_store import folder  # noqa: F401  (fixture)


@pytest.fixture
def labeled_db(folder: Path, tmp_path: Path) -> str:  # noqa: F811  (the fixture)
    coco = {
        "images": [{"id": 1, "file_name": "a.png", "width": 40, "height": 30},
                   {"id": 2, "file_name": "sub/b.jpg", "width": 50, "height": 20}],
        "categories": [{"id": 1, "name": "cat"}, {"id": 2, "name": "dog"}],
        "annotations": [{"id": 1, "image_id": 1, "category_id": 1, "bbox": [1, 2, 10, 10], "iscrowd": 0},
                        {"id": 2, "image_id": 2, "category_id": 2, "bbox": [5, 5, 20, 10], "iscrowd": 0}],
    }
    (tmp_path / "in.json").write_text(json.dumps(coco))
    db = str(tmp_path / "labels.db")
    assert main(["import", "--db", db, "--format", "coco", "--dataset", str(tmp_path / "in.json"),
                 "--images", str(folder)]) == 0
    return db


@pytest.mark.parametrize("fmt", ["yolo", "voc"])
def test_export_then_import_into_a_new_store(labeled_db: str, tmp_path: Path, fmt: str, capsys) -> None:
    out = tmp_path / fmt
    assert main(["export", "--db", labeled_db, "--format", fmt, "--out", str(out)]) == 0
    assert f"({fmt}): 2 image(s), 2 box(es), 2 categories" in capsys.readouterr().out
    other = str(tmp_path / "other.db")
    assert main(["import", "--db", other, "--format", fmt, "--dataset", str(out)]) == 0
    assert "imported 2 box(es) (0 already present), 2 new image(s)" in capsys.readouterr().out
    assert main(["export", "--db", other, "--format", "coco", "--out", str(tmp_path / "back.json")]) == 0
    back = json.loads((tmp_path / "back.json").read_text())
    assert sorted(c["name"] for c in back["categories"]) == ["cat", "dog"]
    assert sorted(a["bbox"] for a in back["annotations"]) == [[1.0, 2.0, 10.0, 10.0], [5.0, 5.0, 20.0, 10.0]]


def test_user_errors_are_one_line(labeled_db: str, tmp_path: Path, capsys) -> None:
    assert main(["export", "--db", labeled_db, "--format", "yolo", "--out", str(tmp_path / "y"), "--status", "all"]) == 2
    assert main(["import", "--db", labeled_db, "--format", "coco", "--dataset", "x.json"]) == 2
    assert main(["import", "--db", labeled_db, "--format", "voc", "--dataset", str(tmp_path / "missing")]) == 2
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 3 and all(line.startswith(("gridclip export: error:", "gridclip import: error:")) for line in err)
    assert "accepted boxes only" in err[0] and "--images" in err[1] and "not found" in err[2]
