"""Contrastive pretraining of a small open_clip model on the synthetic world's image–caption pairs.

This is the world's stand-in for OpenAI's web-scale CLIP: captions name *every* object, novel
classes included (CLIP saw the whole web; only the detector's boxes are restricted to base
classes). Each scene gives its full picture plus close-ups and random windows captioned with
the objects wholly inside them. The loss is open_clip's ``ClipLoss``.

A batch never holds two pairs with the same caption content (the same multiset of classes),
so the contrastive targets are never contradictory.

>>> import torch
>>> cfg = PretrainConfig(n_scenes=8, epochs=1, batch_size=8, crops_per_scene=1)
>>> result = pretrain_clip(cfg)
>>> result.steps >= 1 and all(torch.isfinite(torch.tensor(result.losses)))
True
"""

from __future__ import annotations

import math
import time
from collections.abc import Callable, Sequence
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

import numpy as np
import torch
import torch.nn.functional as F
from PIL import Image

from gridclip.inference.images import CLIP_MEAN, CLIP_STD, square_crop
from gridclip.world.synthetic import (
    COLOURS,
    SHAPES,
    WORLD_CLASSES,
    Scene,
    caption,
    caption_crops,
    closeup_crops,
    draw_scenes,
    greyscale_closeups,
    object_crop,
)

if TYPE_CHECKING:
    # open_clip ships no type information: mypy sees its models as Any.
    from open_clip.model import CLIP, CustomTextCLIP

    from gridclip.training.alignment import AlignmentLoss

WORLD_ARCH = "world-rn"
#: Prompt used to name a class in the zero-shot check (one template keeps it a CLIP test, not a prompt-engineering one).
ZERO_SHOT_TEMPLATE = "a photo of a {}."


@dataclass(frozen=True)
class PretrainConfig:
    """How the small CLIP is pretrained.

    Scenes ``0 … n_scenes-1`` of ``world_seed`` are drawn once; every epoch re-captions them
    (fresh synonyms and word order) and cuts ``crops_per_scene`` fresh crops from each.
    """

    arch: str = WORLD_ARCH
    n_scenes: int = 3000
    world_seed: int = 0
    epochs: int = 4
    batch_size: int = 128
    lr: float = 2e-3
    weight_decay: float = 0.05
    warmup_steps: int = 30
    crops_per_scene: int = 2
    seed: int = 0
    #: single-object close-ups per scene and epoch, captioned with their subject (``synthetic.closeup_crops``)
    closeups_per_scene: int = 0
    #: black-and-white single-object close-ups per scene and epoch, captioned by shape alone
    greyscale_per_scene: int = 0
    #: scenes per step for the dense losses below (0: no dense loss, the plain CLIP recipe)
    dense_batch: int = 0
    #: input sides the dense losses draw from, one per step (multi-scale; the detector sees 256)
    dense_sizes: tuple[int, ...] = (256,)
    #: weight of the region–caption loss: each object's RoIAlign-pooled dense embedding, 48-way vs class texts
    region_weight: float = 0.0
    #: weight of CLIPSelf distillation: pooled dense crop vs a frozen teacher's embedding of the crop (1 − cos)
    distill_weight: float = 0.0
    #: the teacher is a frozen copy of the model taken after this fraction of the steps; distillation starts then
    distill_start: float = 0.5
    #: CLIPSelf's random m × n grids, 1 ≤ m, n ≤ this
    distill_max_side: int = 3
    #: weight of the labels-as-captions term: each single-object close-up vs all 48 class texts
    #: (``label_text_loss``; 0: off, the batch's captions are a close-up's only negatives)
    label_text_weight: float = 0.0
    #: labelled object crops per step added to the labels-as-captions term (``label_crop_stream``):
    #: what an image-label dataset gives beside captions (0: the close-ups alone carry the term)
    label_crops_per_step: int = 0

    def __post_init__(self) -> None:
        if self.n_scenes < 1 or self.epochs < 1 or self.batch_size < 2:
            raise ValueError("n_scenes and epochs must be ≥ 1 and batch_size ≥ 2")
        if self.dense_batch < 0 or not self.dense_sizes or min(self.dense_sizes) < 64:
            raise ValueError("dense_batch must be ≥ 0 and dense_sizes non-empty, each ≥ 64 px")
        if not 0.0 <= self.distill_start < 1.0:
            raise ValueError("distill_start must be in [0, 1)")
        if self.label_text_weight < 0 or self.label_crops_per_step < 0:
            raise ValueError("label_text_weight and label_crops_per_step must be ≥ 0")
        if self.label_crops_per_step and not self.label_text_weight:
            raise ValueError("label_crops_per_step needs label_text_weight > 0 (the crops join that term)")

    @property
    def dense(self) -> bool:
        return self.dense_batch > 0 and (self.region_weight > 0 or self.distill_weight > 0)


