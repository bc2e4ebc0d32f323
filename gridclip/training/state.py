"""What a run leaves on disk after each epoch: the metrics line, the checkpoint, and the
optimiser state that ``resume`` continues from."""

from __future__ import annotations

import json
import math
import pickle
import zipfile
from pathlib import Path
from typing import Any

import torch
import torch.distributed as dist

from gridclip.files import write_atomically
from gridclip.training.config import METRICS_FILE, STATE_FILE, TrainConfig
from gridclip.training.data import DataError
from gridclip.vocabulary import Vocabulary


def read_state(resume: Path) -> dict[str, Any]:
    """The optimiser state ``save_run`` wrote. Read with ``weights_only``: a checkpoint folder is
    something people download and share, and a full unpickle runs whatever code the file names.
    The state is only tensors, numbers, text and containers of them, so nothing is lost."""
    path = resume / STATE_FILE
    if not path.is_file():
        raise DataError(f"cannot resume from {resume}: {STATE_FILE} is missing (was it written by gridclip train?)")
    fresh_start = f"train with --model {resume} instead to start from its weights with a fresh optimiser"
    # torch.save writes a zip; anything else is torn or some other file (and the legacy format
    # would only reach the unpickler with a misleading message).
    if not zipfile.is_zipfile(path):
        raise DataError(f"cannot resume from {resume}: {STATE_FILE} is torn or not written by gridclip train; "
                        f"{fresh_start}")
    try:
        state = torch.load(path, map_location="cpu", weights_only=True)
    except pickle.UnpicklingError as exc:
        raise DataError(f"cannot resume from {resume}: {STATE_FILE} holds objects other than tensors, numbers and "
                        f"text, which could run code when loaded, so it is refused; {fresh_start}") from exc
    except (RuntimeError, EOFError, ValueError, OSError) as exc:
        raise DataError(f"cannot resume from {resume}: {STATE_FILE} is torn or not written by gridclip train "
                        f"({str(exc).splitlines()[0][:200]}); {fresh_start}") from exc
    if not isinstance(state, dict) or not isinstance(state.get("epoch"), int) or isinstance(state["epoch"], bool) \
            or state["epoch"] < 0:
        raise DataError(f"cannot resume from {resume}: {STATE_FILE} is not a training state (no epoch count); "
                        f"{fresh_start}")
    return state


def epoch_record(epoch, sums, counted, skipped, seconds, ctx, features, alignment, adapt_classes=False,
                 part_steps: dict[str, int] | None = None, tags: bool = False, distill: bool = False) -> dict[str, Any]:
    """The epoch's metrics line. ``loss`` is the mean over all counted steps; a part only some
    steps have (with tags, ``loss_cls`` on detection steps and ``loss_tags`` on tag steps) is the
    mean over the ``part_steps[name]`` steps that had it."""
    record: dict[str, Any] = {"epoch": epoch + 1}
    # The same names on every rank (even one whose steps were all skipped) for the all-reduce.
    names = ["loss", "loss_cls", "loss_box", "loss_ctr"] + (["loss_align"] if alignment is not None else [])
    names += ["loss_classes"] if adapt_classes else []
    names += ["loss_tags"] if tags else []
    names += ["loss_distill"] if distill else []
    part_steps = part_steps or {}
    # Without tags every step has every part; with them a part no step had is NaN, not 0.
    divisors = [float(counted) if k == "loss" else float(part_steps.get(k, 0 if tags else counted)) for k in names]
    values = torch.tensor([sums.get(k, 0.0) for k in names] + divisors + [float(counted), float(skipped)],
                          dtype=torch.float64)
    if ctx.enabled:
        # Average over the ranks' steps so every rank (and the metrics file) sees the same numbers.
        # Ranks with no finite step still join the reduction with zeros.
        dist.all_reduce(values)
    total_steps = values[-2].item()
    totals, steps = values[: len(names)].tolist(), values[len(names) : 2 * len(names)].tolist()
    for k, v, n in zip(names, totals, steps):
        record[k] = v / n if n else float("nan")
    record["steps"] = int(total_steps)
    record["skipped_steps"] = int(values[-1].item())
    record["seconds"] = round(seconds, 3)
    if features.max_items > 0:
        record["feature_cache_hits"] = features.hits
    if alignment is not None:
        record["teacher_cache_hits"] = alignment.cache.hits
    return record


def append_metrics(out_dir: Path, record: dict[str, Any]) -> None:
    out_dir.mkdir(parents=True, exist_ok=True)
    with open(out_dir / METRICS_FILE, "a", encoding="utf-8") as fh:
        # Strict JSON: a NaN (an epoch whose steps were all skipped) is written as null.
        clean = {k: (None if isinstance(v, float) and not math.isfinite(v) else v) for k, v in record.items()}
        fh.write(json.dumps(clean) + "\n")


def save_run(detector, out_dir: Path, vocab: Vocabulary, record, parent_version, optimizer, scheduler, epoch, history,
          config: TrainConfig) -> None:
    metrics: dict[str, int | float | None] = {
        k: v for k, v in record.items() if isinstance(v, (int, float)) and not isinstance(v, bool)}
    metrics = {k: (None if isinstance(v, float) and not math.isfinite(v) else v) for k, v in metrics.items()}
    # Named after its folder: the source's name ("open_clip:RN50/openai") would hide that it was trained.
    detector.save(out_dir, vocabulary=vocab, metrics=metrics, parent_version=parent_version,
                  name=out_dir.resolve().name or "trained")
    state = {
        "epoch": epoch,
        "optimizer": optimizer.state_dict(),
        "scheduler": scheduler.state_dict(),
        "metrics": history,
        "parent_version": parent_version,
        "config": config.to_dict(),
    }
    write_atomically(out_dir / STATE_FILE, lambda temp: torch.save(state, temp))
