"""The Label view's vocabulary handlers (app/vocab_handlers.py), without a browser: the page
opens with the vocabulary last used on its folder, Enter confirms and remembers, a bad one is
said and not remembered."""

from __future__ import annotations

from pathlib import Path

from app.label_handlers import LabelHandlers, TabState
from app.session import LabelingService, ModelSlot
from app.vocab_handlers import VocabularyHandlers
from storage.vocabularies import remember_vocabulary
from tests.app_support import VOCAB, open_store, tiny_detector

STARTING = "forklift, pallet | skid"


def test_opens_with_the_folders_last_then_the_stores_then_the_starting_one(tmp_path: Path) -> None:
    service = LabelingService(open_store(tmp_path, images=1), ModelSlot(tiny_detector()))
    pictures = tmp_path / "pictures"
    handlers = VocabularyHandlers(service, STARTING, pictures)
    assert handlers.opening_text() == STARTING
    remember_vocabulary(service.store, "elsewhere", str(tmp_path / "other"))
    assert handlers.opening_text() == "elsewhere"  # the store's last
    state = TabState()
    LabelHandlers(service, upload_dir=tmp_path / "uploads").load(state, VOCAB, 0.3, 0.5, False, "order")
    note, recent = handlers.confirm(state, VOCAB)
    assert note.startswith("✓ Vocabulary set: **2 classes** (square, circle)")
    assert [value for _, value in recent["choices"]] == [VOCAB, "elsewhere"]
    remember_vocabulary(service.store, "later, elsewhere", str(tmp_path / "other"))
    assert VocabularyHandlers(service, STARTING, pictures).opening_text() == VOCAB  # this folder's wins
    text, recent = handlers.restore()
    assert text == VOCAB and recent["choices"][0] == ("square | box, circle  (2 classes)", VOCAB)


def test_a_bad_vocabulary_is_said_and_not_remembered(tmp_path: Path) -> None:
    service = LabelingService(open_store(tmp_path, images=1), ModelSlot(tiny_detector()))
    handlers = VocabularyHandlers(service, STARTING, tmp_path / "pictures")
    note, _ = handlers.confirm(TabState(), "  ")
    assert note.startswith("⚠ Not set: the vocabulary is empty")
    handlers.remember_used(TabState(), ", ,")
    assert handlers.opening_text() == STARTING
