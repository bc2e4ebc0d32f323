"""gridclip.inference.checkpoint: save/load round trip, content versions, incompatible checkpoints."""

from __future__ import annotations

import json

import numpy as np
import pytest
import torch
from PIL import Image

from gridclip import Vocabulary, load_detector
from gridclip.inference.checkpoint import CheckpointError, load_checkpoint


@pytest.fixture(scope="module")
def trained_dir(tmp_path_factory):
    """A tiny detector with perturbed (\"trained\") head weights, saved once."""
    det = load_detector("open_clip:tiny-rn", device="cpu", text_cache_dir=False)
    parent = det.version
    torch.manual_seed(3)
    with torch.no_grad():
        for p in det.model.cls_tower.parameters():
            p.add_(torch.randn_like(p) * 0.05)
        det.model.logit_bias.fill_(-2.0)
    det.is_trained = True
    det.weights_changed()
    out = tmp_path_factory.mktemp("ckpt") / "run1"
    det.save(out, vocabulary=Vocabulary.parse("cat | kitty, dog"), metrics={"ap50": 0.5}, parent_version=parent)
    return out, det, parent


def _pictures():
    rng = np.random.default_rng(0)
    return [Image.fromarray(rng.integers(0, 255, (90, 200, 3), dtype=np.uint8)), Image.new("RGB", (64, 128), (9, 99, 199))]


def test_round_trip_gives_identical_predictions_and_version(trained_dir):
    path, original, parent = trained_dir
    loaded = load_detector(str(path), device="cpu", text_cache_dir=False)
    assert loaded.version == original.version != parent
    assert loaded.is_trained and loaded.parent_version == parent
    assert loaded.metrics == {"ap50": 0.5}
    assert loaded.vocabulary == Vocabulary.parse("cat | kitty, dog")
    a = original.predict_raw(_pictures(), "cat, dog")
    b = loaded.predict_raw(_pictures(), "cat, dog")
    for x, y in zip(a, b):
        assert len(x) > 0
        np.testing.assert_array_equal(x.xyxy, y.xyxy)
        np.testing.assert_array_equal(x.confidence, y.confidence)
        np.testing.assert_array_equal(x.class_id, y.class_id)
    config = json.loads((path / "config.json").read_text())
    assert config["version"] == original.version
    assert config["clip"]["arch"] == "tiny-rn" and config["detector"]["image_size"] == 256
    assert config["templates"] and config["name"] == "open_clip:tiny-rn"


def test_version_ignores_metrics_and_folder(trained_dir, tmp_path):
    path, original, _ = trained_dir
    loaded = load_detector(str(path), device="cpu", text_cache_dir=False)
    loaded.save(tmp_path / "copy", metrics={"ap50": 0.9})
    assert load_detector(str(tmp_path / "copy"), device="cpu", text_cache_dir=False).version == original.version


def test_incompatible_arch_is_a_clear_error(trained_dir, tmp_path):
    path, _, _ = trained_dir
    import shutil

    broken = tmp_path / "wrong-arch"
    shutil.copytree(path, broken)
    config = json.loads((broken / "config.json").read_text())
    config["clip"]["arch"] = "tiny-vit"
    config["clip"]["model_cfg"] = _tiny_vit_cfg()
    (broken / "config.json").write_text(json.dumps(config))
    with pytest.raises(CheckpointError, match=r"do not fit checkpoint .*'tiny-vit'.*incompatible architecture"):
        load_detector(str(broken), device="cpu", text_cache_dir=False)


def _tiny_vit_cfg():
    from gridclip.inference.sources import MODEL_CONFIG_DIR

    return json.loads((MODEL_CONFIG_DIR / "tiny-vit.json").read_text())


def test_wider_head_config_does_not_fit(trained_dir, tmp_path):
    path, _, _ = trained_dir
    import shutil

    broken = tmp_path / "wide"
    shutil.copytree(path, broken)
    config = json.loads((broken / "config.json").read_text())
    config["detector"]["fpn_channels"] = 96
    (broken / "config.json").write_text(json.dumps(config))
    with pytest.raises(CheckpointError, match="other shapes"):
        load_detector(str(broken), device="cpu", text_cache_dir=False)


