"""Exemplars in the app: "Find similar", accepted boxes by default, the text-only switch.

Through the Label tab's handlers (``app.label_handlers.LabelHandlers``) and the Batch tab's job
(``app.tab_jobs.BatchJob``), on the committed demo model and synthetic world scenes: the
exemplar pictures and the pictures searched come from different world seeds.
"""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest
import supervision as sv

from app.boxes import to_annotator_boxes
from app.exemplars import SimilarExample
from app.label_handlers import LabelHandlers, TabState
from app.session import LabelingService, ModelSlot, parse_vocabulary
from app.tab_jobs import BatchJob
from gridclip.model.postprocess import refilter
from gridclip.model.thresholds import Thresholds
from gridclip.world.synthetic import WORLD_CLASSES, draw_scenes
from tests.exemplar_support import mechanism_detector

TARGET = WORLD_CLASSES[0]  # red circle
OTHERS = [c.name for c in WORLD_CLASSES if c.id != TARGET.id][:10]
MADE_UP = "part-7b"


@pytest.fixture(scope="module")
def detector():
    return mechanism_detector()


def with_target(seed: int, n: int) -> list:
    """The first ``n`` scenes of world ``seed`` that show the target class, each of its objects
    at least 30 px wide and high (a 20 px circle half hidden is a miss with or without exemplars)."""
    found = []
    for scene in draw_scenes(seed, 120):
        mine = [o.xyxy for o in scene.objects if o.class_id == TARGET.id]
        if mine and all(min(x1 - x0, y1 - y0) >= 30 for x0, y0, x1, y1 in mine):
            found.append(scene)
        if len(found) == n:
            return found
    raise AssertionError(f"world seed {seed} has fewer than {n} scenes of {TARGET.name}")


def target_boxes(scene) -> np.ndarray:
    return np.array([o.xyxy for o in scene.objects if o.class_id == TARGET.id], np.float32)


@pytest.fixture()
def app(tmp_path: Path, detector):
    """A store with 3 exemplar scenes (seed 7000) then 4 scenes to search (seed 7100), the handlers."""
    from storage import Store

    folder = tmp_path / "pictures"
    folder.mkdir()
    scenes = with_target(7000, 3) + with_target(7100, 4)
    paths = []
    for i, scene in enumerate(scenes):
        path = folder / f"{i:02d}-{scene.file_name}"
        scene.image.save(path)
        paths.append(path)
    store = Store.open(tmp_path / "labels.db")
    report = store.add_images(paths, recursive=False)
    ids = list(report.added)
    assert len(ids) == len(scenes)
    service = LabelingService(store, ModelSlot(detector))
    return service, LabelHandlers(service, tmp_path / "uploads"), list(zip(ids, scenes))


def open_image(handlers: LabelHandlers, state: TabState, vocab: str, image_id: int) -> None:
    handlers.load(state, vocab, 0.0, 0.5, False, "order")
    state.position = state.queue.index(image_id)
    handlers.step(state, vocab, 0.0, 0.5, False, "order", 0)
    assert state.view is not None and state.view.image_id == image_id


def best_score(view, class_name: str, truth: np.ndarray) -> float:
    """The best score ``class_name`` gets on a shown box overlapping a true box (IoU >= 0.5), 0 if none."""
    best = 0.0
    for box in view.pending:
        if box.class_name != class_name or box.score is None:
            continue
        if float(sv.box_iou_batch(np.array([box.xyxy]), truth).max()) >= 0.5:
            best = max(best, box.score)
    return best


def prelabel_scores(handlers, state, vocab, items, class_name, use_exemplars=True, threshold=0.0) -> list[float]:
    scores = []
    for image_id, scene in items:
        open_image(handlers, state, vocab, image_id)
        out = handlers.prelabel(state, vocab, threshold, 0.5, False, use_exemplars)
        assert out[0] is state, out  # not a warning (a skipped output)
        scores.append(best_score(state.view, class_name, target_boxes(scene)))
    return scores


def draw_on_canvas(state: TabState, xyxy, label: str) -> dict:
    """The canvas as the browser sends it back after the person drew one box (display pixels)."""
    view = state.view
    drawn = {"xmin": round(xyxy[0] * view.scale), "ymin": round(xyxy[1] * view.scale),
             "xmax": round(xyxy[2] * view.scale), "ymax": round(xyxy[3] * view.scale), "label": label}
    return {"boxes": to_annotator_boxes(view.shown, view.scale) + [drawn], "orientation": 0}


class NoProgress:
    def __call__(self, *args, **kwargs) -> None:
        pass


