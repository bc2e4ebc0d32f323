"""CLIPSelf on its own: a world CLIP's dense map taught by its own image embedding of crops.

A CLIP trained on whole pictures and captions classifies a crop well by its image embedding,
and the same region poorly when it is pooled from the dense map the detector reads (for a ViT,
the patch tokens through the last block without attention). CLIPSelf (Wu et al., 2024) closes
that gap without region–text pairs: a frozen copy of the CLIP (the teacher) embeds each cell
of a random m × n grid over a picture, and the student's dense map, pooled inside the same
cell, is pulled towards it (1 − cos). Only the image tower learns; the text tower and the
teacher stay as they were.

``self_distill`` runs that recipe on the world's scenes; ``dense_box_accuracy`` and
``crop_accuracy`` are the paper's two measurements (48-way top-1 of ground-truth boxes by the
pooled dense map, and of whole single-object crops by the image embedding), on held-out
scenes, against the same class texts.

>>> from gridclip.world.clip_pretrain import create_world_clip
>>> clip = create_world_clip("tiny-vit")
>>> result = self_distill(clip, SelfDistillConfig(steps=2, scenes_per_step=2, n_scenes=4, sizes=(128,)))
>>> len(result.losses), result.losses[0] > 0
(2, True)
"""

from __future__ import annotations

import copy
import time
from collections.abc import Callable, Sequence
from dataclasses import asdict, dataclass, field
from typing import TYPE_CHECKING

import numpy as np
import torch
import torch.nn.functional as F

from gridclip.world.clip_pretrain import (
    _accuracy_report,
    _dense_scene_stream,
    _zero_shot_crops,
    clip_adamw,
    clip_input_size,
    distillation_crops,
    pool_regions,
    self_distillation_loss,
    set_warmup_cosine_lr,
    teacher_crop_embeddings,
    to_tensor,
    world_class_text,
)
from gridclip.world.synthetic import Scene, draw_scenes

if TYPE_CHECKING:
    from open_clip.model import CLIP, CustomTextCLIP

    from gridclip.training.alignment import AlignmentLoss

#: held-out world seed of both measurements (training scenes come from seed 0)
HELD_OUT_WORLD_SEED = 10_000


@dataclass(frozen=True)
class SelfDistillConfig:
    """How CLIPSelf runs: ``steps`` steps of ``scenes_per_step`` whole scenes, each fed at one
    of ``sizes`` (multi-scale, as the detector's inputs), each cut into a random m × n grid with
    1 ≤ m, n ≤ ``max_side``; AdamW at peak ``lr`` with warm-up and cosine decay."""

    steps: int = 600
    scenes_per_step: int = 8
    sizes: tuple[int, ...] = (192, 256)
    lr: float = 2e-4
    weight_decay: float = 0.05
    warmup_steps: int = 30
    max_side: int = 3
    #: ``"cosine"``: the paper's 1 − cos; ``"centred"``: 1 − cos of each crop's difference from the
    #: step's mean crop (on both sides), so the part all crops share cannot carry the loss
    loss: AlignmentLoss = "cosine"
    #: RoIAlign points per crop: -1 averages every cell the crop covers (the paper's), 2 takes 2 × 2
    #: points (the detector's exemplar pooling); few points ask a few tokens to stand for a whole cell
    sampling_ratio: int = -1
    #: training scenes ``0 … n_scenes-1`` of world seed ``world_seed`` (the CLIP's own pictures)
    n_scenes: int = 1500
    world_seed: int = 0
    seed: int = 0

    def __post_init__(self) -> None:
        if self.steps < 1 or self.scenes_per_step < 1 or self.max_side < 1:
            raise ValueError("steps, scenes_per_step and max_side must be ≥ 1")
        if not self.sizes or min(self.sizes) < 32:
            raise ValueError("sizes must be non-empty, each ≥ 32 px")
        if self.loss not in ("cosine", "centred"):
            raise ValueError(f"loss must be 'cosine' or 'centred', not {self.loss!r}")
        if self.sampling_ratio != -1 and self.sampling_ratio < 1:
            raise ValueError("sampling_ratio must be -1 (adaptive) or ≥ 1")


@dataclass
class SelfDistillResult:
    model: CLIP | CustomTextCLIP
    config: SelfDistillConfig
    losses: list[float] = field(default_factory=list)
    seconds: float = 0.0

    def record(self) -> dict:
        """What a build report keeps: the settings, the loss at the start and end, the time."""
        head, tail = self.losses[:20], self.losses[-20:]
        return {"config": asdict(self.config), "steps": len(self.losses), "seconds": round(self.seconds, 1),
                "loss_first": float(np.mean(head)), "loss_last": float(np.mean(tail))}


