"""The Label view's vocabulary: opened as it was left, confirmed on Enter, recent ones offered.

Uses are kept in the store (``storage.vocabularies``) under the folder of the picture on the
canvas, so a page reload, a restart or another annotator on the same store comes back to the
vocabulary last used on those pictures (else the store's last, else the app's starting one).
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import gradio as gr

from app.label_handlers import TabState, user_facing
from app.session import LabelingService, UserError, parse_vocabulary
from storage.vocabularies import last_vocabulary, recent_vocabularies, remember_vocabulary

#: A recent vocabulary is listed by its first characters and its number of classes.
SHOWN_CHARACTERS = 60


def describe(text: str) -> str:
    """How a recent vocabulary is listed.

    >>> describe("cat, dog | puppy")
    'cat, dog | puppy  (2 classes)'
    """
    try:
        count = len(parse_vocabulary(text, max_classes=10_000))
    except UserError:
        count = 0
    short = text if len(text) <= SHOWN_CHARACTERS else text[: SHOWN_CHARACTERS - 1].rstrip() + "…"
    return f"{short}  ({count} class{'es' if count != 1 else ''})"


class VocabularyHandlers:
    """Bound to the service every tab shares; ``folder`` is the app's picture folder (``--images``)."""

    def __init__(self, service: LabelingService, starting_text: str, folder: Path | None = None) -> None:
        self.service = service
        self.starting_text = starting_text
        self.folder = str(Path(folder).resolve()) if folder is not None else None

    def _folder(self, state: TabState | None) -> str | None:
        """The folder of the picture on the canvas, else the app's."""
        if state is not None and state.view is not None:
            return str(self.service.store.get_image(state.view.image_id).root)
        return self.folder

    def recent(self, folder: str | None = None) -> Any:
        """The recent-vocabularies control's choices (none picked)."""
        texts = recent_vocabularies(self.service.store, folder or self.folder)
        return gr.update(choices=[(describe(t), t) for t in texts], value=None)

    def opening_text(self) -> str:
        """The vocabulary the page opens with."""
        return last_vocabulary(self.service.store, self.folder) or self.starting_text

    @user_facing(2)
    def restore(self) -> tuple[str, Any]:
        """On page load: the vocabulary last used here, and the recent ones."""
        return self.opening_text(), self.recent()

    @user_facing(2)
    def confirm(self, state: TabState, text: str) -> tuple[str, Any]:
        """After Enter (or a recent one picked): say what the vocabulary is, and remember it."""
        try:
            vocab = parse_vocabulary(text, self.service.max_classes)
        except UserError as exc:
            return f"⚠ Not set: {exc}", gr.skip()
        folder = self._folder(state)
        remember_vocabulary(self.service.store, vocab.to_text(), folder)
        names = ", ".join(vocab.names[:6]) + (", …" if len(vocab) > 6 else "")
        return f"✓ Vocabulary set: **{len(vocab)} class{'es' if len(vocab) != 1 else ''}** ({names})", self.recent(folder)

    @user_facing(1)
    def remember_used(self, state: TabState, text: str) -> Any:
        """After a pre-label run with the typed vocabulary: remember it (a bad one is not)."""
        try:
            vocab = parse_vocabulary(text, self.service.max_classes)
        except UserError:
            return gr.skip()
        folder = self._folder(state)
        remember_vocabulary(self.service.store, vocab.to_text(), folder)
        return self.recent(folder)

    @staticmethod
    def pick(text: str | None) -> Any:
        """A recent vocabulary picked: it goes into the vocabulary box."""
        return text if text else gr.skip()
