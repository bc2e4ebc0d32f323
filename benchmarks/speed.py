"""Speed benchmark: GridCLIP side by side with the open-vocabulary detectors people use.

One process measures every row with the same threads, the same picture and the same
vocabulary, and gives each row its ratio to ``gridclip-rn50-800`` measured in the same run
(``ratio`` > 1: that row is slower than GridCLIP-RN50 at 800). Run it as

    gridclip bench [--quick] [--json rows.json]          (app/commands_bench.py)
    python -m benchmarks.speed [--quick] [--json rows.json]

Every row is a dict ``{"name", "ms" (median per image, or None), "runs", ...}``; rows that
could not be measured carry ``"skipped": reason`` instead of a time.

The ``world`` group times the small world-model checkpoints at their working size: one
384×384 world scene (the demo pictures' kind), the world vocabulary (48 classes), each
checkpoint at its own inference long side. Its first row, ``demo-world-rn``, is the embedded
ResNet demo (always there, so the group runs by default); every ``--world-checkpoint
NAME=FOLDER`` adds a row NAME for that checkpoint folder, e.g. the ViT world detector:

    gridclip bench --groups world --world-checkpoint demo-world-vit=runs/vit/det-vit-s0/demo

Each world row carries ``ratio_to_demo``: its median over ``demo-world-rn``'s, same run.

>>> rows = [{"name": "gridclip-rn50-800", "ms": 100.0, "runs": 3}, {"name": "owlvit-b32-768", "ms": 250.0, "runs": 3}]
>>> [row["ratio"] for row in add_ratios(rows)]
[1.0, 2.5]
"""

from __future__ import annotations

import argparse
import gc
import json
import os
import platform
import subprocess
import sys
import tempfile
import textwrap
import threading
import time
from collections.abc import Callable, Iterator, Sequence
from concurrent.futures import ThreadPoolExecutor
from contextlib import contextmanager
from dataclasses import dataclass, replace
from functools import partial
from pathlib import Path
from typing import Any, TypeVar

import numpy as np
import torch
from PIL import Image, ImageDraw

from benchmarks import peers
from benchmarks.measure import (
    RunPolicy,
    Timing,
    count_flops,
    cpu_peak_gflops,
    peak_rss_mb,
    reset_peak_rss,
    time_calls,
    time_round_robin,
)

REFERENCE = "gridclip-rn50-800"
PEER_NAMES = ("owlvit-b32-768", "owlv2-b16-768", "groundingdino-t-800")
GROUPS = ("cpu-peak", "trunk", "gridclip", "opt-in", "peers", "targets", "two-stage", "vocab", "batch", "first-box", "finetune",
          "server", "world")
VOCABULARY_TEXT = "forklift, pallet | skid, safety vest"
THREADS = 2
Row = dict
WORLD_DEMO_ROW = "demo-world-rn"
#: The demo's pictures: 384 px world scenes with 4-10 objects (scripts/build_demo_model.py
#: DEMO_IMAGE_SIZE, DEMO_OBJECT_COUNT); seed 777 scene 0 is gridclip/assets/demo_images/demo_00.png.
WORLD_PICTURE_SIZE = 384
WORLD_PICTURE_SEED = 777
WORLD_OBJECT_COUNT = (4, 10)


