"""The store's errors: each carries a message that names what was wrong.

>>> issubclass(InvalidBox, StoreError) and issubclass(InvalidBox, ValueError)
True
"""

from __future__ import annotations

from gridclip import files


class StoreError(Exception):
    """Base class of every error the store raises on purpose."""


class ImageRejected(StoreError, ValueError):
    """A file that is not a usable image: missing, unreadable, corrupt, or a decompression bomb."""


class InvalidBox(StoreError, ValueError):
    """A box that cannot be stored: NaN, zero or negative size, or entirely outside its image."""


class PathOutsideRoot(StoreError, files.PathOutsideRoot):
    """A path from outside (COCO file_name, upload name, task URL) that escapes its root."""


class NotFound(StoreError, LookupError):
    """An image, prediction, annotation or category id that is not in the store."""


class CocoError(StoreError, ValueError):
    """A COCO file that cannot be imported; nothing of it was written."""


class InvalidCategory(StoreError, ValueError):
    """A category name that is empty or not text."""
