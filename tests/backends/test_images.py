"""Fetching task images: URL kinds, tokens (and where they go), local files, EXIF, errors."""

from __future__ import annotations

import base64
import io
import json
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import jwt
import pytest
from PIL import Image

from backends.fetch_rule import AllowList
from backends.images import ImageFetcher, ImageFetchError, LabelStudioAccess

KEY = "a-test-signing-key-of-32-bytes!!"
#: Both test servers listen on loopback; where a test plays "another host on the internet" it
#: lets the backend fetch from there as GRIDCLIP_LS_ALLOW_HOSTS would (test_fetch_rule.py has the rule).
LOOPBACK_ALLOWED = AllowList.parse("127.0.0.0/8")


def png_bytes(size: tuple[int, int] = (40, 20), color: tuple[int, int, int] = (200, 10, 10)) -> bytes:
    buf = io.BytesIO()
    Image.new("RGB", size, color).save(buf, format="PNG")
    return buf.getvalue()


def exif_rotated_jpeg() -> bytes:
    """A 60x20 JPEG whose EXIF says 'rotate 90°': people (and the model) see 20x60."""
    image = Image.new("RGB", (60, 20), (0, 128, 255))
    exif = Image.Exif()
    exif[0x0112] = 6
    buf = io.BytesIO()
    image.save(buf, format="JPEG", exif=exif.tobytes())
    return buf.getvalue()


class RecordingServer:
    """A tiny HTTP server that plays Label Studio (or a foreign host) and records request headers."""

    def __init__(self) -> None:
        self.requests: list[tuple[str, dict[str, str]]] = []
        self.files: dict[str, bytes] = {}
        self.redirects: dict[str, str] = {}
        self.refresh_token: str | None = None
        self.issued_access: list[str] = []
        outer = self

        class Handler(BaseHTTPRequestHandler):
            def log_message(self, *args: object) -> None:
                pass

            def _record(self) -> None:
                outer.requests.append((self.path, {k.lower(): v for k, v in self.headers.items()}))

            def do_GET(self) -> None:
                self._record()
                if self.path in outer.redirects:
                    self.send_response(302)
                    self.send_header("Location", outer.redirects[self.path])
                    self.end_headers()
                    return
                body = outer.files.get(self.path)
                if body is None:
                    self.send_response(404)
                    self.end_headers()
                    return
                self.send_response(200)
                self.send_header("Content-Length", str(len(body)))
                self.end_headers()
                self.wfile.write(body)

            def do_POST(self) -> None:
                self._record()
                length = int(self.headers.get("Content-Length", 0))
                payload = json.loads(self.rfile.read(length) or b"{}")
                if self.path == "/api/token/refresh/" and payload.get("refresh") == outer.refresh_token:
                    access = jwt.encode({"token_type": "access", "exp": int(time.time()) + 300}, KEY, algorithm="HS256")
                    outer.issued_access.append(access)
                    body = json.dumps({"access": access}).encode()
                    self.send_response(200)
                else:
                    body = b'{"detail": "bad token"}'
                    self.send_response(401)
                self.send_header("Content-Type", "application/json")
                self.send_header("Content-Length", str(len(body)))
                self.end_headers()
                self.wfile.write(body)

        self.httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.url = f"http://127.0.0.1:{self.httpd.server_address[1]}"
        self.thread = threading.Thread(target=self.httpd.serve_forever, daemon=True)
        self.thread.start()

    def auth_of(self, path_prefix: str) -> list[str | None]:
        return [h.get("authorization") for p, h in self.requests if p.startswith(path_prefix)]

    def close(self) -> None:
        self.httpd.shutdown()
        self.httpd.server_close()




def test_uploaded_files_come_from_label_studio_with_the_legacy_token(ls: RecordingServer) -> None:
    ls.files["/data/upload/3/a.png"] = png_bytes((40, 20))
    fetcher = ImageFetcher(LabelStudioAccess(ls.url, "legacy-key-123"))
    image = fetcher.fetch("/data/upload/3/a.png")
    assert image.size == (40, 20) and image.mode == "RGB"
    assert ls.auth_of("/data/upload/3/a.png") == ["Token legacy-key-123"]


def test_a_personal_access_token_is_exchanged_once_and_sent_as_bearer(ls: RecordingServer) -> None:
    refresh = jwt.encode({"token_type": "refresh", "exp": int(time.time()) + 3600}, KEY, algorithm="HS256")
    ls.refresh_token = refresh
    ls.files["/data/upload/1/x.png"] = png_bytes()
    fetcher = ImageFetcher(LabelStudioAccess(ls.url, refresh))
    fetcher.fetch("/data/upload/1/x.png")
    fetcher.fetch("/data/upload/1/x.png")
    assert len(ls.issued_access) == 1  # the access token is cached, not refreshed per image
    assert ls.auth_of("/data/upload/1/x.png") == [f"Bearer {ls.issued_access[0]}"] * 2
    assert refresh not in json.dumps(ls.requests[1:])  # the refresh token itself only goes to /api/token/refresh/


def test_a_refused_personal_access_token_is_a_clear_401(ls: RecordingServer) -> None:
    ls.refresh_token = "something-else"
    refresh = jwt.encode({"token_type": "refresh", "exp": int(time.time()) + 3600}, KEY, algorithm="HS256")
    ls.files["/data/upload/1/x.png"] = png_bytes()
    with pytest.raises(ImageFetchError, match="personal access token") as info:
        ImageFetcher(LabelStudioAccess(ls.url, refresh)).fetch("/data/upload/1/x.png")
    assert info.value.status == 401


