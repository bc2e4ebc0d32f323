"""Exemplar prompts: per-class visual prototypes and their blend with the class text.

A prototype is the mean of the L2-normalised grid embeddings pooled inside a person's boxes of
one class (computed by ``gridclip.training.exemplars.class_prototypes``). The classifier is
``tau * cos(grid, row_c) + b``; with exemplars, class ``c``'s row is blended from its text
``t`` towards its prototype ``p`` with weight ``w = n / (n + k)`` (``n`` boxes behind the
prototype; ``k`` is the model's ``Detector.exemplar_blend_k``, chosen on validation pictures when
the model is built, ``gridclip.training.calibration.calibrate_blend_k``, and carried in its
checkpoint; ``DEFAULT_BLEND_K`` for models without one): a small ``k`` lets a few boxes outweigh
the text, a large one keeps a text that already knows the class.

The blend is *centred*. Grid embeddings share a large common direction ``mu`` (the mean grid
embedding of the exemplar pictures; on the demo model every cell has a cosine of ~0.95 with it),
so a prototype has a cosine with every cell far above any text's, and the plain
``normalize((1 - w) t + w p)`` saturates the sigmoid on every cell and crowds the other classes
out of the per-picture detection budget (on 60 validation scenes, prototypes of 10 pictures took
the demo's AP50 from 21.9 to 2.6 at k = 0.5, 10.4 at k = 2). The centred blend keeps the text's component along ``mu`` (its calibration) and blends
only the parts orthogonal to it::

    a = t . mu,   d = normalize((1 - w) unit(t - a mu) + w unit(p - (p . mu) mu))
    row = a mu + sqrt(1 - a^2) d

A class whose text is silent on its own boxes (the cosine of its text with a prototype of at
least ``SILENT_TEXT_MIN_BOXES`` boxes below ``SILENT_TEXT_COS``: a made-up name such as
"part-7b", whose words the text tower never learnt) takes its prototype whole (``w = 1``): ``k``
weighs a text that knows the class against the boxes, and this text knows nothing. Its ``a``
is no calibration either: it takes the mean ``a`` of the vocabulary's other classes. On the demo
model a world class's text has a cosine of 0.088 or more with a prototype of two or more boxes
(draws of 1-20 pictures from three world seeds), "part-7b" on red circles 0.011; one box alone
is too noisy to tell (down to -0.013 for a real class).

Prototypes without ``mean`` (built by hand) blend plainly, ``normalize((1 - w) t + w p)``.
Classes without a prototype keep their text row; a vocabulary that does not name a class never
sees its prototype. Only the [C, D] text matrix changes, so every scoring path (the explicit
head, the CPU factorised scorer, the int8 trunk) takes it as it is.

Prototypes belong to the model version they were pooled from: ``usable`` ignores (with an
``ExemplarWarning``) prototypes of another version. This module holds the plain data, its file
format and the blend (inference never imports training).

>>> import numpy as np, torch
>>> from gridclip.vocabulary import Vocabulary
>>> protos = ClassPrototypes("v1", {"cat": (np.array([0.0, 1.0], np.float32), 3)})
>>> text = torch.tensor([[0.8, 0.6], [1.0, 0.0]])
>>> blended = blend_text(text, Vocabulary.from_names(["cat", "dog"]), protos, k=1.0)
>>> [round(v, 3) for v in blended[0].tolist()], blended[1].tolist()   # w = 3/4 for cat; dog keeps its text
([0.217, 0.976], [1.0, 0.0])
>>> blend_text(torch.tensor([[0.0, 1.0], [1.0, 0.0]]), Vocabulary.from_names(["part-7b", "dog"]),  # a silent text
...            ClassPrototypes("v1", {"part-7b": (np.array([1.0, 0.0], np.float32), 2)}), k=1.0)[0].tolist()
[1.0, 0.0]
>>> round(blend_weight(1, 2.0), 3), round(blend_weight(20, 2.0), 3)
(0.333, 0.909)
"""

from __future__ import annotations

import hashlib
import json
import warnings
from collections.abc import Collection, Mapping
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

import numpy as np
import torch
import torch.nn.functional as F

from gridclip.files import write_bytes_atomically
from gridclip.inference.crop_classes import CropClasses
from gridclip.vocabulary import Vocabulary

