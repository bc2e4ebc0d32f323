"""The Label Studio ML backend over HTTP (Starlette), speaking what Label Studio 1.2x sends.

Routes: ``GET /health``, ``POST /setup``, ``GET /versions``, ``POST /predict``, ``POST /webhook``
(and ``POST /train``, the pre-webhook way Label Studio asked for training). Every error is a
JSON object ``{"error": "..."}`` with a fitting status code.

A webhook is checked and stored before it is answered: ``200 {"status": "stored"}`` means the
store holds the annotation; a bad one gets a 4xx ``{"error": ..., "region": ...}`` naming the
region and why, and changes nothing. Only training runs in the background. Request bodies over
``max_body_bytes`` (``GRIDCLIP_LS_MAX_BODY_BYTES``, 64 MiB) are refused with 413 unread.

Inference holds a semaphore (``max_concurrent_inference``, default 1): concurrent ``/predict``
calls queue for the model instead of fighting over the CPU, so fifty at once are all answered.

With a store, a project's submitted boxes are its exemplar prototypes (``backends.exemplars``):
``/predict`` blends them into the classes they name and reports them as ``"exemplars"``
(``{"boxes": {class: n}, "digest": ...}``) beside ``"results"``. ``exemplars`` (env
``GRIDCLIP_LS_EXEMPLARS``, default on; ``off``/``false``/``0``/``no``: text only) switches
them off for the whole backend, ``exemplars="false"`` on a ``<RectangleLabels>`` for its classes.

>>> from backends.server import BackendConfig
>>> BackendConfig().max_concurrent_inference
1
"""

from __future__ import annotations

import base64
import binascii
import json
import logging
import os
import secrets
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

import anyio
from starlette.applications import Starlette
from starlette.middleware import Middleware
from starlette.middleware.base import BaseHTTPMiddleware
from starlette.requests import Request
from starlette.responses import JSONResponse
from starlette.routing import Route

from backends.exemplars import ProjectExemplars, describe
from backends.fetch_rule import ALLOW_HOSTS_ENV, AllowList, origin_of
from backends.images import NO_ACCESS_HELP, ImageFetcher
from backends.label_config import LabelConfigError, parse_label_config
from backends.model_holder import ModelHolder
from backends.predictor import PredictionSettings, fetch_task_images, predict_tasks
from backends.projects import HostChanged, ProjectBook, ProjectInfo, project_id_of

logger = logging.getLogger(__name__)

ANNOTATION_ACTIONS = ("ANNOTATION_CREATED", "ANNOTATION_UPDATED")
DELETE_ACTIONS = ("ANNOTATIONS_DELETED",)
TRAIN_ACTIONS = ("START_TRAINING",)


class BadRequest(Exception):
    """An answer with a 4xx/5xx status; ``details`` go into the JSON body beside ``error``."""

    def __init__(self, message: str, status: int = 400, **details: Any) -> None:
        super().__init__(message)
        self.status = status
        self.details = details


DEFAULT_MAX_BODY_BYTES = 64 * 1024 * 1024


