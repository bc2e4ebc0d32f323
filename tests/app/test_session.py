"""The labeling service and the Label view's handlers, on a real SQLite store and the tiny detector."""

from __future__ import annotations

import warnings
from pathlib import Path

import numpy as np
import pytest
from PIL import Image

from app.boxes import ShownBox, from_annotator_boxes, match_drawn_to_shown, to_annotator_boxes
from app.label_handlers import LabelHandlers, TabState
from app.session import LabelingService, ModelSlot, Thresholds, UserError, parse_vocabulary
from tests.app_support import VOCAB, open_store, tiny_detector

ALL = Thresholds(score_threshold=0.0, max_detections=5)


@pytest.fixture()
def service(tmp_path: Path) -> LabelingService:
    return LabelingService(open_store(tmp_path), ModelSlot(tiny_detector()))


@pytest.fixture()
def vocab():
    return parse_vocabulary(VOCAB)


def test_matching_tells_unchanged_edited_new_and_removed() -> None:
    shown = [
        ShownBox((10, 10, 50, 50), "square", "predicted", prediction_id=1),
        ShownBox((100, 10, 140, 50), "circle", "predicted", prediction_id=2),
        ShownBox((10, 80, 40, 110), "square", "accepted", annotation_id=9),
    ]
    canvas = to_annotator_boxes(shown, scale=1.0)
    canvas[1] = dict(canvas[1], xmin=105, xmax=145)  # moved
    del canvas[2]  # deleted
    canvas.append({"xmin": 60, "ymin": 60, "xmax": 90, "ymax": 90, "label": "circle"})  # drawn
    m = match_drawn_to_shown(shown, from_annotator_boxes(canvas, 1.0), 1.0)
    assert [s.prediction_id for s, _ in m.unchanged] == [1]
    assert [(s.prediction_id, d.xyxy) for s, d in m.edited] == [(2, (105.0, 10.0, 145.0, 50.0))]
    assert [d.xyxy for d in m.new] == [(60.0, 60.0, 90.0, 90.0)]
    assert [s.annotation_id for s in m.removed] == [9]


def test_relabeled_box_counts_as_edited() -> None:
    shown = [ShownBox((10, 10, 50, 50), "square", "predicted", prediction_id=1)]
    canvas = to_annotator_boxes(shown, 1.0)
    canvas[0]["label"] = "circle"
    m = match_drawn_to_shown(shown, from_annotator_boxes(canvas, 1.0), 1.0)
    assert not m.unchanged and m.edited[0][1].class_name == "circle"


def test_prelabel_move_accept_writes_moved_box_and_accepts_the_rest(service, vocab) -> None:
    view = service.prelabel(1, vocab, ALL)
    assert view.pending, "tiny-rn at threshold 0 proposes boxes"
    canvas = to_annotator_boxes(view.shown, view.scale)
    canvas[0] = dict(canvas[0], xmin=canvas[0]["xmin"] + 3, xmax=canvas[0]["xmax"] + 3)
    report = service.commit(view, from_annotator_boxes(canvas, view.scale), vocab, annotator="ann")
    assert (report.edited, report.accepted) == (1, len(view.pending) - 1)
    saved = service.store.annotations(1)
    moved = np.array(view.shown[0].xyxy) + np.array([3, 0, 3, 0]) / view.scale  # 3 display px
    moved = np.minimum(moved, [160, 120, 160, 120])
    edited = saved.xyxy[saved.data["source"] == "edited"]
    assert np.allclose(edited, [moved], atol=0.5 / view.scale)  # display pixels are whole numbers
    again = service.view(1, vocab, ALL)
    assert not again.pending and len(again.accepted) == len(view.pending)


def test_refilter_uses_cached_candidates_without_running_the_model(service, vocab, monkeypatch) -> None:
    service.prelabel(1, vocab, ALL)
    detector = service.slot.detector
    calls = []
    monkeypatch.setattr(detector, "predict_raw", lambda *a, **k: calls.append(a) or [])
    low = service.view(1, vocab, ALL)
    high = service.view(1, vocab, Thresholds(score_threshold=float(np.median([b.score for b in low.pending]))))
    assert calls == []
    assert 0 < len(high.pending) < len(low.pending)
    agnostic = service.view(1, vocab, Thresholds(score_threshold=0.0, nms_iou=0.05, class_agnostic_nms=True))
    assert len(agnostic.pending) <= len(low.pending)


