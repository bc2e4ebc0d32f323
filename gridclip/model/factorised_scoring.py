"""Inference-time grid-text scoring without materialising the D-channel grid embeddings.

``GridCLIP`` classifies a cell by the cosine between its grid embedding and each class's text
embedding. The grid embedding of level ``l`` is (see ``gridclip.model.network``)::

    e = W t + b + g * u(d)

with ``t`` the classification tower's output (``F`` = 128 channels), ``W``/``b`` the 1x1
projection to the CLIP width ``D`` (1,024 for RN50), ``d`` the backbone's unit dense CLIP
embedding at stride 32 and ``u`` the per-channel resize of ``d`` to the level's grid (bilinear up,
adaptive average down: linear, and the same for every channel). Building ``e`` at P3 means
several passes over a [D, H/8, W/8] tensor -- about a third of the whole head's time on a CPU,
for 2 % of its FLOPs. Everything the logits need is linear or quadratic in ``t`` and ``d``, so it
can be computed in F channels at the level's resolution and in D channels only at stride 32::

    T_c . e  = (W^T T_c) . t + b . T_c + g * u(d . T_c)
    |e|^2    = t^T (W^T W) t + 2 (W^T b) . t + |b|^2
               + 2g [t . u(W^T d) + u(b . d)] + g^2 |u(d)|^2

``|u(d)|^2`` needs the dot products of neighbouring cells of ``d``: ``u`` is separable, ``Uy`` /
``Ux`` are banded matrices (two taps per row for bilinear), so
``|u(d)|^2[i, j] = sum_{a, b, da, db} Uy[i, a] Uy[i, a + da] Ux[j, b] Ux[j, b + db] (d[a, b] . d[a + da, b + db])``.
Down-sampled levels (P6, P7) have fewer cells than ``d`` and are computed directly.
The result equals the explicit path up to float rounding (``tests/gridclip/model/test_factorised_scoring.py``).

>>> import torch
>>> from torch.nn import functional as F
>>> d = F.normalize(torch.randn(1, 16, 3, 4), dim=1)
>>> explicit = F.interpolate(d, size=(12, 16), mode="bilinear", align_corners=False).pow(2).sum(1)
>>> torch.allclose(resized_squared_norm(d, (12, 16)), explicit, atol=1e-5)
True
"""

from __future__ import annotations

import torch
import torch.nn.functional as F
from torch import nn


def spatial_size(x: torch.Tensor) -> tuple[int, int]:
    """(H, W) of a [..., H, W] tensor, as the pair the resizes below take."""
    return x.shape[-2], x.shape[-1]


def resize_per_channel(x: torch.Tensor, size: tuple[int, int]) -> torch.Tensor:
    """Bilinear up-sampling (align_corners=False) when no side shrinks, else adaptive average
    pooling: the resize ``GridCLIP`` applies to the dense CLIP embedding for each level."""
    if tuple(x.shape[-2:]) == tuple(size):
        return x
    if size[0] >= x.shape[-2] and size[1] >= x.shape[-1]:
        return F.interpolate(x, size=size, mode="bilinear", align_corners=False)
    return F.adaptive_avg_pool2d(x, size)


def resize_matrices(
    source: tuple[int, int], size: tuple[int, int], device: torch.device | str = "cpu"
) -> tuple[torch.Tensor, torch.Tensor]:
    """The 1-D matrices ``Uy`` [H, h] and ``Ux`` [W, w] with
    ``resize_per_channel(x, (H, W)) == Uy @ x @ Ux.T`` for every channel of an [h, w] map.

    Both resizes are separable; each matrix is read off by resizing an identity along one axis
    with the other axis left at its size, in the mode the 2-D resize picks.

    >>> uy, ux = resize_matrices((2, 3), (4, 6))
    >>> x = torch.randn(1, 1, 2, 3)
    >>> torch.allclose(resize_per_channel(x, (4, 6))[0, 0], uy @ x[0, 0] @ ux.T, atol=1e-6)
    True
    """
    (h, w), (height, width) = source, size
    upsample = height >= h and width >= w
    if (h, w) == (height, width):
        return torch.eye(h, device=device), torch.eye(w, device=device)

    def one_axis(n_in: int, n_out: int) -> torch.Tensor:
        eye = torch.eye(n_in, device=device)[None, None]  # [1, 1, n_in (rows), n_in (cols)]
        if upsample:
            out = F.interpolate(eye, size=(n_out, n_in), mode="bilinear", align_corners=False)
        else:
            out = F.adaptive_avg_pool2d(eye, (n_out, n_in))
        return out[0, 0]  # [n_out, n_in]

    return one_axis(h, height), one_axis(w, width)