def test_find_similar_raises_its_class_on_pictures_of_a_similar_object(app) -> None:
    service, handlers, items = app
    vocab = ", ".join([TARGET.name] + OTHERS)
    source, searched = items[0], items[3:]
    state = TabState()
    before = prelabel_scores(handlers, state, vocab, searched, TARGET.name)

    # On the exemplar picture: draw one box around the red circle, label it, press Find similar.
    open_image(handlers, state, vocab, source[0])
    box = target_boxes(source[1])[0]
    canvas = draw_on_canvas(state, box, TARGET.name)
    out = handlers.find_similar(state, vocab, 0.0, 0.5, False, True, canvas, [])
    assert out[0] is state, out
    assert state.similar is not None and state.similar.class_name == TARGET.name
    np.testing.assert_allclose(state.similar.xyxy, box, atol=1.0 / state.view.scale + 1e-6)
    assert "Find similar" in out[3] and f"{TARGET.name} (1 box, Find similar)" in out[3]
    kept = out[1]["value"]["boxes"]
    assert sum(b["label"] == TARGET.name and b.get("state") == "new" for b in kept) == 1  # the drawn box stays, unsaved

    # The example stays in force on the other pictures: the class scores higher on each.
    after = prelabel_scores(handlers, state, vocab, searched, TARGET.name)
    assert all(a > b for a, b in zip(after, before)), (before, after)
    # The session 10 demo: +0.08 (+0.01 to +0.12 per picture); its text already points where one box does.
    assert np.mean(after) > np.mean(before) + 0.05, (before, after)

    # ... and in the Batch tab, over the whole queue (the same scores are stored).
    summary = BatchJob(service).run(vocab, 0.0, 0.5, False, "all", 2, True, state, progress=NoProgress())
    assert f"{len(items)} images pre-labeled" in summary and "Find similar" in summary, summary
    for (image_id, scene), score in zip(searched, after):
        stored = service.store.predictions(image_id, model_version=service.model_version, vocabulary_text=state.view.vocabulary_text)
        mine = stored[stored.data["class_name"] == TARGET.name]
        hit = sv.box_iou_batch(mine.xyxy, target_boxes(scene)).max(axis=1) >= 0.5
        assert float(mine.confidence[hit].max()) == pytest.approx(score, abs=1e-4)

    # Forgotten, the next pre-label is text only again (no accepted boxes in this store).
    handlers.forget_similar(state, vocab)
    assert state.similar is None
    assert prelabel_scores(handlers, state, vocab, searched, TARGET.name) == pytest.approx(before, abs=1e-5)


def test_find_similar_needs_one_labeled_example(app) -> None:
    _, handlers, items = app
    vocab = ", ".join([TARGET.name] + OTHERS)
    state = TabState()
    open_image(handlers, state, vocab, items[0][0])
    warned = []
    import gradio as gr

    original = gr.Warning
    gr.Warning = lambda message, *a, **k: warned.append(message)  # type: ignore[assignment]
    try:
        nothing = {"boxes": to_annotator_boxes(state.view.shown, state.view.scale), "orientation": 0}
        handlers.find_similar(state, vocab, 0.0, 0.5, False, True, nothing, [])
        handlers.find_similar(state, vocab, 0.0, 0.5, False, True, draw_on_canvas(state, (5, 5, 60, 60), "ghost"), [])
    finally:
        gr.Warning = original  # type: ignore[assignment]
    assert state.similar is None
    assert "needs one example" in warned[0] and "not in the vocabulary" in warned[1], warned


