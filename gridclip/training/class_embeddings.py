"""Class embeddings that learn during fine-tuning, held near where they started.

A cosine classifier tied to frozen text embeddings cannot learn what the text gets wrong: a
class the text tower describes badly stays badly described however many boxes a person
accepts. Here every class of the training vocabulary gets a learnable embedding, started from
the embedding the detector scores it by today (its text, what an earlier fine-tune adapted, or
text blended with exemplar prototypes) and pulled back towards that start with an L2 penalty on
the unit vectors, so a class with few boxes moves only as far as its boxes justify.

``learns`` picks the rows that move (default: all). A fine-tune on classes new to the model
(``gridclip.training.new_classes``) moves only those: they start from the prototype of their
boxes in the head's own grid, and a class whose text knows it keeps that text as it is.

>>> import torch
>>> start = torch.nn.functional.normalize(torch.randn(3, 8), dim=1)
>>> classes = AdaptiveClassEmbeddings(start, pull=1.0)
>>> torch.allclose(classes(), start), round(float(classes.pull_loss()), 9)
(True, 0.0)
>>> frozen_first = AdaptiveClassEmbeddings(start, pull=1.0, learns=torch.tensor([False, True, True]))
>>> with torch.no_grad():
...     _ = frozen_first.weight.add_(1.0)
>>> torch.equal(frozen_first()[0], start[0]), torch.equal(frozen_first()[1], start[1])
(True, False)
"""

from __future__ import annotations

import torch
import torch.nn.functional as F
from torch import nn


class AdaptiveClassEmbeddings(nn.Module):
    """[C, D] learnable class embeddings; ``forward()`` gives them as unit rows (rows that do
    not learn are their start, exactly)."""

    start: torch.Tensor
    learns: torch.Tensor

    def __init__(self, start: torch.Tensor, pull: float, learns: torch.Tensor | None = None) -> None:
        super().__init__()
        start = F.normalize(start.detach().float(), dim=1)
        self.weight = nn.Parameter(start.clone())
        self.register_buffer("start", start.clone())
        mask = torch.ones(len(start), dtype=torch.bool) if learns is None else learns.detach().bool().cpu()
        if mask.shape != (len(start),):
            raise ValueError(f"learns must be [{len(start)}] bools, got {tuple(mask.shape)}")
        self.register_buffer("learns", mask.to(start.device))
        self.pull = float(pull)

    def forward(self) -> torch.Tensor:
        return torch.where(self.learns[:, None], F.normalize(self.weight, dim=1), self.start)

    def pull_loss(self) -> torch.Tensor:
        """``pull`` × the mean squared distance of the learning unit rows from where they started."""
        if not bool(self.learns.any()):
            return self.weight.sum() * 0.0
        return self.pull * (self() - self.start).pow(2).sum(dim=1)[self.learns].mean()
