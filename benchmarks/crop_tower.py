"""Do a model's crops tell a second domain's kinds apart? Crop prototypes from N accepted pictures,
nearest row on every box of the domain's held-out pictures (no detector involved: true boxes).

    .venv/bin/python -m benchmarks.crop_tower --model demo --domains parts symbols --seeds 0 1 2

For each model, domain and seed: ``crop_prototypes`` (what exemplars use for text-silent classes)
of the boxes of ``--n`` pictures of domain seed ``5000 + seed``, then the share of the held-out
boxes (100 pictures, seed 4242) whose nearest row is their own class; chance is 1 / 5. Read with
the trunk's CLIP image tower, and with the model's crop tower (``Detector.crop_tower``) if it has one.

    .venv/bin/python -m benchmarks.crop_tower --colour-pairs --model demo

``--colour-pairs``: the price of a tower that reads shapes in any colour. Four world classes get
made-up names (red / blue circle, red / blue star: two colours of each shape); exemplars from up
to 8 world pictures holding each, AP50 of each renamed class on held-out world pictures, with the
grid's prototypes only, with the crop look forced on, and as the product chooses
(``class_prototypes``: crops only where they tell the boxes apart better than the grid). With
``--work DIR``, also after ``fine_tune``'s defaults on those pictures (the four names are new to
the model, so the new-class fine-tune runs and fits crop classes), with them and without.

    .venv/bin/python -m benchmarks.crop_tower --cost CHECKPOINT --domains parts

``--cost``: seconds per picture of ``predict`` (default threshold) and ``predict_raw`` (every
candidate, as the app caches them) on 20 held-out pictures of the domain, for a checkpoint that
carries crop classes (a new-class fine-tune), with them and without.
"""

from __future__ import annotations

import argparse
import statistics
import sys
from pathlib import Path


def crop_accuracy(detector, domain: str, n: int, seed: int, held_out: int = 100) -> float:
    """Nearest-prototype accuracy of ``detector``'s crop tower on ``domain`` (see the module doc)."""
    import numpy as np

    from benchmarks.learning_loop import ACCEPTED_SEED
    from benchmarks.world_eval import EVAL_SEED
    from gridclip.inference.crop_classes import crop_tensor, embed_crops, tower_input_size
    from gridclip.training.crop_classes import crop_prototypes
    from gridclip.training_data import TrainingExample
    from gridclip.world.domains import domain as domain_spec
    from gridclip.world.domains import draw_domain_scenes

    names = list(domain_spec(domain).class_names)

    def examples(world_seed: int, count: int) -> list[TrainingExample]:
        return [TrainingExample(s.image, np.array([o.xyxy for o in s.objects], np.float32),
                                np.array([o.class_id for o in s.objects])) for s in draw_domain_scenes(domain, world_seed, count)]

    rows = crop_prototypes(detector, examples(ACCEPTED_SEED + seed, n), names, names)
    assert rows is not None
    tower = detector.crop_tower_or_trunk()
    right = total = 0
    for ex in examples(EVAL_SEED, held_out):
        crops = crop_tensor(ex.image, ex.xyxy, tower_input_size(tower), detector.mean, detector.std)
        nearest = (embed_crops(tower, crops) @ rows.weights.T).argmax(1).tolist()
        right += sum(rows.names[i] == names[int(c)] for i, c in zip(nearest, ex.class_ids))
        total += len(ex.class_ids)
    return right / total


RENAMED = {0: "part-a", 12: "part-b", 3: "part-c", 15: "part-d"}  # red / blue circle, red / blue star