@dataclass
class BackendConfig:
    """Knobs of the server; ``basic_auth`` defaults to ``BASIC_AUTH_USER``/``BASIC_AUTH_PASS``.

    ``basic_auth`` and ``env`` (which holds the API key) stay out of the repr, so logging a
    config never writes a secret.
    """

    prediction: PredictionSettings = field(default_factory=PredictionSettings)
    max_concurrent_inference: int = 1
    basic_auth: tuple[str, str] | None = field(default=None, repr=False)
    local_files_root: str | None = None
    env: dict[str, str] | None = field(default=None, repr=False)
    max_body_bytes: int = DEFAULT_MAX_BODY_BYTES
    exemplars: bool = True  # a project's submitted boxes act as exemplar prototypes in /predict
    # Non-public hosts task images may come from besides Label Studio (backends.fetch_rule).
    fetch_allow: AllowList = field(default_factory=AllowList)

    @classmethod
    def from_env(cls, env: dict[str, str] | None = None, **overrides: Any) -> BackendConfig:
        env = dict(os.environ if env is None else env)
        user, password = env.get("BASIC_AUTH_USER"), env.get("BASIC_AUTH_PASS")
        limit = env.get("GRIDCLIP_LS_MAX_BODY_BYTES")
        if limit and "max_body_bytes" not in overrides:
            try:
                overrides["max_body_bytes"] = int(limit)
            except ValueError:
                raise ValueError(f"GRIDCLIP_LS_MAX_BODY_BYTES={limit!r} is not a whole number of bytes") from None
            if overrides["max_body_bytes"] < 1:  # 0 or less would refuse every request as too large
                raise ValueError(f"GRIDCLIP_LS_MAX_BODY_BYTES={limit!r}: at least 1 byte")
        switch = env.get("GRIDCLIP_LS_EXEMPLARS", "").strip().lower()
        if switch and "exemplars" not in overrides:
            if switch not in ("1", "true", "yes", "on", "0", "false", "no", "off"):
                raise ValueError(f"GRIDCLIP_LS_EXEMPLARS={switch!r}: use on or off")
            overrides["exemplars"] = switch in ("1", "true", "yes", "on")
        if "fetch_allow" not in overrides:
            overrides["fetch_allow"] = AllowList.parse(env.get(ALLOW_HOSTS_ENV))
        return cls(basic_auth=(user, password) if user and password else None, env=env, **overrides)


class BasicAuthMiddleware(BaseHTTPMiddleware):
    def __init__(self, app: Any, credentials: tuple[str, str]) -> None:
        super().__init__(app)
        self.expected = f"{credentials[0]}:{credentials[1]}".encode()

    async def dispatch(self, request: Request, call_next: Any) -> Any:
        header = request.headers.get("authorization", "")
        scheme, _, encoded = header.partition(" ")
        try:
            given = base64.b64decode(encoded, validate=True) if scheme.lower() == "basic" else b""
        except (binascii.Error, ValueError):
            given = b""
        if not secrets.compare_digest(given, self.expected):
            return JSONResponse(
                {"error": "authentication required: this backend uses HTTP basic auth"},
                status_code=401,
                headers={"WWW-Authenticate": 'Basic realm="gridclip"'},
            )
        return await call_next(request)


async def _read_limited(request: Request, limit: int) -> bytes:
    """The body, refusing (413) one over ``limit`` bytes without reading the rest of it."""
    declared = request.headers.get("content-length", "")
    if declared.isdigit() and int(declared) > limit:
        raise BadRequest(f"the request body is {int(declared)} bytes; this backend accepts at most {limit}", 413)
    chunks, size = [], 0
    async for chunk in request.stream():
        size += len(chunk)
        if size > limit:
            raise BadRequest(f"the request body is over {limit} bytes, the most this backend accepts", 413)
        chunks.append(chunk)
    return b"".join(chunks)


async def _json_body(request: Request, limit: int = DEFAULT_MAX_BODY_BYTES) -> dict[str, Any]:
    raw = await _read_limited(request, limit)
    if not raw:
        raise BadRequest("the request body is empty; expected a JSON object")
    try:
        body = json.loads(raw)
    except (json.JSONDecodeError, UnicodeDecodeError) as exc:
        raise BadRequest(f"the request body is not valid JSON: {exc}") from None
    if not isinstance(body, dict):
        raise BadRequest(f"expected a JSON object, got {type(body).__name__}")
    return body


