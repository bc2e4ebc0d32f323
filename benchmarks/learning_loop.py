"""The learning loop through the product's own doors: N accepted pictures in a store, then
``fine_tune_on_store`` (what ``gridclip train --db`` calls) with the CLI's defaults or a named
variant, scored on held-out scenes before and after.

    .venv/bin/python -m benchmarks.learning_loop --n 20 --seeds 0 1 2 --variants default no-adapt head-only

Accepted pictures are drawn from world seed ``5000 + seed`` (every object boxed, novel ones
too); the held-out set is 100 scenes of world seed 4242 (``benchmarks.world_eval.eval_set``), which
neither the demo build nor the accepted pictures use. One JSON line per run goes to
``<work>/learning_loop.jsonl``; the table at the end is what RESULTS.md quotes.

``loop_curve`` is the ``loop`` part of ``benchmarks.quality`` (``--parts loop``): novel and base
AP50 on the held-out scenes after N accepted pictures for exemplars only, the default fine-tune
and both, with the wall time of each, mean ± std over seeds; ``render_loop_curve`` and
``plot_loop_curve`` write its table and figure.
"""

from __future__ import annotations

import argparse
import json
import statistics
import sys
import time
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

import numpy as np

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
    "steps-30": {"target_steps": 30},
    "steps-100": {"target_steps": 100},
    "lr-3e-5": {"lr": 3e-5},
    "lr-1e-5": {"lr": 1e-5},
    "lr-1e-5-steps-100": {"lr": 1e-5, "target_steps": 100},
    "lr-3e-6": {"lr": 3e-6},
    "steps-100-lr-1e-4": {"lr": 1e-4, "target_steps": 100},
    "steps-100-lr-3e-5": {"lr": 3e-5, "target_steps": 100},
    "head-only-steps-100": {"head_only": True, "target_steps": 100},
}


def accepted_store(work: Path, n: int, seed: int, name: str, size: int | None = None,
                   object_count: tuple[int, int] | None = None):
    """A fresh store holding ``n`` pictures whose every object a person accepted (at the world's
    picture size and crowding unless ``size`` / ``object_count``)."""
    from benchmarks.world_eval import scene_folder
    from gridclip.world.synthetic import draw_scenes, scenes_to_coco
    from storage import Store

    folder, size, object_count = scene_folder(work / f"accepted_s{seed}_n{n}", size, object_count)
    images = folder / "images"
    images.mkdir(parents=True, exist_ok=True)
    scenes = list(draw_scenes(ACCEPTED_SEED + seed, n, size=size, object_count=object_count))
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

    from benchmarks.world_eval import eval_set, log, score
    from gridclip import load_detector
    from gridclip.training.fine_tune import fine_tune_on_store
    from gridclip.world.synthetic import world_vocabulary

    torch.set_num_threads(args.threads)
    work: Path = args.work
    work.mkdir(parents=True, exist_ok=True)
    coco, paths = eval_set(work, 100, size=args.size, object_count=args.objects)
    vocab = world_vocabulary(synonyms=False)
    rows = []
    before = score(load_detector(args.model, device="cpu", int8_static=False), coco, paths, vocab)
    log(f"before: {json.dumps(before)}")
    rows.append({"variant": "before", "n": 0, "seed": None, "seconds": 0.0, "scores": before})
    for seed in args.seeds:
        for variant in args.variants:
            store, folder = accepted_store(work, args.n, seed, variant, args.size, args.objects)
            detector = load_detector(args.model, device="cpu", int8_static=False)
            started = time.perf_counter()
            # hold_out=False: every one of the N accepted pictures trains; the held-out scenes score.
            result = fine_tune_on_store(store, detector, out_dir=folder / f"ck_{variant}", device="cpu",
                                        show_progress=False, teacher_cache_dir=work / "teacher_cache",
                                        seed=seed, hold_out=False, **VARIANTS[variant])
            seconds = time.perf_counter() - started
            after = score(result.detector, coco, paths, vocab)
            row = {"variant": variant, "n": args.n, "seed": seed, "seconds": round(seconds, 1), "scores": after,
                   "epochs": len(result.metrics)}
            log(json.dumps(row))
            rows.append(row)
            with open(work / "learning_loop.jsonl", "a", encoding="utf-8") as out:
                out.write(json.dumps(row) + "\n")
    return rows


