"""Crop classes from accepted boxes: prototypes (no training) and a short fit of the crop tower.

``crop_prototypes``: each class's row is the mean crop-tower embedding of its accepted boxes
(``gridclip.inference.crop_classes``); exemplars use it for classes whose text is silent.
``fit_crop_classes``: a copy of the crop tower and the rows (started from those prototypes)
trained together on the accepted boxes' crops with a cosine classifier, flips and transposes;
the fine-tune runs it for the classes that are new to the model. Both read pictures and boxes
as ``TrainingExample`` s, in original pixels.
"""

from __future__ import annotations

import copy
import math
import time
from collections.abc import Collection, Sequence
from dataclasses import dataclass

import numpy as np
import torch
import torch.nn as nn
import torch.nn.functional as F

from gridclip.inference.crop_classes import CROP_TEMPERATURE, CropClasses, crop_tensor, embed_crops, tower_input_size
from gridclip.inference.images import load_rgb
from gridclip.training_data import TrainingExample


@dataclass(frozen=True)
class CropFitConfig:
    """How ``fit_crop_classes`` trains (the defaults: about a minute on two CPU cores)."""

    #: at most this many optimiser steps over batches of ``batch_size`` accepted crops ...
    steps: int = 300
    #: ... and no more than this many passes over them (few boxes: fewer steps, less overfitting)
    epochs: int = 100
    batch_size: int = 32
    lr: float = 1e-3
    weight_decay: float = 1e-4
    seed: int = 0
    #: scale of the cosine classifier's logits while the rows are fitted
    temperature: float = CROP_TEMPERATURE
    #: ... and when the fitted rows read new boxes. Softer than the fit: rows fitted on a few
    #: dozen crops are surer of them than of boxes they never saw, and a soft reading lets the
    #: detector's box score weigh more where the crop names a box only roughly. Parts, 20
    #: pictures, the same fine-tuned heads read at 20 / 10 / 5: seed 0 61.0 / 63.6 / –, seed 1
    #: 58.5 / 61.7 / 63.4, seed 2 54.1 / – / 58.4 (benchmarks/RESULTS.md, "A crop tower taught
    #: a thousand kinds").
    read_temperature: float = 5.0

    def __post_init__(self) -> None:
        if self.steps < 0 or self.epochs < 1 or self.batch_size < 1 or self.lr <= 0:
            raise ValueError("steps must be ≥ 0, epochs and batch_size ≥ 1 and lr > 0")
        if self.temperature <= 0 or self.read_temperature <= 0:
            raise ValueError("temperature and read_temperature must be > 0")

    def steps_for(self, crops: int) -> int:
        """The steps a fit on ``crops`` accepted crops runs.

        >>> CropFitConfig().steps_for(85), CropFitConfig().steps_for(17)
        (266, 54)
        """
        return min(self.steps, math.ceil(self.epochs * crops / self.batch_size))


def labelled_crops(detector, examples: Sequence[TrainingExample], class_names: Sequence[str],
                   only: Collection[str]) -> tuple[torch.Tensor, list[str]]:
    """(crop batch of every box whose class is in ``only``, the class name of each), cut as
    ``rescore_by_crops`` cuts them, at the detector's crop tower's input size."""
    tower = detector.crop_tower_or_trunk()
    size = tower_input_size(tower)
    wanted = {name.casefold() for name in only}
    batches, labels = [], []
    for example in examples:
        keep = [i for i, c in enumerate(example.class_ids.tolist()) if class_names[int(c)].casefold() in wanted]
        if not keep:
            continue
        batches.append(crop_tensor(load_rgb(example.image), example.xyxy[keep], size, detector.mean, detector.std))
        labels += [class_names[int(example.class_ids[i])] for i in keep]
    if not batches:
        return torch.zeros(0, 3, size, size), []
    return torch.cat(batches), labels


def nearest_mean_accuracy(embeddings: torch.Tensor, labels: Sequence[str]) -> float:
    """Leave-one-out share of the rows whose nearest class mean (cosine; each row left out of its
    own class's mean) is their own class. Rows of a class with one row are not counted; 0 when
    no row is counted or fewer than two classes are present.

    >>> e = torch.tensor([[1.0, 0.1], [1.0, -0.1], [0.1, 1.0], [-0.1, 1.0]])
    >>> nearest_mean_accuracy(e, ["a", "a", "b", "b"]), nearest_mean_accuracy(e, ["a", "b", "a", "b"])
    (1.0, 0.0)
    """
    names = list(dict.fromkeys(labels))
    if len(names) < 2 or len(embeddings) != len(labels):
        return 0.0
    units = F.normalize(embeddings.float(), dim=1)
    index = torch.tensor([names.index(n) for n in labels])
    sums = torch.zeros(len(names), units.shape[1]).index_add_(0, index, units)
    counts = torch.bincount(index, minlength=len(names)).float()
    means = sums[None].repeat(len(units), 1, 1)  # [rows, classes, D]: each row's own view of the means
    rows = torch.arange(len(units))
    means[rows, index] -= units
    own_count = counts[index] - 1
    counted = own_count > 0
    if not counted.any():
        return 0.0
    similarity = torch.einsum("rd,rkd->rk", units, F.normalize(means, dim=2))
    return float((similarity.argmax(dim=1) == index)[counted].float().mean())


