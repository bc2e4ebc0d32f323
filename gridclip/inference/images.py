"""Pictures in, model tensors out: loading any image as RGB and fitting it to the network.

``load_rgb`` turns whatever people drop on us (a path, a PIL image, a numpy array; EXIF
rotated, palette, RGBA, 16-bit, float, CMYK, grayscale) into an upright 8-bit RGB
``PIL.Image``. ``letterbox`` scales it so its long side equals the model's image size,
keeping the aspect ratio, and pads right/bottom to a multiple of the largest FPN stride, so
a box found in the tensor maps back to original pixels by one division.

>>> import numpy as np
>>> img = load_rgb(np.zeros((300, 8000), dtype=np.uint16))
>>> img.mode, img.size
('RGB', (8000, 300))
>>> fitted = letterbox(img, image_size=512, stride=128)
>>> tuple(fitted.tensor.shape), round(fitted.scale, 4)
((3, 128, 512), 0.064)
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Union

import numpy as np
import torch
from PIL import Image, ImageOps, UnidentifiedImageError

from gridclip.files import MAX_IMAGE_PIXELS, TooManyPixels, check_pixels, open_picture

ImageInput = Union[Image.Image, np.ndarray, str, Path]
#: The per-channel pixel mean and spread CLIP's image towers were trained on (open_clip's
#: ``OPENAI_DATASET_MEAN`` / ``_STD``), for the code that normalises pictures itself.
CLIP_MEAN = (0.48145466, 0.4578275, 0.40821073)
CLIP_STD = (0.26862954, 0.26130258, 0.27577711)


class ImageLoadError(ValueError):
    """An input that cannot be turned into an RGB picture (missing, corrupt, too large, bad shape)."""


def _array_to_image(array: np.ndarray) -> Image.Image:
    if array.ndim == 3 and array.shape[2] == 1:
        array = array[:, :, 0]
    if array.ndim not in (2, 3) or (array.ndim == 3 and array.shape[2] not in (3, 4)):
        raise ImageLoadError(f"expected an HxW, HxWx3 or HxWx4 array, got shape {array.shape}")
    if array.size == 0:
        raise ImageLoadError(f"the image array is empty (shape {array.shape})")
    if array.dtype != np.uint8:
        array = _to_uint8(array)
    return Image.fromarray(np.ascontiguousarray(array))


def _to_uint8(array: np.ndarray) -> np.ndarray:
    """Rescale 16-bit, float or bool pixels to 0..255 (floats in [0, 1] are taken as such)."""
    values = np.nan_to_num(array.astype(np.float64))
    if array.dtype == np.bool_:
        values = values * 255.0
    elif np.issubdtype(array.dtype, np.floating):
        peak = values.max() if values.size else 1.0
        values = values * 255.0 if peak <= 1.0 else values * (255.0 / peak)
    elif np.issubdtype(array.dtype, np.integer) and array.dtype.itemsize > 1:
        info = np.iinfo(array.dtype)
        # 16-bit scans often use only 12 bits: stretch by the real peak, not the type's.
        peak = max(float(values.max()), 255.0) if values.size else float(info.max)
        values = values * (255.0 / peak)
    return np.clip(np.rint(values), 0, 255).astype(np.uint8)


def _pil_to_rgb(image: Image.Image) -> Image.Image:
    if image.mode == "RGB":
        return image
    if image.mode in ("I;16", "I;16B", "I;16L", "I;16N", "I", "F"):
        return _array_to_image(np.asarray(image)).convert("RGB")
    if image.mode in ("RGBA", "LA", "PA") or (image.mode == "P" and "transparency" in image.info):
        # Transparent pixels become white, as a viewer would show them, not black.
        rgba = image.convert("RGBA")
        background = Image.new("RGBA", rgba.size, (255, 255, 255, 255))
        return Image.alpha_composite(background, rgba).convert("RGB")
    return image.convert("RGB")


def load_rgb(source: ImageInput) -> Image.Image:
    """Open ``source`` as an upright 8-bit RGB ``PIL.Image``.

    Applies the EXIF orientation, flattens transparency onto white, converts palette,
    grayscale, 16-bit, float and CMYK pictures, and refuses decompression bombs.

    >>> load_rgb(Image.new("LA", (3, 2))).mode
    'RGB'
    >>> load_rgb("/no/such/file.png")
    Traceback (most recent call last):
    ...
    gridclip.inference.images.ImageLoadError: cannot open image /no/such/file.png: file not found
    """
    if isinstance(source, np.ndarray):
        return _pil_to_rgb(_array_to_image(source))
    if isinstance(source, Image.Image):
        image = source
    elif isinstance(source, (str, Path)):
        path = Path(source)
        if not path.is_file():
            raise ImageLoadError(f"cannot open image {path}: file not found")
        try:
            image = open_picture(path, MAX_IMAGE_PIXELS, decode=True)
        except TooManyPixels as exc:
            raise ImageLoadError(f"refusing {path}: {exc}") from exc
        except (UnidentifiedImageError, OSError, SyntaxError, ValueError) as exc:
            raise ImageLoadError(f"cannot open image {path}: {exc}") from exc
    else:
        raise ImageLoadError(f"expected a path, PIL image or numpy array, got {type(source).__name__}")
    _check_size(image.size, getattr(image, "filename", "") or "image")
    if image.size[0] == 0 or image.size[1] == 0:
        raise ImageLoadError(f"the image is empty ({image.size[0]}x{image.size[1]})")
    try:
        image = ImageOps.exif_transpose(image)
    except Exception:  # a corrupt EXIF block must not cost the picture itself
        pass
    return _pil_to_rgb(image)


def _check_size(size: tuple[int, int], where: object) -> None:
    try:
        check_pixels(*size, MAX_IMAGE_PIXELS)
    except TooManyPixels as exc:
        raise ImageLoadError(f"refusing {where}: {exc}") from None


@dataclass(frozen=True)
class FittedImage:
    """An image fitted to the network: ``tensor`` is CHW float in [0, 1], padded.

    A point ``p`` of the tensor is the point ``p / scale`` of the original picture.
    """

    tensor: torch.Tensor
    scale: float
    original_size: tuple[int, int]  # (width, height) after EXIF transpose


def fitted_size(width: int, height: int, image_size: int) -> tuple[int, int, float]:
    """The (width, height, scale) that brings the long side to ``image_size``, keeping aspect.

    >>> fitted_size(8000, 300, 512)
    (512, 19, 0.064)
    >>> fitted_size(1, 1, 256)
    (256, 256, 256.0)
    """
    scale = image_size / max(width, height)
    return max(1, round(width * scale)), max(1, round(height * scale)), scale


def padded_size(width: int, height: int, stride: int) -> tuple[int, int]:
    """Round both sides up to a multiple of ``stride``.

    >>> padded_size(512, 19, 128)
    (512, 128)
    """
    return max(stride, math.ceil(width / stride) * stride), max(stride, math.ceil(height / stride) * stride)


def letterbox(image: Image.Image, image_size: int, stride: int | None = None) -> FittedImage:
    """Resize ``image`` so its long side is ``image_size``; zero-pad right/bottom to ``stride`` if given.

    The detector passes no stride: it normalises first and pads the whole batch afterwards
    (``stack_padded``), so padding is the mean colour rather than black.
    """
    width, height = image.size
    new_w, new_h, scale = fitted_size(width, height, image_size)
    resized = image.resize((new_w, new_h), Image.Resampling.BILINEAR) if (new_w, new_h) != (width, height) else image
    pixels = torch.from_numpy(np.asarray(resized, dtype=np.uint8).copy()).permute(2, 0, 1)
    if stride is None:
        return FittedImage(pixels.float() / 255.0, scale, (width, height))
    pad_w, pad_h = padded_size(new_w, new_h, stride)
    canvas = torch.zeros((3, pad_h, pad_w), dtype=torch.float32)
    canvas[:, :new_h, :new_w] = pixels.float() / 255.0
    return FittedImage(canvas, scale, (width, height))


def stack_padded(tensors: Sequence[torch.Tensor], stride: int, fill: torch.Tensor | float = 0.0) -> torch.Tensor:
    """Stack CHW tensors of different sizes into one BCHW batch padded right/bottom to ``stride``.

    ``fill`` is the per-channel value of the padding (e.g. the normalised mean, a zero after
    normalisation).

    >>> stack_padded([torch.ones(3, 128, 256), torch.ones(3, 256, 128)], 128).shape
    torch.Size([2, 3, 256, 256])
    """
    height = max(t.shape[1] for t in tensors)
    width = max(t.shape[2] for t in tensors)
    width, height = padded_size(width, height, stride)
    batch = torch.empty((len(tensors), tensors[0].shape[0], height, width), dtype=tensors[0].dtype)
    if isinstance(fill, torch.Tensor):
        batch[:] = fill.view(1, -1, 1, 1)
    else:
        batch.fill_(fill)
    for i, t in enumerate(tensors):
        batch[i, :, : t.shape[1], : t.shape[2]] = t
    return batch


def square_crop(image: Image.Image, xyxy: Sequence[float], margin: float = 0.15) -> Image.Image:
    """The square around box ``xyxy``, its long side plus ``margin`` of it on each side.

    >>> square_crop(Image.new("RGB", (64, 64)), (10, 10, 30, 20), margin=0.5).size
    (40, 40)
    """
    x0, y0, x1, y1 = xyxy
    side = max(x1 - x0, y1 - y0) * (1 + 2 * margin)
    cx, cy = (x0 + x1) / 2, (y0 + y1) / 2
    return image.crop((int(cx - side / 2), int(cy - side / 2), int(cx + side / 2), int(cy + side / 2)))
