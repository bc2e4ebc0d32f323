"""CLIPSelf's measurement on the world (issue 32): how well a CLIP's dense map classifies boxes,
beside how well its image embedding classifies the same objects cut out.

    nice .venv/bin/python -m benchmarks.clipself \\
        --clip vit=world-vit-bow:runs/vit/clip-image/world_clip.pt \\
        --clip vit+clipself=world-vit-bow:runs/vit/clipself/world_clip_clipself.pt \\
        --clip resnet-demo=demo --sizes 256 512 --json runs/vit/clipself.json

Each ``--clip`` is ``NAME=ARCH:WEIGHTS`` (a state dict written by ``save_clip``) or
``NAME=CHECKPOINT`` (a detector checkpoint, ``demo`` included: its CLIP). On the held-out
scenes of ``gridclip.world.clipself`` (world seed 10 000, 150 scenes of 192 px, every object):

- **crops**: each object's square crop (15 % margin) through the image tower at its own input
  size, 48-way against ``"a photo of a {class}."`` — what CLIP is good at;
- **dense @ S**: the whole scene fed at S × S px, the dense map the detector reads (ResNet: the
  MaskCLIP value path of the attention pool; ViT: patch tokens through the last block without
  attention), RoIAlign 1×1 inside each ground-truth box (the mean over the box;
  ``--sampling-ratio 2`` for the detector's 2 × 2 points), 48-way against the same texts.

The gap ``dense − crops`` is the paper's point: a CLIP trained on whole pictures leaves it wide,
and CLIPSelf should close it. Top-1 accuracy in percent, by split (base / novel classes of the
detector) and overall.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path


def load_clip(spec: str):
    """(arch, model) of ``ARCH:WEIGHTS`` or of a checkpoint's CLIP."""
    import torch

    from gridclip.world.clip_pretrain import create_world_clip

    if ":" in spec and not Path(spec).exists():
        arch, _, weights = spec.partition(":")
        model = create_world_clip(arch)
        model.load_state_dict(torch.load(weights, map_location="cpu", weights_only=True))
        return arch, model.eval()
    from gridclip.inference.sources import load_detector

    detector = load_detector(spec, device="cpu", text_cache_dir=False)
    return detector.clip_spec["arch"], detector.clip.float().eval()


def measure(name: str, spec: str, sizes: list[int], n_scenes: int, sampling_ratio: int = -1) -> dict:
    from gridclip.world.clipself import crop_accuracy, dense_box_accuracy

    arch, model = load_clip(spec)
    row: dict = {"name": name, "clip": spec, "arch": arch, "crops": crop_accuracy(model, arch, n_scenes=n_scenes)}
    for size in sizes:
        row[f"dense@{size}"] = dense_box_accuracy(model, arch, size, n_scenes=n_scenes, sampling_ratio=sampling_ratio)
    return row


def table(rows: list[dict], sizes: list[int]) -> str:
    def cell(report: dict) -> str:
        return f"{100 * report['base']:.1f} / {100 * report['novel']:.1f} / {100 * report['class_accuracy']:.1f}"

    head = "| CLIP | crops: base / novel / all | " + " | ".join(f"dense @ {s} px | gap @ {s}" for s in sizes) + " |"
    lines = [head, "|" + "---|" * (2 + 2 * len(sizes))]
    for row in rows:
        crops = row["crops"]
        parts = [row["name"], cell(crops)]
        for s in sizes:
            dense = row[f"dense@{s}"]
            parts += [cell(dense) + f" (grid {dense['grid_side']})",
                      f"{100 * (dense['class_accuracy'] - crops['class_accuracy']):+.1f}"]
        lines.append("| " + " | ".join(parts) + " |")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--clip", action="append", required=True, metavar="NAME=ARCH:WEIGHTS|NAME=CHECKPOINT",
                   help="a CLIP to measure (repeat)")
    p.add_argument("--sizes", type=int, nargs="+", default=[256, 512], help="input sides of the dense measurement")
    p.add_argument("--scenes", type=int, default=150, help="held-out scenes (world seed 10 000)")
    p.add_argument("--sampling-ratio", type=int, default=-1,
                   help="RoIAlign points per box side: -1 averages the whole box (the paper's), 2 is the detector's 2 × 2")
    p.add_argument("--threads", type=int, default=2)
    p.add_argument("--json", type=Path, default=None, help="write the rows here")
    args = p.parse_args(argv)
    import torch

    from benchmarks.measure import write_rows
    from gridclip.inference.sources import register_model_configs

    torch.set_num_threads(args.threads)
    register_model_configs()
    rows = []
    for item in args.clip:
        name, sep, spec = item.partition("=")
        if not sep or not name or not spec:
            p.error(f"--clip {item!r}: expected NAME=ARCH:WEIGHTS or NAME=CHECKPOINT")
        rows.append(measure(name, spec, args.sizes, args.scenes, args.sampling_ratio))
        print(f"measured {name}", file=sys.stderr, flush=True)
    print(table(rows, args.sizes))
    write_rows(args.json, rows)
    return 0


if __name__ == "__main__":
    sys.exit(main())
