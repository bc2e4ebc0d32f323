"""What a training run is fed, torch-free so that the store uses it too: pictures with boxes
(:class:`TrainingExample`), tag-only pictures (:class:`TagExample`), :class:`DataError` (the one
error for data that cannot be used), the one "anything to train on?" check
(:func:`check_training_data`) and the one COCO reader (:func:`read_coco_json`,
:func:`check_coco`; :func:`load_coco` for training and evaluation). ``storage.Store.training_set()``
hands out these very types and ``gridclip import-coco`` reads through the same reader as
``gridclip train --coco``, so a file one door refuses the other refuses too.

>>> import numpy as np
>>> ex = TrainingExample("a.png", np.array([[1, 2, 30, 40]]), np.array([0]))
>>> ex.xyxy.dtype, ex.class_ids.dtype, len(ex)
(dtype('float32'), dtype('int64'), 1)
"""

from __future__ import annotations

import json
import math
import warnings
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, TypeGuard, Union

import numpy as np
from PIL import Image

from gridclip import files
from gridclip.vocabulary import Vocabulary, VocabularyClass, VocabularyError

ImageInput = Union[str, Path, Image.Image, np.ndarray]


class DataError(ValueError):
    """Training or evaluation data that cannot be used as given (the message says why)."""


@dataclass
class TrainingExample:
    """One training image and its boxes.

    ``xyxy`` is ``[N,4]`` in original-image pixels (after EXIF transpose), ``class_ids`` is
    ``[N]`` indexes into the training vocabulary. An image with no boxes is a valid negative.

    >>> TrainingExample("x.png", np.zeros((0, 4)), np.zeros(0)).xyxy.shape
    (0, 4)
    >>> TrainingExample("x.png", np.array([[5, 5, 1, 9]]), np.array([0]))
    Traceback (most recent call last):
    ...
    gridclip.training_data.DataError: box 0 of x.png is empty or inverted: [5.0, 5.0, 1.0, 9.0]
    """

    image: ImageInput
    xyxy: np.ndarray
    class_ids: np.ndarray
    image_id: Any = None

    def __post_init__(self) -> None:
        xyxy = np.asarray(self.xyxy, dtype=np.float32)
        if xyxy.size == 0:
            xyxy = xyxy.reshape(0, 4)
        class_ids = np.asarray(self.class_ids).reshape(-1)
        if xyxy.ndim != 2 or xyxy.shape[1] != 4:
            raise DataError(f"boxes of {self.describe()} must be [N,4] xyxy, got shape {xyxy.shape}")
        if class_ids.shape[0] != xyxy.shape[0]:
            raise DataError(f"{self.describe()} has {xyxy.shape[0]} boxes but {class_ids.shape[0]} class ids")
        if not np.isfinite(xyxy).all():
            raise DataError(f"{self.describe()} has a box with NaN or infinite coordinates")
        if class_ids.size and (not np.issubdtype(class_ids.dtype, np.number) or (class_ids < 0).any()
                               or (class_ids != np.round(class_ids)).any()):
            raise DataError(f"class ids of {self.describe()} must be non-negative integers, got {class_ids.tolist()}")
        for i, (x0, y0, x1, y1) in enumerate(xyxy.tolist()):
            if x1 <= x0 or y1 <= y0:
                raise DataError(f"box {i} of {self.describe()} is empty or inverted: {[x0, y0, x1, y1]}")
        self.xyxy = xyxy
        self.class_ids = class_ids.astype(np.int64)

    def describe(self) -> str:
        if isinstance(self.image, (str, Path)):
            return str(self.image)
        return f"image {self.image_id}" if self.image_id is not None else "an in-memory image"

    def __len__(self) -> int:
        return int(self.xyxy.shape[0])


