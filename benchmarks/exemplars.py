"""The ``exemplars`` part of the quality report: exemplar prompts at zero training seconds.

    .venv/bin/python -m benchmarks.quality --parts exemplars --threads 1

On the demo model (``load_detector("demo")``):

1. **k on validation.** The blend ``w = n / (n + k)`` (``gridclip.inference.exemplars``) is
   swept over ``--exemplar-ks`` on validation world seed ``VALIDATION_SEED`` (never the held-out
   one); the k with the best mean AP50 (all classes) over N is kept.
2. **Held-out curve.** Novel and base AP50 on the held-out scenes (``EVAL_SEED``) with text
   only, and with prototypes from N = 1, 5, 10, 20 accepted pictures (every object boxed) drawn
   from world seeds ``EXEMPLAR_SEEDS`` (one per draw, none an evaluation seed), mean ± std over
   the draws. Prototypes go through the product's door: the pictures are imported into a label
   store, accepted, and ``store.training_set()`` goes to ``class_prototypes``.
3. **One drawn box.** For several classes: one box of the class on one held-out picture, and
   that class's AP50 on the rest of the queue (the other held-out pictures) with and without
   its one-box prototype.

AP is ``gridclip.training.evaluate.evaluate`` (pycocotools; the COCO file's names + synonyms).
"""

from __future__ import annotations

import json
import statistics
import time
from collections.abc import Sequence
from pathlib import Path
from typing import Any

VALIDATION_SEED = 2024
EXEMPLAR_SEEDS = (5100, 5101, 5102)
ONE_BOX_CLASSES = 8  # half novel, half base


def log(message: str) -> None:
    print(f"[{time.strftime('%H:%M:%S')}] {message}", flush=True)


def world_set(folder: Path, seed: int, n: int) -> Path:
    """A world data set on disk (``annotations.json`` + ``images/``); returns the COCO path."""
    from gridclip.world.synthetic import write_dataset

    if not (folder / "annotations.json").is_file():
        write_dataset(folder, seed=seed, n=n)
    return folder / "annotations.json"


def store_prototypes(detector: Any, work: Path, seed: int, n: int) -> tuple[Any, float, int]:
    """Prototypes from ``n`` accepted pictures of world seed ``seed`` through a label store:
    import -> accepted -> ``training_set()`` -> ``class_prototypes``. Returns (prototypes,
    seconds of ``class_prototypes``, boxes)."""
    from gridclip.training.exemplars import class_prototypes, clear_memory_cache
    from storage import Store

    folder = work / f"exemplars_s{seed}_n{n}"
    coco_path = world_set(folder, seed, n)
    db = folder / "labels.db"
    if db.exists():
        db.unlink()
    store = Store.open(str(db), image_root=folder / "images")
    store.add_images(folder / "images")
    store.import_coco(coco_path, folder / "images")
    training_set = store.training_set()
    clear_memory_cache()
    started = time.perf_counter()
    prototypes = class_prototypes(detector, training_set, cache_dir=None)  # cold: one forward pass per picture
    seconds = time.perf_counter() - started
    return prototypes, seconds, sum(len(ex) for ex in training_set.examples)


def _ap50(metrics: dict) -> dict[str, float]:
    splits = metrics.get("splits") or {}
    return {"novel": 100 * (splits.get("novel", {}).get("AP50") or 0.0),
            "base": 100 * (splits.get("base", {}).get("AP50") or 0.0),
            "all": 100 * (metrics.get("AP50") or 0.0)}


def _mean_std(values: Sequence[float]) -> tuple[float, float]:
    return statistics.mean(values), (statistics.stdev(values) if len(values) > 1 else 0.0)


def curve(detector: Any, work: Path, coco_path: Path, sizes: Sequence[int], seeds: Sequence[int], k: float) -> dict:
    """Text-only and exemplar AP50 (per N, per draw seed) on one evaluation set at blend ``k``."""
    from gridclip.training.evaluate import evaluate
    from gridclip.training.exemplars import WithExemplars

    detector.exemplar_blend_k = k
    images = coco_path.parent / "images"
    rows: dict[str, Any] = {"text": _ap50(evaluate(detector, coco_path, images, batch_size=8)), "n": {}}
    for n in sizes:
        runs = []
        for seed in seeds:
            prototypes, seconds, boxes = store_prototypes(detector, work, seed, n)
            scores = _ap50(evaluate(WithExemplars(detector, prototypes), coco_path, images, batch_size=8))
            runs.append({"seed": seed, "boxes": boxes, "classes": len(prototypes), "seconds": seconds, **scores})
            log(f"k={k:g} N={n} seed {seed}: {scores} ({boxes} boxes, {len(prototypes)} classes, {seconds:.1f} s)")
        rows["n"][str(n)] = runs
    return rows


