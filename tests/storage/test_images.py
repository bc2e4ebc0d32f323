"""Image inspection: odd modes, EXIF rotation, broken files and decompression bombs."""

from __future__ import annotations

import hashlib
import struct
import zlib
from pathlib import Path

import pytest
from PIL import Image as PILImage

from storage import ImageRejected, PathOutsideRoot, Store, resolve_under
from storage.images import inspect_image
from tests.locking import lock, unlock


def _save(img: PILImage.Image, path: Path, **kwargs) -> Path:
    img.save(path, **kwargs)
    return path


@pytest.mark.parametrize(
    ("mode", "suffix"),
    [("RGBA", ".png"), ("P", ".png"), ("I;16", ".png"), ("CMYK", ".jpg"), ("CMYK", ".tif"), ("L", ".bmp"), ("RGB", ".webp"), ("1", ".gif")],
)
def test_modes_and_formats_are_measured(tmp_path: Path, mode: str, suffix: str) -> None:
    path = _save(PILImage.new(mode, (37, 21)), tmp_path / f"img{suffix}")
    info = inspect_image(path)
    assert (info.width, info.height) == (37, 21)
    assert info.sha256 == hashlib.sha256(path.read_bytes()).hexdigest()


@pytest.mark.parametrize(("orientation", "size"), [(1, (40, 20)), (3, (40, 20)), (6, (20, 40)), (8, (20, 40))])
def test_exif_rotation_is_applied_to_the_recorded_size(tmp_path: Path, orientation: int, size: tuple[int, int]) -> None:
    exif = PILImage.Exif()
    exif[0x0112] = orientation
    path = _save(PILImage.new("RGB", (40, 20)), tmp_path / "rotated.jpg", exif=exif)
    info = inspect_image(path)
    assert (info.width, info.height) == size
    with PILImage.open(path) as img:  # the same frame Pillow's own transpose gives
        from PIL import ImageOps

        assert ImageOps.exif_transpose(img).size == size


