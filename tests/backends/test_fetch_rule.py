"""Task image URLs cannot turn the backend into a proxy into its own network (issue 29, SSRF).

``ls`` plays Label Studio and ``foreign`` another service on this machine (both on loopback):
the backend may fetch from the first; the second must not even receive a request unless
``GRIDCLIP_LS_ALLOW_HOSTS`` names it.
"""

from __future__ import annotations

import ipaddress
import socket
from typing import Any

import pytest
from starlette.testclient import TestClient

from backends.fetch_rule import AddressRefused, AllowList, FetchRule, refused_kind
from backends.images import ImageFetcher, ImageFetchError, LabelStudioAccess
from backends.server import BackendConfig, create_app
from tests.backends.test_images import RecordingServer, png_bytes
from tests.backends.test_server import CONFIG, predict_body, task


def port_of(server: RecordingServer) -> int:
    return int(server.url.rsplit(":", 1)[1])


def test_a_loopback_url_that_is_not_label_studio_is_refused_unasked(ls: RecordingServer, foreign: RecordingServer) -> None:
    foreign.files["/x.png"] = png_bytes()
    fetcher = ImageFetcher(LabelStudioAccess(ls.url, "k"), allow=AllowList())
    for url in (f"{foreign.url}/x.png", f"http://localhost:{port_of(foreign)}/x.png", f"http://[::ffff:127.0.0.1]:{port_of(foreign)}/x.png",
                f"http://2130706433:{port_of(foreign)}/x.png", f"{ls.url.replace(str(port_of(ls)), str(port_of(foreign)))}/x.png"):
        with pytest.raises(ImageFetchError, match="loopback address") as info:
            fetcher.fetch(url)
        assert info.value.status == 403, url
    assert foreign.requests == []


def test_label_studio_itself_is_still_fetched_on_loopback(ls: RecordingServer) -> None:
    ls.files["/data/upload/1/a.png"] = png_bytes((8, 6))
    ls.files["/abs.png"] = png_bytes((3, 2))
    fetcher = ImageFetcher(LabelStudioAccess(ls.url, "k"), allow=AllowList())
    assert fetcher.fetch("/data/upload/1/a.png").size == (8, 6)
    assert fetcher.fetch(f"{ls.url}/abs.png").size == (3, 2)
    assert ls.auth_of("/abs.png") == ["Token k"]


def test_a_redirect_from_label_studio_into_loopback_is_refused(ls: RecordingServer, foreign: RecordingServer) -> None:
    foreign.files["/secret.png"] = png_bytes()
    ls.redirects["/data/upload/1/r.png"] = f"{foreign.url}/secret.png"
    ls.redirects["/hop.png"] = "/data/upload/1/r.png"  # a relative hop first, on Label Studio
    fetcher = ImageFetcher(LabelStudioAccess(ls.url, "k"), allow=AllowList())
    for url in ("/data/upload/1/r.png", "/hop.png"):
        with pytest.raises(ImageFetchError, match="loopback") as info:
            fetcher.fetch(url)
        assert info.value.status == 403
    assert foreign.requests == []


def test_a_redirect_loop_ends_with_a_clear_error(ls: RecordingServer) -> None:
    ls.redirects["/a.png"] = "/b.png"
    ls.redirects["/b.png"] = "/a.png"
    with pytest.raises(ImageFetchError, match="redirected more than"):
        ImageFetcher(LabelStudioAccess(ls.url, "k")).fetch("/a.png")


def test_the_allow_list_admits_an_internal_host_by_network_or_name(foreign: RecordingServer) -> None:
    foreign.files["/pics/ok.png"] = png_bytes((5, 5))
    assert ImageFetcher(None, allow=AllowList.parse("127.0.0.0/8")).fetch(f"{foreign.url}/pics/ok.png").size == (5, 5)
    by_name = ImageFetcher(None, allow=AllowList.parse("intranet.example, localhost"))
    assert by_name.fetch(f"http://localhost:{port_of(foreign)}/pics/ok.png").size == (5, 5)
    assert len(foreign.requests) == 2


def test_a_name_that_resolves_public_then_private_connects_only_to_the_checked_address(
    foreign: RecordingServer, monkeypatch: pytest.MonkeyPatch
) -> None:
    """DNS rebinding: the first lookup (the check) says public, the next one (the connection) says
    loopback. The connection goes only to an address that passed the check."""
    foreign.files["/x.png"] = png_bytes()
    real = socket.getaddrinfo
    lookups: list[str] = []

    def rebinding(host: Any, port: Any, *args: Any, **kwargs: Any) -> Any:
        if host != "rebind.example":
            return real(host, port, *args, **kwargs)
        lookups.append(host)
        address = "93.184.216.34" if len(lookups) == 1 else "127.0.0.1"
        return [(socket.AF_INET, socket.SOCK_STREAM, 6, "", (address, port))]

    monkeypatch.setattr(socket, "getaddrinfo", rebinding)
    with pytest.raises(ImageFetchError, match="resolves to 127.0.0.1, a loopback address") as info:
        ImageFetcher(None, allow=AllowList(), timeout=2).fetch(f"http://rebind.example:{port_of(foreign)}/x.png")
    assert info.value.status == 403
    assert len(lookups) == 2 and foreign.requests == []


