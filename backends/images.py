"""Fetch the image a Label Studio task points at, with Label Studio's credentials only where they belong.

Task image URLs come in these shapes:

- ``/data/upload/<project>/<file>`` and ``/storage-data/uploaded/?filepath=...``: files uploaded
  to Label Studio, fetched from the Label Studio host with its token;
- ``/data/local-files/?d=<path>``: Local Storage files, read from ``LOCAL_FILES_DOCUMENT_ROOT``
  when that is set (the path must stay under it), else fetched from Label Studio;
- ``http(s)://...``: fetched when :mod:`backends.fetch_rule` lets it (Label Studio's host, a
  public one, or one named in ``GRIDCLIP_LS_ALLOW_HOSTS``; every redirect hop is checked too);
  the token is sent only when the host is Label Studio's;
- ``s3://``, ``gs://``, ``azure-blob://``: resolved through Label Studio's
  ``/tasks/<id>/presign/?fileuri=<base64>`` endpoint (which redirects to a signed URL);
- ``data:image/...;base64,...``: decoded in place.

Where the token may go: ``LABEL_STUDIO_API_KEY`` is only ever paired with ``LABEL_STUDIO_URL``;
without that URL the environment's key is not used at all (so no caller of ``/setup`` can name a
host and receive it). The hostname and token that ``/setup`` itself carries are paired with each
other (Label Studio's own token back to Label Studio's own host), and a project's host is pinned
by its first ``/setup`` (:class:`backends.projects.ProjectBook`). The key never appears in a repr.

Tokens: a legacy token is sent as ``Authorization: Token <key>``; a personal access token
(a JWT refresh token) is exchanged at ``/api/token/refresh/`` for a short-lived access token,
sent as ``Bearer``. The picture is EXIF-transposed before anyone sees its size.

>>> access = LabelStudioAccess.resolve(setup_hostname="http://ls:8080/", setup_token="abc", env={})
>>> access.url, access.sends_token_to("http://ls:8080/data/upload/1/a.png"), access.sends_token_to("http://evil/x")
('http://ls:8080', True, False)
>>> access
LabelStudioAccess(url='http://ls:8080', api_key=<redacted>)
>>> LabelStudioAccess.resolve(setup_hostname="http://evil:80", env={"LABEL_STUDIO_API_KEY": "secret"}) is None
True
"""

from __future__ import annotations

import base64
import binascii
import io
import os
import threading
import time
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import parse_qs, quote, urljoin, urlparse

import jwt
import requests
from label_studio_sdk._extensions.label_studio_tools.core.utils.io import encode_presign_fileuri, is_cloud_storage_uri
from PIL import Image

from backends.fetch_rule import AddressRefused, AllowList, FetchRule, checked_session
from gridclip.inference.images import ImageLoadError, load_rgb

MAX_IMAGE_BYTES = 256 * 1024 * 1024
MAX_REDIRECTS = 10
NO_ACCESS_HELP = (
    "set LABEL_STUDIO_URL and LABEL_STUDIO_API_KEY for the backend, or connect it from Label Studio "
    "(its /setup call carries the hostname and access token)"
)


class ImageFetchError(Exception):
    """An image that cannot be had; ``status`` is the HTTP status that best describes why."""

    def __init__(self, message: str, status: int = 400) -> None:
        super().__init__(message)
        self.status = status


def _origin(url: str) -> tuple[str, str]:
    parsed = urlparse(url)
    return parsed.scheme.lower(), parsed.netloc.lower()