@dataclass
class PretrainResult:
    model: CLIP | CustomTextCLIP
    config: PretrainConfig
    losses: list[float] = field(default_factory=list)
    #: per step, each loss term by name (``clip``, and ``region`` / ``distill`` / ``label_text`` when on)
    terms: list[dict[str, float]] = field(default_factory=list)
    steps: int = 0
    seconds: float = 0.0


def register_world_configs() -> None:
    """Make ``world-rn`` (and the other configs shipped in ``gridclip/model_configs``) known to open_clip."""
    from gridclip.inference.sources import register_model_configs

    register_model_configs()


def clip_input_size(model: CLIP | CustomTextCLIP) -> int:
    """The side of the square pictures ``model``'s image tower embeds (open_clip stores an int or a pair)."""
    size = model.visual.image_size
    return int(size[0]) if isinstance(size, (tuple, list)) else int(size)


def create_world_clip(arch: str = WORLD_ARCH, seed: int = 0) -> CLIP | CustomTextCLIP:
    """A freshly initialised open_clip model of ``arch`` (deterministic by ``seed``), built the
    way ``load_detector`` builds it (so our own text towers, e.g. ``world-bow``'s, work too)."""
    import open_clip

    from gridclip.inference.sources import build_clip

    register_world_configs()
    torch.manual_seed(seed)
    return build_clip(open_clip.get_model_config(arch)).train()


def to_pixels(images: Sequence[Image.Image], size: int) -> torch.Tensor:
    """PIL images resized (bilinear) into a [B, 3, size, size] uint8 batch: a quarter of the
    memory of ``to_tensor``'s, for sets kept whole while training (``normalise`` each batch)."""
    arrays = [np.asarray(im.convert("RGB").resize((size, size), Image.Resampling.BILINEAR), dtype=np.uint8) for im in images]
    return torch.from_numpy(np.stack(arrays)).permute(0, 3, 1, 2).contiguous()


def normalise(pixels: torch.Tensor) -> torch.Tensor:
    """A uint8 batch of ``to_pixels`` CLIP-normalised as float."""
    mean = torch.tensor(CLIP_MEAN).view(1, 3, 1, 1)
    std = torch.tensor(CLIP_STD).view(1, 3, 1, 1)
    return (pixels.float() / 255.0 - mean) / std


def to_tensor(images: Sequence[Image.Image], size: int) -> torch.Tensor:
    """Resize (bilinear) and CLIP-normalise PIL images into a [B, 3, size, size] batch."""
    return normalise(to_pixels(images, size))


def clip_adamw(decay: list[torch.nn.Parameter], no_decay: list[torch.nn.Parameter], lr: float,
               weight_decay: float) -> torch.optim.AdamW:
    """AdamW as CLIP is trained (betas 0.9 / 0.98, eps 1e-6), ``weight_decay`` on ``decay`` alone."""
    return torch.optim.AdamW(
        [{"params": decay, "weight_decay": weight_decay}, {"params": no_decay, "weight_decay": 0.0}],
        lr=lr, betas=(0.9, 0.98), eps=1e-6,
    )


def set_warmup_cosine_lr(optimizer: torch.optim.Optimizer, peak_lr: float, step: int, steps: int,
                         warmup_steps: int) -> None:
    """Set the learning rate of ``step`` (from 0) of ``steps``: ``peak_lr`` with a linear warm-up
    over ``warmup_steps`` and a cosine decay, held at its floor past ``steps``.

    >>> optimizer = torch.optim.SGD([torch.zeros(1, requires_grad=True)], lr=1.0)
    >>> set_warmup_cosine_lr(optimizer, 1.0, step=50, steps=100, warmup_steps=10)
    >>> optimizer.param_groups[0]["lr"]  # past the warm-up, halfway down the cosine
    0.5
    """
    progress_made = min(1.0, step / max(1, steps))
    lr = peak_lr * min(1.0, (step + 1) / warmup_steps) * 0.5 * (1 + math.cos(math.pi * progress_made))
    for group in optimizer.param_groups:
        group["lr"] = lr