def neighbour_dot_products(dense: torch.Tensor) -> torch.Tensor:
    """``out[b, 1 + dy, 1 + dx, a, c] = dense[b, :, a, c] . dense[b, :, a + dy, c + dx]`` for
    dy, dx in {-1, 0, 1} (zero past the border): [B, 3, 3, h, w]."""
    h, w = dense.shape[-2:]
    padded = F.pad(dense, (1, 1, 1, 1))
    rows = []
    for dy in (-1, 0, 1):
        rows.append(
            torch.stack([(dense * padded[:, :, 1 + dy : 1 + dy + h, 1 + dx : 1 + dx + w]).sum(1) for dx in (-1, 0, 1)], 1)
        )
    return torch.stack(rows, 1)


def resized_squared_norm(
    dense: torch.Tensor, size: tuple[int, int], neighbour_dots: torch.Tensor | None = None
) -> torch.Tensor:
    """``resize_per_channel(dense, size).pow(2).sum(1)`` [B, H, W].

    Up-sampling: from neighbour dot products of ``dense`` (``neighbour_dot_products``; pass
    them in to share them between levels) weighted by the bilinear matrices, whose rows have
    two adjacent taps, without building the resized [B, D, H, W] tensor. Down-sampling makes
    fewer cells than ``dense`` has, so it is computed directly.
    """
    h, w = dense.shape[-2:]
    if (h, w) == tuple(size):
        return dense.pow(2).sum(1)
    if not (size[0] >= h and size[1] >= w):
        return resize_per_channel(dense, size).pow(2).sum(1)
    dots = neighbour_dot_products(dense) if neighbour_dots is None else neighbour_dots
    uy, ux = (m.to(dense.dtype) for m in resize_matrices((h, w), size, dense.device))
    rows = torch.stack([uy * _shift_columns(uy, dy) for dy in (-1, 0, 1)])  # [3, H, h]: Uy[i, a] Uy[i, a + dy]
    cols = torch.stack([ux * _shift_columns(ux, dx) for dx in (-1, 0, 1)])  # [3, W, w]
    partial = torch.einsum("yia,byxac->bxic", rows, dots)
    return torch.einsum("bxic,xjc->bij", partial, cols)


def _shift_columns(matrix: torch.Tensor, offset: int) -> torch.Tensor:
    """``out[i, a] = matrix[i, a + offset]`` (zero where ``a + offset`` is out of range)."""
    if offset == 0:
        return matrix
    out = torch.zeros_like(matrix)
    if offset > 0:
        out[:, :-offset] = matrix[:, offset:]
    else:
        out[:, -offset:] = matrix[:, :offset]
    return out