def restart_probe(args: argparse.Namespace) -> list[dict[str, Any]]:
    """Fine-tune the model for one epoch (150 steps of 4 pictures) on its *own build data* (base
    boxes of the 600 scenes of world seed 1 the demo build trains on) at each ``--restart-probe``
    rate: what restarting a trained detector costs whatever the data."""
    import torch

    from benchmarks.world_eval import DETECTOR_WORLD_SEED, eval_set, log, score
    from gridclip import load_detector
    from gridclip.training.fine_tune import fine_tune
    from gridclip.world.synthetic import training_examples, world_vocabulary, write_dataset

    torch.set_num_threads(args.threads)
    work: Path = args.work
    coco, paths = eval_set(work, 100, size=args.size, object_count=args.objects)
    vocab = world_vocabulary(synonyms=False)
    folder = work / f"build_s{DETECTOR_WORLD_SEED}_n600"
    if not (folder / "annotations.json").is_file():
        write_dataset(folder, seed=DETECTOR_WORLD_SEED, n=600)
    examples, base_vocab = training_examples(folder / "annotations.json", split="base")
    rows = []
    for lr in args.restart_probe:
        detector = load_detector(args.model, device="cpu", int8_static=False)
        started = time.perf_counter()
        result = fine_tune(detector, examples, base_vocab, out_dir=folder / f"ck_lr{lr:g}", device="cpu", show_progress=False,
                           teacher_cache_dir=work / "teacher_cache", seed=0, epochs=1, lr=lr)
        row = {"variant": f"own build data, lr {lr:g}", "n": len(examples), "seed": 0,
               "seconds": round(time.perf_counter() - started, 1), "scores": score(result.detector, coco, paths, vocab),
               "epochs": 1}
        log(json.dumps(row))
        rows.append(row)
    return rows


# -- the loop curve: AP50 against accepted pictures, three ways of using them ----------------------

#: What the accepted pictures are used for: class prototypes (no training), the default
#: fine-tune (``fine_tune_on_store`` with its defaults), and prototypes of the fine-tuned model.
LOOP_MODES = ("exemplars", "fine-tune", "both")
LOOP_SIZES = (0, 1, 5, 10, 20, 50)


def _prototypes(detector: Any, store: Any) -> tuple[Any, float]:
    """Class prototypes of ``detector`` from the store's accepted boxes, cold; (prototypes, seconds)."""
    from gridclip.training.exemplars import class_prototypes, clear_memory_cache

    clear_memory_cache()
    started = time.perf_counter()
    prototypes = class_prototypes(detector, store.training_set(), cache_dir=None)
    return prototypes, time.perf_counter() - started


def _use_accepted(modes: Sequence[str], add: Callable[..., None], base: Any, store: Any, *, model: str, device: str,
                  out_dir: Path, teacher_cache_dir: Path, seed: int, settings: dict[str, Any],
                  extra: Callable[[Any], dict[str, Any]]) -> None:
    """The store's accepted pictures used each of ``modes`` ways: class prototypes of ``base``;
    ``fine_tune_on_store`` of a fresh ``model`` (the product's defaults, as ``gridclip train --db``
    runs them, with ``settings`` on top; hold_out=False: all N pictures train, the held-out set
    scores); prototypes of the fine-tuned model. Each is handed to ``add(mode, detector, seconds,
    prototypes, **extra)``, the fine-tuned ones with ``extra(tuned)``."""
    from gridclip import load_detector
    from gridclip.training.fine_tune import fine_tune_on_store

    if "exemplars" in modes:
        prototypes, seconds = _prototypes(base, store)
        add("exemplars", base, seconds, prototypes)
    if "fine-tune" not in modes and "both" not in modes:
        return
    detector = load_detector(model, device=device, int8_static=False)
    started = time.perf_counter()
    tuned = fine_tune_on_store(store, detector, out_dir=out_dir, device=device, show_progress=False,
                               teacher_cache_dir=teacher_cache_dir, seed=seed, hold_out=False, **settings)
    trained = time.perf_counter() - started
    ran = extra(tuned)
    if "fine-tune" in modes:
        add("fine-tune", tuned.detector, trained, **ran)
    if "both" in modes:
        prototypes, seconds = _prototypes(tuned.detector, store)
        add("both", tuned.detector, trained + seconds, prototypes, **ran)


