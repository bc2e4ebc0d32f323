"""Image-level alignment: distil a frozen CLIP teacher's crop embeddings into the grid.

One module for both signals docs/METHOD.md describes:

* **GridCLIP image-level alignment** – the teacher embeds the whole image and the crops of
  fixed multi-scale grids (1×1, 2×2, 3×3 → 14 crops); the student pools its grid embeddings
  inside each crop; L1 on the L2-normalised embeddings.
* **CLIPSelf** – the same, with a random m×n grid per image and the loss ``1 − cos``.
* **Proposals** – the crops are the detector's own class-agnostic boxes (the best
  ``proposals_per_image`` by centerness after NMS, as ViLD's RPN proposals and CLIPSelf's
  region-proposal variant), cut from the network input itself. Grid cells of a picture hold
  several objects on clutter, so their teacher embedding is a mixture; a proposal holds one
  object, whatever its class, so an object no box ever named is still pulled towards what
  CLIP sees in it.

Crops are described as fractions of the image (``[0, 1]`` xyxy) so the same crop can be cut
from the original picture for the teacher and mapped into the student's input frame with the
same transform the ground-truth boxes get.

>>> boxes = multiscale_grid_boxes(((1, 1), (2, 2)))
>>> boxes.shape
torch.Size([5, 4])
>>> boxes[1].tolist()
[0.0, 0.0, 0.5, 0.5]
"""

from __future__ import annotations

import hashlib
import math
import threading
import warnings
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Literal, Protocol

import numpy as np
import torch
import torch.nn.functional as F
from PIL import Image
from torch import Tensor, nn
from torchvision.ops import MultiScaleRoIAlign, roi_align

from gridclip.files import write_atomically
from gridclip.inference.images import CLIP_MEAN, CLIP_STD

if TYPE_CHECKING:
    # open_clip ships no type information: mypy sees this as Any.
    from open_clip.modified_resnet import AttentionPool2d

Grid = tuple[int, int]
AlignmentLoss = Literal["l1", "cosine", "centred"]
AlignmentMode = Literal["grid", "random", "proposals"]
AlignmentPooling = Literal["roi_align", "attention"]
DEFAULT_GRIDS: tuple[Grid, ...] = ((1, 1), (2, 2), (3, 3))


#: GridCLIP's L1, CLIPSelf's 1 − cos, and 1 − cos of the batch-centred embeddings (``alignment_loss``)
ALIGNMENT_LOSSES = ("l1", "cosine", "centred")


@dataclass(frozen=True)
class AlignmentConfig:
    """How image-level alignment is computed.

    ``mode="grid"`` uses the fixed ``grids`` (GridCLIP); ``mode="random"`` draws one m×n grid
    per image with ``1 ≤ m, n ≤ max_random_side`` (CLIPSelf). At most ``max_crops`` crops per
    image are kept (the coarse ones first, since they carry the whole-image signal).

    >>> AlignmentConfig().crops_per_image
    14
    >>> AlignmentConfig(loss="cosine", mode="random").loss
    'cosine'
    """

    enabled: bool = True
    weight: float = 1.0
    loss: AlignmentLoss = "l1"
    mode: AlignmentMode = "grid"
    grids: tuple[Grid, ...] = DEFAULT_GRIDS
    max_crops: int = 20
    max_random_side: int = 4
    pooling: AlignmentPooling = "roi_align"
    proposals_per_image: int = 8
    proposal_iou: float = 0.5
    # The teacher sees the square around each proposal with this much of its long side added
    # on every side: a tight box crop cuts the outline a shape is known by (the world CLIP
    # classified true boxes 38 % right cut tight, 75 % with 0.3 of context; RESULTS.md).
    proposal_context: float = 0.3

    def __post_init__(self) -> None:
        if self.loss not in ALIGNMENT_LOSSES:
            raise ValueError(f"alignment loss must be one of {ALIGNMENT_LOSSES}, not {self.loss!r}")
        if self.mode not in ("grid", "random", "proposals"):
            raise ValueError(f"alignment mode must be 'grid', 'random' or 'proposals', not {self.mode!r}")
        if self.mode == "proposals" and self.pooling != "roi_align":
            raise ValueError("alignment mode 'proposals' pools the head's grid (pooling='roi_align')")
        if self.proposal_context < 0:
            raise ValueError(f"proposal_context must be ≥ 0, got {self.proposal_context}")
        if self.proposals_per_image < 1 or not 0 < self.proposal_iou <= 1:
            raise ValueError(f"proposals_per_image must be ≥ 1 and proposal_iou in (0, 1], got "
                             f"{self.proposals_per_image}, {self.proposal_iou}")
        if self.pooling not in ("roi_align", "attention"):
            raise ValueError(f"alignment pooling must be 'roi_align' or 'attention', not {self.pooling!r}")
        if self.max_crops < 1:
            raise ValueError("max_crops must be at least 1")
        if any(m < 1 or n < 1 for m, n in self.grids) or not self.grids:
            raise ValueError(f"grids must be non-empty (rows, cols) pairs ≥ 1, got {self.grids!r}")
        if self.weight < 0:
            raise ValueError("alignment weight must be ≥ 0")

    @property
    def crops_per_image(self) -> int:
        if self.mode == "proposals":
            return self.proposals_per_image
        return min(self.max_crops, sum(m * n for m, n in self.grids))