@dataclass
class TagExample:
    """One tag-only training picture: the classes a person (or a data set) says it shows, and
    optionally those it says it does not, as vocabulary class ids; no boxes. Trained by the
    word-region loss (``gridclip.training.word_region``) in batches of their own.

    >>> TagExample("x.png", [2, 0], absent=[1]).present, len(TagExample("x.png", [0]))
    ((0, 2), 0)
    >>> TagExample("x.png", [])
    Traceback (most recent call last):
    ...
    gridclip.training_data.DataError: x.png has an empty tag list: a tag-only picture needs at least one class it shows
    """

    image: ImageInput
    present: Sequence[int]
    absent: Sequence[int] = ()
    image_id: Any = None

    def __post_init__(self) -> None:
        self.present = self._ids(self.present, "tags")
        self.absent = self._ids(self.absent, "absent tags")
        if not self.present:
            raise DataError(f"{self.describe()} has an empty tag list: a tag-only picture needs at least one class it shows")
        both = sorted(set(self.present) & set(self.absent))
        if both:
            raise DataError(f"{self.describe()} tags classes {both} both present and absent")

    def _ids(self, values: Sequence[int], what: str) -> tuple[int, ...]:
        array = np.asarray(list(values)).reshape(-1)
        if array.size and (not np.issubdtype(array.dtype, np.number) or (array < 0).any()
                           or (array != np.round(array)).any()):
            raise DataError(f"{what} of {self.describe()} must be non-negative class ids, got {array.tolist()}")
        return tuple(sorted({int(v) for v in array.tolist()}))

    # A tag picture has no boxes: what TrainingImages fits of an example.
    @property
    def xyxy(self) -> np.ndarray:
        return np.zeros((0, 4), np.float32)

    @property
    def class_ids(self) -> np.ndarray:
        return np.zeros(0, np.int64)

    def describe(self) -> str:
        if isinstance(self.image, (str, Path)):
            return str(self.image)
        return f"image {self.image_id}" if self.image_id is not None else "an in-memory image"

    def __len__(self) -> int:
        return 0


class NoTrainingData(DataError):
    """Nothing to train on: no picture with a box and no tag-only picture."""


def check_training_data(examples: Sequence[TrainingExample | TagExample]) -> None:
    """The one "is there anything to train on?" check, whichever door the examples came through
    (a store, a COCO file, a caller's list): at least one picture with a box, or a tag-only
    picture. Raises :class:`NoTrainingData`.

    >>> check_training_data([TrainingExample("x.png", np.zeros((0, 4)), np.zeros(0))])
    Traceback (most recent call last):
    ...
    gridclip.training_data.NoTrainingData: no training examples teach anything: there are no boxes and no tag-only pictures
    """
    if not any(isinstance(ex, TagExample) or len(ex) for ex in examples):
        raise NoTrainingData("no training examples teach anything: there are no boxes and no tag-only pictures")


def resolve_under(root: str | Path, relative: str) -> Path:
    """``gridclip.files.resolve_under`` (the one path guard), refusing with a ``DataError``.

    >>> resolve_under("/data", "a/b.png").as_posix()
    '/data/a/b.png'
    >>> resolve_under("/data", "../etc/passwd")
    Traceback (most recent call last):
    ...
    gridclip.training_data.DataError: '../etc/passwd' escapes its root '/data': it points outside the image folder; refused
    """
    try:
        return files.resolve_under(root, relative)
    except files.PathOutsideRoot as exc:
        raise DataError(str(exc)) from None


# -- COCO: the one reader, for `gridclip import-coco` and `gridclip train --coco` alike -------------

#: At most this many problems of a COCO file are listed in its error (the count says the rest).
MAX_LISTED_PROBLEMS = 10


@dataclass(frozen=True)
class CocoCategory:
    """A category entry: its COCO id, name and synonyms (white space tidied), and ``split``."""

    coco_id: int
    name: str
    synonyms: tuple[str, ...]
    split: str | None


@dataclass(frozen=True)
class CocoImage:
    """An image entry: ``path`` is ``file_name`` resolved under the images folder (never outside
    it); ``width``/``height`` as the file states them (None when absent); ``tags`` /
    ``absent_tags`` are category names as the categories spell them; ``tagged`` says whether
    the entry carries either key."""

    coco_id: int
    file_name: str
    path: Path
    width: float | None
    height: float | None
    split: str | None
    tags: tuple[str, ...] = ()
    absent_tags: tuple[str, ...] = ()
    tagged: bool = False


@dataclass(frozen=True)
class CocoBox:
    """An annotation to use: its image and category (COCO ids) and ``xywh``, four finite numbers
    (zero or negative sizes and boxes outside the picture are the reader's caller's to judge)."""

    coco_id: int | None
    image_id: int
    category_id: int
    xywh: tuple[float, float, float, float]

    @property
    def xyxy(self) -> tuple[float, float, float, float]:
        x, y, w, h = self.xywh
        return (x, y, x + w, y + h)