def _epoch_pairs(
    scenes: Sequence[Scene], rng: np.random.Generator, crops_per_scene: int, closeups_per_scene: int = 0,
    greyscale_per_scene: int = 0,
) -> list[tuple[Image.Image, str, tuple[int, ...], int]]:
    """(image, fresh caption, content key, label) for every scene, ``crops_per_scene`` crops,
    ``closeups_per_scene`` single-object close-ups and ``greyscale_per_scene`` shape-only
    black-and-white close-ups of each. The key is the sorted class ids; a shape-only pair's
    key is ``(-1 - shape id,)``, so it never collides with a class key. The label is the class
    id of a close-up that holds exactly one object (``label_text_loss``), else -1."""
    pairs = []
    for scene in scenes:
        if scene.objects:
            ids = tuple(sorted(o.class_id for o in scene.objects))
            pairs.append((scene.image, caption(scene.objects, rng, scene.image.size[0]), ids, -1))
        for crop, text, ids in caption_crops(scene, rng, count=crops_per_scene):
            pairs.append((crop, text, tuple(sorted(ids)), -1))
        if closeups_per_scene:
            for crop, text, ids in closeup_crops(scene, rng, count=closeups_per_scene):
                pairs.append((crop, text, tuple(sorted(ids)), ids[0] if len(ids) == 1 else -1))
        if greyscale_per_scene:
            for crop, text, (shape_id,) in greyscale_closeups(scene, rng, count=greyscale_per_scene):
                pairs.append((crop, text, (-1 - shape_id,), -1))
    return pairs


def _batches(pairs: list, batch_size: int, rng: np.random.Generator) -> list[list]:
    """Shuffle, then fill batches greedily so no batch holds the same content twice.

    >>> pairs = [(None, "a", (0,)), (None, "b", (0,)), (None, "c", (1,))]
    >>> sorted(len(b) for b in _batches(pairs, 2, np.random.default_rng(0)))
    [2]
    """
    batches: list[list] = []
    open_batches: list[tuple[list, set]] = []
    for i in rng.permutation(len(pairs)):
        key = pairs[i][2]
        for slot, (batch, keys) in enumerate(open_batches):
            if key not in keys:
                batch.append(pairs[i])
                keys.add(key)
                if len(batch) == batch_size:
                    batches.append(batch)
                    del open_batches[slot]
                break
        else:
            open_batches.append(([pairs[i]], {key}))
    batches.extend(b for b, _ in open_batches if len(b) >= 2)
    return [batches[i] for i in rng.permutation(len(batches))]


# --------------------------------------------------------------------------------------------
# Dense losses: what the detector reads is the MaskCLIP grid, not the pooled image embedding.
# Contrastive training on whole pictures and crops teaches the attention pool's output; the
# grid (value → out-projection at every cell) is never asked anything, and on this world it
# stays shape-blind. Both losses below pool the grid exactly as the detector does
# (``ResNetBackbone.dense`` + RoIAlign 1×1), at the detector's input sizes.

#: Prompt forms of the region–caption loss; a class is named by a fresh synonym pair each step.
REGION_TEMPLATES = ("a photo of a {}.", "a {}.", "there is a {} in the scene.", "a close-up photo of a {}.")


def class_texts(rng: np.random.Generator) -> list[str]:
    """One prompt per world class (in class-id order), with fresh synonyms and template.

    >>> texts = class_texts(np.random.default_rng(0))
    >>> len(texts), any("circle" in t or "disc" in t for t in texts[:1])
    (48, True)
    """
    out = []
    for cls in WORLD_CLASSES:
        colour = COLOURS[cls.colour].texts
        shape = SHAPES[cls.shape].texts
        name = f"{colour[int(rng.integers(len(colour)))]} {shape[int(rng.integers(len(shape)))]}"
        out.append(REGION_TEMPLATES[int(rng.integers(len(REGION_TEMPLATES)))].format(name))
    return out


