"""What a training run is fed, torch-free so that the store builds it too: pictures with boxes
(:class:`TrainingExample`), tag-only pictures (:class:`TagExample`) and :class:`DataError`, the
one error for data that cannot be used. ``storage.Store.training_set()`` hands out these very
types; ``gridclip.training`` trains on them.

>>> import numpy as np
>>> ex = TrainingExample("a.png", np.array([[1, 2, 30, 40]]), np.array([0]))
>>> ex.xyxy.dtype, ex.class_ids.dtype, len(ex)
(dtype('float32'), dtype('int64'), 1)
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Union

import numpy as np
from PIL import Image

from gridclip import files

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
