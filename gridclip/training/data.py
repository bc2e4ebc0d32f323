"""Training data fitted to the network. The examples themselves (``TrainingExample``,
``TagExample``, ``DataError``) and the one COCO reader (``load_coco``) live in the torch-free
:mod:`gridclip.training_data`, which the store uses too; they are re-exported here, where the
training program reads them.
"""

from __future__ import annotations

import hashlib
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np
from PIL import Image

from gridclip.training_data import (
    CocoSet,
    DataError,
    ImageInput,
    TagExample,
    TrainingExample,
    check_training_data,
    load_coco,
    read_coco_json,
    resolve_under,
)

__all__ = ["CocoSet", "DataError", "FeatureCache", "FittedExample", "ImageInput", "TagExample", "TrainingExample",
           "TrainingImages", "check_training_data", "image_sha256", "load_coco", "load_image", "read_coco_json",
           "resolve_under"]


def image_sha256(image: ImageInput) -> str:
    """Content hash of an image: of the file's bytes for a path, of the pixels otherwise.

    >>> a = image_sha256(Image.new("RGB", (2, 2)))
    >>> a == image_sha256(np.zeros((2, 2, 3), np.uint8)), len(a)
    (True, 64)
    """
    if isinstance(image, (str, Path)):
        digest = hashlib.sha256()
        with open(image, "rb") as fh:
            for chunk in iter(lambda: fh.read(1 << 20), b""):
                digest.update(chunk)
        return digest.hexdigest()
    if isinstance(image, Image.Image):
        array = np.asarray(image.convert("RGB"))
    else:
        array = np.ascontiguousarray(np.asarray(image))
    digest = hashlib.sha256(f"{array.shape}{array.dtype}".encode())
    digest.update(array.tobytes())
    return digest.hexdigest()


def load_image(image: ImageInput) -> Image.Image:
    """An RGB picture from a path, PIL image or HWC array, through the core's safe loader."""
    from gridclip.inference.images import load_rgb

    return load_rgb(image)


# -- examples fitted to the network ----------------------------------------------------------------


class FeatureCache:
    """Frozen-backbone features per (image sha256, backbone fingerprint, input size), in memory.

    >>> cache = FeatureCache(max_items=1)
    >>> cache.put(("a", "fp", 128), "features-a"); cache.put(("b", "fp", 128), "features-b")
    >>> cache.get(("a", "fp", 128)), cache.get(("b", "fp", 128)), (cache.hits, cache.misses)
    (None, 'features-b', (1, 1))
    """

    def __init__(self, max_items: int) -> None:
        self.max_items = max_items
        self._items: dict[tuple[str, str, int], Any] = {}
        self.hits = 0
        self.misses = 0

    def get(self, key: tuple[str, str, int]) -> Any:
        found = self._items.get(key)
        if found is None:
            self.misses += 1
        else:
            self.hits += 1
        return found

    def put(self, key: tuple[str, str, int], value: Any) -> None:
        if self.max_items <= 0:
            return
        if len(self._items) >= self.max_items:
            self._items.pop(next(iter(self._items)))
        self._items[key] = value


@dataclass
class FittedExample:
    """One example ready for the network.

    ``inputs``: the normalised, padded CHW tensor, or (with a frozen backbone) its features;
    ``scale`` maps original pixels to input pixels; ``fitted`` is the unpadded input (w, h);
    ``xyxy`` the boxes in input pixels; ``picture`` the decoded RGB image when it had to be
    loaded (``None`` when everything came from the cache).
    """

    inputs: Any
    scale: float
    fitted: tuple[int, int]
    xyxy: np.ndarray
    class_ids: np.ndarray
    sha256: str
    picture: Image.Image | None = None

    @property
    def input_hw(self) -> tuple[int, int]:
        """The (height, width) that groups same-size inputs into one batch."""
        tensor = getattr(self.inputs, "dense", self.inputs)
        return int(tensor.shape[-2]), int(tensor.shape[-1])


class TrainingImages:
    """Training examples fitted to the model: loaded with ``gridclip.inference.images.load_rgb``, fitted by
    the detector's own ``prepare`` (long side to its input size, normalised, padded, exactly as at
    inference) and their boxes mapped into input pixels.

    With ``backbone`` (a frozen feature extractor) items carry its features instead of pixels,
    computed once per image and kept in a :class:`FeatureCache` keyed by (image hash,
    ``backbone_fingerprint``, ``image_size``).
    """

    def __init__(
        self,
        examples: Sequence[TrainingExample],
        prepare: Any,
        image_size: int,
        backbone: Any = None,
        backbone_fingerprint: str = "",
        cache_items: int = 2048,
        device: Any = "cpu",
    ) -> None:
        self.examples = list(examples)
        self.prepare = prepare
        self.image_size = image_size
        self.backbone = backbone
        self.backbone_fingerprint = backbone_fingerprint
        self.device = device
        self.features = FeatureCache(cache_items if backbone is not None else 0)
        self.hashes = [self._hash(ex) for ex in self.examples]

    @staticmethod
    def _hash(example: TrainingExample) -> str:
        try:
            return image_sha256(example.image if isinstance(example.image, (str, Path)) else load_image(example.image))
        except FileNotFoundError as exc:
            raise DataError(f"training image not found: {example.describe()}") from exc

    def __len__(self) -> int:
        return len(self.examples)

    def __getitem__(self, index: int) -> FittedExample:
        example = self.examples[index]
        key = (self.hashes[index], self.backbone_fingerprint, self.image_size)
        if self.backbone is not None:
            cached = self.features.get(key)
            if cached is not None:
                inputs, scale, fitted = cached
                return self._fitted(index, inputs, scale, fitted, None)
        picture = load_image(example.image)
        batch = self.prepare([picture])
        inputs, scale, fitted = batch.tensor[0], batch.scales[0], tuple(batch.fitted[0])
        if self.backbone is not None:
            inputs = self.backbone(batch.tensor.to(self.device)).detach()
            self.features.put(key, (inputs, scale, fitted))
        return self._fitted(index, inputs, scale, fitted, picture)

    def _fitted(self, index: int, inputs: Any, scale: float, fitted: tuple[int, int], picture) -> FittedExample:
        example = self.examples[index]
        return FittedExample(inputs, float(scale), fitted, example.xyxy * np.float32(scale), example.class_ids,
                             self.hashes[index], picture)