def loop_curve(work: Path, coco: dict, paths: list[Path], *, sizes=LOOP_SIZES, seeds=(0, 1, 2), model: str = "demo",
               device: str = "cpu", target_steps: int | None = None, modes=LOOP_MODES,
               save: Any = None) -> dict[str, Any]:
    """Novel / base AP50 (``benchmarks.world_eval.score``) on the held-out scenes ``coco`` after N
    accepted pictures (``accepted_store``: world seed ``ACCEPTED_SEED + seed``, every object
    boxed, through ``storage.Store``), for each of ``modes``, with each one's wall time.

    N = 0 is the model with text alone (the same for every mode and seed, measured once).
    ``target_steps``: None runs the fine-tune exactly as ``gridclip train --db`` does; a number
    only shrinks it for smoke runs. ``save(result)`` is called after every run (partial results)."""
    from benchmarks.world_eval import log, score
    from gridclip import load_detector
    from gridclip.world.synthetic import world_vocabulary

    vocab = world_vocabulary(synonyms=False)
    base = load_detector(model, device=device, int8_static=False)
    rows: list[dict[str, Any]] = []
    result = {"loop_curve": {"rows": rows, "sizes": list(sizes), "seeds": list(seeds), "modes": list(modes),
                             "model": model, "device": device, "target_steps": target_steps,
                             "accepted_seed": ACCEPTED_SEED}}
    if 0 in sizes:
        rows.append({"n": 0, "mode": "text", "seed": None, "boxes": 0, "seconds": 0.0,
                     "scores": score(base, coco, paths, vocab)})
        log(f"loop N=0 (text only): {rows[-1]['scores']}")
    for seed in seeds:  # seed by seed, so a cut-off run still leaves whole seeds
        for n in (n for n in sizes if n > 0):
            store, folder = accepted_store(work, n, seed, "loop")
            boxes = sum(len(ex) for ex in store.training_set().examples)

            def add(mode: str, detector: Any, seconds: float, prototypes: Any = None, **extra: Any) -> None:
                raw = detector.predict_raw(list(paths), vocab, batch_size=8, exemplars=prototypes)
                rows.append({"n": n, "mode": mode, "seed": seed, "boxes": boxes, "seconds": round(seconds, 2),
                             "scores": score(detector, coco, paths, vocab, raw=raw), **extra})
                log(f"loop N={n} seed {seed} {mode}: {rows[-1]['scores']} in {seconds:.1f} s")

            _use_accepted(modes, add, base, store, model=model, device=device, out_dir=folder / "ck_loop",
                          teacher_cache_dir=work / "teacher_cache", seed=seed,
                          settings={} if target_steps is None else {"target_steps": target_steps},
                          extra=lambda tuned: {"epochs": tuned.config["epochs"], "lr": tuned.config["lr"]})
            if save is not None:
                save(result)
    result["loop_curve"]["summary"] = loop_summary(rows)
    return result


