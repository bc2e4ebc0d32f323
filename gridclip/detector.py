"""GridCLIP: a one-stage open-vocabulary detector on CLIP grid embeddings, and its public wrapper.

Two layers:

- ``GridCLIP`` (``nn.Module``): CLIP image tower (``gridclip.backbone``) -> FPN P3-P7
  (``torchvision.ops.FeaturePyramidNetwork`` + ``LastLevelP6P7``, strides 8-128) -> FCOS-style
  head (shared 4x conv+GroupNorm towers; box l,t,r,b; centerness) whose classification
  branch ends in a 1x1 conv to the CLIP embedding size D, L2-normalised per cell (the *grid
  embeddings*). Grid-level alignment: ``logits = tau * cos(grid, text_c) + b``, with
  ``tau = exp(log_logit_scale)`` learnable (starts at 50) and ``b`` at the 0.01 prior.
  A new vocabulary only swaps the text matrix.
- ``Detector``: the model plus the CLIP text tower, the text-embedding cache, the
  preprocessing and the device; ``predict`` / ``predict_raw`` / ``save``; ``load_detector``.

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

API for training code (``gridclip.train``, ``gridclip.alignment``):

>>> import torch
>>> from gridclip.sources import load_detector
>>> det = load_detector("open_clip:tiny-rn", device="cpu", text_cache_dir=False)
>>> model = det.model                                  # GridCLIP
>>> text = det.text_embeddings(["cat", "dog"])         # [C, D], unit rows
>>> images = torch.zeros(2, 3, 128, 256)               # normalised, H and W multiples of 32
>>> out = model(images, text)                          # HeadOutputs
>>> [tuple(t.shape) for t in out.cls_logits][:2], out.strides
([(2, 2, 16, 32), (2, 2, 8, 16)], [8, 16, 32, 64, 128])
>>> targets = [{"boxes": torch.tensor([[10.0, 10.0, 60.0, 90.0]]), "labels": torch.tensor([1])},
...            {"boxes": torch.zeros(0, 4), "labels": torch.zeros(0, dtype=torch.long)}]
>>> sorted(model.compute_losses(out, targets))
['loss', 'loss_box', 'loss_cls', 'loss_ctr', 'num_foreground']
>>> emb, stride = model.dense_embeddings(images)        # student grid embeddings (P3), unit vectors
>>> tuple(emb.shape), stride
((2, 64, 16, 32), 8)
>>> feats = model.backbone_features(images)            # cache these when the backbone is frozen
>>> out2 = model.forward_from_features(feats, text)

- ``HeadOutputs.grid_embeddings`` [B, D, H_l, W_l] per level and ``strides``: what image-level
  alignment pools inside crops (e.g. ``torchvision.ops.roi_align`` with ``1/stride``).
- ``det.prepare(images)`` -> ``PreparedBatch`` (normalised padded tensor, per-image scale):
  target boxes in original pixels times ``scale`` are in input-tensor pixels.
- ``det.clip`` is the open_clip model (text tower; its ``visual`` is *shared* with the
  backbone, so a frozen teacher for a trainable backbone must be a ``copy.deepcopy``).
- ``det.is_trained = True`` once the head has been trained (switches inference from the
  training-free path to the head); ``det.save(dir, vocabulary=..., metrics=...,
  parent_version=version_before_training)`` writes a checkpoint; after changing weights in
  place call ``det.weights_changed()`` so ``version`` is recomputed.
"""

from __future__ import annotations

import math
from collections import OrderedDict
from dataclasses import asdict, dataclass, field, fields
from pathlib import Path
from typing import Any, Callable, Sequence, Union

import numpy as np
import supervision as sv
import torch
import torch.nn.functional as F
from torch import nn
from torchvision.ops import FeaturePyramidNetwork
from torchvision.ops.feature_pyramid_network import LastLevelP6P7

from gridclip.backbone import BackboneFeatures, ClipBackbone
from gridclip.factorised_scoring import FactorisedGridScorer, resize_matrices, resize_per_channel
from gridclip.images import ImageInput, letterbox, load_rgb, stack_padded
from gridclip.losses import detection_losses
from gridclip.postprocess import decode_ltrb, refilter, to_detections
from gridclip.text import DEFAULT_TEMPLATES, TextEmbedder
from gridclip.vocabulary import Vocabulary, VocabularyError

