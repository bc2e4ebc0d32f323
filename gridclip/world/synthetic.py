"""The synthetic open-vocabulary world: coloured shapes in cluttered scenes, with captions.

No machine here can download CLIP weights or a real data set, so the demo model and the
quality report live in a procedural world that mirrors the real pipeline: a small CLIP learns
from image–caption pairs that mention every object, GridCLIP learns boxes of the *base* classes
only, and the *novel* classes (never boxed in training) test whether CLIP's language side
carries over.

Classes are colour × shape (8 × 6 = 48), named in plain words, some with synonyms
("purple star | violet star"). The base/novel split is fixed by the world, not by the seed,
and every novel class is composable from base attributes: "purple triangle" is novel while
"purple square" and "red triangle" are base.

Everything is deterministic: scene ``i`` of seed ``s`` is the same picture whatever ``n`` is.

>>> scene = draw_scene(seed=0, index=3)
>>> scene.image.size
(192, 192)
>>> all(0 <= o.class_id < len(WORLD_CLASSES) for o in scene.objects)
True
>>> draw_scene(seed=0, index=3).caption == scene.caption
True
>>> sorted({c.split for c in WORLD_CLASSES})
['base', 'novel']
"""

from __future__ import annotations

import colorsys
import json
import math
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Literal, Protocol

import numpy as np
from PIL import Image, ImageDraw, ImageFilter

from gridclip.inference.images import square_crop
from gridclip.vocabulary import Vocabulary, VocabularyClass
from gridclip.world.silhouettes import mask_box

Split = Literal["base", "novel"]

DEFAULT_IMAGE_SIZE = 192
MIN_OBJECTS, MAX_OBJECTS = 2, 6
MIN_OBJECT_SIZE, MAX_OBJECT_SIZE = 18, 60
MIN_VISIBLE_FRACTION = 0.6  # partial occlusion is allowed, but every boxed object stays recognisable
PATTERNS = ("plain", "striped", "dotted", "shaded")


class Attribute(VocabularyClass):
    """A colour or a shape word, with the synonyms captions may use for it (``texts``: all of them)."""


@dataclass(frozen=True)
class Colour(Attribute):
    rgb: tuple[int, int, int] = (0, 0, 0)


COLOURS: tuple[Colour, ...] = (
    Colour("red", ("scarlet",), (220, 30, 35)),
    Colour("green", (), (40, 170, 60)),
    Colour("blue", (), (35, 75, 220)),
    Colour("yellow", ("golden",), (240, 215, 30)),
    Colour("purple", ("violet",), (140, 50, 190)),
    Colour("orange", (), (245, 130, 20)),
    Colour("white", (), (245, 245, 245)),
    Colour("black", (), (15, 15, 15)),
)

SHAPES: tuple[Attribute, ...] = (
    Attribute("circle", ("disc",)),
    Attribute("square", ()),
    Attribute("triangle", ()),
    Attribute("star", ()),
    Attribute("cross", ("plus sign",)),
    Attribute("heart", ()),
)

# Colour i, shape j is novel on two shifted diagonals of the 8 × 6 grid, so each colour keeps
# four base shapes and each shape keeps at least five base colours. Two cells are dropped to
# bring the split to 34 base / 14 novel (~70/30).
_NOVEL_CELLS = frozenset(
    {(i, i % len(SHAPES)) for i in range(len(COLOURS))} | {(i, (i + 3) % len(SHAPES)) for i in range(len(COLOURS))}
) - {(6, 0), (7, 4)}


@dataclass(frozen=True)
class WorldClass:
    """One detectable class of the world: a colour and a shape."""

    id: int
    colour: int
    shape: int
    split: Split

    @property
    def name(self) -> str:
        return f"{COLOURS[self.colour].name} {SHAPES[self.shape].name}"

    @property
    def synonyms(self) -> tuple[str, ...]:
        """Every other way to say it: each colour word × each shape word, minus the name."""
        words = [f"{c} {s}" for c in COLOURS[self.colour].texts for s in SHAPES[self.shape].texts]
        return tuple(w for w in words if w != self.name)


WORLD_CLASSES: tuple[WorldClass, ...] = tuple(
    WorldClass(
        id=ci * len(SHAPES) + si,
        colour=ci,
        shape=si,
        split="novel" if (ci, si) in _NOVEL_CELLS else "base",
    )
    for ci in range(len(COLOURS))
    for si in range(len(SHAPES))
)

