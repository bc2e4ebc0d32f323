"""``Detector``: a GridCLIP network ready to label pictures, and the calls training code uses.

``Detector`` holds the network (``gridclip.model.network.GridCLIP``), the CLIP text tower,
the text-embedding cache, the preprocessing and the device: ``predict`` / ``predict_raw`` /
``save``. Build one with ``gridclip.load_detector(source)`` (``gridclip.inference.sources``).

API for training code (``gridclip.training``, ``gridclip.training.alignment``):

>>> import torch
>>> from gridclip.inference.sources import load_detector
>>> det = load_detector("open_clip:tiny-rn", device="cpu", text_cache_dir=False)
>>> model = det.model                                  # GridCLIP
>>> text = det.text_embeddings(["cat", "dog"])         # [C, D], unit rows
>>> images = torch.zeros(2, 3, 128, 256)               # normalised, H and W multiples of 32
>>> out = model(images, text)                          # HeadOutputs
>>> [tuple(t.shape) for t in out.cls_logits][:2], out.strides
([(2, 2, 16, 32), (2, 2, 8, 16)], [8, 16, 32, 64, 128])
>>> targets = [{"boxes": torch.tensor([[10.0, 10.0, 60.0, 90.0]]), "labels": torch.tensor([1])},
...            {"boxes": torch.zeros(0, 4), "labels": torch.zeros(0, dtype=torch.long)}]
>>> sorted(model.compute_losses(out, targets))
['loss', 'loss_box', 'loss_cls', 'loss_ctr', 'num_foreground']
>>> emb, stride = model.dense_embeddings(images)        # student grid embeddings (P3), unit vectors
>>> tuple(emb.shape), stride
((2, 64, 16, 32), 8)
>>> feats = model.backbone_features(images)            # cache these when the backbone is frozen
>>> out2 = model.forward_from_features(feats, text)

- ``HeadOutputs.grid_embeddings`` [B, D, H_l, W_l] per level and ``strides``: what image-level
  alignment pools inside crops (e.g. ``torchvision.ops.roi_align`` with ``1/stride``).
- ``det.prepare(images)`` -> ``PreparedBatch`` (normalised padded tensor, per-image scale):
  target boxes in original pixels times ``scale`` are in input-tensor pixels.
- ``det.clip`` is the open_clip model (text tower; its ``visual`` is *shared* with the
  backbone, so a frozen teacher for a trainable backbone must be a ``copy.deepcopy``).
- ``det.is_trained = True`` once the head has been trained (switches inference from the
  training-free path to the head); ``det.save(dir, vocabulary=..., metrics=...,
  parent_version=version_before_training)`` writes a checkpoint; after changing weights in
  place call ``det.weights_changed()`` so ``version`` is recomputed.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import TYPE_CHECKING, Any, Union, cast

import numpy as np
import supervision as sv
import torch
import torch.nn.functional as F
from PIL import Image
from torch import nn

from gridclip.inference.crop_classes import CropClasses, rescore_by_crops
from gridclip.inference.exemplars import DEFAULT_BLEND_K, ClassPrototypes, usable
from gridclip.inference.images import ImageInput, letterbox, load_rgb, stack_padded
from gridclip.model.network import INPUT_MULTIPLE, STRIDES, DetectorConfig, GridCLIP, HeadOutputs
from gridclip.model.postprocess import decode_ltrb, floor_ubiquitous_classes, refilter, to_detections
from gridclip.model.text import DEFAULT_TEMPLATES, TextEmbedder
from gridclip.model.thresholds import Thresholds
from gridclip.vocabulary import Vocabulary, VocabularyError

if TYPE_CHECKING:
    from gridclip.inference.cpu_inference import OnnxBackbone
    from gridclip.model.backbone import BackboneFeatures, ClipBackbone

#: ``prepare``'s padding for training batches (unchanged since the first checkpoints).
SIZE_MULTIPLE = STRIDES[-1]
#: ``predict``'s default padding. ``Detector.pad_multiple = 32`` runs an 800x600 picture at
#: 800x608 instead of 896x640 (~15% less CPU time), but moves AP50 by up to -1.4 points on
#: non-square pictures (benchmarks/RESULTS.md, Speed): opt-in, not the default.
INFERENCE_SIZE_MULTIPLE = SIZE_MULTIPLE

VocabularyInput = Union[Vocabulary, str, Sequence[str]]

#: The checkpoint tensor of ``Detector.adapted_classes`` ([K, D], rows in the order of the
#: config's ``adapted_classes`` names).
ADAPTED_CLASSES_TENSOR = "classes.adapted"

#: The checkpoint prefix of ``Detector.kept_head``'s weights (its FPN and head; the backbone is the detector's).
KEPT_HEAD_PREFIX = "kept_head."
#: The checkpoint prefix of ``Detector.new_class_start`` (an FPN and head; the backbone is the detector's).
NEW_CLASS_START_PREFIX = "new_class_start."
#: The checkpoint prefix of ``Detector.crop_tower``'s weights, and the tensor of its crop class rows.
CROP_TOWER_PREFIX = "crop_tower."
CROP_CLASSES_TENSOR = "crop_classes.weights"

#: ``Detector.cuda_dtype`` choices: the autocast precision of ``predict`` on a CUDA device
#: (``float32`` turns autocast off). Measured on an H100: benchmarks/RESULTS.md, Speed, CUDA.
CUDA_DTYPES: dict[str, torch.dtype] = {"float16": torch.float16, "bfloat16": torch.bfloat16, "float32": torch.float32}


def cuda_autocast_dtype(name: str) -> torch.dtype:
    """The torch dtype of a ``Detector.cuda_dtype`` name; an unknown name is a clear error.

    >>> cuda_autocast_dtype("bfloat16")
    torch.bfloat16
    >>> cuda_autocast_dtype("half")
    Traceback (most recent call last):
    ...
    ValueError: unknown cuda_dtype 'half': choose from float16, bfloat16, float32
    """
    if name not in CUDA_DTYPES:
        raise ValueError(f"unknown cuda_dtype {name!r}: choose from {', '.join(CUDA_DTYPES)}")
    return CUDA_DTYPES[name]



@dataclass
class KeptHead:
    """The parent's FPN and head that a ``keep_parent_head`` fine-tune keeps, frozen: ``model`` is
    a ``GridCLIP`` on the very same backbone object as the detector's, and it scores every class
    but ``new_classes`` (the classes the fine-tuned head learnt), exactly as the parent did.

    Everything else that reads "the head's own grid" stays on the fine-tuned ``Detector.model``:
    exemplar prototypes (``gridclip.training.exemplars.pooled_embeddings`` pools
    ``inference_model()``), ``class_novelty`` and the next fine-tune's starting rows. A prototype
    blended into a kept class's text is therefore pooled in the new head's grid while the kept
    head scores it: close to, not exactly, the parent's prototype."""

    model: GridCLIP
    new_classes: tuple[str, ...]

    def scores_new(self, vocab: Vocabulary) -> torch.Tensor:
        """Bool [C]: the classes of ``vocab`` the fine-tuned head scores (the others: this one)."""
        new = {name.casefold() for name in self.new_classes}
        return torch.tensor([c.name.casefold() in new for c in vocab.classes], dtype=torch.bool)


