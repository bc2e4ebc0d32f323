"""Exemplar prototypes from accepted boxes: no training, one forward pass per picture.

``class_prototypes(detector, examples, names)`` pools the detector's grid embeddings inside each
box (``torchvision.ops.roi_align`` 1x1, sampling ratio 2, on the FPN level FCOS assigns the box
to: the one whose range ``4*stride .. 8*stride`` holds half the box's longer side, as
``gridclip.model.losses.match_points``), L2-normalises each, and averages them per class into a
``ClassPrototypes`` (``gridclip.inference.exemplars``: plain data, versioned with the model).
A training-free detector (no trained head) pools its dense CLIP embedding instead, the grid it
scores with.

``box_prototypes(detector, image, xyxy, name, examples, names)`` is "find similar": the one box
stands for its class, the examples' boxes for the other classes (one ``class_prototypes`` call).
``WithExemplars(detector, prototypes)`` predicts with fixed prototypes, for whatever scores a
``predict`` (``gridclip.training.evaluate``).

Prototypes are cached by (model version, content hash of the pictures and their boxes): in
memory, and on disk under ``$GRIDCLIP_CACHE_DIR/prototypes`` (else the user cache) so the second
call for the same accepted boxes costs a hash of the files, not a forward pass.

>>> import numpy as np
>>> from PIL import Image
>>> from gridclip.inference.sources import load_detector
>>> det = load_detector("open_clip:tiny-rn", device="cpu", text_cache_dir=False)
>>> picture = Image.new("RGB", (96, 64), (200, 30, 30))
>>> protos = class_prototypes(det, [(picture, np.array([[10.0, 10.0, 60.0, 50.0]]), np.array([0]))], ["red thing"])
>>> protos.names, protos.count("red thing"), protos.model_version == det.version
(['red thing'], 1, True)
"""

from __future__ import annotations

import dataclasses
import hashlib
import os
import threading
from collections import OrderedDict
from collections.abc import Collection, Iterable, Sequence
from pathlib import Path
from typing import Any

import numpy as np
import torch
import torch.nn.functional as F
from torchvision.ops import roi_align

from gridclip.inference.crop_classes import EXEMPLAR_CROP_TEMPERATURE
from gridclip.inference.exemplars import ClassPrototypes
from gridclip.model.network import STRIDES
from gridclip.training.crop_classes import crop_prototypes, nearest_mean_accuracy
from gridclip.training.data import TrainingExample, image_sha256
from gridclip.vocabulary import Vocabulary

#: What the pooling does, in words; part of the cache key (change it with the recipe).
POOLING = "roi_align-1x1-sr2-aligned-fcos-level-l2-mean+cell-mean-v2+crops-t3"
_MEMORY: OrderedDict[tuple[str, str], ClassPrototypes] = OrderedDict()
_MEMORY_KEPT = 32
_LOCK = threading.Lock()


def default_prototype_cache_dir() -> Path:
    """``$GRIDCLIP_CACHE_DIR/prototypes``, else the user cache dir (platformdirs)."""
    root = os.environ.get("GRIDCLIP_CACHE_DIR")
    if root:
        return Path(root) / "prototypes"
    import platformdirs

    return Path(platformdirs.user_cache_dir("gridclip")) / "prototypes"


def fcos_level(xyxy: torch.Tensor) -> torch.Tensor:
    """The FPN level index (0 = P3) FCOS assigns each box [N, 4] (input pixels) to.

    >>> fcos_level(torch.tensor([[0.0, 0.0, 100.0, 40.0], [0.0, 0.0, 200.0, 10.0], [0, 0, 5000, 9]])).tolist()
    [0, 1, 4]
    """
    reach = (xyxy[:, 2:] - xyxy[:, :2]).amax(dim=1) / 2
    upper = torch.tensor([8.0 * s for s in STRIDES[:-1]], device=xyxy.device)
    return (reach[:, None] >= upper[None, :]).sum(dim=1)


