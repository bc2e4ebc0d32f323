"""Notes under the Label view's status line for what would otherwise pass in silence."""

from __future__ import annotations

from app.label_handlers import TabState
from app.session import LabelingService


class PageNotes:
    """Reads the open picture's state; bound to the service every tab shares."""

    def __init__(self, service: LabelingService) -> None:
        self.service = service

    def proposals(self, state: TabState, threshold: float) -> str:
        """Say so when the model looked at the picture and nothing passed the threshold (no box
        shown, none decided): an empty canvas then is the threshold, not a picture without objects."""
        view = state.view
        if view is None or not view.has_candidates or view.pending or view.accepted:
            return ""
        if len(self.service.store.annotations(view.image_id, status="rejected")):
            return ""  # the person rejected what was proposed
        return f"**No boxes above {float(threshold):.2f}** — lower the threshold?"