def test_damaged_checkpoints_are_clear_errors(trained_dir, tmp_path):
    path, _, _ = trained_dir
    import shutil

    no_weights = tmp_path / "no-weights"
    shutil.copytree(path, no_weights)
    (no_weights / "model.safetensors").unlink()
    with pytest.raises(CheckpointError, match="no model.safetensors"):
        load_checkpoint(no_weights)

    torn = tmp_path / "torn"
    shutil.copytree(path, torn)
    (torn / "model.safetensors").write_bytes(b"\x00" * 10)
    with pytest.raises(CheckpointError, match="cannot read weights"):
        load_detector(str(torn), device="cpu", text_cache_dir=False)

    foreign = tmp_path / "foreign"
    foreign.mkdir()
    (foreign / "config.json").write_text('{"hello": 1}')
    with pytest.raises(CheckpointError, match="not a GridCLIP checkpoint"):
        load_detector(str(foreign), device="cpu", text_cache_dir=False)

    future = tmp_path / "future"
    shutil.copytree(path, future)
    config = json.loads((future / "config.json").read_text())
    config["format_version"] = 99
    (future / "config.json").write_text(json.dumps(config))
    with pytest.raises(CheckpointError, match="newer"):
        load_detector(str(future), device="cpu", text_cache_dir=False)

    garbled = tmp_path / "garbled"
    shutil.copytree(path, garbled)
    (garbled / "config.json").write_text("{not json")
    with pytest.raises(CheckpointError, match="cannot read"):
        load_detector(str(garbled), device="cpu", text_cache_dir=False)


def test_image_size_override_on_load(trained_dir):
    path, _, _ = trained_dir
    loaded = load_detector(str(path), device="cpu", image_size=128, text_cache_dir=False)
    assert loaded.config.image_size == 128
    assert loaded.prepare([Image.new("RGB", (400, 100))]).tensor.shape[-1] == 128


def test_class_names_with_separators_survive_a_checkpoint_round_trip(tmp_path):
    """A store class named "red, circle" trains as one class; reloading its checkpoint must not
    split it again (the classes travel as data, not as text to re-parse)."""
    from gridclip import Vocabulary
    from gridclip.inference.sources import load_detector

    vocab = Vocabulary.from_classes(["red, circle", "a|b", 'say "hi"'], [["x;y"], [], []])
    detector = load_detector("open_clip:tiny-rn", device="cpu", text_cache_dir=False, int8_static=False)
    detector.save(tmp_path / "ck", vocabulary=vocab)
    loaded = load_detector(str(tmp_path / "ck"), device="cpu", text_cache_dir=False, int8_static=False)
    assert loaded.vocabulary.names == ["red, circle", "a|b", 'say "hi"']
    assert loaded.vocabulary.classes[0].synonyms == ("x;y",)


def test_adapted_classes_keep_the_version_through_a_checkpoint(tmp_path):
    """The adapted rows are stored as unit vectors; normalising them again on load moved their
    last bits, so a fine-tuned model came back as another model version."""
    detector = load_detector("open_clip:tiny-rn", device="cpu", text_cache_dir=False, int8_static=False)
    detector.adapt_classes(["cat", "dog"], torch.randn(2, detector.model.embed_dim, generator=torch.Generator().manual_seed(5)))
    detector.save(tmp_path / "ck")
    loaded = load_detector(str(tmp_path / "ck"), device="cpu", text_cache_dir=False, int8_static=False)
    assert loaded.version == detector.version
    assert all(torch.equal(loaded.adapted_classes[k], v) for k, v in detector.adapted_classes.items())


def test_a_kept_parent_head_needs_its_weights_and_its_classes(tmp_path):
    """A kept parent head (``Detector.keep_parent_head``) travels as ``kept_head.*`` weights and
    ``new_head_classes``; a checkpoint with one but not the other is a clear error."""
    detector = load_detector("open_clip:tiny-rn", device="cpu", text_cache_dir=False, int8_static=False)
    detector.is_trained = True
    detector.keep_parent_head(["part-7b"])
    with torch.no_grad():
        detector.model.cls_embed.bias.add_(0.5)  # the new head moves; the kept one stays
    detector.weights_changed()
    detector.save(tmp_path / "ck")
    loaded = load_detector(str(tmp_path / "ck"), device="cpu", text_cache_dir=False, int8_static=False)
    assert loaded.kept_head is not None and loaded.kept_head.new_classes == ("part-7b",)
    assert loaded.version == detector.version
    assert torch.equal(loaded.kept_head.model.cls_embed.bias, detector.kept_head.model.cls_embed.bias)
    assert not torch.equal(loaded.kept_head.model.cls_embed.bias, loaded.model.cls_embed.bias)
    config_path = tmp_path / "ck" / "config.json"
    config = json.loads(config_path.read_text())
    del config["new_head_classes"]
    config_path.write_text(json.dumps(config))
    with pytest.raises(CheckpointError, match="kept parent head"):
        load_detector(str(tmp_path / "ck"), device="cpu", text_cache_dir=False, int8_static=False)
