"""The GridCLIP network: a one-stage open-vocabulary detector on CLIP grid embeddings.

- ``GridCLIP`` (``nn.Module``): CLIP image tower (``gridclip.backbone``) -> FPN P3-P7
  (``torchvision.ops.FeaturePyramidNetwork`` + ``LastLevelP6P7``, strides 8-128) -> FCOS-style
  head (shared 4x conv+GroupNorm towers; box l,t,r,b; centerness) whose classification
  branch ends in a 1x1 conv to the CLIP embedding size D, L2-normalised per cell (the *grid
  embeddings*). Grid-level alignment: ``logits = tau * cos(grid, text_c) + b``, with
  ``tau = exp(log_logit_scale)`` learnable (starts at 50) and ``b`` at the 0.01 prior.
  A new vocabulary only swaps the text matrix.

Its public wrapper, ``Detector`` (the model plus the CLIP text tower, the text-embedding
cache, the preprocessing and the device), lives in ``gridclip.inference.detector``.

Fusion decision (the dense CLIP embedding in the classification branch): **fused, as a
residual**. A grid embedding is ``normalize(gate * up(normalize(clip_dense)) + proj(cls_tower))``
where ``clip_dense`` is the backbone's MaskCLIP/CLIPSelf embedding (stride 32 for ResNets),
resized to each level, ``gate`` a learnable scalar starting at 1, and ``proj`` the 1x1 conv
initialised small relative to the unit CLIP vector (output norm about a third of it, for any
widths). So an untrained head already classifies mostly like the training-free CLIP grid,
and training learns a correction on top of CLIP's space instead of a replacement
for it: classes that never get a box (novel) keep CLIP's knowledge through the residual
path, which is what makes the training-free -> trained transition smooth. ``fuse_dense_clip=
False`` in ``DetectorConfig`` turns it off (the head's own embedding only).
"""

from __future__ import annotations

import math
from collections import OrderedDict
from collections.abc import Callable
from dataclasses import asdict, dataclass, field, fields
from typing import Any

import torch
import torch.nn.functional as F
from torch import nn
from torchvision.ops import FeaturePyramidNetwork
from torchvision.ops.feature_pyramid_network import LastLevelP6P7

from gridclip.model.backbone import BackboneFeatures, ClipBackbone
from gridclip.model.factorised_scoring import FactorisedGridScorer, resize_matrices, resize_per_channel, spatial_size
from gridclip.model.losses import detection_losses

#: FPN levels P3-P7.
STRIDES: tuple[int, ...] = (8, 16, 32, 64, 128)
#: Input sides must be multiples of C5's stride: C3-C5 then align exactly, the FPN's top-down
#: path upsamples to each level's real shape, and P6/P7 are strided convolutions of P5, so an
#: odd-sized P5 is fine (grid points follow each level's real shape).
INPUT_MULTIPLE = 32
@dataclass
class DetectorConfig:
    """Architecture and inference settings stored in every checkpoint."""

    image_size: int = 512  # the long side every image is resized to
    # 128, not FCOS's 256: at 800 px a 256-channel head costs as much as the RN50 trunk on a CPU
    fpn_channels: int = 128
    head_convs: int = 4
    fuse_dense_clip: bool = True
    trainable_backbone: bool = False
    prior_probability: float = 0.01
    init_logit_scale: float = 50.0
    center_sampling_radius: float = 1.5
    candidates_per_image: int = 1000  # top-k kept by predict_raw
    min_candidate_score: float = 0.01
    # Per picture and level, a class whose cell at this quantile scores above a cell orthogonal
    # to its text is brought down to it (``floor_ubiquitous_classes``). Training pushes clutter
    # off the texts it trains, never off a word it never saw: without the floor such a class
    # fires on every clutter cell (benchmarks/RESULTS.md, "The background floor"). None turns it off.
    background_quantile: float | None = 0.5
    # training-free mode (no trained head): see gridclip.training_free
    training_free_logit_scale: float = 100.0
    training_free_relative_threshold: float = 0.5

    def __post_init__(self) -> None:
        if self.background_quantile is not None and not 0.0 < self.background_quantile < 1.0:
            raise ValueError(f"background_quantile must be in (0, 1) or None, got {self.background_quantile}")

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> DetectorConfig:
        known = {f.name for f in fields(cls)}
        return cls(**{k: v for k, v in data.items() if k in known})


