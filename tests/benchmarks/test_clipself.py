"""The CLIPSelf benchmark (``benchmarks.clipself``, issue 32): how a CLIP is named on the
command line, that each row holds the crop and dense measurements at every size, and the
table's gap column. Never the figures (those live in RESULTS.md)."""

from __future__ import annotations

from pathlib import Path

import pytest
import torch

from benchmarks import clipself as bench
from gridclip.world.clip_pretrain import create_world_clip, save_clip


@pytest.fixture(scope="module")
def tiny_weights(tmp_path_factory: pytest.TempPathFactory) -> Path:
    torch.set_num_threads(1)
    return save_clip(create_world_clip("tiny-vit", seed=0), tmp_path_factory.mktemp("clip") / "tiny.pt")


def test_a_clip_named_by_arch_and_weights_is_measured_at_every_size(tiny_weights: Path, tmp_path: Path, capsys) -> None:
    out = tmp_path / "rows.json"
    assert bench.main(["--clip", f"tiny=tiny-vit:{tiny_weights}", "--sizes", "128", "256", "--scenes", "3",
                       "--threads", "1", "--json", str(out)]) == 0
    import json

    (row,) = json.loads(out.read_text())
    assert row["name"] == "tiny" and row["arch"] == "tiny-vit"
    assert row["dense@128"]["grid_side"] == 8 and row["dense@256"]["grid_side"] == 16
    printed = capsys.readouterr().out
    assert "| tiny |" in printed and "gap @ 256" in printed


def test_the_gap_is_dense_minus_crops_in_points() -> None:
    report = {"base": 0.5, "novel": 0.25, "class_accuracy": 0.4, "grid_side": 8}
    rows = [{"name": "x", "crops": dict(report, class_accuracy=0.9), "dense@256": report}]
    assert "| x | 50.0 / 25.0 / 90.0 | 50.0 / 25.0 / 40.0 (grid 8) | -50.0 |" in bench.table(rows, [256])


def test_a_malformed_clip_argument_is_a_usage_error() -> None:
    with pytest.raises(SystemExit):
        bench.main(["--clip", "no-equals-sign"])
