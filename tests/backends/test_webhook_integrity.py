"""What a webhook, ``/setup`` or ``/predict`` must refuse rather than store wrong or answer with a 500
(issue 29 items 4 and 7). The model is a stub: these are about the payloads, not the boxes."""

from __future__ import annotations

import base64
import io
import os
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import numpy as np
import pytest
import supervision as sv
from PIL import Image
from starlette.testclient import TestClient

from backends.learning import AnnotationSync
from backends.server import BackendConfig, create_app
from storage import Store
from tests.backends.test_images import RecordingServer, png_bytes

#: The picture and its two box labels (one by alias); the property and tag tests add controls after them.
BOXES = """  <Image name="image" value="$image"/>
  <RectangleLabels name="label" toName="image">
    <Label value="red square" alias="red"/>
    <Label value="blue circle"/>
  </RectangleLabels>
"""
CONFIG = f"<View>\n{BOXES}</View>"


class StubDetector:
    """Answers every picture with one box over its middle, of the first class."""

    name, version = "stub", "0123456789ab"

    def predict(self, images: list[Image.Image], vocabulary: Any, *args: Any, **kwargs: Any) -> list[sv.Detections]:
        answers = []
        for image in images:
            w, h = image.size
            answers.append(sv.Detections(xyxy=np.array([[w / 4, h / 4, 3 * w / 4, 3 * h / 4]], dtype=np.float32),
                                         confidence=np.array([0.5], dtype=np.float32), class_id=np.array([0])))
        return answers


def data_uri(size: tuple[int, int], color: tuple[int, int, int] = (10, 200, 10)) -> str:
    buf = io.BytesIO()
    Image.new("RGB", size, color).save(buf, format="PNG")
    return "data:image/png;base64," + base64.b64encode(buf.getvalue()).decode()


def rect(region_id: Any, x: float, y: float, w: float, h: float, label: str = "red", size: tuple[Any, Any] = (100, 50)) -> dict[str, Any]:
    return {"id": region_id, "from_name": "label", "to_name": "image", "type": "rectanglelabels",
            "original_width": size[0], "original_height": size[1],
            "value": {"x": x, "y": y, "width": w, "height": h, "rotation": 0, "rectanglelabels": [label]}}


def event(annotation_id: int, result: list[Any], task: dict[str, Any] | None = None) -> dict[str, Any]:
    task = {"id": 99, "data": {"image": data_uri((100, 50))}} if task is None else task
    return {"action": "ANNOTATION_CREATED", "project": {"id": 7, "label_config": CONFIG}, "task": task,
            "annotation": {"id": annotation_id, "task": task.get("id"), "result": result, "completed_by": 3}}


@pytest.fixture
def store(tmp_path: Path) -> Iterator[Store]:
    s = Store.open(tmp_path / "labels.db")
    yield s
    s.close()


def client_for(tmp_path: Path, store: Store | None = None, **config: Any) -> TestClient:
    sync = AnnotationSync(store, tmp_path / "ls-images") if store is not None else None
    return TestClient(create_app(StubDetector(), BackendConfig(env={}, **config), sync=sync))


def stored_boxes(store: Store) -> list[tuple[int, tuple[float, ...]]]:
    rows = []
    for image in store.list_images():
        dets = store.annotations(image.id, status="all")
        rows += [(image.id, tuple(round(float(v), 2) for v in dets.xyxy[i])) for i in range(len(dets))]
    return sorted(rows)


# -- item 4: the webhook --------------------------------------------------------------------------


def test_two_regions_with_one_id_are_refused_naming_it(tmp_path: Path, store: Store) -> None:
    client = client_for(tmp_path, store)
    response = client.post("/webhook", json=event(1, [rect("twin", 0, 0, 10, 10), rect("twin", 50, 50, 20, 20)]))
    assert response.status_code == 422, response.text
    assert response.json()["region"] == "twin" and "two regions" in response.json()["error"]
    assert stored_boxes(store) == []


def test_regions_without_ids_are_each_kept(tmp_path: Path, store: Store) -> None:
    client = client_for(tmp_path, store)
    regions = [rect(None, 0, 0, 10, 10), rect(None, 50, 50, 20, 20), rect("1", 20, 20, 10, 10)]
    del regions[0]["id"]
    response = client.post("/webhook", json=event(1, regions))
    assert response.status_code == 200 and response.json()["boxes"] == 3
    assert len(stored_boxes(store)) == 3


@pytest.mark.parametrize("size, field", [((200, 50), "original_width"), ((100, 100), "original_height"),
                                         ((50, 100), "original_width")], ids=["wider", "taller", "rotated"])
def test_an_original_size_that_is_not_the_pictures_is_refused_naming_the_field(
    tmp_path: Path, store: Store, size: tuple[int, int], field: str
) -> None:
    client = client_for(tmp_path, store)
    response = client.post("/webhook", json=event(1, [rect("ok", 0, 0, 10, 10), rect("off", 10, 10, 20, 20, size=size)]))
    assert response.status_code == 422, response.text
    assert response.json()["region"] == "off" and field in response.json()["error"]
    assert "100x50" in response.json()["error"]
    assert stored_boxes(store) == []


def test_a_pixel_of_rounding_in_the_original_size_is_no_disagreement(tmp_path: Path, store: Store) -> None:
    client = client_for(tmp_path, store)
    assert client.post("/webhook", json=event(1, [rect("a", 0, 0, 50, 50, size=(101, 50))])).status_code == 200
    assert len(stored_boxes(store)) == 1


