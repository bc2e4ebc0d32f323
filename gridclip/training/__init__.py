"""Training GridCLIP: the loop and its parts, image-level alignment, training data and
evaluation. ``train``, ``TrainConfig``, ``TrainResult``, ``TrainingExample`` and ``TagExample`` are the calls
the doors use.

>>> from gridclip.training import TrainConfig
>>> TrainConfig(epochs=2).epochs
2
"""

from gridclip.training.config import TrainConfig, TrainResult
from gridclip.training.data import TagExample, TrainingExample
from gridclip.training.loop import train

__all__ = ["TagExample", "TrainConfig", "TrainResult", "TrainingExample", "train"]