def label_text_loss(
    image_features: torch.Tensor, labels: torch.Tensor, text: torch.Tensor, logit_scale: torch.Tensor
) -> torch.Tensor:
    """Labels as captions (UniCL, K-LITE): unit image embeddings of single-object close-ups
    classified against ALL class texts (unit ``text``, one row per class), cross-entropy to the
    true class ``labels``. Rows with label -1 are skipped; no labelled row gives 0.

    Why: in ``ClipLoss`` a close-up's caption only competes with the other captions of its
    batch, and ``_batches`` keeps content keys apart, so a red circle rarely meets "a red square"
    as a negative and shape stays the weaker half of the name. Here every step puts all 47 other
    classes, the same-colour other-shape ones included, against every close-up; the class texts
    go through the model's own text tower, so it learns to separate them too.

    >>> text = torch.eye(3)
    >>> feats = torch.tensor([[1.0, 0, 0], [0, 0, 1.0], [0, 1.0, 0]])
    >>> float(label_text_loss(feats, torch.tensor([0, 2, -1]), text, torch.tensor(100.0))) < 1e-6
    True
    """
    keep = labels >= 0
    if not bool(keep.any()):
        return image_features.sum() * 0.0
    return F.cross_entropy(logit_scale * image_features[keep] @ text.T, labels[keep])


def label_crop_stream(
    scenes: Sequence[Scene], count: int, rng: np.random.Generator, margin: tuple[float, float] = (0.1, 0.35)
):
    """Endless batches of ``count`` (square crop around one object, its class id), objects drawn
    at random from all scenes; each crop keeps a random share of context and whatever of its
    neighbours falls inside, as a labelled photo of one subject would.

    Why beside the close-ups: those are captioned contrastive pairs cut only where the subject
    stands alone, so few of a batch carry a label, and objects in clutter never do. The
    supervised probe (docs/history.md, "The world CLIP") showed the tower reaches 98 % shape on such
    crops, while the contrastive mix alone stalled near 90 %.

    >>> from gridclip.world.synthetic import draw_scene
    >>> crops, labels = next(label_crop_stream([draw_scene(0, 4)], 3, np.random.default_rng(0)))
    >>> len(crops), labels.dtype == torch.long, bool((labels < len(WORLD_CLASSES)).all())
    (3, True, True)
    """
    objects = [(scene, obj) for scene in scenes for obj in scene.objects]
    if not objects:
        raise ValueError("label crops need scenes with objects")
    while True:
        picks = rng.integers(0, len(objects), size=count)
        crops, labels = [], []
        for k in picks:
            scene, obj = objects[int(k)]
            crops.append(square_crop(scene.image, obj.xyxy, float(rng.uniform(*margin))))
            labels.append(obj.class_id)
        yield crops, torch.tensor(labels, dtype=torch.long)


def pool_regions(dense: torch.Tensor, boxes: list[torch.Tensor], stride: int, sampling_ratio: int = 2) -> torch.Tensor:
    """RoIAlign 1×1 of a dense map [B, D, h, w] inside input-pixel xyxy ``boxes`` (one tensor per
    image) -> [N, D]. ``sampling_ratio=2`` (2 × 2 points) is the pooling the detector's exemplars
    and alignment use; ``-1`` averages about one point per cell the box covers (CLIPSelf's)."""
    from torchvision.ops import roi_align

    pooled = roi_align(dense, [b.to(dense.dtype) for b in boxes], (1, 1), spatial_scale=1.0 / stride,
                       sampling_ratio=sampling_ratio, aligned=True)
    return pooled.flatten(1)


def region_caption_loss(
    dense: torch.Tensor, scenes: Sequence[Scene], scale: float, stride: int, text: torch.Tensor, logit_scale: torch.Tensor
) -> torch.Tensor:
    """Each object's pooled grid embedding classified 48-way against the class texts (cross-entropy).

    The region-level form of the captions (DetCLIPv2's word–region alignment with the region
    known): a caption says *which* objects are there, a box says *where*; with both, a cell
    is told its shape word as well as its colour word. ``scale`` maps scene pixels to input pixels.
    """
    boxes = [torch.tensor([o.xyxy for o in s.objects], dtype=torch.float32).reshape(-1, 4) * scale for s in scenes]
    labels = torch.tensor([o.class_id for s in scenes for o in s.objects], dtype=torch.long)
    regions = F.normalize(pool_regions(dense, boxes, stride), dim=-1)
    return F.cross_entropy(logit_scale * regions @ text.T, labels)


def distillation_crops(scene: Scene, rng: np.random.Generator, max_side: int) -> np.ndarray:
    """CLIPSelf's crops for one scene: the cells of a random m × n grid, as [0, 1] xyxy fractions.

    >>> crops = distillation_crops(draw_scenes(0, 1).__next__(), np.random.default_rng(0), 3)
    >>> crops.shape[1], bool((crops >= 0).all() and (crops <= 1).all())
    (4, True)
    """
    from gridclip.training.alignment import grid_boxes

    m, n = (int(v) for v in rng.integers(1, max_side + 1, size=2))
    return grid_boxes(m, n).numpy()


