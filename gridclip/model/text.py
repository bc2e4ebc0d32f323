"""Class text -> CLIP text embeddings, with a prompt ensemble and a two-level cache.

Each text (a class name or one of its synonyms) is put into every template, encoded by the
frozen CLIP text tower, L2-normalised, averaged and renormalised. A class's embedding is the
same average over its name and synonyms. Embeddings are cached by (CLIP text-tower
fingerprint, text, templates): in memory for the life of the ``TextEmbedder`` and on disk
(safetensors files in a folder per fingerprint and template set), so a 1,203-class
vocabulary costs one batched encoding once, then nothing.

>>> import open_clip
>>> from gridclip.inference.sources import register_model_configs
>>> from gridclip.vocabulary import Vocabulary
>>> register_model_configs()
>>> clip = open_clip.create_model("tiny-rn")
>>> embedder = TextEmbedder(clip, open_clip.get_tokenizer("tiny-rn"), fingerprint="doc", cache_dir=None)
>>> embedder.embed(Vocabulary.parse("car | automobile, person")).shape
torch.Size([2, 64])
>>> embedder.embed(Vocabulary.parse("person, car | automobile")).shape, embedder.encode_calls
(torch.Size([2, 64]), 1)
"""

from __future__ import annotations

import hashlib
import json
import os
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

import torch
import torch.nn.functional as F
from safetensors.torch import load_file, save_file

from gridclip.files import write_atomically, write_bytes_atomically
from gridclip.vocabulary import Vocabulary

if TYPE_CHECKING:
    # open_clip ships no type information: mypy sees these as Any; tests/gridclip/model/test_text.py checks
    # the attributes encode_unpadded reads off them.
    from open_clip.model import CLIP, CustomTextCLIP

DEFAULT_TEMPLATES: tuple[str, ...] = (
    "a photo of a {}.",
    "a photo of the {}.",
    "there is a {} in the scene.",
    "a photo of a small {}.",
    "a photo of a large {}.",
    "a close-up photo of a {}.",
    "an image of a {}.",
)

#: Prompts per forward pass of the text tower; bounds memory, not the number of encodings.
PROMPT_CHUNK = 1024
#: Class-embedding matrices ``TextEmbedder.embed`` keeps, most recent vocabularies.
VOCABULARY_MATRICES_KEPT = 8


def default_text_cache_dir() -> Path:
    """``$GRIDCLIP_CACHE_DIR/text``, else the user cache dir (platformdirs)."""
    root = os.environ.get("GRIDCLIP_CACHE_DIR")
    if root:
        return Path(root) / "text"
    import platformdirs

    return Path(platformdirs.user_cache_dir("gridclip")) / "text"


def templates_fingerprint(templates: Sequence[str]) -> str:
    return hashlib.sha256(json.dumps(list(templates)).encode("utf-8")).hexdigest()[:16]


