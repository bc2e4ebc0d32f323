"""Training on a mixed stream: pictures with boxes and tag-only pictures (DetCLIPv2's
alternation), through train() and fine_tune(); the tiny random ``open_clip:tiny-rn`` at 128 px."""

from __future__ import annotations

import math
from pathlib import Path

import numpy as np
import pytest

from gridclip.training import TagExample, TrainConfig, train
from gridclip.training.data import DataError, load_coco
from gridclip.training.fine_tune import fine_tune
from tests.drawing import write_shape_dataset
from tests.gridclip.training.test_loop import FAST, private_cache  # noqa: F401 (private_cache: an autouse fixture)


@pytest.fixture()
def shapes(tmp_path: Path):
    coco = write_shape_dataset(tmp_path / "shapes", n_images=8, seed=0)
    return load_coco(coco, tmp_path / "shapes" / "images")


def _as_tags(examples) -> list[TagExample]:
    """The pictures with their boxes forgotten, tagged "square" and "circle" in turn (every
    test picture shows both, and pictures that all carry the same tags have nothing to contrast:
    their loss is zero)."""
    return [TagExample(ex.image, [i % 2]) for i, ex in enumerate(examples)]


def test_tag_batches_follow_detection_batches_at_reduced_resolution(shapes, tmp_path):
    boxes, tags = shapes.examples[:4], _as_tags(shapes.examples[4:])
    events: list[dict] = []
    result = train("open_clip:tiny-rn", boxes + tags, shapes.vocabulary,
                   TrainConfig(epochs=2, batch_size=2, tag_batch_size=4, **FAST), out_dir=tmp_path / "run",
                   progress=events.append)
    steps = [e for e in events if e["event"] == "step"]
    kinds = ["tags" if "loss_tags" in e else "detection" for e in steps]
    assert kinds == ["detection", "tags"] * 4  # 2 detection batches an epoch, each followed by a tag batch
    assert all("loss_cls" not in e for e in steps if "loss_tags" in e)
    record = result.metrics[-1]
    assert math.isfinite(record["loss_tags"]) and record["loss_tags"] > 0
    assert math.isfinite(record["loss_cls"]) and record["steps"] == 4
    assert (tmp_path / "run" / "config.json").is_file()


def test_tag_pictures_are_fitted_at_the_reduced_size(shapes, tmp_path, monkeypatch):
    from gridclip.training import loop

    sizes = []
    fitted_images = loop._fitted_images

    def spy(examples, detector, config, fingerprint, image_size):
        sizes.append((type(examples[0]).__name__, image_size))
        return fitted_images(examples, detector, config, fingerprint, image_size)

    monkeypatch.setattr(loop, "_fitted_images", spy)
    train("open_clip:tiny-rn", shapes.examples[:2] + _as_tags(shapes.examples[2:4]), shapes.vocabulary,
          TrainConfig(epochs=1, **{**FAST, "image_size": 256}), out_dir=tmp_path / "run")
    assert sizes == [("TrainingExample", 256), ("TagExample", 128)]


def test_tag_only_pictures_train_the_detector_without_any_box(shapes, tmp_path):
    tags = _as_tags(shapes.examples)
    result = fine_tune("open_clip:tiny-rn", tags, shapes.vocabulary, out_dir=tmp_path / "run", epochs=3,
                       tag_batch_size=4, lr=1e-2, **FAST)
    assert [r["steps"] for r in result.metrics] == [2, 2, 2]  # one pass of tag batches an epoch
    losses = [r["loss_tags"] for r in result.metrics]
    assert losses[-1] < losses[0], losses
    assert result.detector.is_trained