@torch.no_grad()
def teacher_crop_embeddings(teacher: CLIP | CustomTextCLIP, scene: Scene, fractions: np.ndarray, image_size: int) -> torch.Tensor:
    """The frozen teacher's (unit) image embedding of each crop of the scene's picture."""
    side = scene.image.size[0]
    crops = []
    for box in fractions:
        x0, y0, x1, y1 = (int(round(v * side)) for v in box)
        crops.append(scene.image.crop((x0, y0, x1, y1)))
    return F.normalize(teacher.encode_image(to_tensor(crops, image_size)), dim=-1)


def self_distillation_loss(
    dense: torch.Tensor, fractions: list[np.ndarray], targets: list[torch.Tensor], input_size: int, stride: int,
    kind: AlignmentLoss = "cosine", sampling_ratio: int = 2,
) -> torch.Tensor:
    """CLIPSelf: 1 − cos between the grid pooled inside each crop (``pool_regions``) and the
    teacher's embedding of it (``kind="centred"``: after each side's mean over the crops is taken away)."""
    from gridclip.training.alignment import alignment_loss

    boxes = [torch.from_numpy(f).float() * input_size for f in fractions]
    return alignment_loss(pool_regions(dense, boxes, stride, sampling_ratio), torch.cat(targets), kind=kind)


class DenseLosses:
    """The dense terms of one pretraining step, on a batch of whole scenes at one input size."""

    def __init__(self, model: CLIP | CustomTextCLIP, tokenizer, config: PretrainConfig, image_size: int) -> None:
        from gridclip.model.backbone import build_backbone

        self.model, self.tokenizer, self.config, self.image_size = model, tokenizer, config, image_size
        self.backbone = build_backbone(model.visual, trainable=True)  # shares the CLIP's weights
        self.teacher: CLIP | CustomTextCLIP | None = None

    def freeze_teacher(self) -> None:
        """Snapshot the model as CLIPSelf's frozen teacher (it already classifies crops well by now)."""
        import copy

        self.teacher = copy.deepcopy(self.model).eval()
        for p in self.teacher.parameters():
            p.requires_grad_(False)

    def __call__(self, scenes: Sequence[Scene], rng: np.random.Generator) -> dict[str, torch.Tensor]:
        cfg = self.config
        size = int(cfg.dense_sizes[int(rng.integers(len(cfg.dense_sizes)))])
        dense = self.backbone(to_tensor([s.image for s in scenes], size)).dense
        stride = self.backbone.dense_stride
        terms: dict[str, torch.Tensor] = {}
        if cfg.region_weight > 0:
            text = F.normalize(self.model.encode_text(self.tokenizer(class_texts(rng))), dim=-1)
            scale = size / scenes[0].image.size[0]
            terms["region"] = region_caption_loss(dense, scenes, scale, stride, text, self.model.logit_scale.exp())
        if cfg.distill_weight > 0 and self.teacher is not None:
            fractions = [distillation_crops(s, rng, cfg.distill_max_side) for s in scenes]
            targets = [teacher_crop_embeddings(self.teacher, s, f, self.image_size) for s, f in zip(scenes, fractions)]
            terms["distill"] = self_distillation_loss(dense, fractions, targets, size, stride)
        return terms


def _dense_scene_stream(scenes: Sequence[Scene], batch: int, rng: np.random.Generator):
    """Endless batches of scenes that hold objects, reshuffled on every pass."""
    usable = [s for s in scenes if s.objects]
    while True:
        order = rng.permutation(len(usable))
        for i in range(0, len(order) - batch + 1, batch):
            yield [usable[j] for j in order[i : i + batch]]


