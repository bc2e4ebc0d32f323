"""GridCLIP on a CUDA GPU: autocast precision (fp32 / fp16 / bf16), batching, the peers, AMP
fine-tuning and the AP50 cost of each precision, in one process.

    python -m benchmarks.cuda [--quick] [--json rows.json] [--groups gridclip peers finetune tolerance]

Rows (``{"name", "ms", "runs", ...}`` as ``benchmarks.speed`` writes them):

- ``gridclip-rn50-800-{fp32,fp16,bf16}-b{1,8,32}`` and the same for ``gridclip-vitb32-768``:
  ``Detector.predict`` end to end (pictures decoded and resized on the CPU, the model on the
  GPU under ``Detector.cuda_dtype``, boxes back on the CPU), median ms per image with a CUDA
  synchronisation after each call, warm-up calls excluded; ``forward_ms`` is the model alone
  on an already prepared batch; ``peak_gpu_mb`` is ``torch.cuda.max_memory_allocated``.
- ``owlvit-b32-768-{fp16,fp32}``, ``owlv2-b16-768-…``, ``groundingdino-t-800-…``: the peers of
  ``benchmarks.peers`` on the GPU, batch 1, under autocast at that precision.
- ``ratio``: the row's ms over ``gridclip-rn50-800-<same precision>-b1`` of the same run;
  ``speedup_vs_fp32``: the same GridCLIP row at fp32 over this one.
- ``finetune-<source>-<full|head>-amp-{off,bf16}``: ``gridclip.training.train`` epochs on synthetic
  scenes with ``TrainConfig.amp`` off / on (bf16; ``gridclip.training.step.amp_dtype``).
- ``tolerance-<source>-{fp32,fp16,bf16}[-aspectA]``: AP50 of the demo model on held-out synthetic
  scenes (world seed ≥ 1000, as ``benchmarks.cpu_paths tolerance``) at each precision,
  ``delta_ap50`` against fp32, and the largest per-cell score / box-side difference of the
  autocast model from the fp32 model (``precision_difference``).

Without a CUDA GPU the command exits with status 2 and says so; every function takes a
``device`` so the plumbing runs (and is tested) on a CPU with tiny configs.

>>> short_dtype("bfloat16"), row_name("gridclip-rn50-800", "float16", 8)
('bf16', 'gridclip-rn50-800-fp16-b8')
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import statistics
import sys
import tempfile
import time
from collections.abc import Callable, Sequence
from contextlib import nullcontext
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any, ContextManager

import torch

from benchmarks import peers
from benchmarks.measure import RunPolicy, time_calls
from benchmarks.speed import (
    REFERENCE,
    VOCABULARY_TEXT,
    GridclipRow,
    HarnessPlan,
    Row,
    bench_picture,
    guarded,
    load_gridclip,
    make_row,
    skipped_row,
)

DTYPES: tuple[str, ...] = ("float32", "float16", "bfloat16")
GROUPS = ("gridclip", "peers", "finetune", "tolerance")


def short_dtype(dtype: str) -> str:
    """``float16`` → ``fp16``, ``bfloat16`` → ``bf16``, ``float32`` → ``fp32``.

    >>> short_dtype("float32")
    'fp32'
    """
    return {"float32": "fp32", "float16": "fp16", "bfloat16": "bf16"}[dtype]


def row_name(base: str, dtype: str, batch_size: int | None = None) -> str:
    """The row name of ``base`` at ``dtype`` (and ``batch_size``).

    >>> row_name("owlvit-b32-768", "float16")
    'owlvit-b32-768-fp16'
    """
    name = f"{base}-{short_dtype(dtype)}"
    return name if batch_size is None else f"{name}-b{batch_size}"


@dataclass(frozen=True)
class FinetuneSpec:
    """One fine-tune configuration: the model source, whether only the head trains, the long side."""

    source: str
    head_only: bool
    image_size: int | None = None

    @property
    def name(self) -> str:
        label = self.source.split(":")[-1].lower()
        return f"finetune-{label}-{'head' if self.head_only else 'full'}"


@dataclass(frozen=True)
class CudaPlan(HarnessPlan):
    """Everything one run measures; ``smoke()`` is tiny configs for the harness's own test.

    >>> CudaPlan.full().batch_sizes
    (1, 8, 32)
    """

    gridclip: tuple[GridclipRow, ...] = (
        GridclipRow("gridclip-rn50-800", "open_clip:RN50", 800),
        GridclipRow("gridclip-vitb32-768", "open_clip:ViT-B-32", 768),
    )
    dtypes: tuple[str, ...] = DTYPES
    batch_sizes: tuple[int, ...] = (1, 8, 32)
    peer_dtypes: tuple[str, ...] = ("float16", "float32")
    finetune: tuple[FinetuneSpec, ...] = (
        FinetuneSpec("demo", head_only=False),
        FinetuneSpec("open_clip:RN50", head_only=False, image_size=512),
        FinetuneSpec("open_clip:RN50", head_only=True, image_size=512),
    )
    finetune_amp: tuple[str, ...] = ("off", "bf16")
    finetune_scenes: int = 32
    finetune_epochs: int = 3  # the first (cold caches, kernel selection) is reported apart
    tolerance_source: str = "demo"
    tolerance_seed: int = 1000
    tolerance_scenes: int = 96
    tolerance_aspects: tuple[float, ...] = (1.0, 0.75)

    @classmethod
    def full(cls) -> CudaPlan:
        return cls(policy=RunPolicy(warmup=3, min_runs=5, max_runs=20, budget_s=4.0))

    @classmethod
    def quick(cls) -> CudaPlan:
        return cls(policy=RunPolicy(warmup=2, min_runs=3, max_runs=3, budget_s=1.0), tolerance_aspects=(1.0,))

    @classmethod
    def smoke(cls) -> CudaPlan:
        """Tiny random configs, one run each: checks the plumbing (runs on a CPU too)."""
        return cls.tiny_models(
            batch_sizes=(1, 2),
            peer_dtypes=("bfloat16",),
            finetune=(FinetuneSpec("demo", head_only=True),),
            finetune_amp=("off", "bf16"),
            finetune_scenes=2,
            finetune_epochs=2,
            tolerance_scenes=3,
            tolerance_aspects=(1.0,),
        )


# -- precision and memory -------------------------------------------------------------------------


def autocast(device: torch.device, dtype: str) -> ContextManager:
    """Autocast to ``dtype`` on ``device`` (nothing for float32).

    >>> with autocast(torch.device("cpu"), "bfloat16"):
    ...     (torch.ones(2, 2) @ torch.ones(2, 2)).dtype
    torch.bfloat16
    """
    if dtype == "float32":
        return nullcontext()
    return torch.autocast(device.type, dtype=getattr(torch, dtype))


def synchronize(device: torch.device) -> None:
    """Wait for the GPU's queued work (a CUDA timing that skips this times the launch only)."""
    if device.type == "cuda":
        torch.cuda.synchronize(device)