@dataclass(frozen=True)
class GridclipRow:
    """A GridCLIP configuration to time: the row name, the ``load_detector`` source, the long side."""

    name: str
    source: str
    long_side: int

    def tiny(self) -> GridclipRow:
        """This row on its family's tiny random model at a fifth of the long side (a multiple of
        32), for a ``smoke()`` plan: the plumbing, not the speed.

        >>> GridclipRow("gridclip-vitb32-768", "open_clip:ViT-B-32", 768).tiny()
        GridclipRow(name='gridclip-vitb32-768', source='open_clip:tiny-vit', long_side=128)
        """
        family = "tiny-vit" if "ViT" in self.source else "tiny-rn"
        return replace(self, source=f"open_clip:{family}", long_side=max(32, self.long_side // 5 // 32 * 32))


P = TypeVar("P", bound="HarnessPlan")


@dataclass(frozen=True)
class HarnessPlan:
    """What this harness (``BenchPlan``) and the CUDA one (``benchmarks.cuda.CudaPlan``) both
    build: the bench picture, the gridclip rows (each plan its own) and the transformer peers,
    each row timed under ``policy``; ``groups``: run only these groups (None: all)."""

    policy: RunPolicy
    picture_size: tuple[int, int] = (1280, 960)
    gridclip: tuple[GridclipRow, ...] = ()
    peer_size: peers.PeerSize = peers.PeerSize.full()
    owl_size: int = 768
    groundingdino_size: int = 800
    groups: tuple[str, ...] | None = None

    @classmethod
    def tiny_models(cls: type[P], **settings: Any) -> P:
        """The plan on tiny random models and a small picture, one run each (a ``smoke()`` plan:
        the plumbing, not the speed); ``settings``: the plan's own fields, made small too."""
        return cls(
            policy=RunPolicy.smoke(),
            picture_size=(160, 120),
            gridclip=tuple(row.tiny() for row in cls.gridclip),
            peer_size=peers.PeerSize.tiny(),
            owl_size=64,
            groundingdino_size=128,
            **settings,
        )


@dataclass(frozen=True)
class BenchPlan(HarnessPlan):
    """Everything one run measures. ``full()`` and ``quick()`` differ only in how often each
    row is repeated; ``smoke()`` builds tiny models for the harness's own test.

    >>> BenchPlan.quick().gridclip[1].name
    'gridclip-rn50-800'
    """

    gridclip: tuple[GridclipRow, ...] = (
        GridclipRow("gridclip-rn50-640", "open_clip:RN50", 640),
        GridclipRow("gridclip-rn50-800", "open_clip:RN50", 800),
        GridclipRow("gridclip-vitb32-768", "open_clip:ViT-B-32", 768),
    )
    trunk_arch: str = "RN50"
    trunk_size: int = 800
    two_stage_arch: str = "RN50"
    two_stage: tuple[tuple[str, int], ...] = (("two-stage-clip-100", 100), ("two-stage-clip-300", 300))
    vocabulary_sizes: tuple[int, ...] = (1, 10, 80, 1203)
    batch_size: int = 4
    finetune_images: int = 100  # the epoch the figure is for
    finetune_measured: int = 100  # pictures actually trained on; the epoch time is scaled to finetune_images
    finetune_size: int | None = None  # training long side; None keeps the detector's default (512 for RN50)
    server_clients: int = 8
    server_requests: int = 32
    matmul_size: int = 2048
    pad32_row: bool = True  # the opt-in int8 + pad-32 row (another minute of calibration)
    world_picture_size: int = WORLD_PICTURE_SIZE
    world_long_side: int | None = None  # None: each world checkpoint at its own inference size
    world_checkpoints: tuple[tuple[str, str], ...] = ()  # (row name, checkpoint folder) beside demo-world-rn
    tiny: bool = False

    @classmethod
    def full(cls) -> BenchPlan:
        return cls(policy=RunPolicy.full())

    @classmethod
    def quick(cls) -> BenchPlan:
        """Under 10 minutes on 2 cores: fewer runs, 10 fine-tune pictures, no pad-32 row, and
        no ``targets`` group (the same rows again, interleaved: ``--groups targets``)."""
        return cls(
            policy=RunPolicy.quick(), server_requests=16, finetune_measured=10, pad32_row=False,
            groups=tuple(group for group in GROUPS if group != "targets"),
        )  # fmt: skip

    @classmethod
    def smoke(cls) -> BenchPlan:
        """Tiny random configs, one run each: checks the plumbing, not the speed."""
        return cls.tiny_models(
            trunk_arch="tiny-rn",
            trunk_size=128,
            two_stage_arch="tiny-rn",
            two_stage=(("two-stage-clip-100", 4), ("two-stage-clip-300", 8)),
            vocabulary_sizes=(1, 3),
            batch_size=2,
            finetune_images=4,
            finetune_measured=2,
            finetune_size=160,
            server_clients=2,
            server_requests=4,
            matmul_size=64,
            world_picture_size=64,
            world_long_side=64,
            tiny=True,
        )


# -- inputs -------------------------------------------------------------------------------------


def bench_picture(size: tuple[int, int], seed: int = 0) -> Image.Image:
    """A deterministic cluttered scene (gradient plus rectangles and ellipses): the same
    picture for every row, so every detector resizes and decodes the same input.

    >>> bench_picture((64, 48)).size
    (64, 48)
    """
    rng = np.random.default_rng(seed)
    width, height = size
    gradient = np.linspace(0, 255, width, dtype=np.float32)[None, :, None] * np.ones((height, 1, 3), np.float32)
    picture = Image.fromarray((0.6 * gradient + 40).astype(np.uint8))
    draw = ImageDraw.Draw(picture)
    for _ in range(24):
        x0, y0 = rng.integers(0, width - 8), rng.integers(0, height - 8)
        x1, y1 = x0 + rng.integers(4, max(5, width // 3)), y0 + rng.integers(4, max(5, height // 3))
        colour = tuple(int(c) for c in rng.integers(0, 256, 3))
        (draw.rectangle if rng.random() < 0.5 else draw.ellipse)([x0, y0, x1, y1], fill=colour)
    return picture


def vocabulary_text(num_classes: int) -> str:
    """A vocabulary of ``num_classes`` distinct made-up class names (cold text cache).

    >>> vocabulary_text(3)
    'object kind 0, object kind 1, object kind 2'
    """
    return ", ".join(f"object kind {index}" for index in range(num_classes))


# -- rows ---------------------------------------------------------------------------------------


def make_row(name: str, timing: Timing | None, **extra: object) -> Row:
    """One JSON row: ``name``, ``ms`` (median per image), ``runs``, then the extra fields.

    >>> make_row("x", Timing(ms=2.0, runs=3, min_ms=1.0, max_ms=3.0))["ms"]
    2.0
    """
    row: Row = {"name": name, "ms": None, "runs": 0}
    if timing is not None:
        row.update(ms=round(timing.ms, 2), runs=timing.runs, min_ms=round(timing.min_ms, 2), max_ms=round(timing.max_ms, 2))
    row.update(extra)
    return row


def _last_line(text: str) -> str:
    lines = [line for line in text.strip().splitlines() if line.strip()]
    return lines[-1] if lines else "(no output)"


def skipped_row(name: str, reason: str) -> Row:
    """A row that could not be measured, with the reason (one line)."""
    return {"name": name, "ms": None, "runs": 0, "skipped": reason.strip().splitlines()[0] if reason.strip() else "?"}


def time_predictor(
    name: str, predict: Callable[[], object], policy: RunPolicy, peak_gflops: float | None,
    flops_call: Callable[[], object] | None = None, has_caches: bool = True, **extra: object,
) -> Row:
    """Time a per-image call after one warm-up and one FLOP-counting call (the second warm-up);
    report the achieved GFLOP/s as a fraction of the CPU's measured peak.

    ``flops_call``: count the FLOPs on this call instead (the same work on the fp32 torch
    path, where ONNX Runtime's int8 convolutions would be invisible to torch's counter).
    ``has_caches=False`` (the peers: nothing is cached between calls): the FLOP-counting call
    is the warm-up. The first call's wall time is kept as ``first_call_ms``."""
    reset_peak_rss()
    tick = time.perf_counter()
    if has_caches:
        predict()  # warm caches (text embeddings) first, so the FLOPs counted are those of a timed call
    first_ms = 1000.0 * (time.perf_counter() - tick)
    flops = count_flops(flops_call or predict)
    if flops_call is not None:
        predict()  # back on predict's own path after the twin (a detector rebuilds its copy)
    timing = time_calls(predict, replace(policy, warmup=max(0, policy.warmup - 1)))
    gflops_per_s = flops / (timing.ms / 1000.0) / 1e9
    row = make_row(name, timing, gflop=round(flops / 1e9, 2), gflops_per_s=round(gflops_per_s, 2), **extra)
    if has_caches:
        row["first_call_ms"] = round(first_ms, 1)
    if peak_gflops:
        row["fraction_of_peak"] = round(gflops_per_s / peak_gflops, 3)
    row["peak_rss_mb"] = round(peak_rss_mb(), 1)
    return row


def _release() -> None:
    gc.collect()


def cpu_peak_row(plan: BenchPlan) -> Row:
    gflops = cpu_peak_gflops(plan.matmul_size, repeats=3 if plan.tiny else 8)
    ms = 2.0 * plan.matmul_size**3 / gflops / 1e6
    return make_row(
        "cpu-peak-fp32-matmul", Timing(ms=ms, runs=1, min_ms=ms, max_ms=ms), gflops_per_s=round(gflops, 2),
        note=f"best of {plan.matmul_size}^3 fp32 matmuls at {torch.get_num_threads()} threads",
    )  # fmt: skip


def clip_trunk_row(plan: BenchPlan, peak_gflops: float) -> Row:
    """The CLIP ResNet image trunk alone up to C5 (eager, batch 1, square input): the floor
    under GridCLIP-RN50's time, and the FLOPs of its backbone."""
    import open_clip

    visual = open_clip.create_model(plan.trunk_arch, pretrained=None).visual.eval()
    pixels = torch.randn(1, 3, plan.trunk_size, plan.trunk_size)

    @torch.inference_mode()
    def forward() -> None:
        x = _resnet_stem(visual, pixels)
        for layer in (visual.layer1, visual.layer2, visual.layer3, visual.layer4):
            x = layer(x)

    return time_predictor(
        "clip-rn50-trunk-800", forward, plan.policy, peak_gflops, has_caches=False,
        note=f"open_clip {plan.trunk_arch} ModifiedResNet stem..layer4 (C5) at {plan.trunk_size}x{plan.trunk_size}, eager fp32",
    )  # fmt: skip


def _resnet_stem(visual: torch.nn.Module, x: torch.Tensor) -> torch.Tensor:
    x = visual.act1(visual.bn1(visual.conv1(x)))
    x = visual.act2(visual.bn2(visual.conv2(x)))
    x = visual.act3(visual.bn3(visual.conv3(x)))
    return visual.avgpool(x)


def peer_rows(plan: BenchPlan, picture: Image.Image, class_names: list[str], peak_gflops: float) -> list[Row]:
    """OWL-ViT-B/32, OWLv2-B/16 and GroundingDINO-T from their transformers configs."""
    specs: list[tuple[str, Callable[[], peers.Predictor], str]] = [
        (
            "owlvit-b32-768",
            lambda: peers.build_owlvit(class_names, version=1, image_size=plan.owl_size, size=plan.peer_size),
            f"OWL-ViT B/32 at {plan.owl_size}, random weights, text encoded every call",
        ),
        (
            "owlv2-b16-768",
            lambda: peers.build_owlvit(class_names, version=2, image_size=plan.owl_size, size=plan.peer_size),
            f"OWLv2 B/16 at {plan.owl_size} (the released model runs at 960), random weights",
        ),
        (
            "groundingdino-t-800",
            lambda: peers.build_groundingdino_t(class_names, image_size=plan.groundingdino_size, size=plan.peer_size),
            f"GroundingDINO-T (Swin-T, bert-base) at {plan.groundingdino_size}x{plan.groundingdino_size}, random weights",
        ),
    ]
    rows = []
    for name, build, note in specs:
        try:
            predict = build()
        except ImportError as exc:
            rows.append(skipped_row(name, f"needs the bench extra (pip install -e '.[bench]'): {exc}"))
            continue
        rows.append(time_predictor(name, lambda: predict(picture), plan.policy, peak_gflops, has_caches=False, note=note))
        predict = None  # release the model before the next one is built
        _release()
    return rows


TARGET_NAMES = (REFERENCE, f"{REFERENCE}-fp32", "owlvit-b32-768", "owlv2-b16-768", "groundingdino-t-800")


def target_names() -> list[str]:
    return [f"interleaved-{name}" for name in TARGET_NAMES]


def target_rows(plan: BenchPlan, picture: Image.Image, class_names: list[str]) -> list[Row]:
    """The issue's speed targets measured *interleaved*: GridCLIP-RN50-800 (the default path,
    int8 trunk, and fp32 with ``--no-int8``) and the three peers are built once, then called
    round-robin, one call each per round, so a slow spell of a shared machine hits every row
    alike. ``ratio_to_gridclip`` is each row's median over the default GridCLIP row's median."""
    from gridclip import Vocabulary

    reference = plan.gridclip[1]
    vocab = Vocabulary.parse(VOCABULARY_TEXT)
    default = load_gridclip(reference.source, reference.long_side)
    fp32 = load_gridclip(reference.source, reference.long_side, int8_static=False)
    calls: dict[str, Callable[[], object]] = {
        REFERENCE: lambda: default.predict([picture], vocab, batch_size=1),
        f"{REFERENCE}-fp32": lambda: fp32.predict([picture], vocab, batch_size=1),
    }
    try:
        owlvit = peers.build_owlvit(class_names, version=1, image_size=plan.owl_size, size=plan.peer_size)
        owlv2 = peers.build_owlvit(class_names, version=2, image_size=plan.owl_size, size=plan.peer_size)
        gdino = peers.build_groundingdino_t(class_names, image_size=plan.groundingdino_size, size=plan.peer_size)
    except ImportError as exc:
        return [skipped_row(name, f"needs the bench extra (pip install -e '.[bench]'): {exc}") for name in target_names()]
    calls |= {"owlvit-b32-768": lambda: owlvit(picture), "owlv2-b16-768": lambda: owlv2(picture),
              "groundingdino-t-800": lambda: gdino(picture)}  # fmt: skip
    for call in calls.values():
        call()  # warm-up: text caches, int8 trunk, allocator
    timings = time_round_robin(calls, plan.policy.max_runs)
    base = timings[REFERENCE].ms
    return [
        make_row(f"interleaved-{name}", timing, ratio_to_gridclip=round(timing.ms / base, 3), load1=round(os.getloadavg()[0], 2))
        for name, timing in timings.items()
    ]


def two_stage_rows(plan: BenchPlan, picture: Image.Image, class_names: list[str], peak_gflops: float) -> list[Row]:
    """Crop-and-embed two-stage baselines (proposal generation itself not counted). One CLIP
    model serves every N. Its warm-up and FLOP count use one chunk of proposals (the chunks
    all have the same shape), and FLOPs scale exactly with N: every counted multiply-add is
    per crop (the image tower, the match against the text). So each N pays only its timed calls,
    which at N = 300 take about a minute apiece."""
    reset_peak_rss()
    predict = peers.build_two_stage_clip(class_names, num_proposals=plan.two_stage[0][1], clip_arch=plan.two_stage_arch)
    warm = min(peers.TWO_STAGE_CHUNK, *(count for _, count in plan.two_stage))
    predict(picture, num_proposals=warm)
    flops_per_proposal = count_flops(lambda: predict(picture, num_proposals=warm)) / warm
    rows = []
    for name, count in plan.two_stage:
        timing = time_calls(lambda: predict(picture, num_proposals=count), replace(plan.policy, warmup=0))
        gflops_per_s = flops_per_proposal * count / (timing.ms / 1000.0) / 1e9
        row = make_row(
            name, timing, gflop=round(flops_per_proposal * count / 1e9, 2), gflops_per_s=round(gflops_per_s, 2),
            note=f"{count} proposals cropped from the full picture, CLIP {plan.two_stage_arch} crops, text cached",
        )  # fmt: skip
        if peak_gflops:
            row["fraction_of_peak"] = round(gflops_per_s / peak_gflops, 3)
        row["peak_rss_mb"] = round(peak_rss_mb(), 1)
        rows.append(row)
    predict = None  # release the model before the next one is built
    _release()
    return rows


# -- GridCLIP rows ------------------------------------------------------------------------------


def load_gridclip(source: str, long_side: int | None, head: bool = True, int8_static: bool | None = None):
    """``gridclip.load_detector(source)`` resizing pictures to ``long_side`` (``None``: the
    checkpoint's own), text cache in
    memory only (nothing written to the user's cache folder), on the default CPU path: the
    static int8 trunk where it runs (``int8_static=None``), whose calibrated graph *is* cached
    on disk (``$GRIDCLIP_CACHE_DIR/onnx``, else the user cache), as for any user.

    ``head=True`` times the one-stage path (backbone → FPN → head → decode), the path every
    fine-tuned model takes: a fresh ``open_clip:ARCH`` source would otherwise run the
    training-free path, so its untrained head is switched on. Random weights (seeded): speed only.
    """
    from gridclip import load_detector
    from gridclip.inference.cpu_inference import default_onnx_cache_dir

    detector = load_detector(source, image_size=long_side, text_cache_dir=False, int8_static=int8_static)
    detector.onnx_cache_dir = default_onnx_cache_dir()
    if head:
        detector.is_trained = True
    return detector


@contextmanager
def fp32_trunk(detector) -> Iterator[None]:
    """``detector`` on the fp32 torch path for the duration (the int8 trunk is kept, not rebuilt)."""
    saved = detector.int8_static
    detector.int8_static = False
    try:
        yield
    finally:
        detector.int8_static = saved


def time_gridclip(
    name: str, detector, picture: Image.Image, vocab, plan: BenchPlan, peak_gflops: float | None, note: str
) -> Row:
    """``time_predictor`` for ``detector.predict([picture], vocab)`` on whatever path the
    detector is on; with the int8 trunk
    the FLOPs are counted on the same call's fp32 twin (the same convolutions; ONNX Runtime's
    work is invisible to torch's counter). ``first_call_ms`` includes building the int8 trunk:
    exporting it, and calibrating it unless ``calibration_cached``."""
    call = partial(detector.predict, [picture], vocab, batch_size=1)

    def fp32_call() -> object:
        with fp32_trunk(detector):
            return call()

    cached = _int8_cache_files(detector)
    int8 = bool(detector.int8_static)
    row = time_predictor(
        name, call, plan.policy, peak_gflops, flops_call=fp32_call if int8 else None, int8_trunk=int8,
        note=note + ("; int8 trunk (the default; FLOPs counted on the fp32 twin)" if int8 else ""),
    )  # fmt: skip
    if int8:
        row["calibration_cached"] = cached is not None and cached == _int8_cache_files(detector)
    return row


def _int8_cache_files(detector) -> frozenset[str] | None:
    folder = detector.onnx_cache_dir
    if not detector.int8_static or folder is None:
        return None
    return frozenset(path.name for path in Path(folder).glob("*.int8.onnx"))


def gridclip_rows(plan: BenchPlan, picture: Image.Image, peak_gflops: float) -> list[Row]:
    """GridCLIP at each configured backbone and long side, on the one-stage path, plus the
    training-free path (day-one pre-labeling with CLIP weights only) for the reference. Each
    row on the default path: the int8 trunk for the ResNets, fp32 for the ViT."""
    from gridclip import Vocabulary

    vocab = Vocabulary.parse(VOCABULARY_TEXT)
    rows = []
    for spec in plan.gridclip:
        detector = load_gridclip(spec.source, spec.long_side)
        rows.append(
            time_gridclip(
                spec.name, detector, picture, vocab, plan, peak_gflops,
                note=f"{spec.source}, long side {spec.long_side}, {len(vocab)} classes, one-stage head, warm text cache",
            )  # fmt: skip
        )
        detector = None  # release before the next measurement
        _release()
    rows.append(time_reference(
        "training-free", plan, picture, vocab, peak_gflops, head=False,
        note="training-free path: dense CLIP grid scored against the text, regions to boxes",
    ))  # fmt: skip
    return rows


def time_reference(variant: str, plan: BenchPlan, picture: Image.Image, vocab, peak_gflops: float, note: str, *,
                   head: bool = True, int8_static: bool | None = None, pad_multiple: int | None = None) -> Row:
    """The row ``REFERENCE-variant``: the reference configuration (``plan.gridclip[1]``) loaded
    as ``load_gridclip`` does with ``head`` and ``int8_static``, and ``pad_multiple``; timed, then released."""
    reference = plan.gridclip[1]
    detector = load_gridclip(reference.source, reference.long_side, head=head, int8_static=int8_static)
    if pad_multiple is not None:
        detector.pad_multiple = pad_multiple
    row = time_gridclip(f"{REFERENCE}-{variant}", detector, picture, vocab, plan, peak_gflops, note=note)
    del detector
    _release()
    return row


def opt_in_names(plan: BenchPlan) -> list[str]:
    return [f"{REFERENCE}-fp32"] + ([f"{REFERENCE}-int8-static-pad32"] if plan.pad32_row else [])


def opt_in_rows(plan: BenchPlan, picture: Image.Image, peak_gflops: float) -> list[Row]:
    """The reference model off the default path: fp32 throughout (``--no-int8``, what the
    int8 trunk is measured against), and the int8 trunk with padding to 32 (outside the AP50
    tolerance on the demo model: benchmarks/RESULTS.md; full runs only, its calibration costs
    another minute)."""
    from gridclip import Vocabulary

    vocab = Vocabulary.parse(VOCABULARY_TEXT)
    rows = [time_reference(
        "fp32", plan, picture, vocab, peak_gflops, int8_static=False,
        note="opt-out: --no-int8 / load_detector(int8_static=False), the fp32 folded torch path",
    )]  # fmt: skip
    if plan.pad32_row:
        rows.append(time_reference(
            "int8-static-pad32", plan, picture, vocab, peak_gflops, pad_multiple=32,
            note="opt-in: Detector.pad_multiple=32 on top of the int8 trunk",
        ))  # fmt: skip
    return rows


def world_names(plan: BenchPlan) -> list[str]:
    return [WORLD_DEMO_ROW] + [name for name, _ in plan.world_checkpoints]


def world_picture(size: int) -> Image.Image:
    """A world scene of the demo pictures' kind at ``size`` px (at 384: demo_00.png itself)."""
    from gridclip.world.synthetic import draw_scene

    return draw_scene(WORLD_PICTURE_SEED, 0, size=size, object_count=WORLD_OBJECT_COUNT).image


def world_rows(plan: BenchPlan, peak_gflops: float) -> list[Row]:
    """The embedded ResNet demo and each ``plan.world_checkpoints`` folder on one world scene
    with the world vocabulary, one after the other on the default path (``time_gridclip``),
    each at its own inference long side unless ``plan.world_long_side``. ``ratio_to_demo`` is
    each row's median over ``demo-world-rn``'s."""
    from gridclip.world.synthetic import world_vocabulary

    picture = world_picture(plan.world_picture_size)
    vocab = world_vocabulary()
    rows = []
    for name, source in ((WORLD_DEMO_ROW, "demo"), *plan.world_checkpoints):
        detector = load_gridclip(source, plan.world_long_side)
        long_side = detector.config.image_size
        row = time_gridclip(
            name, detector, picture, vocab, plan, peak_gflops,
            note=f"{source}, long side {long_side}, {len(vocab)} world classes, {picture.width}x{picture.height} world scene",
        )  # fmt: skip
        rows.append(row | {"source": source, "image_size": long_side})
        detector = None  # release before the next measurement
        _release()
    base = rows[0]["ms"]
    for row in rows:
        row["ratio_to_demo"] = round(row["ms"] / base, 3)
    return rows


def vocabulary_rows(plan: BenchPlan, picture: Image.Image) -> list[Row]:
    """GridCLIP-RN50-800 with 1 … 1,203 classes. Each vocabulary is embedded once first (the
    cold cost, ``first_call_ms``, reported, not timed); then the vocabularies are timed
    round-robin, one call each per round, so a slow spell of the machine hits them alike and
    ``ratio_to_10_classes`` compares like with like."""
    from gridclip import Vocabulary

    reference = plan.gridclip[1]
    detector = load_gridclip(reference.source, reference.long_side)
    vocabularies = {count: Vocabulary.parse(vocabulary_text(count)) for count in plan.vocabulary_sizes}
    cold_ms: dict[int, float] = {}
    for count, vocab in vocabularies.items():
        tick = time.perf_counter()
        detector.predict([picture], vocab, batch_size=1)  # fills the text cache
        cold_ms[count] = 1000.0 * (time.perf_counter() - tick)
    calls = {count: partial(detector.predict, [picture], vocab, batch_size=1) for count, vocab in vocabularies.items()}
    timings = time_round_robin(calls, max(plan.policy.max_runs, 1))
    rows = [
        make_row(f"{REFERENCE}-vocab-{count}", timings[count], classes=count,
                 first_call_ms=round(cold_ms[count], 1), note="vocabularies timed round-robin, warm text cache")
        for count in vocabularies
    ]  # fmt: skip
    base = next((row for row in rows if row["classes"] == 10), rows[0])
    for row in rows:
        row[f"ratio_to_{base['classes']}_classes"] = round(row["ms"] / base["ms"], 3)
    detector = None  # release before the next measurement
    _release()
    return rows


def batch_row(plan: BenchPlan, picture: Image.Image) -> Row:
    """Throughput of GridCLIP-RN50-800 when pictures come ``batch_size`` at a time."""
    from gridclip import Vocabulary

    reference = plan.gridclip[1]
    detector = load_gridclip(reference.source, reference.long_side)
    vocab = Vocabulary.parse(VOCABULARY_TEXT)
    batch = [bench_picture(picture.size, seed) for seed in range(plan.batch_size)]
    timing = time_calls(
        lambda: detector.predict(batch, vocab, batch_size=plan.batch_size), plan.policy, images_per_call=plan.batch_size
    )
    detector = None  # release before the next measurement
    _release()
    return make_row(
        f"{REFERENCE}-batch{plan.batch_size}", timing, batch_size=plan.batch_size,
        images_per_s=round(1000.0 / timing.ms, 3),
    )  # fmt: skip


FIRST_BOX_SCRIPT = textwrap.dedent(
    """
    import json, resource, sys, time
    started = time.perf_counter()
    import torch
    torch.set_num_threads({threads})
    from PIL import Image
    from gridclip import Vocabulary, load_detector
    imported = time.perf_counter()
    detector = load_detector({source!r}, image_size={long_side}, text_cache_dir=False)
    detector.onnx_cache_dir = {onnx_cache!r}
    loaded = time.perf_counter()
    detections = detector.predict([Image.open({picture!r})], Vocabulary.parse({vocab!r}))
    done = time.perf_counter()
    print(json.dumps({{"import_s": imported - started, "load_s": loaded - imported, "predict_s": done - loaded,
                      "peak_rss_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024}}))
    """
)


def first_box_row(plan: BenchPlan, picture: Image.Image) -> Row:
    """Wall time from starting a fresh Python to the first boxes of one picture (cold start:
    imports, model build, first text embedding, first forward), and that process's peak RSS.
    The int8 trunk comes from the disk cache (calibrated by an earlier row of the run), as
    on every start but a model's very first, which adds the calibration (``first_call_ms`` of
    the ``gridclip`` rows)."""
    from gridclip.inference.cpu_inference import default_onnx_cache_dir

    reference = plan.gridclip[1]
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "picture.png"
        picture.save(path)
        script = FIRST_BOX_SCRIPT.format(
            threads=THREADS, source=reference.source, long_side=reference.long_side, picture=str(path), vocab=VOCABULARY_TEXT,
            onnx_cache=str(default_onnx_cache_dir()),
        )
        seconds = []
        detail: dict = {}
        for _ in range(1 if plan.policy.max_runs <= 3 else 3):
            tick = time.perf_counter()
            done = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, timeout=600)
            seconds.append(time.perf_counter() - tick)
            if done.returncode != 0:
                return skipped_row(f"{REFERENCE}-first-box", f"cold-start process failed: {_last_line(done.stderr)}")
            detail = json.loads(done.stdout.strip().splitlines()[-1])
    return make_row(
        f"{REFERENCE}-first-box", Timing.from_seconds(seconds), **{key: round(value, 2) for key, value in detail.items()},
        note=f"fresh process: imports + load_detector({reference.source!r}) + first predict (training-free path, "
        "cold text cache, int8 trunk from the disk cache)",
    )  # fmt: skip


def finetune_names(plan: BenchPlan) -> list[str]:
    return [f"finetune-epoch-{plan.finetune_images}-{kind}" for kind in ("cached", "uncached")]


def server_name(plan: BenchPlan) -> str:
    return f"ls-predict-{plan.server_clients}-clients"


def finetune_rows(plan: BenchPlan) -> list[Row]:
    """Head-only fine-tune of GridCLIP-RN50 on synthetic accepted pictures, two epochs in one
    ``gridclip.training.train`` call: the first computes every backbone feature and CLIP teacher
    embedding (uncached), the second reads them from the caches (cached). Trained on
    ``finetune_measured`` pictures; the epoch time is scaled linearly to ``finetune_images``."""
    from gridclip import load_detector
    from gridclip.training import train
    from gridclip.training.config import TrainConfig
    from gridclip.world.synthetic import draw_scenes, scene_examples, world_vocabulary

    # A fresh head on the reference backbone, as a new project starts.
    detector = load_detector(plan.gridclip[1].source, image_size=plan.finetune_size, text_cache_dir=False)
    image_size = detector.config.image_size
    examples = scene_examples(draw_scenes(seed=7, n=plan.finetune_measured, size=max(image_size, 64)))
    epochs: list[dict] = []
    with tempfile.TemporaryDirectory() as folder:
        config = TrainConfig(
            epochs=2, head_only=True, show_progress=False, teacher_cache_dir=Path(folder) / "teacher", save_every=2
        )
        train(
            detector, examples, world_vocabulary(), config, out_dir=Path(folder) / "run",
            progress=lambda event: epochs.append(event) if event.get("event") == "epoch" else None,
        )  # fmt: skip
    detector = None  # release before the next measurement
    _release()
    if len(epochs) < 2:
        raise RuntimeError(f"train() reported {len(epochs)} epoch events, expected 2")
    scale = plan.finetune_images / plan.finetune_measured
    uncached, cached = (scale * float(event["seconds"]) for event in epochs[:2])
    common = dict(
        images=plan.finetune_images, measured_images=plan.finetune_measured, image_size=image_size,
        batch_size=config.batch_size,
    )  # fmt: skip
    scaled = f"; measured on {plan.finetune_measured} pictures, scaled x{scale:g}" if scale != 1 else ""
    return [
        make_row(
            finetune_names(plan)[0], Timing.from_seconds([cached]), epoch_s=round(cached, 2), **common,
            feature_cache_hits=epochs[1].get("feature_cache_hits"), teacher_cache_hits=epochs[1].get("teacher_cache_hits"),
            note="2nd epoch: backbone features and teacher embeddings from the caches; ms = whole epoch" + scaled,
        ),
        make_row(
            finetune_names(plan)[1], Timing.from_seconds([uncached]), epoch_s=round(uncached, 2), **common,
            note="1st epoch: frozen backbone and CLIP teacher run on every picture; ms = whole epoch" + scaled,
        ),
    ]  # fmt: skip


def server_row(plan: BenchPlan, picture: Image.Image) -> Row:
    """``/predict`` latency p50/p95 of the Label Studio backend (``backends.server``, served by
    uvicorn on a loopback port) with ``server_clients`` clients posting one task each at once."""
    import requests

    from backends.server import BackendConfig, create_app

    reference = plan.gridclip[1]
    detector = load_gridclip(reference.source, reference.long_side)
    with tempfile.TemporaryDirectory() as folder:
        picture.save(Path(folder) / "picture.png")
        app = create_app(detector, BackendConfig(local_files_root=folder, env={}))
        with _served(app) as base_url:
            body = {
                "tasks": [{"id": 1, "data": {"image": "/data/local-files/?d=picture.png"}}],
                "label_config": SERVER_LABEL_CONFIG,
                "project": "1.1",
            }

            def one_request(_: int) -> float:
                tick = time.perf_counter()
                response = requests.post(f"{base_url}/predict", json=body, timeout=600)
                response.raise_for_status()
                return time.perf_counter() - tick

            one_request(0)  # warm-up: first text embedding, first forward
            with ThreadPoolExecutor(plan.server_clients) as pool:
                latencies = sorted(pool.map(one_request, range(plan.server_requests)))
    detector = None  # release before the next measurement
    _release()
    latencies_ms = [1000.0 * s for s in latencies]
    return make_row(
        server_name(plan), Timing.from_seconds(latencies), clients=plan.server_clients,
        p50_ms=round(float(np.percentile(latencies_ms, 50)), 1), p95_ms=round(float(np.percentile(latencies_ms, 95)), 1),
        note=f"{plan.server_requests} POST /predict, one task each, {plan.server_clients} at once; ms = p50 latency "
        "(the backend runs one inference at a time, so latency ~ clients x per-image time)",
    )  # fmt: skip


SERVER_LABEL_CONFIG = """<View>
  <Image name="image" value="$image"/>
  <RectangleLabels name="label" toName="image">
    <Label value="forklift"/><Label value="pallet" predicted_values="skid"/><Label value="safety vest"/>
  </RectangleLabels>
</View>"""


@contextmanager
def _served(app: object) -> Iterator[str]:
    """Serve an ASGI app with uvicorn in a thread on a free loopback port; yield its URL."""
    import socket

    import uvicorn

    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    server = uvicorn.Server(uvicorn.Config(app, host="127.0.0.1", port=port, log_level="warning"))
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 60
    while not server.started:
        if time.monotonic() > deadline or not thread.is_alive():
            raise RuntimeError("uvicorn did not start")
        time.sleep(0.05)
    try:
        yield f"http://127.0.0.1:{port}"
    finally:
        server.should_exit = True
        thread.join(timeout=30)


def machine_row() -> Row:
    """Where the figures come from: CPU model, cores, threads, load average when run."""
    cpu_model = platform.processor() or "?"
    try:
        with open("/proc/cpuinfo") as cpuinfo:
            cpu_model = next(line.split(":", 1)[1].strip() for line in cpuinfo if line.startswith("model name"))
    except (OSError, StopIteration):
        pass
    return {
        "name": "machine", "ms": None, "runs": 0, "cpu_model": cpu_model, "cores": os.cpu_count(),
        "torch_threads": torch.get_num_threads(), "torch": torch.__version__, "python": platform.python_version(),
        "load1": round(os.getloadavg()[0], 2),
    }  # fmt: skip


# -- the run ------------------------------------------------------------------------------------


def guarded(names: Sequence[str], build: Callable[[], Row | list[Row]], log: Callable[[str], None]) -> list[Row]:
    """Run one group of rows; a group that fails becomes skipped rows under its ``names``
    (with the error), so the rest of the run still happens."""
    load = round(os.getloadavg()[0], 2)
    tick = time.perf_counter()
    try:
        result = build()
    except Exception as exc:  # noqa: BLE001 - one broken row must not lose the others
        result = [skipped_row(name, f"{type(exc).__name__}: {exc}") for name in names]
    rows = result if isinstance(result, list) else [result]
    for row in rows:
        row.setdefault("load1", load)
        log(_describe(row))
    log(f"  ({', '.join(names)}: {time.perf_counter() - tick:.0f} s)")
    return rows


def _describe(row: Row) -> str:
    if row.get("skipped"):
        return f"{row['name']:<34} skipped: {row['skipped']}"
    if row["ms"] is None:
        return f"{row['name']:<34} " + ", ".join(f"{k}={v}" for k, v in row.items() if k not in ("name", "ms", "runs"))
    return f"{row['name']:<34} {row['ms']:>10.1f} ms  ({row['runs']} runs)"


def run_benchmark(
    plan: BenchPlan,
    log: Callable[[str], None] = lambda line: None,
    progress: Callable[[list[Row]], None] = lambda rows: None,
) -> list[Row]:
    """Measure every row of ``plan`` in this process and return the rows with their ratios;
    ``progress`` gets the rows so far after each group (so a cut-off run keeps its figures)."""
    torch.set_num_threads(THREADS)
    picture = bench_picture(plan.picture_size)
    class_names = [name.split("|")[0].strip() for name in VOCABULARY_TEXT.split(",")]
    if plan.tiny:
        _register_tiny_configs()
    rows = [machine_row()]
    log(_describe(rows[0]))
    peak = 0.0
    groups: list[tuple[str, list[str], Callable[[], Row | list[Row]]]] = [
        ("cpu-peak", ["cpu-peak-fp32-matmul"], lambda: cpu_peak_row(plan)),
        ("trunk", ["clip-rn50-trunk-800"], lambda: clip_trunk_row(plan, peak)),
        ("gridclip", [spec.name for spec in plan.gridclip] + [f"{REFERENCE}-training-free"],
         lambda: gridclip_rows(plan, picture, peak)),
        ("opt-in", opt_in_names(plan), lambda: opt_in_rows(plan, picture, peak)),
        ("peers", list(PEER_NAMES), lambda: peer_rows(plan, picture, class_names, peak)),
        ("targets", target_names(), lambda: target_rows(plan, picture, class_names)),
        ("two-stage", [name for name, _ in plan.two_stage], lambda: two_stage_rows(plan, picture, class_names, peak)),
        ("vocab", [f"{REFERENCE}-vocab-{count}" for count in plan.vocabulary_sizes], lambda: vocabulary_rows(plan, picture)),
        ("batch", [f"{REFERENCE}-batch{plan.batch_size}"], lambda: batch_row(plan, picture)),
        ("first-box", [f"{REFERENCE}-first-box"], lambda: first_box_row(plan, picture)),
        ("finetune", finetune_names(plan), lambda: finetune_rows(plan)),
        ("server", [server_name(plan)], lambda: server_row(plan, picture)),
        ("world", world_names(plan), lambda: world_rows(plan, peak)),
    ]  # fmt: skip
    for group, names, build in groups:
        if plan.groups is not None and group not in plan.groups:
            continue
        rows += guarded(names, build, log)
        if group == "cpu-peak":
            peak = rows[-1].get("gflops_per_s") or 0.0
        progress(add_ratios(rows))
    rows.append({"name": "process-peak-rss", "ms": None, "runs": 0, "peak_rss_mb": round(_process_peak_rss_mb(), 1)})
    return add_ratios(rows)


def _process_peak_rss_mb() -> float:
    import resource

    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def _register_tiny_configs() -> None:
    """The tiny open_clip configs GridCLIP ships for tests, for the smoke plan's CLIP models."""
    import open_clip

    import gridclip

    open_clip.add_model_config(Path(gridclip.__file__).parent / "model_configs")


def add_ratios(rows: list[Row], reference: str = REFERENCE) -> list[Row]:
    """Give every timed per-image row ``ratio`` = its ms ÷ the reference row's ms."""
    base = next((row["ms"] for row in rows if row["name"] == reference and row.get("ms")), None)
    for row in rows:
        if base and row.get("ms") is not None and row["name"] not in ("cpu-peak-fp32-matmul",):
            row["ratio"] = round(row["ms"] / base, 3)
    return rows


def markdown_table(rows: Sequence[Row]) -> str:
    """The rows as the Markdown table RESULTS.md holds.

    >>> print(markdown_table([{"name": "a", "ms": 1.5, "runs": 3, "ratio": 1.0}]).splitlines()[2])
    | a | 1.5 | 3 | 1.00 |  |
    """
    lines = ["| row | ms / image (median) | runs | × gridclip-rn50-800 | notes |", "| --- | ---: | ---: | ---: | --- |"]
    for row in rows:
        if row["name"] == "machine":
            continue
        ms = "—" if row.get("ms") is None else f"{row['ms']:.1f}"
        ratio = f"{row['ratio']:.2f}" if "ratio" in row else ""
        extras = [row["skipped"]] if row.get("skipped") else []
        for key in ("gflop", "fraction_of_peak", "gflops_per_s", "images_per_s", "peak_rss_mb", "ratio_to_10_classes",
                    "first_call_ms", "int8_trunk", "calibration_cached", "p50_ms", "p95_ms", "load_s", "predict_s",
                    "image_size", "ratio_to_demo", "load1"):  # fmt: skip
            if key in row:
                extras.append(f"{key}={row[key]}")
        lines.append(f"| {row['name']} | {ms} | {row.get('runs', 0)} | {ratio} | {'; '.join(map(str, extras))} |")
    return "\n".join(lines)


# -- entry points -------------------------------------------------------------------------------


class BenchArgumentError(ValueError):
    """A ``bench`` argument the harness cannot run with, found before anything runs."""


WORLD_CHECKPOINT_HELP = (
    "add a row NAME to the world group for the checkpoint folder PATH, timed beside the embedded demo "
    "(demo-world-rn) with ratio_to_demo; repeatable, e.g. demo-world-vit=runs/vit/det-vit-s0/demo"
)


def plan_for(
    quick: bool, groups: Sequence[str] | None = None, json_path: str | None = None,
    world_checkpoints: Sequence[str] | None = None,
) -> BenchPlan:  # fmt: skip
    """The plan a command line asks for, its arguments checked first: a long run must not end
    with rows that have nowhere to go, nor start on a group that does not exist, nor load a
    world checkpoint that is not there."""
    if json_path and not Path(json_path).resolve().parent.is_dir():
        raise BenchArgumentError(f"--json {json_path}: folder {Path(json_path).resolve().parent} does not exist")
    plan = BenchPlan.quick() if quick else BenchPlan.full()
    if groups:
        unknown = sorted(set(groups) - set(GROUPS))
        if unknown:
            raise BenchArgumentError(f"--groups: unknown {', '.join(unknown)}; choose from {', '.join(GROUPS)}")
        plan = replace(plan, groups=tuple(groups))
    if world_checkpoints:
        if plan.groups is not None and "world" not in plan.groups:
            raise BenchArgumentError("--world-checkpoint adds rows to the world group: add world to --groups")
        plan = replace(plan, world_checkpoints=parse_world_checkpoints(world_checkpoints))
    return plan


def parse_world_checkpoints(specs: Sequence[str]) -> tuple[tuple[str, str], ...]:
    """``--world-checkpoint NAME=PATH`` values as (row name, checkpoint folder) pairs, each
    folder checked to hold a checkpoint without loading it.

    >>> parse_world_checkpoints(["demo"])
    Traceback (most recent call last):
    ...
    benchmarks.speed.BenchArgumentError: --world-checkpoint 'demo': give NAME=PATH, e.g. demo-world-vit=runs/vit/det-vit-s0/demo
    """
    from gridclip.inference.checkpoint import is_checkpoint_dir

    pairs: list[tuple[str, str]] = []
    for spec in specs:
        name, _, path = (part.strip() for part in spec.partition("="))
        if not name or not path:
            raise BenchArgumentError(
                f"--world-checkpoint {spec!r}: give NAME=PATH, e.g. demo-world-vit=runs/vit/det-vit-s0/demo"
            )
        if name == WORLD_DEMO_ROW or name in (known for known, _ in pairs):
            raise BenchArgumentError(f"--world-checkpoint {spec!r}: row name {name} is taken; give each checkpoint its own")
        folder = Path(path).expanduser()
        if not is_checkpoint_dir(folder):
            raise BenchArgumentError(
                f"--world-checkpoint {spec!r}: no checkpoint in {folder} (a folder with config.json and "
                "model.safetensors, as `gridclip train` writes)"
            )
        pairs.append((name, str(folder)))
    return tuple(pairs)


def run_plan(plan: BenchPlan, json_path: str | None = None) -> int:
    """Run ``plan``, print the table, write the rows to ``json_path`` after every row."""
    started = time.perf_counter()

    def save(rows: list[Row]) -> None:
        if json_path:
            Path(json_path).write_text(json.dumps(rows, indent=1) + "\n")

    rows = run_benchmark(plan, log=lambda line: print(line, flush=True), progress=save)
    save(rows)
    print(f"\n{markdown_table(rows)}\n\ntotal {time.perf_counter() - started:.0f} s")
    if json_path:
        print(f"rows written to {json_path}")
    return 0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m benchmarks.speed", description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="fewer runs per row (< 10 minutes on 2 cores)")
    parser.add_argument("--json", help="write the rows here")
    parser.add_argument("--groups", nargs="+", metavar="GROUP", choices=GROUPS, help="run only these row groups")
    parser.add_argument("--world-checkpoint", action="append", metavar="NAME=PATH", help=WORLD_CHECKPOINT_HELP)
    args = parser.parse_args(argv)
    try:
        plan = plan_for(args.quick, args.groups, args.json, args.world_checkpoint)
    except BenchArgumentError as exc:
        parser.error(str(exc))
    return run_plan(plan, args.json)


if __name__ == "__main__":
    sys.exit(main())
