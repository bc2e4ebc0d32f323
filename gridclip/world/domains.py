"""Second domains: man-made parts and symbols the world never draws, named as a team names them.

The world (``gridclip.world.synthetic``) is coloured shapes named in plain words; every class a
demo model knows is one of them. A new user's pictures are nothing like it: object kinds the
detector never boxed (gears, nuts, keys, arrows), in any colour, on workbenches and paper, named
``part-7b`` or ``SKU-40213``, words the demo's text tower never read. A ``Domain`` is such a set
of kinds; ``DOMAINS`` holds two with disjoint kinds, so a mechanism tuned on one is checked on
the other (``gridclip synth --domain NAME``).

What makes a domain hard for the demo, on purpose:

- the kinds are procedural parts and symbols (``KINDS``), none a world shape;
- colour is drawn per object, never tied to the class (only the silhouette tells kinds apart);
- backgrounds are a domain's own (wood grain, brushed metal, squared paper, a dark board),
  with clutter that belongs to no class (screws, pencil marks, scraps);
- class names are made up (``part-7b``, ``defect C``, ``SKU-40213``).

Everything is deterministic: scene ``i`` of seed ``s`` is the same picture whatever ``n`` is,
and two domains drawn with the same seed are independent pictures.

>>> scene = draw_domain_scene("parts", seed=0, index=3)
>>> scene.image.size, all(0 <= o.class_id < len(DOMAINS["parts"].kinds) for o in scene.objects)
((192, 192), True)
>>> draw_domain_scene("parts", 0, 3).image.tobytes() == scene.image.tobytes()
True
>>> set(DOMAINS["parts"].kinds) & set(DOMAINS["symbols"].kinds)
set()
"""

from __future__ import annotations

import colorsys
import json
import math
import zlib
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path

import numpy as np
from PIL import Image, ImageDraw, ImageFilter

from gridclip.vocabulary import Vocabulary
from gridclip.world.silhouettes import Kind, Piece, circle, mask_box, object_colour, paint, rect, regular, silhouette
from gridclip.world.synthetic import DEFAULT_IMAGE_SIZE, MIN_VISIBLE_FRACTION, save_scene_pictures

MIN_OBJECTS, MAX_OBJECTS = 2, 6
MIN_OBJECT_SIZE, MAX_OBJECT_SIZE = 24, 68


def _gear(rng: np.random.Generator) -> list[Piece]:
    teeth = int(rng.integers(8, 13))
    outer, inner = 1.0, 0.78
    points = []
    for k in range(teeth):
        a = 2 * math.pi * k / teeth
        w = math.pi / teeth
        points += [(inner * math.cos(a - w * 0.9), inner * math.sin(a - w * 0.9)),
                   (outer * math.cos(a - w * 0.45), outer * math.sin(a - w * 0.45)),
                   (outer * math.cos(a + w * 0.45), outer * math.sin(a + w * 0.45)),
                   (inner * math.cos(a + w * 0.9), inner * math.sin(a + w * 0.9))]
    return [(points, True), (circle(float(rng.uniform(0.22, 0.34))), False)]


def _hex_nut(rng: np.random.Generator) -> list[Piece]:
    return [(regular(6, 1.0), True), (circle(float(rng.uniform(0.38, 0.5))), False)]


def _bolt(rng: np.random.Generator) -> list[Piece]:
    length = float(rng.uniform(0.55, 0.95))
    head = [(x * 0.42 - 0.0, y * 0.42 - 0.55) for x, y in regular(6, 1.0, math.pi / 6)]
    shaft = rect(-0.17, -0.3, 0.17, -0.3 + 1.2 * length)
    pieces: list[Piece] = [(head, True), (shaft, True)]
    for k in range(1, 6):  # the thread: notches along the shaft
        y = -0.3 + 1.2 * length * k / 6
        pieces.append(([(-0.17, y - 0.03), (-0.11, y), (-0.17, y + 0.03)], False))
        pieces.append(([(0.17, y - 0.03), (0.11, y), (0.17, y + 0.03)], False))
    return pieces