def reset_peak_memory(device: torch.device) -> None:
    if device.type == "cuda":
        torch.cuda.empty_cache()
        torch.cuda.reset_peak_memory_stats(device)


def peak_memory_mb(device: torch.device) -> float | None:
    """``torch.cuda.max_memory_allocated`` since the last reset, MiB (None on a CPU)."""
    if device.type != "cuda":
        return None
    return round(torch.cuda.max_memory_allocated(device) / 2**20, 1)


def timed(call: Callable[[], object], device: torch.device) -> Callable[[], None]:
    """``call`` followed by a device synchronisation, for ``time_calls``."""

    def run() -> None:
        call()
        synchronize(device)

    return run


# -- GridCLIP and the peers -----------------------------------------------------------------------


def gridclip_rows(plan: CudaPlan, device: torch.device) -> list[Row]:
    """Every GridCLIP configuration at every precision and batch size (one-stage head on,
    random weights: speed only)."""
    from gridclip import Vocabulary

    vocab = Vocabulary.parse(VOCABULARY_TEXT)
    pictures = [bench_picture(plan.picture_size, seed) for seed in range(max(plan.batch_sizes))]
    rows = []
    for spec in plan.gridclip:
        detector = load_gridclip(spec.source, spec.long_side).to(device)
        text = detector.text_embeddings(vocab)
        for dtype in plan.dtypes:
            detector.cuda_dtype = dtype
            for batch_size in plan.batch_sizes:
                batch = pictures[:batch_size]
                reset_peak_memory(device)
                timing = time_calls(
                    timed(lambda: detector.predict(batch, vocab, batch_size=batch_size), device),
                    plan.policy, images_per_call=batch_size,
                )  # fmt: skip
                tensor = detector.prepare(batch, detector.pad_multiple).tensor.to(device)

                @torch.inference_mode()
                def forward() -> None:
                    with autocast(device, dtype):
                        detector.head_outputs(detector.model, tensor, text)

                forward_timing = time_calls(timed(forward, device), plan.policy, images_per_call=batch_size)
                rows.append(make_row(
                    row_name(spec.name, dtype, batch_size), timing, dtype=dtype, batch_size=batch_size,
                    images_per_s=round(1000.0 / timing.ms, 1), forward_ms=round(forward_timing.ms, 2),
                    peak_gpu_mb=peak_memory_mb(device), input_hw=list(tensor.shape[-2:]),
                    note=f"{spec.source}, long side {spec.long_side}, {len(vocab)} classes, predict end to end",
                ))  # fmt: skip
        detector = None  # release before the next measurement
        _release(device)
    return rows