def loop_summary(rows: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Mean and std over seeds of novel / base AP50 (in %) and wall seconds, per (mode, N); the
    N = 0 text-only row belongs to every mode.

    >>> rows = [{"n": 0, "mode": "text", "seconds": 0.0, "boxes": 0,
    ...          "scores": {"novel": {"AP50": 0.1}, "base": {"AP50": 0.5}}}]
    >>> rows += [{"n": 1, "mode": "exemplars", "seconds": s, "boxes": 3,
    ...           "scores": {"novel": {"AP50": v}, "base": {"AP50": 0.5}}} for s, v in ((1.0, 0.2), (3.0, 0.4))]
    >>> [(r["mode"], r["n"], round(r["novel"], 1), round(r["novel_std"], 1), r["seconds"]) for r in loop_summary(rows)]
    [('exemplars', 0, 10.0, 0.0, 0.0), ('exemplars', 1, 30.0, 14.1, 2.0)]
    """
    modes = list(dict.fromkeys(r["mode"] for r in rows if r["mode"] != "text"))
    text = [r for r in rows if r["mode"] == "text"]
    out = []
    for mode in modes:
        for n in sorted({r["n"] for r in rows}):
            runs = text if n == 0 else [r for r in rows if r["mode"] == mode and r["n"] == n]
            if not runs:
                continue
            entry: dict[str, Any] = {"mode": mode, "n": n, "runs": len(runs),
                                     "boxes": statistics.mean(r["boxes"] for r in runs),
                                     "seconds": statistics.mean(r["seconds"] for r in runs),
                                     "epochs": runs[0].get("epochs"), "lr": runs[0].get("lr")}
            for split in ("novel", "base"):
                values = [100 * (r["scores"][split]["AP50"] or 0.0) for r in runs]
                entry[split] = statistics.mean(values)
                entry[f"{split}_std"] = statistics.stdev(values) if len(values) > 1 else 0.0
            out.append(entry)
    return out


def render_loop_curve(part: dict[str, Any], command: str | None, minutes: float, plot: str | None = None) -> list[str]:
    """The RESULTS.md lines of the loop curve: one row per (N, mode)."""
    summary = part.get("summary") or loop_summary(part["rows"])
    how = ("the default fine-tune (`fine_tune_on_store` with its defaults: epochs and lr from the data, "
           "`gridclip.training.fine_tune.fit_to_data`)" if part.get("target_steps") is None else
           f"a fine-tune shrunk to {part['target_steps']} target steps (a smoke run, not the product's)")
    lines = ["", "### Learning loop: AP50 against accepted pictures", "",
             f"`{part['model']}` after N accepted pictures (world seed {part['accepted_seed']} + seed, every object "
             "boxed, through `storage.Store`), used three ways: exemplar prototypes only (no training), "
             f"{how}, and both (prototypes of the fine-tuned model). Seeds {part['seeds']} (mean ± std); "
             f"wall time per run on {part['device']} (both = fine-tune + prototypes). `{command}` ({minutes:.0f} min)", "",
             "| N | mode | runs | boxes | novel AP50 | base AP50 | wall s | fine-tune epochs, lr |",
             "| --- | --- | --- | --- | --- | --- | --- | --- |"]
    for n in sorted({e["n"] for e in summary}):
        for e in (e for e in summary if e["n"] == n):
            if n == 0 and e is not next(x for x in summary if x["n"] == 0):
                continue  # text only: one row
            mode = "text only" if n == 0 else e["mode"]
            fitted = "–" if e.get("epochs") is None else f"{e['epochs']}, {e['lr']:g}"
            lines.append(f"| {n} | {mode} | {e['runs']} | {e['boxes']:.0f} | {e['novel']:.1f} ± {e['novel_std']:.1f} | "
                         f"{e['base']:.1f} ± {e['base_std']:.1f} | {e['seconds']:.1f} | {fitted} |")
    if plot:
        lines += ["", f"Figure: `{plot}`."]
    return lines


def plot_loop_curve(part: dict[str, Any], path: Path) -> Path | None:
    """Novel and base AP50 against N, one line per mode with a ± std band; None without matplotlib."""
    from benchmarks.ablation_curves import new_figure

    figure = new_figure(10, 4, 110)
    if figure is None:
        return None
    summary = part.get("summary") or loop_summary(part["rows"])
    for k, split in enumerate(("novel", "base")):
        axes = figure.add_subplot(1, 2, k + 1)
        for mode in dict.fromkeys(e["mode"] for e in summary):
            mine = sorted((e for e in summary if e["mode"] == mode), key=lambda e: e["n"])
            xs = [e["n"] for e in mine]
            ys = [e[split] for e in mine]
            sd = [e[f"{split}_std"] for e in mine]
            axes.plot(xs, ys, marker="o", label=mode)
            axes.fill_between(xs, [y - d for y, d in zip(ys, sd)], [y + d for y, d in zip(ys, sd)], alpha=0.2)
        axes.set_xscale("symlog", linthresh=1)
        sizes = sorted({e["n"] for e in summary})
        axes.set_xticks(sizes, [str(n) for n in sizes])
        axes.set_xlabel("accepted pictures N")
        axes.set_ylabel(f"{split} AP50 (%)")
        axes.set_title(f"{split} classes")
        axes.grid(alpha=0.3)
        axes.legend()
    figure.suptitle(f"learning loop: {part['model']}, seeds {part['seeds']}")
    figure.tight_layout()
    path.parent.mkdir(parents=True, exist_ok=True)
    figure.savefig(path)
    return path


# -- a second domain: kinds the model never boxed, names its text never read -----------------------

#: The domain's held-out pictures: seed EVAL_SEED of the domain (the accepted ones are
#: ACCEPTED_SEED + seed), drawn once into the work folder.
DOMAIN_EVAL_PICTURES = 100


def domain_eval_set(work: Path, domain: str, n: int = DOMAIN_EVAL_PICTURES) -> tuple[dict, list[Path]]:
    """The domain's held-out COCO dict and picture paths (``gridclip.world.domains``, seed 4242)."""
    from benchmarks.world_eval import EVAL_SEED
    from gridclip.world.domains import write_domain_dataset

    folder = work / f"{domain}_eval_s{EVAL_SEED}_n{n}"
    if not (folder / "annotations.json").is_file():
        write_domain_dataset(folder, domain, seed=EVAL_SEED, n=n)
    coco = json.loads((folder / "annotations.json").read_text())
    return coco, [folder / "images" / img["file_name"] for img in coco["images"]]


def domain_store(work: Path, domain: str, n: int, seed: int, name: str):
    """A fresh store holding ``n`` pictures of the domain (seed ``ACCEPTED_SEED + seed``) whose
    every object a person accepted, through ``storage.Store`` as ``gridclip import`` does."""
    from gridclip.world.domains import write_domain_dataset
    from storage import Store

    folder = work / f"{domain}_accepted_s{seed}_n{n}"
    if not (folder / "annotations.json").is_file():
        write_domain_dataset(folder, domain, seed=ACCEPTED_SEED + seed, n=n)
    db = folder / f"labels_{name}.db"
    db.unlink(missing_ok=True)
    store = Store.open(str(db), image_root=folder / "images")
    store.add_images(folder / "images")
    store.import_coco(folder / "annotations.json", folder / "images")
    return store, folder


def domain_score(detector: Any, coco: dict, paths: Sequence[Path], vocabulary: Any, *,
                 exemplars: Any = None, objectness: bool = False, raw: Any = None) -> dict[str, Any]:
    """AP50 of ``detector`` on a domain's held-out COCO dict, vocabulary class ``k`` being
    category ``k + 1``: ``AP50`` per class (COCO's mean over classes), ``class_AP50`` (each
    category's, by name; ``None`` where ``coco`` holds none of it), and ``agnostic_AP50``,
    every box one class (class-agnostic NMS): does it find the objects at all, whatever it
    calls them. ``objectness``: also ``objectness_AP50``, the same with the classes the model
    was built on (the world's, and the broad things when its build boxed them), merged: the
    model's own notion of an object, which names it never read cannot reach (the background
    floor keeps untaught classes off clutter). ``raw``: ``predict_raw``'s candidates for
    ``paths`` already made (the same vocabulary and exemplars), scored instead of predicting."""
    scores = _domain_ap50(detector, coco, paths, vocabulary, exemplars, raw)
    if objectness:
        scores["objectness_AP50"] = _domain_ap50(detector, coco, paths, built_on_vocabulary(detector),
                                                 None)["agnostic_AP50"]
    return scores


def built_on_vocabulary(detector: Any) -> Any:
    """The world's 48 classes, then any other class of the detector's training vocabulary (the
    broad things of a build that boxed them), names only."""
    from gridclip.vocabulary import Vocabulary
    from gridclip.world.synthetic import class_names

    world = class_names()
    trained = [c.name for c in getattr(detector, "vocabulary", None) or [] if c.name not in world]
    return Vocabulary.from_classes([*world, *trained])


def _domain_ap50(detector: Any, coco: dict, paths: Sequence[Path], vocabulary: Any, exemplars: Any,
                 raw: Any = None) -> dict[str, Any]:
    from dataclasses import replace

    from gridclip.model.postprocess import refilter
    from gridclip.training.evaluate import EVALUATION_THRESHOLDS, coco_ap, detections_to_coco, per_class_ap

    if raw is None:
        raw = detector.predict_raw(list(paths), vocabulary, batch_size=8, exemplars=exemplars)
    category_ids = [c["id"] for c in coco["categories"]]
    per_class: list[dict] = []
    agnostic: list[dict] = []
    for det, image in zip(raw, coco["images"]):
        kept = refilter(det, EVALUATION_THRESHOLDS)
        per_class += detections_to_coco(kept[kept.class_id < len(category_ids)], image["id"], category_ids)
        merged = refilter(det, replace(EVALUATION_THRESHOLDS, class_agnostic_nms=True))
        merged.class_id = np.zeros(len(merged), dtype=int)
        agnostic += detections_to_coco(merged, image["id"], [1])
    one_class = {**coco, "categories": [{"id": 1, "name": "object"}],
                 "annotations": [{**a, "category_id": 1} for a in coco["annotations"]]}
    evaluator, summary = coco_ap(coco, per_class, category_ids)
    classes = per_class_ap(evaluator, category_ids)
    return {"AP50": 100 * float(summary["AP50"] or 0.0),
            "class_AP50": {c["name"]: None if ap["AP50"] is None else 100 * ap["AP50"]
                           for c, ap in zip(coco["categories"], classes)},
            "agnostic_AP50": 100 * float(coco_ap(one_class, agnostic, [1])[1]["AP50"] or 0.0)}


def world_score(detector: Any, coco: dict, paths: Sequence[Path]) -> dict[str, float]:
    """The world's held-out base / novel AP50 (%) with the world vocabulary (forgetting)."""
    from benchmarks.world_eval import score
    from gridclip.world.synthetic import world_vocabulary

    scores = score(detector, coco, paths, world_vocabulary(synonyms=False))
    return {split: 100 * float(scores[split]["AP50"] or 0.0) for split in ("base", "novel")}


DOMAIN_MODES = ("exemplars", "fine-tune", "both")


def domain_curve(work: Path, domain: str, *, sizes: Sequence[int] = LOOP_SIZES, seeds: Sequence[int] = (0, 1, 2),
                 model: str = "demo", modes: Sequence[str] = DOMAIN_MODES, settings: dict[str, Any] | None = None,
                 crop_temperature: float | None = None, save: Any = None) -> dict[str, Any]:
    """The learning loop on a second domain, through the product's doors: N accepted pictures
    in a store, then exemplar prototypes (``class_prototypes`` of the store's training set),
    ``fine_tune_on_store`` (what ``gridclip train --db`` runs; ``settings`` on top of its
    defaults, ``{}`` = the product), or both; per-class and class-agnostic AP50 on the domain's
    held-out pictures, and the world's held-out base / novel AP50 before and after each
    fine-tune (forgetting). ``crop_temperature``: exemplar crop rows read at it instead of the
    product's (a diagnostic). One row per (N, mode, seed); ``save(rows)`` after each."""
    import torch

    from benchmarks.world_eval import eval_set, log
    from gridclip import load_detector
    from gridclip.world.domains import domain as domain_spec

    torch.manual_seed(0)
    vocab = domain_spec(domain).vocabulary()
    coco, paths = domain_eval_set(work, domain)
    world_coco, world_paths = eval_set(work, 100)
    parent = load_detector(model, device="cpu", int8_static=False)
    rows: list[dict[str, Any]] = []
    world_before = world_score(parent, world_coco, world_paths)
    if 0 in sizes:
        rows.append({"n": 0, "mode": "text", "seed": None, "seconds": 0.0, "boxes": 0,
                     **domain_score(parent, coco, paths, vocab, objectness=True), "world": world_before})
        log(f"{domain} N=0 text only: {rows[-1]}")
    for seed in seeds:
        for n in (n for n in sizes if n > 0):
            store, folder = domain_store(work, domain, n, seed, "loop")
            boxes = sum(len(ex) for ex in store.training_set().examples)

            def add(mode: str, detector: Any, seconds: float, prototypes: Any = None, **extra: Any) -> None:
                if prototypes is not None and crop_temperature is not None:
                    prototypes = prototypes.with_crop_temperature(crop_temperature)
                rows.append({"n": n, "mode": mode, "seed": seed, "boxes": boxes, "seconds": round(seconds, 1),
                             **domain_score(detector, coco, paths, vocab, exemplars=prototypes,
                                            objectness=mode == "fine-tune"), **extra})
                log(f"{domain} N={n} seed {seed} {mode}: {rows[-1]}")

            _use_accepted(modes, add, parent, store, model=model, device="cpu", out_dir=folder / "ck_loop",
                          teacher_cache_dir=work / "teacher_cache", seed=seed, settings=settings or {},
                          extra=lambda tuned: {
                              "world": world_score(tuned.detector, world_coco, world_paths),
                              "world_before": world_before,
                              "settings": {k: tuned.config[k] for k in ("epochs", "lr", "adapt_classes", "head_only")
                                           if k in tuned.config} | (tuned.config.get("chosen_for") or {})})
            if save is not None:
                save(rows)
    return {"domain": domain, "model": model, "sizes": list(sizes), "seeds": list(seeds), "settings": settings or {},
            "crop_temperature": crop_temperature, "rows": rows}


def domain_summary(rows: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Mean and std over seeds per (mode, N) of the domain's AP50, its class-agnostic AP50, the
    world's base / novel AP50 after the fine-tune, and the wall seconds.

    >>> rows = [{"n": 1, "mode": "fine-tune", "seconds": s, "boxes": 3, "AP50": v, "agnostic_AP50": 10.0,
    ...          "world": {"base": 90.0, "novel": 80.0}} for s, v in ((1.0, 20.0), (3.0, 40.0))]
    >>> [(e["mode"], e["n"], e["AP50"], round(e["AP50_std"], 1), e["world_base"]) for e in domain_summary(rows)]
    [('fine-tune', 1, 30.0, 14.1, 90.0)]
    """
    out = []
    keys = list(dict.fromkeys((r["mode"], r["n"]) for r in rows))
    for mode, n in keys:
        runs = [r for r in rows if (r["mode"], r["n"]) == (mode, n)]
        entry: dict[str, Any] = {"mode": mode, "n": n, "runs": len(runs),
                                 "boxes": statistics.mean(r["boxes"] for r in runs),
                                 "seconds": statistics.mean(r["seconds"] for r in runs)}
        values = {"AP50": [r["AP50"] for r in runs], "agnostic_AP50": [r["agnostic_AP50"] for r in runs]}
        if all("objectness_AP50" in r for r in runs):
            values["objectness_AP50"] = [r["objectness_AP50"] for r in runs]
        if all("world" in r for r in runs):
            values |= {"world_base": [r["world"]["base"] for r in runs], "world_novel": [r["world"]["novel"] for r in runs]}
        for key, vals in values.items():
            entry[key] = statistics.mean(vals)
            entry[f"{key}_std"] = statistics.stdev(vals) if len(vals) > 1 else 0.0
        out.append(entry)
    return out


def render_domain_curve(part: dict[str, Any], command: str) -> list[str]:
    """The RESULTS.md table of ``domain_curve``: one row per (N, mode), mean ± std over seeds."""
    text = next((r for r in part["rows"] if r["mode"] == "text"), None)
    before = text["world"] if text else None
    lines = [f"`{command}` — domain `{part['domain']}`, model `{part['model']}`, seeds {part['seeds']}, "
             f"settings on top of the product's: `{part['settings'] or 'none'}`"
             + (f"; the world before: base {before['base']:.1f} / novel {before['novel']:.1f}" if before else ""), "",
             "| N | mode | runs | boxes | AP50 | class-agnostic AP50 | objectness AP50 | world base | world novel | wall s |",
             "| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |"]

    def cell(e: dict[str, Any], key: str) -> str:
        return "–" if key not in e else f"{e[key]:.1f} ± {e[key + '_std']:.1f}"

    for e in sorted(domain_summary(part["rows"]), key=lambda e: (e["n"], DOMAIN_MODES.index(e["mode"])
                                                                  if e["mode"] in DOMAIN_MODES else -1)):
        mode = "text only" if e["mode"] == "text" else e["mode"]
        lines.append(f"| {e['n']} | {mode} | {e['runs']} | {e['boxes']:.0f} | {cell(e, 'AP50')} | "
                     f"{cell(e, 'agnostic_AP50')} | {cell(e, 'objectness_AP50')} | {cell(e, 'world_base')} | "
                     f"{cell(e, 'world_novel')} | "
                     f"{e['seconds']:.0f} |")
    return lines


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
    p.add_argument("--size", type=int, default=None, help="picture side of the accepted and held-out scenes (default: the world's)")
    p.add_argument("--objects", type=int, nargs=2, default=None, metavar=("MIN", "MAX"),
                   help="objects per accepted and held-out scene (default: the world's)")
    p.add_argument("--restart-probe", type=float, nargs="+", default=None, metavar="LR",
                   help="instead: one epoch on the model's own build data at each rate (what a restart costs)")
    p.add_argument("--work", type=Path, default=REPO / "runs" / "learning-loop")
    p.add_argument("--domain", default=None,
                   help="instead: the loop on a second domain (gridclip.world.domains: parts, symbols), "
                        "--sizes accepted pictures, --modes, mean ± std over --seeds")
    p.add_argument("--sizes", type=int, nargs="+", default=list(LOOP_SIZES))
    p.add_argument("--modes", nargs="+", choices=DOMAIN_MODES, default=list(DOMAIN_MODES))
    p.add_argument("--settings", type=json.loads, default=None,
                   help="--domain: fine-tune settings on top of the product's, as JSON (default: none)")
    p.add_argument("--crop-temperature", type=float, default=None,
                   help="--domain, diagnostic: read exemplar crop rows at this temperature (default: the product's)")
    return p.parse_args(argv)


def main(argv: list[str] | None = None) -> int:
    args = parse_args(argv)
    if args.domain:
        import torch

        torch.set_num_threads(args.threads)
        args.work.mkdir(parents=True, exist_ok=True)
        out = args.work / f"domain_{args.domain}.json"
        command = "python -m benchmarks.learning_loop " + " ".join(sys.argv[1:] if argv is None else argv)

        def save(rows: list[dict[str, Any]]) -> None:
            out.write_text(json.dumps({"command": command, "rows": rows}, indent=1))

        part = domain_curve(args.work, args.domain, sizes=args.sizes, seeds=args.seeds, model=args.model,
                            modes=args.modes, settings=args.settings,
                            crop_temperature=args.crop_temperature, save=save)
        out.write_text(json.dumps({"command": command, **part}, indent=1))
        print("\n".join(render_domain_curve(part, command)))
        return 0
    rows = restart_probe(args) if args.restart_probe else run(args)
    print(table(rows))
    return 0


if __name__ == "__main__":
    sys.exit(main())