# Words the world never shows: distractor classes for the vocabulary-robustness test.
UNSEEN_COLOURS = (
    "pink", "brown", "grey", "cyan", "teal", "navy", "lime", "maroon",
    "beige", "silver", "olive", "magenta", "turquoise", "tan", "indigo", "crimson",
)
UNSEEN_SHAPES = ("hexagon", "oval", "diamond", "crescent", "arrow", "pentagon", "octagon", "ring")


def class_names(split: Split | None = None) -> list[str]:
    """Canonical class names, all or one split, in class-id order.

    >>> len(class_names()), len(class_names("base")), len(class_names("novel"))
    (48, 34, 14)
    """
    return [c.name for c in WORLD_CLASSES if split is None or c.split == split]


def world_vocabulary(split: Split | None = None, synonyms: bool = True) -> Vocabulary:
    """The world's classes as a Vocabulary (all classes, or one split).

    >>> world_vocabulary("novel").names[:2]
    ['red circle', 'red star']
    >>> world_vocabulary().classes[0].synonyms
    ('red disc', 'scarlet circle', 'scarlet disc')
    """
    chosen = [c for c in WORLD_CLASSES if split is None or c.split == split]
    return Vocabulary.from_names([(c.name, *c.synonyms) if synonyms else (c.name,) for c in chosen])


def distractor_names(count: int) -> list[str]:
    """``count`` class names built from words the world never shows, deterministic.

    >>> distractor_names(3)
    ['pink circle', 'pink square', 'pink triangle']
    >>> len(set(distractor_names(240)))
    240
    """
    shapes = [s.name for s in SHAPES] + list(UNSEEN_SHAPES)
    names = [f"{c} {s}" for c in UNSEEN_COLOURS for s in shapes]
    names += [f"{c.name} {s}" for c in COLOURS for s in UNSEEN_SHAPES]
    if count > len(names):
        raise ValueError(f"at most {len(names)} distractor classes exist, asked for {count}")
    return names[:count]


# --------------------------------------------------------------------------------------------
# Scenes


@dataclass(frozen=True)
class SceneObject:
    """One boxed object: its class, its visible box (x0, y0, x1, y1 in pixels) and its look."""

    class_id: int
    xyxy: tuple[float, float, float, float]
    pattern: str
    visible_fraction: float

    @property
    def name(self) -> str:
        return WORLD_CLASSES[self.class_id].name


@dataclass
class Scene:
    """A drawn picture with every object boxed and a caption naming all of them."""

    seed: int
    index: int
    image: Image.Image
    objects: list[SceneObject]
    caption: str
    clutter: int = 0
    extra: dict = field(default_factory=dict)

    @property
    def file_name(self) -> str:
        return f"scene_s{self.seed}_{self.index:06d}.png"


def _rng(seed: int, index: int, stream: int = 0) -> np.random.Generator:
    # One independent stream per (seed, scene, purpose): scene i never depends on n.
    return np.random.default_rng([seed, index, stream])


def _shape_polygon(shape: str, cx: float, cy: float, r: float, angle: float) -> list[tuple[float, float]]:
    def rotate(points: Sequence[tuple[float, float]]) -> list[tuple[float, float]]:
        ca, sa = math.cos(angle), math.sin(angle)
        return [(cx + x * ca - y * sa, cy + x * sa + y * ca) for x, y in points]

    if shape == "square":
        s = r * 0.82
        return rotate([(-s, -s), (s, -s), (s, s), (-s, s)])
    if shape == "triangle":
        return rotate([(r * math.cos(a), r * math.sin(a)) for a in (-math.pi / 2, math.pi / 6, 5 * math.pi / 6)])
    if shape == "star":
        pts = []
        for k in range(10):
            rr = r if k % 2 == 0 else r * 0.42
            a = -math.pi / 2 + k * math.pi / 5
            pts.append((rr * math.cos(a), rr * math.sin(a)))
        return rotate(pts)
    if shape == "cross":
        a, b = r, r * 0.33
        return rotate([(-b, -a), (b, -a), (b, -b), (a, -b), (a, b), (b, b), (b, a), (-b, a), (-b, b), (-a, b), (-a, -b), (-b, -b)])
    if shape == "heart":
        pts = []
        for k in range(40):
            t = 2 * math.pi * k / 40
            x = 16 * math.sin(t) ** 3
            y = -(13 * math.cos(t) - 5 * math.cos(2 * t) - 2 * math.cos(3 * t) - math.cos(4 * t))
            pts.append((x * r / 17, y * r / 17 + r * 0.05))
        return rotate(pts)
    raise ValueError(f"unknown shape {shape!r}")


