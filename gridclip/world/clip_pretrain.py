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
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Callable, Sequence

import numpy as np
import torch
import torch.nn.functional as F
from PIL import Image

from gridclip.world.synthetic import (
    WORLD_CLASSES,
    Scene,
    caption,
    caption_crops,
    draw_scenes,
    object_crop,
)

CLIP_MEAN = (0.48145466, 0.4578275, 0.40821073)
CLIP_STD = (0.26862954, 0.26130258, 0.27577711)
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

    def __post_init__(self) -> None:
        if self.n_scenes < 1 or self.epochs < 1 or self.batch_size < 2:
            raise ValueError("n_scenes and epochs must be ≥ 1 and batch_size ≥ 2")


@dataclass
class PretrainResult:
    model: torch.nn.Module
    config: PretrainConfig
    losses: list[float] = field(default_factory=list)
    steps: int = 0
    seconds: float = 0.0


def register_world_configs() -> None:
    """Make ``world-rn`` (and the other configs shipped in ``gridclip/model_configs``) known to open_clip."""
    from gridclip.inference.sources import register_model_configs

    register_model_configs()


def create_world_clip(arch: str = WORLD_ARCH, seed: int = 0) -> torch.nn.Module:
    """A freshly initialised open_clip model of ``arch`` (deterministic by ``seed``)."""
    import open_clip

    register_world_configs()
    torch.manual_seed(seed)
    return open_clip.create_model(arch, pretrained=None)


def to_tensor(images: Sequence[Image.Image], size: int) -> torch.Tensor:
    """Resize (bilinear) and CLIP-normalise PIL images into a [B, 3, size, size] batch."""
    arrays = [np.asarray(im.convert("RGB").resize((size, size), Image.BILINEAR), dtype=np.float32) for im in images]
    batch = torch.from_numpy(np.stack(arrays)).permute(0, 3, 1, 2) / 255.0
    mean = torch.tensor(CLIP_MEAN).view(1, 3, 1, 1)
    std = torch.tensor(CLIP_STD).view(1, 3, 1, 1)
    return (batch - mean) / std


def _epoch_pairs(scenes: Sequence[Scene], rng: np.random.Generator, crops_per_scene: int) -> list[tuple[Image.Image, str, tuple[int, ...]]]:
    """(image, fresh caption, sorted class ids) for every scene and ``crops_per_scene`` crops of each."""
    pairs = []
    for scene in scenes:
        if scene.objects:
            ids = tuple(sorted(o.class_id for o in scene.objects))
            pairs.append((scene.image, caption(scene.objects, rng, scene.image.size[0]), ids))
        for crop, text, ids in caption_crops(scene, rng, count=crops_per_scene):
            pairs.append((crop, text, tuple(sorted(ids))))
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


def pretrain_clip(
    config: PretrainConfig = PretrainConfig(),
    progress: Callable[[dict], None] | None = None,
    scenes: Sequence[Scene] | None = None,
) -> PretrainResult:
    """Train a fresh ``config.arch`` CLIP contrastively on world pairs; returns it in eval mode.

    ``progress`` gets ``{"epoch", "step", "steps", "loss", "seconds"}`` after each step.
    """
    import open_clip

    start = time.perf_counter()
    model = create_world_clip(config.arch, config.seed)
    tokenizer = open_clip.get_tokenizer(config.arch)
    image_size = model.visual.image_size
    image_size = image_size[0] if isinstance(image_size, (tuple, list)) else int(image_size)
    if scenes is None:
        scenes = list(draw_scenes(config.world_seed, config.n_scenes))
    rng = np.random.default_rng([config.seed, 7])
    loss_fn = open_clip.ClipLoss()
    decay = [p for n, p in model.named_parameters() if p.ndim >= 2 and "embedding" not in n]
    no_decay = [p for n, p in model.named_parameters() if not (p.ndim >= 2 and "embedding" not in n)]
    optimizer = torch.optim.AdamW(
        [{"params": decay, "weight_decay": config.weight_decay}, {"params": no_decay, "weight_decay": 0.0}],
        lr=config.lr,
        betas=(0.9, 0.98),
        eps=1e-6,
    )
    first_pairs = _epoch_pairs(scenes, rng, config.crops_per_scene)
    steps_per_epoch = math.ceil(len(first_pairs) / config.batch_size)
    total = steps_per_epoch * config.epochs
    result = PretrainResult(model=model, config=config)
    model.train()
    step = 0
    for epoch in range(config.epochs):
        pairs = first_pairs if epoch == 0 else _epoch_pairs(scenes, rng, config.crops_per_scene)
        for batch in _batches(pairs, config.batch_size, rng):
            lr = config.lr * min(1.0, (step + 1) / config.warmup_steps) * 0.5 * (1 + math.cos(math.pi * step / max(1, total)))
            for group in optimizer.param_groups:
                group["lr"] = lr
            images = to_tensor([b[0] for b in batch], image_size)
            texts = tokenizer([b[1] for b in batch])
            image_features, text_features, logit_scale = model(images, texts)[:3]
            loss = loss_fn(image_features, text_features, logit_scale)
            optimizer.zero_grad(set_to_none=True)
            loss.backward()
            optimizer.step()
            with torch.no_grad():  # as in CLIP: the temperature may not sharpen past 100
                model.logit_scale.clamp_(0, math.log(100))
            step += 1
            result.losses.append(float(loss.detach()))
            if progress is not None:
                progress({"epoch": epoch, "step": step, "steps": total, "loss": result.losses[-1], "seconds": time.perf_counter() - start})
    model.eval()
    result.steps = step
    result.seconds = time.perf_counter() - start
    return result


