"""The one resolver for ``--model``: turn a model source string into a ``Detector``.

Sources:

- ``demo``: the embedded demo checkpoint in ``gridclip/assets/demo/``.
- ``open_clip:ARCH/PRETRAINED``: open_clip weights by tag (e.g. ``open_clip:RN50/openai``),
  downloaded by open_clip into its cache when online.
- ``open_clip:ARCH=/path/to/weights.pt``: open_clip weights from a local file.
- ``open_clip:ARCH``: random weights (seeded, so the same version every time); for training
  from scratch and tests. ``tiny-rn`` and ``tiny-vit`` are shipped configs that run in
  seconds on a CPU.
- a checkpoint folder (``config.json`` + ``model.safetensors``), e.g. from ``gridclip train``.

CLIP sources have no trained detection head: their detector runs in training-free mode
(``is_trained`` is False) until it is trained.

>>> parse_source("open_clip:RN50/openai")
ModelSource(kind='open_clip', arch='RN50', pretrained='openai', weights_path=None, path=None)
>>> parse_source("open_clip:tiny-rn")
ModelSource(kind='open_clip', arch='tiny-rn', pretrained=None, weights_path=None, path=None)
>>> det = load_detector("open_clip:tiny-rn", device="cpu", text_cache_dir=False)
>>> det.name, det.is_trained
('open_clip:tiny-rn', False)
"""

from __future__ import annotations

import copy
import difflib
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

import torch

from gridclip.inference.checkpoint import CheckpointError, is_checkpoint_dir, load_checkpoint, load_into
from gridclip.inference.detector import (
    ADAPTED_CLASSES_TENSOR,
    CROP_CLASSES_TENSOR,
    CROP_TOWER_PREFIX,
    KEPT_HEAD_PREFIX,
    NEW_CLASS_START_PREFIX,
    Detector,
)
from gridclip.model.backbone import BackboneError, build_backbone
from gridclip.model.network import DetectorConfig, GridCLIP
from gridclip.model.text import DEFAULT_TEMPLATES, default_text_cache_dir
from gridclip.vocabulary import Vocabulary

if TYPE_CHECKING:
    # open_clip ships no type information: mypy sees its models as Any.
    from open_clip.model import CLIP, CustomTextCLIP

PACKAGE_DIR = Path(__file__).resolve().parent.parent
MODEL_CONFIG_DIR = PACKAGE_DIR / "model_configs"
DEMO_DIR = PACKAGE_DIR / "assets" / "demo"
OPEN_CLIP_PREFIX = "open_clip:"
RANDOM_SEED = 0


class ModelSourceError(ValueError):
    """A ``--model`` value that cannot be resolved; the message says how to fix it."""


@dataclass(frozen=True)
class ModelSource:
    kind: str  # "demo" | "checkpoint" | "open_clip"
    arch: str | None = None
    pretrained: str | None = None
    weights_path: Path | None = None
    path: Path | None = None


def register_model_configs() -> None:
    """Make the shipped open_clip configs (``tiny-rn``, ``tiny-vit``) known to open_clip.

    >>> register_model_configs(); import open_clip; "tiny-rn" in open_clip.list_models()
    True
    """
    import open_clip

    shipped = {p.stem for p in MODEL_CONFIG_DIR.glob("*.json")}
    if not shipped <= set(open_clip.list_models()):
        open_clip.add_model_config(MODEL_CONFIG_DIR)


