"""The labeling service behind the app: what an image shows, and every decision written
through to the store at once.

Server-side state lives here, never in the browser: the model's raw candidates per image
(cached, so moving the score threshold or switching NMS re-filters instantly without running
the model again), the prediction ids behind each box, and which boxes are accepted. The
Gradio layer (``app/ui.py``) only turns clicks into calls on :class:`LabelingService`.

>>> Thresholds(score_threshold=0.5).as_dict()["score_threshold"]
0.5
"""

from __future__ import annotations

import threading
from collections import OrderedDict
from collections.abc import Callable, Hashable, Iterable, Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, Literal

import numpy as np
import supervision as sv

from app.boxes import DrawnBox, ShownBox, match_drawn_to_shown
from app.exemplars import AppExemplars, SimilarExample
from gridclip.inference.model_version import register_model_version
from gridclip.model.thresholds import Thresholds
from gridclip.vocabulary import Vocabulary, VocabularyError
from storage.convert import ANNOTATION_ID, CLASS_NAME, PREDICTION_ID

if TYPE_CHECKING:  # the model and the store are passed in; importing them here costs torch
    from PIL import Image as PILImage

    from gridclip.inference.detector import Detector
    from gridclip.inference.exemplars import ClassPrototypes
    from storage import Store

QueueOrder = Literal["order", "unlabeled", "uncertainty"]
QUEUE_ORDERS: tuple[str, ...] = ("order", "unlabeled", "uncertainty")

# The canvas gets at most this many pixels on its long side; boxes are scaled back.
MAX_DISPLAY_SIDE = 2048
# Small pictures (the demo world draws 192 px scenes) are enlarged by a whole factor, up to 8x,
# so boxes can be grabbed; pixels stay crisp and boxes are still stored in original pixels.
MIN_DISPLAY_SIDE = 480
# Above this many classes the canvas' label menu and the text tower get unwieldy.
MAX_CLASSES = 200


class UserError(ValueError):
    """Something the person can fix; the message is shown as it is, without a traceback."""


@dataclass(frozen=True)
class ImageView:
    """What one browser tab shows for one image, and the store state it was built from."""

    image_id: int
    width: int
    height: int
    scale: float  # display pixels per original pixel
    shown: tuple[ShownBox, ...]
    vocabulary_text: str
    model_version: str
    # Accepted annotation ids and decided prediction ids when the view was built: if the store
    # differs at commit time, another tab or process wrote to this image meanwhile.
    snapshot: frozenset[tuple[str, int]]
    has_candidates: bool

    @property
    def pending(self) -> list[ShownBox]:
        return [b for b in self.shown if b.state == "predicted"]

    @property
    def accepted(self) -> list[ShownBox]:
        return [b for b in self.shown if b.state == "accepted"]


@dataclass
class CommitReport:
    """What one action wrote, in words a person can read."""

    accepted: int = 0
    edited: int = 0
    added: int = 0
    rejected: int = 0
    deleted: int = 0
    skipped_elsewhere: int = 0  # decisions another tab made first; theirs are kept
    conflict: bool = False

    def summary(self) -> str:
        """E.g. ``'accepted 2, edited 1, added 0, rejected 1, deleted 0'``."""
        parts = [
            f"accepted {self.accepted}",
            f"edited {self.edited}",
            f"added {self.added}",
            f"rejected {self.rejected}",
            f"deleted {self.deleted}",
        ]
        text = ", ".join(parts)
        if self.conflict:
            text += (
                f"; this image was changed in another tab meanwhile: its decisions were kept"
                f" ({self.skipped_elsewhere} of yours were already decided there)"
            )
        return text


class ModelSlot:
    """The detector the app uses now. Switching version swaps it for every tab; ``lock``
    serialises model calls, so two tabs pre-labeling at once queue instead of doubling memory."""

    def __init__(self, detector: Detector) -> None:
        self._detector = detector
        self.lock = threading.RLock()

    @property
    def detector(self) -> Detector:
        return self._detector

    def switch(self, detector: Detector) -> None:
        with self.lock:
            self._detector = detector


