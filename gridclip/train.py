"""Training GridCLIP: grid-level alignment (focal, GIoU, centerness) plus image-level alignment.

The public call (used by the CLI, the app, the Label Studio backend and the quality report)::

    from gridclip.train import TrainConfig, TrainingExample, train
    examples = [TrainingExample("a.png", xyxy=np.array([[10, 10, 50, 60]]), class_ids=np.array([0]))]
    result = train("open_clip:tiny-rn", examples, Vocabulary.parse("square, circle"),
                   TrainConfig(epochs=20), out_dir=Path("ck"))
    result.checkpoint_dir, result.metrics[-1]["loss"], result.detector.predict(["a.png"], vocab)

What it does, and why:

- AdamW; a cosine learning-rate decay; gradients clipped; AMP in bf16 on CUDA GPUs that have
  it (``amp_dtype``); elsewhere fp32 (fp16 with a GradScaler lost up to 14 of 24 steps to
  overflow and ended far from fp32: benchmarks/RESULTS.md, Speed, CUDA).
- ``head_only=True`` freezes the CLIP image tower and keeps its features per image in memory,
  keyed by (image sha256, backbone fingerprint, input size): every epoch after the first runs
  only the FPN and head, so CPU fine-tuning on a few hundred boxes takes minutes.
- On a CPU the step never builds the D-channel grid maps (``TrainingStep(factorised=True)``):
  the grid is scored in the towers' channels and image-level alignment rebuilds embeddings only
  at the cells its crops sample; same losses and gradients up to float rounding
  (tests/test_train_factorised.py), about 55 % of the CPU time of a cached head-only RN50 epoch
  at 512 px (20 synthetic pictures, one thread: 8.7-9.9 s against 16.3-17.2 s).
- Image-level alignment (``gridclip.alignment``) distils a frozen copy of the CLIP image
  tower into the grid embeddings, its crop embeddings cached per (image, CLIP) in memory and
  on disk.
- A step whose loss is NaN or infinite is skipped with a warning (on every rank, so
  distributed training cannot deadlock) and counted in the epoch's metrics.
- After each epoch rank 0 appends a line to ``out_dir/metrics.jsonl``, saves the checkpoint
  (``Detector.save``, parent = the version training started from) and
  ``out_dir/training_state.pt`` (optimizer, scheduler, epoch) so ``resume=out_dir`` continues
  from the next epoch.
- ``torchrun`` (``WORLD_SIZE > 1``) starts DistributedDataParallel (gloo on CPU, nccl on GPU);
  a ``DistributedSampler`` splits the images; only rank 0 writes files.
"""

from __future__ import annotations

import copy
import json
import math
import os
import random
import time
import warnings
from dataclasses import asdict, dataclass, replace
from pathlib import Path
from typing import Any, Callable, Sequence

import numpy as np
import torch
import torch.distributed as dist
from PIL import Image
from torch import nn

from gridclip.alignment import AlignmentConfig, CLIPTeacher, ImageLevelAlignment, TeacherEmbeddingCache, fractions_to_pixels
from gridclip.backbone import BackboneFeatures
from gridclip.data import DataError, FittedExample, TrainingExample, TrainingImages
from gridclip.vocabulary import Vocabulary

__all__ = ["TrainConfig", "TrainingExample", "TrainResult", "train"]

METRICS_FILE = "metrics.jsonl"
STATE_FILE = "training_state.pt"
ProgressCallback = Callable[[dict[str, Any]], None]


FRESH_HEAD_LR = 1e-3
FINE_TUNE_LR = 1e-4


