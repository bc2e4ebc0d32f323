"""gridclip.inference.sources: one resolver for --model, with error messages that say how to fix things.

Nothing here downloads: the download path is exercised with open_clip's loader replaced."""

from __future__ import annotations

import pytest
import torch

from gridclip.inference import sources
from gridclip.inference.checkpoint import CheckpointError
from gridclip.inference.sources import ModelSource, ModelSourceError, load_detector, parse_source


def test_parse_every_form(tmp_path):
    assert parse_source("demo").kind == "demo"
    assert parse_source("open_clip:RN50/openai") == ModelSource("open_clip", arch="RN50", pretrained="openai")
    assert parse_source("open_clip:tiny-rn") == ModelSource("open_clip", arch="tiny-rn")
    parsed = parse_source(f"open_clip:RN50={tmp_path}/w.pt")
    assert parsed.arch == "RN50" and parsed.weights_path == tmp_path / "w.pt"
    assert parse_source(str(tmp_path)) == ModelSource("checkpoint", path=tmp_path)


@pytest.mark.parametrize(
    "source, message",
    [
        ("", "no model given"),
        ("open_clip:", "name an open_clip architecture"),
        ("open_clip:RN50=", "give the weight file"),
        ("/no/such/folder", "no such checkpoint folder.*open_clip:ARCH"),
    ],
)
def test_malformed_sources(source, message):
    with pytest.raises(ModelSourceError, match=message):
        parse_source(source)


def test_a_weight_file_given_as_a_folder(tmp_path):
    weights = tmp_path / "w.pt"
    weights.write_bytes(b"x")
    with pytest.raises(ModelSourceError, match=f"use open_clip:ARCH={weights}"):
        load_detector(str(weights), text_cache_dir=False)


def test_unknown_arch_suggests_close_names():
    with pytest.raises(ModelSourceError, match="unknown open_clip architecture 'tiny-rm'.*tiny-rn"):
        load_detector("open_clip:tiny-rm", text_cache_dir=False)


def test_unknown_pretrained_tag_lists_the_known_ones():
    with pytest.raises(ModelSourceError, match="no pretrained weights 'nonsense' for RN50; known tags: .*openai"):
        load_detector("open_clip:RN50/nonsense", text_cache_dir=False)


def test_missing_weight_file_says_how_to_get_it(tmp_path):
    missing = tmp_path / "RN50.pt"
    with pytest.raises(ModelSourceError) as info:
        load_detector(f"open_clip:RN50={missing}", text_cache_dir=False)
    message = str(info.value)
    assert f"weight file {missing} not found" in message
    assert "open_clip:RN50/openai" in message and "Download RN50 CLIP weights" in message


def test_failed_download_says_how_to_get_the_weights(monkeypatch):
    import open_clip

    def offline(*args, **kwargs):
        raise RuntimeError("Failed to download weights for tag 'openai': no network")

    monkeypatch.setattr(open_clip, "create_model", offline)
    with pytest.raises(ModelSourceError) as info:
        load_detector("open_clip:RN50/openai", text_cache_dir=False)
    message = str(info.value)
    assert "could not get the open_clip weights RN50/openai" in message
    assert "open_clip.create_model('RN50', pretrained='openai')" in message
    assert "--model open_clip:RN50=/path/to/file" in message


def test_missing_demo_model_names_the_build_script(monkeypatch, tmp_path):
    monkeypatch.setattr(sources, "DEMO_DIR", tmp_path / "demo")
    with pytest.raises(ModelSourceError, match="demo model is missing.*scripts/build_demo_model.py"):
        load_detector("demo", text_cache_dir=False)


def test_local_weight_file_loads_and_a_wrong_one_is_refused(tmp_path):
    import open_clip

    sources.register_model_configs()
    torch.manual_seed(5)
    rn = open_clip.create_model("tiny-rn")
    rn_file = tmp_path / "tiny-rn.pt"
    torch.save(rn.state_dict(), rn_file)
    det = load_detector(f"open_clip:tiny-rn={rn_file}", device="cpu", text_cache_dir=False)
    assert torch.equal(det.clip.visual.conv1.weight, rn.visual.conv1.weight)
    assert torch.equal(det.model.backbone.visual.conv1.weight, rn.visual.conv1.weight)
    assert not det.is_trained and det.name == f"open_clip:tiny-rn={rn_file}"

    vit_file = tmp_path / "tiny-vit.pt"
    torch.save(open_clip.create_model("tiny-vit").state_dict(), vit_file)
    with pytest.raises(CheckpointError, match="do not fit open_clip architecture 'tiny-rn'"):
        load_detector(f"open_clip:tiny-rn={vit_file}", device="cpu", text_cache_dir=False)


def test_random_weights_are_reproducible_and_sized_for_cpu():
    a = load_detector("open_clip:tiny-rn", device="cpu", text_cache_dir=False)
    b = load_detector("open_clip:tiny-rn", device="cpu", text_cache_dir=False)
    assert a.version == b.version
    assert a.config.image_size == 256 and a.config.fpn_channels == 64
    assert load_detector("open_clip:tiny-rn", device="cpu", image_size=192, text_cache_dir=False).config.image_size == 192
    with pytest.raises(ModelSourceError, match="image size"):
        load_detector("open_clip:tiny-rn", image_size=8, text_cache_dir=False)


def test_default_text_cache_follows_the_environment(monkeypatch, tmp_path):
    monkeypatch.setenv("GRIDCLIP_CACHE_DIR", str(tmp_path))
    det = load_detector("open_clip:tiny-rn", device="cpu")
    det.text_embeddings(["cat"])
    assert list((tmp_path / "text").glob("*/*.safetensors"))


def test_int8_is_switched_on_by_the_loader_and_refused_where_it_cannot_run(monkeypatch):
    import builtins

    detector = load_detector("open_clip:tiny-rn", int8_static=True, text_cache_dir=False, device="cpu")
    assert detector.int8_static and not load_detector("open_clip:tiny-rn", text_cache_dir=False, int8_static=False).int8_static
    with pytest.raises(ModelSourceError, match="ResNet CLIP trunks only"):
        load_detector("open_clip:tiny-vit", int8_static=True, text_cache_dir=False)
    real_import = builtins.__import__

    def without_onnxruntime(name, *args, **kwargs):
        if name == "onnxruntime":
            raise ImportError("No module named 'onnxruntime'")
        return real_import(name, *args, **kwargs)

    monkeypatch.setattr(builtins, "__import__", without_onnxruntime)
    with pytest.raises(ModelSourceError, match=r"int8 \(--int8\).*pip install onnx onnxruntime"):
        load_detector("open_clip:tiny-rn", int8_static=True, text_cache_dir=False)
    # The default asks nothing: without onnxruntime it is the fp32 path, not an error.
    assert not load_detector("open_clip:tiny-rn", text_cache_dir=False, device="cpu").int8_static
