"""Property tests of the two parsers of outside data in the Label Studio backend: the webhook and
the ``/predict`` payload (issue 29, "make it systematic").

Payloads are Label Studio's shapes with any part swapped for arbitrary JSON. Whatever comes in,
the answer is JSON with a 4xx naming the problem (a 502/503 only for an image that cannot be had
from Label Studio), or a 2xx whose content round-trips: the boxes stored are exactly the
payload's rectangles in pixels, ``/predict`` answers every task in order and its regions convert
back to the boxes the model gave. Never a 500.
"""

from __future__ import annotations

import json
import math
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from starlette.testclient import TestClient

from backends.convert import regions_to_detections
from backends.label_config import parse_label_config
from backends.learning import AnnotationSync
from backends.server import BackendConfig, create_app
from storage import Store
from tests.backends.test_images import png_bytes
from tests.backends.test_webhook_integrity import BOXES, StubDetector, data_uri

SETTINGS = settings(max_examples=120, deadline=None, suppress_health_check=[HealthCheck.too_slow],
                    derandomize=True)
WIDTH, HEIGHT = 100, 50
IMAGE = data_uri((WIDTH, HEIGHT))
CONFIG = f"""<View>
{BOXES}  <Choices name="kind" toName="image" choice="multiple"><Choice value="red square"/><Choice value="blue circle"/></Choices>
  <Taxonomy name="tree" toName="image"><Choice value="blue circle"/></Taxonomy>
</View>"""
CLASS_OF_LABEL = {"red": "red square", "blue circle": "blue circle"}

json_scalars = (st.none() | st.booleans() | st.integers(-(2**70), 2**70) | st.floats(allow_nan=True, allow_infinity=True)
                | st.text(max_size=12))
json_values = st.recursive(json_scalars, lambda inner: st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=6), inner, max_size=3),
                           max_leaves=8)


def weighted(valid: st.SearchStrategy[Any], junk_one_in: int) -> st.SearchStrategy[Any]:
    # one_of picks its branches evenly (and folds repeated ones), so the odds are drawn here.
    return st.integers(1, junk_one_in).flatmap(lambda i: json_values if i == 1 else valid)


def mostly(valid: st.SearchStrategy[Any]) -> st.SearchStrategy[Any]:
    """Label Studio's value three times in four, any JSON otherwise."""
    return weighted(valid, 4)


def rarely(valid: st.SearchStrategy[Any]) -> st.SearchStrategy[Any]:
    """Label Studio's value, any JSON one time in fifteen: a region has many fields, and one junk
    field refuses the whole annotation."""
    return weighted(valid, 15)


coordinates = st.floats(-20, 130, allow_nan=False) | st.integers(-20, 130)
rectangle_value = st.fixed_dictionaries(
    {"x": rarely(st.floats(-10, 95)), "y": rarely(st.floats(-10, 95)), "width": rarely(st.floats(0.5, 60)),
     "height": rarely(st.floats(0.5, 60)),
     "rectanglelabels": rarely(st.integers(1, 10).flatmap(
         lambda i: st.sampled_from([["unicorn"], [], ["red", "blue circle"]]) if i == 1 else st.sampled_from([["red"], ["blue circle"]])))},
    optional={"rotation": rarely(st.just(0))},
)
rectangle = st.fixed_dictionaries(
    {"from_name": rarely(st.just("label")), "to_name": st.just("image"), "type": rarely(st.just("rectanglelabels")),
     "value": rarely(rectangle_value),
     "original_width": rarely(st.sampled_from([WIDTH] * 8 + [WIDTH + 1, WIDTH * 2])),
     "original_height": rarely(st.sampled_from([HEIGHT] * 8 + [HEIGHT - 1, HEIGHT * 3]))},
    optional={"id": rarely(st.sampled_from(["a", "b", "c", "d", "e", "f"])), "score": rarely(st.floats(0, 1))},
)
tag_region = st.fixed_dictionaries(
    {"from_name": st.sampled_from(["kind", "tree"]), "type": st.sampled_from(["choices", "taxonomy"]),
     "value": mostly(st.fixed_dictionaries({}, optional={"choices": mostly(st.lists(st.sampled_from(["red square", "blue circle", "x"]))),
                                                         "taxonomy": mostly(st.lists(st.lists(st.sampled_from(["blue circle", "y"]))))}))},
    optional={"id": st.text(max_size=3)},
)
annotation_results = st.lists(st.integers(1, 10).flatmap(lambda i: (json_values, tag_region)[i - 1] if i <= 2 else rectangle),
                              min_size=1, max_size=4)
