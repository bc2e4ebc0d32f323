"""The Label view's "tag this picture" control (app/tag_handlers.py): one key per class, saved
at once as the picture's manual tags; at the handler level (fast, no browser)."""

from __future__ import annotations

from pathlib import Path

import pytest

from app.label_handlers import LabelHandlers, TabState
from app.session import LabelingService, ModelSlot
from app.tag_handlers import TagHandlers
from app.ui import SHORTCUTS_HEAD
from tests.app_support import VOCAB, open_store, tiny_detector


@pytest.fixture()
def service(tmp_path: Path) -> LabelingService:
    return LabelingService(open_store(tmp_path), ModelSlot(tiny_detector()))


def _on_first_picture(service: LabelingService, tmp_path: Path) -> TabState:
    state = TabState()
    LabelHandlers(service, upload_dir=tmp_path / "uploads").load(state, VOCAB, 0.3, 0.5, False, "order")
    assert state.view is not None
    return state


def test_ticking_classes_tags_the_picture_and_the_view_shows_them(service: LabelingService, tmp_path: Path) -> None:
    state = _on_first_picture(service, tmp_path)
    tagging = TagHandlers(service)
    shown = tagging.view(state, VOCAB)
    assert shown["choices"] == [("square [1]", "square"), ("circle [2]", "circle")] and shown["value"] == []

    image = state.view.image_id
    service.store.add_tags(image, ["forklift"], source="imported")  # a class the vocabulary does not offer
    assert tagging.save(state, VOCAB, ["circle"])["value"] == ["circle"]
    assert tagging.save(state, VOCAB, ["circle", "square"])["value"] == ["square", "circle"]  # vocabulary order
    assert tagging.view(state, VOCAB)["value"] == ["square", "circle"]  # vocabulary order
    tagging.save(state, VOCAB, ["square"])  # unticking circle removes its tag
    assert sorted((t.class_name, t.source) for t in service.store.tags(image)) == [
        ("forklift", "imported"), ("square", "manual")]  # the other class's tag stays
    # Tag-only pictures are training data.
    assert len(service.store.training_set().tag_examples) == 1


def test_digit_keys_toggle_tags_and_move_a_class_between_present_and_absent(service: LabelingService,
                                                                           tmp_path: Path) -> None:
    """What the page's digit keys send (``+N`` / ``-N`` for Shift, through a hidden box; the
    browser test presses the keys): each press toggles one class, in vocabulary order."""
    state = _on_first_picture(service, tmp_path)
    tagging = TagHandlers(service)
    present, absent = tagging.toggle_key(state, VOCAB, "+2:1")
    assert (present["value"], absent["value"]) == (["circle"], [])
    present, absent = tagging.toggle_key(state, VOCAB, "+1:2")
    assert (present["value"], absent["value"]) == (["square", "circle"], [])
    present, absent = tagging.toggle_key(state, VOCAB, "-2:3")  # Shift+2: circle is absent now
    assert (present["value"], absent["value"]) == (["square"], ["circle"])
    present, absent = tagging.toggle_key(state, VOCAB, "+1:4")  # again: untagged
    assert (present["value"], absent["value"]) == ([], ["circle"])
    assert [(t.class_name, t.present) for t in service.store.tags(state.view.image_id)] == [("circle", False)]
    assert "#tag-key" in SHORTCUTS_HEAD and "btn-tag-key" in SHORTCUTS_HEAD


def test_a_digit_beyond_the_vocabulary_is_a_warning(service: LabelingService, tmp_path: Path, monkeypatch) -> None:
    import gradio as gr

    warnings: list[str] = []
    monkeypatch.setattr(gr, "Warning", warnings.append)
    state = _on_first_picture(service, tmp_path)
    TagHandlers(service).toggle_key(state, VOCAB, "+3:1")
    assert warnings == ["key 3: the vocabulary has 2 class(es)"] and service.store.count_tags() == 0


def test_tagging_without_a_picture_is_a_warning_not_a_crash(service: LabelingService, monkeypatch) -> None:
    import gradio as gr

    warnings: list[str] = []
    monkeypatch.setattr(gr, "Warning", warnings.append)
    TagHandlers(service).save(TabState(), VOCAB, ["square"])
    assert warnings and "no picture to tag" in warnings[0]
    assert service.store.count_tags() == 0


def test_absent_classes_are_marked_apart_and_move_between_the_controls(service: LabelingService, tmp_path: Path) -> None:
    state = _on_first_picture(service, tmp_path)
    tagging = TagHandlers(service)
    image = state.view.image_id
    tagging.save(state, VOCAB, ["square"])
    assert tagging.save_absent(state, VOCAB, ["circle"])["value"] == ["circle"]
    assert [(t.class_name, t.present) for t in service.store.tags(image)] == [("square", True), ("circle", False)]
    assert tagging.view(state, VOCAB)["value"] == ["square"] and tagging.view_absent(state, VOCAB)["value"] == ["circle"]
    # Ticking "circle" as present takes it out of the absent ones; "square" stays present.
    tagging.save(state, VOCAB, ["square", "circle"])
    assert tagging.view_absent(state, VOCAB)["value"] == []
    # And the other way round.
    tagging.save_absent(state, VOCAB, ["square"])
    assert tagging.view(state, VOCAB)["value"] == ["circle"]
    assert service.store.training_set().tag_examples[0].absent == (0,)
