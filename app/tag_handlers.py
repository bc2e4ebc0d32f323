"""The Label view's "tag this picture" control: tick the classes the picture shows, one key per
class (1-9), saved at once as image-level tags (source ``manual``), which fine-tuning learns
from without boxes (the word-region loss).

Only the vocabulary's classes are on offer, and only their tags change: a tag of another class
(imported, or from Label Studio) stays. Unticking a class removes its tag; it does not claim the
class is absent.
"""

from __future__ import annotations

from typing import Any

import gradio as gr

from app.label_handlers import TabState, annotator_name, user_facing
from app.session import LabelingService, UserError, parse_vocabulary

#: The keys that toggle the first classes of the tag control (``SHORTCUTS_HEAD`` clicks them).
TAG_KEYS = "123456789"


class TagHandlers:
    """Show and save the current picture's tags; bound to the service every tab shares."""

    def __init__(self, service: LabelingService) -> None:
        self.service = service

    def _names(self, vocab_text: str) -> list[str]:
        try:
            return parse_vocabulary(vocab_text, self.service.max_classes).names
        except UserError:
            return []

    @staticmethod
    def _choices(names: list[str]) -> list[tuple[str, str]]:
        return [(f"{name} [{TAG_KEYS[i]}]" if i < len(TAG_KEYS) else name, name) for i, name in enumerate(names)]

    def choices(self, vocab_text: str) -> list[tuple[str, str]]:
        """The control's choices for a vocabulary: ``("name [key]", name)``."""
        return self._choices(self._names(vocab_text))

    @user_facing(1)
    def view(self, state: TabState, vocab_text: str) -> Any:
        """The control for the picture on the canvas: the vocabulary's classes, its tags ticked."""
        names = self._names(vocab_text)
        if state.view is None:
            return gr.update(choices=self._choices(names), value=[])
        present = {t.class_name.casefold() for t in self.service.store.tags(state.view.image_id) if t.present}
        return gr.update(choices=self._choices(names), value=[n for n in names if n.casefold() in present])

    @user_facing(1)
    def save(self, state: TabState, vocab_text: str, ticked: list[str] | None,
             request: gr.Request | None = None) -> Any:
        """Make the picture's tags of the vocabulary's classes exactly the ticked ones."""
        if state.view is None:
            raise UserError("there is no picture to tag: add images first")
        names = self._names(vocab_text)
        chosen = [n for n in (ticked or []) if n in names]
        self.service.store.set_tags(state.view.image_id, chosen, source="manual", annotator=annotator_name(request),
                                    among=names)
        return gr.update(value=chosen)
