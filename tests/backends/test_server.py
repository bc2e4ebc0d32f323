"""The ML backend's HTTP protocol with a real (tiny, random-weight) detector and a real store."""

from __future__ import annotations

import asyncio
import base64
import io
import json
import threading
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import numpy as np
import pytest
from PIL import Image
from starlette.testclient import TestClient

from backends.learning import AnnotationSync, make_fine_tune
from backends.predictor import PredictionSettings
from backends.server import BackendConfig, create_app
from gridclip.model.thresholds import Thresholds
from storage import Store
from tests.backends.test_images import RecordingServer

CONFIG = """<View>
  <Image name="image" value="$image"/>
  <RectangleLabels name="label" toName="image" model_score_threshold="0.0">
    <Label value="red square" alias="red" predicted_values="crimson block"/>
    <Label value="blue circle"/>
  </RectangleLabels>
</View>"""
LABELS = {"red", "blue circle"}
NO_RECTANGLES = '<View><Image name="i" value="$image"/><Choices name="c" toName="i"><Choice value="a"/></Choices></View>'


class CountingDetector:
    """The real detector, counting how many ``predict`` calls run at the same time."""

    def __init__(self, detector: Any) -> None:
        self.inner = detector
        self.name, self.version = detector.name, detector.version
        self.active = self.peak = self.calls = 0
        self._lock = threading.Lock()

    def predict(self, *args: Any, **kwargs: Any) -> Any:
        with self._lock:
            self.active += 1
            self.calls += 1
            self.peak = max(self.peak, self.active)
        try:
            return self.inner.predict(*args, **kwargs)
        finally:
            with self._lock:
                self.active -= 1


@pytest.fixture(scope="module")
def tiny_detector() -> Any:
    from gridclip import load_detector

    return load_detector("open_clip:tiny-rn")


