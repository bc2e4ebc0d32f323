"""Handlers for ``gridclip serve-ls``, ``gridclip ls-prelabel`` and ``gridclip ls-pull``.

Environment: ``LABEL_STUDIO_URL`` / ``LABEL_STUDIO_API_KEY`` (how the backend reaches Label
Studio for images), ``LOCAL_FILES_DOCUMENT_ROOT``, ``BASIC_AUTH_USER`` / ``BASIC_AUTH_PASS``,
``GRIDCLIP_LS_DATA`` (where downloaded task images and fine-tuned checkpoints go; default: the
user data dir), ``GRIDCLIP_SCORE_THRESHOLD`` (default 0.3), ``GRIDCLIP_MAX_CONCURRENT_INFERENCE``
(default 1), ``GRIDCLIP_FINE_TUNE_EPOCHS`` (default: chosen from the number of pictures),
``GRIDCLIP_LS_EXEMPLARS`` (default on: each project's submitted boxes are exemplar prototypes of its
predictions; ``off``: text only).
"""

from __future__ import annotations

import argparse
import logging
import math
import os
from contextlib import contextmanager
from pathlib import Path
from typing import Any

logger = logging.getLogger(__name__)


class CommandError(Exception):
    """A user error of ``serve-ls``, ``ls-prelabel`` or ``ls-pull``: the ``gridclip`` command
    line (app/cli.py) shows it as one line, exit status 2, as it does its own ``CommandError``.
    Its own class because backends/ may not import app/."""


def data_dir(env: dict[str, str] | None = None) -> Path:
    env = os.environ if env is None else env
    if env.get("GRIDCLIP_LS_DATA"):
        return Path(env["GRIDCLIP_LS_DATA"]).expanduser()
    from platformdirs import user_data_dir

    return Path(user_data_dir("gridclip-studio")) / "label-studio"


def _float_env(name: str, default: float, env: dict[str, str] | None = None) -> float:
    text = (os.environ if env is None else env).get(name)
    if not text:
        return default
    try:
        value = float(text)
    except ValueError:
        raise CommandError(f"{name}={text!r} is not a number") from None
    if not math.isfinite(value):
        raise CommandError(f"{name}={text!r} is not a finite number")
    return value


def _load_detector(source: str, int8_static: bool | None = None) -> Any:
    from gridclip import load_detector

    try:
        return load_detector(source, int8_static=int8_static)
    except (FileNotFoundError, ValueError, KeyError) as exc:
        raise CommandError(f"cannot load model {source!r}: {exc}") from None


def _open_store(db: str | None) -> Any:
    from storage import Store

    try:
        return Store.open(db)
    except Exception as exc:
        raise CommandError(f"cannot open the store {db!r}: {exc}") from None


def build_app(model: str, db: str | None, env: dict[str, str] | None = None, int8_static: bool | None = None) -> Any:
    """The served app with model, store, annotation sync and fine-tuning wired together."""
    from backends.learning import AnnotationSync, make_fine_tune
    from backends.predictor import PredictionSettings
    from backends.server import BackendConfig, create_app
    from gridclip.inference.model_version import register_model_version
    from gridclip.model.thresholds import Thresholds

    env = dict(os.environ if env is None else env)
    # The environment is read first: a bad setting is one line before the model loads for nothing.
    score_threshold = _float_env("GRIDCLIP_SCORE_THRESHOLD", 0.3, env)
    if not 0.0 <= score_threshold <= 1.0:
        raise CommandError(f"GRIDCLIP_SCORE_THRESHOLD={score_threshold} is not between 0 and 1")
    concurrency = _float_env("GRIDCLIP_MAX_CONCURRENT_INFERENCE", 1, env)
    if not concurrency >= 1:
        raise CommandError(f"GRIDCLIP_MAX_CONCURRENT_INFERENCE={concurrency:g} must be at least 1")
    try:
        config = BackendConfig.from_env(
            env,
            prediction=PredictionSettings(Thresholds(score_threshold=score_threshold)),
            max_concurrent_inference=int(concurrency),
            local_files_root=env.get("LOCAL_FILES_DOCUMENT_ROOT") or None,
        )
    except ValueError as exc:  # GRIDCLIP_LS_MAX_BODY_BYTES, GRIDCLIP_LS_EXEMPLARS: the message names it
        raise CommandError(str(exc)) from None
    # GRIDCLIP_FINE_TUNE_EPOCHS unset: QUICK_FINE_TUNE's epochs, chosen from the number of pictures.
    epochs = _float_env("GRIDCLIP_FINE_TUNE_EPOCHS", 0, env)
    detector = _load_detector(model, int8_static)
    store = _open_store(db)
    root = data_dir(env)
    register_model_version(store, detector, source=model)
    sync = AnnotationSync(store, root / "images")
    fine_tune = make_fine_tune(store, root / "checkpoints", epochs=int(epochs) if epochs >= 1 else None)
    return create_app(detector, config, sync=sync, fine_tune=fine_tune)


