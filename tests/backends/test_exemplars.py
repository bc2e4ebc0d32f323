"""Label Studio: a project's submitted boxes are its exemplar prototypes (``backends.exemplars``).

On the committed demo model and synthetic world scenes, as ``tests/gridclip/inference/test_exemplars.py``: boxes
of ``red circle`` submitted through the webhook on pictures of one world seed lift the score
``/predict`` gives red circles on pictures of another seed; another project, the text-only
switches and a deleted annotation all give the text-only answer back exactly.
"""

from __future__ import annotations

import base64
import copy
import io
from pathlib import Path
from typing import Any

import numpy as np
import pytest
import supervision as sv
import torch
from starlette.testclient import TestClient

from backends.label_config import LabelConfigError, parse_label_config
from backends.learning import AnnotationSync
from backends.predictor import PredictionSettings
from backends.server import BackendConfig, create_app
from gridclip.model.thresholds import Thresholds
from storage import Store
from tests.backends.test_server import store  # noqa: F401  (fixture)
from tests.exemplar_support import mechanism_detector

CLASS = "red circle"


def config_xml(**attributes: str) -> str:
    from gridclip.world.synthetic import WORLD_CLASSES

    labels = "".join(f'<Label value="{c.name}"/>' for c in WORLD_CLASSES[:12])  # the reds and the greens
    extra = "".join(f' {k}="{v}"' for k, v in attributes.items())
    return (f'<View><Image name="image" value="$image"/><RectangleLabels name="label" toName="image" '
            f'model_score_threshold="0.0"{extra}>{labels}</RectangleLabels></View>')


CONFIG = config_xml()


@pytest.fixture(scope="module")
def detector() -> Any:
    return mechanism_detector()


@pytest.fixture(scope="module")
def scenes() -> dict[str, list[tuple[Any, np.ndarray]]]:
    """Pictures with red circles and their boxes: ``exemplars`` (seed 7000) and ``queries`` (7100)."""
    from gridclip.world.synthetic import WORLD_CLASSES, draw_scenes

    class_id = next(c.id for c in WORLD_CLASSES if c.name == CLASS)

    def with_class(seed: int, limit: int) -> list[tuple[Any, np.ndarray]]:
        found = [(s.image, np.array([o.xyxy for o in s.objects if o.class_id == class_id], np.float32))
                 for s in draw_scenes(seed, 60) if any(o.class_id == class_id for o in s.objects)]
        return found[:limit]

    return {"exemplars": with_class(7000, 5), "queries": with_class(7100, 4)}


def data_uri(image: Any) -> str:
    buf = io.BytesIO()
    image.save(buf, format="PNG")
    return "data:image/png;base64," + base64.b64encode(buf.getvalue()).decode()


def make_client(detector: Any, store: Store, tmp_path: Path, env: dict[str, str] | None = None) -> TestClient:  # noqa: F811
    config = BackendConfig.from_env(env or {}, prediction=PredictionSettings(Thresholds(score_threshold=0.0)))
    return TestClient(create_app(detector, config, sync=AnnotationSync(store, tmp_path / "ls-images")))


def submit(client: TestClient, pictures: list[tuple[Any, np.ndarray]], project: int = 7, first_id: int = 100) -> list[int]:
    """One submitted annotation per picture, boxing every red circle in it; returns their ids."""
    ids = []
    for n, (image, xyxy) in enumerate(pictures):
        width, height = image.size
        regions = [{"id": f"r{j}", "from_name": "label", "to_name": "image", "type": "rectanglelabels",
                    "original_width": width, "original_height": height,
                    "value": {"x": float(x0) * 100 / width, "y": float(y0) * 100 / height,
                              "width": float(x1 - x0) * 100 / width, "height": float(y1 - y0) * 100 / height,
                              "rectanglelabels": [CLASS]}}
                   for j, (x0, y0, x1, y1) in enumerate(xyxy)]
        annotation_id = first_id + n
        response = client.post("/webhook", json={
            "action": "ANNOTATION_CREATED", "project": {"id": project, "label_config": CONFIG},
            "task": {"id": annotation_id, "data": {"image": data_uri(image)}},
            "annotation": {"id": annotation_id, "task": annotation_id, "result": regions, "completed_by": 3}})
        assert response.status_code == 200, response.json()
        ids.append(annotation_id)
    return ids


def predict(client: TestClient, queries: list[tuple[Any, np.ndarray]], project: int = 7, config: str = CONFIG) -> dict[str, Any]:
    tasks = [{"id": i, "data": {"image": data_uri(image)}} for i, (image, _) in enumerate(queries)]
    response = client.post("/predict", json={"tasks": tasks, "project": f"{project}.1700000000", "label_config": config})
    assert response.status_code == 200, response.json()
    return response.json()