def _as_examples(examples: Any, names: Vocabulary | Sequence[str] | None) -> tuple[list[TrainingExample], list[str]]:
    if names is None and hasattr(examples, "categories") and hasattr(examples, "examples"):
        names, examples = list(examples.categories), examples.examples  # storage.TrainingSet
    if names is None:
        raise ValueError("class_prototypes needs the class names the examples' class ids index "
                         "(a Vocabulary, a list of names, or pass storage's TrainingSet itself)")
    class_names = names.names if isinstance(names, Vocabulary) else [str(n) for n in names]
    out = []
    for ex in examples:
        if not isinstance(ex, TrainingExample):
            ex = TrainingExample(*ex)  # a caller's (image, xyxy, class_ids)
        if len(ex) and int(ex.class_ids.max()) >= len(class_names):
            raise ValueError(f"{ex.describe()} has class id {int(ex.class_ids.max())} but only "
                             f"{len(class_names)} class names were given")
        out.append(ex)
    return out, class_names


def content_key(examples: Sequence[TrainingExample], class_names: Sequence[str]) -> str:
    """A hash of every picture's content and its boxes with their class names (order kept)."""
    h = hashlib.sha256(POOLING.encode())
    for ex in examples:
        if not len(ex):
            continue
        h.update(image_sha256(ex.image).encode())
        h.update(np.ascontiguousarray(ex.xyxy, dtype=np.float32).tobytes())
        h.update("\x1f".join(class_names[int(c)] for c in ex.class_ids).encode("utf-8"))
        h.update(b"\x1e")
    return h.hexdigest()


def _disk_dir(detector: Any, cache_dir: str | Path | bool | None) -> Path | None:
    if cache_dir is True:
        # A detector that writes no caches (loaded with text_cache_dir=False) writes none here either.
        return default_prototype_cache_dir() if getattr(detector, "_text_cache_dir", None) else None
    if not cache_dir:
        return None
    return Path(cache_dir)


def class_prototypes(
    detector: Any,
    examples: Iterable[Any] | Any,
    names: Vocabulary | Sequence[str] | None = None,
    *,
    cache_dir: str | Path | bool | None = True,
    batch_size: int = 4,
) -> ClassPrototypes:
    """Per-class prototypes of ``detector``'s grid inside the examples' boxes (see the module doc),
    with the mean grid embedding of the pictures (the centre of the blend, ``gridclip.inference.exemplars``).

    ``examples``: ``TrainingExample`` s or ``(image, xyxy, class_ids)`` tuples (boxes in
    original pixels), with ``names[class_id]`` naming each box's class; or ``storage.TrainingSet``
    itself (its ``categories`` name the ids). ``cache_dir``: ``True`` (the
    default folder), a folder, or ``None``/``False`` (memory only).
    """
    items, class_names = _as_examples(examples, names)
    version = detector.version
    key = content_key(items, class_names)
    memory_key = (version, key)
    with _LOCK:
        if memory_key in _MEMORY:
            _MEMORY.move_to_end(memory_key)
            return _MEMORY[memory_key]
    folder = _disk_dir(detector, cache_dir)
    path = folder / f"{version[:24]}-{key[:32]}.json" if folder is not None else None
    found = None
    if path is not None and path.is_file():
        try:
            found = ClassPrototypes.load(path)
        except (OSError, ValueError, KeyError):  # a torn or foreign file is only a lost cache entry
            found = None
        if found is not None and (found.model_version != version or found.key != key):
            found = None
    if found is None:
        found = _pool(detector, [ex for ex in items if len(ex)], class_names, version, key, batch_size)
        if path is not None:
            try:
                found.save(path)
            except OSError:
                pass  # a read-only cache only costs the next call a forward pass
    with _LOCK:
        _MEMORY[memory_key] = found
        while len(_MEMORY) > _MEMORY_KEPT:
            _MEMORY.popitem(last=False)
    return found


class WithExemplars:
    """``detector`` predicting with fixed exemplar ``prototypes``: a predictor for
    ``gridclip.training.evaluate.evaluate`` / ``evaluate_examples``."""

    def __init__(self, detector: Any, prototypes: ClassPrototypes) -> None:
        self.detector, self.prototypes = detector, prototypes
        self.name, self.version = detector.name, detector.version

    def predict(self, images: Sequence[Any], vocabulary: Any, **kwargs: Any) -> list:
        return self.detector.predict(images, vocabulary, exemplars=self.prototypes, **kwargs)