def pretrain_clip(
    config: PretrainConfig = PretrainConfig(),
    progress: Callable[[dict], None] | None = None,
    scenes: Sequence[Scene] | None = None,
    init: dict[str, torch.Tensor] | None = None,
) -> PretrainResult:
    """Train a fresh ``config.arch`` CLIP contrastively on world pairs; returns it in eval mode.

    ``init``: a state dict to start from instead of fresh weights (a second, dense stage on a
    CLIP that already classifies crops: with ``distill_start=0`` CLIPSelf's teacher is that CLIP).
    ``progress`` gets ``{"epoch", "step", "steps", "loss", "seconds"}`` after each step.
    """
    import open_clip

    start = time.perf_counter()
    model = create_world_clip(config.arch, config.seed)
    if init is not None:
        model.load_state_dict(init)
    tokenizer = open_clip.get_tokenizer(config.arch)
    image_size = clip_input_size(model)
    if scenes is None:
        scenes = list(draw_scenes(config.world_seed, config.n_scenes))
    rng = np.random.default_rng([config.seed, 7])
    loss_fn = open_clip.ClipLoss()
    decay = [p for n, p in model.named_parameters() if p.ndim >= 2 and "embedding" not in n]
    no_decay = [p for n, p in model.named_parameters() if not (p.ndim >= 2 and "embedding" not in n)]
    optimizer = clip_adamw(decay, no_decay, config.lr, config.weight_decay)
    first_pairs = _epoch_pairs(scenes, rng, config.crops_per_scene, config.closeups_per_scene, config.greyscale_per_scene)
    first_batches = _batches(first_pairs, config.batch_size, rng)
    # Counted on real batches: pairs with few distinct keys (close-ups, shape-only pairs) fill
    # fewer than batch_size per batch, so len(pairs) / batch_size undercounts the steps.
    total = len(first_batches) * config.epochs
    result = PretrainResult(model=model, config=config)
    dense_losses = DenseLosses(model, tokenizer, config, image_size) if config.dense else None
    dense_scenes = _dense_scene_stream(scenes, config.dense_batch, np.random.default_rng([config.seed, 11])) if dense_losses else None
    dense_rng = np.random.default_rng([config.seed, 13])
    distill_from = int(config.distill_start * total)
    label_rng = np.random.default_rng([config.seed, 17])  # its own stream: weight 0 leaves the others as they were
    label_crops = (label_crop_stream(scenes, config.label_crops_per_step, np.random.default_rng([config.seed, 19]))
                   if config.label_crops_per_step else None)
    model.train()
    step = 0
    for epoch in range(config.epochs):
        if epoch == 0:
            epoch_batches = first_batches
        else:
            pairs = _epoch_pairs(scenes, rng, config.crops_per_scene, config.closeups_per_scene, config.greyscale_per_scene)
            epoch_batches = _batches(pairs, config.batch_size, rng)
        for batch in epoch_batches:
            # ``total`` is counted on the first epoch's pairs; later epochs may pack a batch or two
            # more, so the cosine is held at its floor rather than let climb back up.
            set_warmup_cosine_lr(optimizer, config.lr, step, total, config.warmup_steps)
            images = to_tensor([b[0] for b in batch], image_size)
            texts = tokenizer([b[1] for b in batch])
            image_features, text_features, logit_scale = model(images, texts)[:3]
            loss = loss_fn(image_features, text_features, logit_scale)
            terms = {"clip": float(loss.detach())}
            if config.label_text_weight > 0:
                class_text = F.normalize(model.encode_text(tokenizer(class_texts(label_rng))), dim=-1)
                labels = torch.tensor([b[3] for b in batch], dtype=torch.long)
                labelled = image_features
                if label_crops is not None:
                    crops, crop_labels = next(label_crops)
                    crop_features = F.normalize(model.encode_image(to_tensor(crops, image_size)), dim=-1)
                    labelled, labels = torch.cat([image_features, crop_features]), torch.cat([labels, crop_labels])
                label_loss = label_text_loss(labelled, labels, class_text, logit_scale)
                loss = loss + config.label_text_weight * label_loss
                terms["label_text"] = float(label_loss.detach())
            if dense_losses is not None:
                assert dense_scenes is not None  # made together with dense_losses
                if config.distill_weight > 0 and step == distill_from:
                    dense_losses.freeze_teacher()
                for name, value in dense_losses(next(dense_scenes), dense_rng).items():
                    loss = loss + getattr(config, f"{name}_weight") * value
                    terms[name] = float(value.detach())
            optimizer.zero_grad(set_to_none=True)
            loss.backward()
            optimizer.step()
            with torch.no_grad():  # as in CLIP: the temperature may not sharpen past 100
                model.logit_scale.clamp_(0, math.log(100))
            step += 1
            result.losses.append(float(loss.detach()))
            result.terms.append(terms)
            if progress is not None:
                progress({"epoch": epoch, "step": step, "steps": total, "loss": result.losses[-1], "terms": terms,
                          "seconds": time.perf_counter() - start})
    model.eval()
    result.steps = step
    result.seconds = time.perf_counter() - start
    return result


