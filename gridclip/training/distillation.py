"""Keeping what the parent knew: its scores of the classes a fine-tune does not train, distilled
on the user's own pictures.

A fine-tune on a store's boxes trains the classes the store names; every other class the parent
model was built on (its checkpoint's training vocabulary) has no box and no loss, and drifts as
the head moves: ultralytics #22231, YOLO-World losing its original classes after fine-tuning.
No original training data is assumed (a real user has none): on each training picture the
frozen parent scores those classes, and the student's logits for them are pulled to the
parent's by the Bernoulli KL divergence per cell and class (zero when they agree), summed over
the classes and averaged over the cells of every level.

>>> import torch
>>> same = [torch.randn(2, 3, 4, 4)]
>>> float(bernoulli_kl(same, same)) == 0.0
True
>>> float(bernoulli_kl([torch.zeros(1, 2, 2, 2)], [torch.full((1, 2, 2, 2), 3.0)])) > 0
True
"""

from __future__ import annotations

import copy
from collections.abc import Sequence
from typing import Any

import torch
import torch.nn.functional as F
from torch import nn

from gridclip.model.network import GridCLIP
from gridclip.vocabulary import Vocabulary


def bernoulli_kl(student: Sequence[torch.Tensor], teacher: Sequence[torch.Tensor]) -> torch.Tensor:
    """KL(teacher ‖ student) of per-cell, per-class sigmoid scores ([B, K, H, W] logits per
    level), summed over the K classes and averaged over every cell of every level."""
    total, cells = None, 0
    for s, t in zip(student, teacher):
        s, t = s.float(), t.float().detach()
        p = torch.sigmoid(t)
        # KL = p (log p - log q) + (1 - p) (log(1 - p) - log(1 - q)), in logits for stability.
        kl = p * (F.logsigmoid(t) - F.logsigmoid(s)) + (1 - p) * (F.logsigmoid(-t) - F.logsigmoid(-s))
        part = kl.sum(dim=1).sum()
        total = part if total is None else total + part
        cells += s.shape[0] * s.shape[2] * s.shape[3]
    if total is None:
        raise ValueError("bernoulli_kl needs at least one level")
    return total / max(cells, 1)


def cosine_mse(student: Sequence[torch.Tensor], teacher: Sequence[torch.Tensor], scale: float) -> torch.Tensor:
    """The squared difference of the per-cell, per-class *cosines* (logits less the shared bias,
    over the parent's ``scale``), summed over the classes and averaged over every cell. Unlike
    the KL of saturated sigmoids (a kept class scores near zero on most cells of a user's
    pictures, and a KL there has almost no gradient), it holds the grid along every kept
    class's text direction wherever the cells lie.

    >>> same = [torch.randn(2, 3, 4, 4)]
    >>> float(cosine_mse(same, same, 50.0))
    0.0
    """
    total, cells = None, 0
    for s, t in zip(student, teacher):
        part = ((s.float() - t.float().detach()) / scale).pow(2).sum(dim=1).sum()
        total = part if total is None else total + part
        cells += s.shape[0] * s.shape[2] * s.shape[3]
    if total is None:
        raise ValueError("cosine_mse needs at least one level")
    return total / max(cells, 1)


class ParentScores(nn.Module):
    """The frozen parent network and the classes it keeps: ``text`` [K, D] (what the parent
    scored them by), ``names``. Not a submodule of the training step's parameters: nothing here
    trains. ``logits(features, images)``: the parent's per-level logits [B, K, H, W] on a batch,
    from the student's cached backbone features when the tower is frozen (they are the
    parent's too), else from the pictures."""

    text: torch.Tensor

    def __init__(self, network: GridCLIP, text: torch.Tensor, names: Sequence[str], weight: float,
                 factorised: bool, loss: str = "kl") -> None:
        super().__init__()
        if loss not in ("kl", "cosine"):
            raise ValueError(f"distill_loss must be 'kl' or 'cosine', got {loss!r}")
        self.loss = loss
        self.frozen: list[GridCLIP] = [copy.deepcopy(network).eval()]  # a list: hidden from parameters() and DDP
        for p in self.frozen[0].parameters():
            p.requires_grad_(False)
        self.register_buffer("text", text.detach().float().clone())
        self.names = list(names)
        self.weight = float(weight)
        self.factorised = factorised

    def distance(self, student: Sequence[torch.Tensor], teacher: Sequence[torch.Tensor]) -> torch.Tensor:
        """``weight`` × how far the student's logits of the kept classes are from the parent's."""
        if self.loss == "cosine":
            return self.weight * cosine_mse(student, teacher, float(self.frozen[0].logit_scale))
        return self.weight * bernoulli_kl(student, teacher)

    @torch.no_grad()
    def logits(self, features: Any | None, images: torch.Tensor | None) -> list[torch.Tensor]:
        net = self.frozen[0]
        if features is None or net.backbone.trainable:
            if images is None:
                raise ValueError("the parent needs the pictures when the tower trains")
            features = net.backbone_features(images)
        out = (net.forward_factorised(features, self.text) if self.factorised
               else net.forward_from_features(features, self.text))
        return [t.detach() for t in out.cls_logits]


def kept_classes(parent_vocabulary: Vocabulary | None, trained: Vocabulary) -> list[str]:
    """The parent's training classes that the fine-tune's vocabulary does not name (by name or
    synonym, ignoring case): those whose scores distillation keeps.

    >>> kept_classes(Vocabulary.parse("cat | kitty, dog, bird"), Vocabulary.parse("Kitty, part-7b"))
    ['dog', 'bird']
    >>> kept_classes(None, Vocabulary.parse("part-7b"))
    []
    """
    if parent_vocabulary is None:
        return []
    named = {t.casefold() for c in trained.classes for t in c.texts}
    return [c.name for c in parent_vocabulary.classes if not {t.casefold() for t in c.texts} & named]