@dataclass
class HeadOutputs:
    """Per-level outputs of ``GridCLIP`` for a batch (level l has stride ``strides[l]``).

    ``cls_logits`` [B, C, H, W] (empty list without text), ``box_ltrb`` [B, 4, H, W] distances
    in input pixels, ``centerness`` [B, 1, H, W] logits, ``grid_embeddings`` [B, D, H, W] unit
    vectors, ``points`` [H*W, 2] (x, y) cell centres in input pixels, ``clip_dense`` the
    backbone's normalised dense CLIP embedding [B, D, h, w] at ``clip_stride``.
    ``class_index`` (only with ``class_limit``): the vocabulary id of each of the K channels.
    """

    cls_logits: list[torch.Tensor]
    box_ltrb: list[torch.Tensor]
    centerness: list[torch.Tensor]
    grid_embeddings: list[torch.Tensor]
    points: list[torch.Tensor]
    strides: list[int]
    clip_dense: torch.Tensor
    clip_stride: int
    class_index: torch.Tensor | None = None  # vocabulary id of each logit channel, when class-limited
    #: The classification towers' outputs [B, F, H, W] per level, from ``forward_factorised``
    #: (empty otherwise): what ``GridCLIP.grid_embeddings_at`` rebuilds grid embeddings from.
    cls_features: list[torch.Tensor] = field(default_factory=list)

    def flat(self) -> tuple[torch.Tensor, torch.Tensor, torch.Tensor, torch.Tensor, torch.Tensor, list[int]]:
        """All levels concatenated: cls [B, N, C], ltrb [B, N, 4], centerness [B, N],
        points [N, 2], strides [N], and the number of points per level."""
        counts = [p.shape[0] for p in self.points]

        def cat(maps: list[torch.Tensor]) -> torch.Tensor:
            return torch.cat([m.flatten(2).transpose(1, 2) for m in maps], dim=1)

        cls = cat(self.cls_logits) if self.cls_logits else torch.empty(0)
        strides = torch.cat(
            [torch.full((n,), float(s), device=self.points[0].device) for n, s in zip(counts, self.strides)]
        )
        return cls, cat(self.box_ltrb), cat(self.centerness).squeeze(-1), torch.cat(self.points), strides, counts


def _tower(channels: int, depth: int) -> nn.Sequential:
    groups = math.gcd(32, channels)
    layers: list[nn.Module] = []
    for _ in range(depth):
        conv = nn.Conv2d(channels, channels, 3, padding=1)
        nn.init.normal_(conv.weight, std=0.01)
        assert conv.bias is not None  # Conv2d's bias=True default; typed Optional for bias=False
        nn.init.zeros_(conv.bias)
        layers += [conv, nn.GroupNorm(groups, channels), nn.ReLU(inplace=True)]
    return nn.Sequential(*layers)


def grid_points(height: int, width: int, stride: int, device: torch.device | str = "cpu") -> torch.Tensor:
    """Cell centres (x, y) of an H x W map at ``stride``, row-major, in input pixels.

    >>> grid_points(1, 2, 8).tolist()
    [[4.0, 4.0], [12.0, 4.0]]
    """
    ys = (torch.arange(height, device=device, dtype=torch.float32) + 0.5) * stride
    xs = (torch.arange(width, device=device, dtype=torch.float32) + 0.5) * stride
    yy, xx = torch.meshgrid(ys, xs, indexing="ij")
    return torch.stack([xx.reshape(-1), yy.reshape(-1)], dim=1)