#: FPN levels P3-P7.
STRIDES: tuple[int, ...] = (8, 16, 32, 64, 128)
#: Input sides must be multiples of C5's stride: C3-C5 then align exactly, the FPN's top-down
#: path upsamples to each level's real shape, and P6/P7 are strided convolutions of P5, so an
#: odd-sized P5 is fine (grid points follow each level's real shape).
INPUT_MULTIPLE = 32
#: ``prepare``'s padding for training batches (unchanged since the first checkpoints).
SIZE_MULTIPLE = STRIDES[-1]
#: ``predict``'s default padding. ``Detector.pad_multiple = 32`` runs an 800x600 picture at
#: 800x608 instead of 896x640 (~15% less CPU time), but moves AP50 by up to -1.4 points on
#: non-square pictures (benchmarks/RESULTS.md, Speed): opt-in, not the default.
INFERENCE_SIZE_MULTIPLE = SIZE_MULTIPLE

VocabularyInput = Union[Vocabulary, str, Sequence[str]]

#: ``Detector.cuda_dtype`` choices: the autocast precision of ``predict`` on a CUDA device
#: (``float32`` turns autocast off). Measured on an H100: benchmarks/RESULTS.md, Speed, CUDA.
CUDA_DTYPES: dict[str, torch.dtype] = {"float16": torch.float16, "bfloat16": torch.bfloat16, "float32": torch.float32}


def cuda_autocast_dtype(name: str) -> torch.dtype:
    """The torch dtype of a ``Detector.cuda_dtype`` name; an unknown name is a clear error.

    >>> cuda_autocast_dtype("bfloat16")
    torch.bfloat16
    >>> cuda_autocast_dtype("half")
    Traceback (most recent call last):
    ...
    ValueError: unknown cuda_dtype 'half': choose from float16, bfloat16, float32
    """
    if name not in CUDA_DTYPES:
        raise ValueError(f"unknown cuda_dtype {name!r}: choose from {', '.join(CUDA_DTYPES)}")
    return CUDA_DTYPES[name]


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
    # training-free mode (no trained head): see gridclip.training_free
    training_free_logit_scale: float = 100.0
    training_free_relative_threshold: float = 0.5

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> "DetectorConfig":
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
            uy, ux = resize_matrices(tuple(dense.shape[-2:]), (height, width), dense.device)
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


@dataclass
class PreparedBatch:
    """Images ready for ``GridCLIP``: ``tensor`` [B, 3, H, W] normalised and padded;
    ``scales[i]`` maps original pixels of image i to tensor pixels; ``sizes[i]`` = (w, h)
    of the original (after EXIF transpose); ``fitted[i]`` = (w, h) of its unpadded part."""

    tensor: torch.Tensor
    scales: list[float]
    sizes: list[tuple[int, int]]
    fitted: list[tuple[int, int]] = field(default_factory=list)


