"""Training data fitted to the network. The examples themselves (``TrainingExample``,
``TagExample``, ``DataError``) live in the torch-free :mod:`gridclip.training_data`, which the
store builds them with; they are re-exported here, where the training program reads them.
"""

from __future__ import annotations

import hashlib
import json
import warnings
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import numpy as np
from PIL import Image

from gridclip.training_data import DataError, ImageInput, TagExample, TrainingExample, resolve_under
from gridclip.vocabulary import Vocabulary, VocabularyClass, VocabularyError

__all__ = ["CocoSet", "DataError", "FeatureCache", "FittedExample", "ImageInput", "TagExample", "TrainingExample",
           "TrainingImages", "image_sha256", "load_coco", "load_image", "resolve_under"]


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


# -- COCO ------------------------------------------------------------------------------------------


@dataclass
class CocoSet:
    """A COCO file read into examples, with the vocabulary its categories define.

    ``category_ids[k]`` is the COCO id of vocabulary class ``k``; ``splits[k]`` its
    ``"split"`` field (``"base"``/``"novel"``) or ``None``.
    """

    examples: list[TrainingExample]
    vocabulary: Vocabulary
    category_ids: list[int]
    splits: list[str | None]
    data: dict = field(repr=False, default_factory=dict)
    images_dir: Path | None = None


def vocabulary_from_categories(categories: Sequence[dict]) -> Vocabulary:
    """The vocabulary of COCO categories in the file's order: ``name`` plus its ``synonyms``.

    >>> vocabulary_from_categories([{"id": 3, "name": "car", "synonyms": ["automobile"]}]).to_text()
    'car | automobile'
    """
    if not categories:
        raise DataError("the COCO file has no categories, so there is no vocabulary to train or evaluate")
    classes = []
    for cat in categories:
        name = " ".join(str(cat.get("name", "")).split())
        if not name:
            raise DataError(f"COCO category {cat.get('id')!r} has no name")
        synonyms = cat.get("synonyms") or []
        if isinstance(synonyms, str):
            synonyms = [synonyms]
        cleaned = [" ".join(str(s).split()) for s in synonyms]
        unique = tuple(dict.fromkeys(s for s in cleaned if s and s.casefold() != name.casefold()))
        classes.append(VocabularyClass(name, unique))
    try:
        return Vocabulary(tuple(classes))
    except VocabularyError as exc:
        raise DataError(f"the COCO categories do not form a vocabulary: {exc}") from exc


def read_coco_json(coco_path: str | Path) -> dict:
    """Read and sanity-check a COCO detection file; fills COCO's optional fields."""
    path = Path(coco_path)
    if not path.is_file():
        raise DataError(f"COCO file not found: {path}")
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (json.JSONDecodeError, UnicodeDecodeError) as exc:
        raise DataError(f"{path} is not valid JSON: {exc}") from exc
    if not isinstance(data, dict) or not isinstance(data.get("images"), list) or not isinstance(data.get("categories"), list):
        raise DataError(f"{path} is not a COCO detection file (it needs 'images' and 'categories' lists)")
    data.setdefault("annotations", [])
    data.setdefault("info", {})
    for i, ann in enumerate(data["annotations"]):
        bbox = ann.get("bbox")
        if not isinstance(bbox, (list, tuple)) or len(bbox) != 4:
            raise DataError(f"annotation {ann.get('id', i)!r} in {path} has no [x, y, w, h] bbox")
        ann.setdefault("id", i + 1)
        ann.setdefault("iscrowd", 0)
        ann.setdefault("area", float(bbox[2]) * float(bbox[3]))
    return data


def load_coco(coco_path: str | Path, images_dir: str | Path, *, check_files: bool = True) -> CocoSet:
    """Read a COCO file into :class:`TrainingExample` s (xywh → xyxy) and its vocabulary; an
    image with ``"tags"`` (category names) and no boxes becomes a :class:`TagExample`.

    Crowd boxes and boxes of zero area are skipped with a warning; annotations that name an
    unknown image or category, and ``file_name`` s that leave ``images_dir``, are errors.
    """
    data = read_coco_json(coco_path)
    vocab = vocabulary_from_categories(data["categories"])
    category_ids = [int(c["id"]) for c in data["categories"]]
    class_of = {cid: k for k, cid in enumerate(category_ids)}
    boxes: dict[Any, list[tuple[list[float], int]]] = {img["id"]: [] for img in data["images"]}
    skipped = 0
    for ann in data["annotations"]:
        if ann["image_id"] not in boxes:
            raise DataError(f"annotation {ann['id']!r} names image {ann['image_id']!r}, which the file does not list")
        if ann["category_id"] not in class_of:
            raise DataError(f"annotation {ann['id']!r} names category {ann['category_id']!r}, which the file does not list")
        x, y, w, h = (float(v) for v in ann["bbox"])
        if ann.get("iscrowd") or w <= 0 or h <= 0:
            skipped += 1
            continue
        boxes[ann["image_id"]].append(([x, y, x + w, y + h], class_of[ann["category_id"]]))
    if skipped:
        warnings.warn(f"skipped {skipped} crowd or zero-area boxes in {coco_path}", stacklevel=2)
    examples, missing = [], []
    for img in data["images"]:
        if "file_name" not in img:
            raise DataError(f"image {img.get('id')!r} in {coco_path} has no file_name")
        path = resolve_under(images_dir, img["file_name"])
        if check_files and not path.is_file():
            missing.append(img["file_name"])
            continue
        items = boxes[img["id"]]
        if not items and img.get("tags"):  # a tag-only picture: which classes it shows, no boxes
            examples.append(TagExample(path, _tag_ids(img, "tags", vocab, coco_path),
                                       _tag_ids(img, "absent_tags", vocab, coco_path), image_id=img["id"]))
            continue
        xyxy = np.array([b for b, _ in items], dtype=np.float32).reshape(-1, 4)
        class_ids = np.array([c for _, c in items], dtype=np.int64)
        examples.append(TrainingExample(path, xyxy, class_ids, image_id=img["id"]))
    if missing:
        shown = ", ".join(missing[:5]) + (" …" if len(missing) > 5 else "")
        raise DataError(f"{len(missing)} image(s) of {coco_path} are missing under {images_dir}: {shown}")
    splits = [c.get("split") for c in data["categories"]]
    return CocoSet(examples, vocab, category_ids, splits, data, Path(images_dir))


def _tag_ids(img: dict, key: str, vocab: Vocabulary, coco_path: str | Path) -> list[int]:
    """The class ids of an image entry's ``"tags"`` / ``"absent_tags"`` (category names)."""
    names = img.get(key) or []
    if not isinstance(names, list):
        raise DataError(f"image {img.get('file_name')!r} in {coco_path}: {key!r} must be a list of category names")
    index = {name.casefold(): k for k, name in enumerate(vocab.names)}
    unknown = [n for n in names if " ".join(str(n).split()).casefold() not in index]
    if unknown:
        raise DataError(f"image {img.get('file_name')!r} in {coco_path} is tagged {unknown!r}, "
                        "which the file's categories do not name")
    return [index[" ".join(str(n).split()).casefold()] for n in names]


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
