"""The world's broad things: many more kinds of object than six shapes, so that "object" means something.

The world's classes are colour × shape, six shapes in all. A detector that boxes only those
learns that an object is one of six silhouettes: on kinds it never boxed (the second domains'
parts and symbols, ``gridclip.world.domains``) its centerness and box branches stay silent,
and its grid barely tells one new kind from another. Real detectors learn objectness from
hundreds of classes. ``THING_KINDS`` are 24 procedural kinds of every build — blobs, shards,
letters, composites, kinds with holes, thin and thick — each named by one plain word, in any
colour, at many sizes; ``add_things`` paints a few of them into the free space of a world
scene, and the demo build boxes them beside the base classes (``write_broad_dataset``,
``broad_training_examples``).

No thing is a world shape or a kind of the second domains (tested), so what the domains
measure stays a transfer to kinds never boxed. The world's evaluation pictures carry no things.

>>> scene = draw_broad_scene(seed=0, index=3)
>>> len(scene.things) >= 1 and all(k in THING_KINDS for k, _ in scene.things)
True
>>> draw_broad_scene(0, 3).image.tobytes() == scene.image.tobytes()
True
"""

from __future__ import annotations

import colorsys
import json
import math
import zlib
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

import numpy as np
from PIL import Image, ImageFilter

from gridclip.vocabulary import Vocabulary
from gridclip.world.silhouettes import Kind, Piece, circle, mask_box, object_colour, paint, rect, silhouette
from gridclip.world.synthetic import (
    DEFAULT_IMAGE_SIZE,
    WORLD_CLASSES,
    Scene,
    coco_categories,
    coco_examples,
    draw_scene,
    save_scene_pictures,
    scenes_to_coco,
    world_background,
    world_vocabulary,
)

#: How many things a broad scene adds to its world objects (inclusive), and their sizes (px at 192).
THING_COUNT = (1, 4)
MIN_THING_SIZE, MAX_THING_SIZE = 18, 64
#: A thing's box keeps this many pixels away from every world object's box.
THING_MARGIN = 2


def _blob(rng: np.random.Generator) -> list[Piece]:
    harmonics = [(k, float(rng.uniform(0.0, 0.22)), float(rng.uniform(0, 2 * math.pi))) for k in (2, 3, 4)]
    radii = [1.0 + sum(a * math.cos(k * t + p) for k, a, p in harmonics) for t in np.linspace(0, 2 * math.pi, 60, endpoint=False)]
    top = max(radii)
    return [([(r / top * math.cos(t), r / top * math.sin(t))
              for r, t in zip(radii, np.linspace(0, 2 * math.pi, 60, endpoint=False))], True)]


def _shard(rng: np.random.Generator) -> list[Piece]:
    n = int(rng.integers(4, 8))
    angles = np.sort(rng.uniform(0, 2 * math.pi, size=n))
    return [([(float(r * math.cos(a)), float(r * math.sin(a))) for a, r in zip(angles, rng.uniform(0.55, 1.0, size=n))], True)]


def _sickle(rng: np.random.Generator) -> list[Piece]:
    shift = float(rng.uniform(0.35, 0.6))
    return [(circle(1.0), True), (circle(0.9, shift, 0.0), False)]


def _ell(rng: np.random.Generator) -> list[Piece]:
    t = float(rng.uniform(0.3, 0.5))
    return [([(-0.8, -1.0), (-0.8 + t, -1.0), (-0.8 + t, 1.0 - t), (0.8, 1.0 - t), (0.8, 1.0), (-0.8, 1.0)], True)]


def _tee(rng: np.random.Generator) -> list[Piece]:
    t = float(rng.uniform(0.28, 0.45))
    return [(rect(-1.0, -0.9, 1.0, -0.9 + t), True), (rect(-t / 2, -0.9, t / 2, 0.9), True)]


def _bar(rng: np.random.Generator) -> list[Piece]:
    h = float(rng.uniform(0.22, 0.4))
    return [(rect(-1.0 + h, -h, 1.0 - h, h), True), (circle(h, -1.0 + h), True), (circle(h, 1.0 - h), True)]


def _wedge(rng: np.random.Generator) -> list[Piece]:
    span = float(rng.uniform(math.pi / 3, 2 * math.pi / 3))
    arc = [(math.cos(-span / 2 + span * k / 16), math.sin(-span / 2 + span * k / 16)) for k in range(17)]
    return [([(-0.3, 0.0), *[(x * 1.3 - 0.3, y * 1.3) for x, y in arc]], True)]


def _bowtie(rng: np.random.Generator) -> list[Piece]:
    h = float(rng.uniform(0.5, 0.9))
    return [([(-1.0, -h), (0.0, 0.0), (-1.0, h)], True), ([(1.0, -h), (0.0, 0.0), (1.0, h)], True),
            (circle(0.15), True)]