@dataclass
class CocoFile:
    """A COCO file checked by :func:`check_coco`: the entries that passed, in the file's order.
    ``skipped``: crowd regions and annotations of another ``status``, left out on purpose.
    ``data``: the parsed JSON itself (evaluation hands it to pycocotools)."""

    categories: list[CocoCategory]
    images: list[CocoImage]
    boxes: list[CocoBox]
    skipped: int = 0
    data: dict[str, Any] = field(default_factory=dict, repr=False)

    @property
    def vocabulary(self) -> Vocabulary | None:
        """The categories, in the file's order, as a vocabulary (None when there are none)."""
        if not self.categories:
            return None
        return Vocabulary.from_classes([c.name for c in self.categories], [c.synonyms for c in self.categories])


def read_coco_json(coco_path: str | Path) -> dict[str, Any]:
    """The JSON of a COCO detection file: an object with ``images`` and ``categories`` lists
    (``annotations`` optional). Anything else — a missing or unreadable file, bad JSON, JSON
    nested deeper than Python can read, a number with thousands of digits — is a one-line
    :class:`DataError`."""
    path = Path(coco_path)
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError as exc:
        raise DataError(f"COCO file not found: there is no such COCO file as {path}") from exc
    except (OSError, UnicodeDecodeError) as exc:
        raise DataError(f"{path}: cannot read ({exc})") from exc
    try:
        data = json.loads(text)
    except json.JSONDecodeError as exc:
        raise DataError(f"{path}: not valid JSON ({exc.msg} at line {exc.lineno}, column {exc.colno})") from exc
    except RecursionError:
        raise DataError(f"{path}: not usable JSON (nested too deeply for a COCO file)") from None
    except ValueError as exc:  # e.g. an integer of more than 4,300 digits
        raise DataError(f"{path}: not usable JSON ({exc})") from None
    if not isinstance(data, dict):
        raise DataError(f"{path}: not a COCO detection file: a COCO file is a JSON object with 'images', "
                        "'annotations' and 'categories'")
    for key in ("images", "categories"):
        if not isinstance(data.get(key), list):
            raise DataError(f"{path}: not a COCO detection file: missing or malformed {key!r} list")
    if not isinstance(data.get("annotations", []), list):
        raise DataError(f"{path}: not a COCO detection file: malformed 'annotations' (not a list)")
    return data


def _is_id(value: Any) -> TypeGuard[int]:
    return isinstance(value, int) and not isinstance(value, bool)


def _is_number(value: Any) -> bool:
    return isinstance(value, (int, float)) and not isinstance(value, bool)


def _short(value: Any, limit: int = 80) -> str:
    """``repr`` cut to ``limit`` characters: a problem names the entry, it does not print it."""
    try:
        text = repr(value)
    except RecursionError:
        text = f"<a {type(value).__name__} nested too deeply to show>"
    return text if len(text) <= limit else text[: limit - 1] + "…"


def _words(text: str) -> str:
    return " ".join(text.split())


def _first_time(entry_id: int, label: str, seen: set[int], problems: list[str]) -> bool:
    """Whether ``entry_id`` is new to ``seen`` (it is added); if not, the problem is added."""
    if entry_id in seen:
        problems.append(f"{label} appears twice")
        return False
    seen.add(entry_id)
    return True


def _split_ok(item: dict[str, Any], label: str, problems: list[str]) -> bool:
    """Whether an entry's ``split`` is a string or absent; if not, the problem is added."""
    split = item.get("split")
    if split is not None and not isinstance(split, str):
        problems.append(f"{label}: 'split' must be a string (e.g. \"val\"), got {_short(split)}")
        return False
    return True