def _shape_mask(shape: str, size: int, cx: float, cy: float, r: float, angle: float, aspect: float) -> Image.Image:
    mask = Image.new("L", (size, size), 0)
    draw = ImageDraw.Draw(mask)
    if shape == "circle":
        rx, ry = r * aspect, r / aspect
        draw.ellipse([cx - rx, cy - ry, cx + rx, cy + ry], fill=255)
    else:
        draw.polygon(_shape_polygon(shape, cx, cy, r, angle), fill=255)
    return mask


def _jitter_colour(rgb: tuple[int, int, int], rng: np.random.Generator) -> tuple[int, int, int]:
    """The same colour word under different light: small hue, saturation and value changes."""
    h, s, v = colorsys.rgb_to_hsv(*(c / 255 for c in rgb))
    h = (h + rng.uniform(-0.02, 0.02)) % 1.0
    s = float(np.clip(s * rng.uniform(0.85, 1.1), 0, 1))
    v = float(np.clip(v * rng.uniform(0.85, 1.1) if v > 0.2 else v + rng.uniform(0, 0.1), 0, 1))
    r, g, b = (int(round(c * 255)) for c in colorsys.hsv_to_rgb(h, s, v))
    return r, g, b


def _shade(rgb: tuple[int, int, int], factor: float) -> tuple[int, int, int]:
    # Dark colours get lighter, the rest darker, so the pattern stays visible on black.
    if sum(rgb) < 150:
        r, g, b = (int(min(255, c + 70 * factor)) for c in rgb)
    else:
        r, g, b = (int(c * (1 - 0.35 * factor)) for c in rgb)
    return r, g, b


