"""Start a real Label Studio (from ``.venv-ls``, made by scripts/setup_test_services.sh) for tests.

Loopback only, a fresh data dir, a known user with a legacy API token, and the switches that let
Label Studio call a backend on 127.0.0.1 (``ML_BLOCK_LOCAL_IP=false``,
``SSRF_PROTECTION_ENABLED=false``). The first start runs Django migrations, which takes minutes
on a small machine, hence the generous timeout. Without ``.venv-ls`` the tests skip, except
under ``CI=true``, where they fail.
"""

from __future__ import annotations

import os
import signal
import socket
import subprocess
import threading
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
import requests

from tests.services import missing_service

REPO = Path(__file__).resolve().parents[1]
LABEL_STUDIO_BIN = REPO / ".venv-ls" / "bin" / "label-studio"
START_TIMEOUT_S = float(os.environ.get("GRIDCLIP_LS_START_TIMEOUT", 900))
USER = "tester@example.com"
PASSWORD = "gridclip-test-pass"
TOKEN = "gridclip-legacy-token-0123456789"


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def require_label_studio() -> Path:
    if LABEL_STUDIO_BIN.exists():
        return LABEL_STUDIO_BIN
    missing_service(f"Label Studio is not installed at {LABEL_STUDIO_BIN}: run `bash scripts/setup_test_services.sh` (or `make test`)")


@dataclass
class LabelStudioServer:
    url: str
    token: str
    log: Path
    process: subprocess.Popen

    def log_tail(self, n: int = 40) -> str:
        try:
            return "\n".join(self.log.read_text(errors="replace").splitlines()[-n:])
        except OSError:
            return ""


def start_label_studio(data_dir: Path) -> LabelStudioServer:
    binary = require_label_studio()
    port = free_port()
    url = f"http://127.0.0.1:{port}"
    data_dir.mkdir(parents=True, exist_ok=True)
    env = {
        **os.environ,
        "LABEL_STUDIO_BASE_DATA_DIR": str(data_dir),
        "ML_BLOCK_LOCAL_IP": "false",
        "SSRF_PROTECTION_ENABLED": "false",
        "LABEL_STUDIO_ENABLE_LEGACY_API_TOKEN": "true",
        "LABEL_STUDIO_DISABLE_SIGNUP_WITHOUT_LINK": "true",
        "LABEL_STUDIO_USERNAME": USER,
        "LABEL_STUDIO_PASSWORD": PASSWORD,
        "LABEL_STUDIO_USER_TOKEN": TOKEN,
        "LABEL_STUDIO_LOCAL_FILES_SERVING_ENABLED": "true",
        "LOCAL_FILES_SERVING_ENABLED": "true",
        "COLLECT_ANALYTICS": "false",
        "LATEST_VERSION_CHECK": "false",
        "PYTHONUNBUFFERED": "1",
    }
    for name in ("LABEL_STUDIO_URL", "LABEL_STUDIO_API_KEY", "DJANGO_DB", "DATABASE_NAME", "HOST", "PORT"):
        env.pop(name, None)
    log = data_dir / "label-studio.log"
    command = [
        str(binary), "start", "--no-browser", "--internal-host", "127.0.0.1", "--port", str(port), "--host", url,
        "--username", USER, "--password", PASSWORD, "--user-token", TOKEN, "--enable-legacy-api-token",
        "--data-dir", str(data_dir),
    ]
    with open(log, "wb") as out:
        process = subprocess.Popen(command, stdout=out, stderr=subprocess.STDOUT, env=env, cwd=data_dir, start_new_session=True)
    server = LabelStudioServer(url=url, token=TOKEN, log=log, process=process)
    deadline = time.monotonic() + START_TIMEOUT_S
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise RuntimeError(f"Label Studio exited with code {process.returncode}:\n{server.log_tail()}")
        try:
            response = requests.get(f"{url}/api/projects/", headers={"Authorization": f"Token {TOKEN}"}, timeout=5)
            if response.status_code == 200:
                return server
        except requests.RequestException:
            pass
        time.sleep(2)
    stop_label_studio(server)
    raise RuntimeError(f"Label Studio did not answer within {START_TIMEOUT_S:.0f} s:\n{server.log_tail()}")


def stop_label_studio(server: LabelStudioServer) -> None:
    if server.process.poll() is not None:
        return
    os.killpg(server.process.pid, signal.SIGTERM)
    try:
        server.process.wait(timeout=30)
    except subprocess.TimeoutExpired:
        os.killpg(server.process.pid, signal.SIGKILL)
        server.process.wait(timeout=30)


@pytest.fixture(scope="session")
def label_studio(tmp_path_factory: pytest.TempPathFactory) -> Iterator[LabelStudioServer]:
    """A running Label Studio for the whole test session."""
    server = start_label_studio(tmp_path_factory.mktemp("label-studio"))
    try:
        yield server
    finally:
        stop_label_studio(server)


class BackgroundUvicorn:
    """An ASGI app served by uvicorn in a thread of the test process, on a free loopback port."""

    def __init__(self, app: Any) -> None:
        import uvicorn

        self.port = free_port()
        self.url = f"http://127.0.0.1:{self.port}"
        self.server = uvicorn.Server(uvicorn.Config(app, host="127.0.0.1", port=self.port, log_level="warning"))
        self.thread = threading.Thread(target=self.server.run, daemon=True)

    def __enter__(self) -> BackgroundUvicorn:
        self.thread.start()
        deadline = time.monotonic() + 60
        while not self.server.started:
            if time.monotonic() > deadline or not self.thread.is_alive():
                raise RuntimeError("the backend did not start")
            time.sleep(0.05)
        return self

    def __exit__(self, *exc: object) -> None:
        self.server.should_exit = True
        self.thread.join(timeout=30)