def test_the_token_never_goes_to_another_host(ls: RecordingServer, foreign: RecordingServer) -> None:
    foreign.files["/pics/b.png"] = png_bytes()
    ls.files["/pics/b.png"] = png_bytes()
    fetcher = ImageFetcher(LabelStudioAccess(ls.url, "secret-token"), allow=LOOPBACK_ALLOWED)
    fetcher.fetch(foreign.url + "/pics/b.png")
    fetcher.fetch(ls.url + "/pics/b.png")
    assert foreign.auth_of("/pics/b.png") == [None]
    assert ls.auth_of("/pics/b.png") == ["Token secret-token"]


def test_cloud_uris_resolve_through_the_presign_endpoint_and_the_redirect_drops_the_token(
    ls: RecordingServer, foreign: RecordingServer
) -> None:
    uri = "s3://bucket/dir/c.png"
    encoded = base64.urlsafe_b64encode(uri.encode()).decode().replace("=", "%3D")
    foreign.files["/signed/c.png"] = png_bytes((7, 9))
    ls.redirects[f"/tasks/42/presign/?fileuri={encoded}"] = foreign.url + "/signed/c.png"
    image = ImageFetcher(LabelStudioAccess(ls.url, "secret-token"), allow=LOOPBACK_ALLOWED).fetch(uri, task_id=42)
    assert image.size == (7, 9)
    assert ls.auth_of("/tasks/42/presign/") == ["Token secret-token"]
    assert foreign.auth_of("/signed/c.png") == [None]


def test_cloud_uris_need_the_task_id(ls: RecordingServer) -> None:
    with pytest.raises(ImageFetchError, match="task id"):
        ImageFetcher(LabelStudioAccess(ls.url, "k")).fetch("gs://bucket/x.png")


def test_local_files_are_read_under_the_document_root_and_escapes_refused(tmp_path: Path) -> None:
    root = tmp_path / "root"
    (root / "sub").mkdir(parents=True)
    (root / "sub" / "d.png").write_bytes(png_bytes((5, 6)))
    (tmp_path / "secret.png").write_bytes(png_bytes((1, 1)))
    fetcher = ImageFetcher(None, local_files_root=root)
    assert fetcher.fetch("/data/local-files/?d=sub/d.png").size == (5, 6)
    assert fetcher.fetch("/data/local-files/?d=/sub/d.png").size == (5, 6)
    (root / "link.png").symlink_to(tmp_path / "secret.png")
    for escape in ("../secret.png", "sub/../../secret.png", "%2e%2e/secret.png", "link.png"):
        with pytest.raises(ImageFetchError, match="escapes") as info:
            fetcher.fetch(f"/data/local-files/?d={escape}")
        assert info.value.status == 403


def test_local_files_missing_here_are_fetched_from_label_studio(ls: RecordingServer, tmp_path: Path) -> None:
    ls.files["/data/local-files/?d=far/e.png"] = png_bytes((3, 4))
    fetcher = ImageFetcher(LabelStudioAccess(ls.url, "k"), local_files_root=tmp_path)
    assert fetcher.fetch("/data/local-files/?d=far/e.png").size == (3, 4)


def test_exif_orientation_is_applied_before_the_size_is_known(ls: RecordingServer) -> None:
    ls.files["/data/upload/1/r.jpg"] = exif_rotated_jpeg()
    assert ImageFetcher(LabelStudioAccess(ls.url, "k")).fetch("/data/upload/1/r.jpg").size == (20, 60)


def test_a_missing_image_is_a_404_error(ls: RecordingServer) -> None:
    with pytest.raises(ImageFetchError, match="HTTP 404") as info:
        ImageFetcher(LabelStudioAccess(ls.url, "k")).fetch("/data/upload/1/nope.png")
    assert info.value.status == 404


def test_bytes_that_are_no_picture_are_a_422_error(ls: RecordingServer) -> None:
    ls.files["/data/upload/1/t.png"] = b"this is text"
    with pytest.raises(ImageFetchError, match="not a usable image") as info:
        ImageFetcher(LabelStudioAccess(ls.url, "k")).fetch("/data/upload/1/t.png")
    assert info.value.status == 422


@pytest.mark.parametrize("url", ["ftp://host/x.png", "just-a-name.png", "", "javascript:alert(1)"])
def test_unknown_image_urls_are_refused_with_the_accepted_kinds(url: str) -> None:
    with pytest.raises(ImageFetchError, match="unknown image URL|empty"):
        ImageFetcher(None).fetch(url)


def test_label_studio_paths_without_any_access_say_how_to_give_it() -> None:
    with pytest.raises(ImageFetchError, match="LABEL_STUDIO_URL and LABEL_STUDIO_API_KEY"):
        ImageFetcher(None).fetch("/data/upload/1/a.png")


def test_data_uris_decode_in_place() -> None:
    uri = "data:image/png;base64," + base64.b64encode(png_bytes((11, 3))).decode()
    assert ImageFetcher(None).fetch(uri).size == (11, 3)


def test_access_comes_from_the_environment_before_setup() -> None:
    env = {"LABEL_STUDIO_URL": "http://env-host:8080", "LABEL_STUDIO_API_KEY": "env-key"}
    access = LabelStudioAccess.resolve("http://setup-host:8080", "setup-key", env=env)
    assert (access.url, access.api_key) == ("http://env-host:8080", "env-key")
    access = LabelStudioAccess.resolve("http://setup-host:8080", "setup-key", env={})
    assert (access.url, access.api_key) == ("http://setup-host:8080", "setup-key")
    assert LabelStudioAccess.resolve(None, None, env={}) is None
    assert LabelStudioAccess.resolve("http://setup-host:8080", None, env={}) is None
