"""What a training run is told (``TrainConfig``) and what it returns (``TrainResult``)."""

from __future__ import annotations

import math
from collections.abc import Callable
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any, Literal, get_args

from gridclip.training.alignment import AlignmentConfig, AlignmentLoss, AlignmentMode, AlignmentPooling

METRICS_FILE = "metrics.jsonl"
STATE_FILE = "training_state.pt"
ProgressCallback = Callable[[dict[str, Any]], None]
TrainScope = Literal["all", "classification", "classes"]
TRAIN_SCOPES: tuple[str, ...] = get_args(TrainScope)


FRESH_HEAD_LR = 1e-3
# A trained detector sits at the end of a cosine schedule; restarting it faster than it ended
# costs AP whatever the data. Measured on the demo (benchmarks/RESULTS.md, "Fine-tune defaults"):
# one epoch (150 steps) on its own build data loses 0.7 base / 2.0 novel AP50 at 5.5e-4, ~nothing at 1e-5;
# 20 accepted pictures, 100 steps: -3.0 / -2.4 at 1e-4, +1.3 / +0.4 at 1e-5 (384-px pictures with
# 4-10 objects: -1.6 / -1.8 at 1e-4, +0.9 / +0.8 at 3e-5, +2.4 / +1.8 at 1e-5 over 3 seeds).
FINE_TUNE_LR = 1e-5


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
    # "l1" (GridCLIP), "cosine" (CLIPSelf) or "centred" (1 − cos, batch means taken away)
    alignment_loss: AlignmentLoss = "l1"
    # "grid" (1x1, 2x2, 3x3), "random" (CLIPSelf m x n) or "proposals" (the detector's own
    # class-agnostic boxes, cut from the input: needs head_only=False)
    alignment_mode: AlignmentMode = "grid"
    # "roi_align": the head's grid embeddings, RoIAlign 1x1 (GridCLIP). "attention": the CLIP
    # tower's own C5 map, RoIAlign to the attention pool's grid, then its attention pool
    # (ResNet CLIPs, backbone trained: head_only=False).
    alignment_pooling: AlignmentPooling = "roi_align"
    amp: bool = True  # bf16 autocast on CUDA GPUs with bf16 (see amp_dtype)
    seed: int = 0
    device: str | None = None
    resume: Path | None = None  # a training out_dir to continue
    save_every: int = 1  # epochs between checkpoints (the last epoch is always saved)
    teacher_cache_dir: Path | None = None  # None: <GRIDCLIP_CACHE_DIR or user cache>/teacher
    feature_cache_items: int = 2048  # head_only: backbone features kept in memory
    # Learnable class embeddings (gridclip.training.class_embeddings), started from what the
    # detector scores each class by and pulled back towards it with weight class_pull; they
    # learn at class_lr and travel in the checkpoint keyed by class name.
    adapt_classes: bool = False
    class_pull: float = 1.0
    class_lr: float = 5e-3
    # Classes of the training vocabulary that are new to the model (their text is silent on
    # their boxes: gridclip.training.new_classes). With adapt_classes only these learn, each
    # started from the prototype of its boxes in the head's own grid; the others keep what they
    # are scored by today (their text is the prior). Empty: every class adapts from its text.
    new_classes: tuple[str, ...] = ()
    # What moves besides the CLIP tower's choice (head_only): "all" the FPN and head; "classification"
    # the classification tower and its embedding only, so the boxes and centerness (the parent's
    # notion of an object) stay the parent's; "classes" the learnable class embeddings alone (needs
    # adapt_classes and head_only): the detector stays exactly its parent, so every class this run
    # does not adapt keeps the parent's scores and boxes exactly (no distillation, no alignment).
    train_scope: TrainScope = "all"
    # Keep the parent's FPN and head, frozen, beside the one this run trains (needs head_only and
    # new_classes): the saved detector scores every class that is not one of new_classes with the
    # parent's own FPN and head, exactly as the parent did, and only the new classes with the trained
    # one, both on the same frozen CLIP tower (its trunk runs once). Costs a second FPN and head per
    # picture when a vocabulary holds classes of both kinds.
    keep_parent_head: bool = False
    # After the last epoch, this many steps of gridclip.training.crop_classes.fit_crop_classes
    # (needs new_classes; 0: off): a copy of the crop tower and one row per new class, trained on
    # the accepted boxes' crops, so that predict re-reads the new classes' boxes on their crops
    # (gridclip.inference.crop_classes), where the stride-32 grid cannot tell unseen kinds apart.
    crop_steps: int = 0
    # Distillation from the parent on the training pictures (gridclip.training.distillation):
    # the parent's training classes this run does not train keep the parent's scores, with
    # this weight (0: off).
    distill_weight: float = 0.0
    # "kl": Bernoulli KL of the kept classes' scores; "cosine": squared difference of their cosines.
    distill_loss: str = "kl"
    show_progress: bool = True
    # Tag-only pictures (``TagExample``): a tag batch follows every detection batch (DetCLIPv2's
    # alternation), at a reduced resolution (``tag_image_scale`` of the long side: a quarter of
    # the pixels at 0.5), trained by the word-region loss with this weight and temperature. The
    # weight was measured (benchmarks/RESULTS.md, "Tags"): with 300 tag-only
    # pictures, 1.0 cost 4.0 base / 1.2 novel AP50 against no tags, 0.25 gave +0.1 / +0.9.
    tag_batch_size: int = 8
    tag_image_scale: float = 0.5
    tag_weight: float = 0.25
    tag_temperature: float = 0.07
    # Regions are the cells of the finest tag_region_levels FPN levels (None: all five); a
    # coarse cell covering the whole picture matches every tag and localises nothing.
    tag_region_levels: int | None = None

    def __post_init__(self) -> None:
        if self.epochs < 1:
            raise ValueError(f"epochs must be ≥ 1, got {self.epochs}")
        if self.batch_size < 1:
            raise ValueError(f"batch_size must be ≥ 1, got {self.batch_size}")
        if self.lr is not None and not (self.lr > 0 and math.isfinite(self.lr)):
            raise ValueError(f"lr must be a positive number, got {self.lr}")
        self.new_classes = tuple(str(name) for name in self.new_classes)
        if self.distill_loss not in ("kl", "cosine"):
            raise ValueError(f"distill_loss must be 'kl' or 'cosine', got {self.distill_loss!r}")
        if not (self.distill_weight >= 0 and math.isfinite(self.distill_weight)):
            raise ValueError(f"distill_weight must be ≥ 0, got {self.distill_weight}")
        if self.class_pull < 0 or not (self.class_lr > 0 and math.isfinite(self.class_lr)):
            raise ValueError(f"class_pull must be ≥ 0 and class_lr positive, got {self.class_pull}, {self.class_lr}")
        if self.train_scope not in TRAIN_SCOPES:
            raise ValueError(f"train_scope must be one of {', '.join(TRAIN_SCOPES)}, got {self.train_scope!r}")
        if self.train_scope == "classes" and not (self.adapt_classes and self.head_only):
            raise ValueError("train_scope='classes' trains the class embeddings alone: it needs adapt_classes=True "
                             "and head_only=True")
        if self.keep_parent_head and not (self.head_only and self.new_classes):
            raise ValueError("keep_parent_head shares the parent's frozen CLIP tower between the parent's head and "
                             "the new one: it needs head_only=True and the run's new_classes")
        if self.crop_steps < 0:
            raise ValueError(f"crop_steps must be ≥ 0, got {self.crop_steps}")
        if self.alignment_weight < 0:
            raise ValueError(f"alignment_weight must be ≥ 0, got {self.alignment_weight}")
        if self.tag_batch_size < 2:
            # One picture per batch has no other tag sets to contrast with: its loss is zero.
            raise ValueError(f"tag_batch_size must be ≥ 2, got {self.tag_batch_size}")
        if not 0 < self.tag_image_scale <= 1:
            raise ValueError(f"tag_image_scale must be in (0, 1], got {self.tag_image_scale}")
        if self.tag_region_levels is not None and not 1 <= self.tag_region_levels <= 5:
            raise ValueError(f"tag_region_levels must be 1-5 (P3 up to P7) or None, got {self.tag_region_levels}")
        if self.tag_weight < 0 or not self.tag_temperature > 0:
            raise ValueError(f"tag_weight must be ≥ 0 and tag_temperature > 0, got {self.tag_weight}, "
                             f"{self.tag_temperature}")
        if self.resume is not None:
            self.resume = Path(self.resume)
        # Fail now rather than at the first step.
        self.alignment_config()
        if self.image_level_alignment and self.alignment_mode == "proposals" and self.head_only:
            raise ValueError("alignment_mode='proposals' cuts each step's proposals from the pictures, which "
                             "head_only's cached features do not keep; use head_only=False")
        if self.image_level_alignment and self.alignment_pooling == "attention" and self.head_only:
            raise ValueError("alignment_pooling='attention' distils into the CLIP tower itself, which head_only freezes; "
                             "use head_only=False or alignment_pooling='roi_align'")

    def alignment_config(self) -> AlignmentConfig:
        return AlignmentConfig(enabled=self.image_level_alignment, weight=self.alignment_weight,
                               loss=self.alignment_loss, mode=self.alignment_mode, pooling=self.alignment_pooling)

    def to_dict(self) -> dict[str, Any]:
        return {k: (str(v) if isinstance(v, Path) else v) for k, v in asdict(self).items()}


@dataclass
class TrainResult:
    """``checkpoint_dir`` (None on ranks > 0), per-epoch ``metrics``, the trained ``detector``;
    ``config``: the settings that ran (``TrainConfig.to_dict``, the learning rate filled in);
    ``held_out``: a fine-tune's AP on its held-out pictures before and after
    (``gridclip.training.fine_tune``), None without them."""

    checkpoint_dir: Path | None
    metrics: list[dict[str, Any]]
    detector: Any
    parent_version: str | None = None
    skipped_steps: int = 0
    config: dict[str, Any] | None = None
    held_out: dict[str, Any] | None = None
