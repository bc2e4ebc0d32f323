"""Procedural silhouettes: object kinds drawn from polygons, painted in any colour.

A *kind* is a function of a random generator that returns the pieces of one silhouette in unit
coordinates (the kind fits the unit disc): polygons filled or cut out, in order. ``silhouette``
places a kind in a picture (centre, radius, rotation, aspect) as a mask; ``paint`` gives the
mask a colour, a finish and a darker outline. The second domains (``gridclip.world.domains``)
and the world's broad things (``gridclip.world.things``) both draw with these, each from its
own disjoint set of kinds.

>>> mask = silhouette(lambda rng: [(rect(-1, -1, 1, 1), True), (circle(0.5), False)], 64, 32, 32, 20, 0.0, 1.0,
...                   np.random.default_rng(0))
>>> arr = np.asarray(mask)
>>> bool(arr[32, 32] == 0 and arr[32, 15] == 255)
True
"""

from __future__ import annotations

import colorsys
import math
from collections.abc import Callable

import numpy as np
from PIL import Image, ImageDraw, ImageFilter

#: A piece of a silhouette in unit coordinates (the kind fits the unit disc): a polygon that
#: is filled (True) or cut out (False), applied in order.
Piece = tuple[list[tuple[float, float]], bool]
#: A kind: the pieces of one silhouette, drawn with the generator (shapes vary per object).
Kind = Callable[[np.random.Generator], list[Piece]]


def circle(r: float, cx: float = 0.0, cy: float = 0.0, points: int = 48) -> list[tuple[float, float]]:
    """A circle of radius ``r`` around (``cx``, ``cy``) as a polygon."""
    return [(cx + r * math.cos(2 * math.pi * k / points), cy + r * math.sin(2 * math.pi * k / points))
            for k in range(points)]


def rect(x0: float, y0: float, x1: float, y1: float) -> list[tuple[float, float]]:
    """The axis-aligned rectangle from (``x0``, ``y0``) to (``x1``, ``y1``)."""
    return [(x0, y0), (x1, y0), (x1, y1), (x0, y1)]


def regular(n: int, r: float, phase: float = 0.0) -> list[tuple[float, float]]:
    """The regular ``n``-gon of radius ``r``, first corner at angle ``phase``."""
    return [(r * math.cos(phase + 2 * math.pi * k / n), r * math.sin(phase + 2 * math.pi * k / n)) for k in range(n)]


def object_colour(rng: np.random.Generator) -> tuple[int, int, int]:
    """Any hue, any finish: grey metals half the time, saturated paints the other half."""
    if rng.uniform() < 0.4:
        v = rng.uniform(0.25, 0.9)
        r, g, b = (int(round(c * 255)) for c in colorsys.hsv_to_rgb(rng.uniform(0, 1), rng.uniform(0, 0.12), v))
    else:
        r, g, b = (int(round(c * 255))
                   for c in colorsys.hsv_to_rgb(rng.uniform(0, 1), rng.uniform(0.45, 1), rng.uniform(0.35, 1)))
    return r, g, b


def mask_box(mask: np.ndarray) -> tuple[float, float, float, float]:
    """The tight box (x0, y0, x1, y1) of a boolean mask's true pixels, in pixel edges.

    >>> mask_box(np.array([[False, False, False], [False, True, True]]))
    (1.0, 1.0, 3.0, 2.0)
    """
    ys, xs = np.nonzero(mask)
    return float(xs.min()), float(ys.min()), float(xs.max() + 1), float(ys.max() + 1)


def silhouette(kind: Kind, size: int, cx: float, cy: float, r: float, angle: float, aspect: float,
               rng: np.random.Generator) -> Image.Image:
    """The ``size`` × ``size`` mask of one ``kind`` centred at (``cx``, ``cy``), radius ``r``
    pixels, turned by ``angle`` and stretched by ``aspect`` (x) and its inverse (y)."""
    ca, sa = math.cos(angle), math.sin(angle)
    mask = Image.new("L", (size, size), 0)
    draw = ImageDraw.Draw(mask)
    for points, filled in kind(rng):
        placed = [(cx + r * (x * aspect * ca - y / aspect * sa), cy + r * (x * aspect * sa + y / aspect * ca))
                  for x, y in points]
        draw.polygon(placed, fill=255 if filled else 0)
    return mask