@dataclass
class LabelStudioAccess:
    """Where Label Studio is and the key to it; builds the ``Authorization`` header on demand."""

    url: str
    api_key: str = field(repr=False)
    session: requests.Session = field(default_factory=requests.Session, repr=False, compare=False)
    _access_token: str | None = field(default=None, repr=False, compare=False)
    _access_expires: float = field(default=0.0, repr=False, compare=False)
    _lock: threading.Lock = field(default_factory=threading.Lock, repr=False, compare=False)

    def __post_init__(self) -> None:
        self.url = self.url.rstrip("/")
        if not self.url.startswith(("http://", "https://")):
            raise ImageFetchError(f"the Label Studio URL must start with http:// or https://, got {self.url!r}")

    def __repr__(self) -> str:
        # The key is a credential: it must never reach a log line or an error message.
        return f"LabelStudioAccess(url={self.url!r}, api_key=<redacted>)"

    @classmethod
    def resolve(
        cls,
        setup_hostname: str | None = None,
        setup_token: str | None = None,
        env: Mapping[str, str] | None = None,
    ) -> LabelStudioAccess | None:
        """Where Label Studio is and its key, pairing a key only with the host it belongs to.

        With ``LABEL_STUDIO_URL`` set, that URL wins and gets the environment's key (else the
        token ``/setup`` sent). Without it, the environment's key is ignored: pairing it with a
        ``/setup`` hostname would hand it to whoever can call ``/setup``. Then only the
        hostname and token ``/setup`` sent together are used.
        """
        env = os.environ if env is None else env
        env_url = env.get("LABEL_STUDIO_URL") or env.get("LABEL_STUDIO_HOST")
        env_key = env.get("LABEL_STUDIO_API_KEY") or env.get("LABEL_STUDIO_ACCESS_TOKEN")
        if env_url:
            url, key = env_url, env_key or setup_token
        else:
            url, key = setup_hostname, setup_token
        if not url or not key:
            return None
        return cls(url=url, api_key=key)

    @staticmethod
    def env_key_without_url(env: Mapping[str, str] | None = None) -> bool:
        """True when the environment has a key but no URL: the key is then never used."""
        env = os.environ if env is None else env
        has_key = bool(env.get("LABEL_STUDIO_API_KEY") or env.get("LABEL_STUDIO_ACCESS_TOKEN"))
        return has_key and not (env.get("LABEL_STUDIO_URL") or env.get("LABEL_STUDIO_HOST"))

    def sends_token_to(self, url: str) -> bool:
        """True when ``url`` is on the Label Studio host (same scheme, host and port)."""
        return _origin(url) == _origin(self.url)

    def _jwt_claims(self) -> dict | None:
        try:
            return jwt.decode(self.api_key, options={"verify_signature": False})
        except jwt.InvalidTokenError:
            return None

    def authorization(self) -> str:
        """The ``Authorization`` header value; exchanges a personal access token when needed."""
        claims = self._jwt_claims()
        if claims is None:
            return f"Token {self.api_key}"
        if claims.get("token_type") != "refresh":
            return f"Bearer {self.api_key}"
        with self._lock:
            if self._access_token is None or time.time() > self._access_expires - 30:
                self._refresh()
            return f"Bearer {self._access_token}"

    def _refresh(self) -> None:
        try:
            response = self.session.post(f"{self.url}/api/token/refresh/", json={"refresh": self.api_key}, timeout=30)
        except requests.RequestException as exc:
            raise ImageFetchError(f"cannot reach Label Studio at {self.url} to refresh the access token: {exc}", 502) from None
        if response.status_code != 200:
            raise ImageFetchError(
                f"Label Studio refused the personal access token (HTTP {response.status_code}); "
                "create a new one under Account & Settings",
                401,
            )
        access = response.json().get("access")
        if not access:
            raise ImageFetchError("Label Studio's token refresh answered without an access token", 502)
        self._access_token = access
        try:
            self._access_expires = float(jwt.decode(access, options={"verify_signature": False}).get("exp", 0))
        except jwt.InvalidTokenError:
            self._access_expires = time.time() + 60


