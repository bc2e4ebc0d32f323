"""What a finished fine-tune tells the person who ran it, written once for the Train tab,
``gridclip train`` and Label Studio's training job: the held-out AP50 before → after and its change, which classes were new to
the model, and which defaults and settings ran (all read from the run's ``TrainResult``).

The held-out and settings wording is ``gridclip.training.fine_tune``'s (``describe_held_out``,
``describe_settings``), the classes wording
``ClassNovelty.describe``'s; this module puts them together and adds the change.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from gridclip.training.config import TrainResult


@dataclass(frozen=True)
class FineTuneReport:
    """One line each: ``held_out`` (AP50 before → after and the change, or why there is none),
    ``classes`` (new to the model, and known) and ``settings`` (the defaults and settings that ran)."""

    held_out: str
    classes: str
    settings: str

    def lines(self) -> list[str]:
        return [self.held_out, self.classes, self.settings]

    def markdown(self, headline: str) -> str:
        """``headline`` in bold, the three lines as a list under it."""
        return "\n".join([f"**{headline}**", "", *(f"- {line}" for line in self.lines())])


def report_fine_tune(result: TrainResult, class_names: Sequence[str] = ()) -> FineTuneReport:
    """The report of ``result``; ``class_names``: the training vocabulary's classes (the ones not
    new to the model are listed as known).

    >>> from gridclip.training.config import TrainResult
    >>> ran = TrainResult(None, [], None, config={"defaults": "new classes", "new_classes": ["part-7b"],
    ...                   "lr": 3e-4, "epochs": 50, "head_only": True, "adapt_classes": True},
    ...                   held_out={"pictures": 3, "boxes": 7, "before": {"AP50": 0.25}, "after": {"AP50": 0.5}})
    >>> print("\\n".join(report_fine_tune(ran, ["red square", "part-7b"]).lines()))
    held-out AP50 0.250 → 0.500 (3 pictures, 7 boxes); change +0.250
    classes new to the model: part-7b (the new-class fine-tune); known: red square
    defaults for new classes (part-7b): lr 0.0003, 50 epochs, head only, their embeddings learnt from their boxes' prototypes
    """
    from gridclip.training.fine_tune import describe_held_out, describe_settings

    config = result.config or {}
    held_out = describe_held_out(result.held_out)
    change = held_out_ap50_change(result.held_out)
    if change is not None:
        held_out += f"; change {change:+.3f}"
    return FineTuneReport(held_out, describe_classes(config, class_names), describe_settings(config))


def held_out_ap50_change(held_out: Mapping[str, Any] | None) -> float | None:
    """After minus before held-out AP50; None when either was not scored (a resumed run has no
    "before") or there were no held-out pictures.

    >>> held_out_ap50_change({"before": {"AP50": 0.5}, "after": {"AP50": 0.25}})
    -0.25
    >>> held_out_ap50_change({"before": None, "after": {"AP50": 0.25}}) is None
    True
    """
    if not held_out:
        return None
    before, after = ((held_out.get(stage) or {}).get("AP50") for stage in ("before", "after"))
    return None if before is None or after is None else float(after) - float(before)


def describe_classes(config: Mapping[str, Any], class_names: Sequence[str] = ()) -> str:
    """Which training classes were new to the model (``config["new_classes"]``) and which known.
    A resumed run keeps the settings it started with and never looks, so it says so."""
    from gridclip.training.new_classes import ClassNovelty

    if config.get("resume"):
        return "classes new to the model: not checked (a resumed run keeps the settings it started with)"
    new = tuple(str(name) for name in config.get("new_classes") or ())
    new_folded = {name.casefold() for name in new}
    known = tuple(name for name in class_names if name.casefold() not in new_folded)
    return ClassNovelty(new, known).describe()