def parse_source(source: str) -> ModelSource:
    """Classify a source string without loading anything; raises ``ModelSourceError``."""
    text = (source or "").strip()
    if not text:
        raise ModelSourceError("no model given: use 'demo', 'open_clip:ARCH[/PRETRAINED|=/path]' or a checkpoint folder")
    if text == "demo":
        return ModelSource("demo", path=DEMO_DIR)
    if text.startswith(OPEN_CLIP_PREFIX):
        spec = text[len(OPEN_CLIP_PREFIX) :]
        if "=" in spec:
            arch, _, weights = spec.partition("=")
            if not weights:
                raise ModelSourceError(f"{text!r}: give the weight file after '=', e.g. open_clip:{arch}=/path/weights.pt")
            return ModelSource("open_clip", arch=arch.strip(), weights_path=Path(weights).expanduser())
        arch, _, pretrained = spec.partition("/")
        if not arch.strip():
            raise ModelSourceError(f"{text!r}: name an open_clip architecture, e.g. open_clip:RN50/openai")
        return ModelSource("open_clip", arch=arch.strip(), pretrained=pretrained.strip() or None)
    path = Path(text).expanduser()
    if path.is_dir():
        return ModelSource("checkpoint", path=path)
    if path.exists():
        raise ModelSourceError(
            f"{text!r} is a file, not a checkpoint folder; for CLIP weights use open_clip:ARCH={text}"
        )
    raise ModelSourceError(
        f"unknown model {text!r}: no such checkpoint folder. Use 'demo', 'open_clip:ARCH/PRETRAINED' "
        "(e.g. open_clip:RN50/openai), 'open_clip:ARCH=/path/weights.pt', 'open_clip:ARCH' "
        "(random weights, e.g. open_clip:tiny-rn) or a folder written by `gridclip train`"
    )


def build_clip(model_cfg: dict[str, Any]) -> CLIP | CustomTextCLIP:
    """An open_clip model (random weights) from a full model config dict.

    ``"text_tower": "bag_of_words"`` (our key, not open_clip's) gives the world CLIP's
    bag-of-words text tower (``gridclip.model.bag_of_words``); every other config is open_clip's.
    """
    from open_clip.model import CLIP, CustomTextCLIP

    from gridclip.model.bag_of_words import BAG_OF_WORDS, TEXT_TOWER_KEY, BagOfWordsCLIP

    cfg = copy.deepcopy(model_cfg)
    custom_text = cfg.pop("custom_text", False) or "hf_model_name" in cfg.get("text_cfg", {})
    if "multimodal_cfg" in cfg:
        raise ModelSourceError("CoCa models are not supported as GridCLIP backbones")
    text_tower = cfg.pop(TEXT_TOWER_KEY, None)
    if text_tower == BAG_OF_WORDS:
        return BagOfWordsCLIP(**cfg)
    if text_tower is not None:
        raise ModelSourceError(f"unknown text_tower {text_tower!r} in the model config; known: {BAG_OF_WORDS!r}")
    return (CustomTextCLIP if custom_text else CLIP)(**cfg)


def build_tokenizer(arch: str, model_cfg: dict[str, Any]):
    import open_clip
    from open_clip.tokenizer import SimpleTokenizer

    register_model_configs()
    if arch in open_clip.list_models():
        return open_clip.get_tokenizer(arch)
    return SimpleTokenizer(context_length=model_cfg.get("text_cfg", {}).get("context_length", 77))


def clip_preprocess(clip_model: CLIP | CustomTextCLIP) -> tuple[list[float], list[float]]:
    from open_clip.constants import OPENAI_DATASET_MEAN, OPENAI_DATASET_STD

    cfg = getattr(clip_model.visual, "preprocess_cfg", None) or {}
    mean = cfg.get("mean") or getattr(clip_model.visual, "image_mean", None) or OPENAI_DATASET_MEAN
    std = cfg.get("std") or getattr(clip_model.visual, "image_std", None) or OPENAI_DATASET_STD
    return [float(v) for v in mean], [float(v) for v in std]


def default_detector_config(model_cfg: dict[str, Any], image_size: int | None = None) -> DetectorConfig:
    """Detector settings for a fresh head: small CLIPs (embedding <= 128) get a 64-channel head
    and 256-pixel images so they stay CPU-fast; real CLIPs get 512-pixel images and a
    128-channel head with 2 convs per tower (at 800 px FCOS's 256 x 4 head costs as much as
    the RN50 trunk on a CPU; 128 x 2 is an eighth of that)."""
    if int(model_cfg.get("embed_dim", 512)) <= 128:
        return DetectorConfig(image_size=image_size or 256, fpn_channels=64, head_convs=4)
    return DetectorConfig(image_size=image_size or 512, fpn_channels=128, head_convs=2)


