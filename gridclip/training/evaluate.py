"""COCO box AP of any detector on a labeled set (pycocotools does the counting).

The vocabulary is the COCO file's categories (names plus their ``"synonyms"``); when the
categories carry ``"split": "base" | "novel"`` the AP is also reported per split, the
open-vocabulary figure that matters.

>>> class Nothing:  # any object with ``predict(images, vocabulary, **kw) -> list[sv.Detections]``
...     def predict(self, images, vocabulary, **kw):
...         import supervision as sv
...         return [sv.Detections.empty() for _ in images]
>>> # evaluate(Nothing(), "labels.json", "images/")["AP50"]  -> 0.0
"""

from __future__ import annotations

import contextlib
import io
import math
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any, Protocol

import numpy as np

from gridclip.model.thresholds import Thresholds
from gridclip.training.data import CocoSet, TrainingExample, load_coco

#: COCO AP counts every box down to a low score, up to 100 per picture (pycocotools' budget).
EVALUATION_THRESHOLDS = Thresholds(score_threshold=0.001, max_detections=100)


class Predictor(Protocol):
    def predict(self, images: Sequence[Any], vocabulary: Any, **kwargs: Any) -> list: ...


def _quiet():
    # pycocotools prints progress to stdout; a CLI table or JSON output must stay clean.
    return contextlib.redirect_stdout(io.StringIO())


def _nan_to_none(value: float) -> float | None:
    return None if value is None or math.isnan(value) else float(value)


def detections_to_coco(detections: Any, image_id: Any, category_ids: Sequence[int]) -> list[dict]:
    """``sv.Detections`` of one image → COCO result dicts (xywh, score, category id).

    >>> import supervision as sv
    >>> d = sv.Detections(xyxy=np.array([[1, 2, 11, 22]], np.float32), confidence=np.array([0.9]),
    ...                   class_id=np.array([1]))
    >>> detections_to_coco(d, 7, [5, 9])
    [{'image_id': 7, 'category_id': 9, 'bbox': [1.0, 2.0, 10.0, 20.0], 'score': 0.9}]
    """
    results = []
    confidence = detections.confidence if detections.confidence is not None else np.ones(len(detections))
    for (x0, y0, x1, y1), score, cls in zip(detections.xyxy.tolist(), confidence.tolist(), detections.class_id.tolist()):
        if not 0 <= int(cls) < len(category_ids):
            raise ValueError(f"the detector returned class id {cls} outside the {len(category_ids)}-class vocabulary")
        results.append({
            "image_id": image_id,
            "category_id": int(category_ids[int(cls)]),
            "bbox": [float(x0), float(y0), float(x1 - x0), float(y1 - y0)],
            "score": float(score),
        })
    return results


def coco_ap(gt_data: dict, results: list[dict], category_ids: Sequence[int] | None = None) -> tuple[Any, dict]:
    """Run ``COCOeval`` (bbox) on ``results``; returns the evaluator and ``{"AP", "AP50", "AP75"}``.

    With no results at all every AP is 0 (pycocotools cannot load an empty result list).
    """
    from pycocotools.coco import COCO
    from pycocotools.cocoeval import COCOeval

    with _quiet():
        gt = COCO()
        gt.dataset = gt_data
        gt.createIndex()
        if not results:
            return None, {"AP": 0.0, "AP50": 0.0, "AP75": 0.0}
        dt = gt.loadRes([dict(r) for r in results])
        evaluator = COCOeval(gt, dt, "bbox")
        if category_ids is not None:
            evaluator.params.catIds = list(category_ids)
        evaluator.evaluate()
        evaluator.accumulate()
        evaluator.summarize()
    stats = evaluator.stats
    # COCOeval reports -1 when there is no ground truth to score against.
    summary: dict[str, float | None] = {
        "AP": max(float(stats[0]), 0.0), "AP50": max(float(stats[1]), 0.0), "AP75": max(float(stats[2]), 0.0)}
    if float(stats[0]) < 0:
        summary = {k: None for k in summary}
    return evaluator, summary


