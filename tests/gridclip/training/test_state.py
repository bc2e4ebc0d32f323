"""read_state: a resume folder's training_state.pt is read without running code from it, and a
file that is not one of ours is refused in one line."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
import torch

from gridclip.training.config import STATE_FILE
from gridclip.training.data import DataError
from gridclip.training.state import read_state


class _MakesADirectory:
    """What a hostile state file could hold: unpickling it calls os.mkdir (it could as well be os.system)."""

    def __init__(self, marker: Path) -> None:
        self.marker = marker

    def __reduce__(self):
        return (os.mkdir, (str(self.marker),))


def _plain_state() -> dict:
    parameter = torch.nn.Parameter(torch.zeros(3))
    optimizer = torch.optim.AdamW([parameter], lr=1e-3)
    parameter.grad = torch.ones(3)
    optimizer.step()
    scheduler = torch.optim.lr_scheduler.LambdaLR(optimizer, lambda step: 0.5)
    return {"epoch": 2, "optimizer": optimizer.state_dict(), "scheduler": scheduler.state_dict(),
            "metrics": [{"epoch": 1, "loss": 0.5}], "parent_version": None, "config": {"lr": 1e-3, "resume": None}}


def test_a_state_file_that_would_run_code_is_refused_and_nothing_runs(tmp_path: Path):
    marker = tmp_path / "ran"
    torch.save({**_plain_state(), "metrics": [_MakesADirectory(marker)]}, tmp_path / STATE_FILE)
    assert not marker.exists()

    with pytest.raises(DataError, match="could run code.*refused.*--model"):
        read_state(tmp_path)
    assert not marker.exists(), "loading the state file ran code from it"


def test_a_state_of_tensors_numbers_and_text_resumes(tmp_path: Path):
    torch.save(_plain_state(), tmp_path / STATE_FILE)
    state = read_state(tmp_path)
    assert state["epoch"] == 2 and state["metrics"] == [{"epoch": 1, "loss": 0.5}]
    assert torch.equal(state["optimizer"]["state"][0]["exp_avg"], _plain_state()["optimizer"]["state"][0]["exp_avg"])


@pytest.mark.parametrize("content", [b"", os.urandom(200), b"PK\x03\x04 torn", None], ids=["empty", "random", "zip-head", "torn"])
def test_a_torn_or_foreign_state_file_is_refused_in_one_line(tmp_path: Path, content: bytes | None):
    if content is None:  # a real state file cut in half, as a copy interrupted midway leaves it
        torch.save(_plain_state(), tmp_path / "whole.pt")
        whole = (tmp_path / "whole.pt").read_bytes()
        content = whole[: len(whole) // 2]
    (tmp_path / STATE_FILE).write_bytes(content)
    with pytest.raises(DataError, match="torn or not written by gridclip train") as caught:
        read_state(tmp_path)
    assert "\n" not in str(caught.value)


@pytest.mark.parametrize("state", [[1, 2], {"epoch": "2"}, {"epoch": -1}, {"optimizer": {}}])
def test_a_state_without_an_epoch_count_is_refused(tmp_path: Path, state):
    torch.save(state, tmp_path / STATE_FILE)
    with pytest.raises(DataError, match="not a training state"):
        read_state(tmp_path)