class FactorisedGridScorer:
    """Cosine logits of one picture batch's FPN levels against any text rows, computed from the
    classification towers' outputs and the dense CLIP embedding (see the module docstring).

    ``projection``: the head's 1x1 conv to the CLIP width; ``dense``: unit dense CLIP embedding
    [B, D, h, w]; ``gate``: the residual gate (``None`` when the dense embedding is not fused).
    Call ``add_level(tower_output)`` per level in order, then ``logits(level, text, scale, bias)``.
    """

    def __init__(self, projection: nn.Conv2d, dense: torch.Tensor, gate: torch.Tensor | None) -> None:
        # The expansion of |e|^2 subtracts nothing but sums many terms: keep it all in fp32.
        with torch.autocast(dense.device.type, enabled=False):
            self._prepare(projection, dense.float(), gate)

    def _prepare(self, projection: nn.Conv2d, dense: torch.Tensor, gate: torch.Tensor | None) -> None:
        weight = projection.weight[:, :, 0, 0].float()  # [D, F]
        bias = projection.bias.float() if projection.bias is not None else weight.new_zeros(weight.shape[0])
        self.weight, self.bias, self.gate, self.dense = weight, bias, gate, dense
        self.bias_sq = bias.dot(bias)
        # One 1x1 conv gives W^T W t and (W^T b) . t together.
        gram = torch.cat([weight.T @ weight, (weight.T @ bias)[None]], dim=0)  # [F + 1, F]
        self._quadratic = gram[:, :, None, None]
        if gate is not None:
            self._dense_projected = torch.einsum("bdhw,df->bfhw", dense, weight)  # W^T d
            self._dense_bias = torch.einsum("bdhw,d->bhw", dense, bias)[:, None]  # b . d
        self._neighbour_dots: torch.Tensor | None = None
        # What logits() derives from a text matrix, kept for the next level scored against the
        # same one: text . d on the dense grid is C x D x h x w multiply-adds, the same at every
        # level (about a 1,000 classes x 1,024 dims x 560 cells per call for RN50 at 800 px).
        self._per_text: list[tuple[torch.Tensor, tuple[torch.Tensor, ...]]] = []
        self.towers: list[torch.Tensor] = []
        self.norms: list[torch.Tensor] = []

    def add_level(self, tower: torch.Tensor) -> None:
        """Register level ``len(self.towers)``'s tower output [B, F, H, W] and compute |e|."""
        with torch.autocast(tower.device.type, enabled=False):  # |e|^2 by expansion wants fp32
            self._add_level(tower.float())

    def _add_level(self, tower: torch.Tensor) -> None:
        size = spatial_size(tower)
        quadratic = F.conv2d(tower, self._quadratic)
        squared = (tower * quadratic[:, :-1]).sum(1) + 2 * quadratic[:, -1] + self.bias_sq
        if self.gate is not None:
            cross = (tower * resize_per_channel(self._dense_projected, size)).sum(1)
            cross = cross + resize_per_channel(self._dense_bias, size)[:, 0]
            if self._neighbour_dots is None:
                self._neighbour_dots = neighbour_dot_products(self.dense)
            dense_norm = resized_squared_norm(self.dense, size, self._neighbour_dots)
            squared = squared + 2 * self.gate * cross + self.gate**2 * dense_norm
        self.towers.append(tower)
        # F.normalize divides by max(|e|, 1e-12); |e|^2 can come out a hair below 0 by rounding.
        self.norms.append(squared.clamp_min(0).sqrt().clamp_min(1e-12)[:, None])

    def logits(self, level: int, text: torch.Tensor, scale: torch.Tensor, bias: torch.Tensor) -> torch.Tensor:
        """``scale * cos(e, text_c) + bias`` [B, C, H, W] for unit ``text`` rows [C, D]."""
        with torch.autocast(self.towers[level].device.type, enabled=False):
            return self._logits(level, text.float(), scale.float(), bias.float())

    def _logits(self, level: int, text: torch.Tensor, scale: torch.Tensor, bias: torch.Tensor) -> torch.Tensor:
        tower = self.towers[level]
        text_weight, text_bias, text_dense = self._text_terms(text)
        numerator = F.conv2d(tower, text_weight[:, :, None, None], text_bias)
        if self.gate is not None:
            numerator = numerator + self.gate * resize_per_channel(text_dense, spatial_size(tower))
        return scale * numerator / self.norms[level] + bias

    def _text_terms(self, text: torch.Tensor) -> tuple[torch.Tensor, ...]:
        """``W^T t``, ``b . t`` and ``t . d`` on the dense grid, once per text matrix (by identity)."""
        for seen, terms in self._per_text:
            if seen is text:
                return terms
        text_dense = torch.einsum("bdhw,cd->bchw", self.dense, text) if self.gate is not None else text
        terms = (text @ self.weight, text @ self.bias, text_dense)
        self._per_text.append((text, terms))
        return terms
