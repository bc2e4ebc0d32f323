"""Classes told apart on crops: the second look that new kinds need.

The detector reads a dense CLIP grid at stride 32. An object 20–60 px wide covers one or two of
its cells, enough to say *where* something is but not *which* of several unseen silhouettes it
is: on the second domains the head's own grid pools boxes of different kinds into nearly the
same vector (benchmarks/RESULTS.md, "Learning new classes"). CLIP's image tower looks at a
crop whole, at its own input size, which is what it was trained to do. So for classes the
model did not know, each candidate box is cut out (``square_crop`` with ``CROP_MARGIN`` of
context), embedded by a *crop tower* (the CLIP image tower, with broad kinds of thing taught
to it by the demo build, ``gridclip.world.crop_tower``), and its class is read from
``CropClasses``: one unit row per class, either the mean crop embedding of accepted boxes
(exemplars, no training) or rows a fine-tune learnt together with the tower
(``gridclip.training.crop_classes``).

``rescore_by_crops`` keeps every candidate of the other classes untouched, so what the model
knew is scored exactly as before. The candidates of the crop classes become one pool of
boxes (class-agnostic NMS: the detector already knows they are objects), and each box is
emitted once per crop class with confidence ``box score × p(class | crop)``.

>>> import torch
>>> rows = CropClasses(("gear", "nut"), torch.eye(2, 8))
>>> rows.names, tuple(rows.weights.shape)
(('gear', 'nut'), (2, 8))
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np
import supervision as sv
import torch
import torch.nn.functional as F
from PIL import Image
from torchvision.ops import nms

from gridclip.inference.images import square_crop
from gridclip.model.postprocess import CLASS_NAME_DATA_FIELD, detection_rows
from gridclip.vocabulary import Vocabulary

#: Context around a box on each side, as a fraction of its long side (as the crop tower was taught).
CROP_MARGIN = 0.1
#: Scale of the cosine logits: ``p(class | crop) = softmax(temperature · cos(crop, row))``.
CROP_TEMPERATURE = 20.0
#: The same for exemplar rows, each the mean crop of a few accepted boxes (or one picked box)
#: rather than learnt: a softer reading lets the box score weigh more where a mean crop names a
#: box only roughly. On the new-class start's proposals, chosen on "parts", checked on "symbols"
#: (benchmarks/RESULTS.md, "Exemplars: the start proposes, the crops name"): 10 pictures, AP50
#: 31.3 / 32.3 / 27.0 at 3 / 5 / 20 (seed 0); one picked box, its class on the other pictures,
#: 24.8 / 23.6 / 6.2 at 3 / 5 / 20 (symbols 21.6 / 18.3 / –).
EXEMPLAR_CROP_TEMPERATURE = 3.0
#: Candidates of the crop classes that overlap more than this are one box (class-agnostic NMS).
CROP_NMS_IOU = 0.5
#: At most this many boxes per picture are cut out and embedded (the best by detector score).
MAX_CROPS_PER_IMAGE = 100


@dataclass(frozen=True)
class CropClasses:
    """One unit row per class name (``weights`` [K, D] in the crop tower's embedding space)."""

    names: tuple[str, ...]
    weights: torch.Tensor
    temperature: float = CROP_TEMPERATURE

    def __post_init__(self) -> None:
        weights = torch.as_tensor(self.weights, dtype=torch.float32).detach().cpu()
        if weights.ndim != 2 or weights.shape[0] != len(self.names) or not len(self.names):
            raise ValueError(f"crop classes need one row per name: {len(self.names)} names, weights "
                             f"{tuple(weights.shape)}")
        if not torch.isfinite(weights).all() or (weights.norm(dim=1) == 0).any():
            raise ValueError("crop class rows must be finite and non-zero")
        if len({n.casefold() for n in self.names}) != len(self.names):
            raise ValueError(f"crop class names must be distinct: {list(self.names)}")
        object.__setattr__(self, "names", tuple(str(n) for n in self.names))
        # Rows that are unit already (read back from a file) are kept to the bit: normalising
        # them again moves their last bits, and every digest with them.
        unit = torch.allclose(weights.norm(dim=1), torch.ones(len(weights)), atol=1e-6)
        object.__setattr__(self, "weights", weights if unit else F.normalize(weights, dim=1))

    def in_vocabulary(self, vocab: Vocabulary) -> tuple[list[int], list[int]]:
        """(vocabulary ids, row ids) of the classes of ``vocab`` that have a row, matched by
        name or synonym, ignoring case."""
        rows = {name.casefold(): i for i, name in enumerate(self.names)}
        ids, row_ids = [], []
        for index, cls in enumerate(vocab.classes):
            for name in (cls.name, *cls.synonyms):
                if name.casefold() in rows:
                    ids.append(index)
                    row_ids.append(rows[name.casefold()])
                    break
        return ids, row_ids

    def merged_with(self, other: CropClasses) -> CropClasses:
        """These rows with ``other``'s added; a name in both takes ``other``'s row."""
        rows = dict(zip(self.names, self.weights))
        rows.update(zip(other.names, other.weights))
        return CropClasses(tuple(rows), torch.stack(list(rows.values())), other.temperature)


def crop_tensor(image: Image.Image, boxes: np.ndarray | Sequence[Sequence[float]], size: int,
                mean: torch.Tensor, std: torch.Tensor, margin: float = CROP_MARGIN) -> torch.Tensor:
    """The square crop around each box (``margin`` of context), resized (bilinear) to ``size``
    and normalised with the CLIP's ``mean`` / ``std`` ([3, 1, 1]): [N, 3, size, size]."""
    crops = [np.asarray(square_crop(image, box.tolist(), margin).resize((size, size), Image.Resampling.BILINEAR),
                        dtype=np.float32) for box in np.asarray(boxes, dtype=np.float32).reshape(-1, 4)]
    if not crops:
        return torch.zeros(0, 3, size, size)
    batch = torch.from_numpy(np.stack(crops)).permute(0, 3, 1, 2) / 255.0
    return (batch - mean.view(1, 3, 1, 1)) / std.view(1, 3, 1, 1)


def tower_input_size(tower: torch.nn.Module) -> int:
    """The side the crop tower was built for (open_clip's ``image_size``, an int or a pair)."""
    size = getattr(tower, "image_size", None)
    if size is None:
        raise ValueError("the crop tower names no image_size (an open_clip image tower has one)")
    return int(size[0] if isinstance(size, (tuple, list)) else size)


@torch.no_grad()
def embed_crops(tower: torch.nn.Module, crops: torch.Tensor, batch_size: int = 128) -> torch.Tensor:
    """Unit crop embeddings [N, D] of a crop batch from ``crop_tensor``."""
    if len(crops) == 0:
        return torch.zeros(0, 0)
    device = next(tower.parameters()).device
    was_training = tower.training
    tower.eval()
    out = torch.cat([F.normalize(tower(crops[i : i + batch_size].to(device)).float(), dim=-1).cpu()
                     for i in range(0, len(crops), batch_size)])
    tower.train(was_training)
    return out


def crop_probability(cosines: torch.Tensor, temperature: float) -> torch.Tensor:
    """How much each crop is each class, from its cosines with the class rows ([boxes, classes]):
    with two classes or more, which of them it is (``softmax(temperature * cos)``); with one,
    how alike it is to that row (``exp(temperature * (cos - 1))``, 1 for the row itself), since
    a softmax over one class says 1 to everything.

    >>> [[round(p, 3) for p in row] for row in crop_probability(torch.tensor([[1.0, 0.0]]), 3.0).tolist()]
    [[0.953, 0.047]]
    >>> [[round(p, 3) for p in row] for row in crop_probability(torch.tensor([[1.0], [0.5]]), 3.0).tolist()]
    [[1.0], [0.223]]
    """
    if cosines.shape[1] == 1:
        return torch.exp(temperature * (cosines - 1.0))
    return (temperature * cosines).softmax(dim=-1)


def rescore_by_crops(detections: sv.Detections, image: Image.Image, tower: torch.nn.Module,
                     classes: CropClasses, vocab: Vocabulary, mean: torch.Tensor,
                     std: torch.Tensor, min_score: float = 0.0) -> sv.Detections:
    """``detections`` (one picture's candidates, ``class_id`` indexing ``vocab``) with the
    candidates of ``classes`` re-classified on their crops; the others pass untouched.
    Candidates of ``classes`` scoring below ``min_score`` are dropped unread."""
    ids, row_ids = classes.in_vocabulary(vocab)
    if not ids or len(detections) == 0 or detections.class_id is None:
        return detections
    mine = np.isin(detections.class_id, ids)
    if not mine.any():
        return detections
    others = detection_rows(detections, ~mine)
    pool = detection_rows(detections, mine & (np.asarray(detections.confidence) >= min_score))
    if len(pool) == 0:
        return others
    pool_scores = np.asarray(pool.confidence, dtype=np.float32)
    kept = nms(torch.as_tensor(pool.xyxy, dtype=torch.float32), torch.from_numpy(pool_scores),
               CROP_NMS_IOU)[:MAX_CROPS_PER_IMAGE].numpy()
    boxes, scores = pool.xyxy[kept], pool_scores[kept]
    embeddings = embed_crops(tower, crop_tensor(image, boxes, tower_input_size(tower), mean, std))
    rows = classes.weights[torch.as_tensor(row_ids)]
    probability = crop_probability(embeddings @ rows.T, classes.temperature).numpy()  # [boxes, classes]
    class_ids = np.tile(np.asarray(ids), len(boxes))
    rescored = sv.Detections(
        xyxy=np.repeat(boxes, len(ids), axis=0).astype(np.float32).reshape(-1, 4),
        confidence=(scores[:, None] * probability).reshape(-1).astype(np.float32),
        class_id=class_ids,
        data={CLASS_NAME_DATA_FIELD: np.array([vocab.names[i] for i in class_ids], dtype=str)},
    )
    merged = sv.Detections.merge([others, rescored])
    return detection_rows(merged, np.argsort(-np.asarray(merged.confidence), kind="stable"))