@dataclass
class TrainConfig:
    """Training settings (every field has a CPU-friendly default).

    >>> TrainConfig(epochs=3, head_only=True).to_dict()["epochs"]
    3
    >>> TrainConfig(epochs=0)
    Traceback (most recent call last):
    ...
    ValueError: epochs must be ≥ 1, got 0
    """

    epochs: int = 12
    batch_size: int = 4
    # None: FRESH_HEAD_LR for a head that never trained, FINE_TUNE_LR for a trained detector
    # (measured on the demo: 1e-3 on 5-20 accepted images over-fits and costs novel AP, 1e-4 holds).
    lr: float | None = None
    backbone_lr_factor: float = 0.1  # the CLIP tower moves slower than the fresh head
    weight_decay: float = 1e-4
    grad_clip: float = 10.0
    image_size: int | None = None  # long side; None keeps the model's
    head_only: bool = False
    image_level_alignment: bool = True
    alignment_weight: float = 1.0
    alignment_loss: str = "l1"  # "l1" (GridCLIP) or "cosine" (CLIPSelf)
    alignment_mode: str = "grid"  # "grid" (1x1, 2x2, 3x3) or "random" (CLIPSelf m x n)
    # "roi_align": the head's grid embeddings, RoIAlign 1x1 (GridCLIP). "attention": the CLIP
    # tower's own C5 map, RoIAlign to the attention pool's grid, then its attention pool
    # (ResNet CLIPs, backbone trained: head_only=False).
    alignment_pooling: str = "roi_align"
    amp: bool = True  # bf16 autocast on CUDA GPUs with bf16 (see amp_dtype)
    seed: int = 0
    device: str | None = None
    resume: Path | None = None  # a training out_dir to continue
    save_every: int = 1  # epochs between checkpoints (the last epoch is always saved)
    teacher_cache_dir: Path | None = None  # None: <GRIDCLIP_CACHE_DIR or user cache>/teacher
    feature_cache_items: int = 2048  # head_only: backbone features kept in memory
    show_progress: bool = True

    def __post_init__(self) -> None:
        if self.epochs < 1:
            raise ValueError(f"epochs must be ≥ 1, got {self.epochs}")
        if self.batch_size < 1:
            raise ValueError(f"batch_size must be ≥ 1, got {self.batch_size}")
        if self.lr is not None and not (self.lr > 0 and math.isfinite(self.lr)):
            raise ValueError(f"lr must be a positive number, got {self.lr}")
        if self.alignment_weight < 0:
            raise ValueError(f"alignment_weight must be ≥ 0, got {self.alignment_weight}")
        if self.resume is not None:
            self.resume = Path(self.resume)
        # Fail now rather than at the first step.
        self.alignment_config()
        if self.image_level_alignment and self.alignment_pooling == "attention" and self.head_only:
            raise ValueError("alignment_pooling='attention' distils into the CLIP tower itself, which head_only freezes; "
                             "use head_only=False or alignment_pooling='roi_align'")

    def alignment_config(self) -> AlignmentConfig:
        return AlignmentConfig(enabled=self.image_level_alignment, weight=self.alignment_weight,  # type: ignore[arg-type]
                               loss=self.alignment_loss, mode=self.alignment_mode, pooling=self.alignment_pooling)

    def to_dict(self) -> dict[str, Any]:
        return {k: (str(v) if isinstance(v, Path) else v) for k, v in asdict(self).items()}


@dataclass
class TrainResult:
    """``checkpoint_dir`` (None on ranks > 0), per-epoch ``metrics``, the trained ``detector``."""

    checkpoint_dir: Path | None
    metrics: list[dict[str, Any]]
    detector: Any
    parent_version: str | None = None
    skipped_steps: int = 0


# -- distributed -----------------------------------------------------------------------------------


@dataclass
class DistContext:
    rank: int = 0
    world_size: int = 1
    local_rank: int = 0
    owns_group: bool = False

    @property
    def enabled(self) -> bool:
        return self.world_size > 1

    @property
    def is_main(self) -> bool:
        return self.rank == 0


def init_distributed(device_hint: str | None) -> DistContext:
    """Join the process group torchrun describes in the environment (``WORLD_SIZE > 1``)."""
    world_size = int(os.environ.get("WORLD_SIZE", "1"))
    if world_size <= 1:
        return DistContext()
    if dist.is_initialized():
        return DistContext(dist.get_rank(), dist.get_world_size(), int(os.environ.get("LOCAL_RANK", "0")))
    use_cuda = torch.cuda.is_available() and (device_hint is None or str(device_hint).startswith("cuda"))
    dist.init_process_group(backend="nccl" if use_cuda else "gloo")
    return DistContext(dist.get_rank(), dist.get_world_size(), int(os.environ.get("LOCAL_RANK", "0")), owns_group=True)


def _all_finite(value: torch.Tensor, ctx: DistContext) -> bool:
    """True when the loss is finite on every rank (all must skip together or none)."""
    flag = torch.tensor([1.0 if bool(torch.isfinite(value).all()) else 0.0], device=value.device)
    if ctx.enabled:
        dist.all_reduce(flag, op=dist.ReduceOp.MIN)
    return bool(flag.item() > 0)


