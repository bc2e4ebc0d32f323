"""Novel and base AP50 after each epoch of `quality --parts ablation --per-epoch` runs, one line
per (mode, tower lr) with a ± std band over seeds: where alignment's gain comes from, as a figure.

    python -m benchmarks.ablation_curves runs/q-grid/quality.json runs/q-centred/quality.json \\
        --out benchmarks/alignment_world_split_epochs.png

Each input is a `quality.json` the ablation part wrote (its ``modes`` rows need ``per_epoch``);
runs at another ``--backbone-lr-factor`` get their own lines. Prints the mean curves as a table.
``--by-tower-lr`` plots instead each mode's final AP50 against the tower's lr factor (any
ablation runs; per-epoch rows not needed) and prints the gains paired seed by seed.
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
        for mode, rows in result["modes"].items():
            runs = [row["per_epoch"] for row in rows if row.get("per_epoch")]
            if not runs:
                continue
            label = f"{mode_label(result, mode)}, tower {factor:g}× lr"
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


def mode_label(result: dict[str, Any], mode: str) -> str:
    """The mode's name, with the loss an ``--alignment-loss`` run gave every aligning mode."""
    loss = (result.get("alignment_overrides") or {}).get("alignment_loss")
    return f"{mode}{f' ({loss})' if loss and mode != 'grid-level only' else ''}"


def final_by_tower_lr(results: list[dict[str, Any]]) -> dict[str, dict[float, dict[str, list[float]]]]:
    """``{mode: {tower lr factor: {"novel" | "base": [AP50 % per seed]}}}`` after the last epoch.

    >>> row = {"seed": 0, "scores": {"novel": {"AP50": 0.5}, "base": {"AP50": 0.6}}}
    >>> final_by_tower_lr([{"backbone_lr_factor": 0.3, "modes": {"grid-level only": [row]}}])
    {'grid-level only': {0.3: {'novel': [50.0], 'base': [60.0]}}}
    """
    from gridclip.training.config import TrainConfig

    sweep: dict[str, dict[float, dict[str, list[float]]]] = {}
    for result in results:
        factor = float(result.get("backbone_lr_factor") or TrainConfig.backbone_lr_factor)
        for mode, rows in result["modes"].items():
            cell = sweep.setdefault(mode_label(result, mode), {}).setdefault(factor, {"novel": [], "base": []})
            for row in sorted(rows, key=lambda r: r.get("seed", 0)):
                for key in ("novel", "base"):
                    cell[key].append(100 * (row["scores"][key]["AP50"] or 0))
    return {mode: dict(sorted(by_factor.items())) for mode, by_factor in sweep.items()}


def sweep_table(sweep: dict[str, dict[float, dict[str, list[float]]]], reference: str = "grid-level only") -> str:
    """Final novel / base AP50 (mean ± std) per tower lr; each other mode also paired against
    ``reference`` seed by seed (the same training seeds, so the pairs share scenes and order)."""
    def cell(values: list[float]) -> str:
        return f"{statistics.mean(values):.1f} ± {statistics.stdev(values):.1f}" if len(values) > 1 else f"{values[0]:.1f}"

    lines = ["| mode | tower lr | novel AP50 | base AP50 | paired vs " + reference + ": novel; base |",
             "| --- | --- | --- | --- | --- |"]
    for mode, by_factor in sweep.items():
        for factor, values in by_factor.items():
            paired = "–"
            ref = sweep.get(reference, {}).get(factor)
            if mode != reference and ref and len(ref["novel"]) == len(values["novel"]):
                gains = {k: [a - b for a, b in zip(values[k], ref[k])] for k in ("novel", "base")}
                paired = f"{statistics.mean(gains['novel']):+.1f}; {statistics.mean(gains['base']):+.1f}"
            lines.append(f"| {mode} | {factor:g}× | {cell(values['novel'])} | {cell(values['base'])} | {paired} |")
    return "\n".join(lines)


def new_figure(width: float, height: float = 4.5, dpi: int = 100) -> Any:
    """A matplotlib ``Figure`` of ``width`` × ``height`` inches (no GUI backend); None without
    matplotlib. Every figure of the benchmarks starts here."""
    try:
        import matplotlib

        matplotlib.use("Agg")
        from matplotlib.figure import Figure
    except ImportError:
        return None
    return Figure(figsize=(width, height), dpi=dpi)