#: ``k`` of ``w = n / (n + k)`` (the number of boxes at which prototype and text weigh the same)
#: for a model whose checkpoint names none; chosen for the session 4 demo on validation seed 2024.
DEFAULT_BLEND_K = 4.0
#: Below this cosine with its prototype a class's text is taken to know nothing of the class
#: (see the module doc), once its prototype has SILENT_TEXT_MIN_BOXES boxes: on the demo model
#: real class names 0.088 and up, made-up 0.011.
SILENT_TEXT_COS = 0.05
SILENT_TEXT_MIN_BOXES = 2
#: A text is also silent when it does not rank its own boxes above the other classes' boxes
#: (``ClassPrototypes.silent``, measured where the boxes are pooled): the share of (own box,
#: other box) pairs that it scores the right way round is below this. On the demo and on the
#: broad demo, world classes (10-30 pictures) 0.85 and up, the second domains' made-up names
#: 0.18-0.70 — where their cosine with their own prototype (up to 0.22 on the broad demo)
#: no longer tells them from world classes (0.11 and up).
SILENT_TEXT_AUC = 0.8
#: Disk format of a prototype file (bump when it changes; older files are then ignored).
FORMAT_VERSION = 3


class ExemplarWarning(UserWarning):
    """Prototypes were ignored (another model's, or unreadable): scoring falls back to text."""


