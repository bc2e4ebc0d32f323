"""Checkpoints: a folder with ``model.safetensors`` (all weights) and ``config.json``.

``config.json`` holds ``format``/``format_version``, ``version`` (the content fingerprint),
``clip`` (open_clip arch name, full model config, pretrained tag, mean/std), ``detector``
(``DetectorConfig``), ``templates``, ``is_trained``, ``vocabulary`` (the training
vocabulary's text), ``parent_version``, ``metrics`` and ``name``; a ``keep_parent_head``
fine-tune adds ``new_head_classes`` and the kept parent head's FPN and head under ``kept_head.*``
(``gridclip.inference.detector.KeptHead``); a detector with a new-class start carries it under
``new_class_start.*`` (``Detector.new_class_start``), the crop tower under ``crop_tower.*``.

The model version is ``content_fingerprint(weights, identifying config)``: the same weights
and architecture always give the same version, whatever the folder, name or metrics.

>>> import torch, tempfile
>>> folder = tempfile.mkdtemp()
>>> tensors = {"w": torch.ones(2, 2)}
>>> _ = save_checkpoint(folder, tensors, {"clip": {"arch": "x"}, "detector": {}}, "v1")
>>> config, loaded = load_checkpoint(folder)
>>> config["version"], torch.equal(loaded["w"], tensors["w"])
('v1', True)
>>> content_fingerprint(tensors, {"a": 1}) == content_fingerprint({"w": torch.ones(2, 2)}, {"a": 1})
True
"""

from __future__ import annotations

import hashlib
import json
from pathlib import Path
from typing import Any

import torch
from safetensors.torch import load_file, save_file

from gridclip.files import write_atomically, write_text_atomically

FORMAT = "gridclip-checkpoint"
FORMAT_VERSION = 1
WEIGHTS_FILE = "model.safetensors"
CONFIG_FILE = "config.json"


class CheckpointError(ValueError):
    """A checkpoint that cannot be read or does not fit the model it describes."""


def is_checkpoint_dir(path: str | Path) -> bool:
    path = Path(path)
    return (path / CONFIG_FILE).is_file() and (path / WEIGHTS_FILE).is_file()


def content_fingerprint(tensors: dict[str, torch.Tensor], config: dict[str, Any]) -> str:
    """sha256 over the canonical JSON of ``config`` and every tensor (name, dtype, shape, bytes)."""
    digest = hashlib.sha256(json.dumps(config, sort_keys=True, default=str).encode("utf-8"))
    for name in sorted(tensors):
        tensor = tensors[name].detach().cpu().contiguous()
        digest.update(f"{name}|{tensor.dtype}|{tuple(tensor.shape)}".encode())
        digest.update(tensor.reshape(-1).view(torch.uint8).numpy().tobytes() if tensor.numel() else b"")
    return digest.hexdigest()[:20]


def save_checkpoint(directory: str | Path, tensors: dict[str, torch.Tensor], config: dict[str, Any], version: str) -> Path:
    """Write weights and config into ``directory`` (created if needed); each file is replaced
    atomically so a crash leaves the previous checkpoint, not a torn one."""
    directory = Path(directory)
    directory.mkdir(parents=True, exist_ok=True)
    payload = {"format": FORMAT, "format_version": FORMAT_VERSION, "version": version} | config
    weights = {k: v.detach().cpu().contiguous().clone() for k, v in tensors.items()}
    write_atomically(directory / WEIGHTS_FILE,
                     lambda temp: save_file(weights, str(temp), metadata={"format": FORMAT, "version": version}))
    write_text_atomically(directory / CONFIG_FILE, json.dumps(payload, indent=2, sort_keys=True, default=str))
    return directory


def read_config(directory: str | Path) -> dict[str, Any]:
    """The checkpoint's ``config.json``, validated; raises ``CheckpointError``."""
    directory = Path(directory)
    path = directory / CONFIG_FILE
    if not path.is_file():
        raise CheckpointError(f"{directory} is not a GridCLIP checkpoint: {CONFIG_FILE} is missing")
    try:
        config = json.loads(path.read_text("utf-8"))
    except (OSError, json.JSONDecodeError) as exc:
        raise CheckpointError(f"cannot read {path}: {exc}") from exc
    if not isinstance(config, dict) or config.get("format") != FORMAT:
        raise CheckpointError(f"{path} is not a GridCLIP checkpoint config (format should be {FORMAT!r})")
    if config.get("format_version", 0) > FORMAT_VERSION:
        raise CheckpointError(
            f"{directory} has checkpoint format {config.get('format_version')}, newer than this GridCLIP "
            f"({FORMAT_VERSION}); upgrade gridclip-studio to load it"
        )
    for key in ("clip", "detector"):
        if not isinstance(config.get(key), dict):
            raise CheckpointError(f"{path} lacks the {key!r} section")
    return config


def load_checkpoint(directory: str | Path) -> tuple[dict[str, Any], dict[str, torch.Tensor]]:
    """``(config, tensors)`` of a checkpoint folder; raises ``CheckpointError``."""
    directory = Path(directory)
    config = read_config(directory)
    weights = directory / WEIGHTS_FILE
    if not weights.is_file():
        raise CheckpointError(f"{directory} has {CONFIG_FILE} but no {WEIGHTS_FILE}")
    try:
        tensors = load_file(str(weights))
    except Exception as exc:  # safetensors raises its own error types for torn files
        raise CheckpointError(f"cannot read weights {weights}: {exc}") from exc
    return config, tensors


def load_into(module: torch.nn.Module, tensors: dict[str, torch.Tensor], what: str, ignore_prefixes: tuple[str, ...] = ()) -> None:
    """Copy ``tensors`` into ``module`` strictly, turning any mismatch into one clear
    ``CheckpointError`` naming ``what`` (e.g. "checkpoint X for CLIP arch 'RN50'")."""
    expected = {k: v for k, v in module.state_dict().items() if not k.startswith(ignore_prefixes)}
    missing = sorted(set(expected) - set(tensors))
    unexpected = sorted(set(tensors) - set(expected))
    wrong_shape = [
        f"{k}: checkpoint {tuple(tensors[k].shape)} vs model {tuple(v.shape)}"
        for k, v in expected.items()
        if k in tensors and tuple(tensors[k].shape) != tuple(v.shape)
    ]
    if missing or unexpected or wrong_shape:
        details = []
        if wrong_shape:
            details.append(f"{len(wrong_shape)} tensors have other shapes (e.g. {'; '.join(wrong_shape[:3])})")
        if missing:
            details.append(f"{len(missing)} missing (e.g. {', '.join(missing[:3])})")
        if unexpected:
            details.append(f"{len(unexpected)} unexpected (e.g. {', '.join(unexpected[:3])})")
        raise CheckpointError(f"the weights do not fit {what}: " + "; ".join(details) + " - an incompatible architecture")
    module.load_state_dict(tensors, strict=not ignore_prefixes)