@torch.no_grad()
def zero_shot_crop_accuracy(
    model: CLIP | CustomTextCLIP,
    arch: str = WORLD_ARCH,
    world_seed: int = 10_000,
    n_scenes: int = 150,
) -> dict[str, float]:
    """Top-1 accuracy of classifying single-object crops among all 48 classes, by split.

    The crops come from held-out scenes (``world_seed`` differs from training). Chance is 1/48.
    Returns ``{"base": acc, "novel": acc, "chance": 1/48, "n_base": …, "n_novel": …}``.
    """
    predicted, labels_arr, _ = _zero_shot_crops(model, arch, world_seed, n_scenes)
    split = np.asarray([WORLD_CLASSES[c].split for c in labels_arr])
    out: dict[str, float] = {"chance": 1 / len(WORLD_CLASSES)}
    for name in ("base", "novel"):
        mask = split == name
        out[name] = float((predicted[mask] == labels_arr[mask]).mean()) if mask.any() else float("nan")
        out[f"n_{name}"] = int(mask.sum())
    return out


@torch.no_grad()
def world_class_text(model: CLIP | CustomTextCLIP, arch: str) -> torch.Tensor:
    """The unit text embedding of each world class (class-id order), named by ``ZERO_SHOT_TEMPLATE``."""
    import open_clip

    tokenizer = open_clip.get_tokenizer(arch)
    return F.normalize(model.encode_text(tokenizer([ZERO_SHOT_TEMPLATE.format(c.name) for c in WORLD_CLASSES])), dim=-1)


def _zero_shot_crops(model: CLIP | CustomTextCLIP, arch: str, world_seed: int,
                     n_scenes: int) -> tuple[np.ndarray, np.ndarray, torch.Tensor]:
    """48-way zero-shot classes of every object's crop in ``n_scenes`` scenes of ``world_seed``:
    (predicted class ids, true class ids, the unit class-text matrix)."""
    model.eval()
    text = world_class_text(model, arch)
    image_size = clip_input_size(model)
    crops, labels = [], []
    for scene in draw_scenes(world_seed, n_scenes):
        for obj in scene.objects:
            crops.append(object_crop(scene, obj))
            labels.append(obj.class_id)
    feats = torch.cat([F.normalize(model.encode_image(to_tensor(crops[i : i + 256], image_size)), dim=-1)
                       for i in range(0, len(crops), 256)])
    return (feats @ text.T).argmax(-1).numpy(), np.asarray(labels), text


def save_clip(model: torch.nn.Module, path: str | Path) -> Path:
    """Write the CLIP's state dict where ``open_clip:world-rn=PATH`` can load it."""
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    torch.save(model.state_dict(), path)
    return path


def config_dict(config: PretrainConfig) -> dict:
    return asdict(config)


@torch.no_grad()
def calibrate_logit_bias(detector, images: Sequence, vocabulary, prior: float | None = None) -> float:
    """Set a fresh head's classifier bias so the *average* grid cell starts at the focal prior.

    The head's logits are ``tau * cos(grid, text) + b`` with ``b = logit(prior)``, which meets
    the prior only if the cosines are centred on 0. CLIP spaces are anisotropic: on the world
    CLIP (and on real ones) any cell and any class text have cosine ≈ 0.2, so with tau = 50
    nearly every (cell, class) starts far above the prior and the first hundreds of steps go
    to pushing the bias down. Measured on ``images`` (a few training pictures), ``b`` becomes
    ``logit(prior) - tau * mean(cos)``. Returns the new bias. Only for an untrained head: the
    detector's ``is_trained`` must be False.
    """
    if detector.is_trained:
        raise ValueError("calibrate_logit_bias is for a fresh head; this detector is already trained")
    model = detector.model
    prior = model.config.prior_probability if prior is None else prior
    text = detector.text_embeddings(vocabulary)
    batch = detector.prepare(list(images))
    out = model(batch.tensor.to(detector.device), text)
    cosines = [(logits - model.logit_bias) / model.logit_scale for logits in out.cls_logits]
    mean_cos = float(torch.cat([c.flatten() for c in cosines]).mean())
    bias = math.log(prior / (1 - prior)) - float(model.logit_scale) * mean_cos
    model.logit_bias.fill_(bias)
    detector.weights_changed()
    return bias


