"""Bringing a database's schema to the revision this code expects (Alembic, ``storage/migrations``).

Every :meth:`storage.Store.open` calls :func:`upgrade_to_head`: a new database gets every
migration, an older one the missing ones, a database written before Alembic (tables, no
``alembic_version``) is recognised as revision ``0001`` and upgraded from there. A SQLite file
is copied aside first (``labels.db.backup-<revision>-<UTC time>``), with SQLite's online backup,
so a failed or unwanted upgrade can be undone by copying it back. A database from a newer
release is refused: this code cannot know its tables.

>>> from sqlalchemy import create_engine
>>> engine = create_engine("sqlite://")
>>> upgrade_to_head(engine) == head_revision(), current_revision(engine) == head_revision()
(True, True)
"""

from __future__ import annotations

import logging
import os
import sqlite3
import time
from pathlib import Path
from urllib.parse import parse_qs, quote, unquote, urlsplit

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import Connection, Engine, inspect, text
from sqlalchemy.engine import URL
from sqlalchemy.exc import DBAPIError

from storage.errors import StoreError

logger = logging.getLogger(__name__)

MIGRATIONS = Path(__file__).resolve().parent / "migrations"
#: The revision of a database written before Alembic managed the schema (release 0.1.0).
PRE_ALEMBIC_REVISION = "0001"
#: Held (PostgreSQL) while checking and upgrading, so two processes never migrate at once.
_PG_LOCK_KEY = 7426010


class SchemaError(StoreError):
    """A database whose schema this code cannot use or bring up to date."""


def _config(connection: Connection | None = None) -> Config:
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    if connection is not None:
        config.attributes["connection"] = connection
    return config


def head_revision() -> str:
    """The newest revision in ``storage/migrations/versions``."""
    head = ScriptDirectory.from_config(_config()).get_current_head()
    assert head is not None
    return head


def _known_revisions() -> set[str]:
    return {s.revision for s in ScriptDirectory.from_config(_config()).walk_revisions()}


def _revision_of(connection: Connection) -> str | None:
    """The database's revision; ``PRE_ALEMBIC_REVISION`` for a pre-Alembic one, None when empty."""
    revision = MigrationContext.configure(connection).get_current_revision()
    if revision is not None:
        return revision
    tables = set(inspect(connection).get_table_names())
    return PRE_ALEMBIC_REVISION if "images" in tables else None


def current_revision(engine: Engine) -> str | None:
    """The database's schema revision (None for an empty database)."""
    with engine.connect() as connection:
        return _revision_of(connection)


def needs_upgrade(engine: Engine) -> bool:
    """True unless Alembic records the database at head (a pre-Alembic one needs stamping)."""
    with engine.connect() as connection:
        return MigrationContext.configure(connection).get_current_revision() != head_revision()


def from_a_newer_release(revision: str | None) -> bool:
    """Whether a database at ``revision`` was written by a newer release: a revision this code
    does not know (every older one is among its migrations)."""
    return revision is not None and revision not in _known_revisions()


def _check_known(revision: str | None, where: str) -> None:
    if from_a_newer_release(revision):
        raise SchemaError(
            f"{where} has schema revision {revision!r}, which this gridclip does not know (newest it knows: "
            f"{head_revision()!r}); it was written by a newer release: upgrade gridclip-studio"
        )


def sqlite_file(url: URL) -> tuple[Path, bool] | None:
    """The file of a SQLite URL and whether it is opened read-only (``file:…?mode=ro``), or
    None for an in-memory database or another backend.

    >>> from sqlalchemy.engine import make_url
    >>> sqlite_file(make_url("sqlite:////tmp/a.db")), sqlite_file(make_url("sqlite://"))
    ((PosixPath('/tmp/a.db'), False), None)
    >>> sqlite_file(make_url("sqlite:///file:/tmp/a.db?mode=ro&uri=true"))
    (PosixPath('/tmp/a.db'), True)
    """
    if url.get_backend_name() != "sqlite" or url.database in (None, "", ":memory:"):
        return None
    database = url.database
    if str(url.query.get("uri", "")).lower() in ("true", "1") or database.startswith("file:"):
        parsed = urlsplit(database)
        options = parse_qs(parsed.query)
        options.update({k: [str(v)] for k, v in url.query.items()})
        if options.get("mode") == ["memory"] or not parsed.path:
            return None
        return Path(unquote(parsed.path)), options.get("mode") == ["ro"] or options.get("immutable") == ["1"]
    return Path(database), False


