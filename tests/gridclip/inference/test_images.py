"""gridclip.inference.images: every picture people drop becomes upright 8-bit RGB, or a clear error."""

from __future__ import annotations

import io

import numpy as np
import pytest
import torch
from PIL import Image

from gridclip.inference import images
from gridclip.inference.images import ImageLoadError, fitted_size, letterbox, load_rgb, padded_size, stack_padded


def _save(tmp_path, image: Image.Image, name: str, **kwargs) -> str:
    path = tmp_path / name
    image.save(path, **kwargs)
    return str(path)


def test_grayscale_becomes_rgb_with_equal_channels(tmp_path):
    gray = Image.fromarray(np.arange(48, dtype=np.uint8).reshape(6, 8), "L")
    rgb = np.asarray(load_rgb(_save(tmp_path, gray, "g.png")))
    assert rgb.shape == (6, 8, 3)
    assert (rgb[..., 0] == np.arange(48).reshape(6, 8)).all() and (rgb[..., 0] == rgb[..., 2]).all()


def test_rgba_transparency_is_flattened_onto_white(tmp_path):
    rgba = np.zeros((4, 4, 4), dtype=np.uint8)
    rgba[:2] = (255, 0, 0, 255)  # opaque red top half, fully transparent bottom
    out = np.asarray(load_rgb(_save(tmp_path, Image.fromarray(rgba, "RGBA"), "a.png")))
    assert out[0, 0].tolist() == [255, 0, 0]
    assert out[3, 3].tolist() == [255, 255, 255]


def test_la_and_palette_images_convert(tmp_path):
    la = Image.new("LA", (3, 2), (100, 255))
    assert np.asarray(load_rgb(la))[0, 0].tolist() == [100, 100, 100]
    palette = Image.new("P", (5, 5))
    palette.putpalette([0, 0, 0, 10, 20, 30] + [0] * 762)
    palette.putpixel((1, 1), 1)
    out = np.asarray(load_rgb(_save(tmp_path, palette, "p.png")))
    assert out[1, 1].tolist() == [10, 20, 30]


def test_sixteen_bit_png_is_scaled_to_eight_bits(tmp_path):
    values = np.array([[0, 1000], [2000, 4000]], dtype=np.uint16)
    path = _save(tmp_path, Image.fromarray(values), "16.png")
    assert Image.open(path).mode.startswith("I")
    out = np.asarray(load_rgb(path))
    # stretched by the real peak (12-bit data must not come out black)
    assert out[..., 0].tolist() == [[0, 64], [128, 255]]


def test_float_and_sixteen_bit_arrays():
    as_float = np.asarray(load_rgb(np.array([[0.0, 0.5], [1.0, 0.25]], dtype=np.float32)))
    assert as_float[..., 1].tolist() == [[0, 128], [255, 64]]
    as_u16 = np.asarray(load_rgb(np.full((2, 2, 3), 65535, dtype=np.uint16)))
    assert (as_u16 == 255).all()


def test_cmyk_jpeg_converts(tmp_path):
    cmyk = Image.new("CMYK", (8, 8), (0, 255, 255, 0))  # red in CMYK
    out = np.asarray(load_rgb(_save(tmp_path, cmyk, "c.jpg", quality=95)))
    assert out.shape == (8, 8, 3)
    assert out[4, 4, 0] > 200 and out[4, 4, 1] < 60


def test_exif_orientation_is_applied(tmp_path):
    pixels = np.zeros((20, 40, 3), dtype=np.uint8)
    pixels[:, :20] = 255  # white left half
    image = Image.fromarray(pixels)
    exif = image.getexif()
    exif[0x0112] = 6  # rotate 90 degrees clockwise to display
    path = _save(tmp_path, image, "r.jpg", exif=exif, quality=95)
    upright = load_rgb(path)
    assert upright.size == (20, 40)
    top, bottom = np.asarray(upright)[2, 10].mean(), np.asarray(upright)[37, 10].mean()
    assert top > 200 and bottom < 50  # the white left half is now on top


def test_decompression_bomb_is_refused(tmp_path, monkeypatch):
    path = _save(tmp_path, Image.new("RGB", (100, 100)), "big.png")
    monkeypatch.setattr(images, "MAX_IMAGE_PIXELS", 50 * 50)
    with pytest.raises(ImageLoadError, match="pixel limit"):
        load_rgb(path)


def test_corrupt_missing_and_bad_inputs_raise_clear_errors(tmp_path):
    broken = tmp_path / "broken.jpg"
    broken.write_bytes(b"\xff\xd8\xff not really a jpeg")
    with pytest.raises(ImageLoadError, match="cannot open image"):
        load_rgb(broken)
    with pytest.raises(ImageLoadError, match="file not found"):
        load_rgb(tmp_path / "nope.png")
    with pytest.raises(ImageLoadError, match="shape"):
        load_rgb(np.zeros((2, 2, 5), dtype=np.uint8))
    with pytest.raises(ImageLoadError, match="empty"):
        load_rgb(np.zeros((0, 3), dtype=np.uint8))
    with pytest.raises(ImageLoadError, match="expected a path"):
        load_rgb(12345)  # type: ignore[arg-type]


def test_truncated_file_is_an_error_not_a_crash(tmp_path):
    buffer = io.BytesIO()
    Image.new("RGB", (64, 64), (1, 2, 3)).save(buffer, format="PNG")
    path = tmp_path / "cut.png"
    path.write_bytes(buffer.getvalue()[:60])
    with pytest.raises(ImageLoadError):
        load_rgb(path)


@pytest.mark.parametrize(
    "size, expected",
    [((1, 1), (256, 256)), ((8000, 300), (256, 10)), ((300, 8000), (10, 256)), ((400, 100), (256, 64))],
)
def test_letterbox_keeps_aspect_and_long_side(size, expected):
    fitted = letterbox(Image.new("RGB", size, (255, 255, 255)), image_size=256)
    assert (fitted.tensor.shape[2], fitted.tensor.shape[1]) == expected
    assert fitted.scale == pytest.approx(256 / max(size))
    assert fitted.original_size == size
    padded = letterbox(Image.new("RGB", size, (255, 255, 255)), image_size=256, stride=128)
    assert padded.tensor.shape[1] % 128 == 0 and padded.tensor.shape[2] % 128 == 0
    # the picture sits top-left; the padding is zero
    assert padded.tensor[:, : expected[1], : expected[0]].min() == 1.0
    assert padded.tensor.sum() == pytest.approx(3 * expected[0] * expected[1])


def test_size_helpers_and_batch_padding():
    assert fitted_size(200, 100, 100) == (100, 50, 0.5)
    assert padded_size(129, 1, 128) == (256, 128)
    batch = stack_padded([torch.ones(3, 10, 20), torch.full((3, 130, 5), 2.0)], 128, fill=torch.tensor([7.0, 8.0, 9.0]))
    assert batch.shape == (2, 3, 256, 128)
    assert batch[0, :, :10, :20].eq(1).all() and batch[1, :, :130, :5].eq(2).all()
    assert batch[0, 1, 200, 100] == 8.0