def _seed_everything(seed: int) -> None:
    random.seed(seed)
    np.random.seed(seed % (2**32))
    torch.manual_seed(seed)


def _default_teacher_cache_dir() -> Path:
    root = os.environ.get("GRIDCLIP_CACHE_DIR")
    if root:
        return Path(root) / "teacher"
    import platformdirs

    return Path(platformdirs.user_cache_dir("gridclip")) / "teacher"


def _module_fingerprint(module: nn.Module, extra: dict[str, Any]) -> str:
    from gridclip.checkpoint import content_fingerprint

    return content_fingerprint(dict(module.state_dict()), extra)


def _validate(examples: Sequence[TrainingExample], vocab: Vocabulary) -> list[TrainingExample]:
    if not examples:
        raise DataError("there are no training examples")
    checked = []
    for ex in examples:
        if not isinstance(ex, TrainingExample):
            if isinstance(ex, (tuple, list)) and len(ex) == 3:  # storage's (path, xyxy, class_ids)
                ex = TrainingExample(*ex)
            else:
                raise DataError(f"expected TrainingExample or (image, xyxy, class_ids), got {type(ex).__name__}")
        if len(ex) and int(ex.class_ids.max()) >= len(vocab):
            raise DataError(
                f"{ex.describe()} has class id {int(ex.class_ids.max())} but the vocabulary has {len(vocab)} classes"
            )
        checked.append(ex)
    if not any(len(ex) for ex in checked):
        raise DataError("the training examples have no boxes at all")
    return checked


# -- the step -------------------------------------------------------------------------------------


class TrainingStep(nn.Module):
    """The model's whole training forward as one module, so DDP sees one forward per step.

    ``forward(groups, text)`` takes a list of same-size groups, each ``(inputs, targets,
    crops, teacher)``, where ``inputs`` is an image tensor or cached ``BackboneFeatures``.

    ``factorised`` (CPU training): the head runs ``GridCLIP.forward_factorised`` and
    image-level alignment pools embeddings rebuilt at the cells its crops sample
    (``GridCLIP.grid_embeddings_at``) instead of whole [B, D, H, W] maps. The losses and
    gradients are the explicit path's up to float rounding (tests/test_train_factorised.py);
    a cached head-only step of RN50 at 512 px takes about half the CPU time. Off on CUDA,
    where the factorised scoring's many small kernels were slower at inference and bf16
    autocast would round the two paths differently.
    """

    def __init__(self, model: nn.Module, alignment: ImageLevelAlignment | None, factorised: bool = False) -> None:
        super().__init__()
        self.model = model
        self.alignment = alignment
        self.factorised = factorised

    def forward(self, groups: list[dict[str, Any]], text: torch.Tensor) -> dict[str, torch.Tensor]:
        total_images = sum(g["count"] for g in groups)
        sums: dict[str, torch.Tensor] = {}
        for group in groups:
            features = group["features"]
            if features is None:
                features = self.model.backbone_features(group["images"])
            if self.factorised:
                out = self.model.forward_factorised(features, text)
            else:
                out = self.model.forward_from_features(features, text)
            losses = self.model.compute_losses(out, group["targets"])
            parts = {k: losses[k] for k in ("loss_cls", "loss_box", "loss_ctr")}
            if self.alignment is not None and group["alignment"] is not None:
                targets, boxes = group["alignment"]
                finest = out.box_ltrb[0]
                input_size = (finest.shape[-2] * out.strides[0], finest.shape[-1] * out.strides[0])
                if self.alignment.config.pooling == "attention":
                    student: Any = features.levels[-1]  # C5, pooled by the CLIP attention pool
                elif self.factorised:
                    student = _GridCells(self.model, out)
                else:
                    student = {f"p{i + 3}": g for i, g in enumerate(out.grid_embeddings)}
                parts["loss_align"] = self.alignment.loss(student, boxes, targets, input_size)
            weight = group["count"] / total_images
            for name, value in parts.items():
                sums[name] = sums.get(name, 0.0) + value * weight
        sums["loss"] = sum(sums[k] for k in list(sums))
        return sums


