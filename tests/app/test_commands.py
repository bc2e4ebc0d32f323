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


def test_app_opens_on_the_demo_images_with_their_classes_novel_ones_included() -> None:
    import json
    from types import SimpleNamespace

    from app.commands_app import DEMO_IMAGES, starting_vocabulary
    from app.ui import DEFAULT_VOCABULARY
    from gridclip.vocabulary import Vocabulary

    text = starting_vocabulary(DEMO_IMAGES, detector=SimpleNamespace(vocabulary=None))
    coco = json.loads((DEMO_IMAGES / "annotations.json").read_text())
    drawn = {c["name"]: c.get("split") for c in coco["categories"] if c["id"] in {a["category_id"] for a in coco["annotations"]}}
    assert set(Vocabulary.parse(text).names) == set(drawn)
    assert "novel" in drawn.values()  # the demo shows classes the model never had a box of
    trained = Vocabulary.parse("forklift, pallet | skid")
    assert starting_vocabulary(None, SimpleNamespace(vocabulary=trained)) == trained.to_text()
    assert starting_vocabulary(None, SimpleNamespace(vocabulary=None)) == DEFAULT_VOCABULARY


@pytest.mark.parametrize("command", [["app"], ["prelabel", "--vocab", "cat"], ["eval", "--coco", "c.json", "--images", "i"],
                                     ["serve-ls"], ["ls-prelabel", "--url", "http://x", "--api-key", "k", "--project", "1"]])
def test_inference_commands_take_int8_and_train_does_not(command: list[str]) -> None:
    from app.cli import build_parser

    parser = build_parser()
    assert parser.parse_args([*command, "--int8"]).int8 is True
    assert parser.parse_args([*command, "--no-int8"]).int8 is False
    assert parser.parse_args(command).int8 is None  # load_detector's default: int8 wherever it runs
    with pytest.raises(SystemExit):
        parser.parse_args(["train", "--coco", "c.json", "--images", "i", "--out", "o", "--int8"])


def test_a_port_already_taken_is_one_line_naming_it_before_the_model_loads(tmp_path: Path, capsys) -> None:
    import socket

    with socket.socket() as holder:
        holder.bind(("127.0.0.1", 0))
        holder.listen()
        port = holder.getsockname()[1]
        assert main(["app", "--db", str(tmp_path / "x.db"), "--port", str(port), "--images", str(tmp_path)]) == 2
    err = capsys.readouterr().err
    assert err.startswith(f"gridclip app: error: cannot serve on port {port} of 127.0.0.1:") and "--port" in err
    assert len(err.strip().splitlines()) == 1
    assert not (tmp_path / "x.db").exists()  # refused before the store (and the model) opened


@pytest.mark.parametrize("bad", [["--nms-iou", "2"], ["--threshold", "1.5"], ["--threshold", "nan"], ["--nms-iou=-0.1"],
                                 ["--batch", "0"], ["--workers", "0"], ["--gpus-per-worker=-1"]])
def test_prelabel_refuses_thresholds_and_counts_out_of_range(tmp_path: Path, capsys, bad: list[str]) -> None:
    with pytest.raises(SystemExit) as exited:
        main(["prelabel", "--db", str(tmp_path / "x.db"), "--vocab", "cat", *bad])
    assert exited.value.code == 2
    assert capsys.readouterr().err.strip().splitlines()[-1].startswith(
        f"gridclip prelabel: error: argument {bad[0].split('=')[0]}: must be ")
    assert not (tmp_path / "x.db").exists()
