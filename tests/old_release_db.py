"""Writes a database exactly as release 0.1.0 (before Alembic) left it: its schema as raw SQL,
with data in every table. ``tests/storage/test_migrations.py`` upgrades it.

The DDL below is what that release's ``storage/models.py`` emitted through ``create_all`` (no
``alembic_version`` table); it must never change, because databases like it are out there.
PostgreSQL gets the same with its own spelling of the types.

    python -m tests.old_release_db /tmp/old.db      # writes one, for trying `gridclip db upgrade`
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

from sqlalchemy import create_engine, text

SCHEMA_0_1_0 = """
CREATE TABLE categories (
	id INTEGER NOT NULL, name TEXT NOT NULL, name_key TEXT NOT NULL, synonyms JSON NOT NULL,
	created_at DATETIME NOT NULL, PRIMARY KEY (id), UNIQUE (name_key));
CREATE TABLE images (
	id INTEGER NOT NULL, root TEXT NOT NULL, relpath TEXT NOT NULL, sha256 VARCHAR(64) NOT NULL,
	width INTEGER NOT NULL, height INTEGER NOT NULL, split VARCHAR(64), added_at DATETIME NOT NULL,
	PRIMARY KEY (id), CONSTRAINT uq_images_root_relpath UNIQUE (root, relpath), UNIQUE (sha256));
CREATE TABLE model_versions (
	id INTEGER NOT NULL, version VARCHAR(200) NOT NULL, name TEXT NOT NULL, config JSON NOT NULL,
	metrics JSON, parent VARCHAR(200), created_at DATETIME NOT NULL, PRIMARY KEY (id), UNIQUE (version));
CREATE TABLE prediction_runs (
	id INTEGER NOT NULL, image_id INTEGER NOT NULL, model_version_id INTEGER NOT NULL,
	vocabulary_text TEXT NOT NULL, thresholds JSON NOT NULL, created_at DATETIME NOT NULL, PRIMARY KEY (id),
	CONSTRAINT uq_prediction_runs UNIQUE (image_id, model_version_id, vocabulary_text),
	FOREIGN KEY(image_id) REFERENCES images (id) ON DELETE CASCADE,
	FOREIGN KEY(model_version_id) REFERENCES model_versions (id));
CREATE INDEX ix_prediction_runs_image_id ON prediction_runs (image_id);
CREATE TABLE predictions (
	id INTEGER NOT NULL, image_id INTEGER NOT NULL, category_id INTEGER NOT NULL,
	model_version_id INTEGER NOT NULL, score FLOAT NOT NULL, vocabulary_text TEXT NOT NULL,
	thresholds JSON NOT NULL, created_at DATETIME NOT NULL, x1 FLOAT NOT NULL, y1 FLOAT NOT NULL,
	x2 FLOAT NOT NULL, y2 FLOAT NOT NULL, PRIMARY KEY (id),
	FOREIGN KEY(image_id) REFERENCES images (id) ON DELETE CASCADE,
	FOREIGN KEY(category_id) REFERENCES categories (id),
	FOREIGN KEY(model_version_id) REFERENCES model_versions (id));
CREATE INDEX ix_predictions_image_id ON predictions (image_id);
CREATE INDEX ix_predictions_run ON predictions (image_id, model_version_id, vocabulary_text);
CREATE TABLE annotations (
	id INTEGER NOT NULL, image_id INTEGER NOT NULL, category_id INTEGER NOT NULL,
	status VARCHAR(16) NOT NULL, source VARCHAR(16) NOT NULL, prediction_id INTEGER, annotator TEXT,
	external_id VARCHAR(200), created_at DATETIME NOT NULL, updated_at DATETIME NOT NULL,
	x1 FLOAT NOT NULL, y1 FLOAT NOT NULL, x2 FLOAT NOT NULL, y2 FLOAT NOT NULL, PRIMARY KEY (id),
	CONSTRAINT ck_annotations_status CHECK (status IN ('accepted', 'rejected')),
	CONSTRAINT ck_annotations_source CHECK (source IN ('predicted', 'edited', 'manual', 'label-studio', 'imported')),
	FOREIGN KEY(image_id) REFERENCES images (id) ON DELETE CASCADE,
	FOREIGN KEY(category_id) REFERENCES categories (id), UNIQUE (prediction_id),
	FOREIGN KEY(prediction_id) REFERENCES predictions (id) ON DELETE SET NULL, UNIQUE (external_id));