def _kite(rng: np.random.Generator) -> list[Piece]:
    w, y = float(rng.uniform(0.45, 0.75)), float(rng.uniform(-0.5, -0.2))
    return [([(0.0, -1.0), (w, y), (0.0, 1.0), (-w, y)], True)]


def _wave(rng: np.random.Generator) -> list[Piece]:
    amp, t, turns = float(rng.uniform(0.2, 0.4)), float(rng.uniform(0.14, 0.24)), float(rng.uniform(1.0, 2.0))
    xs = np.linspace(-1.0, 1.0, 40)
    upper = [(float(x), float(amp * math.sin(turns * math.pi * x) - t)) for x in xs]
    lower = [(float(x), float(amp * math.sin(turns * math.pi * x) + t)) for x in xs[::-1]]
    return [(upper + lower, True)]


def _drop(rng: np.random.Generator) -> list[Piece]:
    r = float(rng.uniform(0.5, 0.62))
    return [(circle(r, 0.0, 1.0 - r), True), ([(0.0, -1.0), (r * 0.98, 1.0 - r), (-r * 0.98, 1.0 - r)], True)]


def _frame(rng: np.random.Generator) -> list[Piece]:
    hole = float(rng.uniform(0.4, 0.6))
    return [(rect(-0.75, -0.75, 0.75, 0.75), True), (rect(-hole, -hole, hole, hole), False)]


def _ladder(rng: np.random.Generator) -> list[Piece]:
    rungs = int(rng.integers(3, 6))
    pieces: list[Piece] = [(rect(-0.55, -1.0, -0.38, 1.0), True), (rect(0.38, -1.0, 0.55, 1.0), True)]
    for k in range(rungs):
        y = -0.85 + 1.7 * (k + 0.5) / rungs
        pieces.append((rect(-0.4, y - 0.06, 0.4, y + 0.06), True))
    return pieces


def _dumbbell(rng: np.random.Generator) -> list[Piece]:
    r = float(rng.uniform(0.28, 0.4))
    return [(circle(r, -1.0 + r), True), (circle(r, 1.0 - r), True), (rect(-1.0 + r, -0.1, 1.0 - r, 0.1), True)]


def _trefoil(rng: np.random.Generator) -> list[Piece]:
    r = float(rng.uniform(0.42, 0.5))
    return [(circle(r, (1 - r) * math.cos(a), (1 - r) * math.sin(a)), True)
            for a in (math.pi / 2, math.pi / 2 + 2 * math.pi / 3, math.pi / 2 + 4 * math.pi / 3)]


def _cloud(rng: np.random.Generator) -> list[Piece]:
    pieces: list[Piece] = [(rect(-0.8, 0.0, 0.8, 0.45), True)]
    for x in (-0.55, 0.0, 0.55):
        r = float(rng.uniform(0.3, 0.45))
        pieces.append((circle(r, x, 0.45 - r - float(rng.uniform(0.0, 0.3))), True))
    return pieces


def _fan(rng: np.random.Generator) -> list[Piece]:
    blades = int(rng.integers(3, 6))
    pieces: list[Piece] = []
    for k in range(blades):
        a = 2 * math.pi * k / blades
        pieces.append(([(0.0, 0.0), (math.cos(a - 0.28), math.sin(a - 0.28)), (math.cos(a + 0.28), math.sin(a + 0.28))], True))
    return pieces


def _stairs(rng: np.random.Generator) -> list[Piece]:
    steps = int(rng.integers(3, 5))
    points = [(-0.9, 0.9)]
    for k in range(steps):
        x, y = -0.9 + 1.8 * k / steps, 0.9 - 1.8 * (k + 1) / steps
        points += [(x, y), (-0.9 + 1.8 * (k + 1) / steps, y)]
    return [([*points, (0.9, 0.9)], True)]


def _dome(rng: np.random.Generator) -> list[Piece]:
    arc = [(math.cos(math.pi * k / 24), -math.sin(math.pi * k / 24) * float(rng.uniform(0.98, 1.0))) for k in range(25)]
    return [([(x, y + 0.4) for x, y in arc], True)]


def _slab(rng: np.random.Generator) -> list[Piece]:
    s, h = float(rng.uniform(0.3, 0.5)), float(rng.uniform(0.4, 0.65))
    return [([(-1.0 + s, -h), (1.0, -h), (1.0 - s, h), (-1.0, h)], True)]


def _tray(rng: np.random.Generator) -> list[Piece]:
    top, h = float(rng.uniform(0.35, 0.6)), float(rng.uniform(0.45, 0.7))
    return [([(-top, -h), (top, -h), (1.0, h), (-1.0, h)], True)]


