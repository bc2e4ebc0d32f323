"""`gridclip train` and `gridclip eval` from the command line: end to end, and their user errors."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from app.cli import main
from tests.drawing import write_shape_dataset

REPO = Path(__file__).resolve().parents[2]
QUICK = ["--model", "open_clip:tiny-rn", "--epochs", "1", "--image-size", "128", "--head-only",
         "--no-image-level-alignment"]


@pytest.fixture(autouse=True)
def private_cache(tmp_path: Path, monkeypatch: pytest.MonkeyPatch):
    monkeypatch.setenv("GRIDCLIP_CACHE_DIR", str(tmp_path / "cache"))


@pytest.fixture()
def shapes(tmp_path: Path) -> tuple[Path, Path]:
    coco = write_shape_dataset(tmp_path / "shapes", n_images=4, seed=0)
    return coco, tmp_path / "shapes" / "images"


def _gridclip(*args: str, env_cache: Path) -> subprocess.CompletedProcess:
    env = dict(os.environ, GRIDCLIP_CACHE_DIR=str(env_cache), PYTHONPATH=str(REPO), OMP_NUM_THREADS="1")
    return subprocess.run([sys.executable, "-m", "app", *args], capture_output=True, text=True, env=env, cwd=REPO,
                          timeout=900)


def test_train_then_eval_quickly_writes_checkpoint_metrics_and_json(shapes, tmp_path: Path, capsys):
    coco, images = shapes
    ck = tmp_path / "ck"
    assert main(["train", "--coco", str(coco), "--images", str(images), "--out", str(ck), *QUICK]) == 0
    printed = capsys.readouterr().out
    assert f"checkpoint: {ck}" in printed and "model version:" in printed
    assert (ck / "config.json").is_file() and (ck / "model.safetensors").is_file()
    assert len((ck / "metrics.jsonl").read_text().splitlines()) == 1

    out_json = tmp_path / "eval.json"
    assert main(["eval", "--coco", str(coco), "--images", str(images), "--model", str(ck), "--json", str(out_json)]) == 0
    table = capsys.readouterr().out
    assert "AP50" in table and "square" in table and "circle" in table
    metrics = json.loads(out_json.read_text())
    assert set(metrics["per_class"]) == {"square", "circle"} and 0.0 <= metrics["AP50"] <= 1.0


def test_train_on_the_store_registers_the_model_version(shapes, tmp_path: Path, capsys):
    from storage import Store

    coco, images = shapes
    db = tmp_path / "labels.db"
    store = Store.open(str(db))
    store.import_coco(coco, images)
    store.set_split([store.list_images()[-1].id], "val")  # held out: scored before and after, not trained on
    ck = tmp_path / "ck"
    assert main(["train", "--db", str(db), "--out", str(ck), *QUICK]) == 0
    printed = capsys.readouterr().out
    assert "registered" in printed and "lr: 0.001" in printed  # a fresh head: FRESH_HEAD_LR
    assert "held-out AP50 " in printed and "(1 pictures," in printed
    assert "boxes); change " in printed  # scored before and after: the change is printed too
    assert "no class is new to the model (the gentle fine-tune); known: " in printed  # a fresh head knows none
    assert "defaults for known classes: lr 0.001" in printed
    versions = Store.open(str(db)).model_versions()
    assert any(v["metrics"].get("held_out_pictures") == 1 for v in versions)
    from gridclip.inference.checkpoint import read_config

    trained = read_config(ck)
    assert trained["version"] in [v["version"] for v in versions]
    assert trained["vocabulary"].replace(" ", "") in {"square,circle", "circle,square"}


# -- user errors: one line on stderr, exit status 2 ------------------------------------------------


def test_coco_without_images_is_a_user_error(shapes, tmp_path: Path, capsys):
    coco, _ = shapes
    assert main(["train", "--coco", str(coco), "--out", str(tmp_path / "ck"), *QUICK]) == 2
    assert "--coco needs --images" in capsys.readouterr().err


def test_missing_coco_file_is_a_user_error(tmp_path: Path, capsys):
    assert main(["eval", "--coco", str(tmp_path / "none.json"), "--images", str(tmp_path), "--model",
                 "open_clip:tiny-rn"]) == 2
    assert "COCO file not found" in capsys.readouterr().err


def test_unknown_model_is_a_user_error(shapes, capsys):
    coco, images = shapes
    assert main(["eval", "--coco", str(coco), "--images", str(images), "--model", "open_clip:no-such-arch"]) == 2
    assert "unknown open_clip architecture" in capsys.readouterr().err


def test_empty_store_is_a_user_error(tmp_path: Path, capsys):
    from storage import Store

    db = tmp_path / "empty.db"
    Store.open(str(db))
    assert main(["train", "--db", str(db), "--out", str(tmp_path / "ck"), *QUICK]) == 2
    assert "no accepted boxes" in capsys.readouterr().err


def test_resume_without_state_is_a_user_error(shapes, tmp_path: Path, capsys):
    coco, images = shapes
    (tmp_path / "nothing").mkdir()
    assert main(["train", "--coco", str(coco), "--images", str(images), "--out", str(tmp_path / "ck"),
                 "--resume", str(tmp_path / "nothing"), *QUICK]) == 2
    assert "training_state.pt" in capsys.readouterr().err


@pytest.mark.parametrize("bad", [["--epochs", "0"], ["--lr", "nan"], ["--lr=-1e-3"],
                                 ["--batch-size", "0"], ["--image-size", "0"], ["--tag-batch-size", "1"],
                                 ["--tag-weight", "inf"], ["--seed", "-1"]])
def test_numbers_out_of_range_are_one_line_before_anything_runs(tmp_path: Path, bad: list[str]) -> None:
    """As a user runs it: exit status 2, argparse's line naming the option, no traceback."""
    ran = _gridclip("train", "--coco", str(tmp_path / "none.json"), "--images", str(tmp_path), "--out",
                    str(tmp_path / "ck"), *bad, env_cache=tmp_path / "cache")
    assert ran.returncode == 2, ran.stderr
    assert "Traceback" not in ran.stderr
    option = bad[0].split("=")[0]
    assert ran.stderr.strip().splitlines()[-1].startswith(f"gridclip train: error: argument {option}: ")
    assert not (tmp_path / "ck").exists()


