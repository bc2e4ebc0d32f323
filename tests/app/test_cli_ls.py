"""``gridclip serve-ls`` as a user runs it: a process that answers Label Studio's calls."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
import requests

from app.cli import main as cli_main
from tests.ls_server import free_port

CONFIG = '<View><Image name="image" value="$image"/><RectangleLabels name="label" toName="image"><Label value="car"/></RectangleLabels></View>'


def test_serve_ls_answers_health_setup_and_basic_auth(tmp_path: Path) -> None:
    port = free_port()
    env = {**os.environ, "BASIC_AUTH_USER": "ls", "BASIC_AUTH_PASS": "pw", "GRIDCLIP_LS_DATA": str(tmp_path / "data")}
    for name in ("LABEL_STUDIO_URL", "LABEL_STUDIO_API_KEY"):
        env.pop(name, None)
    command = [sys.executable, "-m", "app.cli", "serve-ls", "--port", str(port), "--db", str(tmp_path / "labels.db"),
               "--model", "open_clip:tiny-rn"]
    process = subprocess.Popen(command, env=env, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, start_new_session=True)
    url = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 300
        while True:
            assert process.poll() is None, process.stdout.read().decode(errors="replace")
            try:
                health = requests.get(f"{url}/health", auth=("ls", "pw"), timeout=5)
                break
            except requests.ConnectionError:
                assert time.monotonic() < deadline, "serve-ls did not start listening"
                time.sleep(0.5)
        assert health.status_code == 200 and health.json()["status"] == "UP"
        assert requests.get(f"{url}/health", timeout=5).status_code == 401
        setup = requests.post(f"{url}/setup", json={"project": "1.1", "schema": CONFIG}, auth=("ls", "pw"), timeout=5)
        assert setup.json()["model_version"] == health.json()["model_version"]
        assert setup.json()["model_version"].startswith("open_clip:tiny-rn@")
    finally:
        os.killpg(process.pid, signal.SIGTERM)
        process.wait(timeout=30)


def test_ls_jobs_without_url_or_key_say_what_is_missing(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code = cli_main(["ls-pull", "--url", "", "--api-key", "", "--project", "1", "--db", str(tmp_path / "x.db")])
    assert code == 2
    assert "--url and --api-key" in capsys.readouterr().err


def test_ls_jobs_report_an_unreachable_label_studio(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    url = f"http://127.0.0.1:{free_port()}"
    code = cli_main(["ls-pull", "--url", url, "--api-key", "k", "--project", "1", "--db", str(tmp_path / "x.db")])
    assert code == 2
    assert url in capsys.readouterr().err


def test_a_missing_label_studio_fails_under_ci_and_skips_elsewhere(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    from tests import ls_server

    monkeypatch.setattr(ls_server, "LABEL_STUDIO_BIN", tmp_path / "nowhere" / "label-studio")
    monkeypatch.setenv("CI", "true")
    with pytest.raises(pytest.fail.Exception, match="setup_test_services.sh"):
        ls_server.require_label_studio()
    monkeypatch.setenv("CI", "false")
    with pytest.raises(pytest.skip.Exception, match="setup_test_services.sh"):
        ls_server.require_label_studio()


@pytest.mark.parametrize(("name", "value", "said"), [
    ("GRIDCLIP_LS_MAX_BODY_BYTES", "64MB", "GRIDCLIP_LS_MAX_BODY_BYTES='64MB' is not a whole number of bytes"),
    ("GRIDCLIP_LS_MAX_BODY_BYTES", "0", "GRIDCLIP_LS_MAX_BODY_BYTES='0': at least 1 byte"),
    ("GRIDCLIP_LS_EXEMPLARS", "maybe", "GRIDCLIP_LS_EXEMPLARS='maybe': use on or off"),
    ("GRIDCLIP_SCORE_THRESHOLD", "3", "GRIDCLIP_SCORE_THRESHOLD=3.0 is not between 0 and 1"),
    ("GRIDCLIP_MAX_CONCURRENT_INFERENCE", "0", "GRIDCLIP_MAX_CONCURRENT_INFERENCE=0 must be at least 1"),
    ("GRIDCLIP_FINE_TUNE_EPOCHS", "inf", "GRIDCLIP_FINE_TUNE_EPOCHS='inf' is not a finite number"),
])
def test_serve_ls_refuses_a_bad_setting_in_one_line_before_loading_the_model(
        tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch, name: str, value: str,
        said: str) -> None:
    monkeypatch.setenv(name, value)
    # A model that cannot load: its error would come first if the settings were read after it.
    assert cli_main(["serve-ls", "--db", str(tmp_path / "labels.db"), "--model", "open_clip:no-such-arch"]) == 2
    assert capsys.readouterr().err == f"gridclip serve-ls: error: {said}\n"
    assert not (tmp_path / "labels.db").exists()