def colour_pairs(model: str, work: Path | None = None, exemplar_seed: int = 7000,
                 test_seed: int = 7100) -> dict[str, dict[str, float]]:
    """AP50 of each ``RENAMED`` class (see the module doc) per way of reading the exemplars; with
    ``work``, also after the fine-tune's defaults on the exemplar pictures (saved under ``work``),
    with the crop classes it fitted and without them."""
    import dataclasses

    import numpy as np

    from gridclip import load_detector
    from gridclip.training.crop_classes import crop_prototypes
    from gridclip.training.evaluate import coco_ap, detections_to_coco
    from gridclip.training.exemplars import class_prototypes
    from gridclip.training.fine_tune import fine_tune
    from gridclip.training_data import TrainingExample
    from gridclip.vocabulary import Vocabulary
    from gridclip.world.synthetic import WORLD_CLASSES, draw_scenes

    names = [RENAMED.get(c.id, c.name) for c in WORLD_CLASSES]

    def holding(seed: int, count: int, per_class: int) -> list:
        picked, seen = [], dict.fromkeys(RENAMED, 0)
        for scene in draw_scenes(seed, count):
            ids = {o.class_id for o in scene.objects} & set(RENAMED)
            if ids and any(seen[c] < per_class for c in ids):
                picked.append(scene)
                for c in ids:
                    seen[c] += 1
        return picked

    def example(scene) -> TrainingExample:
        return TrainingExample(scene.image, np.array([o.xyxy for o in scene.objects], np.float32),
                               np.array([o.class_id for o in scene.objects]))

    exemplars, test = [example(s) for s in holding(exemplar_seed, 600, 8)], holding(test_seed, 400, 12)
    coco = {"images": [{"id": i + 1, "width": s.image.width, "height": s.image.height} for i, s in enumerate(test)],
            "categories": [{"id": c.id + 1, "name": names[c.id]} for c in WORLD_CLASSES],
            "annotations": [{"id": 0, "image_id": i + 1, "category_id": o.class_id + 1, "iscrowd": 0,
                             "bbox": [o.xyxy[0], o.xyxy[1], o.xyxy[2] - o.xyxy[0], o.xyxy[3] - o.xyxy[1]],
                             "area": (o.xyxy[2] - o.xyxy[0]) * (o.xyxy[3] - o.xyxy[1])}
                            for i, s in enumerate(test) for o in s.objects]}
    for number, annotation in enumerate(coco["annotations"]):
        annotation["id"] = number + 1
    vocab = Vocabulary.from_names(names)

    def ap50(detector, prototypes=None) -> dict[str, float]:
        results = []
        for i, found in enumerate(detector.predict_raw([s.image for s in test], vocab, exemplars=prototypes)):
            results += detections_to_coco(found.with_nms(0.5, class_agnostic=False)[:100], i + 1,
                                          [c.id + 1 for c in WORLD_CLASSES])
        return {RENAMED[c]: 100 * coco_ap(coco, results, [c + 1])[1]["AP50"] for c in RENAMED}

    detector = load_detector(model, device="cpu", int8_static=False)
    chosen = class_prototypes(detector, exemplars, names, cache_dir=False)
    forced = crop_prototypes(detector, exemplars, names, chosen.silent)
    out = {"grid only": ap50(detector, dataclasses.replace(chosen, crops=None)),
           "crops forced": ap50(detector, dataclasses.replace(chosen, crops=forced)),
           "as chosen": ap50(detector, chosen) | {"crops used": float(chosen.crops is not None)}}
    if work is not None:
        (work / "pictures").mkdir(parents=True, exist_ok=True)
        saved = []
        for i, ex in enumerate(exemplars):
            path = work / "pictures" / f"{i}.png"
            ex.image.save(path)
            saved.append(TrainingExample(path, ex.xyxy, ex.class_ids))
        tuned = fine_tune(load_detector(model, device="cpu", int8_static=False), saved, vocab,
                          out_dir=work / "checkpoint", show_progress=False, seed=0).detector
        out["fine-tuned, with its crop classes"] = ap50(tuned)
        tuned.crop_classes = None
        out["fine-tuned, without them"] = ap50(tuned)
    return out