class _GridCells:
    """``gridclip.alignment.GridCells`` over one ``forward_factorised`` output: the grid
    embeddings of the cells image-level alignment samples, rebuilt on demand."""

    def __init__(self, model: nn.Module, outputs: Any) -> None:
        self.model = model
        self.outputs = outputs
        self.names = [f"p{i + 3}" for i in range(len(outputs.cls_features))]
        self.shapes = [(int(t.shape[-2]), int(t.shape[-1])) for t in outputs.cls_features]
        self.batch_size = int(outputs.cls_features[0].shape[0])
        self.device = outputs.cls_features[0].device

    def at(self, level: int, image: torch.Tensor, cell: torch.Tensor) -> torch.Tensor:
        return self.model.grid_embeddings_at(self.outputs, level, image, cell)


# -- train ----------------------------------------------------------------------------------------


def _load_source(model: Any, config: TrainConfig, device: str | None):
    from gridclip.detector import Detector
    from gridclip.sources import load_detector

    if isinstance(model, Detector):
        detector = model
        if config.image_size is not None:
            detector.model.config.image_size = config.image_size
        if device is not None:
            detector.to(device)
        return detector
    return load_detector(str(model), device=device, image_size=config.image_size)


def _read_state(resume: Path) -> dict[str, Any]:
    path = resume / STATE_FILE
    if not path.is_file():
        raise DataError(f"cannot resume from {resume}: {STATE_FILE} is missing (was it written by gridclip train?)")
    return torch.load(path, map_location="cpu", weights_only=False)


def _emit(progress: ProgressCallback | None, event: dict[str, Any]) -> None:
    if progress is None:
        return
    try:
        progress(event)
    except Exception as exc:  # a broken plot must not stop training
        warnings.warn(f"progress callback failed: {exc}", stacklevel=2)


def train(
    model: Any,
    examples: Sequence[TrainingExample],
    vocabulary: Vocabulary,
    config: TrainConfig | None = None,
    out_dir: str | Path = "checkpoints/run",
    progress: ProgressCallback | None = None,
) -> TrainResult:
    """Train ``model`` (a ``Detector`` or a model source string) on ``examples``.

    Returns the trained detector (``is_trained=True``), the per-epoch metrics and, on rank 0,
    the checkpoint folder ``out_dir``. ``progress`` receives dicts with ``event`` = ``"step"``
    (``loss`` and its parts, ``epoch``, ``step``, ``steps``) or ``"epoch"`` (the epoch's metrics).
    """
    config = config or TrainConfig()
    out_dir = Path(out_dir)
    vocab = vocabulary if isinstance(vocabulary, Vocabulary) else Vocabulary.parse(str(vocabulary))
    examples = _validate(examples, vocab)
    ctx = init_distributed(config.device)
    try:
        return _train(model, examples, vocab, config, out_dir, progress, ctx)
    finally:
        if ctx.owns_group and dist.is_initialized():
            dist.destroy_process_group()


def _device_for(config: TrainConfig, ctx: DistContext) -> str:
    if config.device is not None:
        if ctx.enabled and str(config.device) == "cuda":
            return f"cuda:{ctx.local_rank}"
        return str(config.device)
    if torch.cuda.is_available():
        return f"cuda:{ctx.local_rank}" if ctx.enabled else "cuda"
    return "cpu"


def amp_dtype(device: torch.device, enabled: bool = True) -> torch.dtype | None:
    """The autocast dtype training uses on ``device``: bf16 on a CUDA GPU that has it, else
    ``None`` (fp32). No fp16: on an H100 with bf16 hidden, fp16 with a GradScaler skipped 9-14
    of 24 steps of a fresh RN50 head (overflow, then halving the scale) and its last epoch's
    loss ended 1.7-4000x fp32's; a lower initial scale helped only partly (benchmarks/RESULTS.md).

    >>> amp_dtype(torch.device("cpu")) is None
    True
    """
    if not enabled or device.type != "cuda" or not torch.cuda.is_bf16_supported():
        return None
    return torch.bfloat16