def _fill(pattern: str, rgb: tuple[int, int, int], size: int, box: tuple[float, float, float, float], rng: np.random.Generator) -> Image.Image:
    layer = Image.new("RGB", (size, size), rgb)
    draw = ImageDraw.Draw(layer)
    x0, y0, x1, y1 = box
    alt = _shade(rgb, 1.0)
    if pattern == "striped":
        step = int(rng.integers(4, 8))
        angle = rng.uniform(0, math.pi)
        dx, dy = math.cos(angle), math.sin(angle)
        cx, cy, span = (x0 + x1) / 2, (y0 + y1) / 2, (x1 - x0) + (y1 - y0)
        for k in range(-int(span), int(span), step):
            px, py = cx + k * -dy, cy + k * dx
            draw.line([(px - span * dx, py - span * dy), (px + span * dx, py + span * dy)], fill=alt, width=max(1, step // 2))
    elif pattern == "dotted":
        step = int(rng.integers(5, 9))
        for yy in range(int(y0), int(y1) + 1, step):
            for xx in range(int(x0), int(x1) + 1, step):
                draw.ellipse([xx - 1.3, yy - 1.3, xx + 1.3, yy + 1.3], fill=alt)
    elif pattern == "shaded":
        arr = np.asarray(layer, dtype=np.float32)
        ys = np.linspace(0.0, 1.0, size, dtype=np.float32)[:, None, None]
        target = np.asarray(alt, dtype=np.float32)[None, None, :]
        lo, hi = max(0, int(y0)), min(size, int(y1) + 1)
        t = np.zeros((size, 1, 1), dtype=np.float32)
        if hi > lo:
            t[lo:hi] = (ys[lo:hi] - ys[lo]) / max(1e-6, ys[hi - 1] - ys[lo] + 1e-6)
        arr = arr * (1 - 0.8 * t) + target * 0.8 * t
        layer = Image.fromarray(arr.clip(0, 255).astype(np.uint8))
    return layer


def world_background(size: int, rng: np.random.Generator) -> Image.Image:
    """A muted gradient with a low-contrast texture, so colour words stay about the objects."""
    h1, h2 = rng.uniform(0, 1, size=2)
    s1, s2 = rng.uniform(0.05, 0.3, size=2)
    v1, v2 = rng.uniform(0.35, 0.75, size=2)
    c1 = np.array(colorsys.hsv_to_rgb(h1, s1, v1)) * 255
    c2 = np.array(colorsys.hsv_to_rgb(h2, s2, v2)) * 255
    angle = rng.uniform(0, 2 * math.pi)
    yy, xx = np.mgrid[0:size, 0:size].astype(np.float32) / size
    t = (xx * math.cos(angle) + yy * math.sin(angle))
    t = (t - t.min()) / max(1e-6, t.max() - t.min())
    arr = c1[None, None, :] * (1 - t[..., None]) + c2[None, None, :] * t[..., None]
    texture = int(rng.integers(0, 4))
    if texture == 1:  # noise
        arr += rng.normal(0, 10, size=(size, size, 1))
    elif texture == 2:  # faint stripes
        period = rng.uniform(6, 20)
        arr += 10 * np.sin(2 * math.pi * (xx * math.sin(angle) - yy * math.cos(angle)) * size / period)[..., None]
    elif texture == 3:  # faint checker
        cell = int(rng.integers(8, 24))
        checker = ((np.mgrid[0:size, 0:size] // cell).sum(0) % 2).astype(np.float32)
        arr += (checker[..., None] - 0.5) * 16
    return Image.fromarray(arr.clip(0, 255).astype(np.uint8))


def _draw_clutter(image: Image.Image, rng: np.random.Generator) -> int:
    """Muted scribbles and irregular blobs that belong to no class."""
    draw = ImageDraw.Draw(image)
    size = image.size[0]
    count = int(rng.integers(0, 7))
    for _ in range(count):
        h, s, v = rng.uniform(0, 1), rng.uniform(0.05, 0.35), rng.uniform(0.2, 0.9)
        rgb = tuple(int(c * 255) for c in colorsys.hsv_to_rgb(h, s, v))
        if rng.uniform() < 0.5:
            pts = [tuple(rng.uniform(0, size, size=2)) for _ in range(int(rng.integers(2, 4)))]
            draw.line(pts, fill=rgb, width=int(rng.integers(1, 4)))
        else:
            cx, cy = rng.uniform(0, size, size=2)
            r = rng.uniform(4, 14)
            k = int(rng.integers(5, 9))
            pts = [
                (cx + r * rng.uniform(0.4, 1.2) * math.cos(2 * math.pi * i / k), cy + r * rng.uniform(0.4, 1.2) * math.sin(2 * math.pi * i / k))
                for i in range(k)
            ]
            draw.polygon(pts, fill=rgb)
    return count


def _caption(objects: Sequence[SceneObject], rng: np.random.Generator, size: int = DEFAULT_IMAGE_SIZE) -> str:
    """Name every object, in random order, sometimes by a synonym, its size or its pattern."""
    phrases = []
    for obj in [objects[i] for i in rng.permutation(len(objects))]:
        cls = WORLD_CLASSES[obj.class_id]
        colour, shape = COLOURS[cls.colour], SHAPES[cls.shape]
        cword = colour.name if not colour.synonyms or rng.uniform() < 0.7 else str(rng.choice(colour.synonyms))
        sword = shape.name if not shape.synonyms or rng.uniform() < 0.7 else str(rng.choice(shape.synonyms))
        extent = max(obj.xyxy[2] - obj.xyxy[0], obj.xyxy[3] - obj.xyxy[1]) / size
        adjectives = []
        if rng.uniform() < 0.25 and (extent < 0.16 or extent > 0.25):
            adjectives.append("small" if extent < 0.16 else "large")
        if obj.pattern in ("striped", "dotted") and rng.uniform() < 0.3:
            adjectives.append(obj.pattern)
        phrase = " ".join([*adjectives, cword, sword])
        phrases.append(("an " if phrase[0] in "aeiou" else "a ") + phrase)
    listed = phrases[0] if len(phrases) == 1 else ", ".join(phrases[:-1]) + " and " + phrases[-1]
    form = int(rng.integers(0, 6))
    if form == 0:
        return f"there is {listed} in the scene."
    lead = ("", "a photo of ", "a picture of ", "an image of ", "a close-up photo of ")[form - 1]
    return f"{lead}{listed}."


def caption(objects: Sequence[SceneObject], rng: np.random.Generator, size: int = DEFAULT_IMAGE_SIZE) -> str:
    """A fresh caption of the objects (word choice drawn from ``rng``); ``size`` is the picture side.

    >>> obj = SceneObject(class_id=0, xyxy=(0, 0, 40, 40), pattern="plain", visible_fraction=1.0)
    >>> "circle" in caption([obj], np.random.default_rng(0)) or "disc" in caption([obj], np.random.default_rng(0))
    True
    """
    return _caption(objects, rng, size)


def draw_scene(
    seed: int,
    index: int,
    size: int = DEFAULT_IMAGE_SIZE,
    class_ids: Sequence[int] | None = None,
    n_objects: int | None = None,
    object_count: tuple[int, int] = (MIN_OBJECTS, MAX_OBJECTS),
    background: Callable[[int, np.random.Generator], Image.Image] | None = None,
) -> Scene:
    """Draw scene ``index`` of world seed ``seed``.

    ``class_ids`` restricts which classes may appear (default: all); ``n_objects`` fixes how
    many are tried, else a count in ``object_count`` (inclusive; default 2–6) is drawn. Objects
    may overlap, but each keeps ≥ 60 % of its area visible; its
    box is the tight box of its visible pixels. ``background`` draws the backdrop (default: the
    world's muted gradients; ``gridclip.world.things`` passes a broader one).

    >>> s = draw_scene(1, 0, class_ids=[0], n_objects=2)
    >>> [o.name for o in s.objects]
    ['red circle', 'red circle']
    """
    if size < 64:
        raise ValueError(f"scenes need at least 64 px, got {size}")
    rng = _rng(seed, index)
    pool = list(range(len(WORLD_CLASSES))) if class_ids is None else list(class_ids)
    if not pool:
        raise ValueError("class_ids is empty")
    image = (background or world_background)(size, rng)
    clutter = _draw_clutter(image, rng)
    if not 1 <= object_count[0] <= object_count[1]:
        raise ValueError(f"object_count must be (low, high) with 1 ≤ low ≤ high, got {object_count}")
    want = int(rng.integers(object_count[0], object_count[1] + 1)) if n_objects is None else int(n_objects)
    scale = size / DEFAULT_IMAGE_SIZE

    placed: list[tuple[int, str, np.ndarray, Image.Image, Image.Image]] = []
    coverage = np.zeros((size, size), dtype=np.int32)  # index + 1 of the topmost object per pixel
    for _attempt in range(want * 12):
        if len(placed) == want:
            break
        class_id = int(rng.choice(pool))
        cls = WORLD_CLASSES[class_id]
        diameter = rng.uniform(MIN_OBJECT_SIZE, MAX_OBJECT_SIZE) * scale
        r = diameter / 2
        cx, cy = rng.uniform(r * 0.85, size - r * 0.85, size=2)
        mask_img = _shape_mask(SHAPES[cls.shape].name, size, cx, cy, r, rng.uniform(0, 2 * math.pi), rng.uniform(0.85, 1.18))
        mask = np.asarray(mask_img) > 127
        if mask.sum() < 40 * scale * scale:
            continue
        candidate = coverage.copy()
        candidate[mask] = len(placed) + 1
        ok = True
        for k, (_, _, old_mask, _, _) in enumerate(placed + [(class_id, "", mask, mask_img, mask_img)]):
            visible = (candidate == k + 1).sum() / max(1, old_mask.sum())
            if visible < MIN_VISIBLE_FRACTION:
                ok = False
                break
        if not ok:
            continue
        pattern = PATTERNS[int(rng.integers(0, len(PATTERNS)))]
        ys, xs = np.nonzero(mask)
        fill = _fill(pattern, _jitter_colour(COLOURS[cls.colour].rgb, rng), size, (xs.min(), ys.min(), xs.max(), ys.max()), rng)
        coverage = candidate
        placed.append((class_id, pattern, mask, mask_img, fill))

    objects: list[SceneObject] = []
    for k, (class_id, pattern, mask, mask_img, fill) in enumerate(placed):
        image.paste(fill, (0, 0), mask_img)
        visible = coverage == k + 1
        objects.append(
            SceneObject(
                class_id=class_id,
                xyxy=mask_box(visible),
                pattern=pattern,
                visible_fraction=float(visible.sum() / mask.sum()),
            )
        )
    if rng.uniform() < 0.3:  # a little blur now and then, as real cameras do
        image = image.filter(ImageFilter.GaussianBlur(radius=float(rng.uniform(0.3, 0.9))))
    caption = _caption(objects, _rng(seed, index, stream=1), size) if objects else "an empty scene."
    return Scene(seed=seed, index=index, image=image, objects=objects, caption=caption, clutter=clutter)


def draw_scenes(seed: int, n: int, size: int = DEFAULT_IMAGE_SIZE, start: int = 0, **kwargs) -> Iterator[Scene]:
    """Scenes ``start … start + n - 1`` of world seed ``seed``.

    >>> [s.index for s in draw_scenes(0, 2, start=5)]
    [5, 6]
    """
    if n < 0:
        raise ValueError(f"n must be ≥ 0, got {n}")
    for index in range(start, start + n):
        yield draw_scene(seed, index, size=size, **kwargs)


def caption_crops(
    scene: Scene, rng: np.random.Generator, count: int = 2, min_side: int = 32
) -> list[tuple[Image.Image, str, tuple[int, ...]]]:
    """Square crops of a scene, each captioned with the objects wholly inside it: (crop, caption, class ids).

    Like the web's many framings of one subject, these teach a small CLIP what single objects
    look like, which is what its dense grid later needs. Half the crops are centred on one
    object (a close-up), half are random windows. A crop that cuts an object is skipped: a
    half-visible object the caption would not name would teach the wrong thing.

    >>> crops = caption_crops(draw_scene(0, 4), np.random.default_rng(0), count=2)
    >>> all(img.size[0] == img.size[1] and ids for img, _, ids in crops)
    True
    """
    size = scene.image.size[0]
    out: list[tuple[Image.Image, str, tuple[int, ...]]] = []
    for attempt in range(count * 6):
        if len(out) == count or not scene.objects:
            break
        if attempt % 2 == 0:
            target = scene.objects[int(rng.integers(0, len(scene.objects)))]
            extent = max(target.xyxy[2] - target.xyxy[0], target.xyxy[3] - target.xyxy[1])
            side = int(min(size, max(min_side, extent * rng.uniform(1.15, 2.2))))
            cx = (target.xyxy[0] + target.xyxy[2]) / 2 + rng.uniform(-0.2, 0.2) * side
            cy = (target.xyxy[1] + target.xyxy[3]) / 2 + rng.uniform(-0.2, 0.2) * side
            x0 = int(np.clip(cx - side / 2, 0, size - side))
            y0 = int(np.clip(cy - side / 2, 0, size - side))
        else:
            side = int(rng.integers(min_side, size + 1))
            x0, y0 = (int(v) for v in rng.integers(0, size - side + 1, size=2))
        x1, y1 = x0 + side, y0 + side
        inside = [o for o in scene.objects if o.xyxy[0] >= x0 and o.xyxy[1] >= y0 and o.xyxy[2] <= x1 and o.xyxy[3] <= y1]
        cut = [
            o for o in scene.objects
            if o not in inside and o.xyxy[0] < x1 and o.xyxy[2] > x0 and o.xyxy[1] < y1 and o.xyxy[3] > y0
        ]
        if not inside or cut:
            continue
        shifted = [
            SceneObject(o.class_id, (o.xyxy[0] - x0, o.xyxy[1] - y0, o.xyxy[2] - x0, o.xyxy[3] - y0), o.pattern, o.visible_fraction)
            for o in inside
        ]
        out.append((scene.image.crop((x0, y0, x1, y1)), _caption(shifted, rng, side), tuple(o.class_id for o in inside)))
    return out


def closeup_crops(
    scene: Scene, rng: np.random.Generator, count: int = 2, margin: tuple[float, float] = (0.1, 0.5)
) -> list[tuple[Image.Image, str, tuple[int, ...]]]:
    """Close-ups of single objects, captioned with their subject: (crop, caption, class ids).

    The web's close-up photos name their subject and not the bits of neighbours at the frame's
    edge. Without them a small CLIP learns colour words from scene captions but stays near
    chance on shape: a scene caption lists several shapes, so no shape word is tied to one
    region. Each crop is a square around one object (random margin and a small shift); any other
    object wholly inside the frame is named too, so the caption never leaves out a whole object.

    >>> crops = closeup_crops(draw_scene(0, 4), np.random.default_rng(0), count=2)
    >>> all(img.size[0] == img.size[1] for img, _, _ in crops), all(ids for _, _, ids in crops)
    (True, True)
    """
    out: list[tuple[Image.Image, str, tuple[int, ...]]] = []
    if not scene.objects:
        return out
    for k in rng.permutation(len(scene.objects))[:count]:
        target = scene.objects[int(k)]
        x0, y0, x1, y1 = target.xyxy
        pad = rng.uniform(*margin)
        side = max(x1 - x0, y1 - y0) * (1 + 2 * pad)
        shift = rng.uniform(-0.5, 0.5, size=2) * pad * max(x1 - x0, y1 - y0)  # the subject stays wholly in frame
        cx, cy = (x0 + x1) / 2 + shift[0], (y0 + y1) / 2 + shift[1]
        fx0, fy0 = int(round(cx - side / 2)), int(round(cy - side / 2))
        fx1, fy1 = fx0 + int(round(side)), fy0 + int(round(side))
        inside = [o for o in scene.objects if o.xyxy[0] >= fx0 and o.xyxy[1] >= fy0 and o.xyxy[2] <= fx1 and o.xyxy[3] <= fy1]
        if target not in inside:
            inside.append(target)
        shifted = [
            SceneObject(o.class_id, (o.xyxy[0] - fx0, o.xyxy[1] - fy0, o.xyxy[2] - fx0, o.xyxy[3] - fy0), o.pattern, o.visible_fraction)
            for o in inside
        ]
        out.append((scene.image.crop((fx0, fy0, fx1, fy1)), _caption(shifted, rng, fx1 - fx0), tuple(o.class_id for o in inside)))
    return out


def greyscale_closeups(scene: Scene, rng: np.random.Generator, count: int = 1) -> list[tuple[Image.Image, str, tuple[int, ...]]]:
    """Black-and-white close-ups captioned by shape alone: (crop, caption, shape ids).

    Colour is the easy half of every class name: a small CLIP learns it first and then sits
    on the colour shortcut (48-way loss stuck at ln 6, shape at chance) because its text tower
    keeps "red circle" and "red star" nearly equal and its image tower never needs shape. The
    web has black-and-white photos named by their subject; here they take the shortcut away and
    give every shape word a meaning of its own. Only close-ups with a single object are used.
    The ids are *shape* ids (not class ids), for the batcher's content key.

    >>> crops = greyscale_closeups(draw_scene(0, 4), np.random.default_rng(0), count=2)
    >>> all(img.mode == "RGB" and ("black and white" in text or "grayscale" in text) for img, text, _ in crops)
    True
    """
    out: list[tuple[Image.Image, str, tuple[int, ...]]] = []
    for crop, _, ids in closeup_crops(scene, rng, count=count):
        if len(ids) != 1:
            continue
        shape = SHAPES[WORLD_CLASSES[ids[0]].shape]
        word = shape.name if not shape.synonyms or rng.uniform() < 0.7 else str(rng.choice(shape.synonyms))
        article = "an" if word[0] in "aeiou" else "a"
        lead = ("a black and white photo of", "a black and white picture of", "a grayscale photo of")[int(rng.integers(0, 3))]
        out.append((crop.convert("L").convert("RGB"), f"{lead} {article} {word}.", (WORLD_CLASSES[ids[0]].shape,)))
    return out


def object_crop(scene: Scene, obj: SceneObject, margin: float = 0.15) -> Image.Image:
    """A square crop around one object (for CLIP's zero-shot sanity check)."""
    return square_crop(scene.image, obj.xyxy, margin)


# --------------------------------------------------------------------------------------------
# Files


def coco_categories() -> list[dict]:
    """COCO categories (id = class id + 1) with the world's split and synonyms."""
    return [
        {"id": c.id + 1, "name": c.name, "supercategory": SHAPES[c.shape].name, "split": c.split, "synonyms": list(c.synonyms)}
        for c in WORLD_CLASSES
    ]


def scenes_to_coco(scenes: Sequence[Scene], file_names: Sequence[str] | None = None) -> dict:
    """A COCO dict of the scenes: every object boxed, every category with split and synonyms."""
    names = list(file_names) if file_names is not None else [s.file_name for s in scenes]
    images: list[dict] = []
    annotations: list[dict] = []
    for image_id, (scene, name) in enumerate(zip(scenes, names), start=1):
        w, h = scene.image.size
        images.append({"id": image_id, "file_name": name, "width": w, "height": h, "seed": scene.seed, "index": scene.index})
        for obj in scene.objects:
            x0, y0, x1, y1 = obj.xyxy
            annotations.append(
                {
                    "id": len(annotations) + 1,
                    "image_id": image_id,
                    "category_id": obj.class_id + 1,
                    "bbox": [x0, y0, x1 - x0, y1 - y0],
                    "area": (x1 - x0) * (y1 - y0),
                    "iscrowd": 0,
                }
            )
    return {
        "info": {"description": "GridCLIP synthetic open-vocabulary world"},
        "images": images,
        "annotations": annotations,
        "categories": coco_categories(),
    }


class PictureScene(Protocol):
    """A drawn scene as a data set file: the world's ``Scene`` and ``domains.DomainScene``."""

    @property
    def image(self) -> Image.Image: ...

    @property
    def file_name(self) -> str: ...


def save_scene_pictures(images_dir: Path, scenes: Sequence[PictureScene]) -> None:
    """Save each scene's picture as ``images_dir/<file_name>``. Refuses a folder that holds other
    files, so an earlier data set is never silently mixed in."""
    expected = {s.file_name for s in scenes}
    if images_dir.exists():
        foreign = [p.name for p in images_dir.iterdir() if p.name not in expected]
        if foreign:
            raise FileExistsError(f"{images_dir} already holds other files (e.g. {foreign[0]}); choose an empty --out")
    images_dir.mkdir(parents=True, exist_ok=True)
    for scene in scenes:
        scene.image.save(images_dir / scene.file_name)


def write_dataset(out_dir: str | Path, seed: int, n: int, size: int = DEFAULT_IMAGE_SIZE, start: int = 0,
                  object_count: tuple[int, int] = (MIN_OBJECTS, MAX_OBJECTS)) -> dict:
    """Write ``out_dir/images/*.png``, ``annotations.json`` (COCO) and ``captions.json``.

    Returns the COCO dict. Refuses to write into a non-empty ``images/`` folder that holds
    other files, so an earlier data set is never silently mixed in.
    """
    out = Path(out_dir)
    scenes = list(draw_scenes(seed, n, size=size, start=start, object_count=object_count))
    save_scene_pictures(out / "images", scenes)
    coco = scenes_to_coco(scenes)
    (out / "annotations.json").write_text(json.dumps(coco))
    captions = [{"file_name": s.file_name, "caption": s.caption} for s in scenes]
    (out / "captions.json").write_text(json.dumps(captions, indent=0))
    return coco


def training_examples(coco_path: str | Path, split: Split | None = "base"):
    """A world COCO file as ``TrainingExample`` s that box only ``split`` classes (None: all).

    Objects of the other split stay in the pictures unboxed, as OV-LVIS holds out rare
    classes. Returns ``(examples, vocabulary)``; class ids index that vocabulary.

    >>> import tempfile
    >>> folder = Path(tempfile.mkdtemp())
    >>> _ = write_dataset(folder, seed=0, n=2)
    >>> examples, vocab = training_examples(folder / "annotations.json")
    >>> len(vocab), all(vocab.names[c] in class_names("base") for ex in examples for c in ex.class_ids)
    (34, True)
    """
    vocab = world_vocabulary(split)
    index_of = {c.id + 1: vocab.index(c.name) for c in WORLD_CLASSES if split is None or c.split == split}
    return coco_examples(coco_path, index_of), vocab


def coco_examples(coco_path: str | Path, index_of: dict[int, int]) -> list:
    """Every picture of a COCO file (``images/`` beside it) as a ``TrainingExample`` boxing the
    annotations whose category ``index_of`` maps, with the class id it maps to; other objects
    stay in the picture unboxed."""
    from gridclip.training.data import TrainingExample

    coco_path = Path(coco_path)
    coco = json.loads(coco_path.read_text())
    boxes: dict[int, list] = {img["id"]: [] for img in coco["images"]}
    for ann in coco["annotations"]:
        if ann["category_id"] in index_of:
            x, y, w, h = ann["bbox"]
            boxes[ann["image_id"]].append(([x, y, x + w, y + h], index_of[ann["category_id"]]))
    examples = []
    for img in coco["images"]:
        items = boxes[img["id"]]
        examples.append(
            TrainingExample(
                coco_path.parent / "images" / img["file_name"],
                np.array([b for b, _ in items], dtype=np.float32).reshape(-1, 4),
                np.array([c for _, c in items], dtype=np.int64),
                image_id=img["id"],
            )
        )
    return examples


def scene_examples(scenes: Iterable[Scene]) -> list:
    """In-memory scenes as ``TrainingExample`` s boxing every object; class ids index
    ``world_vocabulary()`` (all classes).

    >>> examples = scene_examples(draw_scenes(seed=0, n=2))
    >>> len(examples), examples[0].xyxy.shape[1]
    (2, 4)
    """
    from gridclip.training.data import TrainingExample

    return [
        TrainingExample(
            image=scene.image,
            xyxy=np.array([obj.xyxy for obj in scene.objects], dtype=np.float32).reshape(-1, 4),
            class_ids=np.array([obj.class_id for obj in scene.objects], dtype=np.int64),
        )
        for scene in scenes
    ]