def _check_categories(data: dict[str, Any], problems: list[str]) -> list[CocoCategory]:
    already = len(problems)
    categories: list[CocoCategory] = []
    ids: set[int] = set()
    names: dict[str, int] = {}
    for item in data["categories"]:
        cid = item.get("id") if isinstance(item, dict) else None
        name = item.get("name") if isinstance(item, dict) else None
        if not isinstance(item, dict) or not _is_id(cid):
            problems.append(f"category {_short(item)} has no integer id")
            continue
        if not isinstance(name, str) or not _words(name):
            problems.append(f"category id {cid} has no name")
            continue
        if cid in ids:
            problems.append(f"category id {cid} appears twice")
            continue
        name = _words(name)
        if name.casefold() in names:
            problems.append(f"categories {names[name.casefold()]} and {cid} are both named {name!r}: "
                            "one name is one class of the vocabulary")
            continue
        synonyms = item.get("synonyms") or []
        if isinstance(synonyms, str):
            synonyms = [synonyms]
        if not isinstance(synonyms, list) or not all(isinstance(s, str) for s in synonyms):
            problems.append(f"category {name!r} (id {cid}) has a malformed 'synonyms' list")
            continue
        if not _split_ok(item, f"category {name!r} (id {cid})", problems):
            continue
        ids.add(cid)
        names[name.casefold()] = cid
        cleaned = (_words(s) for s in synonyms)
        unique = tuple(dict.fromkeys(s for s in cleaned if s and s.casefold() != name.casefold()))
        categories.append(CocoCategory(cid, name, unique, item.get("split")))
    if categories and len(problems) == already:
        try:
            Vocabulary(tuple(VocabularyClass(c.name, c.synonyms) for c in categories))
        except VocabularyError as exc:
            problems.append(f"the categories do not form a vocabulary: {exc}")
    return categories


def _check_tags(item: dict[str, Any], label: str, known: dict[str, str],
                problems: list[str]) -> tuple[tuple[str, ...], tuple[str, ...]] | None:
    """An image entry's ``(tags, absent_tags)`` as the categories spell them, or None (a problem)."""
    lists: list[tuple[str, ...]] = []
    for key in ("tags", "absent_tags"):
        names = item.get(key, [])
        if not isinstance(names, list) or not all(isinstance(n, str) for n in names):
            problems.append(f"{label}: {key!r} must be a list of category names, got {_short(names)}")
            return None
        unknown = [n for n in names if _words(n).casefold() not in known]
        if unknown:
            problems.append(f"{label} is tagged {unknown!r}, which {'is' if len(unknown) == 1 else 'are'} not "
                            "among the file's categories (tags name categories exactly)")
            return None
        lists.append(tuple(dict.fromkeys(known[_words(n).casefold()] for n in names)))
    present, absent = lists
    if not present and not absent:
        problems.append(f"{label} has an empty tag list: name at least one category, or leave 'tags' out")
        return None
    if set(present) & set(absent):
        problems.append(f"{label} tags {sorted(set(present) & set(absent))} both present and absent")
        return None
    return present, absent


def _check_images(data: dict[str, Any], images_dir: Path, categories: list[CocoCategory], problems: list[str],
                  check_files: bool) -> list[CocoImage]:
    known = {c.name.casefold(): c.name for c in categories}
    images: list[CocoImage] = []
    ids: set[int] = set()
    for item in data["images"]:
        iid = item.get("id") if isinstance(item, dict) else None
        file_name = item.get("file_name") if isinstance(item, dict) else None
        if not isinstance(item, dict) or not _is_id(iid) or not isinstance(file_name, str):
            problems.append(f"image {_short(item)} needs an integer 'id' and a 'file_name'")
            continue
        if not _first_time(iid, f"image id {iid}", ids, problems):
            continue
        try:
            path = files.resolve_under(images_dir, file_name)
            found = path.is_file() if check_files else True
        except files.PathOutsideRoot as exc:
            problems.append(f"image {file_name!r}: {exc}")
            continue
        except (OSError, RuntimeError) as exc:  # a symlink loop, a name too long for the system
            problems.append(f"image {file_name!r}: cannot be followed under {str(images_dir)!r} ({exc})")
            continue
        if not found:
            problems.append(f"unknown image {file_name!r}: not found under {str(images_dir)!r}")
            continue
        width, height = item.get("width"), item.get("height")
        if not all(v is None or _is_number(v) for v in (width, height)):
            problems.append(f"image {file_name!r}: width and height must be numbers, got {_short(width)}×{_short(height)}")
            continue
        if not _split_ok(item, f"image {file_name!r}", problems):
            continue
        tags: tuple[tuple[str, ...], tuple[str, ...]] | None = ((), ())
        tagged = "tags" in item or "absent_tags" in item
        if tagged:
            tags = _check_tags(item, f"image {file_name!r}", known, problems)
        if tags is None:
            continue
        images.append(CocoImage(iid, file_name, path, width, height, item.get("split"), tags[0], tags[1], tagged))
    return images