def _train(model, examples, vocab, config, out_dir, progress, ctx: DistContext) -> TrainResult:
    from torch.nn.parallel import DistributedDataParallel
    from torch.utils.data import DistributedSampler

    _seed_everything(config.seed)
    device = _device_for(config, ctx)
    state: dict[str, Any] | None = None
    if config.resume is not None:
        state = _read_state(config.resume)
        detector = _load_source(str(config.resume), config, device)
        parent_version = state.get("parent_version")
    else:
        detector = _load_source(model, config, device)
        parent_version = detector.version
    if config.lr is None:  # a resumed run keeps the rate it started with
        started = (state or {}).get("config", {}).get("lr") or (FINE_TUNE_LR if detector.is_trained else FRESH_HEAD_LR)
        config = replace(config, lr=started)
    torch_device = detector.device
    net = detector.model
    was_trainable = net.backbone.trainable
    net.set_trainable_backbone(not config.head_only)

    # Text: frozen tower, one encoding per class (cached by the detector).
    text = detector.text_embeddings(vocab).detach().clone().float().to(torch_device)

    # Image-level alignment: a frozen copy of the CLIP image tower as the teacher.
    alignment: ImageLevelAlignment | None = None
    align_cfg = config.alignment_config()
    if align_cfg.enabled and align_cfg.weight > 0:
        visual = copy.deepcopy(detector.clip.visual).to(torch_device)
        fingerprint = _module_fingerprint(visual, {"clip": detector.clip_spec})
        teacher = CLIPTeacher.from_open_clip(visual, fingerprint, device=torch_device)
        cache_dir = config.teacher_cache_dir or _default_teacher_cache_dir()
        attention_pool = None
        if align_cfg.pooling == "attention":
            attention_pool = getattr(net.backbone.visual, "attnpool", None)
            if attention_pool is None:
                raise ValueError("alignment_pooling='attention' needs a ResNet CLIP (its attention pool); "
                                 "use alignment_pooling='roi_align' for ViTs")
        alignment = ImageLevelAlignment(teacher, align_cfg, TeacherEmbeddingCache(cache_dir),
                                        attention_pool=attention_pool, seed=config.seed + ctx.rank)

    images = TrainingImages(
        examples,
        detector.prepare,
        detector.config.image_size,
        backbone=net.backbone_features if config.head_only else None,
        backbone_fingerprint=_module_fingerprint(net.backbone, {"clip": detector.clip_spec}) if config.head_only else "",
        cache_items=config.feature_cache_items,
        device=torch_device,
    )
    features = images.features

    step_module = TrainingStep(net, alignment, factorised=torch_device.type == "cpu")
    trainable = [p for p in net.parameters() if p.requires_grad]
    backbone_ids = {id(p) for p in net.backbone.parameters()}
    param_groups = [
        {"params": [p for p in trainable if id(p) not in backbone_ids], "lr": config.lr},
        {"params": [p for p in trainable if id(p) in backbone_ids], "lr": config.lr * config.backbone_lr_factor},
    ]
    param_groups = [g for g in param_groups if g["params"]]
    optimizer = torch.optim.AdamW(param_groups, lr=config.lr, weight_decay=config.weight_decay)

    indices = list(range(len(examples)))
    sampler = DistributedSampler(indices, num_replicas=ctx.world_size, rank=ctx.rank, shuffle=True,
                                 seed=config.seed) if ctx.enabled else None
    per_rank = len(sampler) if sampler is not None else len(indices)
    steps_per_epoch = max(1, math.ceil(per_rank / config.batch_size))
    total_steps = steps_per_epoch * config.epochs
    scheduler = torch.optim.lr_scheduler.LambdaLR(
        optimizer, lambda s: 0.1 + 0.9 * 0.5 * (1 + math.cos(math.pi * min(s, total_steps) / total_steps))
    )

    start_epoch = 0
    history: list[dict[str, Any]] = []
    if state is not None:
        start_epoch = int(state["epoch"])
        history = list(state.get("metrics", []))
        try:
            optimizer.load_state_dict(state["optimizer"])
            scheduler.load_state_dict(state["scheduler"])
        except (ValueError, KeyError) as exc:
            warnings.warn(f"optimizer state of {config.resume} does not fit ({exc}); starting it afresh", stacklevel=2)
        if start_epoch >= config.epochs:
            warnings.warn(f"{config.resume} already trained {start_epoch} epochs (asked for {config.epochs})", stacklevel=2)

    amp = amp_dtype(torch_device, config.amp)
    use_amp, autocast_dtype = amp is not None, amp or torch.float32
    scaler = torch.amp.GradScaler("cuda", enabled=False)  # bf16 has fp32's range: nothing to scale

    runner: nn.Module = step_module
    if ctx.enabled:
        runner = DistributedDataParallel(
            step_module, device_ids=[torch_device.index] if torch_device.type == "cuda" else None,
            find_unused_parameters=True,
        )

    def build_groups(batch_indices: list[int]) -> list[dict[str, Any]]:
        """The batch split into same-size groups (cached features cannot be re-padded)."""
        by_size: dict[tuple[int, int], list[tuple[int, FittedExample]]] = {}
        for i in batch_indices:
            item = images[i]
            by_size.setdefault(item.input_hw, []).append((i, item))
        groups = []
        for members in by_size.values():
            items = [item for _, item in members]
            targets = [{"boxes": torch.as_tensor(item.xyxy, dtype=torch.float32, device=torch_device),
                        "labels": torch.as_tensor(item.class_ids, dtype=torch.long, device=torch_device)}
                       for item in items]
            group: dict[str, Any] = {"count": len(items), "targets": targets, "alignment": None,
                                     "features": None, "images": None}
            if config.head_only:
                group["features"] = BackboneFeatures.cat([item.inputs for item in items]).to(torch_device)
            else:
                group["images"] = torch.stack([item.inputs for item in items]).to(torch_device)
            if alignment is not None:
                pictures = [item.picture if item.picture is not None else _LazyImage(examples[i].image)
                            for i, item in members]
                crop_targets = alignment.targets(pictures, [item.sha256 for item in items])
                boxes = [fractions_to_pixels(f, *item.fitted) for f, item in zip(crop_targets.fractions, items)]
                group["alignment"] = (crop_targets, boxes)
            groups.append(group)
        return groups

    show_bar = config.show_progress and ctx.is_main
    skipped_total = 0
    global_step = start_epoch * steps_per_epoch
    for epoch in range(start_epoch, config.epochs):
        net.train()
        if sampler is not None:
            sampler.set_epoch(epoch)
            order = list(sampler)
        else:
            order = torch.randperm(len(indices), generator=torch.Generator().manual_seed(config.seed + epoch)).tolist()
        batches = [order[s : s + config.batch_size] for s in range(0, len(order), config.batch_size)]
        sums: dict[str, float] = {}
        counted, skipped = 0, 0
        started = time.perf_counter()
        bar = None
        if show_bar:
            from tqdm.auto import tqdm

            bar = tqdm(total=len(batches), desc=f"epoch {epoch + 1}/{config.epochs}", leave=False, dynamic_ncols=True)
        for step, batch_indices in enumerate(batches):
            groups = build_groups(batch_indices)
            optimizer.zero_grad(set_to_none=True)
            with torch.autocast(device_type=torch_device.type, dtype=autocast_dtype, enabled=use_amp):
                losses = runner(groups, text)
            loss = losses["loss"].float()
            if not _all_finite(loss, ctx):
                skipped += 1
                warnings.warn(
                    f"skipping step {step + 1} of epoch {epoch + 1}: the loss is not finite "
                    f"({ {k: float(v.detach()) for k, v in losses.items()} })",
                    RuntimeWarning,
                    stacklevel=2,
                )
                continue
            scaler.scale(loss).backward()
            scaler.unscale_(optimizer)
            grads_finite = torch.nn.utils.clip_grad_norm_(trainable, config.grad_clip)
            if not _all_finite(grads_finite.detach().reshape(1), ctx):
                skipped += 1
                optimizer.zero_grad(set_to_none=True)
                warnings.warn(f"skipping step {step + 1} of epoch {epoch + 1}: non-finite gradients",
                              RuntimeWarning, stacklevel=2)
                scaler.update()
                continue
            scaler.step(optimizer)
            scaler.update()
            scheduler.step()
            global_step += 1
            values = {k: float(v.detach()) for k, v in losses.items()}
            for k, v in values.items():
                sums[k] = sums.get(k, 0.0) + v
            counted += 1
            if bar is not None:
                bar.set_postfix(loss=f"{values['loss']:.4f}")
                bar.update(1)
            if ctx.is_main:
                _emit(progress, {"event": "step", "epoch": epoch + 1, "epochs": config.epochs, "step": step + 1,
                                 "steps": len(batches), "global_step": global_step,
                                 "lr": optimizer.param_groups[0]["lr"], **values})
        if bar is not None:
            bar.close()
        record = _epoch_record(epoch, sums, counted, skipped, time.perf_counter() - started, ctx, features, alignment)
        skipped_total += skipped
        history.append(record)
        net.eval()
        detector.is_trained = True
        detector.weights_changed()
        last_epoch = epoch + 1 == config.epochs
        if ctx.is_main:
            _append_metrics(out_dir, record)
            if last_epoch or (epoch + 1) % max(1, config.save_every) == 0:
                _save(detector, out_dir, vocab, record, parent_version, optimizer, scheduler, epoch + 1, history, config)
            if show_bar:
                parts = "  ".join(f"{k} {v:.4f}" for k, v in record.items() if k.startswith("loss"))
                print(f"epoch {epoch + 1}/{config.epochs}  {parts}", flush=True)
            _emit(progress, {"event": "epoch", **record})
        if ctx.enabled:
            dist.barrier()

    net.eval()
    net.set_trainable_backbone(was_trainable)  # the returned detector is for inference again
    detector.is_trained = True
    detector.weights_changed()
    if start_epoch >= config.epochs and ctx.is_main and not (out_dir / "config.json").is_file():
        _save(detector, out_dir, vocab, history[-1] if history else {}, parent_version, optimizer, scheduler,
              start_epoch, history, config)
    return TrainResult(out_dir if ctx.is_main else None, history, detector, parent_version, skipped_total)