def test_rethresholding_does_not_duplicate_stored_predictions(service, vocab) -> None:
    service.prelabel(1, vocab, Thresholds(score_threshold=0.6))
    service.show(1, vocab, ALL)
    service.show(1, vocab, Thresholds(score_threshold=0.6))
    service.show(1, vocab, ALL)
    stored = service.store.predictions(1, service.model_version, vocab.to_text())
    assert len(stored) == len(service.show(1, vocab, ALL).pending)


def test_view_reads_and_show_stores_what_a_lower_threshold_shows(service, vocab) -> None:
    high = service.prelabel(1, vocab, Thresholds(score_threshold=0.0, max_detections=1))
    count = lambda: len(service.store.predictions(1, service.model_version, vocab.to_text()))  # noqa: E731
    assert count() == len(high.pending) == 1
    looked = service.view(1, vocab, ALL)
    assert count() == 1 and len(looked.pending) == 1  # reading wrote nothing; only stored boxes are shown
    shown = service.show(1, vocab, ALL)
    assert count() == len(shown.pending) > 1 and all(b.prediction_id is not None for b in shown.pending)


def test_deleted_proposal_is_rejected_and_reject_button_rejects_the_rest(service, vocab) -> None:
    view = service.prelabel(1, vocab, ALL)
    canvas = to_annotator_boxes(view.shown, view.scale)[1:]
    report = service.commit(view, from_annotator_boxes(canvas, view.scale), vocab)
    assert report.rejected == 1
    rejected = service.store.annotations(1, status="rejected")
    assert rejected.data["prediction_id"].tolist() == [view.shown[0].prediction_id]

    view2 = service.prelabel(2, vocab, ALL)
    service.reject(view2)
    assert len(service.store.annotations(2, status="rejected")) == len(view2.pending)
    assert not service.view(2, vocab, ALL).pending


def test_two_tabs_accepting_the_same_image_lose_nothing(service, vocab) -> None:
    tab_a = service.prelabel(1, vocab, ALL)
    tab_b = service.view(1, vocab, ALL)  # the same image, open in a second tab
    service.commit(tab_a, from_annotator_boxes(to_annotator_boxes(tab_a.shown, 1.0), 1.0), vocab, "a")
    accepted_by_a = service.store.annotations(1)
    # Tab B, stale, deletes one proposal and draws a new box.
    canvas = to_annotator_boxes(tab_b.shown, 1.0)[1:] + [{"xmin": 5, "ymin": 5, "xmax": 30, "ymax": 30, "label": "circle"}]
    report = service.commit(tab_b, from_annotator_boxes(canvas, 1.0), vocab, "b")
    assert report.conflict and report.skipped_elsewhere >= len(tab_b.pending) - 1
    after = service.store.annotations(1)
    assert set(accepted_by_a.data["annotation_id"]) <= set(after.data["annotation_id"])
    assert len(after) == len(accepted_by_a) + 1  # B's new box added, A's kept, no duplicates
    assert len(service.store.annotations(1, status="rejected")) == 0
    assert "another tab" in report.summary()


def test_queue_orders(service, vocab) -> None:
    assert service.queue("order") == [1, 2, 3]
    view = service.prelabel(2, vocab, ALL)
    service.commit(view, from_annotator_boxes(to_annotator_boxes(view.shown, 1.0), 1.0), vocab)
    assert service.queue("unlabeled") == [1, 3]
    service.prelabel(3, vocab, ALL)  # the only image with pending proposals
    assert service.queue("uncertainty", vocab, 0.5)[0] == 3
    with pytest.raises(UserError):
        service.queue("random")


@pytest.mark.parametrize(
    "text, message",
    [("", "empty"), (" , ; ", "empty"), (", ".join(f"thing{i}" for i in range(500)), "500 classes"), ("cat, cat", "twice")],
)
def test_bad_vocabulary_is_a_clear_user_error(text: str, message: str) -> None:
    with pytest.raises(UserError, match=message):
        parse_vocabulary(text)