class TextEmbedder:
    """Text embeddings for vocabularies, cached by (``fingerprint``, text, ``templates``).

    ``encode_calls`` counts batched runs of the text tower (0 when everything was cached).
    """

    def __init__(
        self,
        clip_model: torch.nn.Module,
        tokenizer: Callable[[list[str]], torch.Tensor],
        fingerprint: str,
        templates: Sequence[str] = DEFAULT_TEMPLATES,
        cache_dir: Path | None = None,
    ) -> None:
        if not templates or any("{}" not in t for t in templates):
            raise ValueError(f"every template needs a '{{}}' placeholder, got {list(templates)!r}")
        self.clip_model = clip_model
        self.tokenizer = tokenizer
        self.fingerprint = fingerprint
        self.templates = tuple(templates)
        self.cache_dir = (
            Path(cache_dir) / f"{fingerprint[:24]}-{templates_fingerprint(self.templates)}" if cache_dir else None
        )
        self.encode_calls = 0
        self._memory: dict[str, torch.Tensor] = {}
        self._matrices: dict[tuple[Any, ...], torch.Tensor] = {}
        self._disk_loaded = False

    def embed(self, vocabulary: Vocabulary) -> torch.Tensor:
        """[C, D] unit vectors, one per class (synonyms averaged), on the CLIP model's device.
        The last few vocabularies' matrices are kept: labeling repeats one vocabulary picture
        after picture, and rebuilding 1,203 rows cost ~40 ms of each."""
        # Inference tensors (made under inference_mode, as predict runs) must not reach training.
        key = (tuple(cls.texts for cls in vocabulary), self._device(), torch.is_inference_mode_enabled())
        if key in self._matrices:
            return self._matrices[key]
        texts = [t for cls in vocabulary for t in cls.texts]
        per_text = self.embed_texts(texts)
        counts = torch.tensor([len(cls.texts) for cls in vocabulary], device=per_text.device)
        owner = torch.repeat_interleave(torch.arange(len(counts), device=per_text.device), counts)
        sums = per_text.new_zeros(len(counts), per_text.shape[1]).index_add_(0, owner, per_text)
        matrix = F.normalize(sums / counts[:, None], dim=-1)
        if len(self._matrices) >= VOCABULARY_MATRICES_KEPT:
            self._matrices.pop(next(iter(self._matrices)))
        self._matrices[key] = matrix
        return matrix

    def embed_texts(self, texts: Sequence[str]) -> torch.Tensor:
        """[T, D] prompt-ensemble embeddings of the given texts, encoding only the uncached ones."""
        self._load_disk_cache()
        missing = list(dict.fromkeys(t for t in texts if t not in self._memory))
        if missing:
            encoded = self._encode(missing)
            fresh = {t: e for t, e in zip(missing, encoded)}
            self._memory.update(fresh)
            self._save_disk_cache(fresh)
        device = self._device()
        return torch.stack([self._memory[t] for t in texts]).to(device)

    def _device(self) -> torch.device:
        return next(self.clip_model.parameters()).device

    @torch.inference_mode()
    def _encode(self, texts: list[str]) -> torch.Tensor:
        self.encode_calls += 1
        prompts = [template.format(text) for text in texts for template in self.templates]
        device = self._device()
        tokens = self.tokenizer(prompts)
        # Encode in chunks of similar length, each cut to its longest prompt (encode_unpadded).
        order = used_lengths(tokens).argsort(stable=True)
        per_prompt = torch.empty(len(prompts), 0)
        for start in range(0, len(prompts), PROMPT_CHUNK):
            rows = order[start : start + PROMPT_CHUNK]
            encoded = F.normalize(encode_unpadded(self.clip_model, tokens[rows].to(device)).float(), dim=-1).cpu()
            if per_prompt.shape[1] == 0:
                per_prompt = torch.empty(len(prompts), encoded.shape[1])
            per_prompt[rows] = encoded
        per_prompt = per_prompt.reshape(len(texts), len(self.templates), -1)
        return F.normalize(per_prompt.mean(dim=1), dim=-1)

    def _load_disk_cache(self) -> None:
        if self._disk_loaded or self.cache_dir is None:
            return
        self._disk_loaded = True
        if not self.cache_dir.is_dir():
            return
        for path in sorted(self.cache_dir.glob("*.safetensors")):
            try:
                stored = load_file(str(path))
            except Exception:  # a torn or foreign file is only a lost cache entry
                continue
            texts = json.loads(path.with_suffix(".json").read_text("utf-8")) if path.with_suffix(".json").is_file() else None
            if texts is None or "embeddings" not in stored or len(texts) != stored["embeddings"].shape[0]:
                continue
            for text, row in zip(texts, stored["embeddings"]):
                self._memory.setdefault(text, row)

    def _save_disk_cache(self, fresh: dict[str, torch.Tensor]) -> None:
        if self.cache_dir is None:
            return
        try:
            self.cache_dir.mkdir(parents=True, exist_ok=True)
            texts = list(fresh)
            name = hashlib.sha256("\n".join(texts).encode("utf-8")).hexdigest()[:24]
            # Write the text list first: a reader pairs a .safetensors file with its .json,
            # and the .safetensors appears (atomically) only once both are complete.
            write_bytes_atomically(self.cache_dir / f"{name}.json", json.dumps(texts).encode("utf-8"))
            embeddings = {"embeddings": torch.stack([fresh[t] for t in texts]).contiguous()}
            write_atomically(self.cache_dir / f"{name}.safetensors", lambda temp: save_file(embeddings, str(temp)))
        except OSError:
            pass  # a read-only or full disk only costs a re-encoding next time


def used_lengths(tokens: torch.Tensor) -> torch.Tensor:
    """Per row, one past the last non-padding token (padding is token id 0)."""
    positions = torch.arange(1, tokens.shape[1] + 1, device=tokens.device).expand_as(tokens)
    return (positions * (tokens != 0)).amax(dim=1)


def encode_unpadded(clip_model: CLIP | CustomTextCLIP, tokens: torch.Tensor) -> torch.Tensor:
    """``clip_model.encode_text(tokens)``, run only over the columns some row uses.

    CLIP's text tower is causal and pools at the end-of-text token, so the padding after the
    longest prompt never reaches the pooled output: cutting it gives the same embedding at a
    fraction of the cost (prompts are ~10 of the 77 context tokens). Towers that are not
    causal, or pool at the last column or over all of them, run unchanged.

    >>> import open_clip
    >>> from gridclip.inference.sources import register_model_configs
    >>> register_model_configs()
    >>> clip = open_clip.create_model("tiny-rn").eval()
    >>> tokens = open_clip.get_tokenizer("tiny-rn")(["a photo of a cat.", "a dog"])
    >>> torch.allclose(encode_unpadded(clip, tokens), clip.encode_text(tokens), atol=1e-5)
    True
    """
    pool = getattr(clip_model, "text_pool_type", None)
    parts = ("token_embedding", "positional_embedding", "transformer", "ln_final")
    if getattr(clip_model, "attn_mask", None) is None or pool not in ("argmax", "eos") or not all(
        hasattr(clip_model, name) for name in parts
    ):
        return clip_model.encode_text(tokens)
    from open_clip.transformer import text_global_pool

    length = max(int(used_lengths(tokens).max()), 1)
    tokens = tokens[:, :length]
    cast_dtype = clip_model.transformer.get_cast_dtype()
    x = clip_model.token_embedding(tokens).to(cast_dtype) + clip_model.positional_embedding[:length].to(cast_dtype)
    x = clip_model.transformer(x, attn_mask=clip_model.attn_mask[:length, :length])
    x = text_global_pool(clip_model.ln_final(x), tokens, pool, eos_token_id=getattr(clip_model, "text_eos_id", None))
    projection = clip_model.text_projection
    if projection is None:
        return x
    return projection(x) if isinstance(projection, torch.nn.Linear) else x @ projection

