"""Batch jobs against a Label Studio project through label-studio-sdk 2.x.

``prelabel``: predictions for every task that has none from the current model version, in
batches, imported as they are made, so an interrupted run picks up where it stopped.
``pull``: submitted annotations copied into the store (the same keys the webhook uses, so
pulling after webhooks, or twice, changes nothing).
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from typing import Any

from label_studio_sdk.client import LabelStudio
from tqdm import tqdm

from backends.images import ImageFetcher, LabelStudioAccess
from backends.label_config import LabelConfig, parse_label_config
from backends.learning import SOURCE, AnnotationSync
from backends.model_holder import model_version_of
from backends.predictor import PredictionSettings, fetch_task_images, predict_tasks

logger = logging.getLogger(__name__)


@dataclass
class PrelabelReport:
    predicted: int = 0
    skipped: int = 0
    failed: list[tuple[Any, str]] = field(default_factory=list)


@dataclass
class PullReport:
    annotations: int = 0
    boxes: int = 0
    removed: int = 0
    failed: list[tuple[Any, str]] = field(default_factory=list)


def _as_dict(obj: Any) -> dict[str, Any]:
    if isinstance(obj, dict):
        return obj
    if hasattr(obj, "model_dump"):
        return obj.model_dump()
    return dict(obj)


def connect(url: str, api_key: str) -> tuple[LabelStudio, LabelStudioAccess]:
    """An SDK client and the same credentials for image downloads."""
    return LabelStudio(base_url=url.rstrip("/"), api_key=api_key), LabelStudioAccess(url=url, api_key=api_key)


def project_config(client: LabelStudio, project_id: int) -> LabelConfig:
    project = client.projects.get(id=project_id)
    return parse_label_config(project.label_config)


def iter_tasks(client: LabelStudio, project_id: int, fields: str = "all", page_size: int = 100) -> Iterator[dict[str, Any]]:
    for task in client.tasks.list(project=project_id, fields=fields, page_size=page_size):
        yield _as_dict(task)


def _has_prediction(task: dict[str, Any], model_version: str) -> bool:
    return any(_as_dict(p).get("model_version") == model_version for p in task.get("predictions") or [])


def prelabel(
    client: LabelStudio,
    access: LabelStudioAccess,
    project_id: int,
    detector: Any,
    batch: int = 16,
    settings: PredictionSettings | None = None,
    progress: bool = True,
    on_batch: Callable[[int], None] | None = None,
) -> PrelabelReport:
    """Import predictions of ``detector`` for every task lacking one from its model version."""
    settings = settings or PredictionSettings()
    config = project_config(client, project_id)
    model_version = model_version_of(detector.name, detector.version)
    fetcher = ImageFetcher(access)
    report = PrelabelReport()
    tasks = list(iter_tasks(client, project_id))
    todo = [t for t in tasks if not _has_prediction(t, model_version)]
    report.skipped = len(tasks) - len(todo)
    bar = tqdm(total=len(todo), desc=f"pre-labeling project {project_id}", unit="task", disable=not progress)
    try:
        for start in range(0, len(todo), max(1, batch)):
            chunk = todo[start : start + max(1, batch)]
            images = fetch_task_images(chunk, config, fetcher, settings.fetch_workers)
            answer = predict_tasks(detector, model_version, chunk, config, images, settings)
            for error in answer.errors:
                report.failed.append((error["task"], error["error"]))
            requests = [
                {"task": task["id"], "result": result["result"], "score": result["score"], "model_version": model_version}
                for task, result in zip(chunk, answer.results)
                if result
            ]
            if requests:
                # One import per batch: a run stopped mid-way keeps every batch already sent.
                client.projects.import_predictions(id=project_id, request=requests)
            report.predicted += len(requests)
            bar.update(len(chunk))
            if on_batch:
                on_batch(len(requests))
    finally:
        bar.close()
    return report


def pull(
    client: LabelStudio, access: LabelStudioAccess, project_id: int, sync: AnnotationSync, progress: bool = True
) -> PullReport:
    """Copy the project's submitted annotations into the store; drop copies of deleted ones."""
    config = project_config(client, project_id)
    fetcher = ImageFetcher(access)
    report = PullReport()
    seen: set[str] = set()
    pulled: set[str] = set()  # the annotations Label Studio still has, as tag-pick keys
    tasks = [t for t in iter_tasks(client, project_id) if t.get("annotations")]
    for task in tqdm(tasks, desc=f"pulling project {project_id}", unit="task", disable=not progress):
        for annotation in task["annotations"]:
            annotation = _as_dict(annotation)
            pulled.add(f"{SOURCE}:{project_id}:{annotation['id']}:")
            try:
                ids = sync.upsert(project_id, annotation, task, config, fetcher)
            except Exception as exc:  # one bad task is reported, the others still come in
                report.failed.append((task.get("id"), f"{type(exc).__name__}: {exc}"))
                seen.update(sync.external_ids(f"{SOURCE}:{project_id}:{annotation['id']}:"))
                continue
            report.annotations += 1
            report.boxes += len(ids)
            seen.update(sync.external_ids(f"{SOURCE}:{project_id}:{annotation['id']}:"))
    stale = [e for e in sync.external_ids(f"{SOURCE}:{project_id}:") if e not in seen]
    if stale:
        report.removed = sync.store.delete_annotations_by_external_id(stale)
    # Tag picks of annotations deleted in Label Studio meanwhile go too (with the tags only they picked).
    stale_picks = [e for e in sync.store.external_tag_ids(f"{SOURCE}:{project_id}:") if e not in pulled]
    if stale_picks:
        sync.store.delete_external_tags(stale_picks)
    return report