def test_out_that_is_a_file_is_refused_before_training(shapes, tmp_path: Path, capsys) -> None:
    coco, images = shapes
    taken = tmp_path / "notes.txt"
    taken.write_text("mine")
    for out in (taken, taken / "ck"):
        assert main(["train", "--coco", str(coco), "--images", str(images), "--out", str(out), *QUICK]) == 2
        assert "give a folder for the checkpoint" in capsys.readouterr().err
    assert taken.read_text() == "mine"


@pytest.mark.parametrize("damage", ["random", "truncated"])
def test_resume_from_a_random_or_truncated_state_is_one_line(shapes, tmp_path: Path, capsys, damage: str) -> None:
    coco, images = shapes
    first = tmp_path / "first"
    assert main(["train", "--coco", str(coco), "--images", str(images), "--out", str(first), *QUICK]) == 0
    state = first / "training_state.pt"
    good = state.read_bytes()
    state.write_bytes(os.urandom(4096) if damage == "random" else good[: len(good) // 2])
    capsys.readouterr()
    assert main(["train", "--coco", str(coco), "--images", str(images), "--out", str(tmp_path / "second"),
                 "--resume", str(first), *QUICK]) == 2
    err = capsys.readouterr().err
    assert err.startswith("gridclip train: error: cannot resume from") and len(err.strip().splitlines()) == 1


# -- the acceptance run: train, then eval, from the command line ----------------------------------


@pytest.mark.slow
def test_command_line_train_then_eval_shows_the_overfit(shapes, tmp_path: Path):
    """The README's "Train and evaluate" commands, as separate processes."""
    coco, images = shapes
    ck = tmp_path / "ck"
    trained = _gridclip("train", "--coco", str(coco), "--images", str(images), "--model", "open_clip:tiny-rn",
                        "--out", str(ck), "--epochs", "40", "--lr", "2e-3", "--image-size", "128",
                        env_cache=tmp_path / "cache")
    assert trained.returncode == 0, trained.stderr[-3000:]
    evaluated = _gridclip("eval", "--coco", str(coco), "--images", str(images), "--model", str(ck),
                          "--json", str(tmp_path / "eval.json"), env_cache=tmp_path / "cache")
    assert evaluated.returncode == 0, evaluated.stderr[-3000:]
    assert "AP50" in evaluated.stdout
    metrics = json.loads((tmp_path / "eval.json").read_text())
    assert metrics["AP50"] >= 0.9, evaluated.stdout
    assert all(m["AP50"] >= 0.8 for m in metrics["per_class"].values()), evaluated.stdout
