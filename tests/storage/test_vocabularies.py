"""The vocabularies people used (storage.vocabularies), on SQLite and a real PostgreSQL server:
per folder, then store-wide, newest first, never repeated, kept across reopening the store."""

from __future__ import annotations

import time
from pathlib import Path

import pytest

from storage import Store
from storage.models import Base
from storage.vocabularies import last_vocabulary, recent_vocabularies, remember_vocabulary
from tests.pg_server import postgres_server  # noqa: F401  (fixture)


@pytest.fixture(scope="module")
def postgres_url(postgres_server) -> str:  # noqa: F811
    return postgres_server.new_database()


@pytest.fixture(params=["sqlite", "postgresql"])
def url(request, tmp_path: Path):
    if request.param == "sqlite":
        yield str(tmp_path / "labels.db")
        return
    url = request.getfixturevalue("postgres_url")
    yield url
    with Store.open(url) as store:  # one database for the module, emptied after each test
        Base.metadata.drop_all(store.engine)
        with store.engine.begin() as connection:
            connection.exec_driver_sql("DROP TABLE IF EXISTS alembic_version")


def test_last_and_recent_per_folder_then_store(url: str) -> None:
    long_text = ", ".join(f"class number {i} | synonym {i}" for i in range(200))  # beyond an index's limit
    with Store.open(url) as store:
        assert last_vocabulary(store) is None and recent_vocabularies(store) == []
        for text, folder in [("cat, dog", "/a"), (long_text, "/b"), ("cat, dog", "/b"), ("pallet", None)]:
            remember_vocabulary(store, text, folder)
            time.sleep(0.01)  # distinct timestamps
        remember_vocabulary(store, "  ", "/a")  # nothing typed: nothing remembered
    with Store.open(url) as store:  # kept in the database
        assert last_vocabulary(store, "/a") == "cat, dog"
        assert last_vocabulary(store, "/b") == "cat, dog"
        assert last_vocabulary(store, "/elsewhere") == "pallet"
        assert recent_vocabularies(store, "/b") == ["cat, dog", long_text, "pallet"]
        assert recent_vocabularies(store, "/a") == ["cat, dog", "pallet", long_text]
        assert recent_vocabularies(store, "/a", limit=1) == ["cat, dog"]
        remember_vocabulary(store, long_text, "/a")  # used again: first on /a, still listed once
        assert recent_vocabularies(store, "/a") == [long_text, "cat, dog", "pallet"]


def test_a_0003_database_gains_vocabulary_uses_and_goes_back(tmp_path: Path) -> None:
    import sqlite3

    from alembic import command
    from sqlalchemy import create_engine, inspect

    from storage.schema import _config, current_revision, head_revision
    from tests.storage.test_migrations import _database_at

    db = tmp_path / "labels.db"
    _database_at("0003", db)
    with sqlite3.connect(db) as conn:
        conn.execute("INSERT INTO categories (id, name, name_key, synonyms, created_at) "
                     "VALUES (1, 'pallet', 'pallet', '[]', '2026-12-01 12:00:00')")
    with Store.open(db) as store:
        assert current_revision(store.engine) == head_revision() == "0004"
        assert store.categories() == [("pallet", [])] and last_vocabulary(store) is None
        remember_vocabulary(store, "pallet", str(tmp_path))
    engine = create_engine(f"sqlite:///{db}")
    with engine.begin() as connection:
        command.downgrade(_config(connection), "0003")
    assert "vocabulary_uses" not in inspect(engine).get_table_names()
    engine.dispose()
    with Store.open(db) as store:  # and up again
        assert store.categories() == [("pallet", [])] and last_vocabulary(store) is None