@pytest.mark.parametrize("address, kind", [
    ("127.0.0.1", "loopback"), ("::1", "loopback"), ("10.1.2.3", "private"), ("192.168.0.1", "private"),
    ("172.16.5.5", "private"), ("fd12::1", "private"), ("169.254.169.254", "cloud metadata"),
    ("169.254.1.1", "link-local"), ("fe80::1", "link-local"), ("224.0.0.1", "multicast"), ("ff02::1", "multicast"),
    ("0.0.0.0", "unspecified"), ("::", "unspecified"), ("240.0.0.1", "reserved"), ("100.100.100.200", "cloud metadata"),
    ("100.64.0.1", "non-public"), ("168.63.129.16", "cloud metadata"), ("fd00:ec2::254", "cloud metadata"),
    ("::ffff:10.0.0.1", "private"), ("2002:7f00:1::", "loopback"), ("64:ff9b::a00:1", "private"),
    ("8.8.8.8", None), ("2606:4700::1111", None),
])
def test_which_addresses_are_refused(address: str, kind: str | None) -> None:
    assert refused_kind(ipaddress.ip_address(address)) == kind


def test_every_address_a_name_resolves_to_is_checked(monkeypatch: pytest.MonkeyPatch) -> None:
    def two_addresses(host: Any, port: Any, *args: Any, **kwargs: Any) -> Any:
        return [(socket.AF_INET, socket.SOCK_STREAM, 6, "", ("93.184.216.34", port)),
                (socket.AF_INET, socket.SOCK_STREAM, 6, "", ("10.0.0.7", port))]

    monkeypatch.setattr(socket, "getaddrinfo", two_addresses)
    with pytest.raises(AddressRefused, match="10.0.0.7, a private address"):
        FetchRule().check_url("https://mixed.example/x.png")
    FetchRule(allow=AllowList.parse("10.0.0.0/24")).check_url("https://mixed.example/x.png")


@pytest.mark.parametrize("entry", ["http://pics.lan", "pics.lan:8080", "not a host!", "10.0.0.0/33"])
def test_an_allow_list_entry_that_is_no_host_or_network_is_refused_at_start(entry: str) -> None:
    with pytest.raises(ValueError, match="GRIDCLIP_LS_ALLOW_HOSTS"):
        BackendConfig.from_env({"GRIDCLIP_LS_ALLOW_HOSTS": entry})


@pytest.fixture(scope="module")
def tiny_detector() -> Any:
    from gridclip import load_detector

    return load_detector("open_clip:tiny-rn")


def test_predict_refuses_the_loopback_task_and_answers_the_others(
    tiny_detector: Any, ls: RecordingServer, foreign: RecordingServer
) -> None:
    ls.files["/data/upload/1/a.png"] = png_bytes()
    foreign.files["/x.png"] = png_bytes()
    env = {"LABEL_STUDIO_URL": ls.url, "LABEL_STUDIO_API_KEY": "k"}
    config = BackendConfig.from_env(env)
    client = TestClient(create_app(tiny_detector, config))
    tasks = [task(1, "/data/upload/1/a.png"), task(2, f"{foreign.url}/x.png"), task(3, f"{ls.url}/data/upload/1/a.png")]
    body = client.post("/predict", json=predict_body(tasks, config=CONFIG)).json()
    assert body["results"][1] == [] and "result" in body["results"][0] and "result" in body["results"][2]
    assert [e["task"] for e in body["errors"]] == [2] and "loopback" in body["errors"][0]["error"]
    assert foreign.requests == []

    allowed = BackendConfig.from_env({**env, "GRIDCLIP_LS_ALLOW_HOSTS": "127.0.0.1"})
    body = TestClient(create_app(tiny_detector, allowed)).post("/predict", json=predict_body(tasks, config=CONFIG)).json()
    assert "errors" not in body and all("result" in r for r in body["results"])
    assert foreign.auth_of("/x.png") == [None]


def test_ls_jobs_refuse_a_bad_allow_list_in_one_line(tmp_path: Any, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    from app.cli import main as cli_main

    monkeypatch.setenv("GRIDCLIP_LS_ALLOW_HOSTS", "http://pics.lan")
    code = cli_main(["ls-pull", "--url", "http://127.0.0.1:9", "--api-key", "k", "--project", "1", "--db", str(tmp_path / "x.db")])
    err = capsys.readouterr().err
    assert code == 2 and "GRIDCLIP_LS_ALLOW_HOSTS: 'http://pics.lan'" in err and "Traceback" not in err