def self_distill(
    model: CLIP | CustomTextCLIP,
    config: SelfDistillConfig = SelfDistillConfig(),
    progress: Callable[[dict], None] | None = None,
    scenes: Sequence[Scene] | None = None,
) -> SelfDistillResult:
    """CLIPSelf on ``model`` in place (its image tower; the teacher is a frozen copy taken now).

    ``progress`` gets ``{"step", "steps", "loss", "seconds"}`` after each step. Returns the
    model in eval mode with the per-step losses.
    """
    from gridclip.model.backbone import build_backbone

    start = time.perf_counter()
    torch.manual_seed(config.seed)
    teacher = copy.deepcopy(model).eval()
    for p in teacher.parameters():
        p.requires_grad_(False)
    flags = [p.requires_grad for p in model.parameters()]
    for p in model.parameters():
        p.requires_grad_(False)
    student = build_backbone(model.visual, trainable=True)  # shares the CLIP's image tower
    student.train()
    image_size = clip_input_size(model)
    if scenes is None:
        scenes = list(draw_scenes(config.world_seed, config.n_scenes))
    rng = np.random.default_rng([config.seed, 23])
    stream = _dense_scene_stream(scenes, config.scenes_per_step, np.random.default_rng([config.seed, 29]))
    params = list(model.visual.parameters())
    decay = [p for p in params if p.ndim >= 2]
    no_decay = [p for p in params if p.ndim < 2]
    optimizer = clip_adamw(decay, no_decay, config.lr, config.weight_decay)
    result = SelfDistillResult(model=model, config=config)
    for step in range(config.steps):
        set_warmup_cosine_lr(optimizer, config.lr, step, config.steps, config.warmup_steps)
        batch = next(stream)
        size = int(config.sizes[int(rng.integers(len(config.sizes)))])
        dense = student(to_tensor([s.image for s in batch], size)).dense
        fractions = [distillation_crops(s, rng, config.max_side) for s in batch]
        targets = [teacher_crop_embeddings(teacher, s, f, image_size) for s, f in zip(batch, fractions)]
        loss = self_distillation_loss(dense, fractions, targets, size, student.dense_stride, config.loss,
                                      config.sampling_ratio)
        optimizer.zero_grad(set_to_none=True)
        loss.backward()
        optimizer.step()
        result.losses.append(float(loss.detach()))
        if progress is not None:
            progress({"step": step + 1, "steps": config.steps, "loss": result.losses[-1],
                      "seconds": time.perf_counter() - start})
    for p, flag in zip(model.parameters(), flags):
        p.requires_grad_(flag)
    model.eval()
    result.seconds = time.perf_counter() - start
    return result


@torch.no_grad()
def crop_accuracy(model: CLIP | CustomTextCLIP, arch: str, n_scenes: int = 150,
                  world_seed: int = HELD_OUT_WORLD_SEED) -> dict[str, float]:
    """48-way top-1 of every object's square crop (its image embedding) in held-out scenes."""
    predicted, labels, _ = _zero_shot_crops(model, arch, world_seed, n_scenes)
    return _accuracy_report(predicted, labels)


@torch.no_grad()
def dense_box_accuracy(model: CLIP | CustomTextCLIP, arch: str, input_size: int, n_scenes: int = 150,
                       world_seed: int = HELD_OUT_WORLD_SEED, sampling_ratio: int = -1) -> dict[str, float]:
    """48-way top-1 of every ground-truth box by RoIAlign 1×1 of the dense map (``pool_regions``,
    by default the mean over the box), the scenes of ``crop_accuracy`` fed whole at
    ``input_size`` (the detector's backbone path, no head)."""
    from gridclip.model.backbone import build_backbone

    model.eval()
    text = world_class_text(model, arch)
    backbone = build_backbone(model.visual).eval()
    predicted: list[int] = []
    labels: list[int] = []
    grid_side = 0
    scenes = [s for s in draw_scenes(world_seed, n_scenes) if s.objects]
    for i in range(0, len(scenes), 16):
        batch = scenes[i : i + 16]
        dense = backbone(to_tensor([s.image for s in batch], input_size)).dense.float()
        grid_side = max(dense.shape[-2:])
        boxes = [torch.tensor([o.xyxy for o in s.objects], dtype=torch.float32) * (input_size / s.image.size[0])
                 for s in batch]
        regions = F.normalize(pool_regions(dense, boxes, backbone.dense_stride, sampling_ratio), dim=-1)
        predicted.extend((regions @ text.T).argmax(-1).tolist())
        labels.extend(o.class_id for s in batch for o in s.objects)
    return _accuracy_report(np.asarray(predicted), np.asarray(labels)) | {"input_size": input_size, "grid_side": int(grid_side)}


@torch.no_grad()
def crop_agreement(model: CLIP | CustomTextCLIP, reference: CLIP | CustomTextCLIP, scenes: Sequence[Scene],
                   input_size: int, max_side: int = 3, seed: int = 0, sampling_ratio: int = -1) -> float:
    """Mean cosine between ``model``'s dense map pooled in random grid cells and ``reference``'s
    image embedding of the same cells cut out: what CLIPSelf optimises, on any scenes."""
    from gridclip.model.backbone import build_backbone

    backbone = build_backbone(model.visual).eval()
    image_size = clip_input_size(reference)
    rng = np.random.default_rng(seed)
    fractions = [distillation_crops(s, rng, max_side) for s in scenes]
    targets = torch.cat([teacher_crop_embeddings(reference, s, f, image_size) for s, f in zip(scenes, fractions)])
    dense = backbone(to_tensor([s.image for s in scenes], input_size)).dense
    boxes = [torch.from_numpy(f).float() * input_size for f in fractions]
    pooled = F.normalize(pool_regions(dense, boxes, backbone.dense_stride, sampling_ratio), dim=-1)
    return float((pooled * targets).sum(-1).mean())