# -- crops ---------------------------------------------------------------------------------------


def grid_boxes(rows: int, cols: int) -> Tensor:
    """The ``rows × cols`` cells of the unit square as xyxy fractions, row-major.

    >>> grid_boxes(1, 2).tolist()
    [[0.0, 0.0, 0.5, 1.0], [0.5, 0.0, 1.0, 1.0]]
    """
    ys = torch.linspace(0, 1, rows + 1)
    xs = torch.linspace(0, 1, cols + 1)
    cells = [[xs[c], ys[r], xs[c + 1], ys[r + 1]] for r in range(rows) for c in range(cols)]
    return torch.tensor(cells, dtype=torch.float32)


def multiscale_grid_boxes(grids: Sequence[Grid] = DEFAULT_GRIDS, max_crops: int = 20) -> Tensor:
    """All cells of every grid, coarse grids first, truncated to ``max_crops``.

    >>> multiscale_grid_boxes().shape
    torch.Size([14, 4])
    >>> multiscale_grid_boxes(max_crops=3).shape
    torch.Size([3, 4])
    """
    return torch.cat([grid_boxes(m, n) for m, n in grids])[:max_crops]


def random_grid(generator: torch.Generator | None = None, max_side: int = 4) -> Grid:
    """A CLIPSelf-style random grid shape ``(m, n)`` with ``1 ≤ m, n ≤ max_side``.

    >>> m, n = random_grid(torch.Generator().manual_seed(0))
    >>> 1 <= m <= 4 and 1 <= n <= 4
    True
    """
    m, n = torch.randint(1, max_side + 1, (2,), generator=generator).tolist()
    return int(m), int(n)


def crops_for(config: AlignmentConfig, generator: torch.Generator | None = None) -> tuple[str, Tensor]:
    """The crop set for one image and a short key naming it (used by the teacher cache).

    >>> key, boxes = crops_for(AlignmentConfig())
    >>> key, boxes.shape[0]
    ('g1x1-2x2-3x3-k14', 14)
    """
    if config.mode == "random":
        grids: tuple[Grid, ...] = (random_grid(generator, config.max_random_side),)
    else:
        grids = config.grids
    boxes = multiscale_grid_boxes(grids, config.max_crops)
    key = "g" + "-".join(f"{m}x{n}" for m, n in grids) + f"-k{boxes.shape[0]}"
    return key, boxes


def fractions_to_pixels(fractions: Tensor, width: float, height: float) -> Tensor:
    """Scale ``[0,1]`` xyxy crops to a ``width × height`` frame.

    >>> fractions_to_pixels(torch.tensor([[0.0, 0.0, 0.5, 1.0]]), 100, 40).tolist()
    [[0.0, 0.0, 50.0, 40.0]]
    """
    scale = fractions.new_tensor([width, height, width, height])
    return fractions * scale