def run_serve(args: argparse.Namespace) -> int:
    import uvicorn

    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(levelname)s %(name)s: %(message)s")
    app = build_app(args.model, args.db, int8_static=args.int8)
    backend = app.state.backend
    print(f"gridclip serve-ls: model {backend.holder.model_version} on http://{args.host}:{args.port}", flush=True)
    from backends.images import LabelStudioAccess

    if LabelStudioAccess.env_key_without_url():
        print(
            "warning: LABEL_STUDIO_API_KEY is set but LABEL_STUDIO_URL is not; the key will not be used "
            "(it would go to whatever host /setup names). Set LABEL_STUDIO_URL to use it.",
            flush=True,
        )
    elif backend.projects.default_access() is None:
        print(
            "note: LABEL_STUDIO_URL / LABEL_STUDIO_API_KEY are not set; images will be fetched with the "
            "hostname and token Label Studio sends when it connects (each project's host is pinned by its first connect)",
            flush=True,
        )
    if backend.config.basic_auth is None and args.host not in ("127.0.0.1", "localhost", "::1"):
        print(
            f"warning: serving on {args.host} without BASIC_AUTH_USER / BASIC_AUTH_PASS: anyone who reaches "
            "this port can add or delete boxes and start training",
            flush=True,
        )
    uvicorn.run(app, host=args.host, port=args.port, log_level="info")
    return 0


def _client(args: argparse.Namespace) -> tuple[Any, Any]:
    from backends.fetch_rule import AllowList
    from backends.images import ImageFetchError
    from backends.sdk_jobs import connect

    if not args.url or not args.api_key:
        raise CommandError("give --url and --api-key (or set LABEL_STUDIO_URL and LABEL_STUDIO_API_KEY)")
    try:
        AllowList.from_env(os.environ)  # read again by each image fetch: refused here in one line
    except ValueError as exc:
        raise CommandError(str(exc)) from None
    try:
        return connect(args.url, args.api_key)
    except ImageFetchError as exc:
        raise CommandError(str(exc)) from None


@contextmanager
def _sdk_errors_as_command_errors(args: argparse.Namespace):
    """A bad label config or an SDK/HTTP failure of a batch job becomes one line for the user."""
    import httpx
    from label_studio_sdk.core.api_error import ApiError

    from backends.label_config import LabelConfigError

    try:
        yield
    except LabelConfigError as exc:
        raise CommandError(f"project {args.project}: {exc}") from None
    except (ApiError, OSError, httpx.HTTPError) as exc:
        raise _sdk_error(exc, args) from None


def _sdk_error(exc: Exception, args: argparse.Namespace) -> CommandError:
    status = getattr(exc, "status_code", None)
    if status == 401:
        return CommandError(f"Label Studio at {args.url} refused the API key (HTTP 401)")
    if status == 404:
        return CommandError(f"Label Studio at {args.url} has no project {args.project} (HTTP 404)")
    if status is None:
        return CommandError(f"cannot reach Label Studio at {args.url}: {type(exc).__name__}: {exc}")
    return CommandError(f"Label Studio at {args.url} answered HTTP {status}: {getattr(exc, 'body', exc)}")


def run_ls_prelabel(args: argparse.Namespace) -> int:
    from backends.sdk_jobs import prelabel

    client, access = _client(args)
    detector = _load_detector(args.model, args.int8)
    with _sdk_errors_as_command_errors(args):
        report = prelabel(client, access, args.project, detector, batch=args.batch)
    print(f"predicted {report.predicted} tasks, {report.skipped} already had this model version's prediction, {len(report.failed)} failed")
    for task_id, reason in report.failed[:20]:
        print(f"  task {task_id}: {reason}")
    return 1 if report.failed else 0


def run_ls_pull(args: argparse.Namespace) -> int:
    from backends.learning import AnnotationSync
    from backends.sdk_jobs import pull

    client, access = _client(args)
    store = _open_store(args.db)
    sync = AnnotationSync(store, data_dir() / "images")
    with _sdk_errors_as_command_errors(args):
        report = pull(client, access, args.project, sync)
    print(f"pulled {report.annotations} annotations ({report.boxes} boxes), removed {report.removed} stale boxes, {len(report.failed)} failed")
    for task_id, reason in report.failed[:20]:
        print(f"  task {task_id}: {reason}")
    return 1 if report.failed else 0
