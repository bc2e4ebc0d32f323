"""GridCLIP: a one-stage open-vocabulary detector on CLIP grid embeddings.

>>> from gridclip import Vocabulary
>>> len(Vocabulary.parse("car | automobile, person"))
2

``load_detector`` and ``Detector`` import torch, so they load on first use.
"""

from gridclip.vocabulary import Vocabulary, VocabularyClass, VocabularyError

__all__ = ["Vocabulary", "VocabularyClass", "VocabularyError", "Detector", "load_detector"]


def __getattr__(name: str):
    if name in ("Detector", "load_detector"):
        from gridclip import detector

        return getattr(detector, name)
    raise AttributeError(name)