def _key(rng: np.random.Generator) -> list[Piece]:
    bow = float(rng.uniform(0.32, 0.42))
    pieces: list[Piece] = [(circle(bow, -1.0 + bow, 0.0), True), (circle(bow * 0.45, -1.0 + bow, 0.0), False),
                           (rect(-1.0 + 1.8 * bow, -0.09, 1.0, 0.09), True)]
    for k in range(int(rng.integers(2, 4))):  # the bit
        x = 0.35 + 0.2 * k
        pieces.append((rect(x, 0.09, x + 0.12, 0.09 + float(rng.uniform(0.12, 0.3))), True))
    return pieces


def _notched_ring(rng: np.random.Generator) -> list[Piece]:
    inner = float(rng.uniform(0.5, 0.68))
    pieces: list[Piece] = [(circle(1.0), True), (circle(inner), False)]
    for k in range(int(rng.integers(1, 4))):
        a = 2 * math.pi * k / 3 + float(rng.uniform(-0.3, 0.3))
        ca, sa = math.cos(a), math.sin(a)
        notch = [(0.4 * ca - 0.14 * sa, 0.4 * sa + 0.14 * ca), (1.1 * ca - 0.14 * sa, 1.1 * sa + 0.14 * ca),
                 (1.1 * ca + 0.14 * sa, 1.1 * sa - 0.14 * ca), (0.4 * ca + 0.14 * sa, 0.4 * sa - 0.14 * ca)]
        pieces.append((notch, False))
    return pieces


def _arrow(rng: np.random.Generator) -> list[Piece]:
    shaft = float(rng.uniform(0.14, 0.24))
    head = float(rng.uniform(0.45, 0.65))
    return [([(-1.0, -shaft), (0.25, -shaft), (0.25, -head), (1.0, 0.0), (0.25, head), (0.25, shaft), (-1.0, shaft)], True)]


def _many_point_star(rng: np.random.Generator) -> list[Piece]:
    n = int(rng.choice([7, 8, 10]))
    inner = float(rng.uniform(0.55, 0.7))
    points = []
    for k in range(2 * n):
        radius = 1.0 if k % 2 == 0 else inner
        points.append((radius * math.cos(math.pi * k / n), radius * math.sin(math.pi * k / n)))
    return [(points, True)]


def _bracket(rng: np.random.Generator) -> list[Piece]:
    t = float(rng.uniform(0.2, 0.3))
    depth = float(rng.uniform(0.5, 0.8))
    return [([(-depth, -1.0), (depth, -1.0), (depth, -1.0 + t), (-depth + t, -1.0 + t), (-depth + t, 1.0 - t),
              (depth, 1.0 - t), (depth, 1.0), (-depth, 1.0)], True)]


def _chevron(rng: np.random.Generator) -> list[Piece]:
    t = float(rng.uniform(0.3, 0.45))
    return [([(-0.9, -0.9), (-0.9 + t, -0.9), (0.6, 0.0), (-0.9 + t, 0.9), (-0.9, 0.9), (0.6 - t, 0.0)], True),
            ([(-0.2, -0.9), (-0.2 + t, -0.9), (1.0, 0.0), (-0.2 + t, 0.9), (-0.2, 0.9), (1.0 - t, 0.0)], True)]


def _lightning(rng: np.random.Generator) -> list[Piece]:
    w = float(rng.uniform(0.18, 0.28))
    return [([(0.1, -1.0), (0.55, -1.0), (0.15, -0.1 + w), (0.5, -0.1 + w), (-0.35, 1.0), (-0.05, 0.1),
              (-0.45, 0.1)], True)]


#: Every procedural kind, by name: draws its silhouette's pieces (unit coordinates) with ``rng``.
KINDS: dict[str, Kind] = {
    "gear": _gear, "hex nut": _hex_nut, "bolt": _bolt, "key": _key, "notched ring": _notched_ring,
    "arrow": _arrow, "many-point star": _many_point_star, "bracket": _bracket, "chevron": _chevron,
    "lightning bolt": _lightning,
}


