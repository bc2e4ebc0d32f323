"""Boxes on the labeling canvas: what the server shows, what the browser sends back, and
how the two are matched.

The annotator component only round-trips labels and integer pixel boxes. Scores, prediction
ids and the accepted/predicted state stay here, on the server, in ``ShownBox`` (the canvas is
sent the state and score to draw, not to send back); when the
person acts, the boxes the browser sends back are matched to the shown ones to learn which
were kept unchanged, which were edited (moved, resized, relabeled), which are new and which
were deleted.

>>> shown = [ShownBox((10, 10, 50, 50), "cat", "predicted", prediction_id=7, score=0.9)]
>>> canvas = to_annotator_boxes(shown, scale=0.5)
>>> canvas[0]["xmin"], canvas[0]["xmax"], canvas[0]["label"]
(5, 25, 'cat')
>>> drawn = from_annotator_boxes([dict(canvas[0], xmin=15, xmax=35)], scale=0.5)
>>> m = match_drawn_to_shown(shown, drawn, scale=0.5)
>>> [(s.prediction_id, d.xyxy) for s, d in m.edited]
[(7, (30.0, 10.0, 70.0, 50.0))]
"""

from __future__ import annotations

import math
import zlib
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from typing import Literal

import numpy as np
import supervision as sv

BoxState = Literal["predicted", "accepted"]
RGB = tuple[int, int, int]

# A box is drawn in its class's colour, as in Label Studio, CVAT and X-AnyLabeling; its state is
# its outline and the badge on its label (the canvas draws them from the box's "state"): dashed
# with an amber badge = the model's proposal, solid with a green badge = accepted, a blue badge =
# drawn or changed by hand and not yet saved. The canvas takes a box's colour as an RGB tuple (a
# hex string there is misread as dark grey) and a label's colour, for boxes drawn there, as hex.
CLASS_PALETTE: tuple[RGB, ...] = (
    (230, 25, 75), (60, 180, 75), (255, 225, 25), (0, 130, 200), (245, 130, 48), (145, 30, 180),
    (70, 240, 240), (240, 50, 230), (210, 245, 60), (250, 190, 212), (0, 128, 128), (220, 190, 255),
    (170, 110, 40), (128, 0, 0), (170, 255, 195), (128, 128, 0), (255, 215, 180), (0, 0, 128),
)

# A box the person edited is linked back to the shown box it overlaps most, if at all.
EDIT_MIN_IOU = 0.05


def class_palette(names: Iterable[str]) -> dict[str, RGB]:
    """Each class's colour: the palette slot its name hashes to, so a class keeps its colour
    from picture to picture and vocabulary to vocabulary; a class whose slot an earlier one of
    ``names`` took gets the next free slot, so up to ``len(CLASS_PALETTE)`` classes differ.

    >>> colors = class_palette(["cat", "dog", "cat"])
    >>> len(colors), colors["cat"] != colors["dog"], class_palette(["cat"])["cat"] == colors["cat"]
    (2, True, True)
    """
    colors: dict[str, RGB] = {}
    taken: set[int] = set()
    for name in names:
        if name in colors:
            continue
        slot = zlib.crc32(name.strip().casefold().encode()) % len(CLASS_PALETTE)
        while slot in taken and len(taken) < len(CLASS_PALETTE):
            slot = (slot + 1) % len(CLASS_PALETTE)
        taken.add(slot)
        colors[name] = CLASS_PALETTE[slot]
    return colors


def hex_color(rgb: RGB) -> str:
    """``(37, 99, 235)`` as ``'#2563eb'``, the form the canvas takes for label colours."""
    return "#" + bytes(rgb).hex()


@dataclass(frozen=True)
class ShownBox:
    """A box the server put on the canvas, in original-image pixels."""

    xyxy: tuple[float, float, float, float]
    class_name: str
    state: BoxState
    prediction_id: int | None = None
    annotation_id: int | None = None
    score: float | None = None

    def describe(self) -> str:
        """One line for the detection list, e.g. ``'P12 cat 0.91'``."""
        if self.state == "accepted":
            return f"A{self.annotation_id} {self.class_name} (accepted)"
        score = "" if self.score is None else f" {self.score:.2f}"
        return f"P{self.prediction_id} {self.class_name}{score}"


