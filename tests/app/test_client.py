"""The app's flow through its HTTP API with ``gradio_client``: a live server in this process,
a temporary SQLite store, drawn pictures and the tiny random detector."""

from __future__ import annotations

import json
from pathlib import Path

import numpy as np
import pytest
from gradio_client import Client, handle_file
from PIL import Image as PILImage

from app.ui import build_app, launch
from tests.app_support import VOCAB, free_port, open_store, tiny_detector

pytestmark = pytest.mark.integration


@pytest.fixture()
def live_app(tmp_path: Path):
    store = open_store(tmp_path, images=3)
    demo = build_app(
        store, tiny_detector(), data_dir=tmp_path / "data", default_vocabulary=VOCAB, default_threshold=0.0,
        model_source="open_clip:tiny-rn",
    )
    port = free_port()
    launch(demo, tmp_path / "data", server_name="127.0.0.1", server_port=port, prevent_thread_lock=True, quiet=True)
    try:
        yield store, Client(f"http://127.0.0.1:{port}/", verbose=False)
    finally:
        demo.close()


def _boxes(canvas_update: dict) -> list[dict]:
    return canvas_update["value"]["boxes"]


def _canvas(canvas_update: dict, boxes: list[dict]) -> dict:
    """What the browser would send back: the image and the boxes (colours as CSS strings)."""
    sent = [{k: v for k, v in b.items() if k != "color"} for b in boxes]
    return {"image": handle_file(canvas_update["value"]["image"]), "boxes": sent, "orientation": 0}


def test_prelabel_move_accept_next_export(live_app, tmp_path: Path) -> None:
    store, client = live_app
    canvas, choices, status = client.predict(VOCAB, 0.0, 0.5, False, "order", api_name="/load")
    assert "Image 1/3" in status and _boxes(canvas) == []

    canvas, choices, status = client.predict(VOCAB, 0.0, 0.5, False, api_name="/prelabel")
    boxes = _boxes(canvas)
    assert boxes and len(choices["choices"]) == len(boxes)

    moved = [dict(b) for b in boxes]
    moved[0]["xmin"] += 4
    moved[0]["xmax"] += 4
    moved[0]["ymin"] = max(0, moved[0]["ymin"] - 2)
    canvas, choices, status = client.predict(VOCAB, 0.0, 0.5, False, _canvas(canvas, moved), api_name="/accept_all")
    assert "edited 1" in status
    assert all(b["state"] == "accepted" and b["score"] is None for b in _boxes(canvas))  # all accepted now

    saved = store.annotations(1)
    # The 160x120 pictures are shown enlarged by a whole factor; boxes come back in original pixels.
    scale = PILImage.open(canvas["value"]["image"]).width / 160
    assert scale == 3
    x0, y0, x1, y1 = (moved[0][k] / scale for k in ("xmin", "ymin", "xmax", "ymax"))
    expected = [min(x0, 160), y0, min(x1, 160), y1]
    edited = saved.xyxy[saved.data["source"] == "edited"]
    assert np.allclose(edited, [expected])
    assert len(saved) == len(boxes)

    canvas, choices, status = client.predict(VOCAB, 0.0, 0.5, False, "order", api_name="/next")
    assert "Image 2/3" in status

    coco_path, summary = client.predict(False, "coco", api_name="/export")
    coco = json.loads(Path(coco_path).read_text())
    x0, y0, x1, y1 = expected
    assert any(np.allclose(a["bbox"], [x0, y0, x1 - x0, y1 - y0], atol=1e-3) for a in coco["annotations"])
    assert len(coco["annotations"]) == len(boxes)


def test_accept_selected_reject_and_queue(live_app) -> None:
    store, client = live_app
    client.predict(VOCAB, 0.0, 0.5, False, "order", api_name="/load")
    canvas, choices, _ = client.predict(VOCAB, 0.0, 0.5, False, api_name="/prelabel")
    values = [value for _, value in choices["choices"]]
    assert len(values) >= 2
    canvas, choices, status = client.predict(
        VOCAB, 0.0, 0.5, False, _canvas(canvas, _boxes(canvas)), [values[0]], api_name="/accept_selected"
    )
    assert "accepted 1" in status
    assert store.annotations(1).data["prediction_id"].tolist() == [int(values[0][1:])]

    canvas, choices, status = client.predict(VOCAB, 0.0, 0.5, False, [], api_name="/reject")
    assert choices["choices"] == []
    assert len(store.annotations(1, status="rejected")) == len(values) - 1

    canvas, choices, status = client.predict(VOCAB, 0.0, 0.5, False, "unlabeled", api_name="/set_order")
    assert "Image 1/2" in status and "scene_01.png" in status
    canvas, choices, status = client.predict(VOCAB, 0.0, 0.5, False, "unlabeled", api_name="/next_unlabeled")
    assert "scene_02.png" in status


def test_refilter_and_batch_through_the_api(live_app) -> None:
    store, client = live_app
    client.predict(VOCAB, 0.0, 0.5, False, "order", api_name="/load")
    canvas, choices, _ = client.predict(VOCAB, 0.0, 0.5, False, api_name="/prelabel")
    scores = sorted(float(label.split()[-1]) for label, _ in choices["choices"])
    middle = (scores[0] + scores[-1]) / 2  # the list shows scores rounded, so stay clear of them
    canvas, fewer, _ = client.predict(VOCAB, middle, 0.5, False, api_name="/refilter")
    assert 0 < len(fewer["choices"]) < len(choices["choices"])

    summary = client.predict(VOCAB, 0.0, 0.5, False, "unpredicted", 2, api_name="/batch")
    assert "2 images pre-labeled" in summary and "of 2" in summary
    assert "0 images pre-labeled" in client.predict(VOCAB, 0.0, 0.5, False, "unpredicted", 2, api_name="/batch")
    assert client.predict(api_name="/cancel_batch") == "No batch is running."


