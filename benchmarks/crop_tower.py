"""Do a model's crops tell a second domain's kinds apart? Crop prototypes from N accepted pictures,
nearest row on every box of the domain's held-out pictures (no detector involved: true boxes).

    .venv/bin/python -m benchmarks.crop_tower --model demo runs/demo-crop/demo --domains parts symbols --seeds 0 1 2

For each model, domain and seed: ``crop_prototypes`` (what exemplars use for text-silent classes)
of the boxes of ``--n`` pictures of domain seed ``5000 + seed``, then the share of the held-out
boxes (100 pictures, seed 4242) whose nearest row is their own class; chance is 1 / 5. The crop
tower is the model's own (``Detector.crop_tower``), or its trunk's CLIP image tower without one.
"""

from __future__ import annotations

import argparse
import json
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


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    p.add_argument("--model", nargs="+", default=["demo"])
    p.add_argument("--domains", nargs="+", default=["parts", "symbols"])
    p.add_argument("--seeds", nargs="+", type=int, default=[0, 1, 2])
    p.add_argument("--n", type=int, default=20, help="accepted pictures the prototypes are pooled from")
    p.add_argument("--threads", type=int, default=2)
    p.add_argument("--json", type=Path, default=None, help="also write the rows here")
    args = p.parse_args(argv)

    import torch

    from gridclip import load_detector

    torch.set_num_threads(args.threads)
    rows = []
    for model in args.model:
        detector = load_detector(model, device="cpu", int8_static=False)
        for domain in args.domains:
            values = [100 * crop_accuracy(detector, domain, args.n, seed) for seed in args.seeds]
            rows.append({"model": model, "domain": domain, "n": args.n, "seeds": args.seeds, "accuracy": values,
                         "crop_tower": detector.crop_tower is not None})
            spread = statistics.stdev(values) if len(values) > 1 else 0.0
            print(f"| {model} | {domain} | {args.n} | {statistics.mean(values):.1f} ± {spread:.1f} |", flush=True)
    if args.json is not None:
        args.json.parent.mkdir(parents=True, exist_ok=True)
        args.json.write_text(json.dumps(rows, indent=2))
    return 0


if __name__ == "__main__":
    sys.exit(main())