@dataclass(frozen=True)
class ClassPrototypes:
    """Per-class visual prototypes of one model version: ``{class name: (unit vector [D], count)}``.

    ``key`` names what they were pooled from (a content hash of images and boxes; empty when
    built by hand); ``mean`` is the unit mean grid embedding of the pictures they came from (the
    centre of the centred blend; ``None``: plain blend). Class names match a vocabulary's
    classes by name or synonym, ignoring case. ``silent``: the classes whose text did not rank
    their own boxes above the other classes' boxes when they were pooled (``SILENT_TEXT_AUC``);
    they take their prototype whole. ``crops``: crop class rows of the silent classes (their boxes'
    mean crop-tower embedding, ``gridclip.inference.crop_classes``): ``predict`` re-reads those
    classes' boxes on their crops, which tells unseen kinds apart where the grid cannot.
    ``new_head``: on a detector with a new-class start (``Detector.new_class_start``), the silent
    classes pooled again in that head's grid, with its own mean: ``predict`` scores them with it.
    """

    model_version: str
    prototypes: Mapping[str, tuple[np.ndarray, int]] = field(default_factory=dict)
    key: str = ""
    mean: np.ndarray | None = None
    silent: frozenset[str] = frozenset()
    crops: CropClasses | None = None
    new_head: ClassPrototypes | None = None

    def __post_init__(self) -> None:
        clean: dict[str, tuple[np.ndarray, int]] = {}
        for name, (vector, count) in self.prototypes.items():
            v = np.asarray(vector, dtype=np.float32).reshape(-1)
            norm = float(np.linalg.norm(v))
            if int(count) < 1 or not np.isfinite(v).all() or norm == 0.0:
                raise ValueError(f"prototype of {name!r} needs a finite non-zero vector and a count >= 1")
            clean[str(name)] = (v / norm, int(count))
        object.__setattr__(self, "prototypes", clean)
        if self.mean is not None:
            m = np.asarray(self.mean, dtype=np.float32).reshape(-1)
            norm = float(np.linalg.norm(m))
            if not np.isfinite(m).all() or norm == 0.0:
                raise ValueError("the mean grid embedding must be finite and non-zero")
            object.__setattr__(self, "mean", m / norm)

    @property
    def names(self) -> list[str]:
        return list(self.prototypes)

    def count(self, name: str) -> int:
        found = self._lookup().get(name.casefold())
        return found[1] if found is not None else 0

    def __len__(self) -> int:
        return len(self.prototypes)

    def with_crop_temperature(self, temperature: float) -> ClassPrototypes:
        """These prototypes with their crop rows read at ``temperature`` (a diagnostic of the
        benchmarks; the product reads them at ``EXEMPLAR_CROP_TEMPERATURE``).

        >>> rows = CropClasses(("gear", "nut"), torch.eye(2, 4))
        >>> ClassPrototypes("v1", crops=rows).with_crop_temperature(3.0).crops.temperature
        3.0
        """
        if self.crops is None:
            return self
        return replace(self, crops=CropClasses(self.crops.names, self.crops.weights, float(temperature)))

    def _lookup(self) -> dict[str, tuple[np.ndarray, int]]:
        return {name.casefold(): value for name, value in self.prototypes.items()}

    def names_in(self, vocabulary: Vocabulary) -> torch.Tensor:
        """Bool [C]: the classes of ``vocabulary`` with a prototype here (by name or synonym,
        ignoring case).

        >>> protos = ClassPrototypes("v1", {"Cat": (np.array([1.0, 0.0], np.float32), 2)})
        >>> protos.names_in(Vocabulary.from_classes(["dog", "kitty"], [[], ["cat"]])).tolist()
        [False, True]
        """
        lookup = self._lookup()
        return torch.tensor([any(t.casefold() in lookup for t in cls.texts) for cls in vocabulary], dtype=torch.bool)

    @property
    def digest(self) -> str:
        """A content hash of version, names, vectors and counts (the blended-matrix cache key)."""
        h = hashlib.sha256(self.model_version.encode())
        if self.mean is not None:
            h.update(b"mean" + self.mean.tobytes())
        h.update(json.dumps(sorted(self.silent)).encode())
        if self.crops is not None:
            h.update(json.dumps([list(self.crops.names), self.crops.temperature]).encode())
            h.update(self.crops.weights.numpy().tobytes())
        if self.new_head is not None:
            h.update(b"new_head" + self.new_head.digest.encode())
        for name in sorted(self.prototypes):
            vector, count = self.prototypes[name]
            h.update(json.dumps([name, count]).encode())
            h.update(vector.tobytes())
        return h.hexdigest()

    # -- files ---------------------------------------------------------------------------------
    def to_bytes(self) -> bytes:
        return json.dumps(self._as_dict()).encode("utf-8")

    def _as_dict(self) -> dict[str, Any]:
        return {
            "format": "gridclip-prototypes", "format_version": FORMAT_VERSION,
            "model_version": self.model_version, "key": self.key,
            "mean": None if self.mean is None else self.mean.tolist(), "silent": sorted(self.silent),
            "prototypes": {n: {"count": c, "vector": v.tolist()} for n, (v, c) in self.prototypes.items()},
            "crops": None if self.crops is None else {
                "names": list(self.crops.names), "temperature": self.crops.temperature,
                "weights": self.crops.weights.tolist()},
            "new_head": None if self.new_head is None else self.new_head._as_dict(),
        }

    @classmethod
    def from_bytes(cls, data: bytes) -> ClassPrototypes:
        return cls._from_dict(json.loads(data.decode("utf-8")))

    @classmethod
    def _from_dict(cls, raw: Any) -> ClassPrototypes:
        if not isinstance(raw, dict) or raw.get("format") != "gridclip-prototypes" or raw.get("format_version") != FORMAT_VERSION:
            raise ValueError("not a gridclip prototype file of this format version")
        protos = {n: (np.asarray(p["vector"], np.float32), int(p["count"])) for n, p in raw["prototypes"].items()}
        mean = raw.get("mean")
        crops = raw.get("crops")
        new_head = raw.get("new_head")
        return cls(str(raw["model_version"]), protos, str(raw.get("key", "")),
                   None if mean is None else np.asarray(mean, np.float32), frozenset(map(str, raw.get("silent", []))),
                   None if crops is None else CropClasses(tuple(crops["names"]), torch.tensor(crops["weights"]),
                                                          float(crops["temperature"])),
                   None if new_head is None else cls._from_dict(new_head))

    def save(self, path: str | Path) -> Path:
        path = Path(path)
        path.parent.mkdir(parents=True, exist_ok=True)
        return write_bytes_atomically(path, self.to_bytes())

    @classmethod
    def load(cls, path: str | Path) -> ClassPrototypes:
        return cls.from_bytes(Path(path).read_bytes())


def blend_weight(count: int, k: float = DEFAULT_BLEND_K) -> float:
    """The prototype's weight ``n / (n + k)`` for ``count`` exemplar boxes (0 without any)."""
    if k < 0:
        raise ValueError(f"the blend k must be >= 0, got {k}")
    if count <= 0:
        return 0.0
    return count / (count + k) if count + k > 0 else 1.0


def usable(prototypes: ClassPrototypes | None, model_version: str) -> ClassPrototypes | None:
    """``prototypes`` if they were pooled from ``model_version``; else ``None``, with an
    ``ExemplarWarning`` (another model's grid lives in another space: its prototypes would mislead)."""
    if prototypes is None or not len(prototypes):
        return None
    if not isinstance(prototypes, ClassPrototypes):
        raise TypeError(f"exemplars must be ClassPrototypes (gridclip.training.exemplars.class_prototypes), "
                        f"got {type(prototypes).__name__}")
    if prototypes.model_version != model_version:
        warnings.warn(
            f"ignoring exemplar prototypes of model version {prototypes.model_version[:12]}: this detector is "
            f"{model_version[:12]}; recompute them with class_prototypes(detector, examples)",
            ExemplarWarning, stacklevel=3)
        return None
    return prototypes


