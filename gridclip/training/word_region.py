"""DetCLIPv2's word-region alignment, learnt from image-level tags (no boxes).

A tag-only picture says which classes are in it (and, when a person said so, which are not).
The regions are GridCLIP's grid cells on every FPN level, the words are the classes' text
embeddings (the very rows the classifier scores against, so what this aligns is what detection
reads). For picture ``i`` and text ``j`` (a set of tagged classes)::

    s(i, j) = mean over classes c in j of  max over cells r of picture i  cos(region_r, word_c)

and the loss is InfoNCE over the batch in both directions with temperature ``temperature``:
picture ``i`` must pick its own tag set among the batch's, each tag set its own pictures. Only
the best-matching cell of a word gets its gradient, so a tag pulls the region that already looks
most like it (where the object probably is) towards the word, and the other pictures' tag sets
push it away from what is not there.

Two refinements a labeling store needs:

- A text is never a negative of a picture it is true of (a store with two classes has many
  pictures tagged "forklift, pallet", and "forklift" is true of them too): texts are
  de-duplicated, and a text's positives are all the pictures whose tags include it.
- Classes a person marked absent are extra single-word negatives of that picture only.

Padding cells (the letterbox's right and bottom) are never regions.

>>> import torch
>>> cos = torch.tensor([[0.9, 0.1], [0.2, 0.8]])          # [pictures, classes]: max-over-regions
>>> tags = [TagTargets((0,), ()), TagTargets((1,), ())]
>>> round(float(word_region_contrastive_loss(cos, tags, temperature=0.1)), 4)
0.0012
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

import torch

__all__ = ["TagTargets", "max_region_cosines", "picture_text_similarity", "valid_cell_masks",
           "word_region_contrastive_loss"]

DEFAULT_TEMPERATURE = 0.07  # CLIP's starting temperature; a fixed one keeps checkpoints unchanged


@dataclass(frozen=True)
class TagTargets:
    """One picture's tags as vocabulary class ids: ``present`` (at least one) and ``absent``."""

    present: tuple[int, ...]
    absent: tuple[int, ...] = ()

    def __post_init__(self) -> None:
        if not self.present:
            raise ValueError("a tag-only picture needs at least one class it shows")
        if set(self.present) & set(self.absent):
            raise ValueError(f"classes {sorted(set(self.present) & set(self.absent))} are tagged both present and absent")


def valid_cell_masks(shapes: Sequence[tuple[int, int]], strides: Sequence[int],
                     fitted: Sequence[tuple[int, int]], device: torch.device | str = "cpu") -> list[torch.Tensor]:
    """Per level a [B, H, W] bool mask of the cells whose centre lies on the picture (not on the
    letterbox padding). ``fitted[b]`` is picture ``b``'s unpadded (width, height) in input pixels.

    >>> [m[0].int().tolist() for m in valid_cell_masks([(2, 2)], [8], [(8, 16)])]
    [[[1, 0], [1, 0]]]
    """
    sizes = torch.tensor(fitted, dtype=torch.float32, device=device)  # [B, 2] (w, h)
    masks = []
    for (height, width), stride in zip(shapes, strides):
        ys = (torch.arange(height, device=device, dtype=torch.float32) + 0.5) * stride
        xs = (torch.arange(width, device=device, dtype=torch.float32) + 0.5) * stride
        inside_y = ys[None, :] < sizes[:, 1:2]  # [B, H]
        inside_x = xs[None, :] < sizes[:, 0:1]  # [B, W]
        mask = inside_y[:, :, None] & inside_x[:, None, :]
        # A picture thinner than a coarse level's stride still keeps its first cell.
        mask[:, 0, 0] = True
        masks.append(mask)
    return masks


def max_region_cosines(cosine_maps: Sequence[torch.Tensor], masks: Sequence[torch.Tensor]) -> torch.Tensor:
    """[B, C]: for every picture and class the largest cos(region, word) over the picture's valid
    cells of all levels. ``cosine_maps[level]`` is [B, C, H, W], ``masks[level]`` [B, H, W]."""
    best = []
    for cos, mask in zip(cosine_maps, masks):
        hidden = torch.finfo(cos.dtype).min
        best.append(cos.float().masked_fill(~mask[:, None], hidden).flatten(2).amax(dim=2))
    return torch.stack(best).amax(dim=0)


def picture_text_similarity(max_cos: torch.Tensor, texts: Sequence[tuple[int, ...]]) -> torch.Tensor:
    """[B, T]: picture ``i`` against text ``j`` = mean over the text's classes of ``max_cos[i, c]``."""
    membership = torch.zeros(len(texts), max_cos.shape[1], dtype=max_cos.dtype, device=max_cos.device)
    for j, classes in enumerate(texts):
        membership[j, list(classes)] = 1.0 / len(classes)
    return max_cos @ membership.T


def word_region_contrastive_loss(max_cos: torch.Tensor, tags: Sequence[TagTargets],
                                 temperature: float = DEFAULT_TEMPERATURE) -> torch.Tensor:
    """InfoNCE in both directions between the batch's pictures and its distinct tag sets (see the
    module docstring); ``max_cos`` is :func:`max_region_cosines`' [B, C]."""
    if max_cos.shape[0] != len(tags):
        raise ValueError(f"{max_cos.shape[0]} pictures but {len(tags)} tag sets")
    if temperature <= 0:
        raise ValueError(f"temperature must be > 0, got {temperature}")
    texts = list(dict.fromkeys(tuple(sorted(set(t.present))) for t in tags))
    logits = picture_text_similarity(max_cos, texts) / temperature  # [B, T]
    # A text is a positive of every picture it is true of: its own, one with the same tags, one
    # whose tags include it ("forklift" of a "forklift, pallet" picture).
    positives = torch.tensor([[set(text) <= set(t.present) for text in texts] for t in tags],
                             device=max_cos.device)  # [B, T]

    # Picture -> texts: the ones true of it among the batch's, and its absent classes as one-word
    # negatives of its own.
    absent_logits = [max_cos[i, list(t.absent)] / temperature for i, t in enumerate(tags)]
    widest = max((len(a) for a in absent_logits), default=0)
    padded = torch.full((len(tags), widest), float("-inf"), dtype=logits.dtype, device=logits.device)
    for i, row in enumerate(absent_logits):
        padded[i, : row.numel()] = row
    picture_logits = torch.cat([logits, padded], dim=1)
    picture_positives = torch.cat([positives, torch.zeros_like(padded, dtype=torch.bool)], dim=1)
    picture_to_text = _multi_positive_nce(picture_logits, picture_positives)
    # Text -> pictures: the pictures it is true of among the batch's.
    text_to_picture = _multi_positive_nce(logits.T, positives.T)
    return 0.5 * (picture_to_text + text_to_picture)


def _multi_positive_nce(logits: torch.Tensor, positives: torch.Tensor) -> torch.Tensor:
    """Mean over rows of -log(softmax mass on the row's positives); every row has one."""
    positive_mass = logits.masked_fill(~positives, float("-inf")).logsumexp(dim=1)
    return (logits.logsumexp(dim=1) - positive_mass).mean()