def test_find_similar_the_switch_and_the_batch_through_the_api(live_app) -> None:
    """The wiring of Find similar (a ticked proposal as the example), the Exemplars switch and
    the Batch tab's use of the example (the tab's state, kept by the client's session)."""
    _, client = live_app
    client.predict(VOCAB, 0.0, 0.5, False, "order", api_name="/load")
    canvas, choices, status = client.predict(VOCAB, 0.0, 0.5, False, False, api_name="/prelabel")
    assert "Scored with text only" in status
    label, value = choices["choices"][0]
    canvas, choices, status = client.predict(VOCAB, 0.0, 0.5, False, True, _canvas(canvas, _boxes(canvas)), [value],
                                             api_name="/find_similar")
    name = label.split()[1]
    assert f"{name} (1 box, Find similar)" in status and "Find similar: " in status, status
    summary = client.predict(VOCAB, 0.0, 0.5, False, "all", 2, api_name="/batch")  # the switch's default: on
    assert "3 images pre-labeled" in summary and "Find similar: " in summary, summary
    summary = client.predict(VOCAB, 0.0, 0.5, False, "all", 2, False, api_name="/batch")
    assert "Scored with text only" in summary, summary
    _, _, status = client.predict(VOCAB, api_name="/forget_similar")
    assert "Forgot the Find similar example" in status
    _, _, status = client.predict(VOCAB, 0.0, 0.5, False, api_name="/prelabel")
    assert "Scored with text only" in status and "Find similar" not in status  # no accepted boxes yet


@pytest.mark.slow
def test_fine_tune_lists_versions_and_switches_back(live_app) -> None:
    store, client = live_app
    start = store.model_versions()[0]["version"]
    client.predict(VOCAB, 0.0, 0.5, False, "order", api_name="/load")
    canvas, _, _ = client.predict(VOCAB, 0.0, 0.5, False, api_name="/prelabel")
    client.predict(VOCAB, 0.0, 0.5, False, _canvas(canvas, _boxes(canvas)), api_name="/accept_all")

    status, curve, versions, pick = client.predict(1, True, api_name="/train")
    assert "is now active" in status, status
    assert "1 epochs at lr" in status and "no held-out pictures" in status, status  # what ran, and the held-out AP
    # The report under the Done line: which classes were new (an untrained head: none) and the settings that ran.
    assert "\n- no class is new to the model (the gentle fine-tune); known: " in status, status
    assert "\n- defaults for known classes: lr " in status and "head only" in status, status
    assert len(curve["data"]) >= 1 and curve["columns"] == ["epoch", "loss"]  # the live loss plot got points
    assert 0 < curve["data"][0][0] <= curve["data"][-1][0] == 1.0  # in epochs: one epoch ends at 1
    rows = store.model_versions()
    assert len(rows) == 2 and rows[1]["parent"] == start
    assert rows[1]["config"]["checkpoint_dir"]
    assert [r[0] for r in versions["data"]].count("●") == 1 and versions["data"][1][0] == "●"

    note, versions = client.predict(start, api_name="/activate_version")
    assert "Active model" in note
    assert versions["data"][0][0] == "●"
    # The store records the switch's effect: the next pre-label is by the starting model again.
    client.predict(VOCAB, 0.0, 0.5, False, "order", api_name="/next")
    client.predict(VOCAB, 0.0, 0.5, False, api_name="/prelabel")
    assert store.has_predictions(2, start, "square | box, circle")


def test_stats_chart_and_bad_upload_through_the_api(live_app, tmp_path: Path) -> None:
    store, client = live_app
    client.predict(VOCAB, 0.0, 0.5, False, "order", api_name="/load")
    junk = tmp_path / "junk.jpg"
    junk.write_bytes(b"not a jpeg at all")
    before = store.counts()
    canvas, choices, status = client.predict([handle_file(str(junk))], VOCAB, 0.0, 0.5, False, api_name="/upload")
    assert store.counts() == before
    plot = client.predict(api_name="/stats")
    assert plot["type"] == "matplotlib" and plot["plot"]


def test_tags_through_the_api(live_app) -> None:
    """The tag control's events: tick classes of the current picture, read them back, move on."""
    store, client = live_app
    client.predict(VOCAB, 0.0, 0.5, False, "order", api_name="/load")
    shown = client.predict(VOCAB, api_name="/tags")
    assert shown["value"] == [] and [value for _, value in shown["choices"]] == ["square", "circle"]
    ticked = client.predict(VOCAB, ["circle"], api_name="/set_tags")
    assert ticked["value"] == ["circle"]
    assert [(t.class_name, t.source) for t in store.tags(1)] == [("circle", "manual")]
    assert client.predict(VOCAB, api_name="/tags")["value"] == ["circle"]
    client.predict(VOCAB, 0.0, 0.5, False, "order", api_name="/next")
    assert client.predict(VOCAB, api_name="/tags")["value"] == []  # the next picture has none