def _check_image_size(image_size: int | None) -> None:
    if image_size is not None and (image_size < 32 or image_size > 4096):
        raise ModelSourceError(f"image size must be between 32 and 4096 pixels, got {image_size}")


def load_detector(
    source: str = "demo",
    device: str | torch.device | None = None,
    image_size: int | None = None,
    text_cache_dir: Path | None | bool = True,
    optimize: bool = True,
    int8_static: bool | None = None,
) -> Detector:
    """Build the ``Detector`` a source names. ``image_size`` overrides the long side used at
    inference; ``text_cache_dir`` is a folder, ``True`` for the default, ``False``/``None``
    for memory only; ``optimize=False`` runs the eager model on CPU instead of the folded
    channels-last copy.

    ``int8_static``: the ResNet trunk as static int8 in ONNX Runtime on CPU
    (``Detector.int8_static``, about 1.3-1.5x faster per picture, never more than 0.5 AP50 below fp32 on
    held-out synthetic scenes; benchmarks/RESULTS.md). ``None`` (default): on wherever it can
    run (``gridclip.inference.cpu_inference.int8_runs_here``: CPU, ``optimize``, ResNet trunk, onnxruntime
    installed), fp32 elsewhere; ``False``: the fp32 path; ``True``: int8 or a clear error.
    Raises ``ModelSourceError`` / ``CheckpointError`` with a fix in the message."""
    _check_image_size(image_size)
    if int8_static:  # fail at start-up, not at the first picture
        from gridclip.inference.cpu_inference import OnnxRuntimeUnavailableError, _require_onnxruntime

        try:
            _require_onnxruntime()
        except OnnxRuntimeUnavailableError as exc:
            raise ModelSourceError(f"int8 (--int8): {exc}") from exc
    cache = default_text_cache_dir() if text_cache_dir is True else (Path(text_cache_dir) if text_cache_dir else None)
    parsed = parse_source(source)
    if parsed.kind == "demo":
        if not is_checkpoint_dir(DEMO_DIR):
            raise ModelSourceError(
                f"the demo model is missing (no checkpoint in {DEMO_DIR}); rebuild it with "
                "`python scripts/build_demo_model.py`, or name another model, e.g. --model open_clip:RN50/openai"
            )
        detector = detector_from_checkpoint(DEMO_DIR, device, image_size, cache)
        detector.name = "demo"
    elif parsed.kind == "checkpoint":
        assert parsed.path is not None  # parse_source names the folder of every checkpoint source
        detector = detector_from_checkpoint(parsed.path, device, image_size, cache)
    else:
        detector = detector_from_open_clip(parsed, device, image_size, cache)
    detector.optimize = optimize
    if int8_static is None:
        from gridclip.inference.cpu_inference import int8_runs_here

        detector.int8_static = int8_runs_here(detector)
    elif int8_static:
        from gridclip.model.backbone import ResNetBackbone

        if not isinstance(detector.model.backbone, ResNetBackbone):
            raise ModelSourceError(
                f"int8 (--int8) runs ResNet CLIP trunks only (RN50 and kin), not {source!r}; leave it off for ViTs"
            )
        detector.int8_static = True
    return detector


def _known_arch(arch: str) -> dict[str, Any]:
    import open_clip

    register_model_configs()
    cfg = open_clip.get_model_config(arch)
    if cfg is None:
        close = difflib.get_close_matches(arch, open_clip.list_models(), n=5)
        hint = f" Did you mean {', '.join(close)}?" if close else ""
        raise ModelSourceError(
            f"unknown open_clip architecture {arch!r}.{hint} See open_clip.list_models() for all names"
        )
    return copy.deepcopy(cfg)


