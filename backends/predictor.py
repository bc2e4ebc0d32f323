"""Label Studio tasks in, one prediction per task out: the ``/predict`` work without the HTTP.

Images of all tasks are fetched first, then go through the detector together (one batched call
per RectangleLabels control); a task whose image cannot be had gets ``[]`` and its reason in
``errors``, the others still get their boxes, so the answer always has one entry per task, in
order. With ``exemplars`` (the project's prototypes, ``backends.exemplars``) the classes they
name are scored by text and prototype, except in a control marked ``exemplars="false"``.

>>> from backends.predictor import image_url_of
>>> image_url_of({"id": 3, "data": {"image": "/data/upload/1/a.png"}}, "image")
'/data/upload/1/a.png'
"""

from __future__ import annotations

import logging
import math
from collections.abc import Callable, Mapping, Sequence
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field, replace
from typing import Any

import numpy as np
import supervision as sv
from PIL import Image

from backends.convert import RegionError, detections_to_regions, prediction_score, regions_to_detections
from backends.images import ImageFetcher, ImageFetchError
from backends.label_config import LabelConfig, RectangleControl
from gridclip.inference.prelabel import predict_isolating
from gridclip.model.thresholds import Thresholds

logger = logging.getLogger(__name__)


class TaskError(ValueError):
    """One task that cannot be predicted; the others go on."""


def image_url_of(task: Mapping[str, Any], key: str) -> str:
    """The task's image URL under ``data[key]``; ``TaskError`` when it is missing."""
    if not isinstance(task, Mapping):
        raise TaskError(f"a task must be a JSON object, got {type(task).__name__}")
    data = task.get("data")
    if not isinstance(data, Mapping):
        raise TaskError(f"task {task.get('id')!r} has no 'data' object")
    url = data.get(key)
    if not isinstance(url, str) or not url:
        raise TaskError(f"task {task.get('id')!r} has no image under data[{key!r}] (keys: {sorted(data)})")
    return url


@dataclass
class PredictionSettings:
    """The server's thresholds (a control's ``model_score_threshold`` overrides their score),
    pictures per model call, and image downloads at once."""

    thresholds: Thresholds = Thresholds()
    batch_size: int = 4
    fetch_workers: int = 8


@dataclass
class BatchAnswer:
    """``results[i]`` answers ``tasks[i]``: a prediction dict or ``[]``; ``errors`` say why."""

    results: list[Any]
    errors: list[dict[str, Any]] = field(default_factory=list)


def _task_id(task: Any) -> Any:
    return task.get("id") if isinstance(task, Mapping) else None


def fetch_task_images(
    tasks: Sequence[Any], config: LabelConfig, fetcher: ImageFetcher, workers: int = 8
) -> dict[str, list[Image.Image | Exception]]:
    """Each task's pictures, by image key (``$image`` → ``"image"``), or the exception that stopped one."""

    def fetch_one(task: Any, key: str) -> Image.Image | Exception:
        try:
            url = image_url_of(task, key)
            task_id = _task_id(task)
            return fetcher.fetch(url, task_id=task_id if isinstance(task_id, int) else None)
        except (TaskError, ImageFetchError) as exc:
            return exc

    keys = list(dict.fromkeys(c.image_key for c in config.controls))
    jobs = [(task, key) for key in keys for task in tasks]
    if len(jobs) <= 1:
        fetched = [fetch_one(t, k) for t, k in jobs]
    else:
        with ThreadPoolExecutor(max_workers=max(1, min(workers, len(jobs)))) as pool:
            fetched = list(pool.map(lambda job: fetch_one(*job), jobs))
    return {key: fetched[i * len(tasks) : (i + 1) * len(tasks)] for i, key in enumerate(keys)}


def _finite(value: Any, positive: bool = False) -> float | None:
    """``value`` as a finite float (positive when asked), else None; strings are not numbers here."""
    if isinstance(value, bool) or not isinstance(value, (int, float)):
        return None
    number = float(value)
    return number if math.isfinite(number) and (number > 0 or not positive) else None


def _interactive_filter(detections: sv.Detections, control: RectangleControl, context: Any, width: int, height: int) -> sv.Detections:
    """Keep the boxes the person pointed at: centres inside a drawn rectangle, boxes under a clicked point.

    A drawn rectangle that carries a label keeps only that class. Without usable regions in the
    context, every box is kept.
    """
    regions = context.get("result") if isinstance(context, Mapping) else None
    if not isinstance(regions, list) or not regions or len(detections) == 0:
        return detections
    keep = np.zeros(len(detections), dtype=bool)
    used = False
    centres = np.column_stack(
        [(detections.xyxy[:, 0] + detections.xyxy[:, 2]) / 2, (detections.xyxy[:, 1] + detections.xyxy[:, 3]) / 2]
    )
    for region in regions:
        value = region.get("value") if isinstance(region, Mapping) else None
        # A point or rectangle needs finite numbers; a region without them is no pointer.
        x, y = (_finite(value.get(k)) for k in ("x", "y")) if isinstance(value, Mapping) else (None, None)
        if x is None or y is None:
            continue
        w_img = _finite(region.get("original_width"), positive=True) or width
        h_img = _finite(region.get("original_height"), positive=True) or height
        px, py = x * w_img / 100, y * h_img / 100
        used = True
        w, h = _finite(value.get("width")), _finite(value.get("height"))
        if w is not None and h is not None:
            x2, y2 = px + w * w_img / 100, py + h * h_img / 100
            inside = (centres[:, 0] >= px) & (centres[:, 0] <= x2) & (centres[:, 1] >= py) & (centres[:, 1] <= y2)
            labels = value.get("rectanglelabels")
            if isinstance(labels, list) and labels and isinstance(labels[0], str):
                try:
                    inside &= detections.class_id == control.class_id_of_label(labels[0])
                except KeyError:
                    pass
        else:
            xy = detections.xyxy
            inside = (xy[:, 0] <= px) & (xy[:, 2] >= px) & (xy[:, 1] <= py) & (xy[:, 3] >= py)
        keep |= inside
    return detections[keep] if used else detections