@dataclass(frozen=True)
class DrawnBox:
    """A box as the browser sent it back, converted to original-image pixels."""

    xyxy: tuple[float, float, float, float]
    class_name: str


@dataclass
class Matching:
    """How the boxes sent back relate to the boxes shown."""

    unchanged: list[tuple[ShownBox, DrawnBox]] = field(default_factory=list)
    edited: list[tuple[ShownBox, DrawnBox]] = field(default_factory=list)
    new: list[DrawnBox] = field(default_factory=list)
    removed: list[ShownBox] = field(default_factory=list)


def to_annotator_boxes(shown: Iterable[ShownBox], scale: float, palette: dict[str, RGB] | None = None) -> list[dict]:
    """Shown boxes as the annotator's dicts, in display pixels (``scale`` = display / original),
    in their class's colour (``palette``, by default :func:`class_palette` of their classes),
    with the state and score for the canvas to draw.

    >>> to_annotator_boxes([ShownBox((0, 0, 9.6, 20), "dog", "accepted", annotation_id=1)], 1.0, {"dog": (1, 2, 3)})[0]
    {'xmin': 0, 'ymin': 0, 'xmax': 10, 'ymax': 20, 'label': 'dog', 'color': (1, 2, 3), 'state': 'accepted', 'score': None}
    """
    shown = list(shown)
    palette = palette if palette is not None else class_palette(b.class_name for b in shown)
    boxes = []
    for box in shown:
        x0, y0, x1, y1 = (round(v * scale) for v in box.xyxy)
        boxes.append({"xmin": x0, "ymin": y0, "xmax": x1, "ymax": y1, "label": box.class_name,
                      "color": _class_color(palette, box.class_name), "state": box.state,
                      "score": None if box.state == "accepted" or box.score is None else round(float(box.score), 4)})
    return boxes


def _class_color(palette: dict[str, RGB], name: str) -> RGB:
    return palette[name] if name in palette else class_palette([*palette, name])[name]


class CanvasError(ValueError):
    """Boxes sent back that are not boxes (a list of dicts with four finite numbers and a text
    label): a broken or scripted client, never a person's drawing. The message names the box."""


def _coordinate(box: dict, number: int, key: str) -> float:
    if key not in box:
        raise CanvasError(f"box {number} has no {key}")
    value = box[key]
    if isinstance(value, bool) or not isinstance(value, (int, float)):
        raise CanvasError(f"box {number}'s {key} is {value!r}, not a number")
    if not math.isfinite(value):
        raise CanvasError(f"box {number}'s {key} is {value}, not a finite number")
    return float(value)


def from_annotator_boxes(boxes: Sequence[dict] | None, scale: float) -> list[DrawnBox]:
    """The annotator's dicts (display pixels) as boxes in original-image pixels.

    Corners are put in order, so a box dragged "backwards" is still a valid box. Anything else
    than a list of boxes with four finite numbers and a text label is a :class:`CanvasError`.

    >>> from_annotator_boxes([{"xmin": 20, "ymin": 4, "xmax": 10, "ymax": 8, "label": " cat "}], 0.5)
    [DrawnBox(xyxy=(20.0, 8.0, 40.0, 16.0), class_name='cat')]
    >>> from_annotator_boxes([{"xmin": "left", "ymin": 4, "xmax": 10, "ymax": 8}], 1)
    Traceback (most recent call last):
    ...
    app.boxes.CanvasError: box 1's xmin is 'left', not a number
    """
    if boxes is None:
        return []
    if not isinstance(boxes, (list, tuple)):
        raise CanvasError(f"the boxes are {type(boxes).__name__}, not a list of boxes")
    drawn = []
    for number, box in enumerate(boxes, start=1):
        if not isinstance(box, dict):
            raise CanvasError(f"box {number} is {type(box).__name__}, not a box")
        x0, x1 = sorted((_coordinate(box, number, "xmin"), _coordinate(box, number, "xmax")))
        y0, y1 = sorted((_coordinate(box, number, "ymin"), _coordinate(box, number, "ymax")))
        label = box.get("label") or ""
        if not isinstance(label, str):
            raise CanvasError(f"box {number}'s label is {label!r}, not a text")
        drawn.append(DrawnBox((x0 / scale, y0 / scale, x1 / scale, y1 / scale), label.strip()))
    return drawn


