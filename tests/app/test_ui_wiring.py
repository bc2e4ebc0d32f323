"""What the page is built with, checked without a browser: the loss plot counts epochs."""

from __future__ import annotations

from pathlib import Path

import gradio as gr

from app.tab_jobs import loss_point
from app.ui import build_app
from tests.app_support import open_store, tiny_detector


def test_the_loss_plot_counts_epochs(tmp_path: Path) -> None:
    demo = build_app(open_store(tmp_path, images=1), tiny_detector(), data_dir=tmp_path / "data")
    plots = [block for block in demo.blocks.values() if isinstance(block, gr.LinePlot)]
    assert [(plot.x, plot.x_title) for plot in plots] == [("epoch", "epoch")]
    # Two epochs of three steps: the points run to 2, the end of the second epoch.
    points = [loss_point({"epoch": e, "epochs": 2, "step": s, "steps": 3, "loss": 1.0}) for e in (1, 2) for s in (1, 2, 3)]
    assert [round(p["epoch"], 3) for p in points] == [0.333, 0.667, 1.0, 1.333, 1.667, 2.0]


def test_opening_the_export_tab_redraws_the_chart(tmp_path: Path) -> None:
    """The per-class chart is drawn again when the tab is opened, not only at page load."""
    demo = build_app(open_store(tmp_path, images=1), tiny_detector(), data_dir=tmp_path / "data")
    tab = next(block for block in demo.blocks.values() if getattr(block, "elem_id", None) == "tab-export")
    redraws = [d for d in demo.fns.values() if (tab._id, "select") in [(t[0], t[1]) for t in d.targets]]
    assert [d.fn.__name__ for d in redraws] == ["chart"]
