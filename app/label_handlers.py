"""The Label view's event handlers: clicks in, store writes and canvas updates out.

Each handler takes the tab's :class:`TabState` (a ``gr.State``) and the controls' values,
and returns ``(state, canvas, detection list, status line)``. Errors a person can fix come
back as a ``gr.Warning`` with the canvas left as it was, so nothing drawn is lost; anything
unexpected is logged on the server and shown as one line, never as a stack trace.
"""

from __future__ import annotations

import dataclasses
import functools
import logging
import shutil
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import gradio as gr

from app.boxes import (
    CanvasError,
    DrawnBox,
    Matching,
    box_identity,
    carry_edits,
    class_palette,
    from_annotator_boxes,
    has_unsaved_edits,
    hex_color,
    match_drawn_to_shown,
    to_annotator_boxes,
)
from app.exemplars import SimilarExample, describe
from app.session import ImageView, LabelingService, Thresholds, UserError, parse_vocabulary
from gridclip.vocabulary import Vocabulary

log = logging.getLogger(__name__)

N_OUTPUTS = 4


@dataclass
class TabState:
    """One browser tab's place in the queue and what its canvas shows."""

    queue: list[int] = field(default_factory=list)
    order: str = "order"
    position: int = 0
    view: ImageView | None = None
    # The image whose unsaved edits the person was warned about when leaving it: leaving again
    # (the same button twice) discards them.
    warned_unsaved: int | None = None
    # The "Find similar" box: the exemplar of its class for this tab's pre-labeling (Label and
    # Batch tabs) until forgotten.
    similar: SimilarExample | None = None


def user_facing(n_outputs: int) -> Callable:
    """Turn exceptions into a warning toast, leaving every output as it was."""

    def decorate(handler: Callable) -> Callable:
        @functools.wraps(handler)
        def wrapper(*args: Any, **kwargs: Any) -> Any:
            try:
                return handler(*args, **kwargs)
            except UserError as exc:
                gr.Warning(str(exc))
            except Exception as exc:  # the server log gets the traceback, the person one line
                log.exception("handler %s failed", handler.__name__)
                first_line = (str(exc).strip().splitlines() or [exc.__class__.__name__])[0]
                gr.Warning(f"That did not work: {first_line}. Nothing already saved was lost.")
            skipped = tuple(gr.skip() for _ in range(n_outputs))
            return skipped if n_outputs > 1 else skipped[0]

        return wrapper

    return decorate


def annotator_name(request: gr.Request | None) -> str | None:
    """The logged-in user (with ``--auth``), recorded with each decision."""
    return getattr(request, "username", None) if request is not None else None


