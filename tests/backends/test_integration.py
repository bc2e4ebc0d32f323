"""Acceptance: a real Label Studio server talks to ``gridclip serve-ls`` and the SDK jobs.

Label Studio is started from ``.venv-ls`` (see tests/ls_server.py); the backend is the app that
``gridclip serve-ls`` serves (``backends.commands.build_app``) under uvicorn in this process, with
the tiny random-weight model and a temporary store.
"""

from __future__ import annotations

import io
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
import requests
from label_studio_sdk.client import LabelStudio
from PIL import Image

from app.cli import main as cli_main
from backends.commands import build_app
from storage import Store
from tests.backends.test_server import CONFIG
from tests.backends.test_server import LABELS as CONFIG_LABELS
from tests.ls_server import BackgroundUvicorn, LabelStudioServer, label_studio  # noqa: F401  (fixture)

pytestmark = [pytest.mark.integration, pytest.mark.slow]

SIZES = [(160, 120), (96, 200), (128, 128)]


def drawn_png(size: tuple[int, int], seed: int) -> bytes:
    image = Image.new("RGB", size, (235, 235, 235))
    w, h = size
    image.paste((210, 25, 25), (seed * 7 % (w // 2), seed * 11 % (h // 2), seed * 7 % (w // 2) + w // 3, seed * 11 % (h // 2) + h // 3))
    buf = io.BytesIO()
    image.save(buf, format="PNG")
    return buf.getvalue()


def upload_images(server: LabelStudioServer, project_id: int, sizes: list[tuple[int, int]]) -> None:
    files = [(f"file{i}", (f"scene{i}.png", drawn_png(size, i + 1), "image/png")) for i, size in enumerate(sizes)]
    response = requests.post(
        f"{server.url}/api/projects/{project_id}/import", headers={"Authorization": f"Token {server.token}"}, files=files, timeout=120
    )
    assert response.status_code == 201, response.text
    assert response.json()["task_count"] == len(sizes)


def as_dict(obj: Any) -> dict[str, Any]:
    return obj if isinstance(obj, dict) else obj.model_dump()


def project_tasks(client: LabelStudio, project_id: int) -> list[dict[str, Any]]:
    tasks = [as_dict(t) for t in client.tasks.list(project=project_id, fields="all")]
    for t in tasks:
        t["predictions"] = [as_dict(p) for p in t.get("predictions") or []]
    return tasks


@pytest.fixture
def backend(tmp_path: Path) -> Iterator[tuple[BackgroundUvicorn, Path]]:
    db = tmp_path / "labels.db"
    # No LABEL_STUDIO_URL/API_KEY: the backend must use the hostname and token /setup carries.
    app = build_app("open_clip:tiny-rn", str(db), env={"GRIDCLIP_LS_DATA": str(tmp_path / "ls-data")})
    with BackgroundUvicorn(app) as served:
        served.app = app
        yield served, db


def test_label_studio_gets_predictions_from_serve_ls_and_sends_back_annotations(
    label_studio: LabelStudioServer, backend: tuple[BackgroundUvicorn, Path], tmp_path: Path, monkeypatch: Any  # noqa: F811
) -> None:
    served, db = backend
    monkeypatch.setenv("GRIDCLIP_LS_DATA", str(tmp_path / "pull-data"))
    client = LabelStudio(base_url=label_studio.url, api_key=label_studio.token)
    project = client.projects.create(title="gridclip acceptance", label_config=CONFIG)
    upload_images(label_studio, project.id, SIZES)

    ml = client.ml.create(url=served.url, project=project.id, title="GridCLIP", auto_update=True)
    model_version = served.app.state.backend.holder.model_version
    assert ml.state == "CO", f"Label Studio could not connect: {ml.error_message}"
    assert ml.model_version == model_version

    # Label Studio's own Data Manager action: every task goes to /predict.
    client.actions.create(id="retrieve_tasks_predictions", project=project.id, selected_items={"all": True, "excluded": []})
    tasks = project_tasks(client, project.id)
    assert len(tasks) == len(SIZES)
    uploaded_sizes = set()
    for task in tasks:
        assert len(task["predictions"]) == 1, f"task {task['id']} has {len(task['predictions'])} predictions"
        prediction = task["predictions"][0]
        assert prediction["model_version"] == model_version
        assert prediction["result"], "threshold 0 must give boxes"
        for region in prediction["result"]:
            assert set(region["value"]["rectanglelabels"]) <= CONFIG_LABELS
            assert region["from_name"] == "label" and region["to_name"] == "image"
        uploaded_sizes.add((prediction["result"][0]["original_width"], prediction["result"][0]["original_height"]))
    assert uploaded_sizes == set(SIZES)

    # A person submits a box: Label Studio's webhook puts it into our store.
    task = tasks[0]
    width, height = task["predictions"][0]["result"][0]["original_width"], task["predictions"][0]["result"][0]["original_height"]
    region = {
        "id": "person-drawn", "from_name": "label", "to_name": "image", "type": "rectanglelabels",
        "original_width": width, "original_height": height,
        "value": {"x": 10, "y": 20, "width": 50, "height": 25, "rotation": 0, "rectanglelabels": ["red"]},
    }
    annotation = client.annotations.create(id=task["id"], result=[region])
    store = Store.open(db)
    try:
        boxes = wait_for_boxes(store, served, expected=1)
        assert boxes == [(pytest.approx((0.1 * width, 0.2 * height, 0.6 * width, 0.45 * height), abs=1e-3), "red square", "label-studio")]

        # ls-pull copies the same annotation: same keys, nothing doubles.
        assert cli_main(["ls-pull", "--url", label_studio.url, "--api-key", label_studio.token,
                         "--project", str(project.id), "--db", str(db)]) == 0
        assert len(all_boxes(store)) == 1

        # Deleting the annotation in Label Studio removes it from the store.
        client.annotations.delete(id=annotation.id)
        wait_for_boxes(store, served, expected=0)
    finally:
        store.close()


def test_ls_prelabel_imports_predictions_once_per_model_version(label_studio: LabelStudioServer, tmp_path: Path, capsys: Any) -> None:  # noqa: F811
    client = LabelStudio(base_url=label_studio.url, api_key=label_studio.token)
    project = client.projects.create(title="gridclip prelabel", label_config=CONFIG)
    upload_images(label_studio, project.id, SIZES[:2])
    args = ["ls-prelabel", "--url", label_studio.url, "--api-key", label_studio.token, "--project", str(project.id),
            "--model", "open_clip:tiny-rn", "--batch", "1"]
    assert cli_main(args) == 0
    assert "predicted 2 tasks" in capsys.readouterr().out
    tasks = project_tasks(client, project.id)
    assert [len(t["predictions"]) for t in tasks] == [1, 1]
    for task in tasks:
        assert {label for r in task["predictions"][0]["result"] for label in r["value"]["rectanglelabels"]} <= CONFIG_LABELS
    # A second run has nothing left to do: resumable, no duplicates.
    assert cli_main(args) == 0
    assert "predicted 0 tasks, 2 already had" in capsys.readouterr().out
    assert [len(t["predictions"]) for t in project_tasks(client, project.id)] == [1, 1]


def test_ls_jobs_report_a_wrong_key_or_project_clearly(label_studio: LabelStudioServer, tmp_path: Path, capsys: Any) -> None:  # noqa: F811
    code = cli_main(["ls-pull", "--url", label_studio.url, "--api-key", "wrong-key", "--project", "1", "--db", str(tmp_path / "x.db")])
    assert code == 2 and "refused the API key" in capsys.readouterr().err
    code = cli_main(["ls-pull", "--url", label_studio.url, "--api-key", label_studio.token, "--project", "987654",
                     "--db", str(tmp_path / "x.db")])
    assert code == 2 and "no project 987654" in capsys.readouterr().err


def all_boxes(store: Store) -> list[tuple[Any, str, str]]:
    rows = []
    for image in store.list_images():
        dets = store.annotations(image.id, status="all")
        rows += [(tuple(float(v) for v in dets.xyxy[i]), str(dets.data["class_name"][i]), str(dets.data["source"][i])) for i in range(len(dets))]
    return rows


def wait_for_boxes(store: Store, served: BackgroundUvicorn, expected: int, timeout: float = 120) -> list[tuple[Any, str, str]]:
    """Label Studio sends its webhooks on its own schedule: wait for the store to agree (the
    backend stores each one before answering, or refuses it with a reason)."""
    deadline = time.monotonic() + timeout
    while True:
        boxes = all_boxes(store)
        if len(boxes) == expected or time.monotonic() > deadline:
            assert len(boxes) == expected, f"store has {boxes}; webhooks refused: {served.app.state.backend.webhook_refusals}"
            return boxes
        time.sleep(0.5)


def test_a_personal_access_token_works_for_the_sdk_and_the_image_downloads(label_studio: LabelStudioServer, capsys: Any) -> None:  # noqa: F811
    response = requests.post(f"{label_studio.url}/api/token/", headers={"Authorization": f"Token {label_studio.token}"}, timeout=30)
    assert response.status_code in (200, 201), response.text
    personal_token = response.json()["token"]
    client = LabelStudio(base_url=label_studio.url, api_key=label_studio.token)
    project = client.projects.create(title="gridclip personal token", label_config=CONFIG)
    upload_images(label_studio, project.id, SIZES[2:])
    code = cli_main(["ls-prelabel", "--url", label_studio.url, "--api-key", personal_token, "--project", str(project.id),
                     "--model", "open_clip:tiny-rn"])
    assert code == 0, capsys.readouterr()
    assert "predicted 1 tasks" in capsys.readouterr().out
    (task,) = project_tasks(client, project.id)
    assert task["predictions"][0]["result"][0]["original_width"] == SIZES[2][0]