def proposal_boxes(
    boxes: Tensor,
    objectness: Tensor,
    fitted: Sequence[tuple[int, int]],
    count: int = 8,
    iou: float = 0.5,
    min_side: float = 8.0,
) -> list[Tensor]:
    """Each image's best ``count`` class-agnostic boxes: clipped to its unpadded input
    (``fitted`` (w, h)), at least ``min_side`` px a side, NMS at ``iou``, highest
    ``objectness`` first. ``boxes`` [B, N, 4] xyxy in input pixels, ``objectness`` [B, N].
    No gradient flows: the proposals only say where to look.

    >>> boxes = torch.tensor([[[0.0, 0, 10, 10], [1, 1, 11, 11], [20, 20, 40, 40], [0, 0, 2, 2]]])
    >>> proposal_boxes(boxes, torch.tensor([[0.9, 0.8, 0.7, 0.99]]), [(32, 32)], count=2)[0].tolist()
    [[0.0, 0.0, 10.0, 10.0], [20.0, 20.0, 32.0, 32.0]]
    """
    from torchvision.ops import nms

    out = []
    for image_boxes, score, (width, height) in zip(boxes.detach(), objectness.detach(), fitted):
        clipped = torch.stack([image_boxes[:, 0].clamp(0, width), image_boxes[:, 1].clamp(0, height),
                               image_boxes[:, 2].clamp(0, width), image_boxes[:, 3].clamp(0, height)], dim=1)
        sides = torch.minimum(clipped[:, 2] - clipped[:, 0], clipped[:, 3] - clipped[:, 1])
        valid = (sides >= min_side).nonzero(as_tuple=True)[0]
        keep = valid[nms(clipped[valid].float(), score[valid].float(), iou)[:count]]
        out.append(clipped[keep].float())
    return out


def context_squares(boxes: Tensor, context: float) -> Tensor:
    """The square around each xyxy box: its long side plus ``context`` of it on every side,
    on the same centre (as ``gridclip.world.synthetic.square_crop`` cuts a crop).

    >>> context_squares(torch.tensor([[10.0, 10.0, 30.0, 20.0]]), 0.5).tolist()
    [[0.0, -5.0, 40.0, 35.0]]
    """
    centre = (boxes[:, :2] + boxes[:, 2:]) / 2
    half = (boxes[:, 2:] - boxes[:, :2]).max(dim=1, keepdim=True).values * (0.5 + context)
    return torch.cat([centre - half, centre + half], dim=1)


# -- the teacher --------------------------------------------------------------------------------


class TeacherEmbeddingCache:
    """Teacher crop embeddings by (image sha256, CLIP fingerprint, crop key): memory, then disk.

    The disk layer (optional) survives restarts; files are written atomically so a crash
    mid-write never leaves a truncated entry.

    >>> cache = TeacherEmbeddingCache(None)
    >>> cache.get("abc", "fp", "g1x1-k1") is None
    True
    >>> cache.put("abc", "fp", "g1x1-k1", torch.ones(1, 4))
    >>> cache.get("abc", "fp", "g1x1-k1").shape, cache.hits
    (torch.Size([1, 4]), 1)
    """

    def __init__(self, directory: str | Path | None = None, max_memory_items: int = 100_000) -> None:
        self.directory = Path(directory) if directory is not None else None
        self.max_memory_items = max_memory_items
        self._memory: dict[tuple[str, str, str], Tensor] = {}
        self._lock = threading.Lock()
        self.hits = 0
        self.misses = 0

    def _path(self, image_sha256: str, fingerprint: str, crop_key: str) -> Path:
        assert self.directory is not None
        safe_fp = hashlib.sha256(fingerprint.encode()).hexdigest()[:16]
        return self.directory / safe_fp / image_sha256[:2] / f"{image_sha256}-{crop_key}.safetensors"

    def get(self, image_sha256: str, fingerprint: str, crop_key: str) -> Tensor | None:
        key = (image_sha256, fingerprint, crop_key)
        with self._lock:
            found = self._memory.get(key)
        if found is None and self.directory is not None:
            path = self._path(*key)
            if path.is_file():
                from safetensors.torch import load_file

                try:
                    found = load_file(str(path))["embeddings"]
                except Exception as exc:  # a damaged cache file is recomputed, never fatal
                    warnings.warn(f"ignoring unreadable teacher cache file {path}: {exc}", stacklevel=2)
                    found = None
                if found is not None:
                    self._remember(key, found)
        with self._lock:
            if found is None:
                self.misses += 1
            else:
                self.hits += 1
        return found

    def put(self, image_sha256: str, fingerprint: str, crop_key: str, embeddings: Tensor) -> None:
        key = (image_sha256, fingerprint, crop_key)
        embeddings = embeddings.detach().to("cpu", torch.float32).contiguous()
        self._remember(key, embeddings)
        if self.directory is not None:
            from safetensors.torch import save_file

            path = self._path(*key)
            path.parent.mkdir(parents=True, exist_ok=True)
            write_atomically(path, lambda temp: save_file({"embeddings": embeddings}, str(temp)))

    def _remember(self, key: tuple[str, str, str], value: Tensor) -> None:
        with self._lock:
            if len(self._memory) >= self.max_memory_items:
                self._memory.pop(next(iter(self._memory)))
            self._memory[key] = value

    def __len__(self) -> int:
        return len(self._memory)