class Backend:
    """The state behind the routes: model, projects, the store sync, refused webhooks."""

    def __init__(self, holder: ModelHolder, config: BackendConfig, sync: Any = None, fine_tune: Any = None) -> None:
        self.holder = holder
        self.config = config
        self.projects = ProjectBook(env=config.env)
        self.sync = sync  # backends.learning.AnnotationSync, or None when no store is attached
        self.fine_tune = fine_tune  # callable(detector) -> detector, or None
        # Each project's submitted boxes as exemplar prototypes (none without a store).
        self.exemplars = ProjectExemplars(getattr(sync, "store", None), enabled=config.exemplars and sync is not None)
        self.webhook_refusals: list[str] = []  # the last reasons, for /health and the logs
        self.inference_limiter = anyio.CapacityLimiter(max(1, config.max_concurrent_inference))
        self.fetch_limiter = anyio.CapacityLimiter(8)
        # Webhooks write one at a time, in arrival order, as Label Studio sent them: an update
        # never overtakes the creation of the same annotation.
        self.webhook_limiter = anyio.CapacityLimiter(1)

    def fetcher_for(self, info: ProjectInfo | None) -> ImageFetcher:
        access = info.access if info is not None and info.access is not None else self.projects.default_access()
        return ImageFetcher(access, local_files_root=self.config.local_files_root, allow=self.config.fetch_allow)

    # -- routes ----------------------------------------------------------------------------------

    async def health(self, request: Request) -> JSONResponse:
        status = self.holder.status
        return JSONResponse(
            {
                "status": "UP",
                "model_class": "GridCLIP",
                "model_version": self.holder.model_version,
                "training": status.state,
                "training_message": status.message,
                "training_result": status.result,
                "webhook_refusals": len(self.webhook_refusals),
                "exemplars": self.exemplars.enabled,
            }
        )

    async def setup(self, request: Request) -> JSONResponse:
        body = await _json_body(request, self.config.max_body_bytes)
        project_id = project_id_of(body.get("project"))
        if project_id is None:
            raise BadRequest(f"'project' must be Label Studio's '<id>.<timestamp>', got {body.get('project')!r}")
        schema = body.get("schema") or body.get("label_config")
        hostname, token = _setup_hostname(body.get("hostname")), body.get("access_token")
        if token is not None and not isinstance(token, str):
            raise BadRequest(f"'access_token' must be a string, got {type(token).__name__}")
        try:
            self.projects.register(project_id, schema, hostname, token)
        except LabelConfigError as exc:
            raise BadRequest(str(exc)) from None
        except HostChanged as exc:
            raise BadRequest(str(exc), 403) from None
        return JSONResponse({"model_version": self.holder.model_version})

    async def versions(self, request: Request) -> JSONResponse:
        return JSONResponse({"versions": list(self.holder.status.versions), "model_version": self.holder.model_version})

    async def predict(self, request: Request) -> JSONResponse:
        body = await _json_body(request, self.config.max_body_bytes)
        tasks = body.get("tasks")
        if not isinstance(tasks, list):
            raise BadRequest("'tasks' must be a list of Label Studio tasks")
        project_id = project_id_of(body.get("project"))
        info = self.projects.get(project_id)
        xml = body.get("label_config") or (info.label_config_xml if info else None)
        if not xml:
            raise BadRequest("no labeling config: send 'label_config' or connect the project first (/setup)")
        try:
            config = parse_label_config(xml)
        except LabelConfigError as exc:
            raise BadRequest(str(exc)) from None
        params = body.get("params") if isinstance(body.get("params"), dict) else {}
        context = params.get("context")
        fetcher = self.fetcher_for(info)
        images = await anyio.to_thread.run_sync(
            lambda: fetch_task_images(tasks, config, fetcher, self.config.prediction.fetch_workers),
            limiter=self.fetch_limiter,
        )
        detector, model_version = self.holder.current()
        wants_exemplars = any(c.exemplars for c in config.controls)

        def work() -> tuple[Any, Any]:
            # Pooled with the detector that predicts: prototypes and model always share a version.
            prototypes = self.exemplars.for_project(project_id, detector) if wants_exemplars else None
            answer = predict_tasks(detector, model_version, tasks, config, images, self.config.prediction,
                                   context=context, exemplars=prototypes)
            return answer, prototypes

        answer, prototypes = await anyio.to_thread.run_sync(work, limiter=self.inference_limiter)
        response: dict[str, Any] = {"results": answer.results, "model_version": model_version}
        if answer.errors:
            response["errors"] = answer.errors
        used = describe(prototypes)
        if used is not None:
            response["exemplars"] = used
        return JSONResponse(response)

    async def webhook(self, request: Request) -> JSONResponse:
        try:
            return await self._webhook(request)
        except BadRequest as exc:
            self.webhook_refusals = [*self.webhook_refusals[-99:], str(exc)]
            logger.warning("webhook refused (HTTP %d): %s", exc.status, exc)
            raise

    async def _webhook(self, request: Request) -> JSONResponse:
        body = await _json_body(request, self.config.max_body_bytes)
        action = body.get("action")
        if not isinstance(action, str):
            raise BadRequest("a webhook needs an 'action' string")
        if action in TRAIN_ACTIONS:
            return self._start_training()
        if action not in ANNOTATION_ACTIONS + DELETE_ACTIONS:
            return JSONResponse({"status": "ignored", "action": action})
        if self.sync is None:
            raise BadRequest("this backend runs without a store (--db), so it cannot keep annotations", 409)
        info = self._project_of_webhook(body)
        sync = self.sync
        if action in DELETE_ACTIONS:
            annotations = body.get("annotations")
            if not isinstance(annotations, list):
                raise BadRequest("ANNOTATIONS_DELETED needs an 'annotations' list")
            malformed = [k for k, a in enumerate(annotations)
                         if not isinstance(a, dict) or isinstance(a.get("id"), bool) or not isinstance(a.get("id"), int)]
            if malformed:
                # Skipping it silently would answer "deleted" while the annotation stays in the store.
                raise BadRequest(f"ANNOTATIONS_DELETED: annotation #{malformed[0]} is not an object with an integer 'id'")
            ids = [a["id"] for a in annotations]
            removed = await anyio.to_thread.run_sync(
                lambda: _as_bad_request(lambda: sync.delete(info.project_id, ids)), limiter=self.webhook_limiter
            )
            return JSONResponse({"status": "deleted", "action": action, "annotations": ids, "boxes_removed": removed})
        annotation, task = body.get("annotation"), body.get("task")
        if not isinstance(annotation, dict) or isinstance(annotation.get("id"), bool) or not isinstance(annotation.get("id"), int):
            raise BadRequest(f"{action} needs an 'annotation' object with an integer 'id'")
        if not isinstance(task, dict):
            raise BadRequest(f"{action} needs the 'task' object")
        task_id = task.get("id")
        if isinstance(task_id, bool) or not isinstance(task_id, int):
            # The store keeps each task's picture by its id: without one, the boxes could land
            # on the picture of another task.
            raise BadRequest(f"{action} needs the 'task' object with an integer 'id', got {task_id!r}"[:300])
        named = annotation.get("task")
        if isinstance(named, int) and not isinstance(named, bool) and named != task_id:
            raise BadRequest(f"the annotation belongs to task {named}, but the webhook's 'task' is {task_id}")
        fetcher = self.fetcher_for(info)
        # Stored before the answer: a 200 must mean the boxes are in the store.
        ids = await anyio.to_thread.run_sync(
            lambda: _as_bad_request(lambda: sync.upsert(info.project_id, annotation, task, info.config, fetcher)),
            limiter=self.webhook_limiter,
        )
        return JSONResponse({"status": "stored", "action": action, "annotation": annotation["id"], "boxes": len(ids)})

    async def train(self, request: Request) -> JSONResponse:
        await _json_body(request, self.config.max_body_bytes)
        return self._start_training()

    # -- helpers ---------------------------------------------------------------------------------

    def _project_of_webhook(self, body: dict[str, Any]) -> ProjectInfo:
        project = body.get("project")
        project_id = project_id_of(project)
        if project_id is None:
            raise BadRequest("the webhook names no project ('project': {'id': ...})")
        info = self.projects.get(project_id)
        xml = project.get("label_config") if isinstance(project, dict) else None
        if xml and (info is None or info.label_config_xml != xml):
            try:
                info = self.projects.register(project_id, xml)
            except LabelConfigError as exc:
                raise BadRequest(f"project {project_id}: {exc}") from None
        if info is None:
            raise BadRequest(
                f"unknown project {project_id}: connect this backend to it in Label Studio "
                "(Settings > Model) so /setup tells it the labeling config",
                404,
            )
        if info.access is None:
            logger.warning("project %s: no Label Studio access (%s)", project_id, NO_ACCESS_HELP)
        return info

    def _start_training(self) -> JSONResponse:
        if self.fine_tune is None or self.sync is None:
            raise BadRequest("this backend runs without a store (--db), so it has nothing to train on", 409)
        started = self.holder.start_fine_tune(self.fine_tune)
        status = "started" if started else "already running"
        return JSONResponse({"status": status, "model_version": self.holder.model_version}, status_code=201 if started else 200)


