"""Draw tiny test scenes (coloured shapes on a plain background) and their COCO file.

Deterministic for a seed, so a test can draw, train and evaluate without any download.

>>> import tempfile
>>> out = Path(tempfile.mkdtemp())
>>> coco_path = write_shape_dataset(out, n_images=2, seed=0)
>>> data = json.loads(coco_path.read_text())
>>> [c["name"] for c in data["categories"]], len(data["images"])
(['square', 'circle'], 2)
"""

from __future__ import annotations

import json
import random
from dataclasses import dataclass
from pathlib import Path

import numpy as np
from PIL import Image, ImageDraw

SHAPES = ("square", "circle")
COLOURS = {"square": (220, 30, 30), "circle": (30, 60, 220)}
BACKGROUND = (235, 235, 225)


@dataclass
class Scene:
    image: Image.Image
    xyxy: np.ndarray      # [N,4] float32, pixels
    class_ids: np.ndarray  # [N] int64, index into SHAPES


def _overlaps(box: tuple[int, int, int, int], others: list[tuple[int, int, int, int]], margin: int = 4) -> bool:
    x0, y0, x1, y1 = box
    return any(x0 < b[2] + margin and b[0] < x1 + margin and y0 < b[3] + margin and b[1] < y1 + margin for b in others)


def draw_scene(rng: random.Random, size: tuple[int, int] = (160, 120), n_shapes: int = 2,
               min_side: int = 28, max_side: int = 52) -> Scene:
    """One picture with ``n_shapes`` non-overlapping shapes; class ``i`` is ``SHAPES[i]``.

    The first two shapes cover both classes so every picture teaches both.

    >>> s = draw_scene(random.Random(1))
    >>> s.image.size, s.xyxy.shape, sorted(s.class_ids.tolist())
    ((160, 120), (2, 4), [0, 1])
    """
    width, height = size
    image = Image.new("RGB", size, BACKGROUND)
    pen = ImageDraw.Draw(image)
    boxes: list[tuple[int, int, int, int]] = []
    classes: list[int] = []
    for i in range(n_shapes):
        cls = i % len(SHAPES) if i < len(SHAPES) else rng.randrange(len(SHAPES))
        for _ in range(200):
            side = rng.randint(min_side, max_side)
            x0 = rng.randint(2, width - side - 2)
            y0 = rng.randint(2, height - side - 2)
            box = (x0, y0, x0 + side, y0 + side)
            if not _overlaps(box, boxes):
                break
        else:
            continue
        if SHAPES[cls] == "square":
            pen.rectangle([box[0], box[1], box[2] - 1, box[3] - 1], fill=COLOURS["square"])
        else:
            pen.ellipse([box[0], box[1], box[2] - 1, box[3] - 1], fill=COLOURS["circle"])
        boxes.append(box)
        classes.append(cls)
    return Scene(image, np.array(boxes, np.float32).reshape(-1, 4), np.array(classes, np.int64))


def scenes_to_coco(scenes: list[Scene], file_names: list[str], categories: list[dict] | None = None) -> dict:
    """A COCO detection dict for drawn scenes (bbox xywh, 1-based ids).

    >>> s = Scene(Image.new("RGB", (10, 10)), np.array([[1, 2, 5, 8]], np.float32), np.array([1]))
    >>> scenes_to_coco([s], ["a.png"])["annotations"][0]["bbox"]
    [1.0, 2.0, 4.0, 6.0]
    """
    categories = categories or [{"id": i + 1, "name": name} for i, name in enumerate(SHAPES)]
    images, annotations = [], []
    for image_id, (scene, name) in enumerate(zip(scenes, file_names), start=1):
        images.append({"id": image_id, "file_name": name, "width": scene.image.width, "height": scene.image.height})
        for (x0, y0, x1, y1), cls in zip(scene.xyxy.tolist(), scene.class_ids.tolist()):
            annotations.append({
                "id": len(annotations) + 1, "image_id": image_id, "category_id": categories[cls]["id"],
                "bbox": [x0, y0, x1 - x0, y1 - y0], "area": (x1 - x0) * (y1 - y0), "iscrowd": 0,
            })
    return {"images": images, "annotations": annotations, "categories": categories}


def write_shape_dataset(out_dir: str | Path, n_images: int = 4, seed: int = 0, size: tuple[int, int] = (160, 120),
                        n_shapes: int = 2, categories: list[dict] | None = None) -> Path:
    """Draw ``n_images`` scenes as PNGs under ``out_dir/images`` and write ``out_dir/coco.json``."""
    out = Path(out_dir)
    (out / "images").mkdir(parents=True, exist_ok=True)
    rng = random.Random(seed)
    scenes = [draw_scene(rng, size, n_shapes) for _ in range(n_images)]
    names = [f"scene_{i:03d}.png" for i in range(n_images)]
    for scene, name in zip(scenes, names):
        scene.image.save(out / "images" / name)
    coco_path = out / "coco.json"
    coco_path.write_text(json.dumps(scenes_to_coco(scenes, names, categories), indent=1))
    return coco_path


if __name__ == "__main__":  # python -m tests.drawing OUT_DIR [N_IMAGES]
    import sys

    if len(sys.argv) not in (2, 3):
        sys.exit("usage: python -m tests.drawing OUT_DIR [N_IMAGES]")
    written = write_shape_dataset(sys.argv[1], n_images=int(sys.argv[2]) if len(sys.argv) == 3 else 4)
    print(f"wrote {written} and its images under {Path(sys.argv[1]) / 'images'}")
