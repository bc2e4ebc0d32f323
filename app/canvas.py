"""The labeling canvas: ``gradio_image_annotation``'s annotator with this project's browser
code, reading back what it is sent without judging it, so that the Label view's handlers, not
Gradio, refuse a malformed canvas.

The browser code is a fork of the component's frontend (``app/canvas_frontend``, MIT; built by
``scripts/build_canvas.sh`` into the committed ``app/canvas_templates``): zoom (wheel, + / -,
Fit) and pan, undo / redo, boxes in their class's colour with the state as outline and badge
(dashed + amber "P" proposed, solid + green check accepted, blue "+" drawn or changed and not
saved), the score on a proposal's label, keys that work without a click on the canvas, a
relabel list that shows every class, and a new box labelled with the class used last.

Each box may carry ``state`` ("predicted", "accepted", "new") and ``score`` for the browser to
draw, and the value a ``picture_scale`` (display pixels per picture pixel) for the zoom read-out;
none is read back (the server keeps them, see :mod:`app.boxes`).

The stock component validates the boxes in Gradio's preprocessing, before any handler runs: a
box with a string or NaN coordinate, a missing key, or boxes that are not a list end as Gradio's
generic "the upstream app raised an exception", with nothing in the page saying what went wrong.
Here the payload's boxes are taken as sent; well-formed ones are converted exactly as the stock
component does (display pixels, colour parsed), and anything else reaches the handler unchanged,
where :func:`app.boxes.from_annotator_boxes` names the box at fault and the handler shows it as a
warning with the canvas left as it was.

>>> canvas = Canvas()
>>> canvas.preprocess_boxes([{"xmin": 2.4, "ymin": 0, "xmax": 9, "ymax": 5, "label": "cat"}])[0]["xmin"]
2
>>> canvas.preprocess_boxes([{"xmin": "left", "ymin": 0, "xmax": 9, "ymax": 5}])[0]["xmin"]
'left'
>>> canvas.preprocess_boxes("not a list")
'not a list'
"""

from __future__ import annotations

import math
from typing import Any

from gradio.data_classes import FileData, GradioModel
from gradio.utils import DeveloperPath
from gradio_image_annotation import image_annotator


class CanvasData(GradioModel):
    """The payload as the browser sends it, each part optional and of any type: what it holds
    is checked by the handlers, which can say what is wrong."""

    image: FileData | None = None
    boxes: Any = []
    orientation: Any = 0
    # Display pixels per picture pixel (the server may send a picture shrunk or enlarged), for the
    # zoom read-out to speak of the picture's own pixels; never read back.
    picture_scale: Any = None


def _finite_number(value: Any) -> bool:
    return isinstance(value, (int, float)) and not isinstance(value, bool) and math.isfinite(value)


def _stock_readable(box: Any) -> bool:
    """Whether the stock conversion takes ``box`` without an exception."""
    return (
        isinstance(box, dict)
        and all(_finite_number(box.get(key)) for key in ("xmin", "ymin", "xmax", "ymax"))
        and _finite_number(box.get("scaleFactor", 1))
        and box.get("scaleFactor", 1) != 0
        and isinstance(box.get("color", ""), str)
    )


# Drawn by the browser, not part of the stock payload (whose check refuses unknown keys).
DISPLAY_ONLY_BOX_KEYS = ("state", "score")


class Canvas(image_annotator):
    """``image_annotator`` with :class:`CanvasData` as its payload and the forked browser code
    (see the module doc)."""

    data_model = CanvasData
    # Gradio serves the browser code from here, relative to this file, under this class's id.
    TEMPLATE_DIR = DeveloperPath("./canvas_templates/")

    def get_block_name(self) -> str:
        # Not a name of Gradio's own components, so the page loads this class's browser code.
        return "gridclip_canvas"

    def postprocess(self, value: Any) -> Any:
        """The stock conversion, with each box's display-only keys and the picture's scale passed
        on to the browser."""
        if not isinstance(value, dict) or not isinstance(value.get("boxes", []), list):
            return super().postprocess(value)
        value = dict(value)
        picture_scale = value.pop("picture_scale", None)
        boxes = value.get("boxes", [])
        shown = [{k: v for k, v in box.items() if k in DISPLAY_ONLY_BOX_KEYS} if isinstance(box, dict) else {}
                 for box in boxes]
        value["boxes"] = [{k: v for k, v in box.items() if k not in DISPLAY_ONLY_BOX_KEYS} if isinstance(box, dict)
                          else box for box in boxes]
        data = super().postprocess(value)
        if data is None:
            return None
        return CanvasData(image=data.image, orientation=data.orientation, picture_scale=picture_scale,
                          boxes=[dict(box, **extra) for box, extra in zip(data.boxes, shown)])

    def preprocess_boxes(self, boxes: Any) -> Any:  # type: ignore[override]
        if not isinstance(boxes, list) or not all(_stock_readable(box) for box in boxes):
            return boxes  # as sent: the handler names what is wrong with it
        return super().preprocess_boxes(boxes)

    def preprocess(self, payload: Any) -> Any:
        if payload is None:
            return None
        return {
            "image": self.preprocess_image(payload.image),
            "boxes": self.preprocess_boxes(payload.boxes),
            "orientation": payload.orientation,
        }