def head_on_same_backbone(model: GridCLIP) -> GridCLIP:
    """A frozen copy of ``model``'s FPN and head on the very same backbone object (not a copy of it)."""
    import copy

    kept = copy.deepcopy(model, memo={id(model.backbone): model.backbone})
    for name, parameter in kept.named_parameters():
        if not name.startswith("backbone."):
            parameter.requires_grad_(False)
    return kept


@dataclass
class PreparedBatch:
    """Images ready for ``GridCLIP``: ``tensor`` [B, 3, H, W] normalised and padded;
    ``scales[i]`` maps original pixels of image i to tensor pixels; ``sizes[i]`` = (w, h)
    of the original (after EXIF transpose); ``fitted[i]`` = (w, h) of its unpadded part."""

    tensor: torch.Tensor
    scales: list[float]
    sizes: list[tuple[int, int]]
    fitted: list[tuple[int, int]] = field(default_factory=list)


class Detector:
    """A GridCLIP model ready to label pictures: model, CLIP text tower, caches, preprocessing.

    Build with ``load_detector(source)``; what crosses between rooms: ``docs/ARCHITECTURE.md``.
    """

    def __init__(
        self,
        model: GridCLIP,
        clip_model: nn.Module,
        tokenizer: Callable[[list[str]], torch.Tensor],
        clip_spec: dict[str, Any],
        *,
        name: str,
        is_trained: bool,
        templates: Sequence[str] = DEFAULT_TEMPLATES,
        vocabulary: Vocabulary | None = None,
        parent_version: str | None = None,
        metrics: dict[str, Any] | None = None,
        device: str | torch.device | None = None,
        text_cache_dir: Path | None = None,
        optimize: bool = True,
    ) -> None:
        self.model = model
        self.clip = clip_model
        self.tokenizer = tokenizer
        self.clip_spec = clip_spec
        self.name = name
        self.is_trained = is_trained
        self.templates = tuple(templates)
        self.vocabulary = vocabulary
        self.parent_version = parent_version
        self.metrics = dict(metrics or {})
        self.device = _resolve_device(device)
        self.clip.to(self.device).eval()
        self.model.to(self.device).eval()
        self.mean = torch.tensor(clip_spec["mean"], dtype=torch.float32).view(3, 1, 1)
        self.std = torch.tensor(clip_spec["std"], dtype=torch.float32).view(3, 1, 1)
        self._text_cache_dir = text_cache_dir
        self._text_embedder: TextEmbedder | None = None
        self._version: str | None = None
        self.optimize = optimize
        #: Large vocabularies: fine FPN levels score only this many classes (GridCLIP.forward_from_features).
        self.class_limit: int | None = 256
        self._inference_copy: tuple[tuple[Any, ...], GridCLIP] | None = None
        #: The kept head on the inference copy's trunk: (that copy, the kept weights' versions, the head).
        self._kept_inference_copy: tuple[GridCLIP, tuple[Any, ...], GridCLIP] | None = None
        #: The new-class start as a head on ``model``'s trunk, and that head on the inference copy's.
        self._new_class_head: GridCLIP | None = None
        self._new_class_inference_copy: tuple[GridCLIP, tuple[Any, ...], GridCLIP] | None = None
        self._onnx_trunk: tuple[tuple[Any, ...], OnnxBackbone] | None = None
        #: ``predict`` pads pictures to this multiple of 32 (default 128, as in training; 32 is faster).
        self.pad_multiple: int = INFERENCE_SIZE_MULTIPLE
        #: Opt-in CPU paths (``gridclip.inference.cpu_inference``): int8 dynamic quantisation of every
        #: Linear, and ``torch.compile`` (slow first call per input shape). Off by default.
        self.int8_linear: bool = False
        self.compile: bool = False
        #: The backbone in ONNX Runtime (``onnx``, fp32, opt-in), or in ONNX Runtime with static
        #: int8 convolutions calibrated on synthetic scenes (``int8_static``, implies onnx). Off
        #: here; ``load_detector`` switches ``int8_static`` on wherever it runs (its default).
        self.onnx: bool = False
        self.int8_static: bool = False
        #: Where the int8 trunk is cached; None: the default cache folder, or no disk cache
        #: when this detector writes no caches (loaded with ``text_cache_dir=False``).
        self.onnx_cache_dir: Path | None = None
        #: On a CUDA device ``predict`` runs under autocast at this precision (``CUDA_DTYPES``).
        self.cuda_dtype: str = "float16"
        #: ``k`` of the exemplar blend weight ``n / (n + k)`` (``gridclip.inference.exemplars``);
        #: a checkpoint's ``exemplar_blend_k`` when it has one.
        self.exemplar_blend_k: float = DEFAULT_BLEND_K
        self._class_matrices: dict[tuple[Any, ...], torch.Tensor] = {}
        #: Class embeddings a fine-tune learnt, by class name (``adapt_classes``): they replace
        #: the text embedding of a class whenever a vocabulary names it, and travel in checkpoints.
        self.adapted_classes: dict[str, torch.Tensor] = {}
        #: The parent's FPN and head kept by a ``keep_parent_head`` fine-tune (``keep_parent_head``),
        #: scoring every class but the ones the fine-tune learnt; None: ``model`` scores every class.
        self.kept_head: KeptHead | None = None
        #: The FPN and head (state dict, no backbone) that the first ``keep_parent_head``
        #: fine-tune trains for classes new to the model, instead of a copy of ``model``'s:
        #: the detector's own head taught broad kinds of thing on the same frozen trunk (the demo
        #: build's ``--new-class-start-epochs``), so "object" reaches kinds never boxed, while
        #: ``model`` stays the head for the classes it was built on. None: start from ``model``.
        self.new_class_start: dict[str, torch.Tensor] | None = None
        #: The kinds of thing ``new_class_start`` was taught (the demo build's broad things). Its
        #: score for them says how much a box looks like an object, whatever the object is: for
        #: classes whose text is silent, read on their crops, it is where their boxes come from
        #: (``new_class_proposals``). Empty: those classes' own prototype rows find their boxes.
        self.new_class_objects: tuple[str, ...] = ()
        #: The image tower that classes new to the model are read with on each box's crop
        #: (``gridclip.inference.crop_classes``); None: the trunk's own CLIP image tower.
        self.crop_tower: nn.Module | None = None
        #: Crop class rows a fine-tune learnt (with the tower above), by class name.
        self.crop_classes: CropClasses | None = None

    # -- identity ----------------------------------------------------------------------------
    @property
    def config(self) -> DetectorConfig:
        return self.model.config

    @property
    def version(self) -> str:
        """Content fingerprint of weights + architecture/inference config (the ModelVersion key)."""
        if self._version is None:
            from gridclip.inference.checkpoint import content_fingerprint

            self._version = content_fingerprint(self.state_tensors(), self.version_config())
        return self._version

    def weights_changed(self) -> None:
        """Forget the cached version after changing weights (or ``is_trained``) in place."""
        self._version = None
        self._inference_copy = None
        self._kept_inference_copy = None
        self._new_class_head = None
        self._new_class_inference_copy = None

    def version_config(self) -> dict[str, Any]:
        """The config that identifies a model (metrics, parent and name are excluded)."""
        return {
            "clip": self.clip_spec,
            "detector": self.config.to_dict() | {"trainable_backbone": False},
            "templates": list(self.templates),
            "is_trained": self.is_trained,
        } | ({"adapted_classes": list(self.adapted_classes)} if self.adapted_classes else {}) | (
            {"new_head_classes": list(self.kept_head.new_classes)} if self.kept_head is not None else {}) | (
            {"new_class_start": True} if self.new_class_start is not None else {}) | (
            {"new_class_objects": list(self.new_class_objects)}
            if self.new_class_start is not None and self.new_class_objects else {}) | (
            {"crop_tower": True} if self.crop_tower is not None else {}) | (
            {"crop_classes": {"names": list(self.crop_classes.names), "temperature": self.crop_classes.temperature}}
            if self.crop_classes is not None else {})

    def state_tensors(self) -> dict[str, torch.Tensor]:
        """All weights, once each: ``detector.*`` (GridCLIP, CLIP image tower included) and
        ``clip.*`` (the rest of CLIP: text tower, logit scale)."""
        tensors = {f"detector.{k}": v for k, v in self.model.state_dict().items()}
        tensors.update({f"clip.{k}": v for k, v in self.clip.state_dict().items() if not k.startswith("visual.")})
        if self.adapted_classes:
            tensors[ADAPTED_CLASSES_TENSOR] = torch.stack(list(self.adapted_classes.values()))
        if self.kept_head is not None:
            tensors.update({f"{KEPT_HEAD_PREFIX}{k}": v for k, v in self.kept_head.model.state_dict().items()
                            if not k.startswith("backbone.")})
        if self.new_class_start is not None:
            tensors.update({f"{NEW_CLASS_START_PREFIX}{k}": v for k, v in self.new_class_start.items()})
        if self.crop_tower is not None:
            tensors.update({f"{CROP_TOWER_PREFIX}{k}": v for k, v in self.crop_tower.state_dict().items()})
        if self.crop_classes is not None:
            tensors[CROP_CLASSES_TENSOR] = self.crop_classes.weights
        return tensors

    def keep_parent_head(self, new_classes: Sequence[str]) -> None:
        """Keep the FPN and head as they are now, frozen, for every class but ``new_classes``,
        which the (then fine-tuned) ``model`` scores; both share the backbone, which must stay
        frozen (``TrainConfig.keep_parent_head`` needs ``head_only``). A detector that already
        keeps a head keeps that one (the first parent's), and its new classes grow by these."""
        earlier = self.kept_head.new_classes if self.kept_head is not None else ()
        names: dict[str, str] = {}
        for name in (*earlier, *map(str, new_classes)):
            names.setdefault(name.casefold(), name)
        if not names:
            raise ValueError("keep_parent_head needs the classes the new head learns (none given)")
        model = self.kept_head.model if self.kept_head is not None else head_on_same_backbone(self.model)
        self.kept_head = KeptHead(model, tuple(names.values()))
        self.weights_changed()

    def start_new_classes(self) -> bool:
        """Load ``new_class_start`` into ``model``'s FPN and head and forget it: once a head is
        kept (``keep_parent_head``), ``model`` is the head that learns the new classes. Returns
        whether there was one to load; the backbone is untouched."""
        if self.new_class_start is None:
            return False
        if self.kept_head is None:
            raise ValueError("start_new_classes replaces the head that scores the known classes: keep it first "
                             "(Detector.keep_parent_head)")
        from gridclip.inference.checkpoint import load_into

        load_into(self.model, self.new_class_start, f"the new-class start of {self.name}", ignore_prefixes=("backbone.",))
        self.new_class_start = None
        self.new_class_objects = ()
        self.weights_changed()
        return True

    def head_state(self) -> dict[str, torch.Tensor]:
        """A detached copy of ``model``'s FPN and head weights (everything but the backbone)."""
        return {k: v.detach().clone() for k, v in self.model.state_dict().items() if not k.startswith("backbone.")}

    def adapt_classes(self, names: Sequence[str], embeddings: torch.Tensor, normalize: bool = True) -> None:
        """Keep learnt class embeddings ([K, D], one row per name): from now on a vocabulary
        that names one of these classes is scored against its row instead of its text.
        ``normalize=False``: the rows are unit vectors already (a checkpoint's): normalising
        them again moves their last bits, and the model's version with them."""
        if len(names) != len(embeddings):
            raise ValueError(f"{len(names)} class names for {len(embeddings)} embeddings")
        for name, row in zip(names, embeddings):
            row = row.detach().float().cpu()
            self.adapted_classes[str(name)] = (F.normalize(row, dim=0) if normalize else row).clone()
        self._class_matrices.clear()
        self.weights_changed()

    def crop_tower_or_trunk(self) -> nn.Module:
        """The image tower crops are read with: ``crop_tower``, or the trunk's CLIP image tower."""
        return self.crop_tower if self.crop_tower is not None else self.model.backbone.visual

    def learn_crop_classes(self, tower: nn.Module, classes: CropClasses) -> None:
        """Read ``classes`` on crops with ``tower`` from now on (a fine-tune's ``fit_crop_classes``);
        rows learnt before for other classes are kept only while the tower is the same one."""
        self.crop_tower = tower.to(self.device).eval()
        self.crop_classes = classes
        self.weights_changed()

    def crop_classes_for(self, exemplars: ClassPrototypes | None) -> CropClasses | None:
        """The crop class rows ``predict`` uses: exemplar rows (``ClassPrototypes.crops``) for
        classes without learnt rows, and the learnt ones (``crop_classes``)."""
        from_exemplars = exemplars.crops if exemplars is not None else None
        if from_exemplars is None:
            return self.crop_classes
        if self.crop_classes is None:
            return from_exemplars
        return from_exemplars.merged_with(self.crop_classes)

    @property
    def text_fingerprint(self) -> str:
        from gridclip.inference.checkpoint import content_fingerprint

        if getattr(self, "_text_fingerprint", None) is None:
            text_tensors = {k: v for k, v in self.clip.state_dict().items() if not k.startswith("visual.")}
            self._text_fingerprint = content_fingerprint(text_tensors, {"clip": self.clip_spec})
        return self._text_fingerprint

    def __repr__(self) -> str:
        return f"Detector(name={self.name!r}, trained={self.is_trained}, device={self.device})"

    # -- text ----------------------------------------------------------------------------------
    @property
    def text_embedder(self) -> TextEmbedder:
        if self._text_embedder is None:
            self._text_embedder = TextEmbedder(
                self.clip, self.tokenizer, self.text_fingerprint, self.templates, self._text_cache_dir
            )
        return self._text_embedder

    def text_embeddings(self, vocabulary: VocabularyInput) -> torch.Tensor:
        """[C, D] unit text embeddings of the vocabulary's classes (cached)."""
        return self.text_embedder.embed(as_vocabulary(vocabulary))

    def class_embeddings(self, vocabulary: VocabularyInput, exemplars: ClassPrototypes | None = None) -> torch.Tensor:
        """The [C, D] class matrix ``predict`` scores against: the text embeddings, with the
        classes that have exemplar prototypes (of this model version; others are ignored with
        an ``ExemplarWarning``) blended towards them (``gridclip.inference.exemplars``).
        The last few blended matrices are kept, keyed by vocabulary, prototypes and blend."""
        from gridclip.inference.exemplars import blend_text

        vocab = as_vocabulary(vocabulary)
        text = self._with_adapted_classes(self.text_embeddings(vocab), vocab)
        prototypes = usable(exemplars, self.version)
        if prototypes is None:
            return text
        key = (tuple(cls.texts for cls in vocab), prototypes.digest, float(self.exemplar_blend_k),
               str(text.device), torch.is_inference_mode_enabled())
        cache = self._class_matrices
        if key not in cache:
            if len(cache) >= 8:
                cache.pop(next(iter(cache)))
            blended = blend_text(text, vocab, prototypes, self.exemplar_blend_k)
            if prototypes.new_head is not None:
                # The classes the new-class head scores take their rows from its own grid.
                routed = prototypes.new_head.names_in(vocab).to(text.device)
                own = blend_text(text, vocab, prototypes.new_head, self.exemplar_blend_k)
                blended = torch.where(routed[:, None], own, blended)
            cache[key] = blended
        return cache[key]

    def _with_adapted_classes(self, text: torch.Tensor, vocab: Vocabulary) -> torch.Tensor:
        rows = [i for i, name in enumerate(vocab.names) if name in self.adapted_classes]
        if not rows:
            return text
        adapted = text.clone()
        for i in rows:
            adapted[i] = self.adapted_classes[vocab.names[i]].to(adapted)
        return adapted

    # -- pictures ------------------------------------------------------------------------------
    def prepare(self, images: Sequence[ImageInput], size_multiple: int = SIZE_MULTIPLE,
                image_size: int | None = None) -> PreparedBatch:
        """Load, EXIF-transpose, resize (long side = ``image_size``, default ``config.image_size``;
        training's tag pictures use a smaller one), normalise, pad right/bottom to
        ``size_multiple`` (a multiple of ``INPUT_MULTIPLE``; ``predict`` uses ``pad_multiple``)."""
        if size_multiple <= 0 or size_multiple % INPUT_MULTIPLE:
            raise ValueError(f"size_multiple must be a positive multiple of {INPUT_MULTIPLE}, got {size_multiple}")
        tensors, scales, sizes, fitted = [], [], [], []
        for image in images:
            fit = letterbox(load_rgb(image), image_size or self.config.image_size)
            tensors.append((fit.tensor - self.mean) / self.std)
            scales.append(fit.scale)
            sizes.append(fit.original_size)
            fitted.append((fit.tensor.shape[2], fit.tensor.shape[1]))
        batch = stack_padded(tensors, size_multiple, fill=0.0)
        return PreparedBatch(batch, scales, sizes, fitted)

    # -- inference -----------------------------------------------------------------------------
    @torch.inference_mode()
    def predict_raw(
        self,
        images: Sequence[ImageInput] | ImageInput,
        vocabulary: VocabularyInput,
        batch_size: int = 4,
        exemplars: ClassPrototypes | None = None,
        min_score: float = 0.0,
    ) -> list[sv.Detections]:
        """Pre-threshold, pre-NMS candidates (the best ``config.candidates_per_image`` above
        ``config.min_candidate_score``) per image; re-threshold them with ``refilter``.
        ``exemplars``: class prototypes (``gridclip.training.exemplars.class_prototypes``) that
        blend into the classes they name (``class_embeddings``). ``min_score``: candidates of
        crop classes below it are dropped before their crops are read (``predict`` passes its
        threshold: a crop can only lower a score, so none of them could pass it)."""
        vocab = as_vocabulary(vocabulary)
        items = _as_list(images)
        if batch_size < 1:
            raise ValueError(f"batch_size must be >= 1, got {batch_size}")
        autocast_dtype = cuda_autocast_dtype(self.cuda_dtype)  # checked on CPU too: a typo fails everywhere
        use_autocast = self.device.type == "cuda" and autocast_dtype != torch.float32
        exemplars = usable(exemplars, self.version)  # warned about once, here
        text = self.class_embeddings(vocab, exemplars)
        model = self.inference_model()
        channels_last = model is not self.model
        routes = self.head_routes(vocab, exemplars) if self.is_trained else []
        proposals = self.new_class_proposals(vocab, exemplars) if self.is_trained else None
        results: list[sv.Detections] = []
        for start in range(0, len(items), batch_size):
            batch = self.prepare(items[start : start + batch_size], self.pad_multiple)
            tensor = batch.tensor.to(self.device)
            if channels_last:
                tensor = tensor.contiguous(memory_format=torch.channels_last)
            with torch.autocast("cuda", dtype=autocast_dtype, enabled=use_autocast):
                if self.is_trained:
                    results += self._decode_heads(routes, tensor, text, batch, vocab, proposals)
                else:
                    results += self._decode_training_free(model, tensor, text, batch, vocab)
        crop_classes = self.crop_classes_for(exemplars)
        if crop_classes is not None and crop_classes.in_vocabulary(vocab)[0]:
            tower = self.crop_tower_or_trunk()
            results = [rescore_by_crops(found, load_rgb(item), tower, crop_classes, vocab, self.mean, self.std,
                                        min_score=min_score) for found, item in zip(results, items)]
        return results

    def head_outputs(self, model: GridCLIP, tensor: torch.Tensor, text: torch.Tensor) -> HeadOutputs:
        """The trained head's outputs for a prepared batch, as ``predict`` computes them: the
        factorised ``GridCLIP.detect`` on a CPU, the explicit ``forward`` on CUDA, where the
        factorised scoring's many small kernels made an H100 3-4x slower at batch 1
        (benchmarks/RESULTS.md, Speed, CUDA)."""
        if self.device.type == "cuda":
            return model(tensor, text, self.class_limit)
        return model.detect(tensor, text, self.class_limit)

    def _head_outputs_on(self, model: GridCLIP, features: BackboneFeatures, text: torch.Tensor) -> HeadOutputs:
        """``head_outputs`` on backbone features already computed (the two heads of a kept-head
        detector share one trunk pass)."""
        if self.device.type == "cuda":
            return model.forward_from_features(features, text, self.class_limit)
        return model.forward_factorised(features, text, self.class_limit)

    def head_routes(self, vocabulary: VocabularyInput,
                    exemplars: ClassPrototypes | None = None) -> list[tuple[GridCLIP, torch.Tensor | None]]:
        """Which module ``predict`` scores which classes of ``vocabulary`` with: ``(module, None)``
        for all of them, or, with classes of two kinds, each head with the vocabulary ids of its
        classes (long tensors on the detector's device). The two kinds: with a kept head
        (``keep_parent_head``), the classes it keeps, then the fine-tuned head's new classes;
        with a new-class start and ``exemplars`` that pooled silent classes in it
        (``ClassPrototypes.new_head``), the detector's own head's classes, then those."""
        model = self.inference_model()
        vocab = as_vocabulary(vocabulary)
        if self.kept_head is not None:
            first, second = self.inference_kept_head(), model
            new = self.kept_head.scores_new(vocab)
        elif self.new_class_start is not None and exemplars is not None and exemplars.new_head is not None:
            first, second = model, self.inference_new_class_head()
            new = exemplars.new_head.names_in(vocab)
        else:
            return [(model, None)]
        if bool(new.all()):
            return [(second, None)]
        if not bool(new.any()):
            return [(first, None)]
        ids = [mask.nonzero().flatten().to(self.device) for mask in (~new, new)]
        return [(first, ids[0]), (second, ids[1])]

    def inference_kept_head(self) -> GridCLIP:
        """The kept head as ``predict`` runs it: on a CPU with ``optimize``, a copy on the
        inference copy's own trunk (folded, ONNX or int8, whichever ``inference_model`` built),
        channels-last; otherwise the kept head itself."""
        if self.kept_head is None:
            raise ValueError("this detector keeps no parent head (Detector.keep_parent_head)")
        head, self._kept_inference_copy = self._on_inference_trunk(self.kept_head.model, self._kept_inference_copy)
        return head

    def new_class_head(self) -> GridCLIP | None:
        """``new_class_start`` as a head on ``model``'s own trunk (built once per weights), or None."""
        if self.new_class_start is None:
            return None
        if self._new_class_head is None:
            from gridclip.inference.checkpoint import load_into

            head = head_on_same_backbone(self.model)
            load_into(head, self.new_class_start, f"the new-class start of {self.name}", ignore_prefixes=("backbone.",))
            self._new_class_head = head.eval()
        return self._new_class_head

    def inference_new_class_head(self) -> GridCLIP:
        """The new-class head as ``predict`` runs it (see ``inference_kept_head``)."""
        head = self.new_class_head()
        if head is None:
            raise ValueError("this detector carries no new-class start (Detector.new_class_start)")
        fast, self._new_class_inference_copy = self._on_inference_trunk(head, self._new_class_inference_copy)
        return fast

    def _on_inference_trunk(self, head: GridCLIP, cached: tuple[GridCLIP, tuple[Any, ...], GridCLIP] | None
                            ) -> tuple[GridCLIP, tuple[GridCLIP, tuple[Any, ...], GridCLIP] | None]:
        """``head`` (an FPN and head on ``model``'s trunk) as ``predict`` runs it, and the cache
        entry to keep: on a CPU with ``optimize``, a copy on the inference copy's own trunk,
        channels-last (rebuilt when that copy or the head's weights change); else ``head``."""
        fast = self.inference_model()
        if fast is self.model:
            return head, cached
        versions = _weight_versions(head)
        if cached is None or cached[0] is not fast or cached[1] != versions:
            import copy

            # The copy's backbone is the inference copy's trunk itself: one trunk, two heads.
            copied = copy.deepcopy(head, memo={id(self.model.backbone): fast.backbone}).eval()
            for name, child in copied.named_children():
                if name != "backbone":
                    child.to(memory_format=torch.channels_last)
                    if self.compile:
                        setattr(copied, name, torch.compile(child, dynamic=None))
            cached = (fast, versions, copied)
        return cached[2], cached

    def _decode_heads(self, routes: list[tuple[GridCLIP, torch.Tensor | None]], tensor: torch.Tensor,
                      text: torch.Tensor, batch: PreparedBatch, vocab: Vocabulary,
                      proposals: torch.Tensor | None = None) -> list[sv.Detections]:
        """Candidates per picture from ``head_routes``: one head decodes as always; two heads
        run on one trunk pass, each scores and decodes only its own classes (its own
        ``class_limit``, background floor and best ``candidates_per_image``), and a picture's
        candidates are both heads', best first. So a kept class's candidates are the parent's
        exactly, whatever new classes the vocabulary also holds. ``proposals``
        (``new_class_proposals``): the last head scores these rows instead of its classes', and
        each candidate is its first class's, to be named on its crop."""
        if len(routes) == 1 and proposals is None:
            head = routes[0][0]
            return self._decode_head(self.head_outputs(head, tensor, text), batch, vocab, head)
        features = routes[0][0].backbone_features(tensor)
        per_head = []
        for route, (head, ids) in enumerate(routes):
            if ids is None:  # one head for the whole vocabulary
                ids = torch.arange(len(vocab), device=text.device)
            rows = text[ids]
            if proposals is not None and route == len(routes) - 1:
                rows, ids = proposals, ids[:1].expand(len(proposals))
            out = self._head_outputs_on(head, features, rows)
            index = ids if out.class_index is None else ids[out.class_index]
            per_head.append(self._decode_head(replace(out, class_index=index), batch, vocab, head))
        return [_best_first(sv.Detections.merge(list(parts))) for parts in zip(*per_head)]

    def new_class_proposals(self, vocabulary: VocabularyInput, exemplars: ClassPrototypes | None) -> torch.Tensor | None:
        """The rows the new-class head scores for ``exemplars``' silent classes, when their crops
        name them: the text embeddings of ``new_class_objects``. A prototype of a few boxes in
        the stride-32 grid finds boxes of its own kind no better than of any kind the head has
        not seen, while the head's score for the things it was taught says "an object" of any
        kind (benchmarks/RESULTS.md, "Exemplars: the start proposes, the crops name"); the
        crops then tell which class each box is (``rescore_by_crops``). None, and the classes'
        own rows find their boxes: no new-class start taught objects, no silent class routed
        to it, or some routed class has no crop row."""
        if (self.kept_head is not None or self.new_class_start is None or not self.new_class_objects
                or exemplars is None or exemplars.new_head is None):
            return None
        vocab = as_vocabulary(vocabulary)
        routed = exemplars.new_head.names_in(vocab)
        crops = self.crop_classes_for(exemplars)
        if crops is None or not bool(routed.any()):
            return None
        read_on_crops = torch.zeros(len(vocab), dtype=torch.bool)
        read_on_crops[crops.in_vocabulary(vocab)[0]] = True
        if bool((routed.cpu() & ~read_on_crops).any()):
            return None
        return self.text_embeddings(Vocabulary.from_names(list(self.new_class_objects)))

    def inference_model(self) -> GridCLIP:
        """The module ``predict`` runs. On CPU with ``optimize``: a copy with every batch norm
        folded into its convolution and channels-last memory (about 20-30% faster on a
        ResNet trunk, equal up to float rounding), rebuilt whenever the weights change
        (tracked through PyTorch's in-place version counters, so an optimiser step or
        ``load_state_dict`` is noticed without being told); with ``int8_static`` / ``onnx`` its
        trunk runs in ONNX Runtime, with ``int8_linear`` / ``compile`` it is also quantised /
        compiled (``gridclip.inference.cpu_inference``). Otherwise the model itself."""
        if not self.optimize or self.device.type != "cpu":
            return self.model
        weights = _weight_versions(self.model)
        key = (weights, str(self.device), self.int8_linear, self.compile, self.onnx, self.int8_static, self.pad_multiple)
        if self._inference_copy is None or self._inference_copy[0] != key:
            from gridclip.inference.cpu_inference import compile_for_cpu, quantize_linear_int8

            fast = optimized_for_cpu(self.model)
            if self.onnx or self.int8_static:
                # cast: the ONNX trunk stands in for the ClipBackbone at inference (same call,
                # outputs and the attributes GridCLIP reads), with no tower to train.
                fast.backbone = cast("ClipBackbone", self._onnx_backbone(fast.backbone))
            if self.int8_linear:
                fast = quantize_linear_int8(fast)
            if self.compile:
                fast = compile_for_cpu(fast)
            self._inference_copy = (key, fast)
        return self._inference_copy[1]

    def _onnx_backbone(self, folded: ClipBackbone) -> OnnxBackbone:
        """The trunk in ONNX Runtime, kept apart from the rest of the inference copy: a
        head-only fine-tune changes the head's weights but not the trunk's, and the trunk's
        export (and int8 calibration) is the slow part of a rebuild."""
        from gridclip.inference.cpu_inference import calibration_pictures, default_onnx_cache_dir, onnx_backbone

        key = (_weight_versions(self.model.backbone), self.int8_static, self.pad_multiple, self.config.image_size)
        if self._onnx_trunk is None or self._onnx_trunk[0] != key:
            calibration = None
            if self.int8_static:
                calibration = [self.prepare([p], self.pad_multiple).tensor for p in calibration_pictures()]
            # The int8 graph (about a minute to calibrate RN50 at 800 px) is cached on disk,
            # unless this detector writes no caches (loaded with text_cache_dir=False).
            cache = self.onnx_cache_dir or (default_onnx_cache_dir() if self._text_cache_dir else None)
            self._onnx_trunk = (key, onnx_backbone(folded, calibration, cache_dir=cache))
        return self._onnx_trunk[1]

    def predict(
        self,
        images: Sequence[ImageInput] | ImageInput,
        vocabulary: VocabularyInput,
        thresholds: Thresholds = Thresholds(),
        *,
        batch_size: int = 4,
        exemplars: ClassPrototypes | None = None,
    ) -> list[sv.Detections]:
        """Boxes per image in original pixels, filtered by ``thresholds``: ``class_id`` indexes
        the vocabulary, ``data["class_name"]`` names it. ``exemplars``: see ``predict_raw``."""
        raw = self.predict_raw(images, vocabulary, batch_size=batch_size, exemplars=exemplars,
                               min_score=thresholds.score_threshold)
        return [refilter(r, thresholds) for r in raw]

    def _decode_head(self, out: HeadOutputs, batch: PreparedBatch, vocab: Vocabulary,
                     head: GridCLIP | None = None) -> list[sv.Detections]:
        """Candidates from the outputs of ``head`` (default: ``model``); ``out.class_index``: the
        vocabulary ids of its logit channels, when it scored a subset."""
        bias = (head or self.model).logit_bias.detach()
        if self.config.background_quantile is not None and out.cls_logits:
            untaught = self.untaught_classes(vocab)
            if out.class_index is not None:
                untaught = untaught[out.class_index.cpu()]
            if untaught.any():
                out = replace(out, cls_logits=floor_ubiquitous_classes(
                    out.cls_logits, bias, self.config.background_quantile, untaught))
        cls, ltrb, ctr, points, _, _ = out.flat()
        cls, ltrb, ctr = cls.float(), ltrb.float(), ctr.float()
        num_classes = cls.shape[-1]
        scores = torch.sqrt(torch.sigmoid(cls) * torch.sigmoid(ctr).unsqueeze(-1))  # B, N, C
        detections = []
        for i in range(scores.shape[0]):
            flat = scores[i].reshape(-1)
            k = min(self.config.candidates_per_image, flat.numel())
            top, index = flat.topk(k)
            keep = top >= self.config.min_candidate_score
            top, index = top[keep], index[keep]
            point_index, class_ids = index // num_classes, index % num_classes
            if out.class_index is not None:
                class_ids = out.class_index[class_ids]
            boxes = decode_ltrb(points[point_index], ltrb[i, point_index])
            detections.append(to_detections(boxes, top, class_ids, vocab.names, batch.scales[i], batch.sizes[i]))
        return detections

    def untaught_classes(self, vocabulary: VocabularyInput) -> torch.Tensor:
        """Bool [C]: the classes of ``vocabulary`` that the checkpoint's training vocabulary
        (``self.vocabulary``) does not name and that have no adapted embedding: the ones whose
        scores the background floor (``DetectorConfig.background_quantile``) applies to. A
        class that was trained keeps its scores even in a close-up that it fills."""
        vocab = as_vocabulary(vocabulary)
        taught = set(self.adapted_classes)
        if self.vocabulary is not None:
            taught |= {name for c in self.vocabulary.classes for name in (c.name, *c.synonyms)}
        return torch.tensor([c.name not in taught for c in vocab.classes], dtype=torch.bool)

    def _decode_training_free(
        self, model: GridCLIP, tensor: torch.Tensor, text: torch.Tensor, batch: PreparedBatch, vocab: Vocabulary
    ) -> list[sv.Detections]:
        from gridclip.model.training_free import region_candidates

        dense, stride = model.clip_dense_embeddings(tensor)
        detections = []
        # The region scoring is small and hands its maps to numpy, which has no bfloat16: fp32.
        with torch.autocast(tensor.device.type, enabled=False):
            for i in range(dense.shape[0]):
                width, height = batch.fitted[i]
                valid = (math.ceil(height / stride), math.ceil(width / stride))
                boxes, scores, labels = region_candidates(
                    dense[i],
                    text,
                    stride,
                    valid_cells=valid,
                    logit_scale=self.config.training_free_logit_scale,
                    relative_threshold=self.config.training_free_relative_threshold,
                )
                keep = scores >= self.config.min_candidate_score
                detections.append(
                    to_detections(boxes[keep], scores[keep], labels[keep], vocab.names, batch.scales[i], batch.sizes[i])
                )
        return detections

    # -- persistence ---------------------------------------------------------------------------
    def checkpoint_config(self) -> dict[str, Any]:
        return self.version_config() | {
            "detector": self.config.to_dict(),
            "name": self.name,
            # The text for people to read; the classes as data for loading (a name may hold "," or "|").
            "vocabulary": self.vocabulary.to_text() if self.vocabulary is not None else None,
            "vocabulary_classes": (
                [{"name": c.name, "synonyms": list(c.synonyms)} for c in self.vocabulary.classes]
                if self.vocabulary is not None else None
            ),
            "parent_version": self.parent_version,
            "metrics": self.metrics,
            # How the exemplar blend suits this model (chosen on validation, see
            # gridclip.training.calibration.calibrate_blend_k); not part of the version.
            "exemplar_blend_k": self.exemplar_blend_k,
        }

    def save(
        self,
        directory: str | Path,
        vocabulary: Vocabulary | None = None,
        metrics: dict[str, Any] | None = None,
        parent_version: str | None = None,
        name: str | None = None,
    ) -> Path:
        """Write a checkpoint (``model.safetensors`` + ``config.json``) and return its folder.

        Training code passes ``parent_version=`` the version read *before* changing weights."""
        from gridclip.inference.checkpoint import save_checkpoint

        if vocabulary is not None:
            self.vocabulary = vocabulary
        if metrics is not None:
            self.metrics = dict(metrics)
        if parent_version is not None:
            self.parent_version = parent_version
        if name is not None:
            self.name = name
        self.weights_changed()
        path = save_checkpoint(directory, self.state_tensors(), self.checkpoint_config(), self.version)
        return path

    def __deepcopy__(self, memo: dict[int, Any]) -> Detector:
        """A copy with its own weights and settings. The derived inference copies are left
        behind (rebuilt on the copy's first ``predict``): they may hold ONNX Runtime sessions,
        which cannot be copied, and would describe the original's weights anyway."""
        import copy

        clone = self.__class__.__new__(self.__class__)
        memo[id(self)] = clone
        derived = ("_inference_copy", "_kept_inference_copy", "_onnx_trunk", "_new_class_head",
                   "_new_class_inference_copy")
        for name, value in self.__dict__.items():
            setattr(clone, name, None if name in derived else copy.deepcopy(value, memo))
        return clone

    def to(self, device: str | torch.device) -> Detector:
        self._inference_copy = None
        self._kept_inference_copy = None
        self._new_class_head = None
        self._new_class_inference_copy = None
        self.device = _resolve_device(device)
        self.clip.to(self.device)
        self.model.to(self.device)
        if self.kept_head is not None:
            self.kept_head.model.to(self.device)
        if self.crop_tower is not None:
            self.crop_tower.to(self.device)
        return self