def test_unlabeled_box_is_refused_and_nothing_written(service, vocab) -> None:
    view = service.prelabel(1, vocab, ALL)
    canvas = to_annotator_boxes(view.shown, 1.0) + [{"xmin": 1, "ymin": 1, "xmax": 20, "ymax": 20, "label": ""}]
    with pytest.raises(UserError, match="no label"):
        service.commit(view, from_annotator_boxes(canvas, 1.0), vocab)
    canvas[-1]["label"] = "giraffe"
    with pytest.raises(UserError, match="not in the vocabulary"):
        service.commit(view, from_annotator_boxes(canvas, 1.0), vocab)
    assert len(service.store.annotations(1, status="all")) == 0


def _service_with_plain_picture(tmp_path: Path, size: tuple[int, int]) -> tuple:
    """A store holding one drawn picture and a plain grey one of ``size``, that picture's id, and a
    labeling service on the tiny detector."""
    store = open_store(tmp_path, images=1)
    plain = tmp_path / f"plain-{size[0]}x{size[1]}.png"
    Image.new("RGB", size, (200, 200, 200)).save(plain)
    (image_id,) = store.add_images([plain], recursive=False).added
    return store, image_id, LabelingService(store, ModelSlot(tiny_detector()))


def test_very_wide_image_is_shown_scaled_and_boxes_map_back(tmp_path: Path, vocab) -> None:
    store, image_id, service = _service_with_plain_picture(tmp_path, (10_000, 300))
    view = service.prelabel(image_id, vocab, ALL)
    picture, scale = service.display_image(image_id)
    assert max(picture.size) == 2048 and scale == pytest.approx(2048 / 10_000)
    assert view.pending
    canvas = to_annotator_boxes(view.shown, view.scale)
    report = service.commit(view, from_annotator_boxes(canvas, view.scale), vocab)
    assert report.accepted == len(view.pending) and report.edited == 0
    assert np.allclose(store.annotations(image_id).xyxy[0], view.shown[0].xyxy)


def test_small_image_is_enlarged_by_a_whole_factor_and_boxes_map_back(tmp_path: Path, vocab) -> None:
    store, image_id, service = _service_with_plain_picture(tmp_path, (192, 150))
    picture, scale = service.display_image(image_id)
    assert picture.size == (192 * 3, 150 * 3) and scale == 3.0
    view = service.prelabel(image_id, vocab, ALL)
    assert view.pending
    canvas = to_annotator_boxes(view.shown, view.scale)
    canvas[0] = dict(canvas[0], xmin=canvas[0]["xmin"] + 30, xmax=canvas[0]["xmax"] + 30)  # moved 10 original px
    report = service.commit(view, from_annotator_boxes(canvas, view.scale), vocab)
    assert report.edited == 1
    moved = store.annotations(image_id, status="accepted")
    edited = moved[np.array([s == "edited" for s in moved.data["source"]])]
    assert abs(edited.xyxy[0][0] - min(view.shown[0].xyxy[0] + 10, 192)) <= 1 / 3 + 1e-6


def _warnings_of(call) -> list[str]:
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        result = call()
    return result, [str(w.message) for w in caught]


def test_handlers_show_warnings_not_tracebacks(tmp_path: Path, service) -> None:
    handlers = LabelHandlers(service, upload_dir=tmp_path / "uploads")
    state = TabState()
    state, *_ = handlers.load(state, VOCAB, 0.0, 0.5, False, "order")
    result, messages = _warnings_of(lambda: handlers.prelabel(state, "", 0.0, 0.5, False))
    assert any("vocabulary is empty" in m for m in messages)
    assert all(r.get("__type__") == "update" and len(r) == 1 for r in result)  # gr.skip(): nothing changed
    big = ", ".join(f"thing{i}" for i in range(500))
    _, messages = _warnings_of(lambda: handlers.prelabel(state, big, 0.0, 0.5, False))
    assert any("500 classes" in m for m in messages)


