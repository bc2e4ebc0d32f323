"""Paths from outside never escape their root.

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

from pathlib import Path, PurePosixPath

from storage.errors import PathOutsideRoot


def resolve_under(root: str | Path, relpath: str | Path) -> Path:
    """Resolve ``root / relpath`` (following symlinks) and refuse it unless it stays under
    ``root``. Absolute paths and ``..`` that lead outside are refused with :class:`PathOutsideRoot`."""
    root_resolved = Path(root).expanduser().resolve()
    text = str(relpath)
    if not text or "\x00" in text:
        raise PathOutsideRoot(f"{text!r} is not a usable relative path")
    candidate = (root_resolved / text).resolve()
    if Path(text).is_absolute() or not candidate.is_relative_to(root_resolved):
        raise PathOutsideRoot(f"{text!r} escapes its root {str(root_resolved)!r}; refused")
    return candidate


def relpath_under(root: str | Path, path: str | Path) -> str:
    """The POSIX relative path of ``path`` under ``root`` (both resolved), or :class:`PathOutsideRoot`."""
    root_resolved = Path(root).expanduser().resolve()
    resolved = Path(path).expanduser().resolve()
    if not resolved.is_relative_to(root_resolved):
        raise PathOutsideRoot(f"{str(path)!r} is outside the image root {str(root_resolved)!r}; refused")
    return str(PurePosixPath(*resolved.relative_to(root_resolved).parts))