def _setup_hostname(value: Any) -> str | None:
    """The Label Studio address ``/setup`` names (None or empty: none), or ``BadRequest``."""
    if value is None or value == "":
        return None
    origin = origin_of(value) if isinstance(value, str) else None
    if origin is None or any(c.isspace() for c in value):
        raise BadRequest(f"'hostname' must be Label Studio's http(s)://host[:port] address, got {value!r}"[:300])
    return value


def _as_bad_request(work: Callable[[], Any]) -> Any:
    """Run ``work``, turning what a bad annotation or an unreachable image raises into a 4xx/5xx
    answer that names the region (when there is one) and the reason."""
    from sqlalchemy.exc import OperationalError

    from backends.convert import RegionError
    from backends.images import ImageFetchError
    from backends.predictor import TaskError
    from storage.errors import InvalidBox, NotFound, StoreError

    try:
        return work()
    except RegionError as exc:
        raise BadRequest(str(exc), 422, region=exc.region_id, reason=exc.reason) from None
    except InvalidBox as exc:
        raise BadRequest(str(exc), 422) from None
    except ImageFetchError as exc:
        raise BadRequest(f"the task's image cannot be had: {exc}", exc.status) from None
    except (TaskError, NotFound) as exc:
        raise BadRequest(str(exc), 422) from None
    except ValueError as exc:  # e.g. the task's file is not a picture
        raise BadRequest(str(exc), 422) from None
    except (OperationalError, StoreError) as exc:
        logger.exception("the store could not keep a webhook")
        raise BadRequest(f"the store could not keep it: {type(exc).__name__}; retry later", 503) from None