CREATE INDEX ix_annotations_image_id ON annotations (image_id);
"""

T = "2026-11-30 12:00:00.000000"
VOCABULARY = "red circle | red disc, blue star, purple square"

#: What the upgraded store must still hold.
IMAGES = [(1, "a.png", 64, 48, "train"), (2, "sub/b.png", 40, 30, None)]
CATEGORIES = [(1, "red circle", ["red disc"]), (2, "blue star", []), (3, "purple square", [])]
MODEL_VERSIONS = [(1, "demo@aaaa", "demo", {"source": "demo"}, None, None),
                  (2, "demo@bbbb", "demo", {"source": "fine-tune"}, {"loss": 0.5}, "demo@aaaa")]
PREDICTIONS = [(1, 1, 1, 1, 0.9, (1.0, 2.0, 30.0, 40.0)), (2, 1, 2, 1, 0.4, (10.0, 10.0, 20.0, 20.0)),
               (3, 2, 3, 2, 0.7, (0.0, 0.0, 15.5, 12.25)), (4, 2, 1, 2, 0.2, (5.0, 5.0, 9.0, 9.0))]
# (id, image, category, status, source, prediction, annotator, external_id, box)
ANNOTATIONS = [(1, 1, 1, "accepted", "predicted", 1, "ann", None, (1.0, 2.0, 30.0, 40.0)),
               (2, 1, 2, "rejected", "predicted", 2, "ann", None, (10.0, 10.0, 20.0, 20.0)),
               (3, 2, 3, "accepted", "edited", 3, None, None, (1.0, 1.0, 16.0, 12.0)),
               (4, 2, 2, "accepted", "label-studio", None, "a@b.c", "label-studio:7:41:r1", (20.0, 5.0, 39.0, 29.0))]


def _ddl(dialect: str) -> list[str]:
    sql = SCHEMA_0_1_0
    if dialect == "postgresql":
        sql = sql.replace("\tid INTEGER NOT NULL,", "\tid SERIAL NOT NULL,").replace("DATETIME", "TIMESTAMP WITH TIME ZONE")
    return [s.strip() for s in sql.split(";") if s.strip()]


def write_old_database(url: str, image_root: Path) -> None:
    """Create the 0.1.0 schema at ``url`` (an empty database) and fill it; ``image_root`` holds
    the images' files (written here too, so the upgraded store can train on them)."""
    from PIL import Image as PILImage

    engine = create_engine(url)
    root = str(image_root.resolve())
    with engine.begin() as conn:
        for statement in _ddl(engine.dialect.name):
            conn.exec_driver_sql(statement)
        for i, rel, w, h, split in IMAGES:
            path = image_root / rel
            path.parent.mkdir(parents=True, exist_ok=True)
            PILImage.new("RGB", (w, h), (i * 40, 0, 0)).save(path)
            conn.execute(text("INSERT INTO images VALUES (:id, :root, :rel, :sha, :w, :h, :split, :t)"),
                         {"id": i, "root": root, "rel": rel, "sha": f"{i:064x}", "w": w, "h": h, "split": split, "t": T})
        for i, name, syns in CATEGORIES:
            conn.execute(text("INSERT INTO categories VALUES (:id, :name, :key, :syns, :t)"),
                         {"id": i, "name": name, "key": name.casefold(), "syns": json.dumps(syns), "t": T})
        for i, version, name, config, metrics, parent in MODEL_VERSIONS:
            conn.execute(text("INSERT INTO model_versions VALUES (:id, :v, :n, :c, :m, :p, :t)"),
                         {"id": i, "v": version, "n": name, "c": json.dumps(config),
                          "m": None if metrics is None else json.dumps(metrics), "p": parent, "t": T})
        runs = sorted({(image, model) for _, image, _, model, _, _ in PREDICTIONS})
        for k, (image, model) in enumerate(runs, start=1):
            conn.execute(text("INSERT INTO prediction_runs VALUES (:id, :i, :m, :v, :th, :t)"),
                         {"id": k, "i": image, "m": model, "v": VOCABULARY, "th": json.dumps({"score": 0.1}), "t": T})
        for i, image, category, model, score, box in PREDICTIONS:
            conn.execute(text("INSERT INTO predictions VALUES (:id, :i, :c, :m, :s, :v, :th, :t, :x1, :y1, :x2, :y2)"),
                         {"id": i, "i": image, "c": category, "m": model, "s": score, "v": VOCABULARY,
                          "th": json.dumps({"score": 0.1}), "t": T, **dict(zip(("x1", "y1", "x2", "y2"), box))})
        for i, image, category, status, source, prediction, annotator, external, box in ANNOTATIONS:
            conn.execute(text("INSERT INTO annotations VALUES (:id, :i, :c, :st, :so, :p, :a, :e, :t, :t, :x1, :y1, :x2, :y2)"),
                         {"id": i, "i": image, "c": category, "st": status, "so": source, "p": prediction, "a": annotator,
                          "e": external, "t": T, **dict(zip(("x1", "y1", "x2", "y2"), box))})
        if engine.dialect.name == "postgresql":  # explicit ids leave the sequences behind
            for table in ("images", "categories", "model_versions", "prediction_runs", "predictions", "annotations"):
                conn.exec_driver_sql(f"SELECT setval(pg_get_serial_sequence('{table}', 'id'), (SELECT max(id) FROM {table}))")
    engine.dispose()


if __name__ == "__main__":
    target = Path(sys.argv[1]).resolve()
    write_old_database(f"sqlite:///{target}", target.parent / (target.stem + "-images"))
    print(f"wrote a release-0.1.0 database at {target}")