class Detector:
    """A GridCLIP model ready to label pictures: model, CLIP text tower, caches, preprocessing.

    Build with ``load_detector(source)``; see ``docs/INTERFACES.md`` for the calls.
    """

    def __init__(
        self,
        model: GridCLIP,
        clip_model: nn.Module,
        tokenizer: Callable[[list[str]], torch.Tensor],
        clip_spec: dict[str, Any],
        *,
        name: str,
        is_trained: bool,
        templates: Sequence[str] = DEFAULT_TEMPLATES,
        vocabulary: Vocabulary | None = None,
        parent_version: str | None = None,
        metrics: dict[str, Any] | None = None,
        device: str | torch.device | None = None,
        text_cache_dir: Path | None = None,
        optimize: bool = True,
    ) -> None:
        self.model = model
        self.clip = clip_model
        self.tokenizer = tokenizer
        self.clip_spec = clip_spec
        self.name = name
        self.is_trained = is_trained
        self.templates = tuple(templates)
        self.vocabulary = vocabulary
        self.parent_version = parent_version
        self.metrics = dict(metrics or {})
        self.device = _resolve_device(device)
        self.clip.to(self.device).eval()
        self.model.to(self.device).eval()
        self.mean = torch.tensor(clip_spec["mean"], dtype=torch.float32).view(3, 1, 1)
        self.std = torch.tensor(clip_spec["std"], dtype=torch.float32).view(3, 1, 1)
        self._text_cache_dir = text_cache_dir
        self._text_embedder: TextEmbedder | None = None
        self._version: str | None = None
        self.optimize = optimize
        #: Large vocabularies: fine FPN levels score only this many classes (GridCLIP.forward_from_features).
        self.class_limit: int | None = 256
        self._inference_copy: tuple[tuple[Any, str], GridCLIP] | None = None
        self._onnx_trunk: tuple[tuple[Any, ...], nn.Module] | None = None
        #: ``predict`` pads pictures to this multiple of 32 (default 128, as in training; 32 is faster).
        self.pad_multiple: int = INFERENCE_SIZE_MULTIPLE
        #: Opt-in CPU paths (``gridclip.cpu_inference``): int8 dynamic quantisation of every
        #: Linear, and ``torch.compile`` (slow first call per input shape). Off by default.
        self.int8_linear: bool = False
        self.compile: bool = False
        #: The backbone in ONNX Runtime (``onnx``, fp32, opt-in), or in ONNX Runtime with static
        #: int8 convolutions calibrated on synthetic scenes (``int8_static``, implies onnx). Off
        #: here; ``load_detector`` switches ``int8_static`` on wherever it runs (its default).
        self.onnx: bool = False
        self.int8_static: bool = False
        #: Where the int8 trunk is cached; None: the default cache folder, or no disk cache
        #: when this detector writes no caches (loaded with ``text_cache_dir=False``).
        self.onnx_cache_dir: Path | None = None
        #: On a CUDA device ``predict`` runs under autocast at this precision (``CUDA_DTYPES``).
        self.cuda_dtype: str = "float16"

    # -- identity ----------------------------------------------------------------------------
    @property
    def config(self) -> DetectorConfig:
        return self.model.config

    @property
    def version(self) -> str:
        """Content fingerprint of weights + architecture/inference config (the ModelVersion key)."""
        if self._version is None:
            from gridclip.checkpoint import content_fingerprint

            self._version = content_fingerprint(self.state_tensors(), self.version_config())
        return self._version

    def weights_changed(self) -> None:
        """Forget the cached version after changing weights (or ``is_trained``) in place."""
        self._version = None
        self._inference_copy = None

    def version_config(self) -> dict[str, Any]:
        """The config that identifies a model (metrics, parent and name are excluded)."""
        return {
            "clip": self.clip_spec,
            "detector": self.config.to_dict() | {"trainable_backbone": False},
            "templates": list(self.templates),
            "is_trained": self.is_trained,
        }

    def state_tensors(self) -> dict[str, torch.Tensor]:
        """All weights, once each: ``detector.*`` (GridCLIP, CLIP image tower included) and
        ``clip.*`` (the rest of CLIP: text tower, logit scale)."""
        tensors = {f"detector.{k}": v for k, v in self.model.state_dict().items()}
        tensors.update({f"clip.{k}": v for k, v in self.clip.state_dict().items() if not k.startswith("visual.")})
        return tensors

    @property
    def text_fingerprint(self) -> str:
        from gridclip.checkpoint import content_fingerprint

        if getattr(self, "_text_fingerprint", None) is None:
            text_tensors = {k: v for k, v in self.clip.state_dict().items() if not k.startswith("visual.")}
            self._text_fingerprint = content_fingerprint(text_tensors, {"clip": self.clip_spec})
        return self._text_fingerprint

    def __repr__(self) -> str:
        return f"Detector(name={self.name!r}, trained={self.is_trained}, device={self.device})"

    # -- text ----------------------------------------------------------------------------------
    @property
    def text_embedder(self) -> TextEmbedder:
        if self._text_embedder is None:
            self._text_embedder = TextEmbedder(
                self.clip, self.tokenizer, self.text_fingerprint, self.templates, self._text_cache_dir
            )
        return self._text_embedder

    def text_embeddings(self, vocabulary: VocabularyInput) -> torch.Tensor:
        """[C, D] unit text embeddings of the vocabulary's classes (cached)."""
        return self.text_embedder.embed(as_vocabulary(vocabulary))

    # -- pictures ------------------------------------------------------------------------------
    def prepare(self, images: Sequence[ImageInput], size_multiple: int = SIZE_MULTIPLE) -> PreparedBatch:
        """Load, EXIF-transpose, resize (long side = ``config.image_size``), normalise, pad
        right/bottom to ``size_multiple`` (a multiple of ``INPUT_MULTIPLE``; ``predict`` uses
        ``pad_multiple``)."""
        if size_multiple <= 0 or size_multiple % INPUT_MULTIPLE:
            raise ValueError(f"size_multiple must be a positive multiple of {INPUT_MULTIPLE}, got {size_multiple}")
        tensors, scales, sizes, fitted = [], [], [], []
        for image in images:
            fit = letterbox(load_rgb(image), self.config.image_size)
            tensors.append((fit.tensor - self.mean) / self.std)
            scales.append(fit.scale)
            sizes.append(fit.original_size)
            fitted.append((fit.tensor.shape[2], fit.tensor.shape[1]))
        batch = stack_padded(tensors, size_multiple, fill=0.0)
        return PreparedBatch(batch, scales, sizes, fitted)

    # -- inference -----------------------------------------------------------------------------
    @torch.inference_mode()
    def predict_raw(
        self, images: Sequence[ImageInput] | ImageInput, vocabulary: VocabularyInput, batch_size: int = 4
    ) -> list[sv.Detections]:
        """Pre-threshold, pre-NMS candidates (the best ``config.candidates_per_image`` above
        ``config.min_candidate_score``) per image; re-threshold them with ``refilter``."""
        vocab = as_vocabulary(vocabulary)
        items = _as_list(images)
        if batch_size < 1:
            raise ValueError(f"batch_size must be >= 1, got {batch_size}")
        autocast_dtype = cuda_autocast_dtype(self.cuda_dtype)  # checked on CPU too: a typo fails everywhere
        use_autocast = self.device.type == "cuda" and autocast_dtype != torch.float32
        text = self.text_embeddings(vocab)
        model = self.inference_model()
        channels_last = model is not self.model
        results: list[sv.Detections] = []
        for start in range(0, len(items), batch_size):
            batch = self.prepare(items[start : start + batch_size], self.pad_multiple)
            tensor = batch.tensor.to(self.device)
            if channels_last:
                tensor = tensor.contiguous(memory_format=torch.channels_last)
            with torch.autocast("cuda", dtype=autocast_dtype, enabled=use_autocast):
                if self.is_trained:
                    results += self._decode_head(self.head_outputs(model, tensor, text), batch, vocab)
                else:
                    results += self._decode_training_free(model, tensor, text, batch, vocab)
        return results

    def head_outputs(self, model: GridCLIP, tensor: torch.Tensor, text: torch.Tensor) -> HeadOutputs:
        """The trained head's outputs for a prepared batch, as ``predict`` computes them: the
        factorised ``GridCLIP.detect`` on a CPU, the explicit ``forward`` on CUDA, where the
        factorised scoring's many small kernels made an H100 3-4x slower at batch 1
        (benchmarks/RESULTS.md, Speed, CUDA)."""
        if self.device.type == "cuda":
            return model(tensor, text, self.class_limit)
        return model.detect(tensor, text, self.class_limit)

    def inference_model(self) -> GridCLIP:
        """The module ``predict`` runs. On CPU with ``optimize``: a copy with every batch norm
        folded into its convolution and channels-last memory (about 20-30% faster on a
        ResNet trunk, equal up to float rounding), rebuilt whenever the weights change
        (tracked through PyTorch's in-place version counters, so an optimiser step or
        ``load_state_dict`` is noticed without being told); with ``int8_static`` / ``onnx`` its
        trunk runs in ONNX Runtime, with ``int8_linear`` / ``compile`` it is also quantised /
        compiled (``gridclip.cpu_inference``). Otherwise the model itself."""
        if not self.optimize or self.device.type != "cpu":
            return self.model
        weights = _weight_versions(self.model)
        key = (weights, str(self.device), self.int8_linear, self.compile, self.onnx, self.int8_static, self.pad_multiple)
        if self._inference_copy is None or self._inference_copy[0] != key:
            from gridclip.cpu_inference import compile_for_cpu, quantize_linear_int8

            fast = optimized_for_cpu(self.model)
            if self.onnx or self.int8_static:
                fast.backbone = self._onnx_backbone(fast.backbone)
            if self.int8_linear:
                fast = quantize_linear_int8(fast)
            if self.compile:
                fast = compile_for_cpu(fast)
            self._inference_copy = (key, fast)
        return self._inference_copy[1]

    def _onnx_backbone(self, folded: nn.Module) -> nn.Module:
        """The trunk in ONNX Runtime, kept apart from the rest of the inference copy: a
        head-only fine-tune changes the head's weights but not the trunk's, and the trunk's
        export (and int8 calibration) is the slow part of a rebuild."""
        from gridclip.cpu_inference import calibration_pictures, default_onnx_cache_dir, onnx_backbone

        key = (_weight_versions(self.model.backbone), self.int8_static, self.pad_multiple, self.config.image_size)
        if self._onnx_trunk is None or self._onnx_trunk[0] != key:
            calibration = None
            if self.int8_static:
                calibration = [self.prepare([p], self.pad_multiple).tensor for p in calibration_pictures()]
            # The int8 graph (about a minute to calibrate RN50 at 800 px) is cached on disk,
            # unless this detector writes no caches (loaded with text_cache_dir=False).
            cache = self.onnx_cache_dir or (default_onnx_cache_dir() if self._text_cache_dir else None)
            self._onnx_trunk = (key, onnx_backbone(folded, calibration, cache_dir=cache))
        return self._onnx_trunk[1]

    def predict(
        self,
        images: Sequence[ImageInput] | ImageInput,
        vocabulary: VocabularyInput,
        score_threshold: float = 0.3,
        nms_iou: float = 0.5,
        class_agnostic_nms: bool = False,
        max_detections: int = 300,
        batch_size: int = 4,
    ) -> list[sv.Detections]:
        """Boxes per image in original pixels: ``class_id`` indexes the vocabulary,
        ``data["class_name"]`` names it."""
        raw = self.predict_raw(images, vocabulary, batch_size=batch_size)
        return [refilter(r, score_threshold, nms_iou, class_agnostic_nms, max_detections) for r in raw]

    def _decode_head(self, out: HeadOutputs, batch: PreparedBatch, vocab: Vocabulary) -> list[sv.Detections]:
        cls, ltrb, ctr, points, _, _ = out.flat()
        cls, ltrb, ctr = cls.float(), ltrb.float(), ctr.float()
        num_classes = cls.shape[-1]
        scores = torch.sqrt(torch.sigmoid(cls) * torch.sigmoid(ctr).unsqueeze(-1))  # B, N, C
        detections = []
        for i in range(scores.shape[0]):
            flat = scores[i].reshape(-1)
            k = min(self.config.candidates_per_image, flat.numel())
            top, index = flat.topk(k)
            keep = top >= self.config.min_candidate_score
            top, index = top[keep], index[keep]
            point_index, class_ids = index // num_classes, index % num_classes
            if out.class_index is not None:
                class_ids = out.class_index[class_ids]
            boxes = decode_ltrb(points[point_index], ltrb[i, point_index])
            detections.append(to_detections(boxes, top, class_ids, vocab.names, batch.scales[i], batch.sizes[i]))
        return detections

    def _decode_training_free(
        self, model: GridCLIP, tensor: torch.Tensor, text: torch.Tensor, batch: PreparedBatch, vocab: Vocabulary
    ) -> list[sv.Detections]:
        from gridclip.training_free import region_candidates

        dense, stride = model.clip_dense_embeddings(tensor)
        detections = []
        # The region scoring is small and hands its maps to numpy, which has no bfloat16: fp32.
        with torch.autocast(tensor.device.type, enabled=False):
            for i in range(dense.shape[0]):
                width, height = batch.fitted[i]
                valid = (math.ceil(height / stride), math.ceil(width / stride))
                boxes, scores, labels = region_candidates(
                    dense[i],
                    text,
                    stride,
                    valid_cells=valid,
                    logit_scale=self.config.training_free_logit_scale,
                    relative_threshold=self.config.training_free_relative_threshold,
                )
                keep = scores >= self.config.min_candidate_score
                detections.append(
                    to_detections(boxes[keep], scores[keep], labels[keep], vocab.names, batch.scales[i], batch.sizes[i])
                )
        return detections

    # -- persistence ---------------------------------------------------------------------------
    def checkpoint_config(self) -> dict[str, Any]:
        return self.version_config() | {
            "detector": self.config.to_dict(),
            "name": self.name,
            "vocabulary": self.vocabulary.to_text() if self.vocabulary is not None else None,
            "parent_version": self.parent_version,
            "metrics": self.metrics,
        }

    def save(
        self,
        directory: str | Path,
        vocabulary: Vocabulary | None = None,
        metrics: dict[str, Any] | None = None,
        parent_version: str | None = None,
        name: str | None = None,
    ) -> Path:
        """Write a checkpoint (``model.safetensors`` + ``config.json``) and return its folder.

        Training code passes ``parent_version=`` the version read *before* changing weights."""
        from gridclip.checkpoint import save_checkpoint

        if vocabulary is not None:
            self.vocabulary = vocabulary
        if metrics is not None:
            self.metrics = dict(metrics)
        if parent_version is not None:
            self.parent_version = parent_version
        if name is not None:
            self.name = name
        self.weights_changed()
        path = save_checkpoint(directory, self.state_tensors(), self.checkpoint_config(), self.version)
        return path

    def __deepcopy__(self, memo: dict[int, Any]) -> "Detector":
        """A copy with its own weights and settings. The derived inference copies are left
        behind (rebuilt on the copy's first ``predict``): they may hold ONNX Runtime sessions,
        which cannot be copied, and would describe the original's weights anyway."""
        import copy

        clone = self.__class__.__new__(self.__class__)
        memo[id(self)] = clone
        derived = ("_inference_copy", "_onnx_trunk")
        for name, value in self.__dict__.items():
            setattr(clone, name, None if name in derived else copy.deepcopy(value, memo))
        return clone

    def to(self, device: str | torch.device) -> "Detector":
        self._inference_copy = None
        self.device = _resolve_device(device)
        self.clip.to(self.device)
        self.model.to(self.device)
        return self