class _LazyImage:
    """A picture loaded only if the teacher cache misses (head-only epochs skip decoding)."""

    def __init__(self, source: Any) -> None:
        self.source = source
        self._image: Image.Image | None = None

    def convert(self, mode: str) -> Image.Image:
        from gridclip.images import load_rgb

        if self._image is None:
            self._image = load_rgb(self.source)
        return self._image.convert(mode)


def _epoch_record(epoch, sums, counted, skipped, seconds, ctx, features, alignment) -> dict[str, Any]:
    record: dict[str, Any] = {"epoch": epoch + 1}
    # The same names on every rank (even one whose steps were all skipped) for the all-reduce.
    names = ["loss", "loss_cls", "loss_box", "loss_ctr"] + (["loss_align"] if alignment is not None else [])
    values = torch.tensor([sums.get(k, 0.0) for k in names] + [float(counted), float(skipped)], dtype=torch.float64)
    if ctx.enabled:
        # Average over the ranks' steps so every rank (and the metrics file) sees the same numbers.
        # Ranks with no finite step still join the reduction with zeros.
        dist.all_reduce(values)
    total_steps = values[-2].item()
    for k, v in zip(names, values[:-2].tolist()):
        record[k] = v / total_steps if total_steps else float("nan")
    record["steps"] = int(total_steps)
    record["skipped_steps"] = int(values[-1].item())
    record["seconds"] = round(seconds, 3)
    if features.max_items > 0:
        record["feature_cache_hits"] = features.hits
    if alignment is not None:
        record["teacher_cache_hits"] = alignment.cache.hits
    return record


