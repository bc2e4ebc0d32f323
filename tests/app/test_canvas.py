"""A malformed canvas (boxes that are not a list, NaN or text coordinates, missing keys) is
refused with a message in the page naming the box at fault, and nothing is saved: through the
Label view's handlers, the canvas component's preprocessing, and a live app over HTTP."""

from __future__ import annotations

import math
import warnings
from pathlib import Path

import pytest

from app.boxes import CanvasError, from_annotator_boxes
from app.canvas import Canvas, CanvasData
from app.label_handlers import LabelHandlers, TabState
from app.session import LabelingService, ModelSlot
from tests.app_support import VOCAB, free_port, open_store, tiny_detector

BOX = {"xmin": 10, "ymin": 10, "xmax": 40, "ymax": 40, "label": "square"}

MALFORMED = {
    "boxes a text": ("oops", "the boxes are str, not a list of boxes"),
    "boxes a dict": ({"xmin": 1}, "the boxes are dict, not a list of boxes"),
    "a box a number": ([BOX, 5], "box 2 is int, not a box"),
    "NaN coordinate": ([dict(BOX, xmin=math.nan)], "box 1's xmin is nan, not a finite number"),
    "infinite coordinate": ([dict(BOX, ymax=math.inf)], "box 1's ymax is inf, not a finite number"),
    "text coordinate": ([dict(BOX, xmin="left")], "box 1's xmin is 'left', not a number"),
    "null coordinate": ([dict(BOX, ymin=None)], "box 1's ymin is None, not a number"),
    "missing key": ([{k: v for k, v in BOX.items() if k != "ymax"}], "box 1 has no ymax"),
    "label a number": ([dict(BOX, label=7)], "box 1's label is 7, not a text"),
}


def _warnings_of(call):
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        result = call()
    return result, [str(w.message) for w in caught]


def _drain(updates) -> list:
    """What the client heard of a finished job: statuses (with the page's toasts) and outputs."""
    heard = []
    while not updates.empty():
        heard.append(updates.get_nowait())
    return heard


@pytest.mark.parametrize("case", list(MALFORMED))
def test_accepting_a_malformed_canvas_says_what_is_wrong_and_saves_nothing(tmp_path: Path, case: str) -> None:
    service = LabelingService(open_store(tmp_path), ModelSlot(tiny_detector()))
    handlers = LabelHandlers(service, upload_dir=tmp_path / "uploads")
    state, *_ = handlers.load(TabState(), VOCAB, 0.0, 0.5, False, "order")
    state, canvas, _, _ = handlers.prelabel(state, VOCAB, 0.0, 0.5, False)
    boxes, expected = MALFORMED[case]
    sent = {"image": canvas["value"]["image"], "boxes": boxes, "orientation": 0}
    for accept in (lambda: handlers.accept_all(state, VOCAB, 0.0, 0.5, False, sent),
                   lambda: handlers.accept_selected(state, VOCAB, 0.0, 0.5, False, sent, [f"P{state.view.pending[0].prediction_id}"])):
        result, messages = _warnings_of(accept)
        assert any(m == f"nothing was saved: the canvas sent boxes that cannot be read ({expected})" for m in messages), messages
        assert all(r == {"__type__": "update"} for r in result)  # every output left as it was
    assert service.store.counts()["annotations"] == 0
    # Moving on is not blocked by it: a canvas that cannot be read holds nothing to save.
    state, _, _, status = handlers.next(state, VOCAB, 0.0, 0.5, False, "order", sent)
    assert "Image 2/3" in status


def test_a_rotation_that_is_not_a_number_is_named(tmp_path: Path) -> None:
    service = LabelingService(open_store(tmp_path, images=1), ModelSlot(tiny_detector()))
    handlers = LabelHandlers(service, upload_dir=tmp_path / "uploads")
    state, *_ = handlers.load(TabState(), VOCAB, 0.0, 0.5, False, "order")
    _, messages = _warnings_of(lambda: handlers.accept_all(state, VOCAB, 0.0, 0.5, False,
                                                           {"boxes": [BOX], "orientation": "sideways"}))
    assert any("the orientation is 'sideways', not a number of quarter turns" in m for m in messages), messages


@pytest.mark.parametrize("case", list(MALFORMED))
def test_the_canvas_hands_a_malformed_payload_to_the_handler_unjudged(case: str) -> None:
    """Gradio validates and preprocesses before any handler runs: neither may raise, so that the
    handler's reading (``from_annotator_boxes``) is what names the fault."""
    boxes, expected = MALFORMED[case]
    payload = CanvasData.model_validate({"boxes": boxes, "orientation": 0}, context={"validate_meta": True})
    with pytest.raises(CanvasError) as refused:
        from_annotator_boxes(Canvas().preprocess(payload)["boxes"], scale=1.0)
    assert str(refused.value) == expected


def test_the_canvas_reads_good_boxes_as_the_stock_component_does() -> None:
    from gradio_image_annotation import image_annotator

    sent = [{"xmin": 20.6, "ymin": 4, "xmax": 60, "ymax": 30, "label": "cat", "color": "rgb(1, 2, 3)", "scaleFactor": 2}]
    assert Canvas().preprocess_boxes(sent) == image_annotator().preprocess_boxes(sent)



def test_the_canvas_is_served_its_own_browser_code() -> None:
    """Gradio loads a component's code from its TEMPLATE_DIR (beside its module) under its class
    id when its name is none of Gradio's own: the fork built into app/canvas_templates."""
    import inspect

    from gradio_image_annotation import image_annotator

    served = Path(inspect.getfile(Canvas)).parent / Canvas.TEMPLATE_DIR / "component" / "index.js"
    assert served.is_file() and "zoom-level" in served.read_text(encoding="utf-8")
    assert Canvas.get_component_class_id() != image_annotator.get_component_class_id()
    assert Canvas().get_block_name() not in {"image", "imageeditor", "annotatedimage", "image_annotator"}


@pytest.mark.integration
def test_a_malformed_canvas_through_the_api_is_a_warning_in_the_page(tmp_path: Path) -> None:
    from gradio_client import Client, handle_file

    from app.ui import build_app

    store = open_store(tmp_path, images=2)
    demo = build_app(store, tiny_detector(), data_dir=tmp_path / "data", default_vocabulary=VOCAB, default_threshold=0.0)
    port = free_port()
    demo.queue().launch(server_name="127.0.0.1", server_port=port, prevent_thread_lock=True, quiet=True, show_error=False)
    try:
        client = Client(f"http://127.0.0.1:{port}/", verbose=False)
        client.predict(VOCAB, 0.0, 0.5, False, "order", api_name="/load")
        canvas, _, _ = client.predict(VOCAB, 0.0, 0.5, False, api_name="/prelabel")
        image = handle_file(canvas["value"]["image"])
        for case in ("boxes a text", "text coordinate", "missing key", "null coordinate"):
            boxes, expected = MALFORMED[case]
            job = client.submit(VOCAB, 0.0, 0.5, False, {"image": image, "boxes": boxes, "orientation": 0},
                                api_name="/accept_all")
            assert job.result()[2] == {"__type__": "update"}  # the status line is left as it was
            logs = [update.log for update in _drain(job.communicator.updates) if getattr(update, "log", None)]
            assert (f"nothing was saved: the canvas sent boxes that cannot be read ({expected})", "warning") in logs, logs
        assert store.counts()["annotations"] == 0
    finally:
        demo.close()
