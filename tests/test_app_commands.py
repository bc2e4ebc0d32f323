"""``gridclip app`` refuses bad arguments with one line, before starting anything."""

from __future__ import annotations

from pathlib import Path

import pytest

from app.cli import main


@pytest.mark.parametrize("auth", ["nocolon", ":pw", "user:"])
def test_bad_auth_is_refused(tmp_path: Path, capsys, auth: str) -> None:
    assert main(["app", "--db", str(tmp_path / "x.db"), "--auth", auth]) == 2
    assert "--auth must look like USER:PASS" in capsys.readouterr().err


def test_images_that_are_not_a_folder_are_refused(tmp_path: Path, capsys) -> None:
    assert main(["app", "--db", str(tmp_path / "x.db"), "--images", str(tmp_path / "missing")]) == 2
    assert "is not a folder" in capsys.readouterr().err


def test_unknown_model_is_refused(tmp_path: Path, capsys) -> None:
    assert main(["prelabel", "--db", str(tmp_path / "x.db"), "--vocab", "cat", "--model", "open_clip:no-such-arch"]) == 2
    assert "cannot load the model" in capsys.readouterr().err
