"""The vocabulary: ordered classes, each a canonical name plus synonyms.

One class is one id everywhere (the model's ``class_id``, the store's category, a Label
Studio label); synonyms only change how a class is described to the text tower.

>>> vocab = Vocabulary.parse("forklift, pallet | skid, safety vest")
>>> vocab.names
['forklift', 'pallet', 'safety vest']
>>> vocab.classes[1].synonyms
('skid',)
>>> vocab.to_text()
'forklift, pallet | skid, safety vest'
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

_CLASS_SEPARATORS = re.compile(r"[,\n;]")


class VocabularyError(ValueError):
    """A vocabulary that cannot be used: empty, duplicated, or malformed."""


@dataclass(frozen=True)
class VocabularyClass:
    name: str
    synonyms: tuple[str, ...] = ()

    @property
    def texts(self) -> tuple[str, ...]:
        """Every way to say this class, canonical name first."""
        return (self.name, *self.synonyms)


def _clean(text: str) -> str:
    return " ".join(text.split())


def split_classes(text: str) -> list[VocabularyClass]:
    """The vocabulary grammar, the only copy of it: commas (or new lines, semicolons) separate
    classes, ``|`` separates a class's synonyms, the first word being its name. White space is
    tidied; a synonym repeated, or equal to its own name, is harmless and dropped quietly. Nothing
    is checked across classes (:class:`Vocabulary` does that), so the store can read the
    synonyms of a text it only records.

    >>> split_classes("car | automobile | car, person")
    [VocabularyClass(name='car', synonyms=('automobile',)), VocabularyClass(name='person', synonyms=())]
    """
    classes = []
    for chunk in _CLASS_SEPARATORS.split(text or ""):
        words = [w for w in (_clean(w) for w in chunk.split("|")) if w]
        if not words:
            continue
        name, *synonyms = words
        unique = tuple(dict.fromkeys(s for s in synonyms if s.casefold() != name.casefold()))
        classes.append(VocabularyClass(name, unique))
    return classes


@dataclass(frozen=True)
class Vocabulary:
    classes: tuple[VocabularyClass, ...]

    def __post_init__(self) -> None:
        if not self.classes:
            raise VocabularyError("the vocabulary is empty: type at least one class, e.g. 'person, car | automobile'")
        seen: dict[str, str] = {}
        for cls in self.classes:
            if not cls.name:
                raise VocabularyError("a class has an empty name")
            for text in cls.texts:
                key = text.casefold()
                if key in seen and seen[key] != cls.name:
                    raise VocabularyError(f"{text!r} names two classes ({seen[key]!r} and {cls.name!r})")
                if key in seen and text == cls.name:
                    raise VocabularyError(f"class {cls.name!r} appears twice in the vocabulary")
                seen[key] = cls.name

    @classmethod
    def parse(cls, text: str) -> Vocabulary:
        """Parse ``"car | automobile, person"`` (the grammar of :func:`split_classes`) and check
        that the classes form a vocabulary."""
        return cls(tuple(split_classes(text)))

    @classmethod
    def from_names(cls, names: Iterable[str | Sequence[str]]) -> Vocabulary:
        """Build from names, or from sequences whose first item is the name and the rest synonyms."""
        classes = []
        for item in names:
            words = [item] if isinstance(item, str) else list(item)
            words = [_clean(w) for w in words if _clean(w)]
            if not words:
                raise VocabularyError("a class has an empty name")
            classes.append(VocabularyClass(words[0], tuple(dict.fromkeys(words[1:]))))
        return cls(tuple(classes))

    @classmethod
    def from_classes(cls, names: Sequence[str], synonyms: Sequence[Sequence[str]] | None = None) -> Vocabulary:
        """Build from class names kept verbatim, as data: no separator is read in them, so a
        store's category ``"red, circle"`` or ``"a|b"`` stays one class (``parse`` would split it).
        ``synonyms[i]`` are class ``i``'s; white space is tidied and repeats dropped, as ``parse`` does.

        >>> vocab = Vocabulary.from_classes(["red, circle", "car"], [[], ["automobile", "car"]])
        >>> vocab.names, vocab.classes[1].synonyms
        (['red, circle', 'car'], ('automobile',))
        """
        synonyms = [()] * len(names) if synonyms is None else synonyms
        if len(synonyms) != len(names):
            raise VocabularyError(f"{len(names)} class names but {len(synonyms)} synonym lists")
        classes = []
        for raw_name, raw_synonyms in zip(names, synonyms):
            name = _clean(raw_name)
            if not name:
                raise VocabularyError("a class has an empty name")
            words = (_clean(s) for s in raw_synonyms)
            unique = tuple(dict.fromkeys(w for w in words if w and w.casefold() != name.casefold()))
            classes.append(VocabularyClass(name, unique))
        return cls(tuple(classes))

    def extended_by(self, other: Vocabulary | None) -> Vocabulary:
        """These classes, then ``other``'s classes none of whose texts this one already uses
        (what a fine-tuned model was taught: this run's classes and its parent's).

        >>> Vocabulary.parse("cat | kitty, dog").extended_by(Vocabulary.parse("kitty, bird")).to_text()
        'cat | kitty, dog, bird'
        """
        if other is None:
            return self
        used = {t.casefold() for c in self.classes for t in c.texts}
        return Vocabulary(self.classes + tuple(c for c in other.classes
                                               if not any(t.casefold() in used for t in c.texts)))

    @property
    def names(self) -> list[str]:
        return [c.name for c in self.classes]

    def index(self, name: str) -> int:
        """The class id of a name or synonym (case-insensitive)."""
        key = name.casefold()
        for i, cls in enumerate(self.classes):
            if any(t.casefold() == key for t in cls.texts):
                return i
        raise KeyError(name)

    def to_text(self) -> str:
        """The canonical text form; ``Vocabulary.parse(v.to_text()) == v``."""
        return ", ".join(" | ".join(c.texts) for c in self.classes)

    @property
    def fingerprint(self) -> str:
        return hashlib.sha256(self.to_text().encode("utf-8")).hexdigest()[:16]

    def __len__(self) -> int:
        return len(self.classes)

    def __iter__(self):
        return iter(self.classes)

    def __str__(self) -> str:
        return self.to_text()