class Picture(Protocol):
    """What the teacher cuts crops from: a PIL image, or a stand-in that loads one on first use."""

    def convert(self, mode: str) -> Image.Image: ...


class CLIPTeacher:
    """A frozen CLIP image tower that embeds crops of a picture.

    ``encode_image`` maps a normalised ``[N,3,S,S]`` batch to ``[N,D]``; crops are cut from
    the original picture, resized (squashed) to ``S×S`` like CLIPSelf does, and normalised with
    ``mean``/``std``. Embeddings come back L2-normalised on the CPU.

    >>> teacher = CLIPTeacher(lambda x: x.mean(dim=(2, 3)), image_size=16, fingerprint="mean-rgb")
    >>> img = Image.new("RGB", (40, 20), (255, 0, 0))
    >>> teacher.embed_crops(img, torch.tensor([[0.0, 0.0, 0.5, 1.0]])).shape
    torch.Size([1, 3])
    """

    def __init__(
        self,
        encode_image: Callable[[Tensor], Tensor],
        image_size: int,
        fingerprint: str,
        mean: Sequence[float] = CLIP_MEAN,
        std: Sequence[float] = CLIP_STD,
        device: torch.device | str = "cpu",
        batch_size: int = 32,
    ) -> None:
        self.encode_image = encode_image
        self.image_size = int(image_size)
        self.fingerprint = fingerprint
        self.device = torch.device(device)
        self.mean = torch.tensor(mean, dtype=torch.float32).view(1, 3, 1, 1)
        self.std = torch.tensor(std, dtype=torch.float32).view(1, 3, 1, 1)
        self.batch_size = batch_size

    @classmethod
    def from_open_clip(cls, clip_model: nn.Module, fingerprint: str, device: torch.device | str = "cpu") -> CLIPTeacher:
        """Wrap an ``open_clip`` CLIP model (its ``encode_image``; frozen, eval mode).

        The model is used as given: pass a copy if the student shares its weights and trains.
        """
        clip_model.eval().requires_grad_(False)
        visual = getattr(clip_model, "visual", clip_model)
        cfg = getattr(visual, "preprocess_cfg", None) or {}
        size = cfg.get("size", getattr(visual, "image_size", 224))
        if isinstance(size, (tuple, list)):
            size = size[0]
        encode = getattr(clip_model, "encode_image", clip_model)
        return cls(
            encode,
            int(size),
            fingerprint,
            mean=cfg.get("mean", CLIP_MEAN),
            std=cfg.get("std", CLIP_STD),
            device=device,
        )

    def _crop_batch(self, image: Image.Image, fractions: Tensor) -> Tensor:
        pixels = fractions_to_pixels(fractions, image.width, image.height)
        crops = []
        for x0, y0, x1, y1 in pixels.tolist():
            # At least one pixel, so a 1-pixel image or a thin strip still yields a crop.
            box = (int(math.floor(x0)), int(math.floor(y0)), max(int(math.ceil(x1)), int(math.floor(x0)) + 1),
                   max(int(math.ceil(y1)), int(math.floor(y0)) + 1))
            crop = image.crop(box).resize((self.image_size, self.image_size), Image.Resampling.BICUBIC)
            crops.append(torch.from_numpy(np.asarray(crop, dtype=np.uint8).copy()).permute(2, 0, 1))
        batch = torch.stack(crops).float().div_(255.0)
        return (batch - self.mean) / self.std

    @torch.no_grad()
    def embed_crops(self, image: Picture, fractions: Tensor) -> Tensor:
        """L2-normalised teacher embeddings ``[K, D]`` of the crops ``fractions`` (``[K,4]``)."""
        batch = self._crop_batch(image.convert("RGB"), fractions)
        out = []
        for start in range(0, batch.shape[0], self.batch_size):
            chunk = batch[start : start + self.batch_size].to(self.device)
            out.append(self.encode_image(chunk).float().cpu())
        return F.normalize(torch.cat(out), dim=-1)

    @torch.no_grad()
    def embed_input_boxes(self, inputs: Tensor, boxes: list[Tensor]) -> list[Tensor]:
        """L2-normalised teacher embeddings of boxes cut from a normalised network input
        ``inputs`` [B,3,H,W] (one ``[K_i,4]`` xyxy tensor per image, input pixels), each
        resized to ``S×S`` by RoIAlign: crops that change every step, never cached.

        >>> teacher = CLIPTeacher(lambda x: x.mean(dim=(2, 3)), image_size=8, fingerprint="mean")
        >>> inputs = torch.zeros(1, 3, 16, 16); inputs[:, 0, :, :8] = 1.0
        >>> [e.tolist() for e in teacher.embed_input_boxes(inputs, [torch.tensor([[0.0, 0, 8, 16]])])]
        [[[1.0, 0.0, 0.0]]]
        """
        counts = [int(b.shape[0]) for b in boxes]
        rois = [b.to(inputs.device, torch.float32) for b in boxes]
        crops = roi_align(inputs.float(), rois, (self.image_size, self.image_size), spatial_scale=1.0,
                          sampling_ratio=2, aligned=True)
        out = [self.encode_image(crops[i : i + self.batch_size]).float()
               for i in range(0, crops.shape[0], self.batch_size)]
        embedded = torch.cat(out) if out else crops.new_zeros(0, 1)
        return list(F.normalize(embedded, dim=-1).split(counts))