class ImageFetcher:
    """Turns a task's image URL into an RGB picture, refusing what it must not read.

    ``access`` may be None (no Label Studio host known): then only plain http(s) URLs, data URIs
    and Local Storage paths under ``local_files_root`` work, and the others raise a clear error.
    ``allow``: the hosts named in ``GRIDCLIP_LS_ALLOW_HOSTS`` (default: read from the environment).
    """

    def __init__(
        self,
        access: LabelStudioAccess | None,
        local_files_root: str | Path | None = None,
        timeout: float = 30.0,
        allow: AllowList | None = None,
    ) -> None:
        self.access = access
        root = local_files_root if local_files_root is not None else os.environ.get("LOCAL_FILES_DOCUMENT_ROOT")
        self.local_files_root = Path(root).resolve() if root else None
        self.timeout = timeout
        allow = AllowList.from_env(os.environ) if allow is None else allow
        self.rule = FetchRule(label_studio_urls=(access.url,) if access is not None else (), allow=allow)
        self.session = checked_session(self.rule)

    def fetch(self, url: str, task_id: int | None = None) -> Image.Image:
        """Fetch, decode and EXIF-transpose one image."""
        data = self.fetch_bytes(url, task_id)
        try:
            return load_rgb(Image.open(io.BytesIO(data)))
        except ImageLoadError as exc:
            raise ImageFetchError(f"{_redact(url)} is not a usable image: {exc}", 422) from None
        except (OSError, SyntaxError, ValueError, Image.DecompressionBombError) as exc:
            raise ImageFetchError(f"{_redact(url)} is not a usable image: {exc}", 422) from None

    def fetch_bytes(self, url: str, task_id: int | None = None) -> bytes:
        if not isinstance(url, str) or not url.strip():
            raise ImageFetchError(f"the image URL is empty or not a string: {url!r}")
        url = url.strip()
        if url.startswith("data:"):
            return _decode_data_uri(url)
        if url.startswith(("upload/", "/upload/")):
            url = "/data/" + url.lstrip("/")
        parsed = urlparse(url)
        if parsed.path.startswith("/data/local-files") and "d" in parse_qs(parsed.query):
            local = self._local_file(url)
            if local is not None:
                return local
        if url.startswith("/"):
            return self._get(self._on_label_studio(url))
        if is_cloud_storage_uri(url):
            if task_id is None:
                raise ImageFetchError(f"{_redact(url)} is in cloud storage; resolving it needs the task id")
            encoded = quote(encode_presign_fileuri(url), safe="")
            return self._get(self._on_label_studio(f"/tasks/{int(task_id)}/presign/?fileuri={encoded}"))
        if parsed.scheme in ("http", "https") and parsed.netloc:
            return self._get(url)
        raise ImageFetchError(
            f"unknown image URL {_redact(url)!r}: expected /data/upload/..., /data/local-files/?d=..., "
            "http(s)://..., s3://, gs://, azure-blob:// or a data: URI"
        )

    def _on_label_studio(self, path: str) -> str:
        if self.access is None:
            raise ImageFetchError(f"{_redact(path)} lives on the Label Studio server, whose address is unknown: {NO_ACCESS_HELP}", 503)
        return self.access.url + path

    def _local_file(self, url: str) -> bytes | None:
        if self.local_files_root is None:
            return None
        relative = parse_qs(urlparse(url).query, keep_blank_values=True)["d"][-1]
        if not relative:
            raise ImageFetchError(f"Local Storage URL {url!r} has no file path")
        shown = repr(relative) if len(relative) <= 200 else repr(relative[:200]) + "…"
        try:
            path = (self.local_files_root / relative.lstrip("/")).resolve()
            if not path.is_relative_to(self.local_files_root):
                raise ImageFetchError(f"Local Storage path {shown} escapes LOCAL_FILES_DOCUMENT_ROOT; refused", 403)
            if not path.is_file():
                # Label Studio may see files this machine does not; let it serve them.
                return None
            if path.stat().st_size > MAX_IMAGE_BYTES:
                raise ImageFetchError(f"{shown} is larger than {MAX_IMAGE_BYTES} bytes", 413)
            return path.read_bytes()
        except (OSError, ValueError, RuntimeError) as exc:
            # A symlink loop (RuntimeError), a NUL byte (ValueError), a name too long, no permission:
            # this task's error, not the request's.
            reason = "a symbolic link loop" if isinstance(exc, RuntimeError) else getattr(exc, "strerror", None) or str(exc)
            raise ImageFetchError(f"Local Storage path {shown} cannot be read: {reason}", 400) from None

    def _get(self, url: str) -> bytes:
        # Redirects are followed here, not by requests: each hop is checked against the fetch
        # rule before it is asked, and the token goes only to hops on Label Studio's host.
        for _ in range(MAX_REDIRECTS + 1):
            try:
                self.rule.check_url(url)
            except AddressRefused as exc:
                raise ImageFetchError(f"refused to fetch {_redact(url)}: {exc}", 403) from None
            except OSError as exc:  # the name does not resolve
                raise ImageFetchError(f"cannot fetch {_redact(url)}: {exc}", 502) from None
            location = self._get_one(url)
            if isinstance(location, bytes):
                return location
            url = location
        raise ImageFetchError(f"fetching {_redact(url)} was redirected more than {MAX_REDIRECTS} times", 502)

    def _get_one(self, url: str) -> bytes | str:
        """The picture's bytes, or the URL a redirect points at."""
        headers = {}
        if self.access is not None and self.access.sends_token_to(url):
            headers["Authorization"] = self.access.authorization()
        try:
            with self.session.get(url, headers=headers, timeout=self.timeout, stream=True,
                                  allow_redirects=False) as response:
                if response.is_redirect:
                    return urljoin(url, response.headers["location"])
                if response.status_code != 200:
                    hint = f"; check the token ({NO_ACCESS_HELP})" if response.status_code in (401, 403) else ""
                    status = 404 if response.status_code == 404 else 502
                    raise ImageFetchError(f"fetching {_redact(url)} answered HTTP {response.status_code}{hint}", status)
                chunks, size = [], 0
                for chunk in response.iter_content(1 << 16):
                    size += len(chunk)
                    if size > MAX_IMAGE_BYTES:
                        raise ImageFetchError(f"{_redact(url)} is larger than {MAX_IMAGE_BYTES} bytes", 413)
                    chunks.append(chunk)
                return b"".join(chunks)
        except AddressRefused as exc:  # the name resolved to another address when connecting
            raise ImageFetchError(f"refused to fetch {_redact(url)}: {exc}", 403) from None
        except requests.RequestException as exc:
            raise ImageFetchError(f"cannot fetch {_redact(url)}: {type(exc).__name__}", 502) from None


def _decode_data_uri(url: str) -> bytes:
    header, _, payload = url.partition(",")
    if ";base64" not in header:
        raise ImageFetchError("data: image URIs must be base64-encoded")
    try:
        return base64.b64decode(payload, validate=False)
    except (binascii.Error, ValueError) as exc:
        raise ImageFetchError(f"the data: URI is not valid base64: {exc}") from None


def _redact(url: str) -> str:
    """The URL without its query string, which may hold signatures or tokens.

    >>> _redact("https://bucket.s3/x.png?X-Amz-Signature=secret")
    'https://bucket.s3/x.png?…'
    """
    if not isinstance(url, str):
        return repr(url)
    if url.startswith("data:"):
        return url[:30] + "…"
    base, sep, query = url.partition("?")
    if not sep:
        return url
    if base.endswith("/data/local-files/") or base.endswith("/data/local-files"):
        return url
    return base + "?…"
