"""Make the default score threshold mean something: shift a trained head's classifier bias so
that the doors' default threshold keeps the boxes a person would keep.

Every door filters at ``score_threshold = 0.3``. A detector's score is
``sqrt(sigmoid(cls) * sigmoid(centerness))``, and after focal-loss training the background
cells of a picture full of objects sit at 0.3–0.4: the ranking is right (AP does not see the
threshold) but the boxes shown at 0.3 are a mess of duplicates and giant boxes. Adding the
same ``delta`` to every class logit keeps each class's ranking, so AP does not change; the
``delta`` chosen is the one whose boxes at the threshold best match the ground truth (F1 at
IoU 0.5, class-aware) on validation pictures the training never saw.

The same goes for exemplar prompts: how far a class's row moves from its text towards the
prototype of its accepted boxes (``gridclip.inference.exemplars``, weight ``n / (n + k)``)
depends on how good the model's text already is. ``calibrate_blend_k`` picks ``k`` per model on
validation pictures and sets ``Detector.exemplar_blend_k``, which travels in the checkpoint.

>>> f1_at_threshold([], [], 0.3)
0.0
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

import numpy as np
import supervision as sv

from gridclip.model.postprocess import detection_rows
from gridclip.model.thresholds import Thresholds

#: Bias shifts tried, in logit units (negative: fewer, surer boxes).
DELTAS = tuple(float(d) for d in np.arange(-6.0, 1.01, 0.5))
#: Exemplar blend k tried (small: prototypes take over after a few boxes; large: text stays).
BLEND_KS = (1.0, 4.0, 16.0, 64.0, 256.0)


def f1_at_threshold(
    detections: Sequence[sv.Detections], truths: Sequence[tuple[np.ndarray, np.ndarray]], threshold: float,
    iou: float = 0.5,
) -> float:
    """F1 of the boxes scoring ≥ ``threshold`` against ``truths`` ([N, 4] xyxy, [N] class ids per
    picture): a box is right when it has the class of an unmatched true box and IoU ≥ ``iou``."""
    hits = shown = expected = 0
    for det, (boxes, class_ids) in zip(detections, truths):
        kept = _best_first_above(det, threshold)
        shown += len(kept)
        expected += len(boxes)
        if not len(kept) or not len(boxes):
            continue
        assert kept.class_id is not None  # the detector names every box's class
        overlaps = sv.box_iou_batch(kept.xyxy, np.asarray(boxes, dtype=np.float32))
        free = np.ones(len(boxes), dtype=bool)
        for k in range(len(kept)):
            candidates = free & (np.asarray(class_ids) == kept.class_id[k]) & (overlaps[k] >= iou)
            if candidates.any():
                j = int(np.argmax(np.where(candidates, overlaps[k], -1.0)))
                free[j] = False
                hits += 1
    return 2.0 * hits / (shown + expected) if shown + expected else 0.0


def _best_first_above(det: sv.Detections, threshold: float) -> sv.Detections:
    """The boxes of ``det`` scoring ≥ ``threshold``, highest score first."""
    if not len(det):
        return det
    assert det.confidence is not None  # the detector scores every box
    kept = detection_rows(det, det.confidence >= threshold)
    if not len(kept):
        return kept
    assert kept.confidence is not None
    return detection_rows(kept, np.argsort(-kept.confidence))


def calibrate_score_bias(
    detector: Any,
    images: Sequence[Any],
    truths: Sequence[tuple[np.ndarray, np.ndarray]],
    vocabulary: Any,
    threshold: float = 0.3,
    deltas: Sequence[float] = DELTAS,
) -> dict[str, Any]:
    """Shift ``detector``'s classifier bias by the ``delta`` whose boxes at ``threshold`` have the
    best F1 on ``images`` (validation pictures with every object of ``vocabulary`` boxed in
    ``truths``); returns ``{"delta", "f1", "f1_before", "tried"}``. The detector is changed in place."""
    import torch

    model = detector.model
    start = float(model.logit_bias.detach())
    tried: dict[float, float] = {}
    for delta in deltas:
        with torch.no_grad():
            model.logit_bias.fill_(start + delta)
        detector.weights_changed()
        tried[float(delta)] = f1_at_threshold(detector.predict(list(images), vocabulary, Thresholds(score_threshold=threshold)), truths,
                                              threshold)
    best = max(tried, key=lambda d: (round(tried[d], 4), -abs(d)))  # ties: the smaller shift
    with torch.no_grad():
        model.logit_bias.fill_(start + best)
    detector.weights_changed()
    before = tried.get(0.0)
    return {"delta": best, "f1": tried[best], "f1_before": before, "tried": tried}


def calibrate_blend_k(
    detector: Any,
    accepted: Sequence[Any],
    validation: Sequence[Any],
    vocabulary: Any,
    ks: Sequence[float] = BLEND_KS,
) -> dict[str, Any]:
    """Set ``detector.exemplar_blend_k`` to the ``k`` whose exemplar prompts score the best AP50
    on ``validation``; prototypes come from ``accepted``. Both are ``TrainingExample`` s (every
    object boxed, class ids indexing ``vocabulary``), from pictures no training saw. Text only
    (``k`` = inf) is scored too, for the record; returns ``{"k", "ap50", "text_ap50", "tried"}``."""
    from gridclip.training.evaluate import evaluate_examples
    from gridclip.training.exemplars import WithExemplars, class_prototypes

    if not ks or any(k < 0 for k in ks):
        raise ValueError(f"blend k values must be >= 0, got {list(ks)}")
    prototypes = class_prototypes(detector, list(accepted), list(vocabulary.names), cache_dir=None)
    text = evaluate_examples(detector, validation, vocabulary)["AP50"]
    tried: dict[float, float] = {}
    for k in ks:
        detector.exemplar_blend_k = float(k)
        tried[float(k)] = evaluate_examples(WithExemplars(detector, prototypes), validation, vocabulary)["AP50"]
    best = max(tried, key=lambda k: (round(tried[k], 4), k))  # ties: the larger k (nearer the text)
    detector.exemplar_blend_k = best
    return {"k": best, "ap50": tried[best], "text_ap50": text, "tried": tried}