def _lens(rng: np.random.Generator) -> list[Piece]:
    w = float(rng.uniform(0.35, 0.6))
    arc = [(math.sin(math.pi * k / 20 - math.pi / 2), math.cos(math.pi * k / 20 - math.pi / 2)) for k in range(21)]
    return [([(x, y * w) for x, y in arc] + [(-x, -y * w) for x, y in arc[1:-1]], True)]


def _flag(rng: np.random.Generator) -> list[Piece]:
    return [(rect(-0.75, -1.0, -0.6, 1.0), True), (rect(-0.6, -1.0, 0.8, -1.0 + float(rng.uniform(0.7, 1.0))), True)]


def _house(rng: np.random.Generator) -> list[Piece]:
    roof = float(rng.uniform(0.5, 0.8))
    return [([(-0.75, 1.0), (-0.75, -1.0 + roof), (0.0, -1.0), (0.75, -1.0 + roof), (0.75, 1.0)], True),
            (rect(-0.18, 0.45, 0.18, 1.0), False)]


#: Every thing kind, by its one-word name. None is a world shape nor a second domain's kind.
THING_KINDS: dict[str, Kind] = {
    "blob": _blob, "shard": _shard, "sickle": _sickle, "ell": _ell, "tee": _tee, "bar": _bar, "wedge": _wedge,
    "bowtie": _bowtie, "kite": _kite, "wave": _wave, "drop": _drop, "frame": _frame, "ladder": _ladder,
    "dumbbell": _dumbbell, "trefoil": _trefoil, "cloud": _cloud, "fan": _fan, "stairs": _stairs, "dome": _dome,
    "slab": _slab, "tray": _tray, "lens": _lens, "flag": _flag, "house": _house,
}
THING_NAMES: tuple[str, ...] = tuple(THING_KINDS)


@dataclass
class BroadScene:
    """A world scene with things painted into its free space: ``things`` are (kind, box xyxy)."""

    world: Scene
    image: Image.Image
    things: list[tuple[str, tuple[float, float, float, float]]]

    @property
    def file_name(self) -> str:
        return f"broad_s{self.world.seed}_{self.world.index:06d}.png"


def _rng(seed: int, index: int) -> np.random.Generator:
    return np.random.default_rng([zlib.crc32(b"things"), seed, index])


def add_things(scene: Scene, rng: np.random.Generator, count: tuple[int, int] = THING_COUNT) -> BroadScene:
    """Paint ``count`` (inclusive range) things onto a copy of ``scene``'s picture, each whole,
    away from every world object's box and from each other; a thing that finds no free place
    within a few tries is left out. Each thing is boxed by its tight mask box."""
    size = scene.image.size[0]
    scale = size / DEFAULT_IMAGE_SIZE
    image = scene.image.copy()
    taken = [o.xyxy for o in scene.objects]
    things: list[tuple[str, tuple[float, float, float, float]]] = []
    want = int(rng.integers(count[0], count[1] + 1))
    for _attempt in range(want * 10):
        if len(things) == want:
            break
        kind = THING_NAMES[int(rng.integers(0, len(THING_NAMES)))]
        r = rng.uniform(MIN_THING_SIZE, MAX_THING_SIZE) * scale / 2
        cx, cy = rng.uniform(r * 0.85, size - r * 0.85, size=2)
        mask_img = silhouette(THING_KINDS[kind], size, cx, cy, r, rng.uniform(0, 2 * math.pi), rng.uniform(0.8, 1.25), rng)
        mask = np.asarray(mask_img) > 127
        if mask.sum() < 40 * scale * scale:
            continue
        box = mask_box(mask)
        if any(box[0] < b[2] + THING_MARGIN and b[0] < box[2] + THING_MARGIN
               and box[1] < b[3] + THING_MARGIN and b[1] < box[3] + THING_MARGIN for b in taken):
            continue
        image.paste(paint(object_colour(rng), mask_img, size, rng), (0, 0), mask_img)
        taken.append(box)
        things.append((kind, box))
    return BroadScene(scene, image, things)