# -- the student --------------------------------------------------------------------------------


class RoIAttentionPool(nn.Module):
    """Pool a crop with CLIP's own attention pool: RoIAlign to the pool's native grid, then attend.

    ``attention_pool`` is an ``open_clip`` ``AttentionPool2d`` (RN towers) whose positional
    embedding fixes the grid side (7 for RN50 at 224 px).
    """

    def __init__(self, attention_pool: AttentionPool2d) -> None:
        super().__init__()
        self.attention_pool = attention_pool
        tokens = attention_pool.positional_embedding.shape[0] - 1
        self.side = int(round(math.sqrt(tokens)))
        if self.side * self.side != tokens:
            raise ValueError(f"attention pool has {tokens} positions, not a square grid")

    def forward(self, feature_map: Tensor, boxes: list[Tensor], spatial_scale: float) -> Tensor:
        regions = roi_align(feature_map, boxes, (self.side, self.side), spatial_scale, sampling_ratio=2, aligned=True)
        return self.attention_pool(regions)


def pool_grid_embeddings(
    grid: Tensor | Mapping[str, Tensor],
    boxes: list[Tensor],
    input_size: tuple[int, int],
) -> Tensor:
    """Average the student's grid embeddings inside each box (RoIAlign to 1×1).

    ``grid`` is one ``[B,D,h,w]`` map or an ordered mapping of FPN level maps (each box is
    then pooled from the level its size belongs to, as torchvision's ``MultiScaleRoIAlign``
    assigns them). ``boxes`` holds one ``[K_i,4]`` xyxy tensor per image in input pixels;
    ``input_size`` is the network input ``(height, width)``. Returns ``[ΣK_i, D]``.

    >>> grid = torch.arange(16.0).view(1, 1, 4, 4)
    >>> pool_grid_embeddings(grid, [torch.tensor([[0.0, 0.0, 32.0, 32.0]])], (32, 32)).item()
    7.5
    """
    if isinstance(grid, Tensor):
        scale = grid.shape[-1] / input_size[1]
        pooled = roi_align(grid, boxes, (1, 1), spatial_scale=scale, sampling_ratio=2, aligned=True)
        return pooled.flatten(1)
    names = list(grid.keys())
    pooler = MultiScaleRoIAlign(names, output_size=1, sampling_ratio=2)
    image_shapes = [tuple(input_size)] * len(boxes)
    return pooler(dict(grid), boxes, image_shapes).flatten(1)