def peer_rows(plan: CudaPlan, device: torch.device) -> list[Row]:
    """OWL-ViT-B/32, OWLv2-B/16 and GroundingDINO-T (``benchmarks.peers``) at batch 1 under
    autocast at each of ``plan.peer_dtypes``."""
    picture = bench_picture(plan.picture_size)
    class_names = [name.split("|")[0].strip() for name in VOCABULARY_TEXT.split(",")]
    specs: list[tuple[str, Callable[[], peers.Predictor]]] = [
        ("owlvit-b32-768", lambda: peers.build_owlvit(
            class_names, version=1, image_size=plan.owl_size, size=plan.peer_size, device=str(device))),
        ("owlv2-b16-768", lambda: peers.build_owlvit(
            class_names, version=2, image_size=plan.owl_size, size=plan.peer_size, device=str(device))),
        ("groundingdino-t-800", lambda: peers.build_groundingdino_t(
            class_names, image_size=plan.groundingdino_size, size=plan.peer_size, device=str(device))),
    ]  # fmt: skip
    rows = []
    for name, build in specs:
        try:
            predict = build()
        except ImportError as exc:
            rows += [skipped_row(row_name(name, d), f"needs transformers (the bench extra): {exc}") for d in plan.peer_dtypes]
            continue
        for dtype in plan.peer_dtypes:

            def call() -> None:
                with autocast(device, dtype):
                    predict(picture)

            reset_peak_memory(device)
            try:
                timing = time_calls(timed(call, device), plan.policy)
            except RuntimeError as exc:  # a peer that breaks under one precision must not lose the others
                rows.append(skipped_row(row_name(name, dtype), f"{type(exc).__name__}: {exc}"))
                continue
            rows.append(make_row(row_name(name, dtype), timing, dtype=dtype, batch_size=1,
                                 peak_gpu_mb=peak_memory_mb(device), note="random weights, text encoded every call"))
        predict = None  # release the model before the next one is built
        _release(device)
    return rows


# -- fine-tuning ----------------------------------------------------------------------------------


def finetune_rows(plan: CudaPlan, device: torch.device) -> list[Row]:
    """``gridclip.training.train`` on ``plan.finetune_scenes`` synthetic scenes, per spec, with
    ``TrainConfig.amp`` off and on (bf16 where the GPU has it, else fp32: ``amp_dtype`` in the
    row). ``epoch_s``: median of the epochs after the first; ``first_epoch_s`` apart (cold
    teacher cache, kernel choice)."""
    rows = []
    for spec in plan.finetune:
        for amp in plan.finetune_amp:
            name = f"{spec.name}-amp-{amp}"
            try:
                rows.append(finetune_row(name, spec, amp, plan, device))
            except Exception as exc:  # noqa: BLE001 - a broken AMP path is a finding, not the end of the run
                rows.append(skipped_row(name, f"{type(exc).__name__}: {exc}"))
            _release(device)
    return rows