def per_class_ap(evaluator: Any, category_ids: Sequence[int]) -> list[dict]:
    """AP and AP50 of each category (area "all", 100 detections); ``None`` where it has no boxes."""
    out: list[dict[str, float | None]] = []
    precision = evaluator.eval["precision"] if evaluator is not None else None  # [T, R, K, A, M]
    cat_index = {cid: k for k, cid in enumerate(evaluator.params.catIds)} if evaluator is not None else {}
    for cid in category_ids:
        if precision is None:
            out.append({"AP": 0.0, "AP50": 0.0})
            continue
        k = cat_index[cid]
        p = precision[:, :, k, 0, -1]
        p50 = precision[0, :, k, 0, -1]
        ap = float(np.mean(p[p > -1])) if (p > -1).any() else float("nan")
        ap50 = float(np.mean(p50[p50 > -1])) if (p50 > -1).any() else float("nan")
        out.append({"AP": _nan_to_none(ap), "AP50": _nan_to_none(ap50)})
    return out


def evaluate(
    detector: Predictor,
    coco_path: str | Path,
    images_dir: str | Path,
    *,
    thresholds: Thresholds = EVALUATION_THRESHOLDS,
    batch_size: int = 4,
    progress: Callable[[int, int], None] | None = None,
) -> dict:
    """COCO AP, AP50, AP75, per-class AP (and per-split AP) of ``detector`` on a COCO file.

    ``detector`` is anything with ``predict(images, vocabulary, thresholds=…, batch_size=…)
    -> list[sv.Detections]``; boxes in original pixels.
    ``progress(done, total)`` is called after each batch.
    """
    coco: CocoSet = load_coco(coco_path, images_dir)
    images = coco.data["images"]
    paths = [ex.image for ex in coco.examples]
    results: list[dict] = []
    for start in range(0, len(paths), batch_size):
        batch = paths[start : start + batch_size]
        dets = detector.predict(batch, coco.vocabulary, thresholds=thresholds, batch_size=batch_size)
        for det, img in zip(dets, images[start : start + batch_size]):
            results.extend(detections_to_coco(det, img["id"], coco.category_ids))
        if progress is not None:
            progress(min(start + batch_size, len(paths)), len(paths))

    evaluator, summary = coco_ap(coco.data, results)
    classes = per_class_ap(evaluator, coco.category_ids)
    gt_counts = {cid: 0 for cid in coco.category_ids}
    for ann in coco.data["annotations"]:
        if not ann.get("iscrowd"):
            gt_counts[ann["category_id"]] = gt_counts.get(ann["category_id"], 0) + 1
    metrics: dict[str, Any] = {
        **summary,
        "per_class": {
            cls.name: {**ap, "split": split, "boxes": gt_counts[cid]}
            for cls, cid, split, ap in zip(coco.vocabulary.classes, coco.category_ids, coco.splits, classes)
        },
        "num_images": len(images),
        "num_boxes": sum(gt_counts.values()),
        "num_detections": len(results),
    }
    split_names = sorted({s for s in coco.splits if s})
    if split_names:
        metrics["splits"] = {}
        for split in split_names:
            ids = [cid for cid, s in zip(coco.category_ids, coco.splits) if s == split]
            split_results = [r for r in results if r["category_id"] in set(ids)]
            _, split_summary = coco_ap(coco.data, split_results, ids)
            metrics["splits"][split] = {"AP": split_summary["AP"], "AP50": split_summary["AP50"], "classes": len(ids)}
    for attr in ("name", "version"):
        if hasattr(detector, attr):
            metrics[f"model_{attr}"] = getattr(detector, attr)
    return metrics


