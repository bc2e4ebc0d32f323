"""Safe inspection of image files with Pillow: content hash and size after EXIF transpose.

Nothing here decodes more than it must: the header gives the size, ``verify()`` checks the
file's integrity, and a decompression bomb is refused before any pixel is allocated.

>>> import io, tempfile, pathlib
>>> from PIL import Image as PILImage
>>> path = pathlib.Path(tempfile.mkdtemp()) / "a.png"
>>> PILImage.new("RGB", (4, 3)).save(path)
>>> info = inspect_image(path)
>>> (info.width, info.height, len(info.sha256))
(4, 3, 64)
"""

from __future__ import annotations

import hashlib
import os
from collections.abc import Collection
from dataclasses import dataclass
from pathlib import Path

from PIL import UnidentifiedImageError

from gridclip.files import MAX_IMAGE_PIXELS, TooManyPixels, open_picture
from storage.errors import ImageRejected

# EXIF orientations 5-8 rotate by 90° or 270°, which swaps width and height.
_SWAPPING_ORIENTATIONS = {5, 6, 7, 8}
_EXIF_ORIENTATION_TAG = 0x0112


@dataclass(frozen=True)
class ImageInfo:
    """What the store records about an image file."""

    sha256: str
    width: int
    height: int
    format: str


def image_files(folder: Path, extensions: Collection[str], recursive: bool = True) -> tuple[list[Path], list[tuple[str, str]]]:
    """The files under ``folder`` whose extension is in ``extensions`` (lower case, with the
    dot), hidden files and folders left out, in path order; and ``(folder, message)`` for every
    folder that could not be listed, whose pictures were not seen (``Path.rglob`` skips those
    without a word). Symbolic links to folders are not followed.

    >>> import tempfile
    >>> top = Path(tempfile.mkdtemp())
    >>> for name in ("b/1.png", "a.PNG", ".hidden/2.png", "notes.txt"):
    ...     (top / name).parent.mkdir(parents=True, exist_ok=True); _ = (top / name).write_bytes(b"")
    >>> found, unreadable = image_files(top, {".png"})
    >>> [str(f.relative_to(top)) for f in found], unreadable
    (['a.PNG', 'b/1.png'], [])
    """
    files: list[Path] = []
    unreadable: list[tuple[str, str]] = []

    def cannot_list(exc: OSError) -> None:
        where = str(exc.filename or folder)
        reason = "permission denied" if isinstance(exc, PermissionError) else (exc.strerror or str(exc))
        unreadable.append((where, f"{where}: folder cannot be read ({reason}); the pictures in it were skipped"))

    for parent, folders, names in os.walk(folder, onerror=cannot_list):
        folders[:] = [name for name in folders if not name.startswith(".")]
        for name in names:
            path = Path(parent) / name
            if not name.startswith(".") and path.suffix.lower() in extensions and path.is_file():
                files.append(path)
        if not recursive:
            break
    return sorted(files), unreadable


def sha256_of_file(path: Path, chunk_size: int = 1 << 20) -> str:
    """The hex sha256 of a file's bytes, read in chunks."""
    digest = hashlib.sha256()
    with open(path, "rb") as handle:
        for chunk in iter(lambda: handle.read(chunk_size), b""):
            digest.update(chunk)
    return digest.hexdigest()


def inspect_image(path: str | Path, max_pixels: int = MAX_IMAGE_PIXELS) -> ImageInfo:
    """Hash and measure an image; raise :class:`ImageRejected` with a clear message if it is not
    a readable image (missing, unreadable, not an image, corrupt, truncated, or too many pixels).

    Width and height are after EXIF transpose, the frame every box in the store lives in.
    """
    path = Path(path)
    if not path.is_file():
        raise ImageRejected(f"{path}: no such file")
    try:
        with open_picture(path, max_pixels) as img:
            width, height = img.size
            image_format = img.format or "unknown"
            orientation = img.getexif().get(_EXIF_ORIENTATION_TAG, 1)
        if width <= 0 or height <= 0:
            raise ImageRejected(f"{path}: image has no pixels ({width}×{height})")
        # verify() needs a freshly opened file and leaves the image unusable afterwards.
        with open_picture(path, max_pixels) as img:
            img.verify()
        # verify() does not decode every codec fully (truncated JPEG/PNG data can pass), so
        # decode once; the pixel limit keeps this bounded.
        open_picture(path, max_pixels, decode=True).close()
    except ImageRejected:
        raise
    except TooManyPixels as exc:
        raise ImageRejected(f"{path}: {exc}; refused") from exc
    except UnidentifiedImageError as exc:
        raise ImageRejected(f"{path}: not an image Pillow can read") from exc
    except PermissionError as exc:
        raise ImageRejected(f"{path}: permission denied (this user may not read the file)") from exc
    except (OSError, SyntaxError, ValueError, EOFError) as exc:
        if isinstance(exc, OSError) and exc.errno is not None:  # the system refused the read, not the codec
            raise ImageRejected(f"{path}: cannot be read ({exc.strerror or exc})") from exc
        raise ImageRejected(f"{path}: corrupt or truncated image ({exc})") from exc
    if orientation in _SWAPPING_ORIENTATIONS:
        width, height = height, width
    return ImageInfo(sha256=sha256_of_file(path), width=width, height=height, format=image_format)

