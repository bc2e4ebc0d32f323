"""Novel and base AP50 after each epoch of `quality --parts ablation --per-epoch` runs, one line
per (mode, tower lr) with a ± std band over seeds: where alignment's gain comes from, as a figure.

    python -m benchmarks.ablation_curves runs/q-grid/quality.json runs/q-centred/quality.json \\
        --out benchmarks/ablation_curves_s9.png

Each input is a `quality.json` the ablation part wrote (its ``modes`` rows need ``per_epoch``);
runs at another ``--backbone-lr-factor`` get their own lines. Prints the mean curves as a table.
"""

from __future__ import annotations

import argparse
import json
import statistics
from pathlib import Path
from typing import Any


def mean_curves(results: list[dict[str, Any]]) -> dict[str, dict[str, list[tuple[float, float]]]]:
    """``{label: {"novel" | "base" | "drift": [(mean, std) per epoch]}}`` over each label's seeds.

    >>> row = {"per_epoch": [{"scores": {"novel": {"AP50": 0.5}, "base": {"AP50": 0.6}}, "tower_drift": 0.01}]}
    >>> mean_curves([{"backbone_lr_factor": 1.0, "modes": {"grid-level only": [row, row]}}])["grid-level only, tower 1× lr"]["novel"]
    [(50.0, 0.0)]
    """
    from gridclip.training.config import TrainConfig

    curves: dict[str, dict[str, list[tuple[float, float]]]] = {}
    for result in results:
        # A run without --backbone-lr-factor trained the tower at TrainConfig's own factor.
        factor = result.get("backbone_lr_factor") or TrainConfig.backbone_lr_factor
        loss = (result.get("alignment_overrides") or {}).get("alignment_loss")
        for mode, rows in result["modes"].items():
            runs = [row["per_epoch"] for row in rows if row.get("per_epoch")]
            if not runs:
                continue
            label = f"{mode}{f' ({loss})' if loss and mode != 'grid-level only' else ''}, tower {factor:g}× lr"
            epochs = min(len(run) for run in runs)
            series: dict[str, list[tuple[float, float]]] = {}
            for key in ("novel", "base", "drift"):
                points = []
                for e in range(epochs):
                    values = [run[e]["tower_drift"] if key == "drift" else 100 * (run[e]["scores"][key]["AP50"] or 0)
                              for run in runs]
                    points.append((statistics.mean(values), statistics.stdev(values) if len(values) > 1 else 0.0))
                series[key] = points
            curves[label] = series
    return curves


def plot(curves: dict[str, dict[str, list[tuple[float, float]]]], path: Path) -> Path | None:
    """Novel AP50, base AP50 and tower drift against the epoch; None without matplotlib."""
    try:
        import matplotlib

        matplotlib.use("Agg")
        from matplotlib.figure import Figure
    except ImportError:
        return None
    figure = Figure(figsize=(15, 4.5), dpi=100)
    for k, (key, title) in enumerate((("novel", "novel AP50 (%)"), ("base", "base AP50 (%)"),
                                      ("drift", "tower drift (1 − cos to the start)"))):
        axes = figure.add_subplot(1, 3, k + 1)
        for label, series in curves.items():
            xs = list(range(1, len(series[key]) + 1))
            ys = [m for m, _ in series[key]]
            sd = [s for _, s in series[key]]
            axes.plot(xs, ys, marker="o", label=label)
            axes.fill_between(xs, [y - d for y, d in zip(ys, sd)], [y + d for y, d in zip(ys, sd)], alpha=0.15)
        axes.set_xticks(range(1, 1 + max(len(series[key]) for series in curves.values())))
        axes.set_xlabel("epoch")
        axes.set_title(title)
        if key != "drift":
            axes.set_ylim(bottom=50)
        axes.grid(alpha=0.3)
    figure.axes[0].legend(fontsize=7, loc="lower right")
    figure.suptitle("GridCLIP trained on base boxes, CLIP tower trained: held-out AP50 after each epoch (mean ± std over seeds)")
    figure.tight_layout()
    path.parent.mkdir(parents=True, exist_ok=True)
    figure.savefig(path)
    return path


def table(curves: dict[str, dict[str, list[tuple[float, float]]]]) -> str:
    """One row per line of the figure: novel / base AP50 after each epoch."""
    epochs = max(len(series["novel"]) for series in curves.values())
    lines = ["| run | " + " | ".join(f"epoch {e}" for e in range(1, epochs + 1)) + " |",
             "| --- |" + " --- |" * epochs]
    for label, series in curves.items():
        cells = [f"{n:.1f} / {b:.1f}" for (n, _), (b, _) in zip(series["novel"], series["base"])]
        lines.append(f"| {label} | " + " | ".join(cells) + " |")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> None:
    p = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    p.add_argument("results", type=Path, nargs="+", help="quality.json files of --per-epoch ablation runs")
    p.add_argument("--out", type=Path, default=Path("runs") / "ablation_curves.png")
    args = p.parse_args(argv)
    curves = mean_curves([json.loads(path.read_text()) for path in args.results])
    if not curves:
        raise SystemExit("none of these results has per-epoch rows: run the ablation with --per-epoch")
    print("novel / base AP50 (%) after each epoch, mean over seeds\n")
    print(table(curves))
    written = plot(curves, args.out)
    print(f"\nfigure: {written}" if written else "\n(no figure: matplotlib is not installed)")


if __name__ == "__main__":
    main()
