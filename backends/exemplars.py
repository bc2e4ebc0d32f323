"""Exemplar prototypes per Label Studio project: its submitted boxes steer its predictions.

The boxes a project's people submitted (stored by the webhook or ``ls-pull`` with
``external_id`` ``label-studio:<project>:…``; ``Store.training_set(external_prefix=…)``) are
pooled into per-class prototypes by the library (``gridclip.training.exemplars.class_prototypes``,
cached there by model version and the pictures' content), and ``/predict`` hands them to
``Detector.predict(exemplars=…)``: a class with submitted boxes is scored by the blend of its
text and its prototype, the others by their text. Projects never share prototypes (each reads
only its own boxes), and prototypes belong to the model version they were pooled with: after a
fine-tune publishes a new version they are pooled again with it.

Each ``/predict`` reads the project's boxes from the store (one query) and compares their
signature (model version, picture paths, boxes, class names) with the last one: an unchanged set
costs nothing more; a new, changed or deleted annotation makes the next ``/predict`` pool the
project's pictures again (a forward pass each, unless the library's cache has them).

Text only: ``GRIDCLIP_LS_EXEMPLARS=off`` for the whole backend, or ``exemplars="false"`` on a
``<RectangleLabels>`` control of the labeling config.

>>> ProjectExemplars(store=None).enabled
True
"""

from __future__ import annotations

import hashlib
import logging
import threading
from typing import Any

import numpy as np

from backends.learning import project_prefix

logger = logging.getLogger(__name__)


def signature_of(training_set: Any, model_version: str) -> str:
    """A hash of what prototypes would be pooled from: model version, class names, and per picture
    its path (Label Studio pictures are stored under their content hash), boxes and class ids."""
    h = hashlib.sha256(model_version.encode())
    h.update("\x1f".join(training_set.categories).encode("utf-8"))
    for example in training_set.examples:
        h.update(b"\x1e" + str(example.image).encode("utf-8"))
        h.update(np.ascontiguousarray(example.xyxy, dtype=np.float32).tobytes())
        h.update(np.ascontiguousarray(example.class_ids, dtype=np.int64).tobytes())
    return h.hexdigest()


class ProjectExemplars:
    """The prototypes of each project's submitted boxes for the served detector; thread-safe.

    ``for_project`` is called inside the inference limiter (it may run the model).
    """

    def __init__(self, store: Any, enabled: bool = True) -> None:
        self.store = store
        self.enabled = enabled
        self._lock = threading.Lock()
        self._cache: dict[int, tuple[str, Any]] = {}  # project id -> (signature, ClassPrototypes | None)
        self.poolings = 0  # how many times prototypes were asked of the library (for /health and tests)

    def for_project(self, project_id: int | None, detector: Any) -> Any:
        """The ``ClassPrototypes`` of the project's submitted boxes for ``detector`` (its
        ``version``), or ``None``: switched off, no project, no boxes yet, or the store or the
        pooling failed (logged; predictions then go text only)."""
        if not self.enabled or project_id is None or self.store is None:
            return None
        try:
            training_set = self.store.training_set(external_prefix=project_prefix(project_id))
        except Exception as exc:  # a busy or unreachable store must not cost the predictions
            logger.warning("project %s: cannot read its boxes from the store (%s); predicting from text only",
                           project_id, type(exc).__name__)
            return None
        if not training_set.examples:
            with self._lock:
                self._cache.pop(project_id, None)
            return None
        signature = signature_of(training_set, detector.version)
        with self._lock:
            cached = self._cache.get(project_id)
        if cached is not None and cached[0] == signature:
            return cached[1]
        from gridclip.training.exemplars import class_prototypes

        try:
            prototypes = class_prototypes(detector, training_set)
        except (OSError, ValueError, RuntimeError) as exc:  # a picture gone from disk, an unreadable file
            logger.warning("project %s: exemplar prototypes failed (%s: %s); predicting from text only",
                           project_id, type(exc).__name__, exc)
            return None
        with self._lock:
            self.poolings += 1
            self._cache[project_id] = (signature, prototypes)
        logger.info("project %s: exemplar prototypes of %s", project_id,
                    ", ".join(f"{n} ({prototypes.count(n)})" for n in prototypes.names) or "no class")
        return prototypes


def describe(prototypes: Any) -> dict[str, Any] | None:
    """What ``/predict`` reports of the prototypes it used: boxes per class and a short digest."""
    if prototypes is None or not len(prototypes):
        return None
    return {"boxes": {name: prototypes.count(name) for name in prototypes.names}, "digest": prototypes.digest[:16]}
