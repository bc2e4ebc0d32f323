"""GridCLIP's CPU inference paths side by side: what each optimisation buys, and what it costs in AP50.

Each path is one ``Detector`` setting (``InferencePath``): eager vs. the folded channels-last
copy (``optimize``), padding to 128 vs. 32 (``pad_multiple``), int8 dynamic quantisation of the
Linear layers, ``torch.compile``. Two measurements, one command each:

    python -m benchmarks.cpu_paths speed [--source open_clip:RN50] [--long-side 800] [--threads 2] [--trunk-only]
    python -m benchmarks.cpu_paths tolerance [--source demo] [--seed 1000] [--scenes 48]

``speed`` times ``predict`` on the speed harness's picture, paths interleaved round by round so a
change in the machine's load hits every path alike, and reports per path the median wall time
and the median CPU time of this process (``time.process_time``: what the path itself costs,
much less sensitive to other processes sharing the cores than wall time). ``tolerance``
evaluates every path on held-out synthetic scenes (``gridclip.world.synthetic``, world seed
``--seed``) and reports its AP50 minus the eager fp32 path's, plus the largest score and box
differences of the matched raw candidates.

>>> [p.name for p in PATHS][:2]
['eager-pad128', 'eager-pad32']
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import sys
import tempfile
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import torch

REFERENCE_PATH = "eager-pad128"


@dataclass(frozen=True)
class InferencePath:
    """One way of running ``Detector.predict`` on a CPU.

    >>> InferencePath("x", optimize=True, pad_multiple=128, int8_static=True).is_default_for(resnet_trunk=True)
    True
    >>> InferencePath("x", optimize=True, pad_multiple=128).is_default_for(resnet_trunk=False)
    True
    """

    name: str
    optimize: bool
    pad_multiple: int
    int8_linear: bool = False
    compile: bool = False
    onnx: bool = False
    int8_static: bool = False

    def is_default_for(self, resnet_trunk: bool) -> bool:
        """Whether ``load_detector`` runs this path on a CPU unless told otherwise: the folded
        copy padded to 128, with the static int8 trunk for a ResNet (onnxruntime installed),
        in fp32 for a ViT."""
        opt_ins = (self.int8_linear, self.compile, self.onnx)
        return self.optimize and self.pad_multiple == 128 and not any(opt_ins) and self.int8_static == resnet_trunk

    def apply(self, detector: Any) -> Any:
        detector.optimize = self.optimize
        detector.pad_multiple = self.pad_multiple
        detector.int8_linear = self.int8_linear
        detector.compile = self.compile
        detector.onnx = self.onnx
        detector.int8_static = self.int8_static
        return detector


PATHS: tuple[InferencePath, ...] = (
    InferencePath("eager-pad128", optimize=False, pad_multiple=128),
    InferencePath("eager-pad32", optimize=False, pad_multiple=32),
    InferencePath("folded-pad128", optimize=True, pad_multiple=128),
    InferencePath("folded-pad32", optimize=True, pad_multiple=32),
    InferencePath("folded-pad32-int8", optimize=True, pad_multiple=32, int8_linear=True),
    InferencePath("folded-pad32-compile", optimize=True, pad_multiple=32, compile=True),
    InferencePath("folded-pad128-onnx", optimize=True, pad_multiple=128, onnx=True),
    InferencePath("folded-pad128-onnx-int8", optimize=True, pad_multiple=128, int8_static=True),
    InferencePath("folded-pad32-onnx", optimize=True, pad_multiple=32, onnx=True),
    InferencePath("folded-pad32-onnx-int8", optimize=True, pad_multiple=32, int8_static=True),
)


def _has_resnet_trunk(detector: Any) -> bool:
    from gridclip.model.backbone import ResNetBackbone

    return isinstance(detector.model.backbone, ResNetBackbone)


def select_paths(names: Sequence[str] | None) -> list[InferencePath]:
    """The paths named (all when ``names`` is empty); an unknown name is a clear error.

    >>> select_paths(["nope"])
    Traceback (most recent call last):
    ...
    ValueError: unknown path 'nope'; choose from eager-pad128, eager-pad32, folded-pad128, folded-pad32, folded-pad32-int8, folded-pad32-compile, folded-pad128-onnx, folded-pad128-onnx-int8, folded-pad32-onnx, folded-pad32-onnx-int8
    """
    if not names:
        return list(PATHS)
    known = {p.name: p for p in PATHS}
    for name in names:
        if name not in known:
            raise ValueError(f"unknown path {name!r}; choose from {', '.join(known)}")
    return [known[name] for name in names]


# -- speed --------------------------------------------------------------------------------------


def time_paths(
    source: str, long_side: int, paths: Sequence[InferencePath], rounds: int, threads: int, trained_head: bool = True,
    trunk_only: bool = False,
) -> list[dict]:
    """Per path: first-call seconds (build of the optimised copy, compilation), then the
    median wall and CPU milliseconds of ``rounds`` calls, paths interleaved round by round.
    ``trunk_only``: time the backbone alone (``inference_model().backbone_features`` on the
    prepared picture) instead of the whole ``predict``."""
    from benchmarks.speed import VOCABULARY_TEXT, bench_picture, load_gridclip
    from gridclip import Vocabulary

    torch.set_num_threads(threads)
    picture = bench_picture((1280, 960))
    vocab = Vocabulary.parse(VOCABULARY_TEXT)
    detectors, rows = {}, {}
    for path in paths:
        detector = path.apply(load_gridclip(source, long_side, head=trained_head))
        detector.text_embeddings(vocab)
        tick = time.perf_counter()
        detector.predict([picture], vocab, batch_size=1)
        rows[path.name] = {"name": path.name, "first_call_s": round(time.perf_counter() - tick, 2), "wall": [], "cpu": [],
                           "default": path.is_default_for(_has_resnet_trunk(detector))}
        detectors[path.name] = _trunk_call(detector, picture) if trunk_only else _predict_call(detector, picture, vocab)
    for _ in range(rounds):
        for path in paths:
            wall, cpu = time.perf_counter(), time.process_time()
            detectors[path.name]()
            rows[path.name]["wall"].append(1000 * (time.perf_counter() - wall))
            rows[path.name]["cpu"].append(1000 * (time.process_time() - cpu))
    out = []
    for path in paths:
        row = rows[path.name]
        out.append({
            "name": path.name + ("-trunk" if trunk_only else ""), "source": source, "long_side": long_side,
            "threads": threads, "runs": rounds,
            "wall_ms": round(statistics.median(row.pop("wall")), 1), "cpu_ms": round(statistics.median(row.pop("cpu")), 1),
            "first_call_s": row["first_call_s"], "default": row["default"], "load1": round(os.getloadavg()[0], 2),
        })  # fmt: skip
    return add_speedups(out)


def _predict_call(detector: Any, picture: Any, vocab: Any) -> Callable[[], Any]:
    return lambda: detector.predict([picture], vocab, batch_size=1)


def _trunk_call(detector: Any, picture: Any) -> Callable[[], Any]:
    model = detector.inference_model()
    tensor = detector.prepare([picture], detector.pad_multiple).tensor
    if model is not detector.model:
        tensor = tensor.contiguous(memory_format=torch.channels_last)

    def call() -> Any:
        with torch.inference_mode():
            return model.backbone_features(tensor)

    return call


def add_speedups(rows: list[dict], reference: str = REFERENCE_PATH) -> list[dict]:
    """``speedup_wall`` / ``speedup_cpu``: the reference path's time divided by the row's.

    >>> add_speedups([{"name": "a", "wall_ms": 10.0, "cpu_ms": 8.0}, {"name": "b", "wall_ms": 5.0, "cpu_ms": 2.0}], "a")[1]
    {'name': 'b', 'wall_ms': 5.0, 'cpu_ms': 2.0, 'speedup_wall': 2.0, 'speedup_cpu': 4.0}
    """
    base = next((r for r in rows if r["name"] == reference), rows[0])
    for row in rows:
        row["speedup_wall"] = round(base["wall_ms"] / row["wall_ms"], 2)
        row["speedup_cpu"] = round(base["cpu_ms"] / row["cpu_ms"], 2)
    return rows


# -- tolerance ----------------------------------------------------------------------------------


@torch.inference_mode()
def output_difference(detector: Any, pictures: Sequence[Any], vocabulary: Any) -> tuple[float, float]:
    """Largest difference between the path's model (``detector.inference_model()``) and the
    eager fp32 model (``detector.model``) on the same prepared pictures: of the per-cell,
    per-class scores (``sqrt(sigmoid(cls) * sigmoid(centerness))``, as ``predict`` ranks them)
    and of the box sides (l, t, r, b, input pixels). Compares every cell, not a top-k list whose
    order can swap between near-equal candidates. Padding is the path's own: its effect shows in AP50.

    >>> from gridclip.inference.sources import load_detector
    >>> from PIL import Image
    >>> det = load_detector("open_clip:tiny-rn", device="cpu", text_cache_dir=False, int8_static=False)
    >>> output_difference(det, [Image.new("RGB", (64, 48))], "cat")[0] < 1e-4
    True
    """
    from gridclip.inference.detector import as_vocabulary

    text = detector.text_embeddings(as_vocabulary(vocabulary))
    tensor = detector.prepare(list(pictures), detector.pad_multiple).tensor.to(detector.device)
    fast = detector.inference_model()
    if fast is not detector.model:
        tensor_fast = tensor.contiguous(memory_format=torch.channels_last)
    else:
        tensor_fast = tensor
    results = []
    for model, images in ((detector.model, tensor), (fast, tensor_fast)):
        cls, ltrb, ctr, _, _, _ = model(images, text).flat()
        results.append((torch.sqrt(torch.sigmoid(cls) * torch.sigmoid(ctr).unsqueeze(-1)), ltrb))
    (score_a, box_a), (score_b, box_b) = results
    return float((score_a - score_b).abs().max()), float((box_a - box_b).abs().max())


def crop_to_aspect(folder: Path, aspect: float) -> None:
    """Crop every picture of a written synthetic data set to ``aspect`` (height / width) by
    dropping its bottom, in place; boxes are clipped, and dropped when less than half of
    them stays in the picture. Makes letterboxed inputs non-square, as photos are.

    >>> import tempfile
    >>> from gridclip.world.synthetic import write_dataset
    >>> with tempfile.TemporaryDirectory() as d:
    ...     _ = write_dataset(d, seed=3, n=1)
    ...     crop_to_aspect(Path(d), 0.75)
    ...     data = json.loads((Path(d) / "annotations.json").read_text())
    >>> data["images"][0]["height"] * 4 == data["images"][0]["width"] * 3
    True
    """
    from PIL import Image

    coco_path = folder / "annotations.json"
    data = json.loads(coco_path.read_text())
    heights = {}
    for image in data["images"]:
        path = folder / "images" / image["file_name"]
        picture = Image.open(path)
        height = round(picture.height * aspect) if aspect < 1 else picture.height
        width = picture.width if aspect < 1 else round(picture.height / aspect)
        picture.crop((0, 0, width, height)).save(path)
        image["width"], image["height"] = width, height
        heights[image["id"]] = (width, height)
    kept = []
    for ann in data["annotations"]:
        width, height = heights[ann["image_id"]]
        x, y, w, h = ann["bbox"]
        cw, ch = max(0.0, min(x + w, width) - x), max(0.0, min(y + h, height) - y)
        if cw * ch >= 0.5 * w * h:
            ann["bbox"], ann["area"] = [x, y, cw, ch], cw * ch
            kept.append(ann)
    data["annotations"] = kept
    coco_path.write_text(json.dumps(data))


def tolerance_rows(
    source: str, seed: int, scenes: int, paths: Sequence[InferencePath], threads: int, long_side: int | None = None,
    aspect: float = 1.0,
) -> list[dict]:
    """AP50 of every path on ``scenes`` held-out synthetic scenes of world seed ``seed``, its
    difference from the eager fp32 path (``delta_ap50``, in AP50 points), and the largest
    score / box-side difference of its model from the eager model on the first pictures
    (``output_difference``). ``long_side``
    overrides the model's input size: one that is a multiple of 32 but not of 128 makes the
    padding paths differ (the square synthetic scenes are otherwise padded alike)."""
    from gridclip import load_detector
    from gridclip.training.evaluate import evaluate, load_coco
    from gridclip.world.synthetic import write_dataset

    torch.set_num_threads(threads)
    rows = []
    with tempfile.TemporaryDirectory() as folder:
        write_dataset(folder, seed=seed, n=scenes)
        if aspect != 1.0:
            crop_to_aspect(Path(folder), aspect)
        coco_path, images_dir = Path(folder) / "annotations.json", Path(folder) / "images"
        coco = load_coco(coco_path, images_dir)
        probe = [ex.image for ex in coco.examples[:4]]
        for path in paths:
            detector = path.apply(load_detector(source, image_size=long_side, text_cache_dir=False))
            metrics = evaluate(detector, coco_path, images_dir)
            score_diff, box_diff = output_difference(detector, probe, coco.vocabulary)
            rows.append({
                "name": path.name, "source": source, "seed": seed, "scenes": scenes, "default": path.is_default_for(_has_resnet_trunk(detector)),
                "long_side": detector.config.image_size, "aspect": aspect,
                "ap50": round(100 * metrics["AP50"], 2), "ap": round(100 * metrics["AP"], 2),
                "max_score_diff": round(score_diff, 4), "max_box_diff_px": round(box_diff, 2),
            })  # fmt: skip
    base = rows[0]["ap50"]
    for row in rows:
        row["delta_ap50"] = round(row["ap50"] - base, 2)
        row["within_0.5_ap50"] = abs(row["delta_ap50"]) <= 0.5
    return rows


# -- command line -------------------------------------------------------------------------------


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m benchmarks.cpu_paths", description=__doc__.splitlines()[0])
    sub = parser.add_subparsers(dest="command", required=True)
    speed = sub.add_parser("speed", help="time predict on every path")
    speed.add_argument("--source", default="open_clip:RN50")
    speed.add_argument("--long-side", type=int, default=800)
    speed.add_argument("--rounds", type=int, default=3)
    speed.add_argument("--trunk-only", action="store_true", help="time the backbone alone, not predict")
    tolerance = sub.add_parser("tolerance", help="AP50 of every path on held-out synthetic scenes")
    tolerance.add_argument("--source", default="demo")
    tolerance.add_argument("--seed", type=int, default=1000)
    tolerance.add_argument("--scenes", type=int, default=48)
    tolerance.add_argument("--long-side", type=int, default=None, help="override the model's input size")
    tolerance.add_argument("--aspect", type=float, default=1.0, help="crop the scenes to this height / width")
    for command in (speed, tolerance):
        command.add_argument("--threads", type=int, default=2)
        command.add_argument("--paths", nargs="*", help="path names (default: all)")
        command.add_argument("--json", help="write the rows here")
    args = parser.parse_args(argv)
    try:
        paths = select_paths(args.paths)
    except ValueError as exc:
        parser.error(str(exc))
    if args.command == "speed":
        rows = time_paths(args.source, args.long_side, paths, args.rounds, args.threads, trunk_only=args.trunk_only)
    else:
        rows = tolerance_rows(args.source, args.seed, args.scenes, paths, args.threads, args.long_side, args.aspect)
    for row in rows:
        print(json.dumps(row))
    if args.json:
        Path(args.json).write_text(json.dumps(rows, indent=1))
    return 0


if __name__ == "__main__":
    sys.exit(main())