def finetune_row(name: str, spec: FinetuneSpec, amp: str, plan: CudaPlan, device: torch.device) -> Row:
    from gridclip import load_detector
    from gridclip.training import train
    from gridclip.training.config import TrainConfig
    from gridclip.training.step import amp_dtype
    from gridclip.world.synthetic import draw_scenes, scene_examples, world_vocabulary

    detector = load_detector(spec.source, device=str(device), image_size=spec.image_size, text_cache_dir=False)
    size = detector.config.image_size
    examples = scene_examples(draw_scenes(seed=7, n=plan.finetune_scenes, size=max(size, 64)))
    epochs: list[dict] = []
    reset_peak_memory(device)
    with tempfile.TemporaryDirectory() as folder:
        config = TrainConfig(
            epochs=plan.finetune_epochs, head_only=spec.head_only, amp=amp != "off", device=str(device),
            show_progress=False, teacher_cache_dir=Path(folder) / "teacher", save_every=plan.finetune_epochs, seed=0,
        )  # fmt: skip
        train(detector, examples, world_vocabulary(), config, out_dir=Path(folder) / "run",
              progress=lambda event: epochs.append(event) if event.get("event") == "epoch" else None)
    if len(epochs) != plan.finetune_epochs:
        raise RuntimeError(f"train() reported {len(epochs)} epoch events, expected {plan.finetune_epochs}")
    later = [float(e["seconds"]) for e in epochs[1:]]
    epoch_s = statistics.median(later)
    steps = int(epochs[-1]["steps"]) or 1
    return make_row(
        name, None, ms=round(1000.0 * epoch_s / steps, 2), runs=len(later), amp=amp,
        amp_dtype=str(amp_dtype(device, amp != "off") or torch.float32).replace("torch.", ""),
        source=spec.source, head_only=spec.head_only, image_size=size, scenes=plan.finetune_scenes,
        batch_size=config.batch_size, epoch_s=round(epoch_s, 3), first_epoch_s=round(float(epochs[0]["seconds"]), 3),
        steps_per_epoch=steps, skipped_steps=sum(int(e["skipped_steps"]) for e in epochs),
        final_loss=round(float(epochs[-1]["loss"]), 4), peak_gpu_mb=peak_memory_mb(device),
        note="ms = one optimiser step (epoch time / steps), epochs after the first",
    )  # fmt: skip


# -- AP50 tolerance -------------------------------------------------------------------------------


@torch.inference_mode()
def precision_difference(detector: Any, pictures: Sequence[Any], vocabulary: Any, dtype: str) -> tuple[float, float]:
    """Largest difference between the model under autocast at ``dtype`` and the model in fp32
    on the same prepared pictures: of the per-cell, per-class scores (as ``predict`` ranks
    them) and of the box sides (input pixels). Every cell, not a top-k whose order can swap.

    >>> from gridclip.inference.sources import load_detector
    >>> from PIL import Image
    >>> det = load_detector("open_clip:tiny-rn", device="cpu", text_cache_dir=False)
    >>> precision_difference(det, [Image.new("RGB", (64, 48))], "cat", "float32")
    (0.0, 0.0)
    """
    from gridclip.inference.detector import as_vocabulary

    text = detector.text_embeddings(as_vocabulary(vocabulary))
    tensor = detector.prepare(list(pictures), detector.pad_multiple).tensor.to(detector.device)
    results = []
    for precision in ("float32", dtype):
        with autocast(detector.device, precision):
            cls, ltrb, ctr, _, _, _ = detector.head_outputs(detector.model, tensor, text).flat()
        cls, ltrb, ctr = cls.float(), ltrb.float(), ctr.float()
        results.append((torch.sqrt(torch.sigmoid(cls) * torch.sigmoid(ctr).unsqueeze(-1)), ltrb))
    (score_a, box_a), (score_b, box_b) = results
    return float((score_a - score_b).abs().max()), float((box_a - box_b).abs().max())