def broad_background(size: int, rng: np.random.Generator) -> Image.Image:
    """The world's muted gradients two times in five; else a backdrop from the whole range of
    light: near-black or near-white with noise or faint speckle, or smooth colour blotches at any
    value. The world's own backdrops are mid-tones only, so a detector built on them reads any
    dark field as a black object and any bright one as a white object. (No grain, streaks or
    grid lines: those stay the second domains' own.)"""
    style = rng.uniform()
    if style < 0.4:
        return world_background(size, rng)
    if style < 0.75:
        dark = rng.uniform() < 0.5
        value = rng.uniform(0.06, 0.25) if dark else rng.uniform(0.82, 0.96)
        rgb = np.array(colorsys.hsv_to_rgb(rng.uniform(0, 1), rng.uniform(0.0, 0.35), value)) * 255
        arr = np.empty((size, size, 3), np.float32)
        arr[:] = rgb
        arr += rng.normal(0, rng.uniform(2, 9), size=(size, size, 1))
        if rng.uniform() < 0.5:  # speckle
            spots = rng.uniform(size=(size, size)) < rng.uniform(0.002, 0.01)
            arr[spots] += rng.choice([-1.0, 1.0]) * rng.uniform(25, 60)
        return Image.fromarray(arr.clip(0, 255).astype(np.uint8))
    cells = int(rng.integers(3, 7))  # smooth blotches: a coarse random colour grid, upsampled
    hsv = np.stack([rng.uniform(0, 1, (cells, cells)), rng.uniform(0.05, 0.6, (cells, cells)),
                    rng.uniform(0.1, 0.9, (cells, cells))], axis=-1)
    coarse = np.array([[colorsys.hsv_to_rgb(*hsv[i, j]) for j in range(cells)] for i in range(cells)]) * 255
    image = Image.fromarray(coarse.astype(np.uint8)).resize((size, size), Image.Resampling.BICUBIC)
    return image.filter(ImageFilter.GaussianBlur(radius=size / cells / 3))


def draw_broad_scene(seed: int, index: int, size: int = DEFAULT_IMAGE_SIZE) -> BroadScene:
    """A world scene (``gridclip.world.synthetic.draw_scene``, seed ``seed``) on a broad backdrop
    (``broad_background``), with things added."""
    return add_things(draw_scene(seed, index, size=size, background=broad_background), _rng(seed, index))


def broad_coco(scenes: Sequence[BroadScene]) -> dict:
    """A COCO dict: the world's categories and objects as ``scenes_to_coco`` writes them, then one
    category per thing kind (split ``"thing"``) and every thing boxed."""
    coco = scenes_to_coco([s.world for s in scenes], [s.file_name for s in scenes])
    first = len(coco_categories()) + 1
    coco["categories"] += [{"id": first + i, "name": name, "supercategory": "thing", "split": "thing", "synonyms": []}
                           for i, name in enumerate(THING_NAMES)]
    for image, scene in zip(coco["images"], scenes):
        for kind, (x0, y0, x1, y1) in scene.things:
            coco["annotations"].append({"id": len(coco["annotations"]) + 1, "image_id": image["id"],
                                        "category_id": first + THING_NAMES.index(kind), "bbox": [x0, y0, x1 - x0, y1 - y0],
                                        "area": (x1 - x0) * (y1 - y0), "iscrowd": 0})
    coco["info"] = {"description": "GridCLIP synthetic world with broad things"}
    return coco


def write_broad_dataset(out_dir: str | Path, seed: int, n: int, size: int = DEFAULT_IMAGE_SIZE) -> dict:
    """Write ``out_dir/images/*.png`` and ``annotations.json`` of ``n`` broad scenes; refuses an
    ``images/`` folder holding other files. Returns the COCO dict."""
    out = Path(out_dir)
    scenes = [draw_broad_scene(seed, i, size=size) for i in range(n)]
    save_scene_pictures(out / "images", scenes)
    coco = broad_coco(scenes)
    (out / "annotations.json").write_text(json.dumps(coco))
    return coco


def broad_training_examples(coco_path: str | Path):
    """A broad COCO file as ``TrainingExample`` s boxing the base classes and every thing; the
    novel world classes stay in the pictures unboxed. Returns ``(examples, vocabulary)``: the base
    classes (with synonyms) in world order, then the things.

    >>> import tempfile
    >>> from gridclip.world.synthetic import class_names
    >>> folder = Path(tempfile.mkdtemp())
    >>> _ = write_broad_dataset(folder, seed=0, n=2)
    >>> examples, vocab = broad_training_examples(folder / "annotations.json")
    >>> len(vocab) == len(class_names("base")) + len(THING_NAMES)
    True
    """
    base = world_vocabulary("base")
    vocabulary = Vocabulary.from_classes([*base.names, *THING_NAMES],
                                         [*(c.synonyms for c in base.classes), *([] for _ in THING_NAMES)])
    index_of = {c.id + 1: base.index(c.name) for c in WORLD_CLASSES if c.split == "base"}
    first = len(coco_categories()) + 1
    index_of |= {first + i: len(base) + i for i in range(len(THING_NAMES))}
    return coco_examples(coco_path, index_of), vocabulary