def test_runs_without_tags_do_not_change(shapes, tmp_path):
    """Adding tags interleaves steps; it must not reorder the detection batches."""
    events_plain: list[dict] = []
    events_tags: list[dict] = []
    config = TrainConfig(epochs=1, batch_size=2, lr=1e-9, **FAST)  # lr ~0: the losses show the order
    train("open_clip:tiny-rn", shapes.examples[:4], shapes.vocabulary, config, out_dir=tmp_path / "a",
          progress=events_plain.append)
    train("open_clip:tiny-rn", shapes.examples[:4] + _as_tags(shapes.examples[4:]), shapes.vocabulary, config,
          out_dir=tmp_path / "b", progress=events_tags.append)
    plain = [e["loss_cls"] for e in events_plain if e["event"] == "step"]
    mixed = [e["loss_cls"] for e in events_tags if e["event"] == "step" and "loss_cls" in e]
    assert np.allclose(plain, mixed, rtol=1e-4)
    assert all("loss_tags" not in e for e in events_plain)


def test_bad_tag_examples_are_refused(shapes, tmp_path):
    image = shapes.examples[0].image
    with pytest.raises(DataError, match="tagged with class id 9"):
        train("open_clip:tiny-rn", [TagExample(image, [9]), TagExample(image, [0])], shapes.vocabulary,
              TrainConfig(epochs=1, **FAST), out_dir=tmp_path / "run")
    with pytest.raises(DataError, match="one tag-only picture cannot train"):
        train("open_clip:tiny-rn", [TagExample(image, [0])], shapes.vocabulary, TrainConfig(epochs=1, **FAST),
              out_dir=tmp_path / "run")
    with pytest.raises(DataError, match="empty tag list"):
        TagExample(image, [])
    with pytest.raises(ValueError, match="tag_batch_size"):
        TrainConfig(tag_batch_size=1)


def test_detection_batches_do_not_score_classes_known_from_tags_only():
    """Boxes of classes 0 and 2, tags naming class 1 too: the detection loss is the one over
    classes 0 and 2 alone (class 1 was never boxed where it appears, so it is no negative)."""
    import torch
    import torch.nn.functional as F

    from gridclip import load_detector
    from gridclip.training.step import TrainingStep

    model = load_detector("open_clip:tiny-rn", device="cpu", text_cache_dir=False).model.train()
    torch.manual_seed(0)
    features = model.backbone_features(torch.randn(1, 3, 128, 128))
    text = F.normalize(torch.randn(3, model.embed_dim), dim=1)
    box = torch.tensor([[10.0, 10.0, 60.0, 70.0]])

    def group(label: int) -> dict:
        return {"count": 1, "features": features, "images": None, "alignment": None,
                "targets": [{"boxes": box, "labels": torch.tensor([label])}]}

    restricted = TrainingStep(model, None, box_classes=[0, 2])([group(2)], text)
    alone = TrainingStep(model, None)([group(1)], text[[0, 2]])
    everything = TrainingStep(model, None)([group(2)], text)
    assert torch.allclose(restricted["loss_cls"], alone["loss_cls"])
    assert not torch.allclose(restricted["loss_cls"], everything["loss_cls"])


def test_a_run_with_tags_resumes_where_it_stopped(shapes, tmp_path):
    examples = shapes.examples[:4] + _as_tags(shapes.examples[4:])
    config = dict(batch_size=2, tag_batch_size=2, **FAST)
    first = train("open_clip:tiny-rn", examples, shapes.vocabulary, TrainConfig(epochs=1, **config), out_dir=tmp_path / "run")
    events: list[dict] = []
    resumed = train("open_clip:tiny-rn", examples, shapes.vocabulary,
                    TrainConfig(epochs=2, resume=tmp_path / "run", **config), out_dir=tmp_path / "run",
                    progress=events.append)
    steps = [e for e in events if e["event"] == "step"]
    assert [e["epoch"] for e in steps] == [2] * 4 and [e["global_step"] for e in steps] == [5, 6, 7, 8]
    assert [r["epoch"] for r in resumed.metrics] == [1, 2] and math.isfinite(resumed.metrics[-1]["loss_tags"])
    assert first.metrics[0]["steps"] == 4