def tolerance_rows(plan: CudaPlan, device: torch.device) -> list[Row]:
    """AP50 of ``plan.tolerance_source`` at every precision (``Detector.cuda_dtype``) on
    held-out synthetic scenes, per picture aspect; ``delta_ap50`` against fp32 of the same aspect."""
    from benchmarks.cpu_paths import crop_to_aspect
    from gridclip import load_detector
    from gridclip.training.evaluate import evaluate, load_coco
    from gridclip.world.synthetic import write_dataset

    rows: list[Row] = []
    detector = load_detector(plan.tolerance_source, device=str(device), text_cache_dir=False)
    label = plan.tolerance_source.split(":")[-1].lower()
    for aspect in plan.tolerance_aspects:
        with tempfile.TemporaryDirectory() as folder:
            write_dataset(folder, seed=plan.tolerance_seed, n=plan.tolerance_scenes)
            if aspect != 1.0:
                crop_to_aspect(Path(folder), aspect)
            coco_path, images_dir = Path(folder) / "annotations.json", Path(folder) / "images"
            coco = load_coco(coco_path, images_dir)
            probe = [ex.image for ex in coco.examples[:8]]
            group = []
            for dtype in plan.dtypes:
                detector.cuda_dtype = dtype
                metrics = evaluate(detector, coco_path, images_dir)
                score_diff, box_diff = precision_difference(detector, probe, coco.vocabulary, dtype)
                suffix = "" if aspect == 1.0 else f"-aspect{aspect:g}"
                group.append(make_row(
                    f"tolerance-{label}-{short_dtype(dtype)}{suffix}", None, dtype=dtype, source=plan.tolerance_source,
                    seed=plan.tolerance_seed, scenes=plan.tolerance_scenes, aspect=aspect,
                    ap50=round(100 * metrics["AP50"], 2), ap=round(100 * metrics["AP"], 2),
                    max_score_diff=round(score_diff, 5), max_box_diff_px=round(box_diff, 3),
                ))  # fmt: skip
            rows += add_tolerance_deltas(group)
    return rows


def add_tolerance_deltas(rows: list[Row]) -> list[Row]:
    """``delta_ap50`` = the row's AP50 minus the fp32 row's, ``within_0.5_ap50`` the target.

    >>> add_tolerance_deltas([{"dtype": "float32", "ap50": 60.0}, {"dtype": "float16", "ap50": 59.4}])[1]
    {'dtype': 'float16', 'ap50': 59.4, 'delta_ap50': -0.6, 'within_0.5_ap50': False}
    """
    base = next(row["ap50"] for row in rows if row["dtype"] == "float32")
    for row in rows:
        row["delta_ap50"] = round(row["ap50"] - base, 2)
        row["within_0.5_ap50"] = abs(row["delta_ap50"]) <= 0.5
    return rows


# -- the run --------------------------------------------------------------------------------------


def add_ratios(rows: list[Row]) -> list[Row]:
    """``ratio``: a timed row's ms over ``gridclip-rn50-800-<its precision>-b1``;
    ``speedup_vs_fp32``: the fp32 row of the same GridCLIP configuration over this one.

    >>> rows = [{"name": "gridclip-rn50-800-fp16-b1", "ms": 4.0, "dtype": "float16"},
    ...         {"name": "gridclip-rn50-800-fp32-b1", "ms": 10.0, "dtype": "float32"},
    ...         {"name": "owlvit-b32-768-fp16", "ms": 12.0, "dtype": "float16"}]
    >>> [(r["ratio"], r.get("speedup_vs_fp32")) for r in add_ratios(rows)]
    [(1.0, 2.5), (1.0, 1.0), (3.0, None)]
    """
    by_name = {row["name"]: row for row in rows}
    for row in rows:
        dtype = row.get("dtype")
        if row.get("ms") is None or dtype is None or row["name"].startswith(("finetune-", "tolerance-")):
            continue
        base = by_name.get(row_name(REFERENCE, dtype, 1), {}).get("ms")
        if base:
            row["ratio"] = round(row["ms"] / base, 3)
        if row["name"].startswith("gridclip-"):
            fp32 = by_name.get(row["name"].replace(f"-{short_dtype(dtype)}-", "-fp32-"), {}).get("ms")
            if fp32:
                row["speedup_vs_fp32"] = round(fp32 / row["ms"], 2)
    return rows


