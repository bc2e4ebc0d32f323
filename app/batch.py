"""The batch pre-labeler in this process, used by the app's Batch tab and by ``gridclip prelabel``.

It walks image ids one batch at a time (never holding more than one batch of pictures) and
hands each batch to the one pre-label pipeline (``gridclip.inference.prelabel.PrelabelRun``),
which commits the batch's predictions, so stopping at any moment - a cancel click, Ctrl-C, a
killed process - keeps everything done so far. Run it again and it resumes: images already
predicted by this model version with this vocabulary are skipped. An image that cannot be
read is reported and skipped; it never stops the run. ``app.engine`` chooses between this
runner and the Ray one (``app.ray_batch``).

>>> BatchProgress(total=10, predicted=4, skipped=1, elapsed_s=8.0).eta_s  # 5 done, 2 s per image
10.0
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from gridclip.inference.model_version import register_model_version
from gridclip.inference.prelabel import PREDICTED, SKIPPED, PictureOutcome, PrelabelRun
from gridclip.model.thresholds import Thresholds
from gridclip.vocabulary import Vocabulary

if TYPE_CHECKING:
    from gridclip.inference.detector import Detector
    from storage import Store

ImageFilter = str  # "all" | "unlabeled" | "unpredicted" (by this model and vocabulary)


@dataclass
class BatchProgress:
    """Where a run stands: its image counts, the seconds since it started and the picture just done."""

    total: int = 0
    predicted: int = 0
    skipped: int = 0
    failed: int = 0
    elapsed_s: float = 0.0
    current: str = ""

    @property
    def done(self) -> int:
        """The images behind us: predicted, skipped and failed."""
        return self.predicted + self.skipped + self.failed

    @property
    def eta_s(self) -> float | None:
        """Seconds left, from the pace of the images the model actually ran on so far."""
        worked = self.predicted + self.failed
        if worked == 0:
            return None
        remaining = self.total - self.done
        return self.elapsed_s / worked * remaining

    def describe(self) -> str:
        """E.g. ``'12/40 images (10 predicted, 2 skipped, 0 failed), ETA 0:31'``."""
        eta = self.eta_s
        eta_text = "ETA --" if eta is None else f"ETA {format_seconds(eta)}"
        return (
            f"{self.done}/{self.total} images ({self.predicted} predicted, {self.skipped} already done,"
            f" {self.failed} failed), {eta_text}"
        )


@dataclass
class BatchReport(BatchProgress):
    """What a run did: its image counts (``BatchProgress``'s, ``elapsed_s`` the whole run), the boxes
    it stored, each failure as ``(path, message)``, and whether it was cancelled."""

    boxes: int = 0
    errors: list[tuple[str, str]] = field(default_factory=list)
    cancelled: bool = False

    def count(self, outcome: PictureOutcome) -> None:
        """Add one picture's outcome (``gridclip.inference.prelabel``) to the tally."""
        if outcome.status == PREDICTED:
            self.predicted += 1
            self.boxes += outcome.boxes
        elif outcome.status == SKIPPED:
            self.skipped += 1
        else:
            self.failed += 1
            self.errors.append((outcome.path, outcome.error))

    def progress(self, elapsed_s: float, current: str = "") -> BatchProgress:
        """Where the run stands with this tally, ``current`` the picture just done (a copy the
        tally's later counts leave alone)."""
        return BatchProgress(total=self.total, predicted=self.predicted, skipped=self.skipped, failed=self.failed,
                             elapsed_s=elapsed_s, current=current)

    def summary(self) -> str:
        state = "cancelled" if self.cancelled else "finished"
        return (
            f"{state}: {self.predicted} images pre-labeled ({self.boxes} boxes), {self.skipped} already done,"
            f" {self.failed} failed, of {self.total}, in {format_seconds(self.elapsed_s)}"
        )


@dataclass(frozen=True)
class PrelabelJob:
    """What a pre-label run does, whichever engine runs it (``app.engine``): the classes and
    thresholds it scores with, the images it covers (``image_ids``; None: those
    ``image_filter`` picks), the class prototypes it blends in (``exemplars``,
    ``gridclip.training.exemplars.class_prototypes``), whom it tells how it goes (``progress``)
    and what stops it (``cancel``, set)."""

    vocab: Vocabulary
    thresholds: Thresholds = Thresholds()
    image_ids: Sequence[int] | None = None
    image_filter: ImageFilter = "all"
    exemplars: Any = None
    progress: Callable[[BatchProgress], None] | None = None
    cancel: threading.Event | None = None

    def tell(self, report: BatchReport, started: float, current: str = "") -> None:
        """Hand ``progress`` where the run stands (``started``: its ``time.monotonic()``)."""
        if self.progress is not None:
            self.progress(report.progress(time.monotonic() - started, current))

    @property
    def cancelled(self) -> bool:
        return self.cancel is not None and self.cancel.is_set()


def format_seconds(seconds: float) -> str:
    """``h:mm:ss`` or ``m:ss``.

    >>> format_seconds(75.4), format_seconds(3725)
    ('1:15', '1:02:05')
    """
    seconds = int(round(seconds))
    hours, rest = divmod(seconds, 3600)
    minutes, secs = divmod(rest, 60)
    return f"{hours}:{minutes:02d}:{secs:02d}" if hours else f"{minutes}:{secs:02d}"


def select_image_ids(store: Store, image_filter: ImageFilter, model_version: str, vocabulary_text: str) -> list[int]:
    """Ids (ints only, so 100,000 images cost a few MB) of the images a run should cover."""
    if image_filter not in ("all", "unlabeled", "unpredicted"):
        raise ValueError(f"unknown image filter {image_filter!r}: use all, unlabeled or unpredicted")
    records = store.list_images(filter=image_filter, model_version=model_version, vocabulary=vocabulary_text)
    return [r.id for r in records]


def prelabel_images(store: Store, detector: Detector, job: PrelabelJob, *, batch_size: int = 4,
                    model_lock: Any = None) -> BatchReport:
    """Pre-label ``job``'s images and store the predictions, one committed batch at a time.

    Images that already have predictions from this model version and vocabulary are skipped,
    which makes a second run resume the first; with exemplars their predictions are new ones,
    so no image is skipped as done before (undecided earlier predictions are replaced) and the
    thresholds record them. ``job.progress`` is called for every image; setting ``job.cancel``
    stops after the batch being written. ``model_lock`` (optional) is held around each model
    call, so an app's tabs and its batch share the model politely.
    """
    if batch_size < 1:
        raise ValueError(f"batch size must be at least 1, got {batch_size}")
    started = time.monotonic()
    run = PrelabelRun(detector, job.vocab, job.thresholds, job.exemplars, model_lock)
    register_model_version(store, detector)
    image_ids = job.image_ids
    if image_ids is None:
        image_ids = select_image_ids(store, job.image_filter, detector.version, run.vocabulary_text)
    report = BatchReport(total=len(image_ids))
    job.tell(report, started)
    for chunk in _chunks(image_ids, batch_size):
        if job.cancelled:
            report.cancelled = True
            break
        for outcome in run.label(store, chunk):
            report.count(outcome)
            job.tell(report, started, outcome.path)
    report.elapsed_s = time.monotonic() - started
    return report


def _chunks(items: Sequence[int] | Iterable[int], size: int) -> Iterable[list[int]]:
    chunk: list[int] = []
    for item in items:
        chunk.append(item)
        if len(chunk) == size:
            yield chunk
            chunk = []
    if chunk:
        yield chunk