def box_prototypes(
    detector: Any,
    image: Any,
    xyxy: Sequence[float],
    class_name: str,
    examples: Iterable[Any] | Any = (),
    names: Vocabulary | Sequence[str] | None = None,
    *,
    cache_dir: str | Path | bool | None = True,
) -> ClassPrototypes:
    """"Find similar": prototypes in which ``class_name`` stands for the one box ``xyxy``
    (original pixels) on ``image`` (its prototype has a count of 1, taken whole: it is in
    ``silent``), and every other class for its boxes in ``examples`` (as ``class_prototypes``
    takes them, with ``names``); boxes of ``class_name`` in ``examples`` (compared ignoring
    case) are left out, so the one box alone speaks for its class. One ``class_prototypes``
    call, cached like it.

    >>> import numpy as np
    >>> from PIL import Image
    >>> from gridclip.inference.sources import load_detector
    >>> det = load_detector("open_clip:tiny-rn", device="cpu", text_cache_dir=False)
    >>> picture = Image.new("RGB", (96, 64), (200, 30, 30))
    >>> others = [(picture, np.array([[0.0, 0.0, 40.0, 30.0], [50.0, 5.0, 90.0, 60.0]]), np.array([0, 1]))]
    >>> protos = box_prototypes(det, picture, (10, 10, 60, 50), "Red thing", others, ["red thing", "dot"])
    >>> protos.count("red thing"), protos.count("dot"), "Red thing" in protos.silent
    (1, 1, True)
    """
    box = np.asarray(xyxy, dtype=np.float32).reshape(-1)
    if box.shape[0] != 4:
        raise ValueError(f"one box is four numbers (x0, y0, x1, y1), got {box.tolist()}")
    name = str(class_name).strip()
    if not name:
        raise ValueError("the box needs a class name")
    items, class_names = _as_examples(examples, names) if names is not None or examples else ([], [])
    others = [n for n in class_names if n.casefold() != name.casefold()]
    index = {n: i for i, n in enumerate(others)}
    kept = []
    for ex in items:
        keep = np.array([class_names[int(c)].casefold() != name.casefold() for c in ex.class_ids], dtype=bool)
        if keep.any():
            kept.append(TrainingExample(ex.image, ex.xyxy[keep],
                                        np.array([index[class_names[int(c)]] for c in ex.class_ids[keep]], np.int64),
                                        ex.image_id))
    one = TrainingExample(image, box[None], np.array([len(others)], np.int64))
    pooled = class_prototypes(detector, kept + [one], others + [name], cache_dir=cache_dir)
    # The person picked this box as what the class means: it takes its prototype whole, as a
    # silent text's does (blended at the model's k, one box would weigh 1 / (1 + k) of the row).
    silent = pooled.silent | {name}
    new_head = pooled.new_head
    if new_head is None or name not in new_head.prototypes:
        new_head = new_head_prototypes(detector, kept + [one], others + [name], silent, pooled.model_version,
                                       pooled.key)
    crops = pooled.crops
    if _text_silent_on_one_box(detector, pooled, name):
        # A name the model cannot read: the box's crop says how alike each candidate is
        # (gridclip.inference.crop_classes.crop_probability). A class whose text knows the box
        # keeps the grid, where colour counts (the crop tower reads shapes in any colour alike).
        row = crop_prototypes(detector, [one], others + [name], {name}, temperature=EXEMPLAR_CROP_TEMPERATURE)
        if row is not None:
            crops = row if crops is None else crops.merged_with(row)
    return dataclasses.replace(pooled, silent=silent, new_head=new_head, crops=crops)


#: One box's prototype is too noisy for ``SILENT_TEXT_COS``: on the demo, single boxes of world
#: classes have a text cosine of 0.026 and up (5.6 % of 72 below 0.05), made-up names (the
#: second domains) -0.041 and down. Below this, the text of a picked box's class is silent on it.
SILENT_TEXT_COS_ONE_BOX = 0.0


def taught_names(detector: Any) -> set[str]:
    """The class names (and synonyms) ``detector`` was trained on: its training vocabulary and
    the classes a fine-tune adapted, case-folded."""
    taught = {t.casefold() for t in getattr(detector, "adapted_classes", {}) or {}}
    vocabulary = getattr(detector, "vocabulary", None)
    if vocabulary is not None:
        taught |= {text.casefold() for c in vocabulary.classes for text in c.texts}
    return taught


def _text_silent_on_one_box(detector: Any, pooled: ClassPrototypes, name: str) -> bool:
    """Whether ``name``'s text is silent on the one box ``pooled`` holds for it: the model was
    not trained on the name (its training vocabulary or a fine-tune's adapted classes) and the
    cosine of its text with the box's prototype is below ``SILENT_TEXT_COS_ONE_BOX``."""
    stored = next((n for n in pooled.prototypes if n.casefold() == name.casefold()), None)
    if name.casefold() in taught_names(detector) or stored is None:
        return False
    text = F.normalize(detector.class_embeddings(Vocabulary.from_names([name])).detach().float().cpu(), dim=1)[0]
    box = F.normalize(torch.as_tensor(pooled.prototypes[stored][0]).float(), dim=0)
    return float(text @ box) < SILENT_TEXT_COS_ONE_BOX