@dataclass
class _Candidates:
    raw: sv.Detections  # data["raw_index"] numbers the candidates
    prediction_ids: dict[int, int] = field(default_factory=dict)  # raw index -> stored prediction id
    recorded: dict[str, Any] = field(default_factory=dict)  # stored with the thresholds (the exemplars' digest)


class LruCache:
    """A small thread-safe least-recently-used map.

    >>> cache = LruCache(2); cache.put("a", 1); cache.put("b", 2); cache.put("c", 3)
    >>> cache.get("a") is None, cache.get("c")
    (True, 3)
    """

    def __init__(self, capacity: int) -> None:
        self.capacity = capacity
        self._items: OrderedDict[Hashable, Any] = OrderedDict()
        self._lock = threading.Lock()

    def get(self, key: Hashable) -> Any:
        with self._lock:
            if key not in self._items:
                return None
            self._items.move_to_end(key)
            return self._items[key]

    def put(self, key: Hashable, value: Any) -> None:
        with self._lock:
            self._items[key] = value
            self._items.move_to_end(key)
            while len(self._items) > self.capacity:
                self._items.popitem(last=False)


def parse_vocabulary(text: str, max_classes: int = MAX_CLASSES) -> Vocabulary:
    """The vocabulary typed by a person, or a :class:`UserError` saying what to fix.

    >>> parse_vocabulary("forklift, pallet | skid").names
    ['forklift', 'pallet']
    >>> parse_vocabulary("  ")  # doctest: +IGNORE_EXCEPTION_DETAIL
    Traceback (most recent call last):
    ...
    app.session.UserError: the vocabulary is empty: type at least one class, e.g. 'person, car | automobile'
    """
    try:
        vocab = Vocabulary.parse(text or "")
    except VocabularyError as exc:
        raise UserError(str(exc)) from None
    if len(vocab) > max_classes:
        raise UserError(
            f"the vocabulary has {len(vocab)} classes; the app handles at most {max_classes} at once:"
            " split it into several passes (each pass keeps what was accepted before)"
        )
    return vocab


def _optional_id(column: Any, i: int) -> int | None:
    """An id from a Detections data column, where -1 (or no column) means none."""
    if column is None or int(column[i]) < 0:
        return None
    return int(column[i])


def _same_boxes(a: sv.Detections, i: int, b: sv.Detections, j: int) -> bool:
    return bool(
        np.allclose(a.xyxy[i], b.xyxy[j], atol=0.5) and str(a.data[CLASS_NAME][i]) == str(b.data[CLASS_NAME][j])
    )