@dataclass(frozen=True)
class Domain:
    """Object kinds (``KINDS`` names), the made-up class name of each, and the backgrounds."""

    name: str
    kinds: tuple[str, ...]
    class_names: tuple[str, ...]
    backgrounds: tuple[str, ...]

    def __post_init__(self) -> None:
        if len(self.kinds) != len(self.class_names) or len(set(self.class_names)) != len(self.class_names):
            raise ValueError(f"domain {self.name!r} needs one distinct class name per kind")
        unknown = [k for k in self.kinds if k not in KINDS]
        if unknown:
            raise ValueError(f"unknown kinds {unknown} in domain {self.name!r}")

    def vocabulary(self) -> Vocabulary:
        """The class names as a ``Vocabulary`` (class ``i`` draws kind ``i``)."""
        return Vocabulary.from_names(list(self.class_names))


DOMAINS: dict[str, Domain] = {
    "parts": Domain("parts", ("gear", "hex nut", "bolt", "key", "notched ring"),
                    ("part-7b", "SKU-40213", "qx-118", "defect C", "item 0042"), ("wood", "metal")),
    "symbols": Domain("symbols", ("arrow", "many-point star", "bracket", "chevron", "lightning bolt"),
                      ("sym-A3", "mark 12", "code-zz9", "icon K", "tag 5150"), ("paper", "board")),
}


def domain(name: str) -> Domain:
    """The domain called ``name``; an unknown name is a one-line error naming the choices."""
    if name not in DOMAINS:
        raise ValueError(f"unknown domain {name!r}: choose from {', '.join(DOMAINS)}")
    return DOMAINS[name]


# --------------------------------------------------------------------------------------------
# Scenes


@dataclass(frozen=True)
class DomainObject:
    """One boxed object: class id (indexing the domain's classes) and visible box (x0, y0, x1, y1)."""

    class_id: int
    xyxy: tuple[float, float, float, float]
    visible_fraction: float


@dataclass
class DomainScene:
    domain: str
    seed: int
    index: int
    image: Image.Image
    objects: list[DomainObject]

    @property
    def file_name(self) -> str:
        return f"{self.domain}_s{self.seed}_{self.index:06d}.png"


def _rng(domain_name: str, seed: int, index: int, stream: int = 0) -> np.random.Generator:
    return np.random.default_rng([zlib.crc32(domain_name.encode()), seed, index, stream])


def _background(style: str, size: int, rng: np.random.Generator) -> Image.Image:
    yy, xx = np.mgrid[0:size, 0:size].astype(np.float32)
    if style == "wood":
        base = np.array(colorsys.hsv_to_rgb(rng.uniform(0.05, 0.11), rng.uniform(0.35, 0.6), rng.uniform(0.45, 0.8))) * 255
        angle = rng.uniform(0, math.pi)
        u = xx * math.cos(angle) + yy * math.sin(angle)
        v = -xx * math.sin(angle) + yy * math.cos(angle)
        grain = np.sin(u / rng.uniform(2.5, 5.0) + 3 * np.sin(v / rng.uniform(20, 40)))
        arr = base[None, None, :] * (1 + 0.12 * grain[..., None])
    elif style == "metal":
        level = rng.uniform(110, 190)
        arr = np.full((size, size, 3), level, np.float32) + np.array([0.0, 2.0, 6.0])
        streaks = rng.normal(0, 9, size=(size, 1, 1)) if rng.uniform() < 0.5 else rng.normal(0, 9, size=(1, size, 1))
        arr = arr + streaks + rng.normal(0, 4, size=(size, size, 1))
    elif style == "paper":
        arr = np.full((size, size, 3), rng.uniform(215, 248), np.float32) - np.array([0.0, 2.0, 10.0])
        cell = int(rng.integers(10, 22))
        lines = ((xx.astype(int) % cell) == 0) | ((yy.astype(int) % cell) == 0)
        arr[lines] = arr[lines] * 0.8 + np.array([90.0, 140.0, 200.0]) * 0.2
    elif style == "board":
        base = np.array(colorsys.hsv_to_rgb(rng.uniform(0, 1), rng.uniform(0.1, 0.4), rng.uniform(0.12, 0.3))) * 255
        arr = base[None, None, :] + rng.normal(0, 6, size=(size, size, 1))
    else:
        raise ValueError(f"unknown background {style!r}")
    return Image.fromarray(arr.clip(0, 255).astype(np.uint8))


