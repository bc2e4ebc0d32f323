"""``gridclip train`` and ``gridclip eval``: the model commands, wired to the store when asked.

Examples (from the README section "Train and evaluate")::

    gridclip train --coco shapes/coco.json --images shapes/images --model open_clip:tiny-rn --out ck
    gridclip eval --coco shapes/coco.json --images shapes/images --model ck --json ck/eval.json
"""

from __future__ import annotations

import argparse
import json
import os
from pathlib import Path

from app.errors import CommandError


def _user_errors() -> tuple[type[BaseException], ...]:
    """Exceptions that mean bad input (shown as one line), not a bug."""
    from gridclip.inference.images import ImageLoadError
    from gridclip.training.data import DataError
    from gridclip.vocabulary import VocabularyError

    errors: list[type[BaseException]] = [DataError, ImageLoadError, VocabularyError, FileNotFoundError]
    try:
        from gridclip.inference.sources import ModelSourceError

        errors.append(ModelSourceError)
    except ImportError:  # the resolver's error type is optional: it may be a plain ValueError
        pass
    try:
        from gridclip.inference.checkpoint import CheckpointError

        errors.append(CheckpointError)
    except ImportError:
        pass
    return tuple(errors)


def _training_data_from_store(db: str, hold_out: bool = True):
    from gridclip.training.fine_tune import store_training_data
    from storage import Store

    store = Store.open(db)
    return store, store_training_data(store, hold_out=hold_out)


def check_out_dir(out: Path) -> None:
    """Refuse an ``--out`` that cannot become the checkpoint folder before training starts (not
    after the first epoch): a file, or a path under one, or a folder this user cannot write."""
    existing = next(p for p in [out.absolute(), *out.absolute().parents] if p.exists())
    if not existing.is_dir():
        where = "is a file" if existing == out.absolute() else f"is under {existing}, a file"
        raise CommandError(f"--out {out} {where}: give a folder for the checkpoint")
    if not os.access(existing, os.W_OK):
        raise CommandError(f"--out {out}: cannot write to {existing} (permission denied)")


def run_train(args: argparse.Namespace) -> int:
    """Train (or fine-tune) on a COCO file or the store's accepted boxes; write a checkpoint.
    With ``--db`` the new model version is registered in the store. Numbers out of range are
    refused by the parser (app/cli.py), a resume state that is torn or not ours by ``read_state``
    (a DataError: one line)."""
    from gridclip.training.fine_tune import fine_tune, fine_tune_on_store
    from gridclip.training.report import report_fine_tune

    check_out_dir(Path(args.out))

    # Flags left unset keep the shared defaults (TrainConfig's; epochs and lr from the data:
    # fit_to_data), like every other door.
    settings = dict(
        batch_size=args.batch_size,
        image_level_alignment=args.image_level_alignment,
        seed=args.seed,
        device=args.device,
        resume=Path(args.resume) if args.resume else None,
    )
    if args.head_only is not None:  # unset: the defaults decide (head-only for classes new to the model)
        settings["head_only"] = args.head_only
    if args.epochs is not None:
        settings["epochs"] = args.epochs
    if args.lr is not None:
        settings["lr"] = args.lr
    if args.image_size is not None:
        settings["image_size"] = args.image_size
    for name in ("tag_batch_size", "tag_weight"):  # only when given: TrainConfig's defaults otherwise
        if getattr(args, name, None) is not None:
            settings[name] = getattr(args, name)
    hold_out = getattr(args, "hold_out", True)
    try:
        if args.coco:
            if not args.images:
                raise CommandError("--coco needs --images, the folder its file_name entries are relative to")
            from gridclip.training.data import load_coco

            coco = load_coco(args.coco, args.images)  # nothing to train on: fine_tune says so first
            store, class_names = None, coco.vocabulary.names
            result = fine_tune(args.model, coco.examples, coco.vocabulary, out_dir=args.out, **settings)
        else:
            store, data = _training_data_from_store(args.db, hold_out=hold_out)
            class_names = data.vocabulary.names if data.vocabulary is not None else []
            result = fine_tune_on_store(store, args.model, out_dir=args.out, data=data, hold_out=hold_out, **settings)
    except _user_errors() as exc:
        raise CommandError(str(exc)) from exc

    if result.checkpoint_dir is None:  # a torchrun worker other than rank 0: rank 0 reports
        return 0
    last = result.metrics[-1] if result.metrics else {}
    print(f"checkpoint: {result.checkpoint_dir}")
    print(f"model version: {result.detector.version}")
    ran = result.config or {}
    if last:
        print(f"epochs: {last.get('epoch')}   lr: {ran.get('lr')}   final loss: {last.get('loss', float('nan')):.4f}")
    report = report_fine_tune(result, class_names)
    print(report.classes)
    print(report.settings)
    if store is not None:
        print(report.held_out if hold_out else "held-out pictures: off (--no-hold-out)")
        print("registered the model version in the store")
    return 0


def run_eval(args: argparse.Namespace) -> int:
    """COCO AP of ``--model`` on ``--coco``/``--images``; a table on stdout, JSON with ``--json``."""
    from gridclip import load_detector
    from gridclip.training.evaluate import evaluate, format_table

    try:
        detector = load_detector(args.model, device=args.device, int8_static=args.int8)
        metrics = evaluate(detector, args.coco, args.images)
    except _user_errors() as exc:
        raise CommandError(str(exc)) from exc
    print(f"model: {getattr(detector, 'name', args.model)}")
    print(format_table(metrics))
    if args.json:
        out = Path(args.json)
        out.parent.mkdir(parents=True, exist_ok=True)
        out.write_text(json.dumps(metrics, indent=2))
        print(f"metrics written to {out}")
    return 0