def clear_memory_cache() -> None:
    """Forget the prototypes kept in memory (the disk cache stays)."""
    with _LOCK:
        _MEMORY.clear()


@torch.inference_mode()
def pooled_embeddings(
    detector: Any, examples: Sequence[TrainingExample], batch_size: int = 4, head: Any = None
) -> tuple[list[torch.Tensor], torch.Tensor]:
    """Per example, the [N, D] unit grid embeddings pooled inside its boxes (float32, CPU); and
    the mean grid embedding [D] over every cell of the pictures (all levels, padding excluded).
    ``head``: the grid of this head as ``predict`` runs it (default: the detector's own)."""
    channels_last = detector.inference_model() is not detector.model
    model = detector.inference_model() if head is None else head
    out: list[torch.Tensor] = []
    cell_sum: torch.Tensor | float = 0.0
    cell_count = 0
    for start in range(0, len(examples), batch_size):
        chunk = examples[start : start + batch_size]
        batch = detector.prepare([ex.image for ex in chunk], detector.pad_multiple)
        tensor = batch.tensor.to(detector.device)
        if channels_last:
            tensor = tensor.contiguous(memory_format=torch.channels_last)
        if detector.is_trained:
            grids = model.forward_from_features(model.backbone_features(tensor), None).grid_embeddings
            strides = list(STRIDES)
        else:
            dense, stride = model.clip_dense_embeddings(tensor)
            grids, strides = [dense], [stride]
        for i, ex in enumerate(chunk):
            width, height = batch.fitted[i]
            for grid, stride in zip(grids, strides):
                valid = grid[i, :, : -(-height // stride), : -(-width // stride)].float().flatten(1)
                cell_sum = cell_sum + valid.sum(dim=1).cpu()
                cell_count += valid.shape[1]
            boxes = torch.as_tensor(ex.xyxy, dtype=torch.float32, device=tensor.device) * batch.scales[i]
            levels = fcos_level(boxes).clamp(max=len(grids) - 1) if len(grids) > 1 else torch.zeros(len(boxes), dtype=torch.long)
            pooled = torch.zeros(len(boxes), grids[0].shape[1], device=tensor.device)
            for level in levels.unique().tolist():
                pick = (levels == level).nonzero(as_tuple=True)[0]
                grid = grids[level][i : i + 1].float()
                part = roi_align(grid, [boxes[pick]], (1, 1), spatial_scale=1.0 / strides[level],
                                 sampling_ratio=2, aligned=True)
                pooled[pick] = part.flatten(1)
            out.append(F.normalize(pooled, dim=1).cpu())
    mean = torch.as_tensor(cell_sum) / max(cell_count, 1) if cell_count else torch.zeros(0)
    return out, mean


def _pool(detector: Any, examples: list[TrainingExample], class_names: Sequence[str], version: str, key: str,
          batch_size: int) -> ClassPrototypes:
    pooled_per_example, mean = pooled_embeddings(detector, examples, batch_size)
    prototypes = _class_means(examples, pooled_per_example, class_names)
    centre = F.normalize(mean, dim=0).numpy() if prototypes and float(mean.norm()) > 0 else None
    silent = _texts_that_miss_their_boxes(detector, examples, pooled_per_example, class_names)
    crops = None
    if len(silent) >= 2:
        # The crop look replaces the grid only where it tells the user's own boxes apart better:
        # a crop tower taught shapes in any colour reads two colours of one shape alike.
        crops = crop_prototypes(detector, examples, class_names, silent,
                                better_than=_grid_accuracy(examples, pooled_per_example, mean, class_names, silent),
                                temperature=EXEMPLAR_CROP_TEMPERATURE)
    return ClassPrototypes(version, prototypes, key, centre, silent, crops,
                           new_head_prototypes(detector, examples, class_names, silent, version, key, batch_size))


def new_head_prototypes(detector: Any, examples: Sequence[TrainingExample], class_names: Sequence[str],
                        silent: Collection[str], version: str, key: str, batch_size: int = 4) -> ClassPrototypes | None:
    """The ``silent`` classes pooled in the detector's new-class head (``Detector.new_class_start``:
    a head taught broad kinds of thing, whose grid finds objects the detector's own head was never
    boxed on), with that head's mean; None without such a head or silent classes."""
    if not silent or detector.kept_head is not None or detector.new_class_head() is None:
        return None
    pooled, mean = pooled_embeddings(detector, examples, batch_size, head=detector.inference_new_class_head())
    prototypes = _class_means(examples, pooled, class_names, only=silent)
    if not prototypes:
        return None
    centre = F.normalize(mean, dim=0).numpy() if float(mean.norm()) > 0 else None
    return ClassPrototypes(version, prototypes, key, centre, frozenset(prototypes))


def _class_means(examples: Sequence[TrainingExample], pooled: Sequence[torch.Tensor], class_names: Sequence[str],
                 only: Collection[str] | None = None) -> dict[str, tuple[np.ndarray, int]]:
    """``{class: (unit mean of its pooled boxes, box count)}`` of the classes in ``only`` (None: all)."""
    sums: dict[str, torch.Tensor] = {}
    counts: dict[str, int] = {}
    for ex, rows in zip(examples, pooled):
        for class_id, vector in zip(ex.class_ids.tolist(), rows):
            if not torch.isfinite(vector).all() or float(vector.norm()) == 0.0:
                continue  # a box off the picture pools nothing
            name = class_names[int(class_id)]
            if only is None or name in only:
                sums[name] = sums.get(name, 0) + vector
                counts[name] = counts.get(name, 0) + 1
    return {name: (F.normalize(sums[name], dim=0).numpy(), counts[name]) for name in sums}


def _grid_accuracy(examples: Sequence[TrainingExample], pooled: Sequence[torch.Tensor], mean: torch.Tensor,
                   class_names: Sequence[str], only: frozenset[str]) -> float:
    """``nearest_mean_accuracy`` of the boxes of the classes in ``only`` pooled from the grid,
    the grid's mean direction taken out (as the exemplar blend takes it out)."""
    vectors, labels = [], []
    for ex, rows in zip(examples, pooled):
        for class_id, vector in zip(ex.class_ids.tolist(), rows):
            name = class_names[int(class_id)]
            if name in only and torch.isfinite(vector).all() and float(vector.norm()) > 0:
                vectors.append(vector)
                labels.append(name)
    if not vectors:
        return 0.0
    centre = F.normalize(mean, dim=0) if mean.numel() and float(mean.norm()) > 0 else torch.zeros_like(vectors[0])
    stacked = torch.stack(vectors).float()
    return nearest_mean_accuracy(stacked - (stacked @ centre)[:, None] * centre[None], labels)


def _texts_that_miss_their_boxes(detector: Any, examples: Sequence[TrainingExample],
                                 pooled: Sequence[torch.Tensor], class_names: Sequence[str]) -> frozenset[str]:
    """The classes (with ``SILENT_TEXT_MIN_BOXES`` boxes or more, and other classes' boxes to
    compare with) whose text scores fewer than ``SILENT_TEXT_AUC`` of (own box, other box) pairs
    the right way round: their text does not tell their boxes from the rest."""
    from gridclip.inference.exemplars import SILENT_TEXT_AUC, SILENT_TEXT_MIN_BOXES
    from gridclip.vocabulary import Vocabulary

    boxes = [(int(c), v) for ex, vectors in zip(examples, pooled) for c, v in zip(ex.class_ids.tolist(), vectors)
             if torch.isfinite(v).all() and float(v.norm()) > 0]
    if not boxes:
        return frozenset()
    ids = torch.tensor([c for c, _ in boxes])
    present = sorted(set(ids.tolist()))
    if len(present) < 2:
        return frozenset()
    vocabulary = Vocabulary.from_classes([class_names[c] for c in present])
    text = F.normalize(detector.class_embeddings(vocabulary).detach().float().cpu(), dim=1)
    scores = torch.stack([v for _, v in boxes]).float() @ text.T  # [boxes, present classes]
    silent = set()
    for column, class_id in enumerate(present):
        own, other = scores[ids == class_id, column], scores[ids != class_id, column]
        if len(own) >= SILENT_TEXT_MIN_BOXES and float((own[:, None] > other[None, :]).float().mean()) < SILENT_TEXT_AUC:
            silent.add(class_names[class_id])
    return frozenset(silent)
