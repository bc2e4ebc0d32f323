"""Class text -> CLIP text embeddings, with a prompt ensemble and a two-level cache.

Each text (a class name or one of its synonyms) is put into every template, encoded by the
frozen CLIP text tower, L2-normalised, averaged and renormalised. A class's embedding is the
same average over its name and synonyms. Embeddings are cached by (CLIP text-tower
fingerprint, text, templates): in memory for the life of the ``TextEmbedder`` and on disk
(safetensors files in a folder per fingerprint and template set), so a 1,203-class
vocabulary costs one batched encoding once, then nothing.

>>> import open_clip
>>> from gridclip.sources import register_model_configs
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
import tempfile
from pathlib import Path
from typing import Callable, Sequence

import torch
import torch.nn.functional as F
from safetensors.torch import load_file, save_file

from gridclip.vocabulary import Vocabulary

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
        self._disk_loaded = False

    def embed(self, vocabulary: Vocabulary) -> torch.Tensor:
        """[C, D] unit vectors, one per class (synonyms averaged), on the CLIP model's device."""
        per_text = self.embed_texts([t for cls in vocabulary for t in cls.texts])
        rows, start = [], 0
        for cls in vocabulary:
            rows.append(F.normalize(per_text[start : start + len(cls.texts)].mean(dim=0), dim=-1))
            start += len(cls.texts)
        return torch.stack(rows)

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
        chunks = []
        for start in range(0, len(prompts), PROMPT_CHUNK):
            tokens = self.tokenizer(prompts[start : start + PROMPT_CHUNK]).to(device)
            chunks.append(F.normalize(self.clip_model.encode_text(tokens).float(), dim=-1))
        per_prompt = torch.cat(chunks).reshape(len(texts), len(self.templates), -1)
        return F.normalize(per_prompt.mean(dim=1), dim=-1).cpu()

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
            _atomic_write(self.cache_dir / f"{name}.json", json.dumps(texts).encode("utf-8"))
            with tempfile.NamedTemporaryFile(dir=self.cache_dir, suffix=".tmp", delete=False) as tmp:
                tmp_path = Path(tmp.name)
            save_file({"embeddings": torch.stack([fresh[t] for t in texts]).contiguous()}, str(tmp_path))
            os.replace(tmp_path, self.cache_dir / f"{name}.safetensors")
        except OSError:
            pass  # a read-only or full disk only costs a re-encoding next time


def _atomic_write(path: Path, data: bytes) -> None:
    with tempfile.NamedTemporaryFile(dir=path.parent, suffix=".tmp", delete=False) as tmp:
        tmp.write(data)
    os.replace(tmp.name, path)
