"""One training step's forward as one module: grid-level losses plus image-level alignment on a
detection batch, the word-region loss (``gridclip.training.word_region``) on a tag batch."""

from __future__ import annotations

from dataclasses import replace
from typing import Any, cast

import torch
from torch import nn

from gridclip.model.factorised_scoring import spatial_size
from gridclip.model.network import STRIDES, GridCLIP
from gridclip.model.postprocess import decode_ltrb
from gridclip.training.alignment import ImageLevelAlignment
from gridclip.training.class_embeddings import AdaptiveClassEmbeddings
from gridclip.training.distillation import ParentScores
from gridclip.training.word_region import (
    DEFAULT_TEMPERATURE,
    max_region_cosines,
    valid_cell_masks,
    word_region_contrastive_loss,
)


class TrainingStep(nn.Module):
    """The model's whole training forward as one module, so DDP sees one forward per step.

    ``forward(groups, text)`` takes a list of same-size groups, each ``(inputs, targets,
    crops, teacher)``, where ``inputs`` is an image tensor or cached ``BackboneFeatures``.
    A group of tag-only pictures (``BatchBuilder.tag_groups``) carries ``tags`` (their
    ``TagTargets``) and ``fitted`` instead of box targets and adds ``loss_tags``, weighted by
    ``tag_weight``.

    ``factorised`` (CPU training): the head runs ``GridCLIP.forward_factorised`` and
    image-level alignment pools embeddings rebuilt at the cells its crops sample
    (``GridCLIP.grid_embeddings_at``) instead of whole [B, D, H, W] maps. The losses and
    gradients are the explicit path's up to float rounding (tests/gridclip/training/test_factorised.py);
    a cached head-only step of RN50 at 512 px takes about half the CPU time. Off on CUDA,
    where the factorised scoring's many small kernels were slower at inference and bf16
    autocast would round the two paths differently.

    ``classes`` (fine-tuning): learnable class embeddings scored instead of ``text``, their
    pull back to the start added as ``loss_classes``.

    ``parent`` (fine-tuning): the frozen parent and the classes it keeps
    (``gridclip.training.distillation``); the head scores them too, in the same forward, and
    ``loss_distill`` (``ParentScores.distance`` to the parent's scores) keeps them.
    """

    _box_class_index: torch.Tensor  # a buffer, set when box_classes is given

    def __init__(self, model: GridCLIP, alignment: ImageLevelAlignment | None, factorised: bool = False,
                 classes: AdaptiveClassEmbeddings | None = None, tag_weight: float = 1.0,
                 tag_temperature: float = DEFAULT_TEMPERATURE, box_classes: list[int] | None = None,
                 tag_levels: int | None = None, parent: ParentScores | None = None) -> None:
        super().__init__()
        self.parent = parent
        self.model = model
        self.alignment = alignment
        self.factorised = factorised
        self.classes = classes
        self.tag_weight = tag_weight
        self.tag_temperature = tag_temperature
        self.tag_levels = tag_levels  # the finest FPN levels whose cells are regions (None: all)
        # Detection batches score only these classes (None: all). A class no picture has a box
        # of (known from tags only) was never boxed where it appears, so the focal loss must not
        # call it absent there.
        self.box_classes = box_classes
        if box_classes is not None:
            remap = torch.full((max(box_classes) + 1,), -1, dtype=torch.long)
            remap[torch.tensor(box_classes)] = torch.arange(len(box_classes))
            self.register_buffer("_box_class_index", remap, persistent=False)

    def forward(self, groups: list[dict[str, Any]], text: torch.Tensor) -> dict[str, torch.Tensor]:
        detection = [g for g in groups if g.get("tags") is None]
        tagged = [g for g in groups if g.get("tags") is not None]
        sums: dict[str, torch.Tensor] = {}
        if self.classes is not None:
            # Adapting classes: every step (tag steps too) scores against, and pulls, the learnt rows.
            text = self.classes()
            sums["loss_classes"] = self.classes.pull_loss()
        total_images = sum(g["count"] for g in detection)
        box_text = text if self.box_classes is None else text[self.box_classes]
        for group in detection:
            weight = group["count"] / total_images
            for name, value in self._detection_parts(group, box_text).items():
                sums[name] = sums.get(name, 0.0) + value * weight
        if tagged:
            sums["loss_tags"] = self.tag_weight * self._tag_loss(tagged, text)
        # cast: sum() starts from the int 0, which the first tensor term replaces.
        sums["loss"] = cast(torch.Tensor, sum(sums[k] for k in list(sums)))
        return sums

    def _features(self, group: dict[str, Any]) -> Any:
        features = group["features"]
        return features if features is not None else self.model.backbone_features(group["images"])

    def _head(self, features: Any, text: torch.Tensor) -> Any:
        if self.factorised:
            return self.model.forward_factorised(features, text)
        return self.model.forward_from_features(features, text)

    def _detection_parts(self, group: dict[str, Any], text: torch.Tensor) -> dict[str, torch.Tensor]:
        features = self._features(group)
        kept_logits: list[torch.Tensor] = []
        if self.parent is not None:
            # One forward scores the trained and the kept classes; the kept ones leave the
            # detection loss (they have no boxes here) for the distillation.
            trained = text.shape[0]
            out = self._head(features, torch.cat([text, self.parent.text.to(text)]))
            kept_logits = [level[:, trained:] for level in out.cls_logits]
            out = replace(out, cls_logits=[level[:, :trained] for level in out.cls_logits])
        else:
            out = self._head(features, text)
        targets = group["targets"]
        if self.box_classes is not None:
            targets = [{**t, "labels": self._box_class_index.to(t["labels"].device)[t["labels"]]} for t in targets]
        losses = self.model.compute_losses(out, targets)
        parts = {k: losses[k] for k in ("loss_cls", "loss_box", "loss_ctr")}
        if self.parent is not None:
            parent_logits = self.parent.logits(group["features"], group["images"])
            parts["loss_distill"] = self.parent.distance(kept_logits, parent_logits)
        if self.alignment is not None and (group["alignment"] is not None or self.alignment.config.mode == "proposals"):
            finest = out.box_ltrb[0]
            input_size = (finest.shape[-2] * out.strides[0], finest.shape[-1] * out.strides[0])
            if self.alignment.config.pooling == "attention":
                student: Any = features.levels[-1]  # C5, pooled by the CLIP attention pool
            elif self.factorised:
                student = _GridCells(self.model, out)
            else:
                student = {f"p{i + 3}": g for i, g in enumerate(out.grid_embeddings)}
            if self.alignment.config.mode == "proposals":
                if group["images"] is None:
                    raise ValueError("alignment on proposals cuts them from the pictures: it needs head_only=False")
                _, ltrb, centerness, points, _, _ = out.flat()
                targets, boxes = self.alignment.proposal_targets(group["images"], decode_ltrb(points, ltrb),
                                                                 centerness.sigmoid(), group["fitted"])
            else:
                targets, boxes = group["alignment"]
            parts["loss_align"] = self.alignment.loss(student, boxes, targets, input_size)
        return parts

    def _tag_loss(self, groups: list[dict[str, Any]], text: torch.Tensor) -> torch.Tensor:
        """One contrastive loss over all the batch's tag pictures: its same-size groups only
        split the forward, the other groups' tag sets are still the negatives."""
        best, tags = [], []
        for group in groups:
            cosines = self.model.grid_cosines(self._features(group), text, factorised=self.factorised)
            cosines = cosines[: self.tag_levels] if self.tag_levels else cosines
            masks = valid_cell_masks([spatial_size(c) for c in cosines], STRIDES, group["fitted"],
                                     cosines[0].device)
            best.append(max_region_cosines(cosines, masks))
            tags.extend(group["tags"])
        return word_region_contrastive_loss(torch.cat(best), tags, self.tag_temperature)


