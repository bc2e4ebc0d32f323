"""GridCLIP: a one-stage open-vocabulary detector on CLIP grid embeddings.

>>> from gridclip import Vocabulary
>>> len(Vocabulary.parse("car | automobile, person"))
2

The package is split by concern: ``gridclip.model`` (the network and its parts),
``gridclip.inference`` (``Detector``, model sources, checkpoints, the CPU/ONNX path),
``gridclip.training`` (the loop, alignment, data, evaluation) and ``gridclip.world`` (the
synthetic world and its CLIP). ``load_detector``, ``Detector``, ``train``, ``TrainConfig``
and ``TrainingExample`` import torch, so they load on first use.
"""

from gridclip.model.thresholds import Thresholds
from gridclip.vocabulary import Vocabulary, VocabularyClass, VocabularyError

__all__ = ["Vocabulary", "VocabularyClass", "VocabularyError", "Thresholds", "Detector", "load_detector",
           "train", "TrainConfig", "TrainingExample"]

_LAZY = {
    "Detector": "gridclip.inference.detector",
    "load_detector": "gridclip.inference.sources",
    "train": "gridclip.training",
    "TrainConfig": "gridclip.training",
    "TrainingExample": "gridclip.training",
}


def __getattr__(name: str):
    if name in _LAZY:
        import importlib

        return getattr(importlib.import_module(_LAZY[name]), name)
    raise AttributeError(name)
