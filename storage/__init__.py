"""The label store: images, model predictions and people's decisions (SQLAlchemy; never torch).

>>> from storage import Store
>>> store = Store.open("sqlite://")   # in memory; a file path or any SQLAlchemy URL works too
>>> store.stats()
[]
"""

from storage.coco import ExportReport, ImportReport
from storage.errors import (
    CocoError,
    ImageRejected,
    InvalidBox,
    InvalidCategory,
    NotFound,
    PathOutsideRoot,
    StoreError,
)
from storage.paths import resolve_under
from storage.store import (
    HELD_OUT_SPLITS,
    AddImagesReport,
    ClassStats,
    ImageRecord,
    Store,
    TrainingSet,
    database_url,
    default_database_path,
)
from storage.tags import TagRecord

__all__ = [
    "HELD_OUT_SPLITS",
    "AddImagesReport",
    "ClassStats",
    "CocoError",
    "ExportReport",
    "ImageRecord",
    "ImageRejected",
    "ImportReport",
    "InvalidBox",
    "InvalidCategory",
    "NotFound",
    "PathOutsideRoot",
    "Store",
    "StoreError",
    "TagRecord",
    "TrainingSet",
    "database_url",
    "default_database_path",
    "resolve_under",
]
