"""The loop curve of the quality report (``benchmarks/quality.py --parts loop``,
``benchmarks.learning_loop``): its summary, table and figure from made-up rows, and one tiny run
through the store and the real fine-tune; and the classification ceiling that bounds it
(``benchmarks.held_out --perfect-classes``). Never the figures (those live in RESULTS.md)."""

from __future__ import annotations

import math
from pathlib import Path

import pytest

from benchmarks import learning_loop


def _rows() -> list[dict]:
    rows = [{"n": 0, "mode": "text", "seed": None, "boxes": 0, "seconds": 0.0,
             "scores": {"novel": {"AP50": 0.2}, "base": {"AP50": 0.4}}}]
    for seed in (0, 1):
        for n in (1, 5):
            for mode in learning_loop.LOOP_MODES:
                extra = {} if mode == "exemplars" else {"epochs": 60, "lr": 1e-4}
                rows.append({"n": n, "mode": mode, "seed": seed, "boxes": 3 * n, "seconds": 1.0 + seed, **extra,
                             "scores": {"novel": {"AP50": 0.2 + 0.01 * n + 0.02 * seed}, "base": {"AP50": 0.4}}})
    return rows


def test_the_summary_table_and_figure_cover_every_mode_and_n(tmp_path: Path) -> None:
    part = {"rows": _rows(), "model": "demo", "seeds": [0, 1], "device": "cpu", "target_steps": None,
            "accepted_seed": learning_loop.ACCEPTED_SEED}
    summary = learning_loop.loop_summary(part["rows"])
    assert {(e["mode"], e["n"]) for e in summary} == {(m, n) for m in learning_loop.LOOP_MODES for n in (0, 1, 5)}
    five = next(e for e in summary if e["mode"] == "both" and e["n"] == 5)
    assert five["runs"] == 2 and five["novel"] == pytest.approx(26.0) and five["novel_std"] == pytest.approx(math.sqrt(2))
    assert five["seconds"] == 1.5 and (five["epochs"], five["lr"]) == (60, 1e-4)

    table = learning_loop.render_loop_curve(part, "python -m benchmarks.quality --parts loop", 3.0, "runs/x.png")
    rows = [line for line in table if line.startswith("| ") and not line.startswith("| N ") and "---" not in line]
    assert len(rows) == 1 + 2 * len(learning_loop.LOOP_MODES)  # text only once, then every mode at N = 1 and 5
    assert "| 0 | text only |" in rows[0] and "the default fine-tune" in "\n".join(table)
    assert "`runs/x.png`" in table[-1]

    figure = learning_loop.plot_loop_curve(part, tmp_path / "loop_curve.png")
    assert figure is not None and figure.stat().st_size > 1000


@pytest.mark.slow  # the demo model through the store: prototypes, two tiny fine-tunes, four scorings
def test_a_tiny_loop_curve_runs_every_mode_through_the_store(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from benchmarks.world_eval import eval_set

    monkeypatch.setenv("GRIDCLIP_CACHE_DIR", str(tmp_path / "cache"))
    coco, paths = eval_set(tmp_path, 3)
    saved: list[dict] = []
    result = learning_loop.loop_curve(tmp_path, coco, paths, sizes=(0, 1), seeds=(0,), target_steps=1,
                                      save=lambda r: saved.append(r))["loop_curve"]
    assert [(r["n"], r["mode"]) for r in result["rows"]] == [(0, "text"), (1, "exemplars"), (1, "fine-tune"), (1, "both")]
    assert all(0.0 <= (r["scores"][s]["AP50"] or 0.0) <= 1.0 for r in result["rows"] for s in ("novel", "base"))
    tuned = [r for r in result["rows"] if r["mode"] != "exemplars" and r["n"] == 1]
    # One picture, one step an epoch: the fitted epochs are MIN_EPOCHS (1 target step); lr fitted too.
    from gridclip.training.fine_tune import MIN_EPOCHS, fit_to_data

    assert all(r["epochs"] == MIN_EPOCHS and r["lr"] == fit_to_data(1, trained=True)["lr"] for r in tuned)
    assert all(r["seconds"] > 0 for r in result["rows"][1:]) and saved


def test_the_classification_ceiling_relabels_only_boxes_on_a_true_box() -> None:
    import numpy as np
    import supervision as sv

    from benchmarks.held_out import with_true_classes

    coco = {"images": [{"id": 7}], "annotations": [{"image_id": 7, "bbox": [10, 10, 20, 20], "category_id": 4}]}
    raw = [sv.Detections(xyxy=np.array([[11, 11, 30, 30], [50, 50, 60, 60]], np.float32),
                         confidence=np.array([0.9, 0.8], np.float32), class_id=np.array([0, 1]))]
    relabelled = with_true_classes(raw, coco)
    assert relabelled[0].class_id.tolist() == [3, 1]  # category id 4 is world class 3; the far box keeps its class
    assert raw[0].class_id.tolist() == [0, 1]  # the caller's detections are untouched


def test_the_domain_table_has_one_row_per_mode_and_n_with_the_world_after_each_fine_tune() -> None:
    world = {"base": 88.0, "novel": 90.0}
    rows = [{"n": 0, "mode": "text", "seed": None, "boxes": 0, "seconds": 0.0, "AP50": 0.0, "agnostic_AP50": 0.0,
             "objectness_AP50": 4.0, "world": world}]
    for seed in (0, 1):
        rows.append({"n": 10, "mode": "exemplars", "seed": seed, "boxes": 40, "seconds": 2.0, "AP50": 1.0 + seed,
                     "agnostic_AP50": 2.0})
        rows.append({"n": 10, "mode": "fine-tune", "seed": seed, "boxes": 40, "seconds": 60.0, "AP50": 10.0 + 2 * seed,
                     "agnostic_AP50": 30.0, "objectness_AP50": 35.0, "world": {"base": 50.0 + seed, "novel": 60.0}})
    summary = {(e["mode"], e["n"]): e for e in learning_loop.domain_summary(rows)}
    tuned = summary[("fine-tune", 10)]
    assert tuned["runs"] == 2 and tuned["AP50"] == 11.0 and tuned["world_base"] == 50.5
    assert "world_base" not in summary[("exemplars", 10)]
    table = learning_loop.render_domain_curve({"domain": "parts", "model": "demo", "seeds": [0, 1], "settings": {},
                                               "rows": rows}, "python -m benchmarks.learning_loop --domain parts")
    body = [line for line in table if line.startswith("| ") and "---" not in line][1:]
    assert [line.split(" | ")[:2] for line in body] == [["| 0", "text only"], ["| 10", "exemplars"], ["| 10", "fine-tune"]]
    assert "| 11.0 ± 1.4 | 30.0 ± 0.0 | 35.0 ± 0.0 | 50.5 ± 0.7 | 60.0 ± 0.0 |" in body[2]
    assert "base 88.0 / novel 90.0" in table[0]