def blend_text(
    text: torch.Tensor, vocabulary: Vocabulary, prototypes: ClassPrototypes | None, k: float = DEFAULT_BLEND_K,
    whole: Collection[str] = (),
) -> torch.Tensor:
    """The [C, D] class matrix with each class that has a prototype blended towards it (the
    centred blend of the module doc when ``prototypes.mean`` is known, else
    ``normalize((1 - w) text + w proto)``; ``w = blend_weight(n, k)``); other rows unchanged.
    A class matches a prototype by its name or any synonym (case-insensitive), first hit wins.
    Classes named in ``whole`` or ``prototypes.silent`` are treated as silent whatever their box
    count: they take their prototype whole (the start of a class new to the model,
    ``gridclip.training.new_classes``; a text that does not rank its own boxes)."""
    if prototypes is None or not len(prototypes):
        return text
    whole_names = {name.casefold() for name in (*whole, *prototypes.silent)}
    lookup = prototypes._lookup()
    rows, weights, counts, vectors, forced = [], [], [], [], []
    for i, cls in enumerate(vocabulary):
        found = next((lookup[t.casefold()] for t in cls.texts if t.casefold() in lookup), None)
        if found is None:
            continue
        vector, count = found
        if vector.shape[0] != text.shape[1]:
            raise ValueError(f"prototype of {cls.name!r} has {vector.shape[0]} dims, the text {text.shape[1]}")
        rows.append(i)
        weights.append(blend_weight(count, k))
        counts.append(count)
        vectors.append(vector)
        forced.append(cls.name.casefold() in whole_names)
    if not rows:
        return text
    index = torch.tensor(rows, device=text.device)
    w = torch.tensor(weights, dtype=text.dtype, device=text.device)[:, None]
    proto = torch.as_tensor(np.stack(vectors), dtype=text.dtype, device=text.device)
    blended = text.clone()
    t = F.normalize(text[index], dim=-1)
    mu = None
    if prototypes.mean is not None:
        mu = torch.as_tensor(prototypes.mean, dtype=text.dtype, device=text.device)
        if mu.shape[0] != text.shape[1]:
            raise ValueError(f"the prototypes' mean has {mu.shape[0]} dims, the text {text.shape[1]}")
    enough = torch.tensor(counts, device=text.device) >= SILENT_TEXT_MIN_BOXES
    silent = (silent_text(F.normalize(proto, dim=-1), t) & enough) | torch.tensor(forced, device=text.device)
    w = torch.where(silent[:, None], torch.ones_like(w), w)
    if mu is None:
        blended[index] = F.normalize((1 - w) * t + w * proto, dim=-1)
        return blended
    along = (t @ mu)[:, None].clamp(-1.0, 1.0)
    knowing = torch.ones(text.shape[0], dtype=torch.bool, device=text.device)
    knowing[index[silent]] = False
    if silent.any() and knowing.any():
        # A silent text's height along mu is no calibration either: take the vocabulary's
        # knowing classes' mean (on a grid that is mostly mu, "part-7b"'s own -0.20 against
        # their -0.04 kept its boxes, ranked first, at a score of 0.02).
        typical = (F.normalize(text[knowing], dim=-1) @ mu).mean().clamp(-1.0, 1.0)
        along = torch.where(silent[:, None], typical, along)
    direction = F.normalize((1 - w) * _orthogonal(t, mu) + w * _orthogonal(proto, mu), dim=-1)
    blended[index] = F.normalize(along * mu + torch.sqrt(1 - along**2) * direction, dim=-1)
    return blended


def silent_text(proto: torch.Tensor, text: torch.Tensor) -> torch.Tensor:
    """[R] bools: whether each text row (unit, [R, D]) is silent on its prototype (unit, [R, D]):
    their cosine is below ``SILENT_TEXT_COS``.

    >>> silent_text(torch.tensor([[1.0, 0.0], [1.0, 0.0]]), torch.tensor([[0.6, 0.8], [0.0, 1.0]])).tolist()
    [False, True]
    """
    return (proto * text).sum(dim=1) < SILENT_TEXT_COS


def _orthogonal(rows: torch.Tensor, mu: torch.Tensor) -> torch.Tensor:
    """``rows`` less their component along the unit ``mu``, normalised (zero rows stay zero)."""
    return F.normalize(rows - (rows @ mu)[:, None] * mu, dim=-1)