def detector_from_open_clip(
    parsed: ModelSource, device: str | torch.device | None, image_size: int | None, cache: Path | None
) -> Detector:
    import open_clip

    arch = parsed.arch or ""
    model_cfg = _known_arch(arch)
    pretrained = parsed.pretrained
    if parsed.weights_path is not None:
        clip_model = _clip_from_file(arch, model_cfg, parsed.weights_path)
        name = f"open_clip:{arch}={parsed.weights_path}"
    elif pretrained:
        tag_cfg = open_clip.get_pretrained_cfg(arch, pretrained)
        if not tag_cfg:
            tags = open_clip.list_pretrained_tags_by_model(arch)
            raise ModelSourceError(
                f"open_clip has no pretrained weights {pretrained!r} for {arch}; "
                f"known tags: {', '.join(tags) if tags else 'none (use open_clip:ARCH=/path/weights.pt)'}"
            )
        if tag_cfg.get("quick_gelu"):
            model_cfg["quick_gelu"] = True
        clip_model = _clip_from_tag(arch, pretrained, tag_cfg, model_cfg)
        name = f"open_clip:{arch}/{pretrained}"
    else:
        with torch.random.fork_rng(devices=[]):
            torch.manual_seed(RANDOM_SEED)
            clip_model = build_clip(model_cfg)
        name = f"open_clip:{arch}"
    config = default_detector_config(model_cfg, image_size)
    model = _new_gridclip(clip_model, config, arch)
    mean, std = clip_preprocess(clip_model)
    spec = {"arch": arch, "model_cfg": model_cfg, "pretrained": pretrained, "mean": mean, "std": std}
    return Detector(
        model,
        clip_model,
        build_tokenizer(arch, model_cfg),
        spec,
        name=name,
        is_trained=False,
        templates=DEFAULT_TEMPLATES,
        device=device,
        text_cache_dir=cache,
    )


def _new_gridclip(clip_model: CLIP | CustomTextCLIP, config: DetectorConfig, arch: str) -> GridCLIP:
    try:
        backbone = build_backbone(clip_model.visual)
    except BackboneError as exc:
        raise ModelSourceError(f"open_clip:{arch} cannot be a GridCLIP backbone: {exc}") from exc
    # The head's random init is seeded so "open_clip:ARCH" is the same model (version) each time.
    with torch.random.fork_rng(devices=[]):
        torch.manual_seed(RANDOM_SEED)
        return GridCLIP(backbone, config)


def _clip_from_tag(arch: str, tag: str, tag_cfg: dict[str, Any], model_cfg: dict[str, Any]) -> CLIP | CustomTextCLIP:
    import open_clip

    try:
        return open_clip.create_model(arch, pretrained=tag, force_quick_gelu=bool(model_cfg.get("quick_gelu")))
    except Exception as exc:  # no network, a proxy, a full disk: all end the same way for the user
        url = tag_cfg.get("url") or (f"https://huggingface.co/{tag_cfg['hf_hub']}" if tag_cfg.get("hf_hub") else "")
        raise ModelSourceError(
            f"could not get the open_clip weights {arch}/{tag} ({exc}). On a machine with internet, run "
            f"`python -c \"import open_clip; open_clip.create_model('{arch}', pretrained='{tag}')\"` to fill "
            f"open_clip's cache, or download {url or 'the weight file'} and use --model open_clip:{arch}=/path/to/file"
        ) from exc