def _same_place(a: Sequence[float], b: Sequence[float], tolerance: float) -> bool:
    return all(abs(p - q) <= tolerance for p, q in zip(a, b))


def match_drawn_to_shown(shown: Sequence[ShownBox], drawn: Sequence[DrawnBox], scale: float) -> Matching:
    """Match boxes sent back to boxes shown.

    Unchanged: same label and the same place up to the rounding to display pixels. Edited: the
    remaining pairs that overlap, greedily by IoU. New: drawn boxes left over. Removed: shown
    boxes left over (the person deleted them).
    """
    # Display pixels are integers, so a box survives the round trip only up to one display pixel.
    tolerance = 1.0 / scale + 1e-6
    result = Matching()
    free_shown = list(range(len(shown)))
    free_drawn = list(range(len(drawn)))

    for j in list(free_drawn):
        for i in free_shown:
            if shown[i].class_name == drawn[j].class_name and _same_place(shown[i].xyxy, drawn[j].xyxy, tolerance):
                result.unchanged.append((shown[i], drawn[j]))
                free_shown.remove(i)
                free_drawn.remove(j)
                break

    pairs = []
    if free_shown and free_drawn:
        ious = sv.box_iou_batch(np.array([shown[i].xyxy for i in free_shown], dtype=np.float64),
                                np.array([drawn[j].xyxy for j in free_drawn], dtype=np.float64))
        pairs = sorted(((float(ious[a, b]), i, j) for a, i in enumerate(free_shown) for b, j in enumerate(free_drawn)),
                       reverse=True)
    for iou, i, j in pairs:
        if iou < EDIT_MIN_IOU:
            break
        if i in free_shown and j in free_drawn:
            result.edited.append((shown[i], drawn[j]))
            free_shown.remove(i)
            free_drawn.remove(j)

    result.new = [drawn[j] for j in free_drawn]
    result.removed = [shown[i] for i in free_shown]
    return result


def box_identity(box: ShownBox) -> tuple:
    # The store's ids name a box across re-filtering; a box without one is known by its place.
    if box.prediction_id is not None or box.annotation_id is not None:
        return (box.state, box.prediction_id, box.annotation_id)
    return (box.state, box.xyxy, box.class_name)


def has_unsaved_edits(edits: Matching) -> bool:
    """True when the person moved, resized, relabeled, drew or deleted a box."""
    return bool(edits.edited or edits.new or edits.removed)


def carry_edits(shown: Sequence[ShownBox], edits: Matching, scale: float,
                palette: dict[str, RGB] | None = None) -> list[dict]:
    """The canvas after re-filtering with the person's unsaved edits kept: the newly shown
    boxes, less those the person edited or deleted, plus their edited and drawn boxes.

    >>> old = [ShownBox((10, 10, 50, 50), "cat", "predicted", prediction_id=7, score=0.9),
    ...        ShownBox((60, 10, 90, 40), "cat", "predicted", prediction_id=8, score=0.8)]
    >>> drawn = [DrawnBox((20, 10, 60, 50), "cat"), DrawnBox((0, 60, 30, 90), "dog")]  # 7 moved, 8 deleted, one new
    >>> edits = match_drawn_to_shown(old, drawn, scale=1.0)
    >>> new = old + [ShownBox((100, 100, 120, 120), "dog", "predicted", prediction_id=9, score=0.2)]
    >>> [(b["xmin"], b["label"]) for b in carry_edits(new, edits, scale=1.0)]
    [(100, 'dog'), (20, 'cat'), (0, 'dog')]
    """
    touched = {box_identity(s) for s, _ in edits.edited} | {box_identity(s) for s in edits.removed}
    kept = [b for b in shown if box_identity(b) not in touched]
    theirs = [d for _, d in edits.edited] + list(edits.new)
    if palette is None:
        palette = class_palette([b.class_name for b in kept] + [d.class_name for d in theirs])
    drawn = [
        {"xmin": round(d.xyxy[0] * scale), "ymin": round(d.xyxy[1] * scale), "xmax": round(d.xyxy[2] * scale),
         "ymax": round(d.xyxy[3] * scale), "label": d.class_name, "color": _class_color(palette, d.class_name),
         "state": "new", "score": None}
        for d in theirs
    ]
    return to_annotator_boxes(kept, scale, palette) + drawn
