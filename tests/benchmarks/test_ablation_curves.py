"""benchmarks.ablation_curves: per-epoch ablation rows become mean ± std curves, a table and a figure."""

from __future__ import annotations

import json

import pytest

from benchmarks import ablation_curves


def _row(novel: list[float], base: list[float]) -> dict:
    return {"per_epoch": [{"epoch": e + 1, "scores": {"novel": {"AP50": n}, "base": {"AP50": b}}, "tower_drift": 0.01 * (e + 1)}
                          for e, (n, b) in enumerate(zip(novel, base))]}


def _result(factor: float, rows: dict[str, list[dict]], loss: str | None = None) -> dict:
    return {"backbone_lr_factor": factor, "alignment_overrides": {"alignment_loss": loss} if loss else {}, "modes": rows}


def test_curves_average_over_seeds_and_keep_each_tower_speed_apart(tmp_path):
    grid_fast = _result(1.0, {"grid-level only": [_row([0.5, 0.6], [0.7, 0.8]), _row([0.7, 0.8], [0.7, 0.8])]})
    grid_slow = _result(None, {"grid-level only": [_row([0.6, 0.7], [0.7, 0.8])]})
    aligned = _result(1.0, {"alignment on proposals (the detector's own boxes)": [_row([0.6, 0.9], [0.8, 0.9])]}, "centred")
    curves = ablation_curves.mean_curves([grid_fast, grid_slow, aligned])
    assert set(curves) == {"grid-level only, tower 1× lr", "grid-level only, tower 0.1× lr",
                           "alignment on proposals (the detector's own boxes) (centred), tower 1× lr"}
    fast = curves["grid-level only, tower 1× lr"]
    assert fast["novel"][0] == pytest.approx((60.0, 14.142), abs=1e-3)
    assert fast["drift"][1][0] == pytest.approx(0.02)
    assert "70.0 / 80.0" in ablation_curves.table(curves)


def test_the_command_writes_a_figure_and_refuses_runs_without_epochs(tmp_path, capsys):
    with_epochs = tmp_path / "a.json"
    with_epochs.write_text(json.dumps(_result(1.0, {"grid-level only": [_row([0.5, 0.6], [0.7, 0.8])]})))
    pytest.importorskip("matplotlib")
    ablation_curves.main([str(with_epochs), "--out", str(tmp_path / "curves.png")])
    assert (tmp_path / "curves.png").read_bytes()[:4] == b"\x89PNG"
    assert "epoch 2" in capsys.readouterr().out
    without = tmp_path / "b.json"
    without.write_text(json.dumps(_result(1.0, {"grid-level only": [{"scores": {}}]})))
    with pytest.raises(SystemExit, match="per-epoch"):
        ablation_curves.main([str(without)])


def _final(novel: float, base: float, seed: int) -> dict:
    return {"seed": seed, "scores": {"novel": {"AP50": novel}, "base": {"AP50": base}}}


def test_the_tower_lr_sweep_pairs_each_mode_with_grid_only_seed_by_seed(tmp_path, capsys):
    results = [
        _result(1.0, {"grid-level only": [_final(0.70, 0.80, 1), _final(0.76, 0.82, 0)]}),
        _result(1.0, {"alignment on proposals": [_final(0.80, 0.85, 0), _final(0.77, 0.81, 1)]}, "centred"),
        _result(None, {"grid-level only": [_final(0.84, 0.85, 0)]}),  # TrainConfig's factor
    ]
    sweep = ablation_curves.final_by_tower_lr(results)
    assert sweep["grid-level only"][1.0]["novel"] == pytest.approx([76.0, 70.0])  # ordered by seed
    assert list(sweep["grid-level only"]) == [0.1, 1.0]
    table = ablation_curves.sweep_table(sweep)
    # Seed 0: +4 novel, +3 base; seed 1: +7, +1. No grid-only row at 0.1× for a pair there.
    assert "| alignment on proposals (centred) | 1× | 78.5 ± 2.1 | 83.0 ± 2.8 | +5.5; +2.0 |" in table
    assert "| grid-level only | 0.1× | 84.0 | 85.0 | – |" in table
    paths = []
    for n, result in enumerate(results):
        paths.append(tmp_path / f"{n}.json")
        paths[-1].write_text(json.dumps(result))
    pytest.importorskip("matplotlib")
    ablation_curves.main([*map(str, paths), "--by-tower-lr", "--out", str(tmp_path / "sweep.png")])
    assert (tmp_path / "sweep.png").read_bytes()[:4] == b"\x89PNG"
    assert "+5.5; +2.0" in capsys.readouterr().out