def _clip_from_file(arch: str, model_cfg: dict[str, Any], path: Path) -> CLIP | CustomTextCLIP:
    import open_clip

    if not path.is_file():
        tags = open_clip.list_pretrained_tags_by_model(arch)
        example = f"open_clip:{arch}/{tags[0]}" if tags else f"open_clip:{arch}/TAG"
        urls = [open_clip.get_pretrained_url(arch, t) for t in tags[:1]]
        where = f" (e.g. from {urls[0]})" if urls and urls[0] else ""
        raise ModelSourceError(
            f"weight file {path} not found. Download {arch} CLIP weights{where} to that path, "
            f"or use --model {example} to let open_clip download them when online"
        )
    clip_model = build_clip(model_cfg)
    try:
        open_clip.load_checkpoint(clip_model, str(path), strict=True)
    except Exception as exc:
        raise CheckpointError(
            f"the weights in {path} do not fit open_clip architecture {arch!r} ({str(exc).splitlines()[0][:300]}); "
            "check that ARCH matches the file (e.g. RN50 vs RN50-quickgelu, ViT-B-16 vs ViT-B-32)"
        ) from exc
    return clip_model


def detector_from_checkpoint(
    directory: Path, device: str | torch.device | None, image_size: int | None, cache: Path | None
) -> Detector:
    config, tensors = load_checkpoint(directory)
    clip_info = config["clip"]
    arch = str(clip_info.get("arch"))
    model_cfg = clip_info.get("model_cfg")
    if not isinstance(model_cfg, dict):
        raise CheckpointError(f"{directory}/config.json lacks clip.model_cfg (the open_clip architecture)")
    what = f"checkpoint {directory} (CLIP arch {arch!r}, embed_dim {model_cfg.get('embed_dim')})"
    try:
        clip_model = build_clip(model_cfg)
    except Exception as exc:
        raise CheckpointError(f"{what}: cannot build its CLIP model: {exc}") from exc
    det_config = DetectorConfig.from_dict(config["detector"])
    if image_size is not None:
        det_config.image_size = image_size
    try:
        model = GridCLIP(build_backbone(clip_model.visual), det_config)
    except BackboneError as exc:
        raise CheckpointError(f"{what}: {exc}") from exc
    clip_tensors = {k[len("clip.") :]: v for k, v in tensors.items() if k.startswith("clip.")}
    head_tensors = {k[len("detector.") :]: v for k, v in tensors.items() if k.startswith("detector.")}
    load_into(clip_model, clip_tensors, what, ignore_prefixes=("visual.",))
    load_into(model, head_tensors, what)
    vocabulary = _checkpoint_vocabulary(config)
    adapted = tensors.get(ADAPTED_CLASSES_TENSOR)
    mean, std = clip_preprocess(clip_model)
    spec = {"arch": arch, "model_cfg": model_cfg, "pretrained": clip_info.get("pretrained"),
            "mean": clip_info.get("mean", mean), "std": clip_info.get("std", std)}
    detector = Detector(
        model,
        clip_model,
        build_tokenizer(arch, model_cfg),
        spec,
        name=str(config.get("name") or directory.name),
        is_trained=bool(config.get("is_trained", True)),
        templates=config.get("templates") or DEFAULT_TEMPLATES,
        vocabulary=vocabulary,
        parent_version=config.get("parent_version"),
        metrics=config.get("metrics") or {},
        device=device,
        text_cache_dir=cache,
    )
    if adapted is not None:
        detector.adapt_classes(config.get("adapted_classes") or [], adapted, normalize=False)
    _load_kept_head(detector, config, tensors, what)
    _load_new_class_start(detector, config, tensors, what)
    _load_crop_classes(detector, config, tensors, what)
    blend_k = config.get("exemplar_blend_k")
    if blend_k is not None:
        if isinstance(blend_k, bool) or not isinstance(blend_k, (int, float)) or not blend_k >= 0:
            raise CheckpointError(f"{what}: exemplar_blend_k must be a number >= 0, got {blend_k!r}")
        detector.exemplar_blend_k = float(blend_k)
    return detector


