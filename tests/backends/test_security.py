"""The backend as a careless or hostile client sees it: where the token goes, who may change things.

Two local HTTP servers play the parts: ``ls`` is the real Label Studio, ``foreign`` a server of
whoever can reach the backend's port. ``foreign`` must never receive a token.
"""

from __future__ import annotations

import logging
from typing import Any

import pytest
from starlette.testclient import TestClient

from backends.images import LabelStudioAccess
from backends.predictor import PredictionSettings
from backends.server import BackendConfig, create_app
from gridclip.model.thresholds import Thresholds
from tests.backends.test_images import LOOPBACK_ALLOWED, RecordingServer, png_bytes
from tests.backends.test_server import CONFIG, predict_body, task

ENV_KEY = "env-secret-key-0123456789"
SETUP_TOKEN = "label-studio-own-token-42"


@pytest.fixture(scope="module")
def tiny_detector() -> Any:
    from gridclip import load_detector

    return load_detector("open_clip:tiny-rn")


def backend_client(detector: Any, env: dict[str, str], **config: Any) -> TestClient:
    cfg = BackendConfig(prediction=PredictionSettings(Thresholds(score_threshold=0.0)), env=env, **config)
    return TestClient(create_app(detector, cfg))


def tokens_seen(server: RecordingServer) -> list[str]:
    return [h["authorization"] for _, h in server.requests if "authorization" in h]


def test_the_environment_key_never_goes_to_a_host_named_by_setup(tiny_detector: Any, ls: RecordingServer, foreign: RecordingServer) -> None:
    # LABEL_STUDIO_API_KEY without LABEL_STUDIO_URL: a setup the README allows.
    client = backend_client(tiny_detector, env={"LABEL_STUDIO_API_KEY": ENV_KEY})
    foreign.files["/data/upload/1/a.png"] = png_bytes()
    setup = client.post("/setup", json={"project": "8.1", "schema": CONFIG, "hostname": foreign.url})
    assert setup.status_code == 200
    answer = client.post("/predict", json={**predict_body([task(1, "/data/upload/1/a.png")]), "project": "8.1"})
    assert answer.status_code == 200
    assert tokens_seen(foreign) == []
    assert not any(ENV_KEY in str(h) for _, h in foreign.requests)


def test_a_project_is_pinned_to_the_host_of_its_first_setup(
    tiny_detector: Any, ls: RecordingServer, foreign: RecordingServer, caplog: pytest.LogCaptureFixture
) -> None:
    client = backend_client(tiny_detector, env={})
    ls.files["/data/upload/1/a.png"] = png_bytes()
    foreign.files["/data/upload/1/a.png"] = png_bytes()
    first = client.post("/setup", json={"project": "7.1", "schema": CONFIG, "hostname": ls.url, "access_token": SETUP_TOKEN})
    assert first.status_code == 200
    with caplog.at_level(logging.WARNING):
        hijack = client.post("/setup", json={"project": "7.1", "schema": CONFIG, "hostname": foreign.url})
    assert hijack.status_code == 403
    assert "pinned" in caplog.text or "refused" in caplog.text
    assert ls.url in hijack.json()["error"] and foreign.url in hijack.json()["error"]
    # The same host again (Label Studio reconnecting) is fine.
    assert client.post("/setup", json={"project": "7.1", "schema": CONFIG, "hostname": ls.url + "/"}).status_code == 200

    answer = client.post("/predict", json={**predict_body([task(1, "/data/upload/1/a.png")]), "project": "7.1"})
    assert answer.status_code == 200 and "errors" not in answer.json()
    assert tokens_seen(ls) == [f"Token {SETUP_TOKEN}"]
    assert foreign.requests == []
    assert SETUP_TOKEN not in caplog.text


def test_with_label_studio_url_set_the_key_goes_only_there(tiny_detector: Any, ls: RecordingServer, foreign: RecordingServer) -> None:
    client = backend_client(tiny_detector, env={"LABEL_STUDIO_URL": ls.url, "LABEL_STUDIO_API_KEY": ENV_KEY},
                            fetch_allow=LOOPBACK_ALLOWED)  # foreign plays a public host
    ls.files["/data/upload/1/a.png"] = png_bytes()
    foreign.files["/x.png"] = png_bytes()
    assert client.post("/setup", json={"project": "9.1", "schema": CONFIG, "hostname": foreign.url}).status_code == 200
    tasks = [task(1, "/data/upload/1/a.png"), task(2, f"{foreign.url}/x.png")]
    answer = client.post("/predict", json={**predict_body(tasks), "project": "9.1"})
    assert answer.status_code == 200 and "errors" not in answer.json()
    assert tokens_seen(ls) == [f"Token {ENV_KEY}"]
    assert tokens_seen(foreign) == []


def test_no_secret_in_any_repr() -> None:
    access = LabelStudioAccess("http://ls:8080", ENV_KEY)
    assert ENV_KEY not in repr(access) and "http://ls:8080" in repr(access)
    config = BackendConfig.from_env({"BASIC_AUTH_USER": "u", "BASIC_AUTH_PASS": "pass-word-77", "LABEL_STUDIO_API_KEY": ENV_KEY})
    assert "pass-word-77" not in repr(config) and ENV_KEY not in repr(config)


def test_basic_auth_guards_the_mutating_routes(tiny_detector: Any) -> None:
    client = backend_client(tiny_detector, env={}, basic_auth=("ls", "s3cret"))
    for path, body in [("/setup", {"project": "1.1", "schema": CONFIG}), ("/webhook", {"action": "START_TRAINING"}), ("/train", {})]:
        assert client.post(path, json=body).status_code == 401, path
    assert client.post("/setup", json={"project": "1.1", "schema": CONFIG}, auth=("ls", "s3cret")).status_code == 200
