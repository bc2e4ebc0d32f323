"""What this backend knows about each Label Studio project it serves.

Label Studio names a project ``"<id>.<created-timestamp>"`` in ``/setup`` and ``/predict`` and as
``{"id": ...}`` in webhooks; both come down to the integer id here.

>>> project_id_of("12.1700000000"), project_id_of({"id": 12}), project_id_of(12)
(12, 12, 12)
"""

from __future__ import annotations

import logging
import threading
from dataclasses import dataclass
from typing import Any
from urllib.parse import urlparse

from backends.images import LabelStudioAccess
from backends.label_config import LabelConfig, parse_label_config

logger = logging.getLogger(__name__)


class HostChanged(Exception):
    """A ``/setup`` naming another Label Studio host for a project already pinned to one."""


def host_of(hostname: str) -> str:
    """``scheme://host:port`` in lower case: what a project's host is pinned to.

    >>> host_of("HTTP://LS:8080/"), host_of("https://ls.example.com")
    ('http://ls:8080', 'https://ls.example.com')
    """
    parsed = urlparse(hostname.strip())
    return f"{parsed.scheme.lower()}://{parsed.netloc.lower()}"


def project_id_of(value: Any) -> int | None:
    """The integer project id in any of Label Studio's spellings, or None."""
    if isinstance(value, dict):
        value = value.get("id")
    if isinstance(value, bool):
        return None
    if isinstance(value, int):
        return value
    if isinstance(value, str):
        head = value.split(".", 1)[0].strip()
        if head.isdigit():
            return int(head)
    return None


@dataclass(frozen=True)
class ProjectInfo:
    project_id: int
    config: LabelConfig
    label_config_xml: str
    access: LabelStudioAccess | None
    pinned_host: str | None = None  # the Label Studio host the first /setup named


class ProjectBook:
    """Projects seen through ``/setup`` (or a webhook carrying their config), by id.

    Access to Label Studio comes from the environment first (``LabelStudioAccess.resolve``),
    else from the hostname and token ``/setup`` carried. The first ``/setup`` hostname of a
    project pins it: a later one naming another host raises :class:`HostChanged` (and is
    logged), so nobody who can reach ``/setup`` can move a project's images and token traffic
    to a server of theirs.
    """

    def __init__(self, env: dict[str, str] | None = None) -> None:
        self._env = env
        self._projects: dict[int, ProjectInfo] = {}
        self._lock = threading.Lock()

    def register(
        self, project_id: int, label_config_xml: str, hostname: str | None = None, token: str | None = None
    ) -> ProjectInfo:
        """Parse the config (``LabelConfigError`` if unusable) and remember the project."""
        config = parse_label_config(label_config_xml)
        with self._lock:
            previous = self._projects.get(project_id)
            pinned = previous.pinned_host if previous is not None else None
            if hostname:
                asked = host_of(hostname)
                if pinned is not None and asked != pinned:
                    logger.warning("project %s: /setup named host %s, but the project is pinned to %s; refused",
                                   project_id, asked, pinned)
                    raise HostChanged(
                        f"project {project_id} is connected to Label Studio at {pinned}; a /setup from {asked} "
                        "is refused (restart the backend, or set LABEL_STUDIO_URL, to change it)"
                    )
                pinned = asked
            access = LabelStudioAccess.resolve(hostname, token, env=self._env)
            if access is None and previous is not None:
                access = previous.access
            if previous is not None and previous.access is not None and access is not None and previous.access == access:
                access = previous.access  # keep its session and cached access token
            info = ProjectInfo(project_id, config, label_config_xml, access, pinned)
            self._projects[project_id] = info
            return info

    def get(self, project_id: int | None) -> ProjectInfo | None:
        with self._lock:
            return self._projects.get(project_id) if project_id is not None else None

    def default_access(self) -> LabelStudioAccess | None:
        """Access from the environment alone (for requests that name no known project)."""
        return LabelStudioAccess.resolve(env=self._env)
