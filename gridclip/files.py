"""Files written so that a crash loses nothing, paths from outside that never escape their
root, and the largest picture anyone opens (and the one way to open a picture under that limit).
Torch-free, stdlib-only but for Pillow in :func:`open_picture`: the store uses the same helpers
and limit.

>>> import tempfile, pathlib
>>> root = pathlib.Path(tempfile.mkdtemp())
>>> write_text_atomically(root / "labels.json", "{}").read_text()
'{}'
>>> resolve_under(root, "a/b.jpg") == (root / "a" / "b.jpg").resolve()
True
>>> resolve_under(root, "../etc/passwd")  # doctest: +ELLIPSIS
Traceback (most recent call last):
...
gridclip.files.PathOutsideRoot: '../etc/passwd' escapes its root '...': it points outside the image folder; refused
"""

from __future__ import annotations

import os
import tempfile
import threading
import warnings
from collections.abc import Callable
from pathlib import Path, PurePosixPath
from typing import IO, TYPE_CHECKING

if TYPE_CHECKING:
    from PIL.Image import Image

#: Refuse pictures larger than this many pixels (e.g. 15000 x 10000), before decoding them: the
#: model's loader and the store's import both check it from the header. Below PIL's own hard
#: limit (2 x Image.MAX_IMAGE_PIXELS, ~179 MP), above any camera's output.
MAX_IMAGE_PIXELS = 150_000_000


class PathOutsideRoot(ValueError):
    """A path from outside (a COCO file_name, an upload's name, a task URL) that escapes its root."""


class TooManyPixels(ValueError):
    """A picture over the pixel limit (a decompression bomb's calling card), refused from its size alone."""


def check_pixels(width: int, height: int, max_pixels: int = MAX_IMAGE_PIXELS) -> None:
    """Raise :class:`TooManyPixels` for a ``width`` x ``height`` picture over ``max_pixels``.

    >>> check_pixels(20_000, 10_000)
    Traceback (most recent call last):
    ...
    gridclip.files.TooManyPixels: 20000x10000 pixels exceeds the pixel limit of 150,000,000 (a decompression bomb guard); downscale it first
    """
    if width * height > max_pixels:
        raise TooManyPixels(f"{width}x{height} pixels exceeds the pixel limit of {max_pixels:,} "
                            "(a decompression bomb guard); downscale it first")


def open_picture(source: str | os.PathLike[str] | IO[bytes], max_pixels: int = MAX_IMAGE_PIXELS, *,
                 decode: bool = False) -> Image:
    """``PIL.Image.open(source)`` (the header; with ``decode``, then the pixels too) under our
    pixel limit in place of Pillow's: Pillow warns from ~89 MP (a 100 MP camera photo) and
    raises from ~179 MP; both become :class:`TooManyPixels` above ``max_pixels``, checked from
    the header before any pixel is decoded. Pillow's other errors (not an image, unreadable,
    truncated) pass through; the caller closes the picture (``with open_picture(path) as p:``)."""
    from PIL import Image as PILImage  # here, so importing this module stays stdlib-only

    with warnings.catch_warnings():
        warnings.simplefilter("ignore", PILImage.DecompressionBombWarning)
        try:
            picture = PILImage.open(source)
            try:
                check_pixels(*picture.size, max_pixels)
                if decode:
                    picture.load()
            except BaseException:
                picture.close()
                raise
        except PILImage.DecompressionBombError as exc:  # over Pillow's limit, far over ours
            raise TooManyPixels(f"over the pixel limit of {max_pixels:,} (a decompression bomb guard): {exc}") from exc
    return picture


def write_atomically(path: str | os.PathLike[str], write: Callable[[Path], object]) -> Path:
    """Replace ``path`` with what ``write(temp_path)`` writes, all or nothing.

    ``write`` gets a temporary file in the same folder (so the final rename cannot cross file
    systems); it is flushed to disk (fsync) and renamed over ``path`` only once ``write``
    returned, so a crash at any point leaves the old file or the new one, never half of one.
    The file gets the mode a plain ``open`` would give it (0666 less the umask), not the
    temporary file's 0600. On failure the temporary file is removed and the error raised.
    """
    path = Path(path)
    handle, temp_name = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    os.close(handle)
    temp = Path(temp_name)
    try:
        write(temp)
        with open(temp, "rb+") as written:
            os.fsync(written.fileno())
        os.chmod(temp, 0o666 & ~_umask())
        os.replace(temp, path)
    except BaseException:
        temp.unlink(missing_ok=True)
        raise
    return path


def write_bytes_atomically(path: str | os.PathLike[str], data: bytes) -> Path:
    """``write_atomically`` for bytes already in memory."""
    return write_atomically(path, lambda temp: temp.write_bytes(data))


def write_text_atomically(path: str | os.PathLike[str], text: str) -> Path:
    """``write_atomically`` for UTF-8 text already in memory."""
    return write_atomically(path, lambda temp: temp.write_text(text, encoding="utf-8"))


_UMASK_LOCK = threading.Lock()


def _umask() -> int:
    # The only portable way to read the umask is to set it and put it back.
    with _UMASK_LOCK:
        mask = os.umask(0o022)
        os.umask(mask)
    return mask


def resolve_under(root: str | Path, relpath: str | Path) -> Path:
    """Resolve ``root / relpath`` (following symlinks) and refuse it unless it stays under
    ``root``: absolute paths, NUL bytes and ``..`` that lead outside raise :class:`PathOutsideRoot`."""
    root_resolved = Path(root).expanduser().resolve()
    text = str(relpath)
    if not text or "\x00" in text:
        raise PathOutsideRoot(f"{text!r} is not a usable relative path")
    candidate = (root_resolved / text).resolve()
    if Path(text).is_absolute() or not candidate.is_relative_to(root_resolved):
        raise PathOutsideRoot(f"{text!r} escapes its root {str(root_resolved)!r}: it points outside the image "
                              "folder; refused")
    return candidate


def relpath_under(root: str | Path, path: str | Path) -> str:
    """The POSIX relative path of ``path`` under ``root`` (both resolved), or :class:`PathOutsideRoot`."""
    root_resolved = Path(root).expanduser().resolve()
    resolved = Path(path).expanduser().resolve()
    if not resolved.is_relative_to(root_resolved):
        raise PathOutsideRoot(f"{str(path)!r} is outside the image root {str(root_resolved)!r}; refused")
    return str(PurePosixPath(*resolved.relative_to(root_resolved).parts))