def _append_metrics(out_dir: Path, record: dict[str, Any]) -> None:
    out_dir.mkdir(parents=True, exist_ok=True)
    with open(out_dir / METRICS_FILE, "a", encoding="utf-8") as fh:
        # Strict JSON: a NaN (an epoch whose steps were all skipped) is written as null.
        clean = {k: (None if isinstance(v, float) and not math.isfinite(v) else v) for k, v in record.items()}
        fh.write(json.dumps(clean) + "\n")


def _save(detector, out_dir: Path, vocab: Vocabulary, record, parent_version, optimizer, scheduler, epoch, history,
          config: TrainConfig) -> None:
    metrics = {k: v for k, v in record.items() if isinstance(v, (int, float)) and not isinstance(v, bool)}
    metrics = {k: (None if isinstance(v, float) and not math.isfinite(v) else v) for k, v in metrics.items()}
    # Named after its folder: the source's name ("open_clip:RN50/openai") would hide that it was trained.
    detector.save(out_dir, vocabulary=vocab, metrics=metrics, parent_version=parent_version,
                  name=out_dir.resolve().name or "trained")
    state = {
        "epoch": epoch,
        "optimizer": optimizer.state_dict(),
        "scheduler": scheduler.state_dict(),
        "metrics": history,
        "parent_version": parent_version,
        "config": config.to_dict(),
    }
    tmp = out_dir / (STATE_FILE + ".tmp")
    torch.save(state, tmp)
    os.replace(tmp, out_dir / STATE_FILE)
