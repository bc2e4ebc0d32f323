"""gridclip.model.text: prompt-ensemble text embeddings, cached in memory and on disk."""

from __future__ import annotations

import open_clip
import pytest
import torch
import torch.nn.functional as F

from gridclip import Vocabulary
from gridclip.inference.sources import register_model_configs
from gridclip.model.text import DEFAULT_TEMPLATES, PROMPT_CHUNK, TextEmbedder


class CountingClip(torch.nn.Module):
    """The tiny CLIP with a counter on its text tower."""

    def __init__(self, clip: torch.nn.Module) -> None:
        super().__init__()
        self.clip = clip
        self.tower_calls = 0
        self.prompts_seen = 0

    def encode_text(self, tokens: torch.Tensor) -> torch.Tensor:
        self.tower_calls += 1
        self.prompts_seen += tokens.shape[0]
        return self.clip.encode_text(tokens)


@pytest.fixture(scope="module")
def clip():
    register_model_configs()
    torch.manual_seed(0)
    return CountingClip(open_clip.create_model("tiny-rn").eval())


@pytest.fixture(scope="module")
def tokenizer():
    return open_clip.get_tokenizer("tiny-rn")


def test_second_call_is_a_pure_cache_hit(clip, tokenizer):
    embedder = TextEmbedder(clip, tokenizer, "fp-a", cache_dir=None)
    first = embedder.embed(Vocabulary.parse("forklift, pallet | skid"))
    calls = clip.tower_calls
    second = embedder.embed(Vocabulary.parse("pallet | skid, forklift"))
    assert clip.tower_calls == calls and embedder.encode_calls == 1
    assert torch.equal(first[0], second[1]) and torch.equal(first[1], second[0])
    assert torch.allclose(first.norm(dim=1), torch.ones(2), atol=1e-5)


def test_prompt_ensemble_and_synonym_average(clip, tokenizer):
    templates = ("a photo of a {}.", "a drawing of a {}.")
    embedder = TextEmbedder(clip, tokenizer, "fp-b", templates=templates, cache_dir=None)
    with torch.no_grad():
        prompts = {t: F.normalize(clip.clip.encode_text(tokenizer([tpl.format(t) for tpl in templates])), dim=-1)
                   for t in ("car", "automobile")}
    per_text = {t: F.normalize(p.mean(dim=0), dim=-1) for t, p in prompts.items()}
    expected = F.normalize((per_text["car"] + per_text["automobile"]) / 2, dim=-1)
    got = embedder.embed(Vocabulary.parse("car | automobile"))[0]
    assert torch.allclose(got, expected, atol=1e-5)
    assert torch.allclose(embedder.embed_texts(["car"])[0], per_text["car"], atol=1e-5)


def test_disk_cache_survives_a_new_embedder(clip, tokenizer, tmp_path):
    first = TextEmbedder(clip, tokenizer, "fp-c", cache_dir=tmp_path)
    expected = first.embed(Vocabulary.parse("cat, dog"))
    calls = clip.tower_calls
    second = TextEmbedder(clip, tokenizer, "fp-c", cache_dir=tmp_path)
    assert torch.allclose(second.embed(Vocabulary.parse("dog, cat")), expected.flip(0))
    assert clip.tower_calls == calls and second.encode_calls == 0
    # another model fingerprint or template set is another cache: it must encode
    other = TextEmbedder(clip, tokenizer, "fp-other", cache_dir=tmp_path)
    other.embed(Vocabulary.parse("cat"))
    assert other.encode_calls == 1
    retemplated = TextEmbedder(clip, tokenizer, "fp-c", templates=("{}",), cache_dir=tmp_path)
    retemplated.embed(Vocabulary.parse("cat"))
    assert retemplated.encode_calls == 1


def test_only_missing_texts_are_encoded(clip, tokenizer):
    embedder = TextEmbedder(clip, tokenizer, "fp-d", cache_dir=None)
    embedder.embed(Vocabulary.parse("cat, dog"))
    seen = clip.prompts_seen
    embedder.embed(Vocabulary.parse("cat, dog, bird"))
    assert clip.prompts_seen - seen == len(DEFAULT_TEMPLATES)  # "bird" only
    assert embedder.encode_calls == 2