class _GridCells:
    """``gridclip.alignment.GridCells`` over one ``forward_factorised`` output: the grid
    embeddings of the cells image-level alignment samples, rebuilt on demand."""

    def __init__(self, model: GridCLIP, outputs: Any) -> None:
        self.model = model
        self.outputs = outputs
        self.names = [f"p{i + 3}" for i in range(len(outputs.cls_features))]
        self.shapes = [(int(t.shape[-2]), int(t.shape[-1])) for t in outputs.cls_features]
        self.batch_size = int(outputs.cls_features[0].shape[0])
        self.device = outputs.cls_features[0].device

    def at(self, level: int, image: torch.Tensor, cell: torch.Tensor) -> torch.Tensor:
        return self.model.grid_embeddings_at(self.outputs, level, image, cell)


def amp_dtype(device: torch.device, enabled: bool = True) -> torch.dtype | None:
    """The autocast dtype training uses on ``device``: bf16 on a CUDA GPU that has it, else
    ``None`` (fp32). No fp16: on an H100 with bf16 hidden, fp16 with a GradScaler skipped 9-14
    of 24 steps of a fresh RN50 head (overflow, then halving the scale) and its last epoch's
    loss ended 1.7-4000x fp32's; a lower initial scale helped only partly (benchmarks/RESULTS.md).

    >>> amp_dtype(torch.device("cpu")) is None
    True
    """
    if not enabled or device.type != "cuda" or not torch.cuda.is_bf16_supported():
        return None
    return torch.bfloat16
