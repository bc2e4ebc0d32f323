"""The report a finished fine-tune gives the Train tab and ``gridclip train``: held-out AP50
before → after and its change, the classes new to the model, the settings that ran."""

from __future__ import annotations

from typing import Any

from gridclip.training.config import TrainResult
from gridclip.training.report import report_fine_tune


def _ran(config: dict[str, Any] | None, held_out: dict[str, Any] | None) -> TrainResult:
    return TrainResult(checkpoint_dir=None, metrics=[], detector=None, config=config, held_out=held_out)


NEW_CLASS_RUN = {"defaults": "new classes", "new_classes": ("part-7b",), "lr": 3e-4, "epochs": 50,
                 "head_only": True, "adapt_classes": True, "distill_weight": 100.0, "resume": None}
GENTLE_RUN = {"defaults": "known classes", "new_classes": (), "lr": 1e-5, "epochs": 20, "head_only": False,
              "adapt_classes": False, "distill_weight": 0.0, "resume": None}


def test_new_classes_and_the_held_out_change() -> None:
    held = {"pictures": 4, "boxes": 9, "before": {"AP": 0.1, "AP50": 0.125, "AP75": 0.0},
            "after": {"AP": 0.3, "AP50": 0.5, "AP75": 0.25}}
    report = report_fine_tune(_ran(NEW_CLASS_RUN, held), ["Red Square", "PART-7B", "circle"])
    assert report.held_out == "held-out AP50 0.125 → 0.500 (4 pictures, 9 boxes); change +0.375"
    # The new class is named once, the known ones as the vocabulary spells them (case aside).
    assert report.classes == ("classes new to the model: part-7b (the new-class fine-tune); "
                              "known: Red Square, circle")
    assert report.settings.startswith("defaults for new classes (part-7b): lr 0.0003, 50 epochs, head only")
    assert "distilled (weight 100)" in report.settings


def test_no_held_out_pictures_and_no_new_class() -> None:
    report = report_fine_tune(_ran(GENTLE_RUN, None), ["square", "circle"])
    assert report.held_out.startswith("no held-out pictures") and "change" not in report.held_out
    assert report.classes == "no class is new to the model (the gentle fine-tune); known: square, circle"
    assert report.settings == "defaults for known classes: lr 1e-05, 20 epochs, whole network"


def test_a_worse_run_and_a_resumed_one() -> None:
    worse = {"pictures": 2, "boxes": 2, "before": {"AP50": 0.5}, "after": {"AP50": 0.25}}
    assert report_fine_tune(_ran(GENTLE_RUN, worse)).held_out.endswith("; change -0.250")
    # A resumed run scores no "before" and never checked which classes are new: no change, no claim.
    resumed = {**GENTLE_RUN, "resume": "/runs/ck"}
    report = report_fine_tune(_ran(resumed, {**worse, "before": None}), ["square"])
    assert report.held_out == "held-out AP50 n/a → 0.250 (2 pictures, 2 boxes)"
    assert report.classes.startswith("classes new to the model: not checked")


def test_markdown_is_a_headline_and_a_list() -> None:
    report = report_fine_tune(_ran(GENTLE_RUN, None), ["square"])
    text = report.markdown("Done: new version abc is now active.")
    assert text.splitlines() == ["**Done: new version abc is now active.**", "",
                                 f"- {report.held_out}", f"- {report.classes}", f"- {report.settings}"]