def test_a_corrupt_disk_cache_is_ignored(clip, tokenizer, tmp_path):
    embedder = TextEmbedder(clip, tokenizer, "fp-e", cache_dir=tmp_path)
    embedder.embed(Vocabulary.parse("cat"))
    for path in embedder.cache_dir.glob("*.safetensors"):
        path.write_bytes(b"garbage")
    fresh = TextEmbedder(clip, tokenizer, "fp-e", cache_dir=tmp_path)
    assert fresh.embed(Vocabulary.parse("cat")).shape == (1, 64)
    assert fresh.encode_calls == 1


def test_templates_need_a_placeholder(clip, tokenizer):
    with pytest.raises(ValueError, match="placeholder"):
        TextEmbedder(clip, tokenizer, "fp", templates=("a photo",))


def test_1203_classes_cost_one_encoding_then_nothing(clip, tokenizer, tmp_path):
    vocab = Vocabulary.from_names([f"category number {i}" for i in range(1203)])
    embedder = TextEmbedder(clip, tokenizer, "fp-lvis", cache_dir=tmp_path)
    calls = clip.tower_calls
    first = embedder.embed(vocab)
    assert first.shape == (1203, 64)
    assert embedder.encode_calls == 1
    prompts = 1203 * len(DEFAULT_TEMPLATES)
    assert clip.tower_calls - calls == -(-prompts // PROMPT_CHUNK)  # one batched encoding, chunked
    calls = clip.tower_calls
    assert torch.equal(embedder.embed(vocab), first)
    assert TextEmbedder(clip, tokenizer, "fp-lvis", cache_dir=tmp_path).embed(vocab).shape == (1203, 64)
    assert clip.tower_calls == calls and embedder.encode_calls == 1


def test_class_matrices_are_kept_and_equal_the_synonym_means(clip, tokenizer):
    vocab = Vocabulary.parse("car | automobile | auto, person")
    embedder = TextEmbedder(clip, tokenizer, "fp-keep")
    per_text = embedder.embed_texts(["car", "automobile", "auto", "person"])
    expected = torch.stack([F.normalize(per_text[:3].mean(0), dim=-1), per_text[3]])
    with torch.inference_mode():  # as predict asks
        served = embedder.embed(vocab)
        assert embedder.embed(vocab) is served  # kept: the next picture costs nothing
    torch.testing.assert_close(served, expected)
    # Training must never get the inference tensor predict was served: autograd refuses those.
    for_training = embedder.embed(vocab)
    assert not for_training.is_inference()
    weight = torch.ones(2, requires_grad=True)
    (for_training * weight[:, None]).sum().backward()


def test_unpadded_encoding_equals_the_full_context():
    """Cutting the padding (gridclip.model.text.encode_unpadded) must not move any embedding: a long
    and a short prompt in one chunk, the demo's CLIP and a tiny random one."""
    import open_clip

    from gridclip import load_detector
    from gridclip.model.text import encode_unpadded, used_lengths

    demo = load_detector("demo", device="cpu", text_cache_dir=False)
    prompts = ["a photo of a cat.", "x", "a close-up photo of a very long and oddly specific forklift pallet skid " * 3]
    for clip, tokenizer in ((demo.clip, demo.tokenizer), (open_clip.create_model("tiny-rn").eval(), open_clip.get_tokenizer("tiny-rn"))):
        tokens = tokenizer(prompts)
        assert used_lengths(tokens).tolist()[1] < used_lengths(tokens).tolist()[0] < tokens.shape[1]
        with torch.no_grad():
            full = clip.encode_text(tokens)
            for rows in ([0, 1, 2], [0, 1], [1]):  # a chunk's cut follows its own longest prompt
                assert torch.allclose(encode_unpadded(clip, tokens[rows]), full[rows], atol=1e-5)