def _check_annotations(data: dict[str, Any], images: list[CocoImage], categories: list[CocoCategory], status: str,
                       problems: list[str]) -> tuple[list[CocoBox], int]:
    listed = {item.get("id") for item in data["images"] if isinstance(item, dict) and _is_id(item.get("id"))}
    usable = {image.coco_id: image for image in images}
    category_ids = {c.coco_id for c in categories}
    boxes: list[CocoBox] = []
    seen: set[int] = set()
    skipped = 0
    for item in data.get("annotations", []):
        if not isinstance(item, dict):
            problems.append(f"annotation {_short(item)} is not an object")
            continue
        aid = item.get("id")
        label = f"annotation id {_short(aid)}"
        if aid is not None:
            if not _is_id(aid):
                problems.append(f"{label}: an annotation id is an integer")
                continue
            if not _first_time(aid, label, seen, problems):
                continue
        if item.get("iscrowd", 0) or item.get("status", status) != status:
            skipped += 1
            continue
        image_id, category_id, bbox = item.get("image_id"), item.get("category_id"), item.get("bbox")
        if not _is_id(image_id) or image_id not in listed:
            problems.append(f"{label} refers to unknown image id {_short(image_id)}: the file lists no image {_short(image_id)}")
            continue
        if not _is_id(category_id) or category_id not in category_ids:
            problems.append(f"{label} refers to unknown category id {_short(category_id)}: "
                            f"the file lists no category {_short(category_id)}")
            continue
        if image_id not in usable:
            continue  # its image already has a problem listed
        where = f"{label} on image {usable[image_id].file_name!r}"
        if not isinstance(bbox, list) or len(bbox) != 4 or not all(_is_number(v) for v in bbox):
            problems.append(f"{where}: bbox {_short(bbox)} is not [x, y, width, height]")
            continue
        try:
            x, y, w, h = (float(v) for v in bbox)
        except OverflowError:
            problems.append(f"{where}: bbox {_short(bbox)} has a number too large for a coordinate")
            continue
        if not all(math.isfinite(v) for v in (x, y, w, h, x + w, y + h)):
            problems.append(f"{where}: bbox {_short(bbox)} has a NaN, infinite or too large coordinate")
            continue
        boxes.append(CocoBox(aid, image_id, category_id, (x, y, w, h)))
    return boxes, skipped


def check_coco(data: dict[str, Any], images_dir: str | Path, problems: list[str], *, status: str = "accepted",
               check_files: bool = True) -> CocoFile:
    """Check every category, image and annotation of a COCO dictionary (from
    :func:`read_coco_json`); what is wrong is appended to ``problems``, one line each, and the
    entries that passed are returned. The rules:

    - ids are integers (not lists, objects, strings or booleans), each listed once;
    - a category has a name, unique ignoring case; its ``synonyms`` are strings; the categories
      form a :class:`Vocabulary` (no word names two classes); ``split`` is a string or absent;
    - an image's ``file_name`` stays under ``images_dir`` (no ``..``, absolute path or symlink out,
      no symlink loop) and, with ``check_files``, is a file there; ``width``/``height`` are
      numbers or absent; ``split`` is a string or absent; ``tags`` / ``absent_tags`` are lists
      of the file's category names, not both empty, not overlapping;
    - an annotation names a listed image and category, and its ``bbox`` is four finite numbers.
      Crowd regions and annotations whose ``status`` is not ``status`` are skipped (counted).
    """
    root = Path(images_dir)
    categories = _check_categories(data, problems)
    images = _check_images(data, root, categories, problems, check_files)
    boxes, skipped = _check_annotations(data, images, categories, status, problems)
    return CocoFile(categories, images, boxes, skipped, data)