def machine_row(device: torch.device) -> Row:
    """The GPU (name, memory, compute capability), the torch and CUDA versions, and the
    precision switches that change fp32 results (TF32)."""
    row: Row = {
        "name": "machine", "ms": None, "runs": 0, "device": str(device), "torch": torch.__version__,
        "cuda": torch.version.cuda, "python": platform.python_version(), "cpu_cores": os.cpu_count(),
        "torch_threads": torch.get_num_threads(),
        "tf32_matmul": torch.backends.cuda.matmul.allow_tf32, "tf32_cudnn": torch.backends.cudnn.allow_tf32,
        "cudnn_benchmark": torch.backends.cudnn.benchmark,
    }  # fmt: skip
    if device.type == "cuda":
        props = torch.cuda.get_device_properties(device)
        row.update(gpu=props.name, gpu_memory_gb=round(props.total_memory / 2**30, 1),
                   capability=f"{props.major}.{props.minor}", bf16_supported=torch.cuda.is_bf16_supported())
    return row


def run_benchmark(
    plan: CudaPlan,
    device: torch.device | str = "cuda",
    log: Callable[[str], None] = lambda line: None,
    progress: Callable[[list[Row]], None] = lambda rows: None,
) -> list[Row]:
    """Measure every group of ``plan`` on ``device``; ``progress`` gets the rows so far after
    each group, so a run cut off keeps what it measured."""
    device = torch.device(device)
    rows = [machine_row(device)]
    log(json.dumps(rows[0]))
    groups: list[tuple[str, list[str], Callable[[], list[Row]]]] = [
        ("gridclip", [row_name(s.name, d, b) for s in plan.gridclip for d in plan.dtypes for b in plan.batch_sizes],
         lambda: gridclip_rows(plan, device)),
        ("peers", [row_name(n, d) for n in ("owlvit-b32-768", "owlv2-b16-768", "groundingdino-t-800")
                   for d in plan.peer_dtypes], lambda: peer_rows(plan, device)),
        ("finetune", [f"{s.name}-amp-{a}" for s in plan.finetune for a in plan.finetune_amp],
         lambda: finetune_rows(plan, device)),
        ("tolerance", [f"tolerance-{plan.tolerance_source.split(':')[-1].lower()}-{short_dtype(d)}" for d in plan.dtypes],
         lambda: tolerance_rows(plan, device)),
    ]  # fmt: skip
    for group, names, build in groups:
        if plan.groups is not None and group not in plan.groups:
            continue
        rows += guarded(names, build, log)
        progress(add_ratios(rows))
    return add_ratios(rows)


def _release(device: torch.device) -> None:
    import gc

    gc.collect()
    if device.type == "cuda":
        torch.cuda.empty_cache()


# -- tables ---------------------------------------------------------------------------------------


def speed_table(rows: Sequence[Row]) -> str:
    """The timed inference rows as the Markdown table RESULTS.md holds.

    >>> print(speed_table([{"name": "a-fp16-b1", "ms": 1.5, "runs": 3, "ratio": 1.0, "dtype": "float16",
    ...                     "batch_size": 1, "forward_ms": 1.0, "images_per_s": 666.7, "peak_gpu_mb": 12.0}]).splitlines()[2])
    | a-fp16-b1 | fp16 | 1 | 1.50 | 1.00 | 666.7 | 1.00 |  | 12.0 |
    """
    lines = [
        "| row | precision | batch | ms / image (median) | × gridclip-rn50-800 (same precision, b1) | images/s "
        "| model-only ms / image | fp32 ÷ this | peak GPU MiB |",
        "| --- | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |",
    ]
    for row in rows:
        if "dtype" not in row or row["name"].startswith(("finetune-", "tolerance-")):
            continue
        if row.get("skipped"):
            lines.append(f"| {row['name']} | {short_dtype(row['dtype']) if 'dtype' in row else ''} |  | — |  |  |  |  | {row['skipped']} |")
            continue
        cells = [
            row["name"], short_dtype(row["dtype"]), str(row.get("batch_size", "")), f"{row['ms']:.2f}",
            f"{row['ratio']:.2f}" if "ratio" in row else "", f"{row['images_per_s']}" if "images_per_s" in row else "",
            f"{row['forward_ms']:.2f}" if "forward_ms" in row else "",
            f"{row['speedup_vs_fp32']:.2f}" if "speedup_vs_fp32" in row and row["dtype"] != "float32" else "",
            "" if row.get("peak_gpu_mb") is None else f"{row['peak_gpu_mb']}",
        ]  # fmt: skip
        lines.append("| " + " | ".join(cells) + " |")
    return "\n".join(lines)