class GridCells(Protocol):
    """Grid embeddings computed on demand at chosen cells, instead of whole [B, D, H, W] maps.

    ``names`` / ``shapes``: the FPN levels (as ``pool_grid_embeddings``' mapping keys) and
    their (H, W); ``batch_size``: B; ``device``: where they live; ``at(level, image, cell)``: the [n, D] embeddings of
    ``image[n]``'s cell ``cell[n]`` (row-major, ``y * W + x``) on level ``level``.
    """

    names: list[str]
    shapes: list[tuple[int, int]]
    batch_size: int
    device: torch.device

    def at(self, level: int, image: Tensor, cell: Tensor) -> Tensor: ...


def roi_align_weights(
    names: Sequence[str],
    shapes: Sequence[tuple[int, int]],
    batch_size: int,
    boxes: list[Tensor],
    input_size: tuple[int, int],
) -> list[tuple[Tensor, Tensor, Tensor]]:
    """What ``pool_grid_embeddings`` on a mapping of maps computes, as weights: per level the
    (image, cell) pairs any box samples and their weights [n, K] (K boxes of all images), so
    ``pooled = sum over levels of weights.T @ maps[level][image, :, cell]``.

    Read off ``MultiScaleRoIAlign`` itself (same level assignment, scales and bilinear
    taps): it is linear, so the gradient of box k's output in channel k, on zero maps
    with one channel per box, is box k's weight on every cell.

    >>> boxes = [torch.tensor([[0.0, 0.0, 32.0, 32.0]])]
    >>> [(i.tolist(), c.tolist(), w.sum().item()) for i, c, w in roi_align_weights(["p"], [(4, 4)], 1, boxes, (32, 32))]
    [([0, 0, 0, 0], [5, 7, 13, 15], 1.0)]
    """
    count = sum(int(b.shape[0]) for b in boxes)
    device = boxes[0].device
    with torch.enable_grad():
        maps = {
            name: torch.zeros(batch_size, count, h, w, device=device, requires_grad=True)
            for name, (h, w) in zip(names, shapes)
        }
        pooled = MultiScaleRoIAlign(list(names), output_size=1, sampling_ratio=2)(
            maps, boxes, [tuple(input_size)] * len(boxes)
        )
        one_hot = torch.eye(count, device=device)[:, :, None, None]
        grads = torch.autograd.grad(pooled, list(maps.values()), grad_outputs=one_hot, allow_unused=True)
    weights = []
    for grad in grads:
        if grad is None:  # no box on this level
            none = torch.zeros(0, dtype=torch.long, device=device)
            weights.append((none, none, torch.zeros(0, count, device=device)))
            continue
        per_cell = grad.flatten(2).transpose(1, 2)  # [B, H*W, K]
        image, cell = per_cell.ne(0).any(dim=-1).nonzero(as_tuple=True)
        weights.append((image, cell, per_cell[image, cell]))
    return weights


