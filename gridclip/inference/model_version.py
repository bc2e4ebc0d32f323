"""A detector as a model-version row of the store: the one conversion every door uses.

``model_version_record`` turns a detector (plus what the door knows about it) into plain data,
the keyword arguments of ``storage.Store.register_model_version``; ``register_model_version``
does that and keeps what an earlier registration of the same version knew. The row's
``config`` has one set of keys, whichever door wrote it:

- ``name``: the detector's name; ``is_trained``: whether its head was ever trained;
- ``source``: a model source ``load_detector`` loads again (``"demo"``, ``"open_clip:…"``, a
  folder), when the door loaded it from one;
- ``checkpoint_dir``: the checkpoint folder a training run wrote;
- ``training``: the ``TrainConfig`` (as a dict) of that run.

The Train tab lists ``checkpoint_dir`` and offers a version for activation when it has a
``checkpoint_dir`` on disk or a ``source``. Torch-free: only the detector's attributes are read,
and the store is any object with ``model_versions()`` and ``register_model_version(...)``
(gridclip never imports storage).

>>> class Stub:  # the attributes a Detector has
...     version, name, is_trained, metrics, parent_version = "v2", "ck", True, {}, "v1"
>>> record = model_version_record(Stub(), checkpoint_dir="/tmp/ck", metrics=[{"epoch": 1, "loss": float("nan")}])
>>> record["config"], record["metrics"], record["parent"]
({'name': 'ck', 'is_trained': True, 'checkpoint_dir': '/tmp/ck'}, {'epoch': 1, 'loss': None}, 'v1')
"""

from __future__ import annotations

import math
from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import Any, Protocol


class ModelVersionStore(Protocol):
    """What of a store the registration needs (``storage.Store`` has it)."""

    def model_versions(self) -> list[dict[str, Any]]: ...

    def register_model_version(self, version: str, name: str, config: dict[str, Any],
                               metrics: dict[str, Any] | None = None, parent: str | None = None) -> int: ...


def plain_metrics(metrics: Mapping[str, Any] | Sequence[Mapping[str, Any]] | None) -> dict[str, Any] | None:
    """Metrics as JSON values: a dict, or per-epoch dicts of which the last one counts.
    A NaN or infinity (an epoch whose steps were all skipped) becomes None, as in the checkpoint.

    >>> plain_metrics([{"epoch": 1}, {"epoch": 2, "loss": float("inf"), "note": object()}])
    {'epoch': 2, 'loss': None}
    >>> plain_metrics([]) is None
    True
    """
    if not metrics:
        return None
    if not isinstance(metrics, Mapping):
        metrics = metrics[-1]
    plain: dict[str, Any] = {}
    for key, value in dict(metrics).items():
        if hasattr(value, "item") and not isinstance(value, (int, float, str, bool)):
            value = value.item()  # a numpy or torch scalar
        if isinstance(value, float) and not math.isfinite(value):
            value = None
        if isinstance(value, (int, float, str, bool)) or value is None:
            plain[str(key)] = value
    return plain or None


def model_version_record(
    detector: Any,
    *,
    source: str | None = None,
    checkpoint_dir: str | Path | None = None,
    training: Mapping[str, Any] | None = None,
    metrics: Mapping[str, Any] | Sequence[Mapping[str, Any]] | None = None,
    parent: str | None = None,
    known: Mapping[str, Any] | None = None,
) -> dict[str, Any]:
    """``register_model_version``'s keyword arguments for ``detector``.

    What is given here wins; what is not is taken from ``known`` (the version's row as
    ``store.model_versions()`` lists it, if it was registered before), then from the detector
    (its ``metrics`` and ``parent_version``).
    """
    known = known or {}
    config = dict(known.get("config") or {})
    config.update({"name": detector.name, "is_trained": bool(getattr(detector, "is_trained", False))})
    if source is not None:
        config["source"] = str(source)
    if checkpoint_dir is not None:
        config["checkpoint_dir"] = str(checkpoint_dir)
    if training is not None:
        config["training"] = dict(training)
    return {
        "version": detector.version,
        "name": detector.name,
        "config": config,
        "metrics": plain_metrics(metrics) or known.get("metrics") or plain_metrics(getattr(detector, "metrics", None)),
        "parent": parent or known.get("parent") or getattr(detector, "parent_version", None),
    }


def register_model_version(store: ModelVersionStore, detector: Any, **facts: Any) -> dict[str, Any]:
    """Record ``detector`` as a model version of ``store``, keeping what an earlier registration
    of the same version knew; ``facts`` are ``model_version_record``'s keywords. Returns the record."""
    known = next((v for v in store.model_versions() if v["version"] == detector.version), None)
    record = model_version_record(detector, known=known, **facts)
    store.register_model_version(**record)
    return record
