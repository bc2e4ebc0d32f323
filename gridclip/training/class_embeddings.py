"""Class embeddings that learn during fine-tuning, held near where they started.

A cosine classifier tied to frozen text embeddings cannot learn what the text gets wrong: a
class the text tower describes badly stays badly described however many boxes a person
accepts. Here every class of the training vocabulary gets a learnable embedding, started from
the embedding the detector scores it by today (its text, what an earlier fine-tune adapted, or
text blended with exemplar prototypes) and pulled back towards that start with an L2 penalty on
the unit vectors, so a class with few boxes moves only as far as its boxes justify.

>>> import torch
>>> start = torch.nn.functional.normalize(torch.randn(3, 8), dim=1)
>>> classes = AdaptiveClassEmbeddings(start, pull=1.0)
>>> torch.allclose(classes(), start), float(classes.pull_loss())
(True, 0.0)
"""

from __future__ import annotations

import torch
import torch.nn.functional as F
from torch import nn


class AdaptiveClassEmbeddings(nn.Module):
    """[C, D] learnable class embeddings; ``forward()`` gives them as unit rows."""

    def __init__(self, start: torch.Tensor, pull: float) -> None:
        super().__init__()
        start = F.normalize(start.detach().float(), dim=1)
        self.weight = nn.Parameter(start.clone())
        self.register_buffer("start", start.clone())
        self.pull = float(pull)

    def forward(self) -> torch.Tensor:
        return F.normalize(self.weight, dim=1)

    def pull_loss(self) -> torch.Tensor:
        """``pull`` × the mean squared distance of the unit rows from where they started."""
        return self.pull * (self() - self.start).pow(2).sum(dim=1).mean()
