"""A batch of training pictures as the step takes it: same-size groups of inputs, targets
and, with image-level alignment, the teacher's crops; for tag-only pictures their tags."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

import torch
from PIL import Image

from gridclip.model.backbone import BackboneFeatures
from gridclip.training.alignment import ImageLevelAlignment, fractions_to_pixels
from gridclip.training.data import FittedExample, TagExample, TrainingExample, TrainingImages
from gridclip.training.word_region import TagTargets


class BatchBuilder:
    """Splits a batch of example indices into same-size groups (cached backbone features
    cannot be re-padded), each a dict ``TrainingStep`` reads: ``count``, ``targets``,
    ``features`` (head-only) or ``images``, ``fitted`` (the unpadded input sizes) and
    ``alignment`` (crop targets and boxes; None when the step draws proposals itself)."""

    def __init__(self, images: TrainingImages, examples: Sequence[TrainingExample], device: torch.device,
                 head_only: bool, alignment: ImageLevelAlignment | None) -> None:
        self.images, self.examples, self.device = images, examples, device
        self.head_only, self.alignment = head_only, alignment

    def __call__(self, batch_indices: list[int]) -> list[dict[str, Any]]:
        by_size: dict[tuple[int, int], list[tuple[int, FittedExample]]] = {}
        for i in batch_indices:
            item = self.images[i]
            by_size.setdefault(item.input_hw, []).append((i, item))
        return [self._group(members) for members in by_size.values()]

    def _group(self, members: list[tuple[int, FittedExample]]) -> dict[str, Any]:
        items = [item for _, item in members]
        targets = [{"boxes": torch.as_tensor(item.xyxy, dtype=torch.float32, device=self.device),
                    "labels": torch.as_tensor(item.class_ids, dtype=torch.long, device=self.device)}
                   for item in items]
        group: dict[str, Any] = {"count": len(items), "targets": targets, "alignment": None,
                                 "features": None, "images": None, "fitted": [item.fitted for item in items]}
        if self.head_only:
            group["features"] = BackboneFeatures.cat([item.inputs for item in items]).to(self.device)
        else:
            group["images"] = torch.stack([item.inputs for item in items]).to(self.device)
        if self.alignment is not None and self.alignment.config.mode != "proposals":  # proposals come from the step
            pictures = [item.picture if item.picture is not None else _LazyImage(self.examples[i].image)
                        for i, item in members]
            crop_targets = self.alignment.targets(pictures, [item.sha256 for item in items])
            boxes = [fractions_to_pixels(f, *item.fitted) for f, item in zip(crop_targets.fractions, items)]
            group["alignment"] = (crop_targets, boxes)
        return group


class TagBatchBuilder:
    """Splits a batch of tag-only example indices into same-size groups, each a dict with
    ``count``, ``features`` (head-only) or ``images``, ``tags`` (``TagTargets``) and ``fitted``
    (the unpadded input sizes, so padding cells are never regions)."""

    def __init__(self, images: TrainingImages, examples: Sequence[TagExample], device: torch.device,
                 head_only: bool) -> None:
        self.images, self.examples, self.device, self.head_only = images, examples, device, head_only

    def __call__(self, batch_indices: list[int]) -> list[dict[str, Any]]:
        by_size: dict[tuple[int, int], list[tuple[int, FittedExample]]] = {}
        for i in batch_indices:
            item = self.images[i]
            by_size.setdefault(item.input_hw, []).append((i, item))
        groups = []
        for members in by_size.values():
            items = [item for _, item in members]
            group: dict[str, Any] = {
                "count": len(items), "targets": None, "alignment": None, "features": None, "images": None,
                "tags": [TagTargets(tuple(self.examples[i].present), tuple(self.examples[i].absent)) for i, _ in members],
                "fitted": [item.fitted for item in items],
            }
            if self.head_only:
                group["features"] = BackboneFeatures.cat([item.inputs for item in items]).to(self.device)
            else:
                group["images"] = torch.stack([item.inputs for item in items]).to(self.device)
            groups.append(group)
        return groups


class _LazyImage:
    """A picture loaded only if the teacher cache misses (head-only epochs skip decoding)."""

    def __init__(self, source: Any) -> None:
        self.source = source
        self._image: Image.Image | None = None

    def convert(self, mode: str) -> Image.Image:
        from gridclip.inference.images import load_rgb

        if self._image is None:
            self._image = load_rgb(self.source)
        return self._image.convert(mode)


class TagBatches:
    """The run's tag batches: ``groups(k)`` is the ``k``-th tag batch's groups (``TagStream``
    order), its pictures fitted at the reduced tag resolution."""

    def __init__(self, images: TrainingImages, examples: Sequence[TagExample], device: torch.device,
                 head_only: bool, stream: Any) -> None:
        self.images = images
        self.stream = stream
        self.build = TagBatchBuilder(images, examples, device, head_only)

    def groups(self, k: int) -> list[dict[str, Any]]:
        return self.build(self.stream.batch(k))