@pytest.mark.parametrize("task_id", ["absent", None, "12", 1.5, True])
def test_an_annotation_whose_task_has_no_integer_id_is_refused(tmp_path: Path, store: Store, task_id: Any) -> None:
    client = client_for(tmp_path, store)
    first = {"data": {"image": data_uri((100, 50), (200, 0, 0))}}
    second = {"data": {"image": data_uri((100, 50), (0, 0, 200))}}
    if task_id != "absent":
        first["id"] = second["id"] = task_id
    for annotation_id, task in ((1, first), (2, second)):
        response = client.post("/webhook", json=event(annotation_id, [rect("r", 0, 0, 10, 10)], task=task))
        assert response.status_code == 400 and "'id'" in response.json()["error"], response.text
    assert stored_boxes(store) == [] and store.list_images() == []


def test_an_annotation_naming_another_task_is_refused(tmp_path: Path, store: Store) -> None:
    client = client_for(tmp_path, store)
    payload = event(1, [rect("r", 0, 0, 10, 10)])
    payload["annotation"]["task"] = 98
    response = client.post("/webhook", json=payload)
    assert response.status_code == 400 and "task 98" in response.json()["error"]
    assert stored_boxes(store) == []


@pytest.mark.parametrize("entry", [{"id": True}, None, {"id": "1"}, 1])
def test_a_deletion_naming_no_integer_id_is_refused_and_deletes_nothing(tmp_path: Path, store: Store, entry: Any) -> None:
    client = client_for(tmp_path, store)
    assert client.post("/webhook", json=event(1, [rect("r", 0, 0, 10, 10)])).status_code == 200
    response = client.post("/webhook", json={"action": "ANNOTATIONS_DELETED", "project": {"id": 7},
                                             "annotations": [{"id": 1}, entry]})
    assert response.status_code == 400 and "annotation #1" in response.json()["error"]
    assert len(stored_boxes(store)) == 1


@pytest.mark.parametrize("token", [123, {"key": "x"}, ["x"], True, 1.5])
def test_setup_refuses_an_access_token_that_is_not_a_string(tmp_path: Path, ls: RecordingServer, token: Any) -> None:
    client = client_for(tmp_path)
    response = client.post("/setup", json={"project": "7.1", "schema": CONFIG, "hostname": ls.url, "access_token": token})
    assert response.status_code == 400 and "access_token" in response.json()["error"]
    # Nothing registered: a /predict of the project has no config.
    ls.files["/data/upload/1/a.png"] = png_bytes()
    answer = client.post("/predict", json={"project": "7.1", "tasks": [{"id": 1, "data": {"image": "/data/upload/1/a.png"}}]})
    assert answer.status_code == 400 and ls.requests == []


# -- item 7: hostnames and Local Storage paths -----------------------------------------------------


@pytest.mark.parametrize("hostname", ["ftp://x", 5, "http://", "ls:8080", "http://a b", ["http://ls"], "http://ls:99999"])
@pytest.mark.parametrize("token", [None, "tok"])
def test_setup_refuses_a_hostname_that_is_no_http_address(tmp_path: Path, hostname: Any, token: str | None) -> None:
    response = client_for(tmp_path).post("/setup", json={"project": "7.1", "schema": CONFIG, "hostname": hostname,
                                                         "access_token": token})
    assert response.status_code == 400, response.text
    assert "'hostname'" in response.json()["error"]


@pytest.fixture
def document_root(tmp_path: Path) -> Path:
    root = tmp_path / "root"
    root.mkdir()
    (root / "good.png").write_bytes(png_bytes((40, 20)))
    os.symlink("loop-b", root / "loop-a")
    os.symlink("loop-a", root / "loop-b")
    return root


BAD_LOCAL_PATHS = {"symlink-loop": "loop-a", "nul-byte": "a%00b.png", "3000-levels": "/".join(["d"] * 3000) + "/x.png"}


def test_unreadable_local_paths_are_per_task_errors_and_the_good_tasks_are_answered(tmp_path: Path, document_root: Path) -> None:
    client = client_for(tmp_path, local_files_root=str(document_root))
    tasks = [{"id": 1, "data": {"image": "/data/local-files/?d=good.png"}}]
    tasks += [{"id": 10 + i, "data": {"image": f"/data/local-files/?d={d}"}} for i, d in enumerate(BAD_LOCAL_PATHS.values())]
    tasks += [{"id": 2, "data": {"image": "/data/local-files/?d=good.png"}}]
    response = client.post("/predict", json={"tasks": tasks, "label_config": CONFIG, "project": "7.1"})
    assert response.status_code == 200, response.text
    body = response.json()
    assert body["results"][0]["result"] and body["results"][-1]["result"]
    assert body["results"][1:-1] == [[], [], []]
    errors = {e["task"]: e["error"] for e in body["errors"]}
    assert sorted(errors) == [10, 11, 12]
    assert "symbolic link loop" in errors[10] and "null byte" in errors[11] and "too long" in errors[12]
    assert all(len(e) < 600 and str(document_root) not in e for e in errors.values())


@pytest.mark.parametrize("path", list(BAD_LOCAL_PATHS.values()), ids=list(BAD_LOCAL_PATHS))
def test_a_webhook_with_an_unreadable_local_path_is_a_4xx(tmp_path: Path, document_root: Path, store: Store, path: str) -> None:
    client = client_for(tmp_path, store, local_files_root=str(document_root))
    task = {"id": 5, "data": {"image": f"/data/local-files/?d={path}"}}
    response = client.post("/webhook", json=event(1, [rect("r", 0, 0, 10, 10)], task=task))
    assert response.status_code == 400 and "cannot be read" in response.json()["error"]
    assert stored_boxes(store) == []
