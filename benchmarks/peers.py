"""Peer open-vocabulary detectors for the speed benchmark, built locally with random weights.

Speed only: every peer here is built from a configuration written out in this file (the
published architecture's numbers), never downloaded, so its boxes are meaningless but its
cost per image is the real one. Each builder returns a ``Predictor``: a callable that takes
one RGB picture and returns ``supervision.Detections`` in that picture's pixels, doing the
same work the real detector does at test time (resize + normalise, forward pass, box
decoding).

>>> predict = build_two_stage_clip(["cat", "dog"], num_proposals=4, clip_arch="tiny")  # doctest: +SKIP
>>> predict(Image.new("RGB", (320, 240))).xyxy.shape[1]                                 # doctest: +SKIP
4

The OWL-ViT, OWLv2 and GroundingDINO builders import ``transformers`` (the ``bench`` extra);
the two-stage CLIP baseline needs only open_clip. They take ``device`` ("cpu" by default;
``benchmarks.cuda`` runs them on "cuda"): the model and its inputs live there, the Detections
come back on the CPU.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass

import numpy as np
import supervision as sv
import torch
from PIL import Image
from torchvision.ops import batched_nms, box_convert, roi_align

from gridclip.inference.images import CLIP_MEAN, CLIP_STD

Predictor = Callable[[Image.Image], sv.Detections]

IMAGENET_MEAN = (0.485, 0.456, 0.406)
IMAGENET_STD = (0.229, 0.224, 0.225)

# Token ids GroundingDINO treats as phrase delimiters in bert-base-uncased: [CLS] [SEP] "." "?".
BERT_CLS, BERT_SEP, BERT_DOT = 101, 102, 1012


@dataclass(frozen=True)
class PeerSize:
    """How big to build a transformer peer: ``"full"`` is the published model, ``"tiny"`` is
    for the harness's smoke test (same code path, a few layers of a few channels).

    >>> PeerSize.tiny().layers
    1
    """

    layers: int | None = None  # None: the published depth
    width: int | None = None  # None: the published width

    @classmethod
    def full(cls) -> PeerSize:
        return cls()

    @classmethod
    def tiny(cls) -> PeerSize:
        return cls(layers=1, width=32)

    @property
    def is_tiny(self) -> bool:
        return self.layers is not None


def pixel_tensor(image: Image.Image, size: int, mean: Sequence[float], std: Sequence[float]) -> torch.Tensor:
    """Resize to ``size``×``size`` (what the OWL processors do) and normalise to a 1×3×S×S tensor.

    >>> pixel_tensor(Image.new("RGB", (50, 30)), 16, CLIP_MEAN, CLIP_STD).shape
    torch.Size([1, 3, 16, 16])
    """
    resized = image.convert("RGB").resize((size, size), Image.BICUBIC)
    array = torch.from_numpy(np.asarray(resized, dtype=np.float32) / 255.0).permute(2, 0, 1)
    mean_t = torch.tensor(mean).view(3, 1, 1)
    std_t = torch.tensor(std).view(3, 1, 1)
    return ((array - mean_t) / std_t).unsqueeze(0)


def _query_boxes_to_detections(
    logits: torch.Tensor, boxes_cxcywh: torch.Tensor, image: Image.Image, score_threshold: float
) -> sv.Detections:
    """Turn one image's per-query class logits (Q×C) and normalised cxcywh boxes (Q×4) into
    Detections, the way the HF post-processors of OWL-ViT and GroundingDINO do (no NMS)."""
    logits, boxes_cxcywh = logits.float().cpu(), boxes_cxcywh.float().cpu()  # a CUDA run, maybe under autocast
    scores, class_ids = logits.sigmoid().max(dim=-1)
    keep = scores > score_threshold
    width, height = image.size
    xyxy = box_convert(boxes_cxcywh[keep], "cxcywh", "xyxy") * torch.tensor([width, height, width, height])
    return sv.Detections(
        xyxy=xyxy.float().numpy().reshape(-1, 4),
        confidence=scores[keep].float().numpy(),
        class_id=class_ids[keep].numpy().astype(int),
    )


def _random_token_ids(num_sequences: int, length: int, vocab_size: int, seed: int) -> torch.Tensor:
    generator = torch.Generator().manual_seed(seed)
    return torch.randint(1000, vocab_size - 1, (num_sequences, length), generator=generator)


def build_owlvit(
    class_names: Sequence[str],
    *,
    version: int = 1,
    image_size: int = 768,
    size: PeerSize = PeerSize.full(),
    score_threshold: float = 0.1,
    device: str = "cpu",
) -> Predictor:
    """OWL-ViT-B/32 (``version=1``) or OWLv2-B/16 (``version=2``) with random weights.

    The configs are google/owlvit-base-patch32 and google/owlv2-base-patch16 written out:
    a CLIP ViT-B vision tower (12 layers, 768 wide) and a CLIP text tower (12 layers, 512
    wide, 16 tokens). Text queries are encoded on every call, as the HF model does.
    """
    from transformers import (
        Owlv2Config,
        Owlv2ForObjectDetection,
        OwlViTConfig,
        OwlViTForObjectDetection,
    )

    patch_size = 32 if version == 1 else 16
    vision = dict(
        hidden_size=768, intermediate_size=3072, num_hidden_layers=12, num_attention_heads=12,
        image_size=image_size, patch_size=patch_size, hidden_act="quick_gelu",
    )  # fmt: skip
    text = dict(
        hidden_size=512, intermediate_size=2048, num_hidden_layers=12, num_attention_heads=8,
        max_position_embeddings=16, vocab_size=49408, hidden_act="quick_gelu",
    )  # fmt: skip
    projection_dim = 512
    if size.is_tiny:
        for tower in (vision, text):
            tower.update(hidden_size=size.width, intermediate_size=2 * size.width,
                         num_hidden_layers=size.layers, num_attention_heads=2)  # fmt: skip
        projection_dim = size.width
    config_cls, model_cls = (OwlViTConfig, OwlViTForObjectDetection) if version == 1 else (Owlv2Config, Owlv2ForObjectDetection)
    config = config_cls(text_config=text, vision_config=vision, projection_dim=projection_dim)
    model = model_cls(config).eval().to(device)
    # Prompt "a photo of a {name}" is about 8 CLIP tokens; the ids are random (no tokenizer offline).
    input_ids = _random_token_ids(len(class_names), 16, text["vocab_size"], seed=version)
    attention_mask = torch.zeros_like(input_ids)
    attention_mask[:, :8] = 1
    input_ids, attention_mask = input_ids.to(device), attention_mask.to(device)

    @torch.inference_mode()
    def predict(image: Image.Image) -> sv.Detections:
        pixels = pixel_tensor(image, image_size, CLIP_MEAN, CLIP_STD).to(device)
        out = model(input_ids=input_ids, pixel_values=pixels, attention_mask=attention_mask)
        return _query_boxes_to_detections(out.logits[0], out.pred_boxes[0], image, score_threshold)

    return predict


def build_groundingdino_t(
    class_names: Sequence[str],
    *,
    image_size: int = 800,
    size: PeerSize = PeerSize.full(),
    score_threshold: float = 0.35,
    device: str = "cpu",
) -> Predictor:
    """GroundingDINO-T (Swin-T image backbone, bert-base text encoder, 6+6 deformable
    encoder/decoder layers, 900 queries) with random weights, at ``image_size``×``image_size``.

    The text side is built from a local BertConfig (bert-base-uncased's numbers) and fed
    token ids directly — no tokenizer download: "[CLS] name . name . … [SEP]".
    """
    from transformers import BertConfig, GroundingDinoConfig, GroundingDinoForObjectDetection, SwinConfig

    swin = SwinConfig(
        embed_dim=96, depths=[2, 2, 6, 2], num_heads=[3, 6, 12, 24], window_size=7,
        out_features=["stage2", "stage3", "stage4"],
    )  # fmt: skip
    bert = BertConfig(
        vocab_size=30522, hidden_size=768, num_hidden_layers=12, num_attention_heads=12,
        intermediate_size=3072, max_position_embeddings=512,
    )  # fmt: skip
    extra: dict = {}
    if size.is_tiny:
        swin = SwinConfig(embed_dim=size.width // 2, depths=[1, 1, 1, 1], num_heads=[1, 1, 2, 2], window_size=7,
                          out_features=["stage2", "stage3", "stage4"])  # fmt: skip
        bert = BertConfig(vocab_size=30522, hidden_size=size.width, num_hidden_layers=size.layers,
                          num_attention_heads=2, intermediate_size=2 * size.width)  # fmt: skip
        extra = dict(d_model=size.width, encoder_layers=size.layers, decoder_layers=2,  # 1 breaks HF weight tying
                     encoder_ffn_dim=2 * size.width, decoder_ffn_dim=2 * size.width,
                     encoder_attention_heads=2, decoder_attention_heads=2, num_queries=30)  # fmt: skip
    config = GroundingDinoConfig(backbone_config=swin, text_config=bert, use_pretrained_backbone=False, **extra)
    model = GroundingDinoForObjectDetection(config).eval().to(device)

    # Each class name ≈ 2 word pieces, then the "." separator.
    pieces = _random_token_ids(1, 2 * len(class_names), bert.vocab_size, seed=3)[0].tolist()
    ids = [BERT_CLS]
    for index in range(len(class_names)):
        ids += pieces[2 * index : 2 * index + 2] + [BERT_DOT]
    ids = (ids + [BERT_SEP])[: config.max_text_len]
    input_ids = torch.tensor([ids], device=device)
    attention_mask = torch.ones_like(input_ids)
    token_type_ids = torch.zeros_like(input_ids)

    @torch.inference_mode()
    def predict(image: Image.Image) -> sv.Detections:
        pixels = pixel_tensor(image, image_size, IMAGENET_MEAN, IMAGENET_STD).to(device)
        pixel_mask = torch.ones(pixels.shape[0], image_size, image_size, dtype=torch.long, device=device)
        out = model(
            pixel_values=pixels, input_ids=input_ids, token_type_ids=token_type_ids,
            attention_mask=attention_mask, pixel_mask=pixel_mask,
        )  # fmt: skip
        return _query_boxes_to_detections(out.logits[0], out.pred_boxes[0], image, score_threshold)

    return predict


def random_proposals(image_size: tuple[int, int], count: int, seed: int = 0) -> torch.Tensor:
    """``count`` xyxy boxes spread over a ``(width, height)`` picture, 5–60 % of each side —
    stand-ins for an RPN's proposals (whose own cost is not counted: the baseline is a lower bound).

    >>> random_proposals((100, 80), 3).shape
    torch.Size([3, 4])
    """
    width, height = image_size
    generator = torch.Generator().manual_seed(seed)
    sides = torch.rand(count, 2, generator=generator) * 0.55 + 0.05
    corners = torch.rand(count, 2, generator=generator) * (1 - sides)
    scale = torch.tensor([width, height], dtype=torch.float32)
    return torch.cat([corners * scale, (corners + sides) * scale], dim=1)


#: Crops embedded per CLIP call by the two-stage baseline.
TWO_STAGE_CHUNK = 50


def build_two_stage_clip(
    class_names: Sequence[str],
    *,
    num_proposals: int,
    clip_arch: str = "RN50",
    crop_size: int | None = None,
    chunk: int = TWO_STAGE_CHUNK,
    score_threshold: float = 0.0,
) -> Predictor:
    """The test-time half of a ViLD/RegionCLIP-style two-stage detector: crop every proposal
    out of the picture, resize it to CLIP's input size (224 for RN50), embed the crops in
    batches with the CLIP image tower, match them against the (cached) text embeddings and
    keep the best class per box after per-class NMS. Random weights, open_clip config only.
    The predictor takes ``num_proposals=`` per call too (one model for every N).
    """
    import open_clip

    model = open_clip.create_model(clip_arch, pretrained=None).eval()
    crop_size = crop_size or int(model.visual.image_size[0] if isinstance(model.visual.image_size, tuple) else model.visual.image_size)
    with torch.inference_mode():
        tokens = open_clip.get_tokenizer(clip_arch)([f"a photo of a {name}." for name in class_names])
        text = torch.nn.functional.normalize(model.encode_text(tokens), dim=-1)
    mean = torch.tensor(CLIP_MEAN).view(1, 3, 1, 1)
    std = torch.tensor(CLIP_STD).view(1, 3, 1, 1)

    @torch.inference_mode()
    def predict(image: Image.Image, num_proposals: int = num_proposals) -> sv.Detections:
        rgb = torch.from_numpy(np.asarray(image.convert("RGB"), dtype=np.float32) / 255.0).permute(2, 0, 1)
        picture = ((rgb.unsqueeze(0) - mean) / std).contiguous()
        proposals = random_proposals(image.size, num_proposals)
        embeddings = []
        for start in range(0, num_proposals, chunk):
            boxes = proposals[start : start + chunk]
            crops = roi_align(picture, [boxes], output_size=crop_size, aligned=True, sampling_ratio=2)
            embeddings.append(torch.nn.functional.normalize(model.encode_image(crops), dim=-1))
        probabilities = (100.0 * torch.cat(embeddings) @ text.T).softmax(dim=-1)
        scores, class_ids = probabilities.max(dim=-1)
        keep = batched_nms(proposals, scores, class_ids, iou_threshold=0.5)
        keep = keep[scores[keep] > score_threshold]
        return sv.Detections(
            xyxy=proposals[keep].numpy(), confidence=scores[keep].numpy(), class_id=class_ids[keep].numpy().astype(int)
        )

    return predict