def create_app(
    detector: Any,
    config: BackendConfig | None = None,
    sync: Any = None,
    fine_tune: Callable[[Any], Any] | None = None,
) -> Starlette:
    """The ASGI app. ``detector`` is loaded once, here; ``sync`` keeps webhook boxes in the store.

    ``app.state.backend`` exposes the :class:`Backend`.
    """
    config = config or BackendConfig.from_env()
    backend = Backend(ModelHolder(detector), config, sync=sync, fine_tune=fine_tune)

    def route(handler: Callable[[Request], Any]) -> Callable[[Request], Any]:
        async def endpoint(request: Request) -> JSONResponse:
            try:
                return await handler(request)
            except BadRequest as exc:
                return JSONResponse({"error": str(exc), **exc.details}, status_code=exc.status)
            except Exception as exc:  # last resort: the client still gets JSON
                logger.exception("%s %s failed", request.method, request.url.path)
                return JSONResponse({"error": f"internal error: {type(exc).__name__}: {exc}"}, status_code=500)

        return endpoint

    middleware = [Middleware(BasicAuthMiddleware, credentials=config.basic_auth)] if config.basic_auth else []
    app = Starlette(
        routes=[
            Route("/", route(backend.health), methods=["GET"]),
            Route("/health", route(backend.health), methods=["GET"]),
            Route("/setup", route(backend.setup), methods=["POST"]),
            Route("/versions", route(backend.versions), methods=["GET"]),
            Route("/predict", route(backend.predict), methods=["POST"]),
            Route("/webhook", route(backend.webhook), methods=["POST"]),
            Route("/train", route(backend.train), methods=["POST"]),
        ],
        middleware=middleware,
    )
    app.state.backend = backend
    return app