def test_the_text_only_switch_gives_the_text_only_result(app, detector) -> None:
    service, handlers, items = app
    vocab = ", ".join([TARGET.name] + OTHERS)
    for image_id, scene in items[:3]:  # accepted boxes of the class: exemplars by default
        for xyxy in target_boxes(scene):
            service.store.add_annotation(image_id, tuple(map(float, xyxy)), TARGET.name, source="manual")
    state = TabState()
    searched = items[3:]
    # The Batch tab, unticked, stores the detector's text-only scores (a fresh store: nothing done before).
    summary = BatchJob(service).run(vocab, 0.0, 0.5, False, "unpredicted", 4, False, state, progress=NoProgress())
    assert "Scored with text only" in summary and f"{len(items)} images pre-labeled" in summary, summary
    for image_id, _ in searched:
        path = service.store.get_image(image_id).path
        expected = detector.predict([path], vocab, Thresholds(score_threshold=0.0, nms_iou=0.5, max_detections=300))[0]
        stored = service.store.predictions(image_id, model_version=service.model_version,
                                           vocabulary_text=parse_vocabulary(vocab).to_text())
        # Equal up to float noise (a value on a rounding boundary once read 0.0483 vs 0.0482);
        # exemplars would move the target's scores by ~0.1, as the check below shows.
        assert len(stored) == len(expected)
        np.testing.assert_allclose(np.sort(stored.confidence), np.sort(expected.confidence), atol=1e-3)

    default = prelabel_scores(handlers, state, vocab, searched, TARGET.name)
    boxes = sum(len(target_boxes(scene)) for _, scene in items[:3])
    assert f"Scored with exemplars: {TARGET.name} ({boxes} boxes)" in handlers.prelabel(state, vocab, 0.0, 0.5, False)[3]
    text_only = prelabel_scores(handlers, state, vocab, searched, TARGET.name, use_exemplars=False)
    assert np.mean(default) > np.mean(text_only) + 0.1, (default, text_only)

    # Unticked, what is shown is exactly the detector's text-only answer (a Find similar example
    # in force waits, unused).
    state.similar = SimilarExample(items[0][0], tuple(map(float, target_boxes(items[0][1])[0])), TARGET.name)
    image_id, scene = searched[0]
    open_image(handlers, state, vocab, image_id)
    out = handlers.prelabel(state, vocab, 0.0, 0.5, False, False)
    assert "Scored with text only" in out[3] and "waits, unused" in out[3]
    path = service.store.get_image(image_id).path
    expected = refilter(detector.predict_raw([path], vocab)[0], Thresholds(score_threshold=0.0, nms_iou=0.5, class_agnostic_nms=False, max_detections=300))
    shown = sorted((b.class_name, round(b.score, 5)) for b in state.view.pending)
    assert shown == sorted((str(n), round(float(c), 5)) for n, c in zip(expected.data["class_name"], expected.confidence))

def test_a_made_up_class_with_accepted_boxes_is_found(app) -> None:
    service, handlers, items = app
    vocab = ", ".join([MADE_UP] + OTHERS)
    for image_id, scene in items[:3]:
        for xyxy in target_boxes(scene):
            service.store.add_annotation(image_id, tuple(map(float, xyxy)), MADE_UP, source="manual")
    state = TabState()
    searched = items[3:]
    text_only = prelabel_scores(handlers, state, vocab, searched, MADE_UP, use_exemplars=False, threshold=0.3)
    found = prelabel_scores(handlers, state, vocab, searched, MADE_UP, threshold=0.3)
    assert sum(s > 0 for s in text_only) <= 1, text_only  # its name means nothing to the text tower
    # A part-7b box above the threshold on every red circle that the class's real name finds there
    # (on the session 10 demo the name scores one of the four at 0.20, under the threshold).
    named = prelabel_scores(handlers, state, ", ".join([TARGET.name] + OTHERS), searched, TARGET.name,
                            use_exemplars=False, threshold=0.3)
    assert sum(s > 0 for s in named) >= 3, named
    assert all(f > 0 for f, n in zip(found, named) if n > 0), (found, named)


def test_the_batch_tab_uses_the_accepted_boxes_by_default(app) -> None:
    service, _, items = app
    vocab = ", ".join([TARGET.name] + OTHERS)
    vocabulary_text = parse_vocabulary(vocab).to_text()
    job = BatchJob(service)
    searched = items[3:]

    def stored_best() -> list[float]:
        best = []
        for image_id, scene in searched:
            stored = service.store.predictions(image_id, model_version=service.model_version, vocabulary_text=vocabulary_text)
            mine = stored[stored.data["class_name"] == TARGET.name]
            hit = sv.box_iou_batch(mine.xyxy, target_boxes(scene)).max(axis=1) >= 0.5 if len(mine) else []
            best.append(float(mine.confidence[hit].max()) if np.any(hit) else 0.0)
        return best

    assert "Scored with text only" in job.run(vocab, 0.0, 0.5, False, "all", 4, True, TabState(), progress=NoProgress())
    text_only = stored_best()  # no accepted boxes yet: text only, even with the switch on
    for image_id, scene in items[:3]:
        for xyxy in target_boxes(scene):
            service.store.add_annotation(image_id, tuple(map(float, xyxy)), TARGET.name, source="manual")
    summary = job.run(vocab, 0.0, 0.5, False, "all", 4, True, TabState(), progress=NoProgress())
    assert f"Scored with exemplars: {TARGET.name} (3 boxes)" in summary, summary
    assert np.mean(stored_best()) > np.mean(text_only) + 0.1, (text_only, stored_best())