def pool_grid_cells(cells: GridCells, boxes: list[Tensor], input_size: tuple[int, int]) -> Tensor:
    """``pool_grid_embeddings`` of the maps ``cells`` stands for (equal up to float rounding,
    gradients included), computing embeddings only at the cells the boxes sample: a 1x1
    RoIAlign with sampling ratio 2 reads at most 16 cells per box. Returns [ΣK_i, D].
    """
    levels = roi_align_weights(cells.names, cells.shapes, cells.batch_size, boxes, input_size)
    sampled = [level for level, (image, _, _) in enumerate(levels) if image.numel()]
    total = None
    # Boxes entirely off the maps sample nothing and pool to zero, as RoIAlign does.
    for level in sampled or [0]:
        image, cell, weights = levels[level]
        part = weights.T @ cells.at(level, image, cell)
        total = part if total is None else total + part
    assert total is not None  # the loop above runs at least once
    return total


def alignment_loss(student: Tensor, teacher: Tensor, kind: AlignmentLoss = "l1") -> Tensor:
    """L1 (GridCLIP) or ``1 − cos`` (CLIPSelf) between L2-normalised embeddings, averaged per crop;
    ``"centred"``: ``1 − cos`` after each side's mean over the crops is taken away.

    Why centred: CLIP's image and text embeddings sit in two separate cones (the modality gap),
    and the grid is classified against the text cone. Matching the teacher's image embeddings
    as they are pulls the grid into the image cone; matching only how crops differ from one
    another carries what the teacher tells apart and leaves the grid where its text is.

    >>> a = torch.tensor([[1.0, 0.0]])
    >>> float(alignment_loss(a, a)), float(alignment_loss(a, torch.tensor([[0.0, 1.0]]), "cosine"))
    (0.0, 1.0)
    >>> s = torch.tensor([[1.0, 0.0, 0.1], [1.0, 0.0, -0.1]])  # two cones, the same difference
    >>> t = torch.tensor([[0.0, 1.0, 0.1], [0.0, 1.0, -0.1]])
    >>> round(float(alignment_loss(s, t, "cosine")), 2), round(float(alignment_loss(s, t, "centred")), 2)
    (0.99, 0.0)
    """
    if student.shape != teacher.shape:
        raise ValueError(f"student {tuple(student.shape)} and teacher {tuple(teacher.shape)} embeddings differ in shape")
    if kind not in ALIGNMENT_LOSSES:
        raise ValueError(f"alignment loss must be one of {ALIGNMENT_LOSSES}, not {kind!r}")
    s = F.normalize(student.float(), dim=-1)
    t = F.normalize(teacher.float().to(s.device), dim=-1)
    if kind == "l1":
        return (s - t).abs().sum(-1).mean()
    if kind == "centred":
        if s.shape[0] < 2:  # one crop has no differences to match
            return s.sum() * 0.0
        s, t = s - s.mean(0, keepdim=True), t - t.mean(0, keepdim=True)
    return (1.0 - F.cosine_similarity(s, t, dim=-1, eps=1e-8)).mean()


@dataclass
class AlignmentTargets:
    """What one batch needs from the teacher: the crops per image and their embeddings."""

    fractions: list[Tensor]
    embeddings: list[Tensor] = field(default_factory=list)

    def __len__(self) -> int:
        return len(self.fractions)


