"""The crop tower: the world CLIP's image tower, taught to tell many kinds of thing apart.

The world CLIP learnt six shapes in 48 colours; its image tower reads colour first, and on kinds
it never saw (the second domains' parts and symbols) a gear and a hex nut of the same colour
are nearly the same vector. What makes features carry to unseen kinds is breadth: trained to
tell apart the 24 broad things of ``gridclip.world.things`` and the world's six shapes, each
in any colour, on any backdrop, the same tower's crop prototypes from 20 pictures name the
second domains' kinds far better than before (benchmarks/RESULTS.md, "The crop tower"). No
second domain is ever shown to it (the things are tested disjoint from the domains' kinds).
Breadth keeps paying past the named kinds: hundreds of kinds of a procedural family
(``gridclip.world.silhouettes.procedural_kind``: star-shaped outlines, sharp or lobed, some
with a hole or an arm), each cut out of its own broad backdrop, teach what tells kinds apart
rather than what 30 kinds look like (``procedural_kinds``).

``train_crop_tower`` trains a copy of an image tower with a cosine classifier over the kinds
(dropped afterwards: the tower's embedding space is what is kept), on square crops of every
thing and world object of ``n_scenes`` broad scenes, with random context, flips and
transposes. The demo build stores the result beside the detector
(``scripts/build_demo_model.py --crop-tower-steps``); ``gridclip.inference.crop_classes``
uses it to re-score the boxes of classes the model did not know.
"""

from __future__ import annotations

import copy
import math
import time
from collections.abc import Callable
from dataclasses import dataclass, field

import numpy as np
import torch
import torch.nn as nn
import torch.nn.functional as F
from PIL import Image

from gridclip.inference.crop_classes import tower_input_size
from gridclip.inference.images import square_crop
from gridclip.training.crop_classes import augment
from gridclip.world.clip_pretrain import normalise, to_pixels
from gridclip.world.silhouettes import Kind, mask_box, object_colour, paint, procedural_kind, silhouette
from gridclip.world.synthetic import SHAPES, WORLD_CLASSES
from gridclip.world.things import THING_NAMES, broad_background, draw_broad_scene

#: The broad scenes the crop tower learns from (not the detector build's seed, not a domain's).
CROP_TOWER_SEED = 77


@dataclass(frozen=True)
class CropTowerConfig:
    """How the crop tower is taught (``train_crop_tower``)."""

    #: optimiser steps (batches of ``batch_size`` crops)
    steps: int = 3000
    batch_size: int = 64
    lr: float = 1e-3
    weight_decay: float = 1e-4
    #: broad scenes of ``world_seed`` whose things and world objects are cut out
    n_scenes: int = 1500
    world_seed: int = CROP_TOWER_SEED
    #: context around each crop, drawn per crop from this range (fraction of the long side)
    margin: tuple[float, float] = (0.05, 0.3)
    #: scale of the cosine classifier's logits
    temperature: float = 20.0
    seed: int = 0
    #: kinds of ``gridclip.world.silhouettes.procedural_kind`` taught beside the named ones
    #: (0: none), each from ``procedural_crops`` crops of its own on a broad backdrop
    procedural_kinds: int = 0
    procedural_crops: int = 20

    def __post_init__(self) -> None:
        if self.steps < 1 or self.batch_size < 2 or self.n_scenes < 1:
            raise ValueError("steps and n_scenes must be ≥ 1 and batch_size ≥ 2")
        if self.procedural_kinds < 0 or self.procedural_crops < 1:
            raise ValueError("procedural_kinds must be ≥ 0 and procedural_crops ≥ 1")
        if not 0.0 <= self.margin[0] <= self.margin[1]:
            raise ValueError(f"margin must be a range (low, high) with 0 ≤ low ≤ high, got {self.margin}")


@dataclass
class CropTowerResult:
    tower: nn.Module
    config: CropTowerConfig
    kinds: tuple[str, ...]
    crops: int
    losses: list[float] = field(default_factory=list)
    seconds: float = 0.0


def broad_kinds(procedural_kinds: int = 0) -> tuple[str, ...]:
    """The kinds the crop tower tells apart: the broad things, the world's six shapes, then
    ``procedural_kinds`` kinds of the procedural family."""
    return (*THING_NAMES, *(shape.name for shape in SHAPES), *(f"procedural-{i}" for i in range(procedural_kinds)))