def _resolve_device(device: str | torch.device | None) -> torch.device:
    """``None`` -> CUDA when available, else CPU; a CUDA request without CUDA is a clear error."""
    if device is None:
        return torch.device("cuda" if torch.cuda.is_available() else "cpu")
    try:
        resolved = torch.device(device)
    except RuntimeError as exc:
        raise ValueError(f"unknown device {device!r}: use 'cpu', 'cuda' or 'cuda:N'") from exc
    if resolved.type == "cuda" and not torch.cuda.is_available():
        raise ValueError(f"device {device!r} was asked for, but this machine has no usable CUDA GPU; use 'cpu'")
    return resolved


def _weight_versions(module: nn.Module) -> tuple[tuple[int, int], ...]:
    """Identity and in-place version counter of every tensor in ``module``'s state: changes
    whenever a weight is replaced or modified in place (optimiser step, ``load_state_dict``)."""
    return tuple((id(t), t._version) for t in module.state_dict(keep_vars=True).values())


def optimized_for_cpu(model: GridCLIP) -> GridCLIP:
    """An inference-only copy of ``model``: batch norms folded into the preceding convolutions
    (``torch.nn.utils.fusion.fuse_conv_bn_eval``) and channels-last memory throughout."""
    import copy

    from torch.nn.utils.fusion import fuse_conv_bn_eval

    fast = copy.deepcopy(model).eval()
    for module in fast.backbone.modules():
        for suffix in ("1", "2", "3"):
            conv, norm = getattr(module, f"conv{suffix}", None), getattr(module, f"bn{suffix}", None)
            if isinstance(conv, nn.Conv2d) and isinstance(norm, nn.BatchNorm2d):
                setattr(module, f"conv{suffix}", fuse_conv_bn_eval(conv, norm))
                setattr(module, f"bn{suffix}", nn.Identity())
        downsample = getattr(module, "downsample", None)
        if isinstance(downsample, nn.Sequential) and len(downsample) == 3:
            pooled_conv, pooled_norm = downsample[1], downsample[2]  # open_clip: avg pool, conv, norm
            if isinstance(pooled_conv, nn.Conv2d) and isinstance(pooled_norm, nn.BatchNorm2d):
                downsample[1] = fuse_conv_bn_eval(pooled_conv, pooled_norm)
                downsample[2] = nn.Identity()
    for p in fast.parameters():
        p.requires_grad_(False)
    return fast.to(memory_format=torch.channels_last)


