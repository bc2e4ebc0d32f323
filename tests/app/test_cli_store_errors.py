"""Database, path and permission failures of the store commands: one line on stderr, exit 2,
no traceback, nothing created or replaced that should not be."""

from __future__ import annotations

import json
import os
import stat
from pathlib import Path

import pytest
from PIL import Image as PILImage

from app.cli import main
from storage import Store
from tests.old_release_db import write_old_database


def one_line_error(capsys: pytest.CaptureFixture[str], *words: str) -> str:
    err = capsys.readouterr().err.strip()
    assert len(err.splitlines()) == 1 and "Traceback" not in err, err
    for word in words:
        assert word in err, err
    return err


@pytest.fixture
def db_with_an_image(tmp_path: Path) -> Path:
    folder = tmp_path / "imgs"
    folder.mkdir()
    PILImage.new("RGB", (40, 30)).save(folder / "a.png")
    db = tmp_path / "labels.db"
    with Store.open(db) as store:
        image = store.add_images(folder).added[0]
        store.add_annotation(image, (1, 1, 20, 20), "cat")
    return db


def read_only(db: Path) -> str:
    """The database opened read-only (as root, file permissions do not stop writes)."""
    return f"sqlite:///file:{db}?mode=ro&uri=true"


def test_a_file_that_is_not_a_database(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    junk = tmp_path / "notes.db"
    junk.write_bytes(b"these are my notes, not SQLite\n" * 100)
    for command in (["stats"], ["export-coco", "--out", str(tmp_path / "x.json")], ["images", "add", str(tmp_path)], ["db", "upgrade"]):
        assert main([*command, "--db", str(junk)] if command[0] != "images" else ["images", "add", "--db", str(junk), str(tmp_path)]) == 2
        one_line_error(capsys, "is not a database")
    assert junk.read_bytes().startswith(b"these are my notes")
    folder_db = tmp_path / "a-folder"
    folder_db.mkdir()
    assert main(["stats", "--db", str(folder_db)]) == 2
    one_line_error(capsys, "not a database file", "folder")


def test_a_read_only_database(db_with_an_image: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    url = read_only(db_with_an_image)
    assert main(["stats", "--db", url, "--json"]) == 0  # reading works
    assert json.loads(capsys.readouterr().out)["totals"]["annotations"] == 1
    more = tmp_path / "more"
    more.mkdir()
    PILImage.new("RGB", (8, 8), (9, 9, 9)).save(more / "b.png")
    assert main(["images", "add", "--db", url, str(more)]) == 2
    one_line_error(capsys, "read-only")


def test_an_old_schema_that_cannot_be_upgraded(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    db = tmp_path / "old.db"
    write_old_database(f"sqlite:///{db}", tmp_path / "images")
    assert main(["stats", "--db", read_only(db)]) == 2
    one_line_error(capsys, "older schema", "read-only")
    assert not list(tmp_path.glob("old.db.backup-*")) and not (Path.cwd() / "file:").exists()
    assert main(["stats", "--db", str(db)]) == 0  # writable: upgraded in place, then read


def test_read_only_commands_create_nothing(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    missing = tmp_path / "no" / "such" / "labels.db"
    for command in (["stats"], ["export-coco", "--out", str(tmp_path / "out.json")], ["db", "current"]):
        assert main([*command, "--db", str(missing)]) == 2
        one_line_error(capsys, "no database", str(missing))
    assert not (tmp_path / "no").exists() and not (tmp_path / "out.json").exists()


def test_export_never_replaces_a_symlink_or_a_device(db_with_an_image: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    precious = tmp_path / "precious.txt"
    precious.write_text("keep me")
    link = tmp_path / "link.json"
    link.symlink_to(precious)
    assert main(["export-coco", "--db", str(db_with_an_image), "--out", str(link)]) == 2
    one_line_error(capsys, "symbolic link", "refusing")
    assert link.is_symlink() and precious.read_text() == "keep me"

    # A device node of our own (never /dev/null itself: code that replaced it would break the machine).
    device = tmp_path / "null"
    try:
        os.mknod(device, stat.S_IFCHR | 0o666, os.makedev(1, 3))
    except PermissionError:
        os.mkfifo(device)  # not root: a FIFO is the other special file a rename would destroy
    kind = stat.S_IFMT(os.lstat(device).st_mode)
    assert main(["export-coco", "--db", str(db_with_an_image), "--out", str(device)]) == 2
    one_line_error(capsys, str(device), "not a regular file")
    assert stat.S_IFMT(os.lstat(device).st_mode) == kind


def test_export_writes_with_the_umask_mode(db_with_an_image: Path, tmp_path: Path) -> None:
    old = os.umask(0o027)
    try:
        out = tmp_path / "labels.json"
        assert main(["export-coco", "--db", str(db_with_an_image), "--out", str(out)]) == 0
        assert stat.S_IMODE(out.stat().st_mode) == 0o640
        assert json.loads(out.read_text())["annotations"]
    finally:
        os.umask(old)