def _resolve_device(device: str | torch.device | None) -> torch.device:
    """``None`` -> CUDA when available, else CPU; a CUDA request without CUDA is a clear error."""
    if device is None:
        return torch.device("cuda" if torch.cuda.is_available() else "cpu")
    try:
        resolved = torch.device(device)
    except RuntimeError as exc:
        raise ValueError(f"unknown device {device!r}: use 'cpu', 'cuda' or 'cuda:N'") from exc
    if resolved.type == "cuda" and not torch.cuda.is_available():
        raise ValueError(f"device {device!r} was asked for, but this machine has no usable CUDA GPU; use 'cpu'")
    return resolved


def _weight_versions(module: nn.Module) -> tuple[tuple[int, int], ...]:
    """Identity and in-place version counter of every tensor in ``module``'s state: changes
    whenever a weight is replaced or modified in place (optimiser step, ``load_state_dict``)."""
    return tuple((id(t), t._version) for t in module.state_dict(keep_vars=True).values())


def optimized_for_cpu(model: GridCLIP) -> GridCLIP:
    """An inference-only copy of ``model``: batch norms folded into the preceding convolutions
    (``torch.nn.utils.fusion.fuse_conv_bn_eval``) and channels-last memory throughout."""
    import copy

    from torch.nn.utils.fusion import fuse_conv_bn_eval

    fast = copy.deepcopy(model).eval()
    for module in fast.backbone.modules():
        for suffix in ("1", "2", "3"):
            conv, norm = getattr(module, f"conv{suffix}", None), getattr(module, f"bn{suffix}", None)
            if isinstance(conv, nn.Conv2d) and isinstance(norm, nn.BatchNorm2d):
                setattr(module, f"conv{suffix}", fuse_conv_bn_eval(conv, norm))
                setattr(module, f"bn{suffix}", nn.Identity())
        downsample = getattr(module, "downsample", None)
        if isinstance(downsample, nn.Sequential) and len(downsample) == 3 and isinstance(downsample[2], nn.BatchNorm2d):
            downsample[1] = fuse_conv_bn_eval(downsample[1], downsample[2])
            downsample[2] = nn.Identity()
    for p in fast.parameters():
        p.requires_grad_(False)
    return fast.to(memory_format=torch.channels_last)


