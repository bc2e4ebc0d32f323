"""Which classes of a fine-tune are new to the model, and the settings a fine-tune takes for them.

A demo class the text already knows (``red square``, or a novel world class such as ``purple
triangle``) needs a fine-tune that does not lose it: the gentle defaults of
``gridclip.training.fine_tune`` (``FINE_TUNE_LR``, ``TARGET_STEPS``). A class whose name the
text tower never read (``part-7b``) has nothing to lose and everything to learn: its text
embedding scores its boxes no better than anything else. ``class_novelty`` tells them apart from
what the store holds, with one forward pass over the accepted pictures: a class is new to the
model when the model's training vocabulary does not name it, no earlier fine-tune adapted it,
and its text is silent on its boxes, the exemplar blend's test with at least
``SILENT_TEXT_MIN_BOXES`` boxes (one box is too noisy to call a real class's text silent): the
cosine of its text with the prototype of its boxes in the head's own grid is below
``SILENT_TEXT_COS``, or its text does not rank its own boxes above the other classes' boxes
(``ClassPrototypes.silent``, ``SILENT_TEXT_AUC``).

``NEW_CLASS_FINE_TUNE`` is what a fine-tune with new classes runs on top of ``TrainConfig``'s
defaults (any setting given explicitly still wins): the new classes' embeddings start from their
prototypes and learn (``adapt_classes`` with ``new_classes``; the other classes keep their text),
the head moves faster, distillation from the parent regularises it, and every class that is not
new keeps the parent's own FPN and head (``keep_parent_head``: its scores are the parent's exactly).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from types import MappingProxyType
from typing import Any

import torch
import torch.nn.functional as F

from gridclip.inference.exemplars import SILENT_TEXT_COS, SILENT_TEXT_MIN_BOXES
from gridclip.training.data import TagExample, TrainingExample
from gridclip.vocabulary import Vocabulary

__all__ = ["NEW_CLASS_FINE_TUNE", "NEW_CLASS_TARGET_STEPS", "ClassNovelty", "class_novelty"]

#: On top of TrainConfig's defaults when the store holds classes new to the model (measured on
#: domain "parts", checked on "symbols": benchmarks/RESULTS.md, "Learning new classes").
#: head_only: on 10 pictures of "parts" the tower trained gave 15.0 AP50 against 14.2 frozen, at
#: the same cost to the world (base 49.7 against 46.0), in 1.8x the time. Distillation of the
#: kept classes' cosines at weight 100: the world's held-out base / novel AP50 after the same run
#: 76.0 / 75.6 (15.3 AP50 on parts), against 46.0 / 46.5 (14.2) for the Bernoulli KL at weight 1,
#: 65.1 / 67.0 (16.3) at KL 10, 33.0 / 37.8 (14.1) at cosine 10, 12.1 / 12.4 (11.3) without.
#: keep_parent_head: every class but the new ones keeps the parent's own head, so the world's
#: held-out AP50 after the run is the parent's exactly (the distillation above still pays as a
#: regulariser of the trained head: 20 pictures of "parts" on the broad demo build, 21.5 AP50
#: with it, 13.9 without, 16.1 without it at lr 1e-3; train_scope "classification" cost 3.6 AP50
#: against the whole head on an earlier broad build, and "classes" left it at 1.8).
NEW_CLASS_FINE_TUNE: Mapping[str, Any] = MappingProxyType({
    "adapt_classes": True, "class_lr": 5e-3, "class_pull": 0.1, "lr": 3e-4, "head_only": True,
    "distill_loss": "cosine", "distill_weight": 100.0, "keep_parent_head": True, "crop_steps": 300,
})
NEW_CLASS_TARGET_STEPS = 200


@dataclass(frozen=True)
class ClassNovelty:
    """The training classes new to the model (``new``) and the others (``known``), with each
    boxed class's text-to-prototype cosine and box count (``cosines``, ``boxes``)."""

    new: tuple[str, ...]
    known: tuple[str, ...]
    cosines: Mapping[str, float] = field(default_factory=dict)
    boxes: Mapping[str, int] = field(default_factory=dict)

    def describe(self) -> str:
        """One line for people.

        >>> ClassNovelty(("part-7b",), ("red square",)).describe()
        'classes new to the model: part-7b (the new-class fine-tune); known: red square'
        >>> ClassNovelty((), ("red square",)).describe()
        'no class is new to the model (the gentle fine-tune); known: red square'
        """
        known = f"; known: {', '.join(self.known)}" if self.known else ""
        if not self.new:
            return f"no class is new to the model (the gentle fine-tune){known}"
        return f"classes new to the model: {', '.join(self.new)} (the new-class fine-tune){known}"


def class_novelty(detector: Any, examples: Sequence[TrainingExample | TagExample], vocabulary: Vocabulary) -> ClassNovelty:
    """Which of ``vocabulary``'s classes are new to ``detector`` (see the module doc). A class
    without boxes (tags only, or none) is never new: there is nothing to learn it from."""
    from gridclip.training.exemplars import class_prototypes, taught_names

    boxed = [ex for ex in examples if isinstance(ex, TrainingExample) and len(ex)]
    taught = taught_names(detector)
    if not boxed or not getattr(detector, "is_trained", False):
        return ClassNovelty((), tuple(vocabulary.names))
    prototypes = class_prototypes(detector, boxed, vocabulary, cache_dir=None)
    text = F.normalize(detector.class_embeddings(vocabulary).detach().float().cpu(), dim=1)
    new: list[str] = []
    known: list[str] = []
    cosines: dict[str, float] = {}
    counts: dict[str, int] = {}
    for i, cls in enumerate(vocabulary.classes):
        count = prototypes.count(cls.name)
        counts[cls.name] = count
        if count:
            vector = torch.as_tensor(prototypes.prototypes[_stored_name(prototypes, cls.name)][0])
            cosines[cls.name] = float(text[i] @ F.normalize(vector.float(), dim=0))
        is_taught = any(t.casefold() in taught for t in cls.texts)
        silent = count >= SILENT_TEXT_MIN_BOXES and (
            cosines[cls.name] < SILENT_TEXT_COS or cls.name.casefold() in {n.casefold() for n in prototypes.silent})
        (new if silent and not is_taught else known).append(cls.name)
    return ClassNovelty(tuple(new), tuple(known), cosines, counts)


def _stored_name(prototypes: Any, name: str) -> str:
    return next(n for n in prototypes.prototypes if n.casefold() == name.casefold())