def backup_sqlite(source: Path, revision: str) -> Path:
    """Copy a SQLite file aside with SQLite's online backup (consistent even with WAL writers)."""
    stamp = time.strftime("%Y%m%dT%H%M%SZ", time.gmtime())
    target = source.with_name(f"{source.name}.backup-{revision}-{stamp}")
    # Opened read-only by URI: the backup must not write to (or create) the source.
    src, dst = sqlite3.connect(f"file:{quote(str(source))}?mode=ro", uri=True), sqlite3.connect(target)
    try:
        src.backup(dst)
        dst.execute("PRAGMA journal_mode = DELETE")  # one self-contained file, no -wal beside it
    finally:
        src.close()
        dst.close()
    return target


def describe_database_error(exc: BaseException, where: str) -> str:
    """One line for a database failure the user can act on (not a database, read-only, locked,
    unreachable), from SQLAlchemy's or the driver's exception.

    >>> from sqlalchemy.exc import DatabaseError
    >>> describe_database_error(DatabaseError("x", None, Exception("file is not a database")), "a.db")
    'a.db is not a database (file is not a database)'
    """
    original = getattr(exc, "orig", None) or exc
    message = str(original).splitlines()[0] if str(original) else type(original).__name__
    lowered = message.lower()
    if "file is not a database" in lowered or "not a database" in lowered:
        return f"{where} is not a database ({message})"
    if "readonly" in lowered or "read-only" in lowered or "read only" in lowered:
        return f"{where} is read-only ({message}): check the permissions of the file and its folder"
    if "unable to open database file" in lowered:
        return f"cannot open {where} ({message}): check that the folder exists and is writable"
    if "locked" in lowered:
        return f"{where} is locked by another process ({message}); try again"
    return f"database {where}: {message}"


def upgrade_to_head(engine: Engine) -> str:
    """Bring the database to :func:`head_revision` (see the module doc); returns the revision.

    Raises :class:`SchemaError` for a database from a newer release or a migration that fails
    (nothing of a failed migration stays: it runs in one transaction, SQLite and PostgreSQL
    DDL being transactional).
    """
    head = head_revision()
    where = engine.url.render_as_string(hide_password=True)
    with engine.connect() as connection:
        stamped = MigrationContext.configure(connection).get_current_revision()
        before = _revision_of(connection)
    if stamped == head:
        return head
    _check_known(before, where)
    file = sqlite_file(engine.url)
    if before is not None and file is not None:
        path, read_only = file
        if read_only or not os.access(path, os.W_OK) or not os.access(path.parent, os.W_OK):
            raise SchemaError(
                f"{where} has the older schema {before} and this release needs {head}, but it is read-only: "
                "make it and its folder writable (or open a writable copy) so it can be upgraded"
            )
        try:
            backup = backup_sqlite(path, before)
        except (sqlite3.Error, OSError) as exc:
            raise SchemaError(
                f"{where} has the older schema {before} and needs an upgrade to {head}, but it cannot be backed up "
                f"first ({exc}): is it read-only? Make it and its folder writable, or upgrade a copy"
            ) from None
        logger.warning("upgrading %s from schema %s to %s; a copy of it is in %s", where, before, head, backup)
    try:
        with engine.connect() as connection:
            connection = connection.execution_options(gridclip_write=True)  # SQLite: BEGIN IMMEDIATE
            with connection.begin():
                if engine.dialect.name == "postgresql":
                    connection.execute(text("SELECT pg_advisory_xact_lock(:key)"), {"key": _PG_LOCK_KEY})
                # Another process may have upgraded while this one waited for the lock.
                now = _revision_of(connection)
                _check_known(now, where)
                config = _config(connection)
                if now is not None and MigrationContext.configure(connection).get_current_revision() is None:
                    command.stamp(config, now)  # a pre-Alembic database: say what it is, then upgrade
                elif now == head:
                    return head
                command.upgrade(config, head)
    except DBAPIError as exc:
        raise SchemaError(f"cannot bring the schema from {before or 'nothing'} to {head}: {describe_database_error(exc, where)}") from exc
    return head