webhook_payloads = st.one_of(
    # Label Studio's shape, junk in the regions.
    st.fixed_dictionaries(
        {"action": st.sampled_from(["ANNOTATION_CREATED", "ANNOTATION_UPDATED"]), "project": st.just({"id": 7, "label_config": CONFIG}),
         "task": st.just({"id": 99, "data": {"image": IMAGE}}),
         "annotation": st.fixed_dictionaries({"id": st.integers(1, 4), "task": st.just(99), "result": annotation_results},
                                             optional={"was_cancelled": st.booleans(), "completed_by": json_values})}),
    # Junk at any level.
    st.fixed_dictionaries(
        {"action": mostly(st.sampled_from(["ANNOTATION_CREATED", "ANNOTATION_UPDATED", "ANNOTATIONS_DELETED", "START_TRAINING"])),
         "project": mostly(st.just({"id": 7, "label_config": CONFIG}))},
        optional={
            "task": mostly(st.fixed_dictionaries({"id": mostly(st.just(99)),
                                                  "data": mostly(st.fixed_dictionaries({"image": mostly(st.just(IMAGE))}))})),
            "annotation": mostly(st.fixed_dictionaries(
                {"id": mostly(st.integers(1, 4)), "result": mostly(annotation_results)},
                optional={"task": mostly(st.just(99)), "was_cancelled": mostly(st.booleans()), "completed_by": json_values})),
            "annotations": mostly(st.lists(st.fixed_dictionaries({"id": mostly(st.integers(1, 4))}), max_size=3)),
        },
    ),
)


def expected_boxes(annotation: dict[str, Any]) -> list[tuple[str, tuple[float, ...], str]]:
    """The payload's rectangles as the store must hold them, worked out independently of the backend:
    percent of the region's original size to pixels, clipped to the picture."""
    if annotation.get("was_cancelled"):
        return []
    boxes = []
    for index, region in enumerate(annotation.get("result") or []):
        if region.get("type") != "rectanglelabels" or region.get("from_name") != "label" or not region["value"].get("rectanglelabels"):
            continue
        value, w, h = region["value"], region.get("original_width"), region.get("original_height")
        x1, y1 = value["x"] * w / 100, value["y"] * h / 100
        x2, y2 = x1 + value["width"] * w / 100, y1 + value["height"] * h / 100
        clipped = (max(x1, 0), max(y1, 0), min(x2, WIDTH), min(y2, HEIGHT))
        region_id = f"#{index}" if region.get("id") in (None, "") else str(region["id"])
        boxes.append((region_id, tuple(round(float(v), 2) for v in clipped), CLASS_OF_LABEL[value["rectanglelabels"][0]]))
    return sorted(boxes)


def stored(store: Store, annotation_id: int) -> list[tuple[str, tuple[float, ...], str]]:
    prefix = f"label-studio:7:{annotation_id}:"
    rows = []
    for image in store.list_images():
        dets = store.annotations(image.id, status="all")
        for i in range(len(dets)):
            external = str(dets.data["external_id"][i])
            if external.startswith(prefix):
                rows.append((external[len(prefix):], tuple(round(float(v), 2) for v in dets.xyxy[i]), str(dets.data["class_name"][i])))
    return sorted(rows)


def assert_clear_answer(response: Any) -> dict[str, Any]:
    """A JSON object; an error one names the problem; no 500."""
    body = response.json()
    assert isinstance(body, dict)
    assert response.status_code < 500 or response.status_code in (502, 503), body
    if response.status_code >= 400:
        assert isinstance(body.get("error"), str) and body["error"] and "internal error" not in body["error"], body
    return body


def test_any_webhook_is_refused_clearly_or_stored_exactly(tmp_path: Path) -> None:
    store = Store.open(tmp_path / "labels.db")
    client = TestClient(create_app(StubDetector(), BackendConfig(env={}), sync=AnnotationSync(store, tmp_path / "ls-images")))

    @SETTINGS
    @given(payload=webhook_payloads)
    def check(payload: dict[str, Any]) -> None:
        annotation_id = payload.get("annotation", {}).get("id") if isinstance(payload.get("annotation"), dict) else None
        named = isinstance(annotation_id, int) and not isinstance(annotation_id, bool)
        before = stored(store, annotation_id) if named else None
        response = client.post("/webhook", content=json.dumps(payload), headers={"content-type": "application/json"})
        body = assert_clear_answer(response)
        if response.status_code >= 400 and named:  # a refused annotation changes nothing
            assert stored(store, annotation_id) == before
        if body.get("status") == "stored":
            annotation = payload["annotation"]
            assert stored(store, annotation["id"]) == expected_boxes(annotation)
            assert body["boxes"] == len(expected_boxes(annotation))
        if body.get("status") == "deleted":
            for entry in payload["annotations"]:
                if isinstance(entry.get("id"), int) and not isinstance(entry["id"], bool):
                    assert stored(store, entry["id"]) == []

    try:
        check()
    finally:
        store.close()