#: The canvas a procedural object is drawn on before it is cut out (its radius 14–40 px).
PROCEDURAL_CANVAS = 96


def procedural_crop(kind: Kind, rng: np.random.Generator, margin: float) -> Image.Image:
    """One object of ``kind`` in any colour, size, angle and aspect on a broad backdrop, cut out
    square with ``margin`` of context."""
    size = PROCEDURAL_CANVAS
    mask = silhouette(kind, size, size / 2, size / 2, rng.uniform(14, 40), rng.uniform(0, 2 * math.pi),
                      rng.uniform(0.8, 1.25), rng)
    image = broad_background(size, rng)
    image.paste(paint(object_colour(rng), mask, size, rng), (0, 0), mask)
    return square_crop(image, mask_box(np.asarray(mask) > 127), margin)


def broad_kind_crops(config: CropTowerConfig, size: int) -> tuple[torch.Tensor, torch.Tensor]:
    """(crop pixels [N, 3, size, size] uint8, kind ids [N]) of every thing and world object of
    the config's broad scenes, then ``procedural_crops`` of each procedural kind, each crop with
    a random context margin; ids index ``broad_kinds(config.procedural_kinds)``. The crops are
    kept as pixels (``normalise`` each batch): two thousand kinds of 20 crops at 128 px are
    2.4 GB so, and would be four times that as floats."""
    kinds = broad_kinds()
    rng = np.random.default_rng([config.seed, 23])
    pixels, labels = [], []
    for index in range(config.n_scenes):
        scene = draw_broad_scene(config.world_seed, index)
        found = [(kind, box) for kind, box in scene.things]
        found += [(SHAPES[WORLD_CLASSES[o.class_id].shape].name, o.xyxy) for o in scene.world.objects]
        if found:
            pixels.append(to_pixels([square_crop(scene.image, box, float(rng.uniform(*config.margin)))
                                     for _, box in found], size))
            labels += [kinds.index(kind) for kind, _ in found]
    named = len(kinds)
    for index in range(config.procedural_kinds):
        kind_of = procedural_kind(index)
        pixels.append(to_pixels([procedural_crop(kind_of, rng, float(rng.uniform(*config.margin)))
                                 for _ in range(config.procedural_crops)], size))
        labels += [named + index] * config.procedural_crops
    return torch.cat(pixels), torch.tensor(labels, dtype=torch.long)


def train_crop_tower(image_tower: nn.Module, config: CropTowerConfig = CropTowerConfig(),
                     progress: Callable[[dict], None] | None = None) -> CropTowerResult:
    """A copy of ``image_tower`` (an open_clip image tower) trained to tell ``broad_kinds``
    apart; the original is untouched. ``progress`` gets ``{"step", "steps", "loss", "seconds"}``
    every 100 steps."""
    start = time.perf_counter()
    torch.manual_seed(config.seed)
    tower = copy.deepcopy(image_tower).float().requires_grad_(True)
    crops, labels = broad_kind_crops(config, tower_input_size(tower))
    kinds = broad_kinds(config.procedural_kinds)
    with torch.no_grad():
        dim = tower(normalise(crops[:2])).shape[-1]
    classifier = nn.Parameter(torch.randn(len(kinds), dim) * 0.02)
    optimizer = torch.optim.AdamW([*tower.parameters(), classifier], lr=config.lr, weight_decay=config.weight_decay)
    rng = np.random.default_rng([config.seed, 29])
    result = CropTowerResult(tower, config, kinds, len(labels))
    tower.train()
    for step in range(config.steps):
        lr = config.lr * 0.5 * (1 + np.cos(np.pi * step / config.steps))
        for group in optimizer.param_groups:
            group["lr"] = lr
        index = torch.from_numpy(rng.integers(0, len(labels), config.batch_size))
        batch = normalise(augment(crops[index], rng))
        logits = config.temperature * F.normalize(tower(batch), dim=-1) @ F.normalize(classifier, dim=-1).T
        loss = F.cross_entropy(logits, labels[index])
        optimizer.zero_grad(set_to_none=True)
        loss.backward()
        optimizer.step()
        result.losses.append(float(loss.detach()))
        if progress is not None and (step + 1) % 100 == 0:
            progress({"step": step + 1, "steps": config.steps, "loss": float(np.mean(result.losses[-100:])),
                      "seconds": time.perf_counter() - start})
    tower.eval().requires_grad_(False)
    result.seconds = time.perf_counter() - start
    return result