def _clutter(image: Image.Image, rng: np.random.Generator) -> None:
    """Screws, pencil marks and scraps that belong to no class."""
    draw = ImageDraw.Draw(image)
    size = image.size[0]
    for _ in range(int(rng.integers(2, 9))):
        rgb = tuple(int(c * 255) for c in colorsys.hsv_to_rgb(rng.uniform(0, 1), rng.uniform(0, 0.5), rng.uniform(0.1, 0.9)))
        what = rng.uniform()
        if what < 0.35:  # a screw head: a small disc with a slot
            cx, cy, r = *rng.uniform(0, size, size=2), rng.uniform(2.5, 5.5)
            draw.ellipse([cx - r, cy - r, cx + r, cy + r], fill=rgb)
            draw.line([(cx - r * 0.8, cy), (cx + r * 0.8, cy)], fill=(40, 40, 40), width=1)
        elif what < 0.7:  # a pencil mark
            pts = [tuple(rng.uniform(0, size, size=2)) for _ in range(int(rng.integers(2, 5)))]
            draw.line(pts, fill=rgb, width=int(rng.integers(1, 3)))
        else:  # a scrap: a small irregular polygon
            cx, cy, r = *rng.uniform(0, size, size=2), rng.uniform(3, 10)
            k = int(rng.integers(3, 7))
            draw.polygon([(cx + r * rng.uniform(0.3, 1.3) * math.cos(2 * math.pi * i / k),
                           cy + r * rng.uniform(0.3, 1.3) * math.sin(2 * math.pi * i / k)) for i in range(k)], fill=rgb)


def draw_domain_scene(domain_name: str, seed: int, index: int, size: int = DEFAULT_IMAGE_SIZE,
                      object_count: tuple[int, int] = (MIN_OBJECTS, MAX_OBJECTS)) -> DomainScene:
    """Scene ``index`` of seed ``seed`` of the named domain: a background of the domain's, clutter,
    and ``object_count`` objects (inclusive range) of its kinds, each ≥ 60 % visible, boxed by
    the tight box of its visible pixels."""
    spec = domain(domain_name)
    if size < 64:
        raise ValueError(f"scenes need at least 64 px, got {size}")
    if not 1 <= object_count[0] <= object_count[1]:
        raise ValueError(f"object_count must be (low, high) with 1 ≤ low ≤ high, got {object_count}")
    rng = _rng(spec.name, seed, index)
    image = _background(spec.backgrounds[int(rng.integers(0, len(spec.backgrounds)))], size, rng)
    _clutter(image, rng)
    want = int(rng.integers(object_count[0], object_count[1] + 1))
    scale = size / DEFAULT_IMAGE_SIZE
    placed: list[tuple[int, np.ndarray, Image.Image, Image.Image]] = []
    coverage = np.zeros((size, size), dtype=np.int32)  # index + 1 of the topmost object per pixel
    for _attempt in range(want * 12):
        if len(placed) == want:
            break
        class_id = int(rng.integers(0, len(spec.kinds)))
        r = rng.uniform(MIN_OBJECT_SIZE, MAX_OBJECT_SIZE) * scale / 2
        cx, cy = rng.uniform(r * 0.85, size - r * 0.85, size=2)
        mask_img = silhouette(KINDS[spec.kinds[class_id]], size, cx, cy, r, rng.uniform(0, 2 * math.pi),
                               rng.uniform(0.85, 1.18), rng)
        mask = np.asarray(mask_img) > 127
        if mask.sum() < 40 * scale * scale:
            continue
        candidate = coverage.copy()
        candidate[mask] = len(placed) + 1
        masks = [m for _, m, _, _ in placed] + [mask]
        if any((candidate == k + 1).sum() / max(1, m.sum()) < MIN_VISIBLE_FRACTION for k, m in enumerate(masks)):
            continue
        coverage = candidate
        placed.append((class_id, mask, mask_img, paint(object_colour(rng), mask_img, size, rng)))
    objects = []
    for k, (class_id, mask, mask_img, painted) in enumerate(placed):
        image.paste(painted, (0, 0), mask_img)
        visible = coverage == k + 1
        objects.append(DomainObject(class_id, mask_box(visible), float(visible.sum() / mask.sum())))
    if rng.uniform() < 0.3:
        image = image.filter(ImageFilter.GaussianBlur(radius=float(rng.uniform(0.3, 0.9))))
    return DomainScene(spec.name, seed, index, image, objects)