class ImageLevelAlignment:
    """The distillation signal: teacher crop embeddings (cached) vs the student's pooled grid.

    >>> teacher = CLIPTeacher(lambda x: x.mean(dim=(2, 3)), image_size=8, fingerprint="mean-rgb")
    >>> ila = ImageLevelAlignment(teacher, AlignmentConfig(grids=((1, 1), (2, 2))))
    >>> img = Image.new("RGB", (32, 32), (0, 128, 255))
    >>> targets = ila.targets([img], ["sha-of-img"])
    >>> targets.embeddings[0].shape
    torch.Size([5, 3])
    >>> grid = torch.randn(1, 3, 4, 4, requires_grad=True)
    >>> boxes = [fractions_to_pixels(targets.fractions[0], 32, 32)]
    >>> loss = ila.loss(grid, boxes, targets, input_size=(32, 32))
    >>> loss.backward(); grid.grad is not None
    True
    """

    def __init__(
        self,
        teacher: CLIPTeacher,
        config: AlignmentConfig = AlignmentConfig(),
        cache: TeacherEmbeddingCache | None = None,
        attention_pool: AttentionPool2d | None = None,
        seed: int = 0,
    ) -> None:
        if config.pooling == "attention" and attention_pool is None:
            raise ValueError("pooling='attention' needs the CLIP attention pool module (RN towers only)")
        self.teacher = teacher
        self.config = config
        self.cache = cache if cache is not None else TeacherEmbeddingCache(None)
        self.roi_attention = RoIAttentionPool(attention_pool) if attention_pool is not None else None
        self.generator = torch.Generator().manual_seed(seed)

    def targets(self, images: Sequence[Picture], image_hashes: Sequence[str]) -> AlignmentTargets:
        """Crops for each image and the teacher's embeddings of them (from the cache if seen)."""
        if len(images) != len(image_hashes):
            raise ValueError("one hash per image is needed for the teacher cache")
        fractions, embeddings = [], []
        for image, sha in zip(images, image_hashes):
            key, boxes = crops_for(self.config, self.generator)
            found = self.cache.get(sha, self.teacher.fingerprint, key)
            if found is None or found.shape[0] != boxes.shape[0]:
                found = self.teacher.embed_crops(image, boxes)
                self.cache.put(sha, self.teacher.fingerprint, key, found)
            fractions.append(boxes)
            embeddings.append(found)
        return AlignmentTargets(fractions, embeddings)

    def proposal_targets(self, inputs: Tensor, boxes: Tensor, objectness: Tensor,
                         fitted: Sequence[tuple[int, int]]) -> tuple[AlignmentTargets, list[Tensor]]:
        """``mode="proposals"``: the detector's best class-agnostic boxes of this step
        (``proposal_boxes`` of ``boxes`` [B,N,4] by ``objectness`` [B,N]) and the teacher's
        embeddings of the squares around them (``context_squares``), cut from the normalised
        ``inputs`` [B,3,H,W]. The student pools the box itself. Returns the targets and the
        boxes in input pixels, as ``loss`` takes them."""
        chosen = proposal_boxes(boxes, objectness, fitted, self.config.proposals_per_image, self.config.proposal_iou)
        seen = [context_squares(b, self.config.proposal_context) for b in chosen]
        embeddings = self.teacher.embed_input_boxes(inputs, seen)
        fractions = [b.cpu() / b.new_tensor([w, h, w, h]).cpu() for b, (w, h) in zip(chosen, fitted)]
        return AlignmentTargets(fractions, embeddings), chosen

    def pool(self, grid: Tensor | Mapping[str, Tensor] | GridCells, boxes: list[Tensor], input_size: tuple[int, int]) -> Tensor:
        """The student's embedding of each crop (``boxes`` in input pixels, one tensor per image).

        ``grid``: one map, a mapping of FPN level maps, or ``GridCells`` computing the
        embeddings of only the cells the crops sample (``pool_grid_cells``, same result)."""
        if self.config.pooling == "attention":
            assert self.roi_attention is not None
            if not isinstance(grid, (Tensor, Mapping)):
                raise TypeError("attention pooling reads a feature map; GridCells only rebuild grid embeddings")
            feature = grid if isinstance(grid, Tensor) else list(grid.values())[-1]
            return self.roi_attention(feature, boxes, feature.shape[-1] / input_size[1])
        if isinstance(grid, (Tensor, Mapping)):
            return pool_grid_embeddings(grid, boxes, input_size)
        return pool_grid_cells(grid, boxes, input_size)

    def loss(
        self,
        grid: Tensor | Mapping[str, Tensor] | GridCells,
        boxes: list[Tensor],
        targets: AlignmentTargets,
        input_size: tuple[int, int],
    ) -> Tensor:
        """``weight × alignment_loss`` of the pooled student crops against the teacher's."""
        device = next(iter(grid.values())).device if isinstance(grid, Mapping) else grid.device
        boxes = [b.to(device=device, dtype=torch.float32) for b in boxes]
        if not sum(int(b.shape[0]) for b in boxes):  # no proposal survived: nothing to align
            return torch.zeros((), device=device)
        student = self.pool(grid, boxes, input_size)
        teacher = torch.cat(targets.embeddings).to(device)
        return self.config.weight * alignment_loss(student, teacher, self.config.loss)
