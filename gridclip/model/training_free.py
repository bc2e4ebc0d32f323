"""Training-free boxes: CLIP's dense grid embeddings against the text, no detection head.

For each grid cell the similarity to every class text gives (a) a class probability by a
softmax over the vocabulary at CLIP's temperature (``logit_scale`` 100) and (b) a relative
similarity per class, ``(sim - min) / (max - min)`` over the image. A cell votes for the
class it scores best, if that class's relative similarity is at least
``relative_threshold`` (the top of its own range). A class whose similarity range over the
image (its contrast, max - min) is below ``min_relative_contrast`` of the most contrasted
class's is taken as absent: its "best" cells are noise. Connected regions of
voting cells (``scipy.ndimage.label``, 8-connectivity) become boxes, scored by the mean of
probability x relative similarity over the region. NMS is left to ``refilter``.

Crude by design: it lets real CLIP weights pre-label on day one, before any training.

>>> import torch
>>> text = torch.eye(3)[:2]                          # two classes, D = 3
>>> dense = torch.zeros(3, 4, 4); dense[2] = 1       # background points along axis 2
>>> dense[:, 1:3, 0:2] = torch.tensor([1.0, 0, 0]).view(3, 1, 1)   # class 0 in rows 1-2, cols 0-1
>>> boxes, scores, labels = region_candidates(dense, text, stride=32)
>>> boxes.tolist(), labels.tolist()
([[0.0, 32.0, 64.0, 96.0]], [0])
"""

from __future__ import annotations

import numpy as np
import torch
import torch.nn.functional as F
from scipy import ndimage


def region_candidates(
    dense: torch.Tensor,
    text: torch.Tensor,
    stride: int,
    valid_cells: tuple[int, int] | None = None,
    logit_scale: float = 100.0,
    relative_threshold: float = 0.5,
    min_relative_contrast: float = 0.25,
) -> tuple[torch.Tensor, torch.Tensor, torch.Tensor]:
    """Boxes [K, 4] (input pixels), scores [K] and class ids [K] from one image's dense CLIP
    embeddings ``dense`` [D, h, w] and text embeddings ``text`` [C, D].

    ``valid_cells`` (rows, cols) excludes the padding at the bottom/right from the statistics.
    """
    if dense.ndim != 3 or text.ndim != 2 or dense.shape[0] != text.shape[1]:
        raise ValueError(f"expected dense [D, h, w] and text [C, D], got {tuple(dense.shape)} and {tuple(text.shape)}")
    rows, cols = valid_cells or dense.shape[1:]
    rows, cols = max(1, min(rows, dense.shape[1])), max(1, min(cols, dense.shape[2]))
    grid = F.normalize(dense[:, :rows, :cols].float(), dim=0)
    similarity = torch.einsum("dhw,cd->chw", grid, F.normalize(text.float().to(grid.device), dim=-1))
    probability = torch.softmax(logit_scale * similarity, dim=0)
    low = similarity.flatten(1).amin(dim=1).view(-1, 1, 1)
    high = similarity.flatten(1).amax(dim=1).view(-1, 1, 1)
    contrast = (high - low).view(-1)
    relative = (similarity - low) / (high - low).clamp(min=1e-6)
    present = (contrast >= min_relative_contrast * contrast.max()).cpu().numpy()
    best = similarity.argmax(dim=0)
    score_map = (probability * relative).cpu().numpy()
    relative_np = relative.cpu().numpy()
    best_np = best.cpu().numpy()

    boxes, scores, labels = [], [], []
    structure = np.ones((3, 3), dtype=bool)
    for class_id in range(similarity.shape[0]):
        if not present[class_id]:
            continue
        mask = (best_np == class_id) & (relative_np[class_id] >= relative_threshold)
        regions, count = ndimage.label(mask, structure=structure)
        if count == 0:
            continue
        for index, window in enumerate(ndimage.find_objects(regions), start=1):
            ys, xs = window
            inside = regions[window] == index
            boxes.append([xs.start * stride, ys.start * stride, xs.stop * stride, ys.stop * stride])
            scores.append(float(score_map[class_id][window][inside].mean()))
            labels.append(class_id)
    if not boxes:
        return torch.zeros((0, 4)), torch.zeros(0), torch.zeros(0, dtype=torch.long)
    return torch.tensor(boxes, dtype=torch.float32), torch.tensor(scores, dtype=torch.float32), torch.tensor(labels)