def one_box(detector: Any, work: Path, coco_path: Path, classes: int = ONE_BOX_CLASSES) -> dict:
    """One box of a class on one picture of the queue; that class's AP50 on the rest, with and
    without the one-box prototype. Classes: the first ``classes // 2`` novel and base classes
    (in world order) that appear in at least 3 pictures."""
    import numpy as np

    from gridclip.training.evaluate import evaluate
    from gridclip.training.exemplars import WithExemplars, class_prototypes

    coco = json.loads(coco_path.read_text())
    by_class: dict[int, list[dict]] = {}
    for ann in coco["annotations"]:
        by_class.setdefault(ann["category_id"], []).append(ann)
    picked: list[dict] = []
    for split in ("novel", "base"):
        for cat in coco["categories"]:
            anns = by_class.get(cat["id"], [])
            if cat["split"] == split and len({a["image_id"] for a in anns}) >= 3:
                picked.append(cat)
                if sum(c["split"] == split for c in picked) == classes // 2:
                    break
    images = {img["id"]: img for img in coco["images"]}
    rows = []
    for cat in picked:
        first = by_class[cat["id"]][0]
        picture = images[first["image_id"]]
        rest = dict(coco, images=[i for i in coco["images"] if i["id"] != picture["id"]],
                    annotations=[a for a in coco["annotations"] if a["image_id"] != picture["id"]])
        rest_path = coco_path.parent / f"rest_without_{picture['id']}.json"
        rest_path.write_text(json.dumps(rest))
        x, y, w, h = first["bbox"]
        example = (coco_path.parent / "images" / picture["file_name"], np.array([[x, y, x + w, y + h]], np.float32),
                   np.array([0]))
        prototypes = class_prototypes(detector, [example], [cat["name"]])
        before = evaluate(detector, rest_path, coco_path.parent / "images", batch_size=8)["per_class"][cat["name"]]
        after = evaluate(WithExemplars(detector, prototypes), rest_path, coco_path.parent / "images",
                         batch_size=8)["per_class"][cat["name"]]
        row = {"class": cat["name"], "split": cat["split"], "picture": picture["file_name"],
               "before": 100 * (before["AP50"] or 0.0), "after": 100 * (after["AP50"] or 0.0)}
        rows.append(row)
        log(f"one box of {cat['name']} ({cat['split']}): AP50 {row['before']:.1f} -> {row['after']:.1f}")
    lifts = [r["after"] - r["before"] for r in rows]
    return {"rows": rows, "mean_lift": statistics.mean(lifts) if lifts else None}


def ceiling(detector: Any, eval_coco_path: Path, n: int = 100, seed: int = EXEMPLAR_SEEDS[0]) -> dict:
    """How much class information the grid holds beyond the text: each held-out box's pooled
    grid embedding classified 48-way by the nearest text embedding, and by the nearest centred
    prototype of ``n`` pictures (every class has boxes there). Top-1 accuracy in %, per split."""
    import torch
    import torch.nn.functional as F

    from gridclip.training.exemplars import pooled_embeddings
    from gridclip.world.synthetic import WORLD_CLASSES, draw_scenes, scene_examples, training_examples, world_vocabulary

    vocab = world_vocabulary(synonyms=False)
    text = detector.text_embeddings(vocab).float().cpu()
    train = scene_examples(draw_scenes(seed, n))
    pooled, mean = pooled_embeddings(detector, train)
    boxes, ids = torch.cat(pooled), torch.cat([torch.as_tensor(ex.class_ids) for ex in train])
    protos = F.normalize(torch.zeros(len(vocab), boxes.shape[1]).index_add_(0, ids, boxes), dim=1)
    mu = F.normalize(mean, dim=0)
    held, _ = training_examples(eval_coco_path, split=None)
    held_boxes, held_mean = pooled_embeddings(detector, held)
    emb, truth = torch.cat(held_boxes), torch.cat([torch.as_tensor(ex.class_ids) for ex in held])
    novel = torch.tensor([c.split == "novel" for c in WORLD_CLASSES])[truth]
    by_text = (emb @ text.T).argmax(1) == truth
    by_proto = ((emb - mu) @ F.normalize(protos - mu, dim=1).T).argmax(1) == truth
    covered = int((torch.bincount(ids, minlength=len(vocab)) > 0).sum())

    def acc(hits: torch.Tensor) -> dict:
        return {"novel": 100 * float(hits[novel].float().mean()), "base": 100 * float(hits[~novel].float().mean())}

    return {"pictures": n, "seed": seed, "classes_covered": covered, "boxes": int(len(truth)),
            "text": acc(by_text), "prototypes": acc(by_proto), "chance": 100 / len(vocab)}