def _best_first(detections: sv.Detections) -> sv.Detections:
    """``detections`` by descending confidence (ties keep their order)."""
    if len(detections) == 0 or detections.confidence is None:
        return detections
    ordered = detections[np.argsort(-detections.confidence, kind="stable")]
    assert isinstance(ordered, sv.Detections)  # an index array selects rows: Detections, as typed for a key
    return ordered


def as_vocabulary(vocabulary: VocabularyInput) -> Vocabulary:
    """Accept a ``Vocabulary``, its text form, or a list of names.

    >>> as_vocabulary("car | automobile, person").names
    ['car', 'person']
    >>> as_vocabulary([])
    Traceback (most recent call last):
    ...
    gridclip.vocabulary.VocabularyError: the vocabulary is empty: type at least one class, e.g. 'person, car | automobile'
    """
    if isinstance(vocabulary, Vocabulary):
        return vocabulary
    if isinstance(vocabulary, str):
        return Vocabulary.parse(vocabulary)
    if vocabulary is None:
        raise VocabularyError("no vocabulary given")
    return Vocabulary.from_names(list(vocabulary))


def _as_list(images: Sequence[ImageInput] | ImageInput) -> list[ImageInput]:
    if isinstance(images, (str, Path, np.ndarray, Image.Image)):
        return [images]
    return list(images)