def crop_prototypes(detector, examples: Sequence[TrainingExample], class_names: Sequence[str],
                    only: Collection[str], better_than: float | None = None,
                    temperature: float = CROP_TEMPERATURE) -> CropClasses | None:
    """Rows of the classes in ``only`` that have boxes in ``examples``: the unit mean crop
    embedding of their boxes, read at ``temperature``; ``None`` when none has a box, or when
    ``better_than`` is given and the crops do not tell those boxes apart better than that
    (``nearest_mean_accuracy``)."""
    crops, labels = labelled_crops(detector, examples, class_names, only)
    if not labels:
        return None
    embeddings = embed_crops(detector.crop_tower_or_trunk(), crops)
    if better_than is not None and nearest_mean_accuracy(embeddings, labels) <= better_than:
        return None
    names = list(dict.fromkeys(labels))
    rows = torch.stack([embeddings[[i for i, n in enumerate(labels) if n == name]].mean(0) for name in names])
    return CropClasses(tuple(names), rows, temperature)


@dataclass
class CropFit:
    """What ``fit_crop_classes`` learnt: the tuned tower, the rows, and how long it took."""

    tower: nn.Module
    classes: CropClasses
    boxes: int
    seconds: float
    losses: list[float]


def fit_crop_classes(detector, examples: Sequence[TrainingExample], class_names: Sequence[str],
                     only: Collection[str], config: CropFitConfig = CropFitConfig()) -> CropFit | None:
    """A copy of the detector's crop tower and one row per class of ``only`` (started from its
    prototype), trained to tell those classes' accepted crops apart; ``None`` when fewer than two
    of them have boxes (one class has nothing to be told apart from). The detector is untouched."""
    start = time.perf_counter()
    crops, labels = labelled_crops(detector, examples, class_names, only)
    names = list(dict.fromkeys(labels))
    if len(names) < 2:
        return None
    prototypes = crop_prototypes(detector, examples, class_names, names, temperature=config.temperature)
    assert prototypes is not None  # the classes above have boxes
    torch.manual_seed(config.seed)
    tower = copy.deepcopy(detector.crop_tower_or_trunk()).float().cpu().requires_grad_(True)
    rows = nn.Parameter(prototypes.weights.clone())
    target = torch.tensor([names.index(n) for n in labels])
    optimizer = torch.optim.AdamW([*tower.parameters(), rows], lr=config.lr, weight_decay=config.weight_decay)
    rng = np.random.default_rng([config.seed, 31])
    losses: list[float] = []
    # Batch norms keep the statistics the tower was built with: a few dozen crops of a handful of
    # kinds are no estimate of them, and a tower scored in eval mode must be trained as it is scored.
    tower.train()
    for module in tower.modules():
        if isinstance(module, nn.modules.batchnorm._BatchNorm):
            module.eval()
    for _step in range(config.steps_for(len(target))):
        index = torch.from_numpy(rng.integers(0, len(target), config.batch_size))
        logits = prototypes.temperature * F.normalize(tower(augment(crops[index], rng)), dim=-1) @ F.normalize(rows, dim=-1).T
        loss = F.cross_entropy(logits, target[index])
        optimizer.zero_grad(set_to_none=True)
        loss.backward()
        optimizer.step()
        losses.append(float(loss.detach()))
    tower.eval().requires_grad_(False)
    classes = CropClasses(tuple(names), rows.detach(), config.read_temperature)
    return CropFit(tower, classes, len(labels), time.perf_counter() - start, losses)


def augment(batch: torch.Tensor, rng: np.random.Generator) -> torch.Tensor:
    """A batch of crops flipped left–right, top–bottom and transposed, each with chance 1/2
    (the whole batch at once): kinds are drawn at any angle, so none of these changes a kind."""
    if rng.uniform() < 0.5:
        batch = batch.flip(-1)
    if rng.uniform() < 0.5:
        batch = batch.flip(-2)
    if rng.uniform() < 0.5:
        batch = batch.transpose(-1, -2)
    return batch
