"""Shared pieces of the app tests: drawn pictures, a temporary store, the tiny detector.

The detector is ``open_clip:tiny-rn`` (random weights, no download): its boxes mean nothing,
but they are deterministic and, with a threshold of 0, never empty on these pictures, which
is all the flow tests need.
"""

from __future__ import annotations

import functools
import socket
from pathlib import Path

from PIL import Image, ImageDraw

VOCAB = "square | box, circle"


def draw_pictures(folder: Path, n: int = 3, size: tuple[int, int] = (160, 120)) -> list[Path]:
    """``n`` PNG pictures with a red square and a blue circle each, at different places."""
    folder.mkdir(parents=True, exist_ok=True)
    paths = []
    for i in range(n):
        picture = Image.new("RGB", size, (235, 235, 225))
        pen = ImageDraw.Draw(picture)
        x = 10 + 15 * i
        pen.rectangle((x, 20, x + 40, 60), fill=(220, 30, 30))
        pen.ellipse((x + 60, 50, x + 100, 90), fill=(30, 60, 220))
        path = folder / f"scene_{i:02d}.png"
        picture.save(path)
        paths.append(path)
    return paths


@functools.lru_cache(maxsize=1)
def tiny_detector():
    """The random tiny CLIP detector (loaded once per test process; it takes seconds)."""
    from gridclip import load_detector

    return load_detector("open_clip:tiny-rn", device="cpu", text_cache_dir=False)


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def open_store(tmp_path: Path, images: int = 3):
    """A SQLite store in ``tmp_path`` holding ``images`` drawn pictures."""
    from storage import Store

    store = Store.open(tmp_path / "labels.db")
    report = store.add_images(draw_pictures(tmp_path / "pictures", images), recursive=False)
    assert len(report.added) == images, report
    return store
