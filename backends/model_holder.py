"""The detector being served, its published version, and the fine-tuning that replaces it.

The model is loaded once at start-up; ``/setup`` only reads ``model_version``. A fine-tune runs
in a background thread on the store's accepted boxes; when it finishes, the new detector and
its version are swapped in atomically, so a ``/predict`` in flight answers entirely with the
old one or entirely with the new one. What the run reports (epochs, learning rate, held-out
AP50 before and after) is the training status's ``result`` (``/health`` shows it).

>>> model_version_of("open_clip:tiny-rn", "0123456789abcdef")
'open_clip:tiny-rn@0123456789ab'
"""

from __future__ import annotations

import logging
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

logger = logging.getLogger(__name__)


def model_version_of(name: str, version: str) -> str:
    """The ``model_version`` string Label Studio shows: readable name plus content fingerprint."""
    short_name = Path(name).name if ("/" in name and not name.startswith("open_clip:")) else name
    return f"{short_name}@{version[:12]}"


@dataclass
class TrainingStatus:
    state: str = "idle"  # idle | running | done | failed
    started_at: float | None = None
    finished_at: float | None = None
    message: str = ""
    versions: list[str] = field(default_factory=list)
    result: dict[str, Any] | None = None  # the last finished run: epochs, lr, held_out (before/after AP)


def run_report(outcome: Any) -> dict[str, Any] | None:
    """What a fine-tune's ``TrainResult`` tells the person who started it (None for a bare detector).

    >>> class Ran:
    ...     config = {"epochs": 3, "lr": 1e-4}
    ...     held_out = {"pictures": 2, "boxes": 4, "before": {"AP50": 0.1}, "after": {"AP50": 0.3}}
    >>> report = run_report(Ran())
    >>> report["held_out_text"]
    'held-out AP50 0.100 → 0.300 (2 pictures, 4 boxes)'
    >>> report["report"][0]
    'held-out AP50 0.100 → 0.300 (2 pictures, 4 boxes); change +0.200'
    """
    if not hasattr(outcome, "held_out"):
        return None
    from gridclip.training.fine_tune import describe_held_out
    from gridclip.training.report import report_fine_tune

    config = getattr(outcome, "config", None) or {}
    return {"epochs": config.get("epochs"), "lr": config.get("lr"), "held_out": outcome.held_out,
            "held_out_text": describe_held_out(outcome.held_out),
            # the Train tab's and `gridclip train`'s lines: the change, the classes new to the model, the settings
            "report": report_fine_tune(outcome).lines()}


class ModelHolder:
    """Holds the current detector; ``fine_tune`` publishes a new one from a background thread."""

    def __init__(self, detector: Any) -> None:
        self._lock = threading.Lock()
        self._detector = detector
        self._model_version = model_version_of(detector.name, detector.version)
        self.status = TrainingStatus(versions=[self._model_version])
        self._thread: threading.Thread | None = None

    def current(self) -> tuple[Any, str]:
        """The detector and its ``model_version``, read together."""
        with self._lock:
            return self._detector, self._model_version

    @property
    def model_version(self) -> str:
        return self.current()[1]

    def publish(self, detector: Any) -> str:
        version = model_version_of(detector.name, detector.version)
        with self._lock:
            self._detector, self._model_version = detector, version
            if version not in self.status.versions:
                self.status.versions.append(version)
        logger.info("now serving model version %s", version)
        return version

    def start_fine_tune(self, job: Callable[[Any], Any]) -> bool:
        """Run ``job(detector)`` in the background; False if one is running. The job returns the
        new detector, or a ``TrainResult`` (its ``detector`` is published, the rest reported)."""
        with self._lock:
            if self._thread is not None and self._thread.is_alive():
                return False
            self.status.state, self.status.started_at, self.status.message = "running", time.time(), ""
            self.status.finished_at = None
            detector = self._detector
            self._thread = threading.Thread(target=self._run, args=(job, detector), name="gridclip-fine-tune", daemon=True)
            self._thread.start()
            return True

    def _run(self, job: Callable[[Any], Any], detector: Any) -> None:
        try:
            outcome = job(detector)
            version = self.publish(getattr(outcome, "detector", outcome))
            self.status.result = run_report(outcome)
            message = f"published {version}"
            if self.status.result and self.status.result.get("held_out_text"):
                message += f"; {self.status.result['held_out_text']}"
            self.status.state, self.status.message = "done", message
        except Exception as exc:  # a failed fine-tune keeps serving the old model
            logger.exception("fine-tuning failed")
            self.status.state, self.status.message = "failed", f"{type(exc).__name__}: {exc}"
        finally:
            self.status.finished_at = time.time()

    def wait_for_training(self, timeout: float | None = None) -> None:
        thread = self._thread
        if thread is not None:
            thread.join(timeout)