def as_vocabulary(vocabulary: VocabularyInput) -> Vocabulary:
    """Accept a ``Vocabulary``, its text form, or a list of names.

    >>> as_vocabulary("car | automobile, person").names
    ['car', 'person']
    >>> as_vocabulary([])
    Traceback (most recent call last):
    ...
    gridclip.vocabulary.VocabularyError: the vocabulary is empty: type at least one class, e.g. 'person, car | automobile'
    """
    if isinstance(vocabulary, Vocabulary):
        return vocabulary
    if isinstance(vocabulary, str):
        return Vocabulary.parse(vocabulary)
    if vocabulary is None:
        raise VocabularyError("no vocabulary given")
    return Vocabulary.from_names(list(vocabulary))


def _as_list(images: Sequence[ImageInput] | ImageInput) -> list[ImageInput]:
    if isinstance(images, (str, Path, np.ndarray)) or hasattr(images, "getpixel"):
        return [images]
    return list(images)


def load_detector(source: str = "demo", device: str | None = None, **options: Any) -> Detector:
    """Resolve a model source (see ``gridclip.sources``) and build its ``Detector``.

    ``options``: ``image_size`` (override the long side), ``text_cache_dir``.
    """
    from gridclip.sources import load_detector as _load

    return _load(source, device=device, **options)