def crop_cost(detector, domain: str, pictures: int = 20, repeats: int = 2) -> dict[str, float]:
    """Seconds per picture of ``predict`` on held-out ``domain`` pictures, with the detector's
    crop classes and without (the best of ``repeats``)."""
    import time

    from benchmarks.world_eval import EVAL_SEED
    from gridclip.world.domains import domain as domain_spec
    from gridclip.world.domains import draw_domain_scenes

    images = [s.image for s in draw_domain_scenes(domain, EVAL_SEED, pictures)]
    vocab = domain_spec(domain).vocabulary()
    learnt = detector.crop_classes
    timings = {}
    runs = (("predict, with crop classes", learnt, detector.predict), ("predict, without", None, detector.predict),
            ("predict_raw (every candidate), with", learnt, detector.predict_raw),
            ("predict_raw, without", None, detector.predict_raw))
    for label, classes, call in runs:
        detector.crop_classes = classes
        best = float("inf")
        for _ in range(repeats):
            start = time.perf_counter()
            call(images, vocab)
            best = min(best, time.perf_counter() - start)
        timings[label] = best / len(images)
    detector.crop_classes = learnt
    return timings


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    p.add_argument("--model", nargs="+", default=["demo"])
    p.add_argument("--domains", nargs="+", default=["parts", "symbols"])
    p.add_argument("--seeds", nargs="+", type=int, default=[0, 1, 2])
    p.add_argument("--n", type=int, default=20, help="accepted pictures the prototypes are pooled from")
    p.add_argument("--threads", type=int, default=2)
    p.add_argument("--json", type=Path, default=None, help="also write the rows here")
    p.add_argument("--colour-pairs", action="store_true", help="the renamed world classes' AP50 (module doc)")
    p.add_argument("--work", type=Path, default=None,
                   help="with --colour-pairs: also fine-tune on the exemplar pictures here (the product's defaults)")
    p.add_argument("--cost", type=Path, default=None, help="a checkpoint with crop classes: predict time with and without")
    args = p.parse_args(argv)

    import torch

    from benchmarks.measure import write_rows
    from gridclip import load_detector

    torch.set_num_threads(args.threads)
    rows: list[dict] = []
    if args.cost is not None:
        detector = load_detector(str(args.cost), device="cpu")
        for domain in args.domains:
            timings = crop_cost(detector, domain)
            rows.append({"model": str(args.cost), "domain": domain, "seconds_per_picture": timings})
            print(f"| {args.cost} | {domain} | " + " | ".join(f"{k}: {v:.3f} s" for k, v in timings.items()) + " |", flush=True)
        args.model = []
    if args.colour_pairs:
        for model in args.model:
            figures = colour_pairs(model, args.work)
            rows.append({"model": model, "colour_pairs": figures})
            for way, per_class in figures.items():
                print(f"| {model} | {way} | " + " | ".join(f"{k} {v:.1f}" for k, v in per_class.items()) + " |", flush=True)
        args.model = []
    for model in args.model:
        detector = load_detector(model, device="cpu", int8_static=False)
        crop_tower = detector.crop_tower
        for tower in ("trunk", "crop tower") if crop_tower is not None else ("trunk",):
            detector.crop_tower = crop_tower if tower == "crop tower" else None
            for domain in args.domains:
                values = [100 * crop_accuracy(detector, domain, args.n, seed) for seed in args.seeds]
                rows.append({"model": model, "tower": tower, "domain": domain, "n": args.n, "seeds": args.seeds,
                             "accuracy": values})
                spread = statistics.stdev(values) if len(values) > 1 else 0.0
                print(f"| {model} | {tower} | {domain} | {args.n} | {statistics.mean(values):.1f} ± {spread:.1f} |",
                      flush=True)
        detector.crop_tower = crop_tower
    write_rows(args.json, rows)
    return 0


if __name__ == "__main__":
    sys.exit(main())