def best_score(body: dict[str, Any], queries: list[tuple[Any, np.ndarray]]) -> float:
    """Mean over the true red circles of the best ``red circle`` score on a region overlapping it (IoU >= 0.5)."""
    best = []
    for prediction, (image, truth) in zip(body["results"], queries):
        width, height = image.size
        regions = [r for r in prediction["result"] if r["value"]["rectanglelabels"] == [CLASS]]
        xyxy = np.array([[r["value"]["x"] * width / 100, r["value"]["y"] * height / 100,
                          (r["value"]["x"] + r["value"]["width"]) * width / 100,
                          (r["value"]["y"] + r["value"]["height"]) * height / 100] for r in regions]).reshape(-1, 4)
        scores = np.array([r["score"] for r in regions])
        for box in truth:
            iou = sv.box_iou_batch(box[None], xyxy)[0] if len(xyxy) else np.zeros(0)
            best.append(float(scores[iou >= 0.5].max()) if (iou >= 0.5).any() else 0.0)
    return float(np.mean(best))


def test_submitted_boxes_lift_their_class_in_the_next_predict(detector, scenes, store: Store, tmp_path: Path) -> None:  # noqa: F811
    client = make_client(detector, store, tmp_path)
    backend = client.app.state.backend
    queries = scenes["queries"]
    before = predict(client, queries)
    assert "exemplars" not in before  # no boxes submitted yet: text only
    ids = submit(client, scenes["exemplars"])
    after = predict(client, queries)
    assert after["exemplars"]["boxes"] == {CLASS: sum(len(b) for _, b in scenes["exemplars"])}
    assert best_score(after, queries) > best_score(before, queries) + 0.1, (best_score(before, queries), best_score(after, queries))
    assert after["model_version"] == before["model_version"]  # the same model; Label Studio's resumable jobs rely on it

    # An unchanged set costs nothing: no new pooling, the same answer.
    poolings = backend.exemplars.poolings
    assert predict(client, queries) == after and backend.exemplars.poolings == poolings

    # One more annotation changes the set: pooled again, with one more box behind the class.
    submit(client, scenes["queries"][:1], first_id=200)
    more = predict(client, queries)
    assert backend.exemplars.poolings == poolings + 1
    assert more["exemplars"]["boxes"][CLASS] == after["exemplars"]["boxes"][CLASS] + len(scenes["queries"][0][1])

    # Deleting the annotations takes the prototypes away again: back to the text-only answer.
    response = client.post("/webhook", json={"action": "ANNOTATIONS_DELETED", "project": {"id": 7},
                                             "annotations": [{"id": i} for i in [*ids, 200]]})
    assert response.status_code == 200
    assert predict(client, queries) == before


def test_projects_do_not_share_prototypes(detector, scenes, store: Store, tmp_path: Path) -> None:  # noqa: F811
    client = make_client(detector, store, tmp_path)
    queries = scenes["queries"]
    before = predict(client, queries, project=8)
    submit(client, scenes["exemplars"], project=7)  # same store, another project
    assert "exemplars" in predict(client, queries, project=7)
    assert predict(client, queries, project=8) == before


def test_text_only_switches_give_the_old_answer(detector, scenes, store: Store, tmp_path: Path) -> None:  # noqa: F811
    queries = scenes["queries"]
    client = make_client(detector, store, tmp_path)
    before = predict(client, queries)
    submit(client, scenes["exemplars"])
    assert predict(client, queries) != before

    # In the labeling config, for one control ...
    text_only = config_xml(exemplars="false")
    assert parse_label_config(text_only).controls[0].exemplars is False
    assert predict(client, queries, config=text_only) == before
    with pytest.raises(LabelConfigError, match="exemplars='maybe'"):
        parse_label_config(config_xml(exemplars="maybe"))

    # ... and for the whole backend (GRIDCLIP_LS_EXEMPLARS=off), on the same store.
    off = make_client(detector, store, tmp_path, env={"GRIDCLIP_LS_EXEMPLARS": "off"})
    assert off.get("/health").json()["exemplars"] is False
    assert predict(off, queries) == before
    with pytest.raises(ValueError, match="GRIDCLIP_LS_EXEMPLARS"):
        BackendConfig.from_env({"GRIDCLIP_LS_EXEMPLARS": "sometimes"})


def test_prototypes_follow_the_served_model_version(detector, scenes, store: Store, tmp_path: Path) -> None:  # noqa: F811
    client = make_client(copy.deepcopy(detector), store, tmp_path)
    backend = client.app.state.backend
    submit(client, scenes["exemplars"])
    first = predict(client, scenes["queries"])

    # A fine-tune publishes a new version (here: one weight nudged): prototypes are pooled again with it.
    tuned = copy.deepcopy(backend.holder.current()[0])
    with torch.no_grad():
        next(tuned.model.parameters()).add_(1e-3)
    tuned.weights_changed()
    backend.holder.publish(tuned)
    second = predict(client, scenes["queries"])
    assert second["model_version"] != first["model_version"]
    assert second["exemplars"]["digest"] != first["exemplars"]["digest"]
    assert backend.exemplars.for_project(7, tuned).model_version == tuned.version
    assert backend.exemplars.for_project(8, tuned) is None  # a project without boxes has none


def test_a_store_that_cannot_be_read_leaves_predictions_text_only(detector, scenes, store: Store, tmp_path: Path,  # noqa: F811
                                                                  monkeypatch) -> None:
    client = make_client(detector, store, tmp_path)
    before = predict(client, scenes["queries"])
    submit(client, scenes["exemplars"])

    def broken(*args: Any, **kwargs: Any) -> Any:
        raise OSError("database is locked")

    monkeypatch.setattr(store, "training_set", broken)
    assert predict(client, scenes["queries"]) == before
