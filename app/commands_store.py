"""Handlers of the store commands: ``images add``, ``stats``, ``export-coco``, ``import-coco``,
``db upgrade``, ``db current``.

Each takes the parsed ``argparse.Namespace`` from :mod:`app.cli` and returns an exit code;
user errors are raised as :class:`app.errors.CommandError` (one line, exit 2).

>>> from app.cli import main
>>> main(["stats", "--db", "sqlite://"])   # an empty in-memory store
no categories yet: add images and label some boxes first
0
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager, suppress

from sqlalchemy import Engine
from sqlalchemy.exc import ArgumentError, DBAPIError
from tqdm import tqdm

from app.errors import CommandError
from storage import AddImagesReport, CocoError, ImportReport, Store, StoreError
from storage.export_formats import DatasetFormat, export_dataset
from storage.schema import describe_database_error, sqlite_file
from storage.store import database_url
from storage.store import open_engine as storage_open_engine


def open_store(db: str | None, create: bool = True) -> Store:
    """Open the store named by ``--db`` / ``$GRIDCLIP_DB`` (None: the default SQLite file).

    ``create=False`` for commands that only read: a missing database is an error, not a new
    empty file (nor new folders). Every failure is one line (exit 2)."""
    try:
        return Store.open(db, create=create)
    except ArgumentError as exc:
        raise CommandError(f"--db {db!r} is neither a SQLAlchemy URL nor a file path ({exc})") from exc
    except StoreError as exc:
        raise CommandError(str(exc)) from exc
    except DBAPIError as exc:
        raise CommandError(describe_database_error(exc, db or "the default database")) from exc
    except ModuleNotFoundError as exc:
        raise CommandError(f"cannot open the database: {exc} (install the driver its URL names)") from exc


@contextmanager
def filling_store(db: str | None) -> Iterator[Store]:
    """The store, for a command that fills it all or nothing (``import-coco``,
    ``import-captions``): when that creates the SQLite file and then fails, the file (with its
    journal) and the folders made for it are removed, so a failed import into a new database
    leaves nothing that ``stats`` would show as an empty store. A database that was there stays."""
    try:
        file = sqlite_file(database_url(db))
    except ArgumentError:
        file = None  # open_store says what is wrong with it
    path = file[0] if file is not None else None
    new = path is not None and not path.exists()
    made = [folder for folder in path.parents if not folder.exists()] if new and path is not None else []
    store = open_store(db)
    try:
        with store:
            yield store
    except BaseException:
        if new and path is not None:
            for leftover in (path, *(path.with_name(path.name + end) for end in ("-wal", "-shm", "-journal"))):
                leftover.unlink(missing_ok=True)
            for folder in made:  # innermost first; only while empty
                with suppress(OSError):
                    folder.rmdir()
        raise


@contextmanager
def open_engine(db: str | None) -> Iterator[Engine]:
    """The database engine without opening a store (no schema upgrade, nothing created)."""
    try:
        engine = storage_open_engine(db, create=False)
    except ArgumentError as exc:
        raise CommandError(f"--db {db!r} is neither a SQLAlchemy URL nor a file path ({exc})") from exc
    except StoreError as exc:
        raise CommandError(str(exc)) from exc
    try:
        yield engine
    except DBAPIError as exc:
        raise CommandError(describe_database_error(exc, db or "the default database")) from exc
    finally:
        engine.dispose()


@contextmanager
def progress_bars() -> Iterator[Callable[[str, int, int], None]]:
    """A ``progress(stage, done, total)`` callback drawing one tqdm bar per stage on stderr."""
    bars: dict[str, tqdm] = {}

    def update(stage: str, done: int, total: int) -> None:
        bar = bars.get(stage)
        if bar is None:
            bar = bars[stage] = tqdm(total=total, desc=stage, unit="item", file=sys.stderr, disable=None, leave=False)
        bar.update(done - bar.n)

    try:
        yield update
    finally:
        for bar in bars.values():
            bar.close()


def run_images_add(args: argparse.Namespace) -> int:
    """``gridclip images add --db DB DIR``: add a folder recursively; exit 1 if some files were
    refused or some folders could not be read."""
    from pathlib import Path

    if not Path(args.dir).is_dir():
        raise CommandError(f"{args.dir}: not a folder")
    with open_store(args.db) as store, progress_bars() as progress:
        report = store.add_images(args.dir, recursive=True, progress=progress)
    for _, message in [*report.unreadable_folders, *report.errors]:
        print(f"skipped {message}", file=sys.stderr)
    print(added_images_summary(report))
    return 1 if report.errors or report.unreadable_folders else 0


def added_images_summary(report: AddImagesReport) -> str:
    """What adding a folder did, in one line (``images add``, and ``app`` / ``prelabel --images``)."""
    unreadable = len(report.unreadable_folders)
    return (f"added {len(report.added)} image(s), {len(report.duplicates)} already in the store, "
            f"{len(report.errors)} refused" + (f", {unreadable} folder(s) unreadable" if unreadable else ""))


def run_stats(args: argparse.Namespace) -> int:
    """``gridclip stats --db DB [--json]``: per-class predicted / accepted / rejected counts."""
    with open_store(args.db, create=False) as store:
        rows = store.stats()
        counts = store.counts()
    if args.json:
        print(json.dumps({"classes": [vars(r) for r in rows], "totals": counts}, indent=2, ensure_ascii=False))
        return 0
    if not rows:
        print("no categories yet: add images and label some boxes first")
        return 0
    width = max(len("class"), *(len(r.name) for r in rows))
    print(f"{'class':<{width}}  {'predicted':>9}  {'accepted':>8}  {'rejected':>8}")
    for r in rows:
        print(f"{r.name:<{width}}  {r.predicted:>9}  {r.accepted:>8}  {r.rejected:>8}")
    print(f"{counts['images']} image(s), {counts['annotations']} decision(s), {counts['predictions']} prediction(s)")
    return 0


def run_export_coco(args: argparse.Namespace) -> int:
    """``gridclip export-coco --db DB --out FILE [--status accepted|all] [--include-scores]``."""
    return export_labels(args, "coco", name_format=False)


def export_labels(args: argparse.Namespace, format: DatasetFormat, name_format: bool) -> int:
    """Write the store's labels to ``args.out`` as ``format`` and say what was written, naming the
    format when ``name_format`` (``export --format``; ``export-coco`` is the same COCO export)."""
    with open_store(args.db, create=False) as store:
        try:
            report = export_dataset(store, args.out, format, status=args.status, include_scores=args.include_scores)
        except (OSError, StoreError) as exc:
            raise CommandError(f"cannot write {args.out}: {exc}") from exc
    written = f"{report.path} ({format})" if name_format else str(report.path)
    print(f"wrote {written}: {report.images} image(s), {report.annotations} box(es), "
          f"{report.categories} categor{'y' if report.categories == 1 else 'ies'}")
    return 0


def run_import_coco(args: argparse.Namespace) -> int:
    """``gridclip import-coco --db DB --coco FILE --images DIR``: merge, all or nothing."""
    with filling_store(args.db) as store, progress_bars() as progress:
        try:
            report = store.import_coco(args.coco, args.images, status=args.status, progress=progress)
        except CocoError as exc:
            raise CommandError(str(exc)) from exc
    print(import_summary(report))
    return 0


def import_summary(report: ImportReport) -> str:
    """What a merge into the store did, in one line (``import-coco`` and ``import``); boxes
    skipped and tags are named only when there are some."""
    skipped = f", {report.annotations_skipped} skipped" if report.annotations_skipped else ""
    tags = (f", {report.tags_added} tag(s) ({report.tags_already_present} already present)"
            if report.tags_added or report.tags_already_present else "")
    return (f"imported {report.annotations_added} box(es) ({report.annotations_already_present} already present"
            f"{skipped}), {report.images_added} new image(s) ({report.images_known} known), "
            f"{report.categories_added} new categor{'y' if report.categories_added == 1 else 'ies'}{tags}")


def run_import_captions(args: argparse.Namespace) -> int:
    """``gridclip import-captions --db DB --captions FILE --images DIR``: tags from captions, all or nothing."""
    with filling_store(args.db) as store, progress_bars() as progress:
        try:
            report = store.import_captions(args.captions, args.images, progress=progress)
        except CocoError as exc:
            raise CommandError(str(exc)) from exc
    print(f"tagged {report.images_added + report.images_known} picture(s) with {report.tags_added} tag(s) "
          f"({report.tags_already_present} already present), {report.images_added} new image(s)")
    for message in report.messages:
        print(message)
    return 0


def run_db_upgrade(args: argparse.Namespace) -> int:
    """``gridclip db upgrade --db DB``: bring the schema to this release's (what every open does)."""
    from storage.schema import current_revision, head_revision

    with open_store(args.db) as store:
        revision = current_revision(store.engine)
    print(f"{store.url}: schema {revision} (this release's: {head_revision()})")
    return 0


def run_db_current(args: argparse.Namespace) -> int:
    """``gridclip db current --db DB``: the database's schema revision; changes nothing."""
    from storage.schema import current_revision, from_a_newer_release, head_revision, needs_upgrade

    with open_engine(args.db) as engine:
        revision, behind = current_revision(engine), needs_upgrade(engine)
    head = head_revision()
    if revision is None:
        state = "empty"
    elif from_a_newer_release(revision):
        state = "from a newer release, which this one cannot open: upgrade gridclip-studio to use it"
    elif behind:
        state = f"older; `gridclip db upgrade` brings it to {head}, as any command that opens it does"
    else:
        state = "up to date"
    print(f"{engine.url.render_as_string(hide_password=True)}: schema {revision or '(none)'} ({state}; this release's: {head})")
    return 0