class LabelingService:
    """Labels images through a store and a detector; one instance serves every tab.

    >>> # service = LabelingService(store, ModelSlot(load_detector("demo")))
    >>> # view = service.prelabel(image_id, parse_vocabulary("cat, dog"), Thresholds())
    >>> # service.commit(view, drawn_boxes, annotator="ann")
    """

    def __init__(
        self,
        store: Store,
        slot: ModelSlot,
        *,
        cache_size: int = 64,
        max_display_side: int = MAX_DISPLAY_SIDE,
        max_classes: int = MAX_CLASSES,
        image_loader: Callable[[Any], PILImage.Image] | None = None,
    ) -> None:
        self.store = store
        self.slot = slot
        self.max_display_side = max_display_side
        self.max_classes = max_classes
        self._candidates = LruCache(cache_size)
        self._display = LruCache(8)
        self._registered: set[str] = set()
        #: The exemplar prototypes pre-labeling uses (accepted boxes, "Find similar").
        self.exemplars = AppExemplars(store)
        if image_loader is None:
            from gridclip.inference.images import load_rgb

            image_loader = load_rgb
        self._load = image_loader

    # -- the model -----------------------------------------------------------------------------
    @property
    def model_version(self) -> str:
        return self.slot.detector.version

    def ensure_model_registered(self, source: str | None = None) -> str:
        """Register the active detector as a model version in the store (once per version);
        ``source`` (e.g. ``"demo"``) is remembered so the version can be loaded again."""
        detector = self.slot.detector
        if detector.version not in self._registered:
            register_model_version(self.store, detector, source=source)
            self._registered.add(detector.version)
        return detector.version

    def _key(self, image_id: int, vocab: Vocabulary) -> tuple[int, str, str]:
        return (image_id, self.model_version, vocab.to_text())

    def exemplar_prototypes(
        self, vocab: Vocabulary, accepted: bool = True, similar: SimilarExample | None = None
    ) -> ClassPrototypes | None:
        """The exemplars to pre-label ``vocab`` with under the active model (``None``: text only):
        the store's accepted boxes of its classes when ``accepted``, and the "Find similar" box
        standing alone for its class (``app.exemplars``)."""
        with self.slot.lock:
            return self.exemplars.prototypes(self.slot.detector, vocab, accepted=accepted, similar=similar)

    def prelabel(
        self, image_id: int, vocab: Vocabulary, thresholds: Thresholds, exemplars: ClassPrototypes | None = None
    ) -> ImageView:
        """Run the model on one image, cache its raw candidates, and show them filtered.
        ``exemplars``: class prototypes blended into the classes they name (``Detector.predict_raw``)."""
        record = self.store.get_image(image_id)
        self.ensure_model_registered()
        with self.slot.lock:
            raw = self.slot.detector.predict_raw([self._load(record.path)], vocab, exemplars=exemplars)[0]
        raw.data["raw_index"] = np.arange(len(raw))
        # As the batch records them (app.batch.prelabel_images): which exemplars scored these boxes.
        recorded = {} if exemplars is None else {"exemplars": exemplars.digest[:16], "exemplar_classes": len(exemplars)}
        candidates = _Candidates(raw, recorded=recorded)
        # Candidates stored before (by the batch or an earlier session) keep their rows.
        stored = self._stored_predictions(image_id, vocab)
        for j in range(len(stored)):
            for i in range(len(raw)):
                if i not in candidates.prediction_ids and _same_boxes(raw, i, stored, j):
                    candidates.prediction_ids[i] = int(stored.data[PREDICTION_ID][j])
                    break
        self._candidates.put(self._key(image_id, vocab), candidates)
        return self.show(image_id, vocab, thresholds)

    def _stored_predictions(self, image_id: int, vocab: Vocabulary) -> sv.Detections:
        stored = self.store.predictions(image_id, model_version=self.model_version, vocabulary_text=vocab.to_text())
        if len(stored) == 0:
            return stored
        names = set(vocab.names)
        keep = np.array([str(n) in names for n in stored.data[CLASS_NAME]], dtype=bool)
        return stored[keep]

    # -- what an image shows -------------------------------------------------------------------
    def display_image(self, image_id: int) -> tuple[PILImage.Image, float]:
        """The picture for the canvas, shrunk to ``max_display_side`` or enlarged by a whole factor
        to reach ``MIN_DISPLAY_SIDE``, and its scale (display pixels per original pixel)."""
        cached = self._display.get(image_id)
        if cached is not None:
            return cached
        record = self.store.get_image(image_id)
        picture = self._load(record.path)
        long_side = max(picture.size)
        scale = min(1.0, self.max_display_side / long_side)
        if scale < 1.0:
            picture = picture.copy()
            picture.thumbnail((self.max_display_side, self.max_display_side))
            scale = picture.size[0] / record.width
        elif long_side < MIN_DISPLAY_SIDE:
            from PIL import Image

            factor = min(8, -(-MIN_DISPLAY_SIDE // long_side))
            picture = picture.resize((picture.width * factor, picture.height * factor), Image.Resampling.NEAREST)
            scale = float(factor)
        self._display.put(image_id, (picture, scale))
        return picture, scale

    def _decisions(self, image_id: int) -> tuple[sv.Detections, dict[int, str]]:
        accepted = self.store.annotations(image_id, status="accepted")
        status: dict[int, str] = {}
        for status_name in ("accepted", "rejected"):
            dets = accepted if status_name == "accepted" else self.store.annotations(image_id, status="rejected")
            for pid in dets.data.get(PREDICTION_ID, []):
                if int(pid) >= 0:
                    status[int(pid)] = status_name
        return accepted, status

    def snapshot(self, image_id: int) -> frozenset[tuple[str, int]]:
        """The accepted annotation ids and decided prediction ids of an image now."""
        accepted, decided = self._decisions(image_id)
        return frozenset(
            [("a", int(a)) for a in accepted.data.get(ANNOTATION_ID, [])] + [("d", p) for p in decided]
        )

    def show(self, image_id: int, vocab: Vocabulary | None, thresholds: Thresholds) -> ImageView:
        """Store the cached candidates these thresholds show for the first time (as predictions,
        so they can be decided on), then return the :meth:`view`. What the Label tab calls
        whenever a picture opens or a threshold moves."""
        from gridclip.model.postprocess import refilter

        candidates: _Candidates | None = None if vocab is None else self._candidates.get(self._key(image_id, vocab))
        if vocab is not None and candidates is not None:
            self._record_new(image_id, vocab, thresholds, candidates, refilter(candidates.raw, thresholds))
        return self.view(image_id, vocab, thresholds)

    def view(self, image_id: int, vocab: Vocabulary | None, thresholds: Thresholds) -> ImageView:
        """Accepted boxes plus the stored undecided model boxes above the threshold after NMS
        (only the accepted ones without a vocabulary). Reads only: a cached candidate that no
        run stored yet is not shown (:meth:`show` stores them)."""
        from gridclip.model.postprocess import refilter

        record = self.store.get_image(image_id)
        _, scale = self.display_image(image_id)
        accepted, decided = self._decisions(image_id)
        shown = [
            ShownBox(
                tuple(float(v) for v in accepted.xyxy[i]),  # type: ignore[arg-type]
                str(accepted.data[CLASS_NAME][i]),
                "accepted",
                prediction_id=_optional_id(accepted.data.get(PREDICTION_ID), i),
                annotation_id=int(accepted.data[ANNOTATION_ID][i]),
            )
            for i in range(len(accepted))
        ]
        candidates: _Candidates | None = None if vocab is None else self._candidates.get(self._key(image_id, vocab))
        if vocab is None:
            kept, ids = sv.Detections.empty(), []
        elif candidates is not None:
            kept = refilter(candidates.raw, thresholds)
            stored = np.array([int(r) in candidates.prediction_ids for r in kept.data["raw_index"]], dtype=bool)
            kept = kept[stored]
            ids = [candidates.prediction_ids[int(r)] for r in kept.data["raw_index"]]
        else:
            kept = refilter(self._stored_predictions(image_id, vocab), thresholds)
            ids = [int(p) for p in kept.data.get(PREDICTION_ID, [])]
        for i, pid in enumerate(ids):
            if pid in decided:
                continue
            shown.append(
                ShownBox(
                    tuple(float(v) for v in kept.xyxy[i]),  # type: ignore[arg-type]
                    str(kept.data[CLASS_NAME][i]),
                    "predicted",
                    prediction_id=pid,
                    score=None if kept.confidence is None else float(kept.confidence[i]),
                )
            )
        snapshot = frozenset(
            [("a", int(a)) for a in accepted.data.get(ANNOTATION_ID, [])] + [("d", p) for p in decided]
        )
        return ImageView(
            image_id=image_id,
            width=record.width,
            height=record.height,
            scale=scale,
            shown=tuple(shown),
            vocabulary_text=vocab.to_text() if vocab is not None else "",
            model_version=self.model_version,
            snapshot=snapshot,
            has_candidates=candidates is not None or len(ids) > 0,
        )

    def _record_new(
        self, image_id: int, vocab: Vocabulary, thresholds: Thresholds, candidates: _Candidates, kept: sv.Detections
    ) -> None:
        """Store the candidates shown for the first time (each raw candidate is stored once)."""
        fresh = np.array([int(r) not in candidates.prediction_ids for r in kept.data["raw_index"]], dtype=bool)
        if not fresh.any():
            return
        new = kept[fresh]
        # replace=False: the boxes recorded at earlier thresholds stay, they may be decided on.
        ids = self.store.record_predictions(
            image_id, new, self.model_version, vocab.to_text(), thresholds.as_dict() | candidates.recorded,
            replace=False,
        )
        for raw_index, pid in zip(new.data["raw_index"], ids):
            candidates.prediction_ids[int(raw_index)] = int(pid)

    # -- decisions -----------------------------------------------------------------------------
    def _check_labels(self, drawn: Iterable[DrawnBox], allowed: set[str]) -> None:
        for box in drawn:
            if not box.class_name:
                raise UserError("a box has no label: click it, press E and pick a class, then accept again")
            if box.class_name not in allowed:
                raise UserError(
                    f"a box is labeled {box.class_name!r}, which is not in the vocabulary: add it there or relabel the box"
                )

    def _clip(self, view: ImageView, xyxy: Sequence[float]) -> tuple[float, float, float, float]:
        clipped = sv.clip_boxes(np.asarray([xyxy], dtype=np.float64), (view.width, view.height))[0]
        return tuple(float(v) for v in clipped)  # type: ignore[return-value]

    def commit(
        self,
        view: ImageView,
        drawn: Sequence[DrawnBox],
        vocab: Vocabulary | None,
        annotator: str | None = None,
        only_predictions: set[int] | None = None,
    ) -> CommitReport:
        """Make what the canvas shows the image's accepted labels ("accept all").

        With ``only_predictions``, only those predicted boxes are accepted (as the canvas shows
        them, moved or not) and nothing else changes ("accept selected").

        Unchanged predicted boxes are accepted as predicted, moved/resized/relabeled ones as
        edited, new ones as manual; predicted boxes the person deleted are rejected, accepted
        boxes they deleted are removed. If another tab decided on this image since ``view`` was
        built, its decisions win and nothing of either side is deleted.
        """
        allowed = set(vocab.names if vocab is not None else []) | {b.class_name for b in view.accepted}
        matching = match_drawn_to_shown(view.shown, drawn, view.scale)
        if only_predictions is not None:
            matching.unchanged = [(s, d) for s, d in matching.unchanged if s.prediction_id in only_predictions and s.state == "predicted"]
            matching.edited = [(s, d) for s, d in matching.edited if s.prediction_id in only_predictions and s.state == "predicted"]
            matching.new, matching.removed = [], []
        self._check_labels([d for _, d in matching.edited] + matching.new, allowed)

        report = CommitReport()
        accepted_now, decided_now = self._decisions(view.image_id)
        current = frozenset(
            [("a", int(a)) for a in accepted_now.data.get(ANNOTATION_ID, [])] + [("d", p) for p in decided_now]
        )
        report.conflict = current != view.snapshot
        live_annotations = {int(a) for a in accepted_now.data.get(ANNOTATION_ID, [])}

        def undecided(box: ShownBox) -> bool:
            if box.prediction_id in decided_now:
                report.skipped_elsewhere += 1
                return False
            return True

        to_accept = [s.prediction_id for s, _ in matching.unchanged if s.state == "predicted" and undecided(s)]
        if to_accept:
            self.store.accept(to_accept, annotator=annotator)
            report.accepted += len(to_accept)
        for shown, new in matching.edited:
            if shown.state == "predicted" and not undecided(shown):
                continue
            if shown.state == "accepted" and shown.annotation_id not in live_annotations:
                report.skipped_elsewhere += 1
                continue
            # With a prediction id the store updates that prediction's annotation in place.
            self.store.add_annotation(
                view.image_id,
                self._clip(view, new.xyxy),
                new.class_name,
                source="edited",
                prediction_id=shown.prediction_id,
                annotator=annotator,
            )
            if shown.state == "accepted" and shown.prediction_id is None:
                # Added first, removed second: a crash in between leaves a duplicate, never a loss.
                self.store.delete_annotations([shown.annotation_id])
            report.edited += 1
        for new in matching.new:
            self.store.add_annotation(
                view.image_id, self._clip(view, new.xyxy), new.class_name, source="manual", annotator=annotator
            )
            report.added += 1
        to_reject = [s.prediction_id for s in matching.removed if s.state == "predicted" and undecided(s)]
        if to_reject:
            self.store.reject(to_reject, annotator=annotator)
            report.rejected += len(to_reject)
        if not report.conflict:
            to_delete = [s.annotation_id for s in matching.removed if s.state == "accepted"]
            to_delete = [a for a in to_delete if a in live_annotations]
            if to_delete:
                self.store.delete_annotations(to_delete)
                report.deleted += len(to_delete)
        return report

    def reject(
        self, view: ImageView, prediction_ids: set[int] | None = None, annotator: str | None = None
    ) -> CommitReport:
        """Reject the given pending predictions, or every pending one shown when none given."""
        report = CommitReport()
        _, decided_now = self._decisions(view.image_id)
        report.conflict = bool(decided_now.keys() - {p for kind, p in view.snapshot if kind == "d"})
        ids = [
            b.prediction_id
            for b in view.pending
            if b.prediction_id is not None and (prediction_ids is None or b.prediction_id in prediction_ids)
        ]
        fresh = [p for p in ids if p not in decided_now]
        report.skipped_elsewhere = len(ids) - len(fresh)
        if fresh:
            self.store.reject(fresh, annotator=annotator)
        report.rejected = len(fresh)
        return report

    # -- the queue -----------------------------------------------------------------------------
    def queue(self, order: str, vocab: Vocabulary | None = None, threshold: float = 0.3) -> list[int]:
        """Image ids in the order to label them.

        ``order``: every image by id; ``unlabeled``: images with no accepted box yet;
        ``uncertainty``: images whose pending detections sit closest to the threshold first,
        images not pre-labeled last.
        """
        if order not in QUEUE_ORDERS:
            raise UserError(f"unknown queue order {order!r}; choose one of {', '.join(QUEUE_ORDERS)}")
        if order == "unlabeled":  # no decision yet (an image whose proposals were all rejected is done)
            return [r.id for r in self.store.list_images(filter="unlabeled")]
        ids = [r.id for r in self.store.list_images(filter="all")]
        if order == "order":
            return ids
        names = set(vocab.names) if vocab is not None else None
        margins: dict[int, float] = {}
        for image_id in ids:
            stored = self.store.predictions(
                image_id, model_version=self.model_version, vocabulary_text=vocab.to_text() if vocab else None
            )
            pending = [
                abs(float(stored.confidence[i]) - threshold)
                for i in range(len(stored))
                if stored.data.get("status", ["pending"] * len(stored))[i] == "pending"
                and (names is None or str(stored.data[CLASS_NAME][i]) in names)
            ]
            if pending:
                margins[image_id] = min(pending)
        return sorted(ids, key=lambda i: (i not in margins, margins.get(i, 0.0), i))

    def is_labeled(self, image_id: int) -> bool:
        """Whether a person decided anything on this image (accepted or rejected a box)."""
        return len(self.store.annotations(image_id, status="all")) > 0
