"""Handlers of ``gridclip export`` and ``gridclip import``: the store as COCO, YOLO or Pascal
VOC, and such datasets into the store (``storage.export_formats``).
"""

from __future__ import annotations

import argparse

from app.commands_store import export_labels, filling_store, import_summary, progress_bars
from app.errors import CommandError
from storage import CocoError, StoreError
from storage.export_formats import import_dataset


def run_export(args: argparse.Namespace) -> int:
    """``gridclip export --format coco|yolo|voc --out PATH``: a COCO file, or a YOLO / VOC folder."""
    return export_labels(args, args.format, name_format=True)


def run_import(args: argparse.Namespace) -> int:
    """``gridclip import --format coco|yolo|voc --dataset PATH [--images DIR]``: all or nothing (a
    database it creates is removed if it fails: ``filling_store``)."""
    with filling_store(args.db) as store, progress_bars() as progress:
        try:
            report = import_dataset(store, args.dataset, args.format, images_dir=args.images, progress=progress)
        except (CocoError, StoreError) as exc:
            raise CommandError(str(exc)) from exc
    print(import_summary(report))
    return 0