def describe_problems(name: str, problems: Sequence[str], outcome: str = "") -> str:
    """One line naming the file, what came of it and its first ``MAX_LISTED_PROBLEMS`` problems.

    >>> describe_problems("a.json", ["x", "y"], "nothing imported")
    'a.json: 2 problem(s), nothing imported: x; y'
    """
    listed = "; ".join(problems[:MAX_LISTED_PROBLEMS])
    more = f" (and {len(problems) - MAX_LISTED_PROBLEMS} more)" if len(problems) > MAX_LISTED_PROBLEMS else ""
    return f"{name}: {len(problems)} problem(s){', ' + outcome if outcome else ''}: {listed}{more}"


@dataclass
class CocoSet:
    """A COCO file read into examples, with the vocabulary its categories define.

    ``category_ids[k]`` is the COCO id of vocabulary class ``k``; ``splits[k]`` its
    ``"split"`` field (``"base"``/``"novel"``) or ``None``.
    """

    examples: list[TrainingExample | TagExample]
    vocabulary: Vocabulary
    category_ids: list[int]
    splits: list[str | None]
    data: dict = field(repr=False, default_factory=dict)
    images_dir: Path | None = None


def load_coco(coco_path: str | Path, images_dir: str | Path, *, check_files: bool = True) -> CocoSet:
    """Read a COCO file through the one reader (:func:`read_coco_json`, :func:`check_coco`: what
    ``import-coco`` refuses, this refuses, every problem listed in one :class:`DataError`) into
    :class:`TrainingExample` s (xywh → xyxy) and its vocabulary; an image with ``"tags"`` and no
    boxes becomes a :class:`TagExample`. Crowd boxes, boxes of another ``status`` and boxes of
    zero area are skipped with a warning. ``check_files=False`` does not look for the pictures."""
    data = read_coco_json(coco_path)
    if not data["categories"]:
        raise DataError(f"{coco_path}: the COCO file has no categories, so there is no vocabulary to train or evaluate")
    problems: list[str] = []
    coco = check_coco(data, images_dir, problems, check_files=check_files)
    if problems:
        raise DataError(describe_problems(str(coco_path), problems))
    vocabulary = coco.vocabulary
    assert vocabulary is not None  # categories listed, none with a problem
    _fill_optional_fields(data, coco_path)
    class_of = {c.coco_id: k for k, c in enumerate(coco.categories)}
    index = {c.name: k for k, c in enumerate(coco.categories)}
    boxes: dict[int, list[tuple[tuple[float, float, float, float], int]]] = {img.coco_id: [] for img in coco.images}
    skipped = coco.skipped
    for box in coco.boxes:
        if box.xywh[2] <= 0 or box.xywh[3] <= 0:
            skipped += 1
            continue
        boxes[box.image_id].append((box.xyxy, class_of[box.category_id]))
    if skipped:
        warnings.warn(f"skipped {skipped} crowd or zero-area boxes in {coco_path}", stacklevel=2)
    examples: list[TrainingExample | TagExample] = []
    for img in coco.images:
        items = boxes[img.coco_id]
        if not items and img.tags:  # a tag-only picture: which classes it shows, no boxes
            examples.append(TagExample(img.path, [index[n] for n in img.tags], [index[n] for n in img.absent_tags],
                                       image_id=img.coco_id))
            continue
        xyxy = np.array([b for b, _ in items], dtype=np.float32).reshape(-1, 4)
        examples.append(TrainingExample(img.path, xyxy, np.array([c for _, c in items], dtype=np.int64),
                                        image_id=img.coco_id))
    return CocoSet(examples, vocabulary, [c.coco_id for c in coco.categories], [c.split for c in coco.categories],
                   data, Path(images_dir))


def _fill_optional_fields(data: dict[str, Any], coco_path: str | Path) -> None:
    """COCO's optional annotation fields, filled in for pycocotools (evaluation scores ``data``)."""
    data.setdefault("annotations", [])
    data.setdefault("info", {})
    for i, ann in enumerate(data["annotations"]):
        bbox = ann.get("bbox")
        if not isinstance(bbox, list) or len(bbox) != 4 or not all(_is_number(v) for v in bbox):
            raise DataError(f"annotation {_short(ann.get('id', i))} in {coco_path} has no [x, y, w, h] bbox")
        ann.setdefault("id", i + 1)
        ann.setdefault("iscrowd", 0)
        ann.setdefault("area", float(bbox[2]) * float(bbox[3]))
