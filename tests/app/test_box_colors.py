"""What the server sends the canvas to draw: each box in its class's colour, with its state and a
proposal's score; the payload read back is the stock one (the drawing-only keys do not return)."""

from __future__ import annotations

import numpy as np

from app.boxes import (
    CLASS_PALETTE,
    DrawnBox,
    ShownBox,
    carry_edits,
    class_palette,
    match_drawn_to_shown,
    to_annotator_boxes,
)
from app.canvas import Canvas, CanvasData


def test_each_class_keeps_its_colour_and_classes_of_one_vocabulary_differ() -> None:
    names = [f"class {i}" for i in range(len(CLASS_PALETTE))]
    colors = class_palette(names)
    assert len(set(colors.values())) == len(names)  # every slot once, clashes moved on
    alone = {name: class_palette([name])[name] for name in names}
    # A class's colour is its name's: the same in any vocabulary where no earlier class took it.
    assert sum(alone[name] == colors[name] for name in names) >= len(names) // 2
    assert class_palette(["cat", "dog"])["cat"] == class_palette(["cat", "bird"])["cat"] == class_palette(["Cat "])["Cat "]


def test_boxes_go_to_the_canvas_in_class_colours_with_state_and_score() -> None:
    shown = [
        ShownBox((0, 0, 10, 10), "cat", "predicted", prediction_id=1, score=0.834),
        ShownBox((5, 5, 20, 20), "cat", "accepted", annotation_id=2),
        ShownBox((1, 1, 9, 9), "dog", "predicted", prediction_id=3, score=0.5),
    ]
    boxes = to_annotator_boxes(shown, scale=1.0)
    palette = class_palette(["cat", "dog"])
    assert [b["color"] for b in boxes] == [palette["cat"], palette["cat"], palette["dog"]]
    assert [(b["state"], b["score"]) for b in boxes] == [("predicted", 0.834), ("accepted", None), ("predicted", 0.5)]

    # An edited proposal and a new box stay on the canvas as the person's: class colour, "new".
    drawn = [DrawnBox((2, 0, 12, 10), "cat"), DrawnBox((30, 30, 40, 40), "dog")]
    edits = match_drawn_to_shown(shown[:1], drawn, scale=1.0)
    kept = carry_edits(shown[:1], edits, scale=1.0, palette=palette)
    assert [(b["label"], b["color"], b["state"], b["score"]) for b in kept] == [
        ("cat", palette["cat"], "new", None), ("dog", palette["dog"], "new", None)]


def test_the_canvas_sends_state_and_score_and_reads_back_the_stock_payload() -> None:
    canvas = Canvas()
    box = {"xmin": 1, "ymin": 2, "xmax": 8, "ymax": 9, "label": "cat", "color": (230, 25, 75),
           "state": "predicted", "score": 0.83}
    sent = canvas.postprocess({"image": np.zeros((12, 12, 3), dtype=np.uint8), "boxes": [box], "picture_scale": 2.0})
    assert sent.boxes == [box] and sent.picture_scale == 2.0
    back = dict(box, color="rgb(230, 25, 75)", scaleFactor=1)
    payload = CanvasData.model_validate({"boxes": [back], "orientation": 0})
    assert canvas.preprocess(payload)["boxes"] == [
        {"label": "cat", "color": (230, 25, 75), "xmin": 1, "ymin": 2, "xmax": 8, "ymax": 9}]
