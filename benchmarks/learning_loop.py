"""The learning loop through the product's own doors: N accepted pictures in a store, then
``fine_tune_on_store`` (what ``gridclip train --db`` calls) with the CLI's defaults or a named
variant, scored on held-out scenes before and after.

    .venv/bin/python -m benchmarks.learning_loop --n 20 --seeds 0 1 2 --variants default no-adapt head-only

Accepted pictures are drawn from world seed ``5000 + seed`` (every object boxed, novel ones
too); the held-out set is 100 scenes of world seed 4242 (``benchmarks.quality.eval_set``), which
neither the demo build nor the accepted pictures use. One JSON line per run goes to
``<work>/learning_loop.jsonl``; the table at the end is what RESULTS.md quotes.
"""

from __future__ import annotations

import argparse
import json
import statistics
import sys
import time
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parent.parent
ACCEPTED_SEED = 5000

#: Fine-tune settings on top of the CLI's defaults (``gridclip train --db`` = ``{}``).
VARIANTS: dict[str, dict[str, Any]] = {
    "default": {},
    "no-adapt": {"adapt_classes": False},
    "head-only": {"head_only": True},
    "head-only-no-adapt": {"head_only": True, "adapt_classes": False},
    "head-only-class-lr-0.05": {"head_only": True, "class_lr": 0.05},
    "head-only-no-alignment": {"head_only": True, "image_level_alignment": False},
}


def accepted_store(work: Path, n: int, seed: int, name: str):
    """A fresh store holding ``n`` pictures whose every object a person accepted."""
    from gridclip.world.synthetic import draw_scenes, scenes_to_coco
    from storage import Store

    folder = work / f"accepted_s{seed}_n{n}"
    images = folder / "images"
    images.mkdir(parents=True, exist_ok=True)
    scenes = list(draw_scenes(ACCEPTED_SEED + seed, n))
    for scene in scenes:
        scene.image.save(images / scene.file_name)
    (folder / "accepted.json").write_text(json.dumps(scenes_to_coco(scenes)))
    db = folder / f"labels_{name}.db"
    db.unlink(missing_ok=True)
    store = Store.open(str(db), image_root=images)
    store.add_images(images)
    store.import_coco(folder / "accepted.json", images)
    return store, folder


def run(args: argparse.Namespace) -> list[dict[str, Any]]:
    import torch

    from benchmarks.quality import eval_set, log, score
    from gridclip import load_detector
    from gridclip.training.fine_tune import fine_tune_on_store
    from gridclip.world.synthetic import world_vocabulary

    torch.set_num_threads(args.threads)
    work: Path = args.work
    work.mkdir(parents=True, exist_ok=True)
    coco, paths = eval_set(work, 100)
    vocab = world_vocabulary(synonyms=False)
    rows = []
    before = score(load_detector(args.model, device="cpu", int8_static=False), coco, paths, vocab)
    log(f"before: {json.dumps(before)}")
    rows.append({"variant": "before", "n": 0, "seed": None, "seconds": 0.0, "scores": before})
    for seed in args.seeds:
        for variant in args.variants:
            store, folder = accepted_store(work, args.n, seed, variant)
            detector = load_detector(args.model, device="cpu", int8_static=False)
            started = time.perf_counter()
            result = fine_tune_on_store(store, detector, out_dir=folder / f"ck_{variant}", device="cpu",
                                        show_progress=False, teacher_cache_dir=work / "teacher_cache",
                                        seed=seed, **VARIANTS[variant])
            seconds = time.perf_counter() - started
            after = score(result.detector, coco, paths, vocab)
            row = {"variant": variant, "n": args.n, "seed": seed, "seconds": round(seconds, 1), "scores": after,
                   "epochs": len(result.metrics)}
            log(json.dumps(row))
            rows.append(row)
            with open(work / "learning_loop.jsonl", "a", encoding="utf-8") as out:
                out.write(json.dumps(row) + "\n")
    return rows


def table(rows: list[dict[str, Any]]) -> str:
    """Mean ± std over seeds per variant, as RESULTS.md shows it (AP50 in %)."""

    def cell(values: list[float]) -> str:
        values = [100 * v for v in values]
        return f"{values[0]:.1f}" if len(values) == 1 else f"{statistics.mean(values):.1f} ± {statistics.stdev(values):.1f}"

    lines = ["| variant | N | seeds | base AP50 | novel AP50 | fine-tune s |", "| --- | ---: | ---: | ---: | ---: | ---: |"]
    for variant in dict.fromkeys(r["variant"] for r in rows):
        mine = [r for r in rows if r["variant"] == variant]
        lines.append(f"| {variant} | {mine[0]['n']} | {len(mine)} | {cell([r['scores']['base']['AP50'] for r in mine])} | "
                     f"{cell([r['scores']['novel']['AP50'] for r in mine])} | "
                     f"{statistics.mean(r['seconds'] for r in mine):.0f} |")
    return "\n".join(lines)


def parse_args(argv: list[str] | None = None) -> argparse.Namespace:
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--model", default="demo")
    p.add_argument("--n", type=int, default=20, help="accepted pictures")
    p.add_argument("--seeds", type=int, nargs="+", default=[0])
    p.add_argument("--variants", nargs="+", choices=sorted(VARIANTS), default=["default"])
    p.add_argument("--threads", type=int, default=2)
    p.add_argument("--work", type=Path, default=REPO / "runs" / "learning-loop")
    return p.parse_args(argv)


def main(argv: list[str] | None = None) -> int:
    rows = run(parse_args(argv))
    print(table(rows))
    return 0


if __name__ == "__main__":
    sys.exit(main())
