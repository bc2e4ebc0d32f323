"""Alembic migrations of the store's schema; run by :mod:`storage.schema`, never by hand.

A new schema change: edit ``storage/models.py``, then write the next file in ``versions/``
(``alembic -c storage/migrations/alembic.ini revision --autogenerate -m "what"`` against a
database at head drafts it; read and fix the draft). ``tests/storage/test_migrations.py`` checks
that head matches the models exactly and that a database of every earlier release upgrades.
"""