def test_truncated_image_is_refused(tmp_path: Path) -> None:
    full = _save(PILImage.effect_noise((128, 128), 64).convert("RGB"), tmp_path / "full.jpg", quality=95)
    truncated = tmp_path / "truncated.jpg"
    truncated.write_bytes(full.read_bytes()[: full.stat().st_size // 2])
    with pytest.raises(ImageRejected, match="truncated.jpg"):
        inspect_image(truncated)


def test_corrupt_png_is_refused(tmp_path: Path) -> None:
    good = _save(PILImage.effect_noise((64, 64), 64), tmp_path / "good.png")
    data = bytearray(good.read_bytes())
    data[len(data) // 2] ^= 0xFF  # flip a byte inside the compressed pixel data
    bad = tmp_path / "corrupt.png"
    bad.write_bytes(bytes(data))
    with pytest.raises(ImageRejected, match="corrupt.png"):
        inspect_image(bad)


@pytest.mark.parametrize("content", [b"", b"hello, I am text", bytes(range(256)) * 10])
def test_non_images_are_refused(tmp_path: Path, content: bytes) -> None:
    path = tmp_path / "fake.jpg"
    path.write_bytes(content)
    with pytest.raises(ImageRejected, match="not an image"):
        inspect_image(path)


def test_missing_file_is_refused(tmp_path: Path) -> None:
    with pytest.raises(ImageRejected, match="no such file"):
        inspect_image(tmp_path / "nope.png")


def _png_with_header_size(path: Path, width: int, height: int) -> Path:
    """A tiny PNG file whose header claims a huge size (a decompression bomb's calling card)."""
    _save(PILImage.new("L", (8, 8)), path)
    data = bytearray(path.read_bytes())
    ihdr_start = 8 + 8  # signature, then the IHDR chunk's length and type
    data[ihdr_start : ihdr_start + 8] = struct.pack(">II", width, height)
    crc = zlib.crc32(bytes(data[12 : ihdr_start + 13])) & 0xFFFFFFFF
    data[ihdr_start + 13 : ihdr_start + 17] = struct.pack(">I", crc)
    path.write_bytes(bytes(data))
    return path


@pytest.mark.parametrize(("width", "height"), [(13_000, 13_000), (50_000, 50_000)])
def test_decompression_bomb_is_refused_without_decoding(tmp_path: Path, width: int, height: int) -> None:
    bomb = _png_with_header_size(tmp_path / "bomb.png", width, height)
    assert bomb.stat().st_size < 1000
    with pytest.raises(ImageRejected, match="decompression bomb"):
        inspect_image(bomb)


def test_pixel_limit_is_our_own(tmp_path: Path) -> None:
    path = _save(PILImage.new("RGB", (20, 20)), tmp_path / "small.png")
    with pytest.raises(ImageRejected, match="exceeds the pixel limit"):
        inspect_image(path, max_pixels=399)
    assert inspect_image(path, max_pixels=400).width == 20


def test_store_reports_bad_files_and_keeps_the_good_ones(tmp_path: Path) -> None:
    folder = tmp_path / "imgs"
    folder.mkdir()
    _save(PILImage.new("RGBA", (10, 12)), folder / "ok.png")
    _png_with_header_size(folder / "bomb.png", 50_000, 50_000)
    (folder / "text.jpg").write_text("nope")
    with Store.open(tmp_path / "db.sqlite") as store:
        report = store.add_images(folder)
        assert len(report.added) == 1
        assert {Path(p).name for p, _ in report.errors} == {"bomb.png", "text.jpg"}
        assert [(i.relpath, i.width, i.height) for i in store.list_images()] == [("ok.png", 10, 12)]


@pytest.mark.parametrize("relpath", ["../x.png", "/etc/passwd", "a/../../x.png", "a/b/../../../x.png", ""])
def test_paths_from_outside_cannot_escape_their_root(tmp_path: Path, relpath: str) -> None:
    root = tmp_path / "root"
    (root / "a").mkdir(parents=True)
    with pytest.raises(PathOutsideRoot):
        resolve_under(root, relpath)


def test_symlink_out_of_the_root_is_refused(tmp_path: Path) -> None:
    root = tmp_path / "root"
    root.mkdir()
    (tmp_path / "secret.png").write_bytes(b"x")
    (root / "link.png").symlink_to(tmp_path / "secret.png")
    with pytest.raises(PathOutsideRoot, match="link.png"):
        resolve_under(root, "link.png")
    assert resolve_under(root, "a/../ok.png") == (root / "ok.png").resolve()


# -- what cannot be read: said as such, never as a broken picture nor in silence --------------------


@pytest.fixture()
def unlock_after(tmp_path: Path):
    yield
    unlock(tmp_path)


def test_a_file_this_user_may_not_read_is_permission_denied(tmp_path: Path, monkeypatch, unlock_after) -> None:
    path = _save(PILImage.new("RGB", (8, 8)), tmp_path / "locked.png")
    lock(path, monkeypatch)
    with pytest.raises(ImageRejected) as refused:
        inspect_image(path)
    assert str(refused.value) == f"{path}: permission denied (this user may not read the file)"
    assert "corrupt" not in str(refused.value)


def test_a_folder_that_cannot_be_read_is_reported_and_counted(tmp_path: Path, monkeypatch, unlock_after) -> None:
    root = tmp_path / "photos"
    (root / "locked").mkdir(parents=True)
    (root / "open").mkdir()
    _save(PILImage.new("RGB", (8, 8), (1, 2, 3)), root / "open" / "a.png")
    _save(PILImage.new("RGB", (8, 8), (4, 5, 6)), root / "locked" / "b.png")
    lock(root / "locked", monkeypatch)
    report = Store.open("sqlite://").add_images(root)
    assert len(report.added) == 1 and report.errors == []
    assert report.unreadable_folders == [
        (str(root / "locked"), f"{root / 'locked'}: folder cannot be read (permission denied); the pictures in it were skipped")]