def predict_tasks(
    detector: Any,
    model_version: str,
    tasks: Sequence[Any],
    config: LabelConfig,
    images: Mapping[str, Sequence[Image.Image | Exception]],
    settings: PredictionSettings,
    context: Any = None,
    run_model: Callable[[Callable[[], Any]], Any] | None = None,
    exemplars: Any = None,
) -> BatchAnswer:
    """Run the detector over the fetched pictures and shape Label Studio's answer.

    ``exemplars``: ``ClassPrototypes`` for ``detector.predict(exemplars=...)``, used by the
    controls whose ``exemplars`` switch is on; ``None``: text only everywhere.

    ``run_model(fn)`` runs the model call (the server passes one that holds the inference
    semaphore); by default it simply calls ``fn``.
    """
    run_model = run_model or (lambda fn: fn())
    answer = BatchAnswer(results=[[] for _ in tasks])
    failed: dict[int, str] = {}
    for pictures in images.values():
        for i, picture in enumerate(pictures):
            if not isinstance(picture, Image.Image) and i not in failed:
                failed[i] = str(picture)
    ok = [i for i in range(len(tasks)) if i not in failed]
    regions_by_task: dict[int, list[dict[str, Any]]] = {i: [] for i in ok}
    for control in config.controls if ok else ():
        pictures = images[control.image_key]
        thresholds = settings.thresholds
        if control.score_threshold is not None:
            thresholds = replace(thresholds, score_threshold=control.score_threshold)
        vocabulary = control.vocabulary
        # Only passed when there are some: a text-only call is exactly the call it always was.
        extra = {"exemplars": exemplars} if exemplars is not None and control.exemplars else {}

        def predict(indices: list[int]) -> list[sv.Detections]:
            return run_model(
                lambda: detector.predict(
                    [pictures[i] for i in indices],
                    vocabulary,
                    thresholds,
                    batch_size=settings.batch_size,
                    **extra,
                )
            )

        todo = [i for i in ok if i not in failed]
        detections = {}
        for i, result in zip(todo, predict_isolating(predict, todo)):  # one bad picture fails alone
            if isinstance(result, Exception):  # the reason goes to the log and the answer
                failed[i] = f"the model failed on this image: {type(result).__name__}: {result}"
            else:
                detections[i] = result
        for i, dets in detections.items():
            width, height = pictures[i].size
            if context is not None:
                dets = _interactive_filter(dets, control, context, width, height)
            regions_by_task[i].extend(detections_to_regions(dets, control, width=width, height=height))

    for i in sorted(failed):
        logger.warning("task %s: no prediction: %s", _task_id(tasks[i]), failed[i])
        answer.errors.append({"task": _task_id(tasks[i]), "error": failed[i]})
    for i in ok:
        if i in failed:
            continue
        regions = regions_by_task[i]
        answer.results[i] = {"result": regions, "score": prediction_score(regions), "model_version": model_version}
    return answer


def annotation_tags(result: Sequence[Mapping[str, Any]], config: LabelConfig) -> list[str]:
    """The classes picked in an annotation's ``<Choices>`` / ``<Taxonomy>`` regions (a taxonomy
    path names its last node), in the order picked; labels no control knows are skipped."""
    controls = {c.name: c for c in config.tag_controls}
    picked: list[str] = []
    for region in result:
        name = region.get("from_name") if isinstance(region, Mapping) else None
        control = controls.get(name) if isinstance(name, str) else None
        value = region.get("value") if control is not None else None
        if not isinstance(value, Mapping):
            continue
        key = "taxonomy" if control.kind == "taxonomy" else "choices"
        picks = value.get(key) or []
        if not isinstance(picks, list):
            raise RegionError(region.get("id"), f"'{key}' is {picks!r}, not a list"[:300])
        labels = [path[-1] for path in picks if isinstance(path, list) and path] if key == "taxonomy" else picks
        for label in labels:
            try:
                picked.append(control.class_name_of_label(str(label)))
            except KeyError:
                logger.warning("choice %r is not in control %r of the labeling config; ignored", label, control.name)
    return list(dict.fromkeys(picked))


def annotation_boxes(result: Sequence[Mapping[str, Any]], config: LabelConfig, image_key: str | None = None) -> sv.Detections:
    """The rectangles in an annotation's ``result`` (of the controls drawing on ``image_key``,
    default: the first control's image), with their class names."""
    image_key = image_key or config.controls[0].image_key
    parts = [regions_to_detections(result, control) for control in config.controls if control.image_key == image_key]
    parts = [p for p in parts if len(p)]
    return sv.Detections.merge(parts) if parts else sv.Detections.empty()
