"""Files and folders this user may not read, for tests of how the store and the commands say so.

Running as root, ``chmod 000`` denies nothing; there the system's answer to a locked path,
``PermissionError``, is given for that path alone, so the tests mean the same everywhere.
"""

from __future__ import annotations

import builtins
import os
from pathlib import Path

import pytest


def lock(path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Make ``path`` unreadable: chmod 000, and where that denies nothing (root) the system's
    answer to a locked file or folder, ``PermissionError``, for that path alone."""
    path.chmod(0)
    try:
        if path.is_dir():
            os.listdir(path)
        else:
            path.open("rb").close()
    except PermissionError:
        return  # chmod denies: the real thing
    path.chmod(0o755 if path.is_dir() else 0o644)
    if path.is_dir():
        real_scandir = os.scandir

        def scandir(where=".", *args, **kwargs):
            if Path(where) == path:
                raise PermissionError(13, "Permission denied", str(where))
            return real_scandir(where, *args, **kwargs)

        monkeypatch.setattr(os, "scandir", scandir)
    else:
        real_open = builtins.open

        def open_(file, *args, **kwargs):
            if isinstance(file, (str, os.PathLike)) and Path(file) == path:
                raise PermissionError(13, "Permission denied", str(file))
            return real_open(file, *args, **kwargs)

        monkeypatch.setattr(builtins, "open", open_)


def unlock(folder: Path) -> None:
    """Give back what :func:`lock` took under ``folder`` (so pytest can remove it)."""
    for path in [folder, *folder.rglob("*")]:
        path.chmod(0o755 if path.is_dir() else 0o644)
