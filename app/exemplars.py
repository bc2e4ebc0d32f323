"""The exemplars the app pre-labels with: the store's accepted boxes, and "Find similar".

By default the Label and Batch tabs score each class by its text blended with the prototype of
its accepted boxes in the store (``gridclip.training.exemplars.class_prototypes``; the blend is
``gridclip.inference.exemplars``'s, weight ``n / (n + k)``); the *Exemplars* checkbox turns that
off (text only). "Find similar" makes one box on one picture the exemplar of its class
(``gridclip.training.exemplars.box_prototypes``); it stays in force for that browser tab, on
every picture and in the Batch tab while the checkbox is ticked, until forgotten.

Only boxes of the vocabulary's classes are pooled, at most ``MAX_BOXES_PER_CLASS`` per class
(the first ones, by picture): past that the blend weight barely moves (16 boxes: 0.8 at
``k = 4``) while every new accepted picture would cost a forward pass. The prototypes are kept
per (model version, boxes), so an unchanged store costs one query, not a hash of every picture.

>>> import numpy as np
>>> from gridclip.training_data import TrainingExample
>>> from gridclip.vocabulary import Vocabulary
>>> SimilarExample(3, (10.0, 20.0, 50.5, 60.0), "cat").describe()
"'cat' from image 3 (10, 20, 50, 60)"
>>> pick = select_accepted(
...     [TrainingExample("a.png", np.array([[0, 0, 5, 5], [1, 1, 6, 6]]), np.array([0, 1])),
...      TrainingExample("b.png", np.array([[2, 2, 9, 9]]), np.array([0]))],
...     ["Cat", "dog"], Vocabulary.parse("cat | kitty, bird"), per_class=1)
>>> [(str(ex.image), ex.class_ids.tolist()) for ex in pick[0]], pick[1]
([('a.png', [0])], ['Cat'])
"""

from __future__ import annotations

import threading
from collections import OrderedDict
from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

import numpy as np

from gridclip.training_data import TrainingExample
from gridclip.vocabulary import Vocabulary

if TYPE_CHECKING:  # the model is passed in; importing it here costs torch
    from gridclip.inference.detector import Detector
    from gridclip.inference.exemplars import ClassPrototypes
    from storage import Store

#: At most this many accepted boxes of a class are pooled into its prototype.
MAX_BOXES_PER_CLASS = 16


@dataclass(frozen=True)
class SimilarExample:
    """The box a person picked for "Find similar": its picture, place (original pixels) and class."""

    image_id: int
    xyxy: tuple[float, float, float, float]
    class_name: str

    def describe(self) -> str:
        x0, y0, x1, y1 = (round(v) for v in self.xyxy)
        return f"{self.class_name!r} from image {self.image_id} ({x0}, {y0}, {x1}, {y1})"


def select_accepted(
    examples: Sequence[TrainingExample], names: Sequence[str], vocab: Vocabulary, per_class: int = MAX_BOXES_PER_CLASS
) -> tuple[list[TrainingExample], list[str]]:
    """The accepted boxes to pool for ``vocab``: those whose class the vocabulary names (by name or
    synonym, ignoring case), at most ``per_class`` per class, the first ones in order; as
    ``TrainingExample`` s with the class names their ids index."""
    wanted = {text.casefold() for cls in vocab for text in cls.texts}
    used: dict[str, int] = {}
    counts: dict[str, int] = {}
    picked = []
    for example in examples:
        boxes, ids = [], []
        for box, class_id in zip(example.xyxy, example.class_ids):
            name = str(names[int(class_id)])
            if name.casefold() not in wanted or counts.get(name, 0) >= per_class:
                continue
            counts[name] = counts.get(name, 0) + 1
            boxes.append(box)
            ids.append(used.setdefault(name, len(used)))
        if boxes:
            picked.append(TrainingExample(example.image, np.stack(boxes), np.array(ids, np.int64), example.image_id))
    return picked, list(used)


class AppExemplars:
    """Prototypes for one app (one per ``LabelingService``): the store's accepted boxes and the
    person's "Find similar" box, through the library's pooling, kept per model version and boxes."""

    def __init__(self, store: Store, per_class: int = MAX_BOXES_PER_CLASS, kept: int = 16) -> None:
        self.store = store
        self.per_class = per_class
        self._kept = kept
        self._memo: OrderedDict[tuple, ClassPrototypes | None] = OrderedDict()
        self._lock = threading.Lock()

    def prototypes(
        self, detector: Detector, vocab: Vocabulary, *, accepted: bool = True, similar: SimilarExample | None = None
    ) -> ClassPrototypes | None:
        """The exemplars to pre-label ``vocab`` with (``None``: text only): the accepted boxes of
        its classes when ``accepted``, and ``similar`` standing alone for its class."""
        from gridclip.training.exemplars import box_prototypes, class_prototypes

        examples: list[TrainingExample] = []
        names: list[str] = []
        if accepted:
            training_set = self.store.training_set()
            examples, names = select_accepted(training_set.examples, training_set.categories, vocab, self.per_class)
        if similar is not None:
            record = self.store.get_image(similar.image_id)
            picture = record.path
        elif not examples:
            return None
        key = (detector.version, similar, tuple(names),
               tuple((str(ex.image), ex.xyxy.tobytes(), ex.class_ids.tobytes()) for ex in examples))
        with self._lock:
            if key in self._memo:
                self._memo.move_to_end(key)
                return self._memo[key]
        if similar is not None:
            found = box_prototypes(detector, picture, similar.xyxy, similar.class_name, examples, names)
        else:
            found = class_prototypes(detector, examples, names)
        found = found if len(found) else None
        with self._lock:
            self._memo[key] = found
            while len(self._memo) > self._kept:
                self._memo.popitem(last=False)
        return found


def describe(prototypes: ClassPrototypes | None, vocab: Vocabulary | None, similar: SimilarExample | None = None) -> str:
    """One line on what the classes were scored with, e.g.
    ``'exemplars: cat (3 boxes), dog (1 box, Find similar)'`` or ``'text only'``."""
    if prototypes is None or vocab is None:
        return "text only"
    parts = []
    for cls in vocab:
        count = max(prototypes.count(text) for text in cls.texts)
        if not count:
            continue
        mark = ", Find similar" if similar is not None and similar.class_name.casefold() in {
            t.casefold() for t in cls.texts} else ""
        parts.append(f"{cls.name} ({count} box{'es' if count != 1 else ''}{mark})")
    return f"exemplars: {', '.join(parts)}" if parts else "text only"
