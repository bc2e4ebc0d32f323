"""Alembic's environment for the store: migrations run on the connection the store hands over.

``storage.schema`` puts an open connection (inside its transaction, under the database's write
lock) into ``config.attributes["connection"]``. Run from the ``alembic`` command line instead
(drafting a revision), the database comes from ``GRIDCLIP_DB``.
"""

from __future__ import annotations

from alembic import context
from sqlalchemy.engine import Connection

from storage.models import Base

target_metadata = Base.metadata


def _run(connection: Connection) -> None:
    context.configure(
        connection=connection,
        target_metadata=target_metadata,
        # SQLite cannot ALTER most things; batch mode copies the table instead.
        render_as_batch=connection.dialect.name == "sqlite",
        compare_type=True,
    )
    with context.begin_transaction():
        context.run_migrations()


connection = context.config.attributes.get("connection")
if connection is not None:
    _run(connection)
else:  # the alembic command line, for drafting revisions
    import os

    from storage.store import _create_engine, database_url

    engine = _create_engine(database_url(os.environ.get("GRIDCLIP_DB")))
    with engine.begin() as conn:
        _run(conn)