@torch.no_grad()
def attribute_diagnostics(model: torch.nn.Module, arch: str = WORLD_ARCH, world_seed: int = 10_000, n_scenes: int = 100) -> dict[str, float]:
    """Which half of a class name the CLIP has learnt: colour vs shape.

    On single-object crops of held-out scenes, 48-way zero-shot: how often the predicted
    class has the right colour / the right shape (chance 1/8 and 1/6). On the text side: the
    mean cosine between class texts that share the colour but not the shape, and those that
    share the shape but not the colour. A text tower that ignores shape words gives
    same-colour pairs a cosine near 1, and then no detector head on top can tell a purple
    square from a purple circle.
    """
    predicted, labels_arr, text = _zero_shot_crops(model, arch, world_seed, n_scenes)
    colour = np.array([c.colour for c in WORLD_CLASSES])
    shape = np.array([c.shape for c in WORLD_CLASSES])
    cos = (text @ text.T).numpy()
    same_colour = (colour[:, None] == colour[None]) & (shape[:, None] != shape[None])
    same_shape = (shape[:, None] == shape[None]) & (colour[:, None] != colour[None])
    return {
        "class_accuracy": float((predicted == labels_arr).mean()),
        "colour_accuracy": float((colour[predicted] == colour[labels_arr]).mean()),
        "shape_accuracy": float((shape[predicted] == shape[labels_arr]).mean()),
        "colour_chance": 1 / len(set(colour.tolist())),
        "shape_chance": 1 / len(set(shape.tolist())),
        "text_cos_same_colour_other_shape": float(cos[same_colour].mean()),
        "text_cos_same_shape_other_colour": float(cos[same_shape].mean()),
    }


@torch.no_grad()
def dense_region_accuracy(
    detector,
    world_seed: int = 10_000,
    n_scenes: int = 100,
    scene_size: int = 192,
) -> dict[str, float]:
    """What the detector's grid knows: each ground-truth box's region of the dense MaskCLIP grid,
    classified 48-way against the detector's own text embeddings of the world's classes.

    The pictures are held-out scenes (``world_seed`` differs from training) drawn at
    ``scene_size`` and fed exactly as the detector is fed (``Detector.prepare``: letterbox to
    its ``config.image_size``); the region is RoIAlign 1×1 of ``clip_dense_embeddings`` inside
    the box. Returns top-1 accuracy by split and how often the predicted class has the right
    colour / shape (chance 1/48, 1/8, 1/6), plus the grid side the detector saw.
    """
    from gridclip.world.synthetic import world_vocabulary

    model = detector.model
    model.eval()
    text = detector.text_embeddings(world_vocabulary()).float()
    predicted: list[int] = []
    labels: list[int] = []
    grid_side = 0
    for scene in draw_scenes(world_seed, n_scenes, size=scene_size):
        if not scene.objects:
            continue
        batch = detector.prepare([scene.image])
        dense, stride = model.clip_dense_embeddings(batch.tensor.to(detector.device))
        grid_side = max(dense.shape[-2:])
        boxes = torch.tensor([o.xyxy for o in scene.objects], dtype=torch.float32) * batch.scales[0]
        regions = F.normalize(pool_regions(dense.float(), [boxes.to(dense.device)], stride), dim=-1)
        predicted.extend((regions @ text.T).argmax(-1).cpu().tolist())
        labels.extend(o.class_id for o in scene.objects)
    return _accuracy_report(np.asarray(predicted), np.asarray(labels)) | {
        "input_size": int(detector.config.image_size), "scene_size": scene_size, "grid_side": int(grid_side)}


def _accuracy_report(predicted: np.ndarray, labels: np.ndarray) -> dict[str, float]:
    """Top-1 by split, colour and shape accuracy of 48-way predictions (class ids).

    >>> r = _accuracy_report(np.array([0, 1]), np.array([0, 7]))
    >>> r["class_accuracy"], r["colour_accuracy"], r["shape_accuracy"]
    (0.5, 0.5, 1.0)
    """
    colour = np.array([c.colour for c in WORLD_CLASSES])
    shape = np.array([c.shape for c in WORLD_CLASSES])
    split = np.array([c.split for c in WORLD_CLASSES])[labels]
    out: dict[str, float] = {
        "class_accuracy": float((predicted == labels).mean()),
        "colour_accuracy": float((colour[predicted] == colour[labels]).mean()),
        "shape_accuracy": float((shape[predicted] == shape[labels]).mean()),
    }
    for name in ("base", "novel"):
        mask = split == name
        out[name] = float((predicted[mask] == labels[mask]).mean()) if mask.any() else float("nan")
        out[f"n_{name}"] = int(mask.sum())
    return out