def save_figure(figure: Any, path: Path, title: str, legend_loc: str) -> Path:
    """Legend on the first panel, the title, and the PNG at ``path``."""
    figure.axes[0].legend(fontsize=7, loc=legend_loc)
    figure.suptitle(title)
    figure.tight_layout()
    path.parent.mkdir(parents=True, exist_ok=True)
    figure.savefig(path)
    return path


def novel_name(results: list[dict]) -> str:
    """What "novel" means in these results: the world's novel classes, or the unseen shape's.

    >>> novel_name([{"unseen_shape": "heart"}]), novel_name([{}])
    ('novel (hearts, never boxed or named)', 'novel')
    """
    shapes = sorted({r["unseen_shape"] for r in results if r.get("unseen_shape")})
    return f"novel ({', '.join(s + 's' for s in shapes)}, never boxed or named)" if shapes else "novel"


def plot_sweep(sweep: dict[str, dict[float, dict[str, list[float]]]], path: Path, novel: str = "novel") -> Path | None:
    """Final novel and base AP50 against the tower's lr factor, one line per mode; None without
    matplotlib."""
    figure = new_figure(10)
    if figure is None:
        return None
    for k, key in enumerate(("novel", "base")):
        axes = figure.add_subplot(1, 2, k + 1)
        for mode, by_factor in sweep.items():
            xs = list(by_factor)
            ys = [statistics.mean(v[key]) for v in by_factor.values()]
            sd = [statistics.stdev(v[key]) if len(v[key]) > 1 else 0.0 for v in by_factor.values()]
            axes.errorbar(xs, ys, yerr=sd, marker="o", capsize=3, label=mode)
        axes.set_xscale("log")
        factors = sorted({x for by_factor in sweep.values() for x in by_factor})
        axes.set_xticks(factors)
        axes.set_xticklabels([f"{x:g}×" for x in factors])
        axes.set_xticks([], minor=True)  # the log axis would label its own minor ticks (2×10⁻¹, …)
        axes.set_xlabel("CLIP tower lr / head lr")
        axes.set_title(f"{novel if key == 'novel' else key} AP50 (%) after the last epoch", fontsize=9)
        axes.grid(alpha=0.3)
    return save_figure(figure, path, "The faster the tower moves, the more image-level alignment keeps "
                       "(mean ± std over seeds)", legend_loc="lower left")


def plot(curves: dict[str, dict[str, list[tuple[float, float]]]], path: Path, novel: str = "novel") -> Path | None:
    """Novel AP50, base AP50 and tower drift against the epoch; None without matplotlib."""
    figure = new_figure(15)
    if figure is None:
        return None
    for k, (key, title) in enumerate((("novel", f"{novel} AP50 (%)"), ("base", "base AP50 (%)"),
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
        axes.set_title(title, fontsize=9)
        if key != "drift":  # the late epochs are what differ: start the axis near their lowest point
            late = [m for series in curves.values() for m, _ in series[key][len(series[key]) // 2:]]
            axes.set_ylim(bottom=max(0.0, 10 * (min(late) // 10) - 10))
        axes.grid(alpha=0.3)
    return save_figure(figure, path, "GridCLIP trained on base boxes, CLIP tower trained: held-out AP50 after "
                       "each epoch (mean ± std over seeds)", legend_loc="lower right")


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
    p.add_argument("--by-tower-lr", action="store_true",
                   help="instead: final AP50 against the tower's lr factor, one line per mode, and paired gains")
    args = p.parse_args(argv)
    results = [json.loads(path.read_text()) for path in args.results]
    if args.by_tower_lr:
        sweep = final_by_tower_lr(results)
        print("novel / base AP50 (%) after the last epoch, mean ± std over seeds\n")
        print(sweep_table(sweep))
        written = plot_sweep(sweep, args.out, novel_name(results))
        print(f"\nfigure: {written}" if written else "\n(no figure: matplotlib is not installed)")
        return
    curves = mean_curves(results)
    if not curves:
        raise SystemExit("none of these results has per-epoch rows: run the ablation with --per-epoch")
    print("novel / base AP50 (%) after each epoch, mean over seeds\n")
    print(table(curves))
    written = plot(curves, args.out, novel_name(results))
    print(f"\nfigure: {written}" if written else "\n(no figure: matplotlib is not installed)")


if __name__ == "__main__":
    main()
