"""Alembic keeps the schema: head matches the models, an older database upgrades in place with
everything in it, on SQLite (backed up first) and PostgreSQL, by `Store.open` and `gridclip db`."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from sqlalchemy import create_engine, inspect

from app.cli import main as cli_main
from storage import Store, StoreError
from storage.models import Base
from storage.schema import PRE_ALEMBIC_REVISION, current_revision, head_revision
from tests.old_release_db import ANNOTATIONS, CATEGORIES, MODEL_VERSIONS, PREDICTIONS, VOCABULARY, write_old_database
from tests.pg_server import postgres_server  # noqa: F401  (fixture)


def assert_everything_kept(store: Store) -> None:
    """Every image, category, model version, prediction and decision of the old database."""
    images = {i.relpath: i for i in store.list_images()}
    assert sorted(images) == ["a.png", "sub/b.png"]
    assert (images["a.png"].width, images["a.png"].height, images["a.png"].split) == (64, 48, "train")
    assert store.categories() == [(name, syns) for _, name, syns in CATEGORIES]
    versions = {v["version"]: v for v in store.model_versions()}
    assert set(versions) == {v for _, v, *_ in MODEL_VERSIONS}
    assert versions["demo@bbbb"]["parent"] == "demo@aaaa" and versions["demo@bbbb"]["metrics"] == {"loss": 0.5}

    by_id = {i: rel for i, rel, *_ in [(1, "a.png"), (2, "sub/b.png")]}
    predicted = []
    for image_id, rel in by_id.items():
        dets = store.predictions(images[rel].id)
        predicted += [(rel, tuple(float(v) for v in dets.xyxy[k]), round(float(dets.confidence[k]), 3)) for k in range(len(dets))]
    expected = [(by_id[img], tuple(box), score) for _, img, _, _, score, box in PREDICTIONS]
    assert sorted(predicted) == sorted(expected)
    assert store.has_predictions(images["a.png"].id, "demo@aaaa", VOCABULARY)

    decided = []
    for image_id, rel in by_id.items():
        dets = store.annotations(images[rel].id, status="all")
        decided += [(rel, tuple(float(v) for v in dets.xyxy[k]), str(dets.data["status"][k]), str(dets.data["source"][k]))
                    for k in range(len(dets))]
    expected_decisions = [(by_id[img], tuple(box), status, source) for _, img, _, status, source, _, _, _, box in ANNOTATIONS]
    assert sorted(decided) == sorted(expected_decisions)
    assert store.external_ids("label-studio:") == ["label-studio:7:41:r1"]
    training = store.training_set()
    assert sum(len(e.class_ids) for e in training.examples) == 3


def test_head_is_exactly_the_models() -> None:
    engine = create_engine("sqlite://")
    store = Store(engine)
    with engine.connect() as connection:
        differences = compare_metadata(MigrationContext.configure(connection), Base.metadata)
    assert differences == [], "storage/models.py and storage/migrations disagree: write a migration"
    assert current_revision(engine) == head_revision()
    store.close()


def test_an_old_sqlite_database_upgrades_on_open_with_a_backup(tmp_path: Path) -> None:
    db = tmp_path / "labels.db"
    write_old_database(f"sqlite:///{db}", tmp_path / "images")
    assert current_revision(create_engine(f"sqlite:///{db}")) == PRE_ALEMBIC_REVISION
    with Store.open(db) as store:
        assert current_revision(store.engine) == head_revision()
        assert_everything_kept(store)
        # It is writable afterwards (the first write used to be where an old database failed).
        image = store.list_images()[0]
        store.add_annotation(image.id, (2, 2, 8, 8), "green triangle")
    backups = sorted(tmp_path.glob("labels.db.backup-*"))
    assert len(backups) == 1 and backups[0].name.startswith(f"labels.db.backup-{PRE_ALEMBIC_REVISION}-")
    with sqlite3.connect(backups[0]) as old:  # the backup is the untouched old database
        assert old.execute("SELECT count(*) FROM annotations").fetchone() == (len(ANNOTATIONS),)
        assert "alembic_version" not in {r[0] for r in old.execute("SELECT name FROM sqlite_master")}
    # A second open has nothing to do: no second backup.
    Store.open(db).close()
    assert len(sorted(tmp_path.glob("labels.db.backup-*"))) == 1


def test_gridclip_db_current_and_upgrade(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    db = tmp_path / "labels.db"
    write_old_database(f"sqlite:///{db}", tmp_path / "images")
    assert cli_main(["db", "current", "--db", str(db)]) == 0
    out = capsys.readouterr().out
    assert f"schema {PRE_ALEMBIC_REVISION} (older" in out and "gridclip db upgrade" in out
    assert "alembic_version" not in inspect(create_engine(f"sqlite:///{db}")).get_table_names()  # current changed nothing
    assert cli_main(["db", "upgrade", "--db", str(db)]) == 0
    assert f"schema {head_revision()}" in capsys.readouterr().out
    assert cli_main(["db", "current", "--db", str(db)]) == 0
    assert "up to date" in capsys.readouterr().out
    with Store.open(db) as store:
        assert_everything_kept(store)
    # `db current` on a path that does not exist says so and creates nothing.
    missing = tmp_path / "nope" / "x.db"
    assert cli_main(["db", "current", "--db", str(missing)]) == 2
    assert "no database" in capsys.readouterr().err and not missing.parent.exists()


def test_a_database_from_a_newer_release_is_refused(tmp_path: Path) -> None:
    db = tmp_path / "labels.db"
    Store.open(db).close()
    with sqlite3.connect(db) as conn:
        conn.execute("UPDATE alembic_version SET version_num = '9999'")
    with pytest.raises(StoreError, match="'9999'.*newer release"):
        Store.open(db)


def test_db_current_says_a_newer_release_wrote_it(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    db = tmp_path / "labels.db"
    Store.open(db).close()
    with sqlite3.connect(db) as conn:
        conn.execute("UPDATE alembic_version SET version_num = '9999'")
    assert cli_main(["db", "current", "--db", str(db)]) == 0
    out = capsys.readouterr().out
    assert f"schema 9999 (from a newer release, which this one cannot open: upgrade gridclip-studio to use it; " \
           f"this release's: {head_revision()})" in out
    assert "older" not in out


@pytest.mark.integration
def test_an_old_postgresql_database_upgrades_on_open(postgres_server) -> None:  # noqa: F811
    url = postgres_server.new_database()
    import tempfile

    write_old_database(url, Path(tempfile.mkdtemp()))
    assert current_revision(create_engine(url)) == PRE_ALEMBIC_REVISION
    with Store.open(url) as store:
        assert current_revision(store.engine) == head_revision()
        assert_everything_kept(store)
        store.add_annotation(store.list_images()[0].id, (2, 2, 8, 8), "green triangle")  # sequences are right
        with store.engine.connect() as connection:
            assert compare_metadata(MigrationContext.configure(connection), Base.metadata) == []


def _database_at(revision: str, db: Path) -> None:
    """A database Alembic brought to ``revision`` and no further (as that release left it)."""
    from alembic import command

    from storage.schema import _config

    engine = create_engine(f"sqlite:///{db}")
    with engine.begin() as connection:
        command.upgrade(_config(connection), revision)
    engine.dispose()


def test_a_0001_database_gains_image_tags_in_place(tmp_path: Path) -> None:
    db = tmp_path / "labels.db"
    _database_at("0001", db)
    with sqlite3.connect(db) as conn:  # a labelled picture of that release
        conn.execute("INSERT INTO images (id, root, relpath, sha256, width, height, added_at) "
                     "VALUES (1, ?, 'a.png', 'aa', 64, 48, '2026-11-30 12:00:00')", (str(tmp_path),))
        conn.execute("INSERT INTO categories (id, name, name_key, synonyms, created_at) "
                     "VALUES (1, 'pallet', 'pallet', '[]', '2026-11-30 12:00:00')")
    assert "image_tags" not in inspect(create_engine(f"sqlite:///{db}")).get_table_names()
    with Store.open(db) as store:
        assert current_revision(store.engine) == head_revision()
        assert [i.relpath for i in store.list_images()] == ["a.png"] and store.categories() == [("pallet", [])]
        store.add_tags(1, ["pallet"], absent=["forklift"], annotator="ana")
        assert [(t.class_name, t.present) for t in store.tags(1)] == [("pallet", True), ("forklift", False)]
        assert len(store.training_set().tag_examples) == 1
    backups = sorted(tmp_path.glob("labels.db.backup-*"))
    assert len(backups) == 1 and backups[0].name.startswith("labels.db.backup-0001-")


def test_the_tags_migration_downgrades_keeping_the_boxes(tmp_path: Path) -> None:
    from alembic import command

    from storage.schema import _config

    db = tmp_path / "labels.db"
    write_old_database(f"sqlite:///{db}", tmp_path / "images")
    with Store.open(db) as store:
        store.add_tags(store.list_images()[0].id, [CATEGORIES[0][1]])  # a class it has: no new category
    engine = create_engine(f"sqlite:///{db}")
    with engine.begin() as connection:
        command.downgrade(_config(connection), "0001")
    assert "image_tags" not in inspect(engine).get_table_names()
    engine.dispose()
    with Store.open(db) as store:  # and up again: everything of 0001 is still there
        assert_everything_kept(store)
        assert store.count_tags() == 0


def test_a_0002_database_gains_tag_picks_keeping_its_tags(tmp_path: Path) -> None:
    from alembic import command

    from storage.schema import _config

    db = tmp_path / "labels.db"
    _database_at("0002", db)
    with sqlite3.connect(db) as conn:  # a picture Label Studio tagged in that release
        conn.execute("INSERT INTO images (id, root, relpath, sha256, width, height, added_at) "
                     "VALUES (1, ?, 'a.png', 'aa', 64, 48, '2026-12-01 12:00:00')", (str(tmp_path),))
        conn.execute("INSERT INTO categories (id, name, name_key, synonyms, created_at) "
                     "VALUES (1, 'pallet', 'pallet', '[]', '2026-12-01 12:00:00')")
        conn.execute("INSERT INTO image_tags (image_id, category_id, present, source, annotator, created_at, updated_at) "
                     "VALUES (1, 1, 1, 'label-studio', 'ana', '2026-12-01 12:00:00', '2026-12-01 12:00:00')")
    with Store.open(db) as store:
        assert current_revision(store.engine) == head_revision()
        assert [(t.class_name, t.source) for t in store.tags(1)] == [("pallet", "label-studio")]
        # A tag with no pick behind it (written before picks were kept) stays when another class is picked and unpicked.
        store.set_external_tags(1, "label-studio:7:41:", ["forklift"])
        store.delete_external_tags(["label-studio:7:41:"])
        assert [(t.class_name, t.source) for t in store.tags(1)] == [("pallet", "label-studio")]
        store.set_external_tags(1, "label-studio:7:42:", ["pallet"])
    engine = create_engine(f"sqlite:///{db}")
    with engine.begin() as connection:
        command.downgrade(_config(connection), "0002")
    assert "image_tag_picks" not in inspect(engine).get_table_names()
    engine.dispose()
    with sqlite3.connect(db) as conn:
        assert conn.execute("SELECT count(*) FROM image_tags").fetchone() == (1,)
