"""An open_clip CLIP whose text tower is a bag of words: the mean of its words' embeddings.

The synthetic world speaks a language of 34 words in which order carries nothing a class
name needs ("red square" is a colour word and a shape word). A causal transformer over
open_clip's 49,408-token vocabulary must first learn to read; on the 2-core CPU its
shape words stayed nearly equal for a whole pretraining run (same-colour class texts at
cosine 0.95, benchmarks/RESULTS.md), and with them the image tower got no signal for shape.
A bag of words learns each word's row directly.

The detector does not know the difference: it calls ``encode_text(tokenizer(prompts))`` as it
does for real CLIP weights, with open_clip's own tokenizer. Chosen in a model config by
``"text_tower": "bag_of_words"`` (``gridclip/model_configs/world-bow.json``), which
``gridclip.inference.sources.build_clip`` reads.

>>> import torch
>>> from open_clip.tokenizer import SimpleTokenizer
>>> clip = BagOfWordsCLIP(embed_dim=8, vision_cfg={"image_size": 64, "layers": [1, 1, 1, 1], "width": 8},
...                       text_cfg={"context_length": 16, "vocab_size": 49408, "width": 8, "heads": 1, "layers": 1})
>>> tokens = SimpleTokenizer(context_length=16)(["red square", "square red", "red circle"])
>>> a, b, c = clip.encode_text(tokens)
>>> bool(torch.allclose(a, b)), bool(torch.allclose(a, c))
(True, False)
"""

from __future__ import annotations

import torch
import torch.nn.functional as F
from open_clip.model import CLIP

#: The model-config key and value that select this text tower.
TEXT_TOWER_KEY = "text_tower"
BAG_OF_WORDS = "bag_of_words"


class BagOfWordsCLIP(CLIP):
    """open_clip's ``CLIP`` with ``encode_text`` = projection(LayerNorm(mean of word embeddings)).

    The start-of-text, end-of-text and padding tokens are left out of the mean, so a prompt's
    embedding depends on its words only (and padding never matters). The transformer that
    ``CLIP`` builds (open_clip cannot build one of 0 layers) is emptied of its blocks.
    """

    #: Not a pooling open_clip knows, so callers that re-run the causal tower on a cut context
    #: (``gridclip.model.text.encode_unpadded``) fall back to ``encode_text``.
    text_pool_type = "bag_of_words"

    def __init__(self, *args, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        self.text_pool_type = BagOfWordsCLIP.text_pool_type
        self.transformer.resblocks = torch.nn.ModuleList()
        vocab_size = self.token_embedding.num_embeddings
        # open_clip's SimpleTokenizer: the last two ids are start- and end-of-text, 0 pads.
        self.special_token_ids = (0, vocab_size - 2, vocab_size - 1)

    def encode_text(self, text: torch.Tensor, normalize: bool = False) -> torch.Tensor:
        words = torch.ones_like(text, dtype=torch.bool)
        for token_id in self.special_token_ids:
            words &= text != token_id
        weights = words.to(self.token_embedding.weight.dtype).unsqueeze(-1)
        summed = (self.token_embedding(text) * weights).sum(1)
        x = self.ln_final(summed / weights.sum(1).clamp(min=1.0))
        x = self.text_projection(x) if isinstance(self.text_projection, torch.nn.Linear) else x @ self.text_projection
        return F.normalize(x, dim=-1) if normalize else x