def run_exemplars(args: Any, eval_coco_path: Path) -> dict:
    """The whole part: k on validation, the held-out curve at that k, and the one-box lift."""
    import torch

    from gridclip.inference.sources import load_detector

    torch.set_num_threads(args.threads)
    detector = load_detector("demo", device="cpu")
    work = args.work
    validation = world_set(work / f"validation_s{VALIDATION_SEED}_n{args.validation_scenes}", VALIDATION_SEED,
                           args.validation_scenes)
    sweep = {}
    for k in args.exemplar_ks:
        rows = curve(detector, work, validation, args.exemplar_sizes, args.exemplar_seeds, k)
        sweep[f"{k:g}"] = {"text": rows["text"],
                           "mean_all": statistics.mean(r["all"] for runs in rows["n"].values() for r in runs),
                           "n": rows["n"]}
        log(f"validation k={k:g}: mean AP50 {sweep[f'{k:g}']['mean_all']:.1f} (text {rows['text']['all']:.1f})")
    best_k = float(max(sweep, key=lambda key: sweep[key]["mean_all"]))
    held_out = curve(detector, work, eval_coco_path, args.exemplar_sizes, args.exemplar_seeds, best_k)
    lift = one_box(detector, work, eval_coco_path)
    top1 = ceiling(detector, eval_coco_path)
    log(f"box-level top-1: {top1}")
    return {"exemplars": {"k": best_k, "validation": sweep, "held_out": held_out, "one_box": lift, "ceiling": top1,
                          "validation_seed": VALIDATION_SEED, "validation_scenes": args.validation_scenes,
                          "exemplar_seeds": list(args.exemplar_seeds)}}


def render_exemplars(part: dict, command: str | None, minutes: float) -> list[str]:
    """The RESULTS.md lines of the part."""
    held = part["held_out"]
    text = held["text"]
    lines = [
        "",
        "### Exemplar prompts (no training)",
        "",
        "The demo model scoring each class by the centred blend of its text and its prototype (`w = n / (n + k)`, "
        "`gridclip.inference.exemplars`), with "
        "prototypes pooled from the grid inside the accepted boxes of N pictures (every object boxed) that went "
        "through `storage.Store` (import → accepted → `training_set()` → `class_prototypes`); draws from world "
        f"seeds {part['exemplar_seeds']} (mean ± std over them); k = {part['k']:g} chosen on validation seed "
        f"{part['validation_seed']} ({part['validation_scenes']} scenes). AP50 in % on the held-out scenes, "
        f"`gridclip.training.evaluate.evaluate`. `{command}` ({minutes:.0f} min)",
        "",
        "| N pictures | boxes | classes with a prototype | novel AP50 | base AP50 | novel lift | prototype seconds, uncached (training: 0) |",
        "| --- | --- | --- | --- | --- | --- | --- |",
        f"| 0 (text only) | 0 | 0 | {text['novel']:.1f} | {text['base']:.1f} | – | – |",
    ]
    for n, runs in held["n"].items():
        novel, base = _mean_std([r["novel"] for r in runs]), _mean_std([r["base"] for r in runs])
        lift = statistics.mean(r["novel"] for r in runs) - text["novel"]
        lines.append(
            f"| {n} | {statistics.mean(r['boxes'] for r in runs):.0f} | {statistics.mean(r['classes'] for r in runs):.0f} | "
            f"{novel[0]:.1f} ± {novel[1]:.1f} | {base[0]:.1f} ± {base[1]:.1f} | {lift:+.1f} | "
            f"{statistics.mean(r['seconds'] for r in runs):.1f} |")
    sweep = part["validation"]
    lines += ["", "Validation sweep of k (mean AP50 of all classes over N and draws; text only "
              f"{next(iter(sweep.values()))['text']['all']:.1f}): "
              + ", ".join(f"k = {k}: {v['mean_all']:.1f}" for k, v in sweep.items()) + "."]
    one = part["one_box"]
    if one["rows"]:
        lines += ["", "One drawn box of a class on one held-out picture, that class's AP50 on the other held-out "
                  "pictures (text only → with the one-box prototype): "
                  + "; ".join(f"{r['class']} ({r['split']}) {r['before']:.1f} → {r['after']:.1f}" for r in one["rows"])
                  + f". Mean lift **{one['mean_lift']:+.1f} points** over {len(one['rows'])} classes."]
    top1 = part.get("ceiling")
    if top1:
        novel_gain = top1["prototypes"]["novel"] - top1["text"]["novel"]
        base_gain = top1["prototypes"]["base"] - top1["text"]["base"]
        lines += ["", f"Box-level check of what the grid holds: each held-out box's pooled grid embedding, classified "
                  f"48-way (chance {top1['chance']:.1f} %), is right {top1['text']['novel']:.1f} % (novel) / "
                  f"{top1['text']['base']:.1f} % (base) of the time by the nearest text embedding, and "
                  f"{top1['prototypes']['novel']:.1f} % / {top1['prototypes']['base']:.1f} % by the nearest centred "
                  f"prototype of {top1['pictures']} accepted pictures ({top1['classes_covered']} classes covered): "
                  f"{novel_gain:+.1f} (novel) / {base_gain:+.1f} (base) points."]
        if max(novel_gain, base_gain) < 10:
            lines[-1] += (" Even plentiful exemplars do not out-classify the text by much: this grid carries little class "
                          "(shape) information beyond what the text already reads from it, so no choice of class row "
                          "can add much; the targets need a demo whose grid separates shapes (issue 15's note).")
    ten = held["n"].get("10")
    if ten:
        lift10 = statistics.mean(r["novel"] for r in ten) - text["novel"]
        verdict = "holds" if lift10 >= 10 else "is missed"
        lines += ["", f"Target (exemplars from 10 pictures → novel AP50 +10 at zero training seconds) {verdict}: "
                  f"**{lift10:+.1f} points**."]
    return lines