def test_uploading_a_corrupt_file_is_refused_and_nothing_lost(tmp_path: Path, service) -> None:
    handlers = LabelHandlers(service, upload_dir=tmp_path / "uploads")
    state, *_ = handlers.load(TabState(), VOCAB, 0.0, 0.5, False, "order")
    before = service.store.counts()["images"]
    junk = tmp_path / "notes.png"
    junk.write_bytes(b"this is not a picture")
    text = tmp_path / "readme.txt"
    text.write_text("hello")
    good = tmp_path / "good.jpg"
    Image.new("RGB", (64, 48), (10, 120, 10)).save(good)
    (state, canvas, _, status), messages = _warnings_of(lambda: handlers.upload(state, [str(junk), str(text), str(good)], VOCAB, 0.0, 0.5, False))
    assert any("notes.png" in m and "readme.txt" in m for m in messages)
    assert service.store.counts()["images"] == before + 1
    assert sorted(p.name for p in (tmp_path / "uploads").iterdir()) == ["good.jpg"]
    assert "good.jpg" in status


def test_refiltering_keeps_unsaved_canvas_edits_and_next_asks_first(tmp_path: Path, service) -> None:
    handlers = LabelHandlers(service, upload_dir=tmp_path / "uploads")
    state, *_ = handlers.load(TabState(), VOCAB, 0.0, 0.5, False, "order")
    state, canvas, _, _ = handlers.prelabel(state, VOCAB, 0.0, 0.5, False)
    boxes = canvas["value"]["boxes"]
    assert len(boxes) >= 2, "tiny-rn at threshold 0 proposes boxes"
    by_score = sorted(state.view.pending, key=lambda b: b.score)
    moved_id, deleted_id = by_score[0].prediction_id, by_score[-1].prediction_id
    index = {b.prediction_id: i for i, b in enumerate(state.view.shown)}
    edited = [dict(b) for b in boxes]
    edited[index[moved_id]] = dict(edited[index[moved_id]], xmin=edited[index[moved_id]]["xmin"] + 5,
                                   xmax=edited[index[moved_id]]["xmax"] + 5)
    moved = dict(edited[index[moved_id]])
    del edited[index[deleted_id]]
    drawn = {"xmin": 1, "ymin": 1, "xmax": 30, "ymax": 30, "label": "circle"}
    edited.append(drawn)
    sent = {"image": canvas["value"]["image"], "boxes": edited}

    # A threshold that hides the moved box's proposal: the canvas still has the person's edits.
    state, after, _, status = handlers.refilter(state, VOCAB, by_score[0].score + 1e-3, 0.5, False, sent)
    places = [(b["xmin"], b["ymin"], b["xmax"], b["ymax"], b["label"]) for b in after["value"]["boxes"]]
    assert (moved["xmin"], moved["ymin"], moved["xmax"], moved["ymax"], moved["label"]) in places
    assert (1, 1, 30, 30, "circle") in places
    assert "unsaved changes" in status

    # Next refuses once (the canvas is left alone), then Accept records what the person did.
    (state, kept, _, status), messages = _warnings_of(
        lambda: handlers.next(state, VOCAB, 0.5, 0.5, False, "order", after["value"]))
    assert kept == {"__type__": "update"} and "Image 1/3" in status and any("unsaved" in m for m in messages)
    handlers.accept_all(state, VOCAB, 0.5, 0.5, False, after["value"])
    saved = service.store.annotations(1)
    assert sorted(saved.data["source"].tolist()).count("edited") == 1 and "manual" in saved.data["source"].tolist()
    assert deleted_id in service.store.annotations(1, status="rejected").data["prediction_id"].tolist()


def test_previous_on_the_first_image_asks_before_redrawing_unsaved_edits(tmp_path: Path, service) -> None:
    """Previous on the first image stays there but redraws the canvas from the store, so it asks
    first, as a move to another image does (it used to drop the edits without a word)."""
    handlers = LabelHandlers(service, upload_dir=tmp_path / "uploads")
    state, canvas, _, _ = handlers.load(TabState(), VOCAB, 0.0, 0.5, False, "order")
    drawn = {"xmin": 1, "ymin": 1, "xmax": 30, "ymax": 30, "label": "circle"}
    sent = dict(canvas["value"], boxes=[*canvas["value"]["boxes"], drawn])
    (state, kept, _, status), messages = _warnings_of(
        lambda: handlers.previous(state, VOCAB, 0.5, 0.5, False, "order", sent))
    assert kept == {"__type__": "update"} and "Image 1/3" in status and any("unsaved" in m for m in messages)
    state, redrawn, _, status = handlers.previous(state, VOCAB, 0.5, 0.5, False, "order", sent)
    assert "first image" in status and redrawn["value"]["boxes"] == canvas["value"]["boxes"]