@torch.no_grad()
def zero_shot_crop_accuracy(
    model: torch.nn.Module,
    arch: str = WORLD_ARCH,
    world_seed: int = 10_000,
    n_scenes: int = 150,
) -> dict[str, float]:
    """Top-1 accuracy of classifying single-object crops among all 48 classes, by split.

    The crops come from held-out scenes (``world_seed`` differs from training). Chance is 1/48.
    Returns ``{"base": acc, "novel": acc, "chance": 1/48, "n_base": …, "n_novel": …}``.
    """
    import open_clip

    tokenizer = open_clip.get_tokenizer(arch)
    model.eval()
    text = model.encode_text(tokenizer([ZERO_SHOT_TEMPLATE.format(c.name) for c in WORLD_CLASSES]))
    text = F.normalize(text, dim=-1)
    image_size = model.visual.image_size
    image_size = image_size[0] if isinstance(image_size, (tuple, list)) else int(image_size)
    crops, labels = [], []
    for scene in draw_scenes(world_seed, n_scenes):
        for obj in scene.objects:
            crops.append(object_crop(scene, obj))
            labels.append(obj.class_id)
    predictions = []
    for i in range(0, len(crops), 256):
        feats = F.normalize(model.encode_image(to_tensor(crops[i : i + 256], image_size)), dim=-1)
        predictions.append((feats @ text.T).argmax(-1))
    predicted = torch.cat(predictions).numpy()
    labels_arr = np.asarray(labels)
    split = np.asarray([WORLD_CLASSES[c].split for c in labels])
    out: dict[str, float] = {"chance": 1 / len(WORLD_CLASSES)}
    for name in ("base", "novel"):
        mask = split == name
        out[name] = float((predicted[mask] == labels_arr[mask]).mean()) if mask.any() else float("nan")
        out[f"n_{name}"] = int(mask.sum())
    return out


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
    import open_clip

    tokenizer = open_clip.get_tokenizer(arch)
    model.eval()
    text = F.normalize(model.encode_text(tokenizer([ZERO_SHOT_TEMPLATE.format(c.name) for c in WORLD_CLASSES])), dim=-1)
    image_size = model.visual.image_size
    image_size = image_size[0] if isinstance(image_size, (tuple, list)) else int(image_size)
    crops, labels = [], []
    for scene in draw_scenes(world_seed, n_scenes):
        for obj in scene.objects:
            crops.append(object_crop(scene, obj))
            labels.append(obj.class_id)
    feats = torch.cat([F.normalize(model.encode_image(to_tensor(crops[i : i + 256], image_size)), dim=-1)
                       for i in range(0, len(crops), 256)])
    predicted = (feats @ text.T).argmax(-1).numpy()
    colour = np.array([c.colour for c in WORLD_CLASSES])
    shape = np.array([c.shape for c in WORLD_CLASSES])
    labels_arr = np.asarray(labels)
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