PICTURES = {IMAGE: (WIDTH, HEIGHT), data_uri((33, 77)): (33, 77), "/data/local-files/?d=good.png": (40, 20)}
NOT_PICTURES = ["/data/local-files/?d=../outside.png", "/data/local-files/?d=missing.png", "ftp://x/y.png", "s3://bucket/k.png",
                "http://127.0.0.1:9/x.png", "http://[::1]:9/x.png", "http://169.254.169.254/latest/meta-data", "",
                "data:image/png;base64,!!!", "data:text/plain,hello", "/data/upload/1/x.png", "upload/2/y.png"]
context_region = st.fixed_dictionaries(
    {"value": mostly(st.fixed_dictionaries({"x": mostly(coordinates), "y": mostly(coordinates)},
                                           optional={"width": mostly(coordinates), "height": mostly(coordinates),
                                                     "rectanglelabels": mostly(st.just(["red"]))}))},
    optional={"original_width": mostly(st.sampled_from([WIDTH, 40, 33])), "original_height": mostly(st.sampled_from([HEIGHT, 20, 77])),
              "type": st.sampled_from(["keypointlabels", "rectanglelabels"])},
)
image_urls = st.one_of(st.sampled_from(sorted(PICTURES)), st.sampled_from(NOT_PICTURES), json_values)
well_formed_tasks = st.lists(st.fixed_dictionaries({"id": st.integers(0, 10**6), "data": st.fixed_dictionaries({"image": image_urls})}),
                             min_size=1, max_size=4)
label_configs = st.sampled_from([CONFIG, CONFIG.replace('toName="image">', 'toName="image" model_score_threshold="0.2">', 1)])
# An interactive call's context: the regions the person drew or clicked, any of their values junk.
contexts = st.fixed_dictionaries({"result": mostly(st.lists(st.one_of(context_region, context_region, json_values), min_size=1, max_size=3))})
predict_payloads = st.one_of(
    # Label Studio's shape, junk in the leaves: tasks, their images, the context.
    st.fixed_dictionaries({"tasks": well_formed_tasks, "label_config": label_configs, "project": st.just("7.1700000000"),
                           "params": st.fixed_dictionaries({"context": st.none() | contexts})}),
    # Junk at any level.
    st.fixed_dictionaries(
        {"tasks": mostly(st.lists(mostly(st.fixed_dictionaries({"id": mostly(st.integers(0, 10**6)),
                                                                 "data": mostly(st.fixed_dictionaries({"image": image_urls}))})),
                                  max_size=4)),
         "label_config": mostly(label_configs)},
        optional={"project": mostly(st.just("7.1700000000")), "params": mostly(st.fixed_dictionaries({"context": mostly(contexts)}))},
    ),
)


def test_any_predict_payload_is_refused_clearly_or_answered_task_by_task(tmp_path: Path) -> None:
    root = tmp_path / "files"
    root.mkdir()
    (root / "good.png").write_bytes(png_bytes((40, 20)))
    client = TestClient(create_app(StubDetector(), BackendConfig(env={}, local_files_root=str(root))))
    control = parse_label_config(CONFIG).controls[0]

    @SETTINGS
    @given(payload=predict_payloads)
    def check(payload: dict[str, Any]) -> None:
        response = client.post("/predict", content=json.dumps(payload), headers={"content-type": "application/json"})
        body = assert_clear_answer(response)
        if response.status_code != 200:
            assert response.status_code == 400, body
            return
        tasks = payload["tasks"]
        assert len(body["results"]) == len(tasks)
        errors = body.get("errors", [])
        # One error (naming the task and why) for each task answered with [], in task order.
        unanswered = [task for task, result in zip(tasks, body["results"]) if result == []]
        assert [e["task"] for e in errors] == [t.get("id") if isinstance(t, dict) else None for t in unanswered]
        assert all(isinstance(e["error"], str) and e["error"] for e in errors)
        for task, result in zip(tasks, body["results"]):
            url = task.get("data", {}).get("image") if isinstance(task, dict) and isinstance(task.get("data"), dict) else None
            if not isinstance(url, str) or url not in PICTURES:
                assert result == []
                continue
            assert isinstance(result, dict), (task, result, body.get("errors"))
            width, height = PICTURES[url]
            back = regions_to_detections(result["result"], control)
            for xyxy in back.xyxy:  # the stub's one box over the middle, wherever a context kept it
                assert [round(float(v), 2) for v in xyxy] == pytest.approx([width / 4, height / 4, 3 * width / 4, 3 * height / 4], abs=0.02)
            assert math.isfinite(result["score"])

    check()