class LabelHandlers:
    """Handlers of the Label view, bound to one service (shared by every tab)."""

    def __init__(self, service: LabelingService, upload_dir: Path) -> None:
        self.service = service
        self.upload_dir = upload_dir

    # -- helpers ---------------------------------------------------------------------------------
    @staticmethod
    def thresholds(threshold: float, nms_iou: float, agnostic: bool) -> Thresholds:
        return Thresholds(score_threshold=float(threshold), nms_iou=float(nms_iou), class_agnostic_nms=bool(agnostic))

    def _vocab_or_none(self, text: str) -> Vocabulary | None:
        try:
            return parse_vocabulary(text, self.service.max_classes)
        except UserError:
            return None

    def _ensure_queue(self, state: TabState, order: str | None, vocab: Vocabulary | None, threshold: float) -> None:
        order = order or state.order
        if not state.queue or order != state.order:
            current = state.view.image_id if state.view else None
            state.queue = self.service.queue(order, vocab, threshold)
            state.order = order
            state.position = state.queue.index(current) if current in state.queue else 0

    def _show(self, state: TabState, vocab: Vocabulary | None, thresholds: Thresholds, note: str = "") -> tuple:
        if not state.queue:
            state.view = None
            empty = "No images yet: add some with **Add images** below, or pick another queue order."
            return state, None, gr.update(choices=[], value=[]), empty
        state.position = max(0, min(state.position, len(state.queue) - 1))
        image_id = state.queue[state.position]
        state.view = self.service.show(image_id, vocab, thresholds)
        state.warned_unsaved = None
        return self._render(state, vocab, note)

    def _render(self, state: TabState, vocab: Vocabulary | None, note: str = "") -> tuple:
        view = state.view
        assert view is not None
        picture, _ = self.service.display_image(view.image_id)
        labels = self._canvas_labels(view, vocab)
        palette = class_palette(labels + [b.class_name for b in view.shown])
        canvas = gr.update(
            value={"image": picture, "boxes": to_annotator_boxes(view.shown, view.scale, palette),
                   "picture_scale": view.scale},
            label_list=labels,
            label_colors=[hex_color(palette[name]) for name in labels],
        )
        choices = [(b.describe(), f"P{b.prediction_id}") for b in view.pending]
        record = self.service.store.get_image(view.image_id)
        status = (
            f"Image {state.position + 1}/{len(state.queue)} (queue: {state.order}) · `{record.relpath}`"
            f" · {record.width}×{record.height} · **{len(view.accepted)} accepted** (green),"
            f" {len(view.pending)} proposed (amber)"
        )
        if note:
            status += f"\n\n{note}"
        return state, canvas, gr.update(choices=choices, value=[]), status

    @staticmethod
    def _canvas_labels(view: ImageView, vocab: Vocabulary | None) -> list[str]:
        """The classes the canvas offers: the vocabulary's, then those of accepted boxes."""
        return list(dict.fromkeys((vocab.names if vocab else []) + [b.class_name for b in view.accepted]))

    def _require_view(self, state: TabState) -> ImageView:
        if state.view is None:
            raise UserError("no image is open: add images or press Next")
        return state.view

    def _unsaved_edits(self, state: TabState, canvas: dict | None) -> Matching | None:
        """What the person changed on the canvas since the server drew it, or None."""
        view = state.view
        if view is None or not isinstance(canvas, dict) or canvas.get("boxes") is None:
            return None
        try:
            drawn = from_annotator_boxes(canvas.get("boxes"), view.scale)
        except CanvasError as exc:  # nothing in it could be saved, so nothing is lost by moving on
            log.warning("the canvas sent boxes that cannot be read (%s); taken as no unsaved changes", exc)
            return None
        edits = match_drawn_to_shown(view.shown, drawn, view.scale)
        return edits if has_unsaved_edits(edits) else None

    def _leaving_unsaved(self, state: TabState, canvas: dict | None, vocab: Vocabulary | None) -> tuple | None:
        """Stop a move to another image once when the canvas has unsaved edits (the answer to
        return), else None: the second try leaves and the edits are dropped, as the warning says."""
        edits = self._unsaved_edits(state, canvas)
        if edits is None or state.view is None or state.warned_unsaved == state.view.image_id:
            return None
        state.warned_unsaved = state.view.image_id
        count = len(edits.edited) + len(edits.new) + len(edits.removed)
        message = (f"This image has {count} unsaved change(s) on the canvas. Accept (A) saves them; "
                   "press the same button again to leave without saving.")
        gr.Warning(message)
        _, _, _, status = self._render(state, vocab, f"**Unsaved changes kept.** {message}")
        return state, gr.skip(), gr.skip(), status

    def _drawn(self, view: ImageView, canvas: dict | None) -> list:
        """The canvas's boxes in picture pixels; a canvas that is not one (a broken or scripted
        client) is a UserError naming what is wrong, so the page says it and nothing is saved."""
        if not canvas:
            return []
        try:
            if not isinstance(canvas, dict):
                raise CanvasError(f"the canvas is {type(canvas).__name__}, not an image with boxes")
            orientation = canvas.get("orientation")
            if orientation and (isinstance(orientation, bool) or not isinstance(orientation, int)):
                raise CanvasError(f"the orientation is {orientation!r}, not a number of quarter turns")
            if orientation:
                raise UserError("the image is rotated on the canvas: rotate it back upright, then accept")
            return from_annotator_boxes(canvas.get("boxes"), view.scale)
        except CanvasError as exc:
            raise UserError(f"nothing was saved: the canvas sent boxes that cannot be read ({exc})") from None

    # -- navigation ------------------------------------------------------------------------------
    @user_facing(N_OUTPUTS)
    def load(self, state: TabState, vocab_text: str, threshold: float, nms_iou: float, agnostic: bool, order: str) -> tuple:
        """Open the first image of the queue (or re-open the current one)."""
        return self._move(state, vocab_text, threshold, nms_iou, agnostic, order, None,
                          lambda state: (state.position, ""), reorder=True)

    def _move(self, state: TabState, vocab_text: str, threshold: float, nms_iou: float, agnostic: bool, order: str,
              canvas: dict | None, target: Callable[[TabState], tuple[int, str]], *, reorder: bool = False) -> tuple:
        """Open the queue position ``target`` picks, with the note it gives (or ""), in the queue
        of ``order`` (built anew when ``reorder``). Opening redraws the canvas, so it is refused
        once while the canvas has unsaved changes, even when the position stays."""
        vocab = self._vocab_or_none(vocab_text)
        if (stop := self._leaving_unsaved(state, canvas, vocab)) is not None:
            return stop
        if reorder:
            state.queue = []
        self._ensure_queue(state, order, vocab, threshold)
        state.position, note = target(state)
        if note:
            gr.Info(note)
        return self._show(state, vocab, self.thresholds(threshold, nms_iou, agnostic), note)

    def step(self, state: TabState, vocab_text: str, threshold: float, nms_iou: float, agnostic: bool, order: str,
             delta: int, canvas: dict | None = None) -> tuple:
        """The image ``delta`` places on (0: the open one again), kept inside the queue."""
        def target(state: TabState) -> tuple[int, str]:
            position = state.position + delta
            if position >= len(state.queue):
                return len(state.queue) - 1, "That was the last image of the queue."
            if position < 0:
                return 0, "This is the first image of the queue."
            return position, ""
        return self._move(state, vocab_text, threshold, nms_iou, agnostic, order, canvas, target)

    def _next_unlabeled_position(self, state: TabState) -> tuple[int, str]:
        """The next position (after this one, wrapping around) whose image has no decision yet."""
        n = len(state.queue)
        for offset in range(1, n + 1):
            candidate = (state.position + offset) % n
            if not self.service.is_labeled(state.queue[candidate]):
                return candidate, ""
        return state.position, "Every image has been labeled."

    @user_facing(N_OUTPUTS)
    def next(self, state: TabState, vocab_text: str, threshold: float, nms_iou: float, agnostic: bool, order: str,
             canvas: dict | None = None) -> tuple:
        """The next image of the queue (once refused while the canvas has unsaved changes)."""
        return self.step(state, vocab_text, threshold, nms_iou, agnostic, order, 1, canvas)

    @user_facing(N_OUTPUTS)
    def previous(self, state: TabState, vocab_text: str, threshold: float, nms_iou: float, agnostic: bool, order: str,
                 canvas: dict | None = None) -> tuple:
        """The previous image of the queue (once refused while the canvas has unsaved changes)."""
        return self.step(state, vocab_text, threshold, nms_iou, agnostic, order, -1, canvas)

    @user_facing(N_OUTPUTS)
    def next_unlabeled(self, state: TabState, vocab_text: str, threshold: float, nms_iou: float, agnostic: bool, order: str,
                       canvas: dict | None = None) -> tuple:
        """The next image (after this one, wrapping around) with no decision on it yet."""
        return self._move(state, vocab_text, threshold, nms_iou, agnostic, order, canvas, self._next_unlabeled_position)

    @user_facing(N_OUTPUTS)
    def set_order(self, state: TabState, vocab_text: str, threshold: float, nms_iou: float, agnostic: bool, order: str,
                  canvas: dict | None = None) -> tuple:
        """Re-order the queue and start at its first image."""
        return self._move(state, vocab_text, threshold, nms_iou, agnostic, order, canvas, lambda _: (0, ""), reorder=True)

    # -- the model -------------------------------------------------------------------------------
    def _prelabel_with_exemplars(self, state: TabState, vocab: Vocabulary, thresholds: Thresholds,
                                 use_exemplars: bool, find_similar: bool = False) -> str:
        """Pre-label the open image with the tab's exemplars; returns the line saying which.

        ``use_exemplars``: the store's accepted boxes and the tab's Find similar box; unticked,
        text only. ``find_similar`` (the button): the Find similar box is used either way."""
        view = self._require_view(state)
        similar = state.similar if use_exemplars or find_similar else None
        prototypes = (self.service.exemplar_prototypes(vocab, bool(use_exemplars), similar)
                      if use_exemplars or similar is not None else None)
        state.view = self.service.prelabel(view.image_id, vocab, thresholds, exemplars=prototypes)
        line = f"Scored with {describe(prototypes, vocab, similar)}"
        if similar is not None:
            line += f" · Find similar: {similar.describe()} (**Forget example** to drop it)"
        elif state.similar is not None:
            line += " (Exemplars is unticked: the Find similar example waits, unused)"
        return line

    @user_facing(N_OUTPUTS)
    def prelabel(self, state: TabState, vocab_text: str, threshold: float, nms_iou: float, agnostic: bool,
                 use_exemplars: bool = True) -> tuple:
        """Run the model on the open image with the typed vocabulary; with ``use_exemplars`` each
        class's text is blended with the prototype of its accepted boxes in the store (untick for
        text only), and the tab's "Find similar" box, if any, stands for its class."""
        vocab = parse_vocabulary(vocab_text, self.service.max_classes)
        note = self._prelabel_with_exemplars(state, vocab, self.thresholds(threshold, nms_iou, agnostic), use_exemplars)
        return self._render(state, vocab, note)

    def _pick_similar(self, view: ImageView, canvas: dict | None, selected: list[str] | None,
                      vocab: Vocabulary) -> SimilarExample:
        """The box for "Find similar": the one ticked proposal (as the canvas shows it), else the
        box drawn last, else the box moved or relabeled last, else the only box on the canvas."""
        drawn = self._drawn(view, canvas)
        matching = match_drawn_to_shown(view.shown, drawn, view.scale)
        ids = self._selected_ids(selected)
        box: DrawnBox | None = None
        if ids:
            if len(ids) > 1:
                raise UserError("Find similar takes one example: tick just one proposal (or draw one box)")
            pid = next(iter(ids))
            box = next((d for s, d in matching.unchanged + matching.edited if s.prediction_id == pid), None)
            if box is None:
                raise UserError(f"proposal P{pid} is no longer on the canvas: tick another one or draw a box")
        elif matching.new:
            box = matching.new[-1]
        elif matching.edited:
            box = matching.edited[-1][1]
        elif len(drawn) == 1:
            box = drawn[0]
        if box is None:
            raise UserError("Find similar needs one example: draw a box around it (C), label it (E), or tick one"
                            " proposal, then press Find similar")
        names = {n.casefold(): n for n in vocab.names}
        if not box.class_name or box.class_name.casefold() not in names:
            raise UserError(f"the example is labeled {box.class_name!r}, which is not in the vocabulary:"
                            " add it there or relabel the box (E)")
        xyxy = self.service._clip(view, box.xyxy)
        if xyxy[2] - xyxy[0] < 1 or xyxy[3] - xyxy[1] < 1:
            raise UserError("the example box is empty once kept inside the picture: draw it on the picture")
        return SimilarExample(view.image_id, xyxy, names[box.class_name.casefold()])

    @user_facing(N_OUTPUTS)
    def find_similar(self, state: TabState, vocab_text: str, threshold: float, nms_iou: float, agnostic: bool,
                     use_exemplars: bool = True, canvas: dict | None = None, selected: list[str] | None = None) -> tuple:
        """Make the picked box (one ticked proposal, or the box drawn last) the exemplar of its
        class and pre-label the open image with it (the class's text blended with the box's
        prototype, as the library does); the canvas's unsaved boxes are kept. The example stays
        in force for Pre-label on other pictures and for the Batch tab (while *Exemplars* is
        ticked) until forgotten."""
        view = self._require_view(state)
        vocab = parse_vocabulary(vocab_text, self.service.max_classes)
        similar = self._pick_similar(view, canvas, selected, vocab)
        edits = self._unsaved_edits(state, canvas)
        previous, state.similar = state.similar, similar
        try:
            note = self._prelabel_with_exemplars(state, vocab, self.thresholds(threshold, nms_iou, agnostic),
                                                 use_exemplars, find_similar=True)
        except Exception:
            state.similar = previous
            raise
        note += " · the Batch tab's **Pre-label images** applies it to the whole queue"
        return self._render_keeping(state, vocab, edits, note)

    @user_facing(N_OUTPUTS)
    def forget_similar(self, state: TabState, vocab_text: str) -> tuple:
        """Drop the tab's "Find similar" example (pre-labeling goes back to the accepted boxes)."""
        if state.similar is None:
            raise UserError("there is no Find similar example to forget")
        dropped, state.similar = state.similar, None
        note = f"Forgot the Find similar example {dropped.describe()}: press Pre-label (P) to score without it."
        gr.Info(note)
        if state.view is None:
            return state, gr.skip(), gr.skip(), note
        return state, gr.skip(), gr.skip(), self._render(state, self._vocab_or_none(vocab_text), note)[3]

    def _render_keeping(self, state: TabState, vocab: Vocabulary | None, edits: Matching | None, note: str = "") -> tuple:
        """Render the new view with the canvas's unsaved edits (``edits``) kept as they were."""
        assert state.view is not None
        if edits is None:
            return self._render(state, vocab, note)
        # Boxes the person edited or deleted stay in the view even when the new thresholds would
        # hide them, so Accept still records an edited box as edited and a deleted one as rejected.
        present = {box_identity(b) for b in state.view.shown}
        touched = [s for s, _ in edits.edited] + list(edits.removed)
        extra = tuple(b for b in touched if box_identity(b) not in present)
        if extra:
            state.view = dataclasses.replace(state.view, shown=state.view.shown + extra)
        note = " · ".join(filter(None, [note, "Your unsaved changes on the canvas are kept; Accept (A) saves them."]))
        state, canvas_update, choices, status = self._render(state, vocab, note)
        # The same colours as _render gave the labels, so a kept box matches its class's new boxes
        labels = self._canvas_labels(state.view, vocab)
        palette = class_palette(labels + [b.class_name for b in state.view.shown]
                                + [d.class_name for _, d in edits.edited] + [d.class_name for d in edits.new])
        canvas_update["value"]["boxes"] = carry_edits(state.view.shown, edits, state.view.scale, palette)
        return state, canvas_update, choices, status

    @user_facing(N_OUTPUTS)
    def refilter(self, state: TabState, vocab_text: str, threshold: float, nms_iou: float, agnostic: bool,
                 canvas: dict | None = None) -> tuple:
        """Re-threshold the cached candidates (no model run), keeping the canvas's unsaved
        changes: boxes the person moved, relabeled or drew stay as they are, deleted ones stay gone."""
        if state.view is None:
            return state, gr.skip(), gr.skip(), gr.skip()
        vocab = self._vocab_or_none(vocab_text)
        edits = self._unsaved_edits(state, canvas)
        state.view = self.service.show(state.view.image_id, vocab, self.thresholds(threshold, nms_iou, agnostic))
        return self._render_keeping(state, vocab, edits)

    @user_facing(N_OUTPUTS)
    def set_vocabulary(self, state: TabState, vocab_text: str, threshold: float, nms_iou: float, agnostic: bool) -> tuple:
        """Check the typed vocabulary and show the open image's boxes for it."""
        vocab = parse_vocabulary(vocab_text, self.service.max_classes)
        if state.view is None:
            return state, gr.skip(), gr.skip(), f"Vocabulary: {len(vocab)} classes ({', '.join(vocab.names[:10])})"
        state.view = self.service.show(state.view.image_id, vocab, self.thresholds(threshold, nms_iou, agnostic))
        return self._render(state, vocab)

    # -- decisions -------------------------------------------------------------------------------
    def _after_commit(self, state: TabState, vocab: Vocabulary | None, thresholds: Thresholds, report) -> tuple:
        if report.conflict:
            gr.Warning(report.summary())
        else:
            gr.Info(report.summary())
        assert state.view is not None
        state.view = self.service.show(state.view.image_id, vocab, thresholds)
        return self._render(state, vocab, f"Saved: {report.summary()}")

    @user_facing(N_OUTPUTS)
    def accept_all(
        self,
        state: TabState,
        vocab_text: str,
        threshold: float,
        nms_iou: float,
        agnostic: bool,
        canvas: dict | None,
        request: gr.Request = None,
    ) -> tuple:
        """Save the canvas as this image's labels: every box on it accepted, deleted ones rejected."""
        view = self._require_view(state)
        vocab = self._vocab_or_none(vocab_text)
        report = self.service.commit(view, self._drawn(view, canvas), vocab, annotator_name(request))
        return self._after_commit(state, vocab, self.thresholds(threshold, nms_iou, agnostic), report)

    @staticmethod
    def _selected_ids(selected: list[str] | None) -> set[int]:
        ids = set()
        for item in selected or []:
            if isinstance(item, str) and item.startswith("P") and item[1:].isdigit():
                ids.add(int(item[1:]))
        return ids

    @user_facing(N_OUTPUTS)
    def accept_selected(
        self,
        state: TabState,
        vocab_text: str,
        threshold: float,
        nms_iou: float,
        agnostic: bool,
        canvas: dict | None,
        selected: list[str] | None,
        request: gr.Request = None,
    ) -> tuple:
        """Accept the proposals ticked in the list, as the canvas shows them."""
        view = self._require_view(state)
        ids = self._selected_ids(selected)
        if not ids:
            raise UserError("tick proposals in the Proposals list first, then Accept selected")
        vocab = self._vocab_or_none(vocab_text)
        report = self.service.commit(
            view, self._drawn(view, canvas), vocab, annotator_name(request), only_predictions=ids
        )
        return self._after_commit(state, vocab, self.thresholds(threshold, nms_iou, agnostic), report)

    @user_facing(N_OUTPUTS)
    def reject(
        self,
        state: TabState,
        vocab_text: str,
        threshold: float,
        nms_iou: float,
        agnostic: bool,
        selected: list[str] | None,
        request: gr.Request = None,
    ) -> tuple:
        """Reject the ticked proposals, or every proposal shown when none is ticked."""
        view = self._require_view(state)
        ids = self._selected_ids(selected) or None
        report = self.service.reject(view, ids, annotator_name(request))
        vocab = self._vocab_or_none(vocab_text)
        return self._after_commit(state, vocab, self.thresholds(threshold, nms_iou, agnostic), report)

    # -- adding images ---------------------------------------------------------------------------
    @user_facing(N_OUTPUTS)
    def upload(self, state: TabState, files: list | None, vocab_text: str, threshold: float, nms_iou: float, agnostic: bool) -> tuple:
        """Copy uploaded files into the upload folder and add them; bad files are reported and dropped."""
        if not files:
            raise UserError("choose one or more image files to add")
        self.upload_dir.mkdir(parents=True, exist_ok=True)
        copies = []
        for item in files:
            source = Path(getattr(item, "name", None) or str(item))
            # Only the base name of an upload is trusted, so it cannot escape the folder.
            name = Path(source.name).name or "upload"
            target = _free_name(self.upload_dir, name)
            shutil.copyfile(source, target)
            copies.append(target)
        report = self.service.store.add_images(copies, recursive=False)
        bad = {Path(p).name for p, _ in report.errors}
        for copy in copies:
            if copy.name in bad or any(Path(d) == copy for d in getattr(report, "duplicates", [])):
                copy.unlink(missing_ok=True)
        messages = [f"{Path(p).name}: {m}" for p, m in report.errors]
        if messages:
            gr.Warning("Not added (not a usable image): " + "; ".join(messages))
        added = len(report.added)
        note = f"Added {added} image(s); {len(report.duplicates)} already known; {len(report.errors)} refused."
        gr.Info(note)
        vocab = self._vocab_or_none(vocab_text)
        state.queue = []
        self._ensure_queue(state, state.order, vocab, threshold)
        added_ids = [getattr(r, "id", r) for r in report.added]
        if added_ids and added_ids[0] in state.queue:
            state.position = state.queue.index(added_ids[0])
        return self._show(state, vocab, self.thresholds(threshold, nms_iou, agnostic), note)


def _free_name(folder: Path, name: str) -> Path:
    """``folder/name``, or ``folder/stem-2.ext`` etc. if taken.

    >>> import tempfile; d = Path(tempfile.mkdtemp()); (d / "a.png").write_bytes(b"x")
    1
    >>> _free_name(d, "a.png").name
    'a-2.png'
    """
    target = folder / name
    counter = 2
    while target.exists():
        target = folder / f"{Path(name).stem}-{counter}{Path(name).suffix}"
        counter += 1
    return target

