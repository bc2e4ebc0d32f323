"""Paths from outside never escape their root: the one guard (``gridclip.files``), raising the
store's own :class:`PathOutsideRoot`.

>>> import tempfile, pathlib
>>> root = pathlib.Path(tempfile.mkdtemp())
>>> resolve_under(root, "a/b.jpg") == (root / "a" / "b.jpg").resolve()
True
>>> resolve_under(root, "../etc/passwd")
Traceback (most recent call last):
...
storage.errors.PathOutsideRoot: '../etc/passwd' escapes its root ...
"""

from __future__ import annotations

from pathlib import Path

from gridclip import files
from storage.errors import PathOutsideRoot


def resolve_under(root: str | Path, relpath: str | Path) -> Path:
    """``gridclip.files.resolve_under``, refusing with the store's :class:`PathOutsideRoot`."""
    try:
        return files.resolve_under(root, relpath)
    except files.PathOutsideRoot as exc:
        raise PathOutsideRoot(str(exc)) from None


def relpath_under(root: str | Path, path: str | Path) -> str:
    """``gridclip.files.relpath_under``, refusing with the store's :class:`PathOutsideRoot`."""
    try:
        return files.relpath_under(root, path)
    except files.PathOutsideRoot as exc:
        raise PathOutsideRoot(str(exc)) from None