def paint(rgb: tuple[int, int, int], mask: Image.Image, size: int, rng: np.random.Generator) -> Image.Image:
    """The object's paint: flat, a light-to-dark sheen, or speckled, with a darker outline."""
    layer = np.empty((size, size, 3), np.float32)
    layer[:] = np.asarray(rgb, np.float32)
    style = int(rng.integers(0, 3))
    if style == 1:
        angle = rng.uniform(0, 2 * math.pi)
        yy, xx = np.mgrid[0:size, 0:size].astype(np.float32) / size
        t = np.sin(2 * math.pi * (xx * math.cos(angle) + yy * math.sin(angle)) * rng.uniform(1, 3))
        layer *= (1 + 0.25 * t)[..., None]
    elif style == 2:
        layer += rng.normal(0, 18, size=(size, size, 1))
    image = Image.fromarray(layer.clip(0, 255).astype(np.uint8))
    edge = mask.filter(ImageFilter.FIND_EDGES)
    outline = tuple(int(c * 0.55) for c in rgb)
    image.paste(Image.new("RGB", (size, size), outline), (0, 0), edge)
    return image


def procedural_kind(index: int) -> Kind:
    """Kind number ``index`` of an unbounded family: a star-shaped outline with 3–12 corners
    (sharp, or smoothed into lobes), sometimes a hole, sometimes an arm. The template is fixed by
    ``index``; each drawn object varies its corners by a few per cent. Hundreds of these teach a
    crop tower what tells kinds apart, not what the few named kinds look like.

    >>> a, b = procedural_kind(3), procedural_kind(3)
    >>> a(np.random.default_rng(0)) == b(np.random.default_rng(0))
    True
    """
    template = np.random.default_rng([0x5EED, index])
    corners = int(template.integers(3, 13))
    radii = template.uniform(0.35, 1.0, corners)
    angles = np.sort((np.arange(corners) + template.uniform(-0.3, 0.3, corners)) * 2 * math.pi / corners)
    smooth = bool(template.uniform() < 0.4)
    hole = (float(template.uniform(0.12, 0.3)), *template.uniform(-0.2, 0.2, 2)) if template.uniform() < 0.3 else None
    arm = (float(template.uniform(0, 2 * math.pi)), float(template.uniform(0.1, 0.25))) if template.uniform() < 0.3 else None

    def kind(rng: np.random.Generator) -> list[Piece]:
        r = radii * (1 + rng.normal(0, 0.04, corners))
        if smooth:  # lobes: the corners' radii as a periodic curve through 72 points
            t = np.linspace(0, 2 * math.pi, 72, endpoint=False)
            closed = np.concatenate([angles - 2 * math.pi, angles, angles + 2 * math.pi])
            curve = np.interp(t, closed, np.tile(r, 3))
            outline = list(zip((curve * np.cos(t)).tolist(), (curve * np.sin(t)).tolist()))
        else:
            outline = list(zip((r * np.cos(angles)).tolist(), (r * np.sin(angles)).tolist()))
        scale = 1.0 / max(math.hypot(x, y) for x, y in outline)
        pieces: list[Piece] = [([(x * scale, y * scale) for x, y in outline], True)]
        if arm is not None:
            direction, width = arm
            ca, sa = math.cos(direction), math.sin(direction)
            pieces.append(([(-width * sa, width * ca), (ca - width * sa, sa + width * ca),
                            (ca + width * sa, sa - width * ca), (width * sa, -width * ca)], True))
        if hole is not None:
            pieces.append((circle(hole[0], hole[1], hole[2], points=24), False))
        return pieces

    return kind