def _table(rows: Sequence[Row], prefix: str, header: str, align: str, cells: Callable[[Row], str]) -> str:
    """The rows named ``prefix…`` as a Markdown table; a skipped row says why in its last column."""
    lines = [header, align]
    columns = header.count("|") - 1
    for row in rows:
        if not row["name"].startswith(prefix):
            continue
        if row.get("skipped"):
            lines.append(f"| {row['name']} |" + "  |" * (columns - 2) + f" {row['skipped']} |")
            continue
        lines.append(f"| {row['name']} | " + cells(row) + " |")
    return "\n".join(lines)


def finetune_table(rows: Sequence[Row]) -> str:
    """The fine-tune rows as a Markdown table."""
    return _table(
        rows, "finetune-",
        "| row | AMP | ms / step | epoch s (after the first) | first epoch s | steps / epoch | skipped steps | final loss | peak GPU MiB |",
        "| --- | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |",
        lambda row: (f"{row['amp']} | {row['ms']:.1f} | {row['epoch_s']:.2f} | {row['first_epoch_s']:.2f} | "
                     f"{row['steps_per_epoch']} | {row['skipped_steps']} | {row['final_loss']} | {row['peak_gpu_mb']}"),
    )  # fmt: skip


def tolerance_table(rows: Sequence[Row]) -> str:
    """The tolerance rows as a Markdown table.

    >>> print(tolerance_table([{"name": "tolerance-demo-fp16", "dtype": "float16", "aspect": 1.0, "ap50": 60.1,
    ...   "delta_ap50": 0.1, "within_0.5_ap50": True, "max_score_diff": 0.001, "max_box_diff_px": 0.2}]).splitlines()[2])
    | tolerance-demo-fp16 | fp16 | 1 | 60.1 | +0.10 | yes | 0.001 | 0.2 |
    >>> print(tolerance_table([{"name": "tolerance-x", "skipped": "no GPU"}]).splitlines()[2])
    | tolerance-x |  |  |  |  |  |  | no GPU |
    """
    return _table(
        rows, "tolerance-",
        "| row | precision | aspect (h/w) | AP50 | Δ AP50 vs fp32 | within 0.5 | max score diff | max box-side diff (px) |",
        "| --- | --- | ---: | ---: | ---: | --- | ---: | ---: |",
        lambda row: (f"{short_dtype(row['dtype'])} | {row['aspect']:g} | {row['ap50']} | {row['delta_ap50']:+.2f} | "
                     f"{'yes' if row['within_0.5_ap50'] else 'NO'} | {row['max_score_diff']} | {row['max_box_diff_px']}"),
    )  # fmt: skip


# -- command line ---------------------------------------------------------------------------------

NO_CUDA_MESSAGE = (
    "benchmarks.cuda measures GridCLIP on a CUDA GPU, and torch {torch} sees none here "
    "(torch.cuda.is_available() is False). Run it on a machine with an NVIDIA GPU; the CPU "
    "figures come from `gridclip bench` and `python -m benchmarks.cpu_paths`."
)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m benchmarks.cuda", description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="fewer runs per row, one picture aspect")
    parser.add_argument("--json", help="write the rows here (after every group)")
    parser.add_argument("--groups", nargs="*", choices=GROUPS, help="run only these groups (default: all)")
    args = parser.parse_args(argv)
    if not torch.cuda.is_available():
        print(NO_CUDA_MESSAGE.format(torch=torch.__version__), file=sys.stderr)
        return 2
    if args.json and not Path(args.json).resolve().parent.is_dir():
        print(f"--json {args.json}: folder {Path(args.json).resolve().parent} does not exist", file=sys.stderr)
        return 2
    plan = CudaPlan.quick() if args.quick else CudaPlan.full()
    if args.groups:
        plan = replace(plan, groups=tuple(args.groups))

    def save(rows: list[Row]) -> None:
        if args.json:
            Path(args.json).write_text(json.dumps(rows, indent=1) + "\n")

    started = time.perf_counter()
    rows = run_benchmark(plan, "cuda", log=lambda line: print(line, flush=True), progress=save)
    save(rows)
    print("\n" + speed_table(rows) + "\n\n" + finetune_table(rows) + "\n\n" + tolerance_table(rows))
    print(f"\ntotal {time.perf_counter() - started:.0f} s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