def evaluate_examples(
    detector: Predictor,
    examples: Sequence[Any],
    vocabulary: Any,
    *,
    thresholds: Thresholds = EVALUATION_THRESHOLDS,
    batch_size: int = 4,
) -> dict:
    """COCO AP, AP50 and AP75 of ``detector`` on labeled pictures in memory: ``examples`` are
    ``TrainingExample`` s (or ``(image, xyxy, class_ids)`` tuples, boxes in original pixels),
    class ids indexing ``vocabulary``. What a fine-tune's held-out pictures are scored by
    (``gridclip.training.fine_tune``); pycocotools counts, as in :func:`evaluate`.

    >>> class Nothing:
    ...     def predict(self, images, vocabulary, **kw):
    ...         import supervision as sv
    ...         return [sv.Detections.empty() for _ in images]
    >>> boxes = [("a.png", np.array([[0, 0, 10, 10]], np.float32), np.array([0]))]
    >>> evaluate_examples(Nothing(), boxes, ["cat"])
    {'AP': 0.0, 'AP50': 0.0, 'AP75': 0.0, 'num_images': 1, 'num_boxes': 1, 'num_detections': 0}
    """
    examples = [ex if isinstance(ex, TrainingExample) else TrainingExample(*ex) for ex in examples]
    category_ids = list(range(1, len(vocabulary) + 1))
    images: list[dict[str, Any]] = []
    annotations: list[dict[str, Any]] = []
    for image_id, (image, xyxy, class_ids) in enumerate(((ex.image, ex.xyxy, ex.class_ids) for ex in examples), start=1):
        images.append({"id": image_id, "file_name": str(image)})
        for (x0, y0, x1, y1), cls in zip(np.asarray(xyxy, dtype=np.float64).reshape(-1, 4).tolist(),
                                         np.asarray(class_ids).reshape(-1).tolist()):
            annotations.append({"id": len(annotations) + 1, "image_id": image_id, "category_id": int(cls) + 1,
                                "bbox": [x0, y0, x1 - x0, y1 - y0], "area": (x1 - x0) * (y1 - y0), "iscrowd": 0})
    gt = {"images": images, "annotations": annotations,
          "categories": [{"id": cid, "name": str(cid)} for cid in category_ids]}
    paths = [example.image for example in examples]
    results: list[dict] = []
    for start in range(0, len(paths), batch_size):
        dets = detector.predict(paths[start : start + batch_size], vocabulary, thresholds=thresholds,
                                batch_size=batch_size)
        for det, img in zip(dets, images[start : start + batch_size]):
            results.extend(detections_to_coco(det, img["id"], category_ids))
    _, summary = coco_ap(gt, results)
    return {**summary, "num_images": len(images), "num_boxes": len(annotations), "num_detections": len(results)}


def format_table(metrics: dict) -> str:
    """A readable text table of :func:`evaluate`'s result.

    >>> print(format_table({"AP": 0.5, "AP50": 0.75, "AP75": 0.5, "num_images": 2, "num_boxes": 3,
    ...                     "per_class": {"car": {"AP": 0.5, "AP50": 0.75, "split": None, "boxes": 3}}}))
    images 2   boxes 3
    AP 0.500   AP50 0.750   AP75 0.500
    <BLANKLINE>
    class   split   boxes     AP   AP50
    car     -           3  0.500  0.750
    """

    def f(v: float | None) -> str:
        return "  n/a" if v is None else f"{v:.3f}"

    lines = [f"images {metrics.get('num_images', '?')}   boxes {metrics.get('num_boxes', '?')}",
             f"AP {f(metrics['AP'])}   AP50 {f(metrics['AP50'])}   AP75 {f(metrics.get('AP75'))}"]
    for split, m in (metrics.get("splits") or {}).items():
        lines.append(f"{split:>6}: AP {f(m['AP'])}   AP50 {f(m['AP50'])}   ({m['classes']} classes)")
    per_class = metrics.get("per_class") or {}
    if per_class:
        width = max(5, *(len(n) for n in per_class))
        lines.append("")
        lines.append(f"{'class':<{width}}   split   boxes     AP   AP50")
        for name, m in per_class.items():
            lines.append(f"{name:<{width}}   {(m.get('split') or '-'):<5}  {m.get('boxes', 0):>6}  {f(m['AP'])}  {f(m['AP50'])}")
    return "\n".join(lines)
