"""The store commands through ``app.cli.main``: images add, stats, export-coco, import-coco."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from PIL import Image as PILImage

from app.cli import main


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    root = tmp_path / "imgs"
    (root / "sub").mkdir(parents=True)
    PILImage.new("RGB", (40, 30), (1, 2, 3)).save(root / "a.png")
    PILImage.new("RGB", (50, 20), (4, 5, 6)).save(root / "sub" / "b.jpg")
    return root


def _coco(folder: Path, tmp_path: Path, **changes) -> Path:
    coco = {
        "images": [{"id": 1, "file_name": "a.png", "width": 40, "height": 30},
                   {"id": 2, "file_name": "sub/b.jpg", "width": 50, "height": 20}],
        "categories": [{"id": 1, "name": "cat", "synonyms": ["kitty"]}, {"id": 2, "name": "dog"}],
        "annotations": [{"id": 1, "image_id": 1, "category_id": 1, "bbox": [1, 2, 10, 10], "iscrowd": 0},
                        {"id": 2, "image_id": 2, "category_id": 2, "bbox": [5, 5, 20, 10], "iscrowd": 0},
                        {"id": 3, "image_id": 2, "category_id": 1, "bbox": [0, 0, 4, 4], "iscrowd": 0}],
    }
    coco.update(changes)
    path = tmp_path / "in.json"
    path.write_text(json.dumps(coco))
    return path


def test_images_add_then_stats(folder: Path, tmp_path: Path, capsys) -> None:
    db = str(tmp_path / "labels.db")
    assert main(["images", "add", "--db", db, str(folder)]) == 0
    assert "added 2 image(s), 0 already in the store, 0 refused" in capsys.readouterr().out
    assert main(["images", "add", "--db", db, str(folder)]) == 0
    assert "added 0 image(s), 2 already in the store" in capsys.readouterr().out


def test_images_add_reports_refused_files(folder: Path, tmp_path: Path, capsys) -> None:
    (folder / "bad.png").write_bytes(b"not a png")
    assert main(["images", "add", "--db", str(tmp_path / "labels.db"), str(folder)]) == 1
    captured = capsys.readouterr()
    assert "added 2 image(s)" in captured.out and "1 refused" in captured.out
    assert "bad.png" in captured.err


def test_images_add_missing_folder_is_a_user_error(tmp_path: Path, capsys) -> None:
    assert main(["images", "add", "--db", str(tmp_path / "labels.db"), str(tmp_path / "nope")]) == 2
    assert "not a folder" in capsys.readouterr().err


def test_import_stats_export(folder: Path, tmp_path: Path, capsys) -> None:
    db = str(tmp_path / "labels.db")
    coco = _coco(folder, tmp_path)
    assert main(["import-coco", "--db", db, "--coco", str(coco), "--images", str(folder)]) == 0
    assert "imported 3 box(es)" in capsys.readouterr().out
    assert main(["import-coco", "--db", db, "--coco", str(coco), "--images", str(folder)]) == 0
    assert "imported 0 box(es) (3 already present" in capsys.readouterr().out

    assert main(["stats", "--db", db, "--json"]) == 0
    stats = json.loads(capsys.readouterr().out)
    assert {c["name"]: c["accepted"] for c in stats["classes"]} == {"cat": 2, "dog": 1}
    assert stats["totals"]["images"] == 2

    assert main(["stats", "--db", db]) == 0
    table = capsys.readouterr().out.splitlines()
    assert table[0].split() == ["class", "predicted", "accepted", "rejected"]
    assert table[1].split() == ["cat", "0", "2", "0"]

    out = tmp_path / "export" / "labels.json"
    assert main(["export-coco", "--db", db, "--out", str(out), "--include-scores"]) == 0
    assert "3 box(es)" in capsys.readouterr().out
    exported = json.loads(out.read_text())
    assert sorted(i["file_name"] for i in exported["images"]) == ["a.png", "sub/b.jpg"]
    assert [c["synonyms"] for c in exported["categories"]] == [["kitty"], []]
    assert all(a["score"] == 1.0 for a in exported["annotations"])


def test_import_of_a_bad_file_is_a_one_line_error_and_imports_nothing(folder: Path, tmp_path: Path, capsys) -> None:
    db = str(tmp_path / "labels.db")
    coco = _coco(folder, tmp_path)
    data = json.loads(coco.read_text())
    data["annotations"].append({"id": 9, "image_id": 1, "category_id": 42, "bbox": [1, 1, 2, 2]})
    coco.write_text(json.dumps(data))
    assert main(["import-coco", "--db", db, "--coco", str(coco), "--images", str(folder)]) == 2
    err = capsys.readouterr().err
    assert "unknown category id 42" in err and "nothing imported" in err and "Traceback" not in err
    # The database this import would have created is not left behind, empty, for stats to show.
    assert list(tmp_path.glob("labels.db*")) == []
    assert main(["stats", "--db", db]) == 2
    assert "there is no database" in capsys.readouterr().err


def test_a_failed_import_leaves_a_database_that_was_there_as_it_was(folder: Path, tmp_path: Path, capsys) -> None:
    db = str(tmp_path / "labels.db")
    assert main(["import-coco", "--db", db, "--coco", str(_coco(folder, tmp_path)), "--images", str(folder)]) == 0
    bad = _coco(folder, tmp_path, categories=[{"id": 1, "name": ""}])
    assert main(["import-coco", "--db", db, "--coco", str(bad), "--images", str(folder)]) == 2
    capsys.readouterr()
    assert main(["stats", "--db", db, "--json"]) == 0
    assert json.loads(capsys.readouterr().out)["totals"]["annotations"] == 3


@pytest.mark.parametrize("command", [["import-captions", "--captions"], ["import", "--format", "yolo", "--dataset"]])
def test_a_failed_import_into_a_new_folder_leaves_no_folder(folder: Path, tmp_path: Path, capsys, command: list[str]) -> None:
    db = tmp_path / "new" / "place" / "labels.db"
    missing = tmp_path / "missing"
    assert main([*command, str(missing), "--images", str(folder), "--db", str(db)]) == 2
    assert "Traceback" not in capsys.readouterr().err
    assert not (tmp_path / "new").exists()


def test_export_to_an_unwritable_place_is_a_user_error(tmp_path: Path, capsys) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("x")
    assert main(["stats", "--db", str(tmp_path / "labels.db")]) == 2  # export-coco only reads: make the store first
    assert main(["images", "add", "--db", str(tmp_path / "labels.db"), str(tmp_path)]) == 0
    assert main(["export-coco", "--db", str(tmp_path / "labels.db"), "--out", str(blocker / "labels.json")]) == 2
    assert "cannot write" in capsys.readouterr().err


def test_db_from_environment(folder: Path, tmp_path: Path, capsys, monkeypatch) -> None:
    db = tmp_path / "env.db"
    monkeypatch.setenv("GRIDCLIP_DB", f"sqlite:///{db}")
    assert main(["images", "add", str(folder)]) == 0
    assert db.exists()


def test_bad_db_url_is_a_user_error(tmp_path: Path, capsys) -> None:
    assert main(["stats", "--db", "nosuchdriver://x/y"]) == 2
    assert "--db" in capsys.readouterr().err


def test_images_add_says_what_it_could_not_read(folder: Path, tmp_path: Path, capsys, monkeypatch) -> None:
    from tests.locking import lock, unlock

    (folder / "locked").mkdir()
    PILImage.new("RGB", (8, 8), (7, 8, 9)).save(folder / "locked" / "c.png")
    PILImage.new("RGB", (8, 8), (9, 8, 7)).save(folder / "secret.png")
    lock(folder / "locked", monkeypatch)
    lock(folder / "secret.png", monkeypatch)
    try:
        assert main(["images", "add", "--db", str(tmp_path / "labels.db"), str(folder)]) == 1
    finally:
        unlock(folder)
    captured = capsys.readouterr()
    assert "added 2 image(s), 0 already in the store, 1 refused, 1 folder(s) unreadable" in captured.out
    assert f"skipped {folder / 'locked'}: folder cannot be read (permission denied); the pictures in it were skipped" \
        in captured.err.splitlines()
    assert f"skipped {folder / 'secret.png'}: permission denied (this user may not read the file)" in captured.err.splitlines()


def test_stats_into_a_pipe_whose_reader_left_exits_quietly(folder: Path, tmp_path: Path) -> None:
    """`gridclip stats --json | head`: the reader goes before the output is written."""
    import os
    import subprocess
    import sys

    repo = Path(__file__).resolve().parents[2]
    db = tmp_path / "labels.db"
    assert main(["import-coco", "--db", str(db), "--coco", str(_coco(folder, tmp_path)), "--images", str(folder)]) == 0
    env = dict(os.environ, PYTHONPATH=str(repo))
    reader, writer = os.pipe()
    os.close(reader)  # the reader has gone before a byte is written
    try:
        done = subprocess.run([sys.executable, "-m", "app", "stats", "--json", "--db", str(db)], stdout=writer,
                              stderr=subprocess.PIPE, text=True, env=env, cwd=repo, timeout=120)
    finally:
        os.close(writer)
    assert done.stderr == "" and done.returncode == 141
