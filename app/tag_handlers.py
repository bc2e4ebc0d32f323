"""The Label view's "tag this picture" controls: pick the classes the picture shows (a searchable
multi-select, compact with many classes), one key per class (1-9), and, when you are sure, the
classes it does not show (Shift+1-9); saved at once as
image-level tags (source ``manual``), which fine-tuning learns from without boxes (the
word-region loss; absent classes are that picture's negatives).

Only the vocabulary's classes are on offer, and only their tags change: a tag of another class
(imported, or from Label Studio) stays. Unticking a class removes its tag; it does not claim the
class is absent.
"""

from __future__ import annotations

import threading
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
        # A save reads the other control's tags from the store and writes both: two quick key
        # presses must not interleave (the second would write back what the first removed).
        self._saving = threading.Lock()

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

    def _current(self, image_id: int, names: list[str]) -> tuple[list[str], list[str]]:
        """The picture's present and absent tags among ``names``, in vocabulary order."""
        tags = {t.class_name.casefold(): t.present for t in self.service.store.tags(image_id)}
        present = [n for n in names if tags.get(n.casefold()) is True]
        absent = [n for n in names if tags.get(n.casefold()) is False]
        return present, absent

    def _show(self, state: TabState, vocab_text: str, absent: bool) -> Any:
        names = self._names(vocab_text)
        if state.view is None:
            return gr.update(choices=self._choices(names), value=[])
        present_now, absent_now = self._current(state.view.image_id, names)
        return gr.update(choices=self._choices(names), value=absent_now if absent else present_now)

    @user_facing(1)
    def view(self, state: TabState, vocab_text: str) -> Any:
        """The control for the picture on the canvas: the vocabulary's classes, its tags ticked."""
        return self._show(state, vocab_text, absent=False)

    @user_facing(1)
    def view_absent(self, state: TabState, vocab_text: str) -> Any:
        """The "not in this picture" control: the classes a person said are absent, ticked."""
        return self._show(state, vocab_text, absent=True)

    def _save(self, state: TabState, vocab_text: str, ticked: list[str] | None, absent: bool,
              request: gr.Request | None) -> Any:
        if state.view is None:
            raise UserError("there is no picture to tag: add images first")
        names = self._names(vocab_text)
        chosen = [n for n in names if n in (ticked or [])]
        with self._saving:
            present_now, absent_now = self._current(state.view.image_id, names)
            # A class ticked in one control leaves the other; the other control's ticks stay.
            others = [n for n in (present_now if absent else absent_now) if n not in chosen]
            present, gone = (others, chosen) if absent else (chosen, others)
            self.service.store.set_tags(state.view.image_id, present, gone, source="manual",
                                        annotator=annotator_name(request), among=names)
        return gr.update(value=chosen)

    @user_facing(2)
    def toggle_key(self, state: TabState, vocab_text: str, key: str | None,
                   request: gr.Request | None = None) -> tuple[Any, Any]:
        """A digit key pressed outside text fields (``key``: ``"+3"`` for 3, ``"-3"`` for Shift+3,
        anything after a ``:`` ignored): toggle the class's present (absent) tag; returns both
        controls' values."""
        if state.view is None:
            raise UserError("there is no picture to tag: add images first")
        sign, digit = (key or "").partition(":")[0][:1], (key or "").partition(":")[0][1:]
        if sign not in "+-" or not digit or digit not in TAG_KEYS:
            raise UserError(f"not a tag key: {key!r}")
        names = self._names(vocab_text)
        index = TAG_KEYS.index(digit)
        if index >= len(names):
            raise UserError(f"key {digit}: the vocabulary has {len(names)} class(es)")
        name, absent = names[index], sign == "-"
        with self._saving:
            present_now, absent_now = self._current(state.view.image_id, names)
            chosen, other = (absent_now, present_now) if absent else (present_now, absent_now)
            if name in chosen:
                chosen.remove(name)
            else:
                chosen.append(name)
                if name in other:
                    other.remove(name)
            self.service.store.set_tags(state.view.image_id, present_now, absent_now, source="manual",
                                        annotator=annotator_name(request), among=names)
        order = {n: i for i, n in enumerate(names)}
        return (gr.update(value=sorted(present_now, key=order.__getitem__)),
                gr.update(value=sorted(absent_now, key=order.__getitem__)))

    @user_facing(1)
    def save(self, state: TabState, vocab_text: str, ticked: list[str] | None,
             request: gr.Request | None = None) -> Any:
        """Make the picture's present tags of the vocabulary's classes exactly the ticked ones."""
        return self._save(state, vocab_text, ticked, absent=False, request=request)

    @user_facing(1)
    def save_absent(self, state: TabState, vocab_text: str, ticked: list[str] | None,
                    request: gr.Request | None = None) -> Any:
        """Record the ticked classes as absent from the picture (a person says they are not there)."""
        return self._save(state, vocab_text, ticked, absent=True, request=request)