def draw_domain_scenes(domain_name: str, seed: int, n: int, size: int = DEFAULT_IMAGE_SIZE, start: int = 0,
                       object_count: tuple[int, int] = (MIN_OBJECTS, MAX_OBJECTS)) -> Iterator[DomainScene]:
    """Scenes ``start … start + n - 1`` of the domain's seed ``seed``."""
    if n < 0:
        raise ValueError(f"n must be ≥ 0, got {n}")
    for index in range(start, start + n):
        yield draw_domain_scene(domain_name, seed, index, size=size, object_count=object_count)


# --------------------------------------------------------------------------------------------
# Files


def domain_coco(domain_name: str, scenes: Sequence[DomainScene]) -> dict:
    """A COCO dict of the scenes: every object boxed; categories (id = class id + 1) carry the
    domain, the kind they draw and ``split`` "new" (no model was built on them)."""
    spec = domain(domain_name)
    images: list[dict] = []
    annotations: list[dict] = []
    for image_id, scene in enumerate(scenes, start=1):
        w, h = scene.image.size
        images.append({"id": image_id, "file_name": scene.file_name, "width": w, "height": h,
                       "seed": scene.seed, "index": scene.index})
        for obj in scene.objects:
            x0, y0, x1, y1 = obj.xyxy
            annotations.append({"id": len(annotations) + 1, "image_id": image_id, "category_id": obj.class_id + 1,
                                "bbox": [x0, y0, x1 - x0, y1 - y0], "area": (x1 - x0) * (y1 - y0), "iscrowd": 0})
    categories = [{"id": i + 1, "name": name, "supercategory": spec.name, "kind": kind, "split": "new"}
                  for i, (kind, name) in enumerate(zip(spec.kinds, spec.class_names))]
    return {"info": {"description": f"GridCLIP synthetic domain {spec.name!r}"}, "images": images,
            "annotations": annotations, "categories": categories}


def write_domain_dataset(out_dir: str | Path, domain_name: str, seed: int, n: int, size: int = DEFAULT_IMAGE_SIZE,
                         start: int = 0, object_count: tuple[int, int] = (MIN_OBJECTS, MAX_OBJECTS)) -> dict:
    """Write ``out_dir/images/*.png`` and ``annotations.json`` (COCO) of the domain, as
    ``gridclip.world.synthetic.write_dataset`` does for the world; refuses an ``images/`` folder
    holding other files. Returns the COCO dict."""
    out = Path(out_dir)
    scenes = list(draw_domain_scenes(domain_name, seed, n, size=size, start=start, object_count=object_count))
    save_scene_pictures(out / "images", scenes)
    coco = domain_coco(domain_name, scenes)
    (out / "annotations.json").write_text(json.dumps(coco))
    return coco
