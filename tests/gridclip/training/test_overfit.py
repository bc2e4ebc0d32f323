"""Acceptance: a tiny random-weight GridCLIP overfits 4 drawn images through the public training API."""

from __future__ import annotations

from pathlib import Path

import pytest

from gridclip.training import train
from gridclip.training.config import TrainConfig
from gridclip.training.data import load_coco
from gridclip.training.evaluate import evaluate
from tests.drawing import write_shape_dataset


@pytest.mark.slow
def test_tiny_model_overfits_four_drawn_images(tmp_path: Path, monkeypatch: pytest.MonkeyPatch):
    monkeypatch.setenv("GRIDCLIP_CACHE_DIR", str(tmp_path / "cache"))
    coco_path = write_shape_dataset(tmp_path / "shapes", n_images=4, seed=0)
    coco = load_coco(coco_path, tmp_path / "shapes" / "images")
    config = TrainConfig(epochs=40, lr=2e-3, batch_size=4, image_size=128, head_only=True,
                         image_level_alignment=True, show_progress=False, save_every=1000)
    result = train("open_clip:tiny-rn", coco.examples, coco.vocabulary, config, out_dir=tmp_path / "ck")

    assert result.metrics[-1]["loss"] < 0.5 * result.metrics[0]["loss"]
    metrics = evaluate(result.detector, coco_path, tmp_path / "shapes" / "images")
    assert metrics["AP50"] >= 0.9, metrics
    assert all(m["AP50"] >= 0.8 for m in metrics["per_class"].values()), metrics

    # The saved checkpoint predicts what the in-memory detector predicted.
    from gridclip import load_detector

    reloaded = evaluate(load_detector(str(tmp_path / "ck"), device="cpu"), coco_path, tmp_path / "shapes" / "images")
    assert reloaded["AP50"] == pytest.approx(metrics["AP50"])
