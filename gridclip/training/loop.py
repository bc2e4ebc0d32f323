"""Training GridCLIP: grid-level alignment (focal, GIoU, centerness) plus image-level alignment.

The public call (used by the CLI, the app, the Label Studio backend and the quality report)::

    from gridclip.training import TrainConfig, TrainingExample, train
    examples = [TrainingExample("a.png", xyxy=np.array([[10, 10, 50, 60]]), class_ids=np.array([0]))]
    result = train("open_clip:tiny-rn", examples, Vocabulary.parse("square, circle"),
                   TrainConfig(epochs=20), out_dir=Path("ck"))
    result.checkpoint_dir, result.metrics[-1]["loss"], result.detector.predict(["a.png"], vocab)

The loop is composed of the package's parts: ``config`` (what a run is told), ``data`` and
``batches`` (pictures in, same-size groups out), ``step`` (the forward and its losses),
``schedule`` (optimiser, learning rate, epoch order), ``distributed`` (torchrun) and
``state`` (what each epoch leaves on disk). What it does, and why:

- AdamW; a cosine learning-rate decay; gradients clipped; AMP in bf16 on CUDA GPUs that have
  it (``amp_dtype``); elsewhere fp32 (fp16 with a GradScaler lost up to 14 of 24 steps to
  overflow and ended far from fp32: benchmarks/RESULTS.md, Speed, CUDA).
- ``head_only=True`` freezes the CLIP image tower and keeps its features per image in memory,
  keyed by (image sha256, backbone fingerprint, input size): every epoch after the first runs
  only the FPN and head, so CPU fine-tuning on a few hundred boxes takes minutes.
- On a CPU the step never builds the D-channel grid maps (``TrainingStep(factorised=True)``):
  the grid is scored in the towers' channels and image-level alignment rebuilds embeddings only
  at the cells its crops sample; same losses and gradients up to float rounding
  (tests/gridclip/training/test_factorised.py), about 55 % of the CPU time of a cached head-only RN50 epoch
  at 512 px (20 synthetic pictures, one thread: 8.7-9.9 s against 16.3-17.2 s).
- Tag-only pictures (``TagExample``: the classes a picture shows, no boxes) are DetCLIPv2's
  image-text pairs: after every detection batch comes a tag batch (``TagStream``), its
  pictures at ``tag_image_scale`` of the long side, trained by the word-region loss
  (``gridclip.training.word_region``). An epoch is still one pass over the detection
  pictures (or over the tag pictures when there are no others); without tag pictures a run is
  exactly what it was before tags existed. With them, detection batches score only the
  classes that have a box somewhere: a class known from tags only was never boxed where it
  appears, and the focal loss would teach that it is absent there.
- Image-level alignment (``gridclip.training.alignment``) distils a frozen copy of the CLIP
  image tower into the grid embeddings, its crop embeddings cached per (image, CLIP) in memory
  and on disk.
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
import functools
import os
import random
import time
import warnings
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import numpy as np
import torch
import torch.distributed as dist
from torch import nn

from gridclip.model.network import INPUT_MULTIPLE, GridCLIP
from gridclip.training.alignment import CLIPTeacher, ImageLevelAlignment, TeacherEmbeddingCache
from gridclip.training.batches import BatchBuilder, TagBatches
from gridclip.training.class_embeddings import AdaptiveClassEmbeddings
from gridclip.training.config import ProgressCallback, TrainConfig, TrainResult
from gridclip.training.data import DataError, TagExample, TrainingExample, TrainingImages, check_training_data
from gridclip.training.distillation import ParentScores, kept_classes
from gridclip.training.distributed import DistContext, all_finite, device_for, init_distributed
from gridclip.training.schedule import EpochOrder, TagStream, cosine_schedule, make_optimizer, with_learning_rate
from gridclip.training.state import append_metrics, epoch_record, read_state, save_run
from gridclip.training.step import TrainingStep, amp_dtype
from gridclip.vocabulary import Vocabulary

__all__ = ["TagExample", "TrainConfig", "TrainingExample", "TrainResult", "train"]


def train(
    model: Any,
    examples: Sequence[TrainingExample | TagExample],
    vocabulary: Vocabulary,
    config: TrainConfig | None = None,
    out_dir: str | Path = "checkpoints/run",
    progress: ProgressCallback | None = None,
) -> TrainResult:
    """Train ``model`` (a ``Detector`` or a model source string) on ``examples``: pictures
    with boxes (``TrainingExample``) and tag-only pictures (``TagExample``), in any mix.

    Returns the trained detector (``is_trained=True``), the per-epoch metrics and, on rank 0,
    the checkpoint folder ``out_dir``. ``progress`` receives dicts with ``event`` = ``"step"``
    (``loss`` and its parts, ``epoch``, ``step``, ``steps``) or ``"epoch"`` (the epoch's metrics).
    """
    config = config or TrainConfig()
    out_dir = Path(out_dir)
    vocab = vocabulary if isinstance(vocabulary, Vocabulary) else Vocabulary.parse(str(vocabulary))
    examples, tag_examples = _validate(examples, vocab)
    ctx = init_distributed(config.device)
    try:
        run = _Run.start(model, examples, tag_examples, vocab, config, out_dir, progress, ctx)
        for epoch in range(run.start_epoch, run.config.epochs):
            run.epoch(epoch)
        return run.finish()
    finally:
        if ctx.owns_group and dist.is_initialized():
            dist.destroy_process_group()


@dataclass
class _Run:
    """Everything one training run holds between epochs."""

    detector: Any
    examples: Sequence[TrainingExample]
    vocab: Vocabulary
    config: TrainConfig
    out_dir: Path
    progress: ProgressCallback | None
    ctx: DistContext
    parent_version: str | None
    was_trainable: bool
    head_grads: dict[str, bool]
    # What the parent was taught: the saved model was taught this run's classes and these (its
    # background floor and the next fine-tune's distillation read them).
    parent_vocabulary: Vocabulary | None
    text: torch.Tensor
    alignment: ImageLevelAlignment | None
    images: TrainingImages
    build_groups: BatchBuilder
    tags: TagBatches | None  # None: no tag-only pictures
    runner: nn.Module
    trainable: list[nn.Parameter]
    optimizer: torch.optim.Optimizer
    scheduler: torch.optim.lr_scheduler.LambdaLR
    order: EpochOrder | None  # None: no pictures with boxes, the epochs are passes over the tags
    start_epoch: int = 0
    history: list[dict[str, Any]] = field(default_factory=list)
    skipped_total: int = 0
    global_step: int = 0

    @classmethod
    def start(cls, model: Any, examples: Sequence[TrainingExample], tag_examples: Sequence[TagExample],
              vocab: Vocabulary, config: TrainConfig, out_dir: Path, progress: ProgressCallback | None,
              ctx: DistContext) -> _Run:
        _seed_everything(config.seed)
        device = device_for(config, ctx)
        state: dict[str, Any] | None = None
        if config.resume is not None:
            state = read_state(config.resume)
            detector = _load_source(str(config.resume), config, device)
            parent_version = state.get("parent_version")
        else:
            detector = _load_source(model, config, device)
            parent_version = detector.version
        config = with_learning_rate(config, detector.is_trained, state)
        torch_device = detector.device
        net = detector.model
        was_trainable = net.backbone.trainable
        net.set_trainable_backbone(not config.head_only)
        if config.keep_parent_head:
            # Before the first step: the kept head is the parent's (a resumed run's already is),
            # and the head that learns the new classes starts from the detector's new-class
            # start where it carries one (its broad head; distillation then keeps that head's own)
            # unless the run's scope keeps parts of the parent's head as they are.
            detector.keep_parent_head(config.new_classes)
            if config.train_scope == "all":
                detector.start_new_classes()
        elif detector.kept_head is not None:
            _follow_kept_head(detector, vocab, config)
        head_grads = {name: p.requires_grad for name, p in net.named_parameters()}
        _limit_to_scope(net, config.train_scope)

        # What each class is scored by today: its text (frozen tower, cached by the detector), or
        # what an earlier fine-tune adapted it to. Adapting classes start from these rows.
        text = detector.class_embeddings(vocab).detach().clone().float().to(torch_device)
        alignment = _image_level_alignment(detector, config, ctx)
        fingerprint = _module_fingerprint(net.backbone, {"clip": detector.clip_spec}) if config.head_only else ""
        images = _fitted_images(examples, detector, config, fingerprint, detector.config.image_size)
        tags = None
        if tag_examples:
            tag_images = _fitted_images(tag_examples, detector, config, fingerprint, _tag_image_size(detector, config))
            tags = TagBatches(tag_images, tag_examples, torch_device, config.head_only,
                              TagStream(len(tag_examples), config.tag_batch_size, config.seed, ctx))
        classes = _class_embeddings(detector, examples, vocab, text, config) if config.adapt_classes else None
        parent = _parent_scores(detector, vocab, config, factorised=torch_device.type == "cpu")
        step_module = TrainingStep(net, alignment, factorised=torch_device.type == "cpu", classes=classes,
                                   tag_weight=config.tag_weight, tag_temperature=config.tag_temperature,
                                   tag_levels=config.tag_region_levels,
                                   box_classes=_box_classes(examples, vocab) if tag_examples else None,
                                   parent=parent)
        optimizer, trainable = make_optimizer(net, config, classes)
        order = EpochOrder(len(examples), config.batch_size, config.seed, ctx) if examples else None
        scheduler = cosine_schedule(optimizer, len(_epoch_plan(order, tags, 0)) * config.epochs)
        run = cls(detector, examples, vocab, config, out_dir, progress, ctx, parent_version, was_trainable, head_grads,
                  detector.vocabulary if detector.is_trained else None, text,
                  alignment, images, BatchBuilder(images, examples, torch_device, config.head_only, alignment), tags,
                  _distributed(step_module, torch_device, ctx), trainable, optimizer, scheduler, order)
        if state is not None:
            run._resume_from(state)
        run.global_step = run.start_epoch * len(_epoch_plan(order, tags, 0))
        return run

    def _resume_from(self, state: dict[str, Any]) -> None:
        self.start_epoch = int(state["epoch"])
        self.history = list(state.get("metrics", []))
        try:
            self.optimizer.load_state_dict(state["optimizer"])
            self.scheduler.load_state_dict(state["scheduler"])
        except (ValueError, KeyError) as exc:
            warnings.warn(f"optimizer state of {self.config.resume} does not fit ({exc}); starting it afresh",
                          stacklevel=3)
        if self.start_epoch >= self.config.epochs:
            warnings.warn(f"{self.config.resume} already trained {self.start_epoch} epochs "
                          f"(asked for {self.config.epochs})", stacklevel=3)

    @property
    def net(self) -> GridCLIP:
        return self.detector.model

    @property
    def _step_module(self) -> TrainingStep:
        step = self.runner.module if isinstance(self.runner, nn.parallel.DistributedDataParallel) else self.runner
        assert isinstance(step, TrainingStep)
        return step

    @property
    def classes(self) -> AdaptiveClassEmbeddings | None:
        return self._step_module.classes

    def _keep_adapted_classes(self) -> None:
        """Hand the learnt class embeddings to the detector, keyed by class name, so that
        predictions (and the checkpoint saved next) use them."""
        if self.classes is not None:
            with torch.no_grad():
                self.detector.adapt_classes(self.vocab.names, self.classes().detach().cpu())

    def epoch(self, epoch: int) -> None:
        """Train one epoch, then record, save and report it."""
        config, ctx = self.config, self.ctx
        self.net.train()
        batches = _epoch_plan(self.order, self.tags, epoch)
        sums: dict[str, float] = {}
        part_steps: dict[str, int] = {}
        counted, skipped = 0, 0
        started = time.perf_counter()
        bar = None
        if config.show_progress and ctx.is_main:
            from tqdm.auto import tqdm

            bar = tqdm(total=len(batches), desc=f"epoch {epoch + 1}/{config.epochs}", leave=False, dynamic_ncols=True)
        for step, (kind, batch) in enumerate(batches):
            if kind == "detection":
                groups = self.build_groups(batch)
            else:
                assert self.tags is not None  # _epoch_plan plans tag steps only with tag pictures
                groups = self.tags.groups(batch)
            values = self._step(epoch, step, groups)
            if values is None:
                skipped += 1
                continue
            for k, v in values.items():
                sums[k] = sums.get(k, 0.0) + v
                part_steps[k] = part_steps.get(k, 0) + 1
            counted += 1
            if bar is not None:
                bar.set_postfix(loss=f"{values['loss']:.4f}")
                bar.update(1)
            if ctx.is_main:
                _emit(self.progress, {"event": "step", "epoch": epoch + 1, "epochs": config.epochs, "step": step + 1,
                                      "steps": len(batches), "global_step": self.global_step,
                                      "lr": self.optimizer.param_groups[0]["lr"], **values})
        if bar is not None:
            bar.close()
        record = epoch_record(epoch, sums, counted, skipped, time.perf_counter() - started, ctx,
                              self.images.features, self.alignment, self.classes is not None, part_steps,
                              tags=self.tags is not None, distill=self._step_module.parent is not None)
        self.skipped_total += skipped
        self.history.append(record)
        self.net.eval()
        self._keep_adapted_classes()
        self.detector.is_trained = True
        self.detector.weights_changed()
        if ctx.is_main:
            if epoch + 1 == config.epochs:
                record.update(self._fit_crop_classes())  # before the last save: the checkpoint carries them
            append_metrics(self.out_dir, record)
            if epoch + 1 == config.epochs or (epoch + 1) % max(1, config.save_every) == 0:
                self._save(record, epoch + 1)
            if bar is not None:
                parts = "  ".join(f"{k} {v:.4f}" for k, v in record.items() if k.startswith("loss"))
                print(f"epoch {epoch + 1}/{config.epochs}  {parts}", flush=True)
            _emit(self.progress, {"event": "epoch", **record})
        if ctx.enabled:
            dist.barrier()

    def _step(self, epoch: int, step: int, groups: list[dict[str, Any]]) -> dict[str, float] | None:
        """One optimiser step; the loss parts, or None when it was skipped (not finite)."""
        device = self.detector.device
        amp = amp_dtype(device, self.config.amp)
        self.optimizer.zero_grad(set_to_none=True)
        with torch.autocast(device_type=device.type, dtype=amp or torch.float32, enabled=amp is not None):
            losses = self.runner(groups, self.text)
        loss = losses["loss"].float()
        if not all_finite(loss, self.ctx):
            warnings.warn(
                f"skipping step {step + 1} of epoch {epoch + 1}: the loss is not finite "
                f"({ {k: float(v.detach()) for k, v in losses.items()} })",
                RuntimeWarning,
                stacklevel=3,
            )
            return None
        # bf16 has fp32's range, so there is no GradScaler: nothing to scale.
        loss.backward()
        grad_norm = torch.nn.utils.clip_grad_norm_(self.trainable, self.config.grad_clip)
        if not all_finite(grad_norm.detach().reshape(1), self.ctx):
            self.optimizer.zero_grad(set_to_none=True)
            warnings.warn(f"skipping step {step + 1} of epoch {epoch + 1}: non-finite gradients",
                          RuntimeWarning, stacklevel=3)
            return None
        self.optimizer.step()
        self.scheduler.step()
        self.global_step += 1
        return {k: float(v.detach()) for k, v in losses.items()}

    def _fit_crop_classes(self) -> dict[str, float]:
        """With ``crop_steps`` and new classes: the crop tower and rows that read the new classes
        on their crops (``gridclip.training.crop_classes.fit_crop_classes``), kept by the
        detector; what it cost, for the epoch's record."""
        from gridclip.training.crop_classes import CropFitConfig, fit_crop_classes

        if not (self.config.crop_steps and self.config.new_classes):
            return {}
        fit = fit_crop_classes(self.detector, self.examples, self.vocab.names, self.config.new_classes,
                               CropFitConfig(steps=self.config.crop_steps, seed=self.config.seed))
        if fit is None:
            return {}
        self.detector.learn_crop_classes(fit.tower, fit.classes)
        _emit(self.progress, {"event": "crop_classes", "classes": list(fit.classes.names), "boxes": fit.boxes,
                              "seconds": fit.seconds})
        return {"crop_boxes": fit.boxes, "crop_seconds": round(fit.seconds, 2),
                "crop_loss": float(np.mean(fit.losses[-20:])) if fit.losses else 0.0}

    def _save(self, record: dict[str, Any], epoch: int) -> None:
        save_run(self.detector, self.out_dir, self.vocab.extended_by(self.parent_vocabulary), record, self.parent_version, self.optimizer,
                 self.scheduler, epoch, self.history, self.config)

    def finish(self) -> TrainResult:
        """The detector back in inference mode, and what the run produced."""
        self.net.eval()
        for name, parameter in self.net.named_parameters():
            parameter.requires_grad_(self.head_grads[name])
        self.net.set_trainable_backbone(self.was_trainable)
        self.detector.is_trained = True
        self.detector.weights_changed()
        if (self.start_epoch >= self.config.epochs and self.ctx.is_main
                and not (self.out_dir / "config.json").is_file()):
            self._save(self.history[-1] if self.history else {}, self.start_epoch)
        return TrainResult(self.out_dir if self.ctx.is_main else None, self.history, self.detector,
                           self.parent_version, self.skipped_total, config=self.config.to_dict())


def _class_embeddings(detector: Any, examples: Sequence[TrainingExample], vocab: Vocabulary, text: torch.Tensor,
                      config: TrainConfig) -> AdaptiveClassEmbeddings:
    """Learnable class embeddings: every class from what it is scored by today; with
    ``config.new_classes``, only those learn, each started from the prototype of its boxes in
    the detector's own grid (taken whole, as the exemplar blend takes a silent text's)."""
    if not config.new_classes:
        return AdaptiveClassEmbeddings(text, config.class_pull).to(text.device)
    from gridclip.inference.exemplars import blend_text
    from gridclip.training.exemplars import class_prototypes

    new = {name.casefold() for name in config.new_classes}
    learns = torch.tensor([name.casefold() in new for name in vocab.names], dtype=torch.bool)
    prototypes = class_prototypes(detector, [ex for ex in examples if len(ex)], vocab, cache_dir=None)
    start = blend_text(text, vocab, prototypes, detector.exemplar_blend_k, whole=config.new_classes)
    return AdaptiveClassEmbeddings(start, config.class_pull, learns).to(text.device)


def _follow_kept_head(detector: Any, vocab: Vocabulary, config: TrainConfig) -> None:
    """A run without ``keep_parent_head`` on a detector that keeps a parent head: the classes it
    trains must be scored by the head it trains, or their training would not show. With the
    tower frozen they join the new head's classes; a run that moves the tower moves the kept
    head's input too, so the kept head (no longer the parent's) is dropped."""
    if config.head_only:
        detector.keep_parent_head(vocab.names)
        return
    warnings.warn("this run trains the CLIP tower, which the kept parent head shares: the trained head now "
                  "scores every class (train with head_only=True to keep the parent's head)", stacklevel=4)
    detector.kept_head = None
    detector.weights_changed()


#: The parameters of ``train_scope="classification"``: the classification tower and its embedding.
CLASSIFICATION_PARTS = ("cls_tower.", "cls_embed.")


def _limit_to_scope(net: nn.Module, scope: str) -> None:
    """Freeze what ``TrainConfig.train_scope`` keeps: nothing ("all"), everything but the
    classification branch ("classification"), the whole detector ("classes")."""
    if scope == "all":
        return
    for name, parameter in net.named_parameters():
        if scope == "classes" or not name.startswith(CLASSIFICATION_PARTS):
            parameter.requires_grad_(False)


def _parent_scores(detector: Any, vocab: Vocabulary, config: TrainConfig, factorised: bool) -> ParentScores | None:
    """The frozen parent and the classes of its training vocabulary this run does not train
    (``gridclip.training.distillation``), or None (distillation off, or nothing to keep)."""
    if config.distill_weight <= 0 or not detector.is_trained or config.train_scope == "classes":
        return None
    kept = kept_classes(detector.vocabulary, vocab)
    if not kept:
        return None
    parent_vocab = Vocabulary.from_classes(
        [c.name for c in detector.vocabulary.classes if c.name in kept],
        [list(c.synonyms) for c in detector.vocabulary.classes if c.name in kept])
    text = detector.class_embeddings(parent_vocab).detach().float()
    return ParentScores(detector.model, text, kept, config.distill_weight, factorised,
                        config.distill_loss).to(detector.device)


def _image_level_alignment(detector: Any, config: TrainConfig, ctx: DistContext) -> ImageLevelAlignment | None:
    """Image-level alignment with a frozen copy of the CLIP image tower as the teacher, or None
    when the config turns it off."""
    align_cfg = config.alignment_config()
    if not (align_cfg.enabled and align_cfg.weight > 0) or config.train_scope == "classes":
        return None
    net = detector.model
    visual = copy.deepcopy(detector.clip.visual).to(detector.device)
    fingerprint = _module_fingerprint(visual, {"clip": detector.clip_spec})
    teacher = CLIPTeacher.from_open_clip(visual, fingerprint, device=detector.device)
    cache_dir = config.teacher_cache_dir or _default_teacher_cache_dir()
    attention_pool = None
    if align_cfg.pooling == "attention":
        attention_pool = getattr(net.backbone.visual, "attnpool", None)
        if attention_pool is None:
            raise ValueError("alignment_pooling='attention' needs a ResNet CLIP (its attention pool); "
                             "use alignment_pooling='roi_align' for ViTs")
    return ImageLevelAlignment(teacher, align_cfg, TeacherEmbeddingCache(cache_dir),
                               attention_pool=attention_pool, seed=config.seed + ctx.rank)


def _distributed(step_module: TrainingStep, device: torch.device, ctx: DistContext) -> nn.Module:
    if not ctx.enabled:
        return step_module
    from torch.nn.parallel import DistributedDataParallel

    return DistributedDataParallel(step_module, device_ids=[device.index] if device.type == "cuda" else None,
                                   find_unused_parameters=True)


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
    from gridclip.inference.checkpoint import content_fingerprint

    return content_fingerprint(dict(module.state_dict()), extra)


def _validate(examples: Sequence[Any], vocab: Vocabulary) -> tuple[list[TrainingExample], list[TagExample]]:
    """The pictures with boxes and the tag-only pictures, every class id checked against the
    vocabulary; something must teach the detector (a box or a tag)."""
    checked, tagged = [], []
    for ex in examples:
        if isinstance(ex, TagExample):
            ids = tuple(ex.present) + tuple(ex.absent)
            if max(ids) >= len(vocab):
                raise DataError(f"{ex.describe()} is tagged with class id {max(ids)} but the vocabulary has "
                                f"{len(vocab)} classes")
            tagged.append(ex)
            continue
        if not isinstance(ex, TrainingExample):
            raise DataError(f"expected TrainingExample or TagExample, got {type(ex).__name__}")
        if len(ex) and int(ex.class_ids.max()) >= len(vocab):
            raise DataError(
                f"{ex.describe()} has class id {int(ex.class_ids.max())} but the vocabulary has {len(vocab)} classes"
            )
        checked.append(ex)
    check_training_data([*checked, *tagged])
    if len(tagged) == 1 and not checked:
        raise DataError("one tag-only picture cannot train: the word-region loss contrasts a picture's tags "
                        "with other pictures' tags")
    return checked, tagged


def _epoch_plan(order: EpochOrder | None, tags: TagBatches | None, epoch: int) -> list[tuple[str, Any]]:
    """The epoch's steps in order: ``("detection", example indices)``, each followed, with tag
    pictures, by ``("tags", k)`` (the run's ``k``-th tag batch); without pictures with boxes,
    one pass of tag batches."""
    if order is None:
        assert tags is not None  # _validate: something teaches
        per_pass = tags.stream.batches_per_pass
        return [("tags", epoch * per_pass + i) for i in range(per_pass)]
    detection = order.batches(epoch)
    if tags is None:
        return [("detection", indices) for indices in detection]
    steps: list[tuple[str, Any]] = []
    for i, indices in enumerate(detection):
        steps += [("detection", indices), ("tags", epoch * order.steps_per_epoch + i)]
    return steps


def _box_classes(examples: Sequence[TrainingExample], vocab: Vocabulary) -> list[int] | None:
    """With tag pictures, the classes detection batches score: those with a box somewhere
    (``None``: every class has one). Without tags every class is scored, as always."""
    boxed = sorted({int(c) for ex in examples for c in ex.class_ids.tolist()})
    return None if not boxed or len(boxed) == len(vocab) else boxed


def _fitted_images(examples: Sequence[Any], detector: Any, config: TrainConfig, fingerprint: str,
                   image_size: int) -> TrainingImages:
    """``examples`` fitted by the detector's own ``prepare`` at ``image_size``; head-only runs
    cache the frozen tower's features (the size is part of the key)."""
    prepare = detector.prepare if image_size == detector.config.image_size else (
        # Tag pictures: padded to the input multiple only, not to inference's coarser one.
        functools.partial(detector.prepare, size_multiple=INPUT_MULTIPLE, image_size=image_size))
    return TrainingImages(
        examples, prepare, image_size,
        backbone=detector.model.backbone_features if config.head_only else None,
        backbone_fingerprint=fingerprint,
        cache_items=config.feature_cache_items,
        device=detector.device,
    )


def _tag_image_size(detector: Any, config: TrainConfig) -> int:
    """The long side of tag pictures: ``tag_image_scale`` of the model's, a multiple of the
    input multiple (at least two of them)."""
    scaled = round(detector.config.image_size * config.tag_image_scale / INPUT_MULTIPLE) * INPUT_MULTIPLE
    return min(detector.config.image_size, max(2 * INPUT_MULTIPLE, scaled))


def _load_source(model: Any, config: TrainConfig, device: str | None):
    from gridclip.inference.detector import Detector
    from gridclip.inference.sources import load_detector

    if isinstance(model, Detector):
        detector = model
        if config.image_size is not None:
            detector.model.config.image_size = config.image_size
        if device is not None:
            detector.to(device)
        return detector
    return load_detector(str(model), device=device, image_size=config.image_size)


def _emit(progress: ProgressCallback | None, event: dict[str, Any]) -> None:
    if progress is None:
        return
    try:
        progress(event)
    except Exception as exc:  # a broken plot must not stop training
        warnings.warn(f"progress callback failed: {exc}", stacklevel=2)