def _load_kept_head(detector: Detector, config: dict[str, Any], tensors: dict[str, torch.Tensor], what: str) -> None:
    """The parent's head a ``keep_parent_head`` fine-tune kept (``Detector.kept_head``): its FPN
    and head under ``KEPT_HEAD_PREFIX``, the classes the new head scores in ``new_head_classes``.
    A checkpoint without them has none."""
    kept = {k[len(KEPT_HEAD_PREFIX) :]: v for k, v in tensors.items() if k.startswith(KEPT_HEAD_PREFIX)}
    names = config.get("new_head_classes")
    if not kept and not names:
        return
    if not kept or not isinstance(names, list) or not names:
        raise CheckpointError(f"{what}: a kept parent head needs both its weights ({KEPT_HEAD_PREFIX}*) and "
                              "the classes of the new head (new_head_classes); this checkpoint has only one")
    detector.keep_parent_head([str(name) for name in names])
    assert detector.kept_head is not None  # keep_parent_head just set it
    load_into(detector.kept_head.model, kept, what, ignore_prefixes=("backbone.",))
    detector.weights_changed()


def _load_new_class_start(detector: Detector, config: dict[str, Any], tensors: dict[str, torch.Tensor],
                          what: str) -> None:
    """The FPN and head a new-class fine-tune starts from (``Detector.new_class_start``) under
    ``NEW_CLASS_START_PREFIX``, checked by building its head (``load_into``'s clear error if it
    does not fit), and the kinds it was taught (``new_class_objects``); a checkpoint without
    them has none."""
    start = {k[len(NEW_CLASS_START_PREFIX) :]: v for k, v in tensors.items() if k.startswith(NEW_CLASS_START_PREFIX)}
    objects = config.get("new_class_objects") or []
    if not isinstance(objects, list) or not all(isinstance(o, str) and o.strip() for o in objects):
        raise CheckpointError(f"{what}: new_class_objects must be a list of names, got {objects!r}")
    if not start:
        if objects:
            raise CheckpointError(f"{what}: new_class_objects names what a new-class start was taught, "
                                  f"but the checkpoint has no {NEW_CLASS_START_PREFIX}* weights")
        return
    detector.new_class_start = start
    detector.new_class_objects = tuple(objects)
    detector.weights_changed()
    detector.new_class_head()


def _load_crop_classes(detector: Detector, config: dict[str, Any], tensors: dict[str, torch.Tensor], what: str) -> None:
    """The crop tower (``CROP_TOWER_PREFIX``, the CLIP image tower's architecture) and the crop
    class rows a fine-tune learnt (``CROP_CLASSES_TENSOR``, named by ``crop_classes``), when
    the checkpoint carries them (``gridclip.inference.crop_classes``)."""
    import copy

    from gridclip.inference.crop_classes import CropClasses

    tower = {k[len(CROP_TOWER_PREFIX) :]: v for k, v in tensors.items() if k.startswith(CROP_TOWER_PREFIX)}
    if tower:
        detector.crop_tower = copy.deepcopy(detector.model.backbone.visual).requires_grad_(False)
        load_into(detector.crop_tower, tower, what)
        detector.crop_tower.to(detector.device).eval()
    rows, named = tensors.get(CROP_CLASSES_TENSOR), config.get("crop_classes")
    if rows is None and not named:
        return
    if rows is None or not isinstance(named, dict) or not isinstance(named.get("names"), list):
        raise CheckpointError(f"{what}: crop classes need both their rows ({CROP_CLASSES_TENSOR}) and their "
                              "names (crop_classes.names); this checkpoint has only one")
    try:
        detector.crop_classes = CropClasses(tuple(map(str, named["names"])), rows,
                                            float(named.get("temperature", 20.0)))
    except ValueError as exc:
        raise CheckpointError(f"{what}: {exc}") from exc
    detector.weights_changed()


def _checkpoint_vocabulary(config: dict[str, Any]) -> Vocabulary | None:
    """The vocabulary a checkpoint was trained on: its classes as data, or (checkpoints written
    before they were stored as data) the text form parsed."""
    classes = config.get("vocabulary_classes")
    if classes:
        return Vocabulary.from_classes([c["name"] for c in classes], [c.get("synonyms") or [] for c in classes])
    text = config.get("vocabulary")
    return Vocabulary.parse(text) if text else None