@pytest.fixture
def images(tmp_path: Path) -> Path:
    root = tmp_path / "files"
    root.mkdir()
    rng = np.random.default_rng(0)
    for i, size in enumerate([(160, 120), (90, 200), (128, 128)]):
        canvas = Image.new("RGB", size, (240, 240, 240))
        x, y = int(rng.integers(0, size[0] // 2)), int(rng.integers(0, size[1] // 2))
        canvas.paste((220, 20, 20), (x, y, x + size[0] // 3, y + size[1] // 3))
        canvas.save(root / f"img{i}.png")
    return root


@pytest.fixture
def store(tmp_path: Path) -> Iterator[Store]:
    s = Store.open(tmp_path / "labels.db")
    yield s
    s.close()


def make_client(detector: Any, images: Path, store: Store | None = None, tmp: Path | None = None, **config: Any) -> TestClient:
    cfg = BackendConfig(
        prediction=PredictionSettings(Thresholds(score_threshold=0.0)),
        local_files_root=str(images),
        env={},
        **config,
    )
    sync = AnnotationSync(store, (tmp or images) / "ls-images") if store is not None else None
    fine_tune = make_fine_tune(store, (tmp or images) / "ckpt", epochs=1) if store is not None else None
    return TestClient(create_app(detector, cfg, sync=sync, fine_tune=fine_tune))


def task(i: int, url: str) -> dict[str, Any]:
    return {"id": i, "data": {"image": url}}


def predict_body(tasks: list[dict[str, Any]], config: str = CONFIG, **params: Any) -> dict[str, Any]:
    return {"tasks": tasks, "project": "7.1700000000", "label_config": config, "params": {"login": None, "password": None, **params}}


def test_health_setup_and_versions_agree_on_the_model_version(tiny_detector: Any, images: Path) -> None:
    client = make_client(tiny_detector, images)
    health = client.get("/health").json()
    assert health["status"] == "UP"
    setup = client.post("/setup", json={"project": "7.1700000000", "schema": CONFIG, "hostname": "http://ls:8080",
                                        "access_token": "abc", "extra_params": None})
    assert setup.status_code == 200
    version = setup.json()["model_version"]
    assert version == health["model_version"]
    assert tiny_detector.version[:12] in version
    assert client.get("/versions").json()["versions"] == [version]


def test_predict_answers_every_task_in_order_with_config_labels_in_percent(tiny_detector: Any, images: Path) -> None:
    detector = CountingDetector(tiny_detector)
    client = make_client(detector, images)
    version = client.post("/setup", json={"project": "7.1", "schema": CONFIG}).json()["model_version"]
    tasks = [task(10 + i, f"/data/local-files/?d=img{i}.png") for i in range(3)]
    response = client.post("/predict", json=predict_body(tasks))
    assert response.status_code == 200, response.text
    body = response.json()
    assert body["model_version"] == version
    assert len(body["results"]) == 3
    assert detector.calls == 1  # all tasks went through the model in one batched call
    for i, result in enumerate(body["results"]):
        assert result["model_version"] == version
        assert result["result"], "score threshold 0 must leave boxes"
        width, height = Image.open(images / f"img{i}.png").size
        scores = []
        for region in result["result"]:
            assert (region["original_width"], region["original_height"]) == (width, height)
            assert region["from_name"] == "label" and region["to_name"] == "image"
            assert region["type"] == "rectanglelabels"
            assert set(region["value"]["rectanglelabels"]) <= LABELS
            v = region["value"]
            assert 0 <= v["x"] <= 100 and 0 <= v["y"] <= 100
            assert v["x"] + v["width"] <= 100 + 1e-6 and v["y"] + v["height"] <= 100 + 1e-6
            assert 0 <= region["score"] <= 1
            scores.append(region["score"])
        assert result["score"] == pytest.approx(np.mean(scores), abs=1e-6)


def test_a_failed_task_gets_an_empty_entry_and_the_others_still_get_boxes(tiny_detector: Any, images: Path) -> None:
    ls = RecordingServer()
    try:
        client = make_client(tiny_detector, images)
        client.post("/setup", json={"project": "7.1", "schema": CONFIG, "hostname": ls.url, "access_token": "tok"})
        tasks = [
            task(1, "/data/local-files/?d=img0.png"),
            {"id": 2, "data": {"picture": "/data/local-files/?d=img1.png"}},  # no "image" key
            task(3, "/data/upload/7/missing.png"),  # 404 on Label Studio
            task(4, "ftp://somewhere/x.png"),  # unknown URL kind
            task(5, "/data/local-files/?d=img2.png"),
        ]
        body = client.post("/predict", json=predict_body(tasks)).json()
    finally:
        ls.close()
    results = body["results"]
    assert len(results) == 5
    assert results[1] == [] and results[2] == [] and results[3] == []
    assert results[0]["result"] and results[4]["result"]
    reasons = {e["task"]: e["error"] for e in body["errors"]}
    assert "no image under data['image']" in reasons[2]
    assert "HTTP 404" in reasons[3]
    assert "unknown image URL" in reasons[4]
    assert ls.auth_of("/data/upload/7/missing.png") == ["Token tok"]


def test_model_score_threshold_of_the_config_filters_boxes(tiny_detector: Any, images: Path) -> None:
    client = make_client(tiny_detector, images)
    strict = CONFIG.replace('model_score_threshold="0.0"', 'model_score_threshold="1.0"')
    tasks = [task(1, "/data/local-files/?d=img0.png")]
    loose = client.post("/predict", json=predict_body(tasks)).json()["results"][0]["result"]
    none = client.post("/predict", json=predict_body(tasks, config=strict)).json()["results"][0]["result"]
    assert loose and none == []


def test_interactive_context_keeps_the_boxes_the_person_pointed_at(tiny_detector: Any, images: Path) -> None:
    client = make_client(tiny_detector, images)
    tasks = [task(1, "/data/local-files/?d=img0.png")]
    everything = client.post("/predict", json=predict_body(tasks)).json()["results"][0]["result"]
    target = everything[0]["value"]
    cx, cy = target["x"] + target["width"] / 2, target["y"] + target["height"] / 2
    context = {"result": [{"type": "keypointlabels", "original_width": 160, "original_height": 120,
                           "value": {"x": cx, "y": cy, "width": 0.5}}]}
    context["result"][0]["value"].pop("width")
    picked = client.post("/predict", json=predict_body(tasks, context=context)).json()["results"][0]["result"]
    assert picked, "a click inside a box must keep that box"
    for region in picked:
        v = region["value"]
        assert v["x"] <= cx <= v["x"] + v["width"] + 1e-6 and v["y"] <= cy <= v["y"] + v["height"] + 1e-6
    assert len(picked) <= len(everything)


@pytest.mark.parametrize(
    "content, words",
    [
        (b"{not json", "not valid JSON"),
        (b"", "empty"),
        (b"[1, 2]", "JSON object"),
        (b'{"tasks": "nope", "label_config": "<View/>"}', "'tasks' must be a list"),
        (b'{"tasks": []}', "no labeling config"),
    ],
)
def test_malformed_predict_requests_get_clear_json_errors(tiny_detector: Any, images: Path, content: bytes, words: str) -> None:
    client = make_client(tiny_detector, images)
    response = client.post("/predict", content=content, headers={"content-type": "application/json"})
    assert response.status_code == 400
    assert words in response.json()["error"]


def test_a_config_without_rectangle_labels_is_refused_at_setup_and_predict(tiny_detector: Any, images: Path) -> None:
    client = make_client(tiny_detector, images)
    setup = client.post("/setup", json={"project": "8.1", "schema": NO_RECTANGLES})
    assert setup.status_code == 400 and "RectangleLabels" in setup.json()["error"]
    predict = client.post("/predict", json=predict_body([task(1, "/data/local-files/?d=img0.png")], config=NO_RECTANGLES))
    assert predict.status_code == 400 and "RectangleLabels" in predict.json()["error"]


def test_basic_auth_is_required_when_configured(tiny_detector: Any, images: Path) -> None:
    client = make_client(tiny_detector, images, basic_auth=("ls", "s3cret"))
    assert client.get("/health").status_code == 401
    assert client.get("/health", auth=("ls", "wrong")).status_code == 401
    assert client.get("/health", auth=("ls", "s3cret")).status_code == 200
    assert client.post("/setup", json={"project": "1.1", "schema": CONFIG}, auth=("ls", "s3cret")).status_code == 200


def test_basic_auth_comes_from_the_environment() -> None:
    assert BackendConfig.from_env({"BASIC_AUTH_USER": "u", "BASIC_AUTH_PASS": "p"}).basic_auth == ("u", "p")
    assert BackendConfig.from_env({"BASIC_AUTH_USER": "u"}).basic_auth is None


def test_fifty_concurrent_predict_calls_are_all_answered_one_model_call_at_a_time(tiny_detector: Any, images: Path) -> None:
    detector = CountingDetector(tiny_detector)
    app = make_client(detector, images).app

    async def run() -> list[httpx.Response]:
        transport = httpx.ASGITransport(app=app)
        async with httpx.AsyncClient(transport=transport, base_url="http://backend", timeout=600) as client:
            calls = [
                client.post("/predict", json=predict_body([task(i, f"/data/local-files/?d=img{i % 3}.png"), task(1000 + i, "/x")]))
                for i in range(50)
            ]
            return await asyncio.gather(*calls)

    responses = asyncio.run(run())
    assert [r.status_code for r in responses] == [200] * 50
    for i, response in enumerate(responses):
        results = response.json()["results"]
        assert len(results) == 2 and results[0]["result"] and results[1] == []
    assert detector.calls == 50
    assert detector.peak == 1


# -- webhooks -------------------------------------------------------------------------------------


def png_data_uri(size: tuple[int, int] = (100, 50)) -> str:
    buf = io.BytesIO()
    Image.new("RGB", size, (10, 200, 10)).save(buf, format="PNG")
    return "data:image/png;base64," + base64.b64encode(buf.getvalue()).decode()


def rect(region_id: str, x: float, y: float, w: float, h: float, label: str) -> dict[str, Any]:
    return {"id": region_id, "from_name": "label", "to_name": "image", "type": "rectanglelabels",
            "original_width": 100, "original_height": 50,
            "value": {"x": x, "y": y, "width": w, "height": h, "rotation": 0, "rectanglelabels": [label]}}


def annotation_event(action: str, annotation_id: int, result: list[dict[str, Any]], project: int = 7) -> dict[str, Any]:
    return {
        "action": action,
        "project": {"id": project, "label_config": CONFIG},
        "task": {"id": 99, "data": {"image": png_data_uri()}},
        "annotation": {"id": annotation_id, "task": 99, "result": result, "completed_by": 3, "was_cancelled": False},
    }


def ls_boxes(store: Store) -> list[tuple[tuple[float, ...], str, str]]:
    rows = []
    for image in store.list_images():
        dets = store.annotations(image.id, status="all")
        for i in range(len(dets)):
            rows.append((tuple(round(float(v), 3) for v in dets.xyxy[i]), str(dets.data["class_name"][i]), str(dets.data["source"][i])))
    return sorted(rows)


def test_submitted_annotations_land_in_the_store_idempotently(tiny_detector: Any, images: Path, store: Store, tmp_path: Path) -> None:
    client = make_client(tiny_detector, images, store, tmp_path)
    event = annotation_event("ANNOTATION_CREATED", 41, [rect("r1", 10, 20, 30, 40, "red"), rect("r2", 50, 0, 50, 100, "blue circle")])
    for _ in range(2):  # Label Studio may deliver twice
        response = client.post("/webhook", json=event)
        # Stored before the answer: no waiting for a background worker.
        assert response.status_code == 200 and response.json()["status"] == "stored"
        assert len(ls_boxes(store)) == 2
    expected = [((10.0, 10.0, 40.0, 30.0), "red square", "label-studio"), ((50.0, 0.0, 100.0, 50.0), "blue circle", "label-studio")]
    assert ls_boxes(store) == sorted(expected)
    assert len(store.list_images()) == 1

    # An update moves one box and drops the other.
    client.post("/webhook", json=annotation_event("ANNOTATION_UPDATED", 41, [rect("r1", 0, 0, 50, 50, "red")]))
    assert ls_boxes(store) == [((0.0, 0.0, 50.0, 25.0), "red square", "label-studio")]

    # Another person's annotation of the same task is kept apart; deleting the first leaves it.
    client.post("/webhook", json=annotation_event("ANNOTATION_CREATED", 42, [rect("r1", 0, 0, 10, 10, "blue circle")]))
    assert len(ls_boxes(store)) == 2
    response = client.post("/webhook", json={"action": "ANNOTATIONS_DELETED", "project": {"id": 7}, "annotations": [{"id": 41}]})
    assert response.status_code == 200 and response.json()["status"] == "deleted"
    assert ls_boxes(store) == [((0.0, 0.0, 10.0, 5.0), "blue circle", "label-studio")]


def test_webhook_bad_input_gets_clear_json_errors_and_loses_nothing(tiny_detector: Any, images: Path, store: Store, tmp_path: Path) -> None:
    client = make_client(tiny_detector, images, store, tmp_path)
    client.post("/webhook", json=annotation_event("ANNOTATION_CREATED", 5, [rect("a", 0, 0, 10, 10, "red")]))
    before = ls_boxes(store)
    assert len(before) == 1

    unknown = {"action": "ANNOTATION_CREATED", "project": {"id": 404}, "task": {"id": 1, "data": {}}, "annotation": {"id": 1, "result": []}}
    response = client.post("/webhook", json=unknown)
    assert response.status_code == 404 and "unknown project 404" in response.json()["error"]

    bad_json = client.post("/webhook", content=b"{oops", headers={"content-type": "application/json"})
    assert bad_json.status_code == 400 and "not valid JSON" in bad_json.json()["error"]

    no_action = client.post("/webhook", json={"project": {"id": 7}})
    assert no_action.status_code == 400 and "action" in no_action.json()["error"]

    no_annotation = client.post("/webhook", json={"action": "ANNOTATION_UPDATED", "project": {"id": 7, "label_config": CONFIG}})
    assert no_annotation.status_code == 400 and "annotation" in no_annotation.json()["error"]

    wrong_config = annotation_event("ANNOTATION_CREATED", 6, [])
    wrong_config["project"]["label_config"] = NO_RECTANGLES
    response = client.post("/webhook", json=wrong_config)
    assert response.status_code == 400 and "RectangleLabels" in response.json()["error"]

    ignored = client.post("/webhook", json={"action": "PROJECT_UPDATED", "project": {"id": 7}})
    assert ignored.status_code == 200 and ignored.json()["status"] == "ignored"

    # A label the config does not have is refused before the answer, and changes nothing.
    response = client.post("/webhook", json=annotation_event("ANNOTATION_UPDATED", 5, [rect("a", 0, 0, 10, 10, "unicorn")]))
    assert response.status_code == 422 and "unicorn" in response.json()["error"] and response.json()["region"] == "a"
    assert ls_boxes(store) == before
    assert client.get("/health").json()["webhook_refusals"] == 6


def bad_region(change: dict[str, Any], value_change: dict[str, Any] | None = None) -> dict[str, Any]:
    region = rect("bad-1", 10, 10, 20, 20, "red")
    region["value"].update(value_change or {})
    region.update(change)
    return region


@pytest.mark.parametrize(
    "region, words",
    [
        (bad_region({}, {"x": "10"}), "x is '10', not a number"),
        (bad_region({}, {"width": float("nan")}), "not a finite number"),
        (bad_region({}, {"rectanglelabels": ["unicorn"]}), "label 'unicorn' is not defined"),
        (bad_region({"original_width": 0}), "original_width is 0; it must be positive"),
        (bad_region({"original_height": "50"}), "original_height is '50', not a number"),
        (bad_region({}, {"y": None}), "y is None, not a number"),
        (bad_region({}, {"width": 0}), "has zero or negative size"),
        (bad_region({}, {"x": 500}), "entirely outside"),
        (bad_region({"value": "oops"}), "'value' is 'oops'"),
    ],
    ids=["string-coordinate", "nan", "unknown-label", "original-width-0", "string-size", "missing-y", "zero-width",
         "outside", "value-not-object"],
)
def test_a_bad_annotation_is_refused_naming_the_region_and_nothing_is_stored(
    tiny_detector: Any, images: Path, store: Store, tmp_path: Path, region: dict[str, Any], words: str
) -> None:
    client = make_client(tiny_detector, images, store, tmp_path)
    good = rect("good-1", 0, 0, 10, 10, "blue circle")
    assert client.post("/webhook", json=annotation_event("ANNOTATION_CREATED", 5, [good])).status_code == 200
    before = ls_boxes(store)
    # The bad region comes after a good one: the whole annotation is refused, not half stored.
    event = annotation_event("ANNOTATION_UPDATED", 5, [rect("good-1", 0, 0, 50, 50, "red"), region])
    # json.dumps writes NaN as Python's json.loads (and so the backend) reads it back.
    response = client.post("/webhook", content=json.dumps(event), headers={"content-type": "application/json"})
    assert 400 <= response.status_code < 500, response.text
    error = response.json()["error"]
    assert "bad-1" in error and words in error, error
    assert ls_boxes(store) == before
    assert client.get("/health").json()["webhook_refusals"] == 1


def test_a_webhook_whose_image_cannot_be_had_is_refused_not_acknowledged(
    tiny_detector: Any, images: Path, store: Store, tmp_path: Path
) -> None:
    client = make_client(tiny_detector, images, store, tmp_path)
    event = annotation_event("ANNOTATION_CREATED", 8, [rect("r", 0, 0, 10, 10, "red")])
    event["task"]["data"]["image"] = "/data/upload/1/missing.png"  # no Label Studio host known
    response = client.post("/webhook", json=event)
    assert response.status_code == 503 and "image" in response.json()["error"]
    assert ls_boxes(store) == []


def test_request_bodies_over_the_limit_are_refused_unread(tiny_detector: Any, images: Path, store: Store, tmp_path: Path) -> None:
    client = make_client(tiny_detector, images, store, tmp_path, max_body_bytes=4096)
    big = annotation_event("ANNOTATION_CREATED", 9, [rect("r", 0, 0, 10, 10, "red")])
    big["task"]["data"]["padding"] = "x" * 10_000
    for path in ("/webhook", "/predict", "/setup"):
        response = client.post(path, json=big)
        assert response.status_code == 413 and "4096" in response.json()["error"], path
    # A chunked body without Content-Length is cut off at the limit too.
    response = client.post("/webhook", content=iter([b'{"a": "' + b"x" * 3000, b"x" * 3000 + b'"}']),
                           headers={"content-type": "application/json"})
    assert response.status_code == 413
    assert ls_boxes(store) == []
    assert BackendConfig.from_env({"GRIDCLIP_LS_MAX_BODY_BYTES": "123"}).max_body_bytes == 123


def test_start_training_fine_tunes_in_the_background_and_publishes_a_new_version(
    tiny_detector: Any, images: Path, store: Store, tmp_path: Path
) -> None:
    import copy

    detector = copy.deepcopy(tiny_detector)
    client = make_client(detector, images, store, tmp_path)
    backend = client.app.state.backend
    assert client.post("/webhook", json=annotation_event("ANNOTATION_CREATED", 1, [rect("a", 10, 10, 40, 60, "red")])).status_code == 200
    before = client.post("/setup", json={"project": "7.1", "schema": CONFIG}).json()["model_version"]

    response = client.post("/webhook", json={"action": "START_TRAINING", "project": {"id": 7}})
    assert response.status_code == 201 and response.json()["status"] == "started"
    assert response.json()["model_version"] == before  # answered at once, still the old model
    backend.holder.wait_for_training(timeout=600)
    assert backend.holder.status.state == "done", backend.holder.status.message
    health = client.get("/health").json()
    assert health["training_result"]["epochs"] == 1 and health["training_result"]["held_out"] is None  # one picture
    assert "no held-out pictures" in health["training_result"]["held_out_text"]

    after = client.post("/setup", json={"project": "7.1", "schema": CONFIG}).json()["model_version"]
    assert after != before
    assert client.get("/versions").json()["versions"] == [before, after]
    body = client.post("/predict", json=predict_body([task(1, "/data/local-files/?d=img0.png")])).json()
    assert body["model_version"] == after and body["results"][0]["model_version"] == after
    assert any(v["version"] == backend.holder.current()[0].version for v in store.model_versions())


def test_start_training_without_a_store_is_a_clear_error(tiny_detector: Any, images: Path) -> None:
    client = make_client(tiny_detector, images)
    response = client.post("/webhook", json={"action": "START_TRAINING", "project": {"id": 7}})
    assert response.status_code == 409 and "store" in response.json()["error"]


def test_each_control_predicts_on_its_own_image(tiny_detector: Any, images: Path) -> None:
    two_images = """<View><Image name="left" value="$a"/><Image name="right" value="$b"/>
      <RectangleLabels name="on_left" toName="left" model_score_threshold="0"><Label value="car"/></RectangleLabels>
      <RectangleLabels name="on_right" toName="right" model_score_threshold="0"><Label value="tree"/></RectangleLabels></View>"""
    client = make_client(tiny_detector, images)
    tasks = [{"id": 1, "data": {"a": "/data/local-files/?d=img0.png", "b": "/data/local-files/?d=img1.png"}},
             {"id": 2, "data": {"a": "/data/local-files/?d=img2.png"}}]  # no "b": the task fails as a whole
    body = client.post("/predict", json=predict_body(tasks, config=two_images)).json()
    regions = body["results"][0]["result"]
    sizes = {r["from_name"]: (r["original_width"], r["original_height"], r["to_name"], r["value"]["rectanglelabels"][0]) for r in regions}
    assert sizes == {"on_left": (160, 120, "left", "car"), "on_right": (90, 200, "right", "tree")}
    assert body["results"][1] == [] and "data['b']" in body["errors"][0]["error"]