class GridCLIP(nn.Module):
    """Backbone + FPN + FCOS head with a text-aligned classifier. See the module docstring."""

    def __init__(self, backbone: ClipBackbone, config: DetectorConfig | None = None) -> None:
        super().__init__()
        self.config = config or DetectorConfig()
        channels = self.config.fpn_channels
        self.backbone = backbone
        self.embed_dim = backbone.embed_dim
        self.fpn = FeaturePyramidNetwork(backbone.out_channels, channels, extra_blocks=LastLevelP6P7(channels, channels))
        self.cls_tower = _tower(channels, self.config.head_convs)
        self.box_tower = _tower(channels, self.config.head_convs)
        self.cls_embed = nn.Conv2d(channels, self.embed_dim, 1)
        self.box_pred = nn.Conv2d(channels, 4, 3, padding=1)
        self.centerness = nn.Conv2d(channels, 1, 3, padding=1)
        for conv in (self.cls_embed, self.box_pred, self.centerness):
            nn.init.normal_(conv.weight, std=0.01)
            assert conv.bias is not None  # built with Conv2d's bias=True default
            nn.init.zeros_(conv.bias)
        if self.config.fuse_dense_clip:
            # Scale-aware init: the projection's output norm is ~0.6 x rms(tower features),
            # about a third of the unit CLIP vector, whatever the widths. FCOS's fixed std 0.01
            # gives 0.01 * sqrt(channels * D): fine for tiny models, but ~2x the CLIP vector
            # for RN50 (128 x 1024), drowning what CLIP already knows.
            nn.init.normal_(self.cls_embed.weight, std=0.6 / math.sqrt(channels * self.embed_dim))
        self.level_scales = nn.Parameter(torch.ones(len(STRIDES)))
        self.log_logit_scale = nn.Parameter(torch.tensor(math.log(self.config.init_logit_scale)))
        prior = self.config.prior_probability
        self.logit_bias = nn.Parameter(torch.tensor(-math.log((1 - prior) / prior)))
        self.dense_gate = nn.Parameter(torch.tensor(1.0 if self.config.fuse_dense_clip else 0.0))
        self.dense_gate.requires_grad_(self.config.fuse_dense_clip)
        self.backbone.set_trainable(self.config.trainable_backbone)

    @property
    def logit_scale(self) -> torch.Tensor:
        return self.log_logit_scale.exp().clamp(max=100.0)

    def set_trainable_backbone(self, trainable: bool) -> None:
        """Freeze (``False``) or unfreeze the CLIP image tower; batch-norm stats stay frozen."""
        self.config.trainable_backbone = trainable
        self.backbone.set_trainable(trainable)

    def backbone_features(self, images: torch.Tensor) -> BackboneFeatures:
        """C3-C5 and dense CLIP embeddings; without gradients when the backbone is frozen."""
        _check_input(images)
        if self.backbone.trainable and torch.is_grad_enabled():
            return self.backbone(images)
        with torch.no_grad():
            return self.backbone(images)

    def forward(
        self, images: torch.Tensor, text_embeddings: torch.Tensor | None, class_limit: int | None = None
    ) -> HeadOutputs:
        """``images`` [B, 3, H, W] normalised (H, W multiples of ``INPUT_MULTIPLE``, 32); ``text_embeddings`` [C, D]
        unit rows, or ``None`` for grid embeddings only. ``class_limit``: see
        ``forward_from_features``."""
        return self.forward_from_features(self.backbone_features(images), text_embeddings, class_limit)

    def forward_from_features(
        self, features: BackboneFeatures, text_embeddings: torch.Tensor | None, class_limit: int | None = None
    ) -> HeadOutputs:
        """The FPN and head on (possibly cached) backbone features.

        ``class_limit`` (inference only): with more classes than this, the coarse levels
        (P5-P7) are scored for every class, and only the ``class_limit`` classes reaching the
        highest logit anywhere there are kept and scored on the fine levels (P3, P4);
        ``HeadOutputs.class_index`` then maps the K logit channels to vocabulary ids. The
        cell x class product at P3 (and decoding it) dominates the cost of a large
        vocabulary, and a class that scores nowhere on the coarse grid is not in the
        picture. Vocabularies up to ``class_limit`` classes are scored exactly.
        """
        pyramid = self._pyramid(features)
        clip_dense = F.normalize(features.dense.float(), dim=1)
        text = self._unit_text(text_embeddings, clip_dense) if text_embeddings is not None else None
        box_ltrb, centerness, grids, points = [], [], [], []
        for level, (feature, stride) in enumerate(zip(pyramid, STRIDES)):
            height, width = feature.shape[-2:]
            embedding = self.cls_embed(self.cls_tower(feature))
            if self.config.fuse_dense_clip:
                embedding = embedding + self.dense_gate * resize_per_channel(clip_dense, (height, width))
            grids.append(F.normalize(embedding, dim=1))
            ltrb, ctr = self._box_branch(feature, level, stride)
            box_ltrb.append(ltrb)
            centerness.append(ctr)
            points.append(grid_points(height, width, stride, feature.device))
        def logits(level: int, rows: torch.Tensor) -> torch.Tensor:
            return self.logit_scale * torch.einsum("bdhw,cd->bchw", grids[level], rows) + self.logit_bias

        cls_logits, class_index = _classify(logits, text, class_limit) if text is not None else ([], None)
        return HeadOutputs(
            cls_logits, box_ltrb, centerness, grids, points, list(STRIDES), clip_dense, self.backbone.dense_stride,
            class_index,
        )

    @torch.no_grad()
    def detect(self, images: torch.Tensor, text_embeddings: torch.Tensor, class_limit: int | None = None) -> HeadOutputs:
        """Inference: ``forward``'s logits, boxes and centerness (equal up to float rounding)
        without building the D-channel grid embeddings (``grid_embeddings`` is empty).

        The cosine is computed in the towers' F channels (``gridclip.factorised_scoring``):
        at P3 of an 800-pixel picture that skips several passes over a [1024, 100, 75] tensor.
        """
        return self.forward_factorised(self.backbone_features(images), text_embeddings, class_limit)

    def forward_factorised(
        self, features: BackboneFeatures, text_embeddings: torch.Tensor, class_limit: int | None = None
    ) -> HeadOutputs:
        """``forward_from_features``'s logits, boxes and centerness (equal up to float rounding,
        gradients included) with the cosine computed in the towers' F channels
        (``gridclip.factorised_scoring``): ``grid_embeddings`` is empty and ``cls_features``
        holds the towers' outputs, from which ``grid_embeddings_at`` rebuilds the embeddings
        of the few cells image-level alignment pools. ``detect`` and CPU training run this:
        the [B, D, H, W] maps at P3 and their backward were half of a cached head-only
        training step of RN50 at 512 px."""
        pyramid = self._pyramid(features)
        clip_dense = F.normalize(features.dense.float(), dim=1)
        text = self._unit_text(text_embeddings, clip_dense)
        scorer = FactorisedGridScorer(self.cls_embed, clip_dense, self.dense_gate if self.config.fuse_dense_clip else None)
        box_ltrb, centerness, points = [], [], []
        for level, (feature, stride) in enumerate(zip(pyramid, STRIDES)):
            height, width = feature.shape[-2:]
            scorer.add_level(self.cls_tower(feature))
            ltrb, ctr = self._box_branch(feature, level, stride)
            box_ltrb.append(ltrb)
            centerness.append(ctr)
            points.append(grid_points(height, width, stride, feature.device))

        def logits(level: int, rows: torch.Tensor) -> torch.Tensor:
            return scorer.logits(level, rows, self.logit_scale, self.logit_bias)

        cls_logits, class_index = _classify(logits, text, class_limit)
        return HeadOutputs(
            cls_logits, box_ltrb, centerness, [], points, list(STRIDES), clip_dense, self.backbone.dense_stride,
            class_index, cls_features=scorer.towers,
        )

    def grid_cosines(
        self, features: BackboneFeatures, text_embeddings: torch.Tensor, factorised: bool = True
    ) -> list[torch.Tensor]:
        """Per FPN level [B, C, H, W] cos(grid embedding, text embedding of class c): the
        classifier's logits before ``logit_scale`` and ``logit_bias``, with gradients, and no box
        branch (what the word-region loss of tag-only pictures needs). ``factorised``: in the
        towers' F channels as ``forward_factorised`` (no [B, D, H, W] maps; CPU), else from the
        explicit grid embeddings as ``forward_from_features`` (equal up to float rounding)."""
        pyramid = self._pyramid(features)
        clip_dense = F.normalize(features.dense.float(), dim=1)
        text = self._unit_text(text_embeddings, clip_dense)
        gate = self.dense_gate if self.config.fuse_dense_clip else None
        if factorised:
            scorer = FactorisedGridScorer(self.cls_embed, clip_dense, gate)
            one, zero = torch.ones((), device=text.device), torch.zeros((), device=text.device)
            cosines = []
            for level, feature in enumerate(pyramid):
                scorer.add_level(self.cls_tower(feature))
                cosines.append(scorer.logits(level, text, one, zero))
            return cosines
        cosines = []
        for feature in pyramid:
            embedding = self.cls_embed(self.cls_tower(feature))
            if gate is not None:
                embedding = embedding + gate * resize_per_channel(clip_dense, spatial_size(feature))
            cosines.append(torch.einsum("bdhw,cd->bchw", F.normalize(embedding, dim=1), text.to(embedding.dtype)))
        return cosines

    def grid_embeddings_at(
        self, outputs: HeadOutputs, level: int, image: torch.Tensor, cell: torch.Tensor
    ) -> torch.Tensor:
        """``forward``'s ``grid_embeddings[level][image[n], :, y, x]`` with ``cell[n] = y * W + x``,
        as [n, D] unit rows (equal up to float rounding, gradients included), rebuilt from the
        ``cls_features`` of ``forward_factorised``: the projection and the resized dense CLIP
        embedding evaluated at those cells only (``resize_matrices``' rows for them)."""
        if not outputs.cls_features:
            raise ValueError("grid_embeddings_at needs the outputs of forward_factorised")
        tower = outputs.cls_features[level]
        height, width = tower.shape[-2:]
        picked = tower.flatten(2)[image, :, cell]  # [n, F]: advanced indices around a slice go first
        embedding = F.linear(picked, self.cls_embed.weight[:, :, 0, 0], self.cls_embed.bias)
        if self.config.fuse_dense_clip:
            dense = outputs.clip_dense
            uy, ux = resize_matrices(spatial_size(dense), (height, width), dense.device)
            weights = (uy[cell // width][:, :, None] * ux[cell % width][:, None, :]).flatten(1)  # [n, h*w]
            flat = dense.flatten(2)  # [B, D, h*w]
            # One small matmul per picture: the cells of a picture weight its own dense map.
            order = torch.argsort(image, stable=True)
            counts = torch.bincount(image, minlength=dense.shape[0]).tolist()
            parts = [w @ flat[b].T for b, w in enumerate(weights[order].split(counts))]
            resized = torch.cat(parts)[torch.argsort(order)]
            embedding = embedding + self.dense_gate * resized.to(embedding.dtype)
        return F.normalize(embedding, dim=1)

    def _pyramid(self, features: BackboneFeatures) -> list[torch.Tensor]:
        return list(self.fpn(OrderedDict((f"c{i + 3}", t) for i, t in enumerate(features.levels))).values())

    def _box_branch(self, feature: torch.Tensor, level: int, stride: int) -> tuple[torch.Tensor, torch.Tensor]:
        """Box distances (l, t, r, b) in input pixels and centerness logits of one level."""
        box_features = self.box_tower(feature)
        return F.relu(self.box_pred(box_features) * self.level_scales[level]) * stride, self.centerness(box_features)

    def _unit_text(self, text_embeddings: torch.Tensor, like: torch.Tensor) -> torch.Tensor:
        if text_embeddings.ndim != 2 or text_embeddings.shape[1] != self.embed_dim:
            raise ValueError(f"text embeddings must be [C, {self.embed_dim}], got {tuple(text_embeddings.shape)}")
        return F.normalize(text_embeddings.to(like.device, like.dtype), dim=-1)

    def compute_losses(
        self,
        outputs: HeadOutputs,
        targets: list[dict[str, torch.Tensor]],
        focal_alpha: float = 0.25,
        focal_gamma: float = 2.0,
    ) -> dict[str, torch.Tensor]:
        """Focal (over the classes of the text given to ``forward``), GIoU and centerness losses.

        ``targets[i]``: ``{"boxes": [M, 4] xyxy in input-tensor pixels, "labels": [M] long}``.
        """
        if not outputs.cls_logits:
            raise ValueError("compute_losses needs outputs of a forward pass with text embeddings")
        if outputs.class_index is not None:
            raise ValueError("compute_losses needs every class scored: call forward without class_limit")
        cls, ltrb, ctr, points, strides, counts = outputs.flat()
        return detection_losses(cls, ltrb, ctr, points, strides, counts, targets, focal_alpha, focal_gamma)

    def dense_embeddings(self, images: torch.Tensor, level: int = 0) -> tuple[torch.Tensor, int]:
        """The student grid embeddings [B, D, H, W] (unit vectors) of one FPN level and its stride."""
        out = self.forward(images, None)
        return out.grid_embeddings[level], out.strides[level]

    def clip_dense_embeddings(self, images: torch.Tensor) -> tuple[torch.Tensor, int]:
        """The backbone's own dense CLIP embeddings [B, D, h, w] (unit vectors) and their stride:
        what training-free mode scores against the text."""
        return F.normalize(self.backbone_features(images).dense.float(), dim=1), self.backbone.dense_stride


def _classify(
    logits: Callable[[int, torch.Tensor], torch.Tensor], text: torch.Tensor, class_limit: int | None
) -> tuple[list[torch.Tensor], torch.Tensor | None]:
    """Per-level logits [B, C or K, H, W] from ``logits(level, text_rows)``; with more classes
    than ``class_limit``, the fine levels score only the K classes that reach the highest logit
    on the coarse ones (their vocabulary ids are returned)."""
    levels = range(len(STRIDES))
    if class_limit is None or text.shape[0] <= class_limit:
        return [logits(level, text) for level in levels], None
    coarse = {level: logits(level, text) for level in levels if STRIDES[level] >= 32}
    relevance = torch.stack([c.amax(dim=(0, 2, 3)) for c in coarse.values()]).amax(dim=0)
    chosen = relevance.topk(class_limit).indices.sort().values
    subset = text[chosen]  # one tensor for every fine level: a scorer can reuse what it derived from it
    return [coarse[level][:, chosen] if level in coarse else logits(level, subset) for level in levels], chosen


def _check_input(images: torch.Tensor) -> None:
    if images.ndim != 4 or images.shape[1] != 3:
        raise ValueError(f"expected images [B, 3, H, W], got {tuple(images.shape)}")
    if images.shape[-1] % INPUT_MULTIPLE or images.shape[-2] % INPUT_MULTIPLE:
        raise ValueError(f"image height and width must be multiples of {INPUT_MULTIPLE}, got {tuple(images.shape[-2:])}")


