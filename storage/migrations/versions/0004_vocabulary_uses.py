"""The vocabularies people used (``vocabulary_uses``): the app opens with the last one used on
a picture folder, else in the store, and offers the recent ones. Nothing existing changes.

Revision ID: 0004
Revises: 0003
Create Date: 2026-12-06
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "vocabulary_uses",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("folder", sa.Text(), nullable=False),
        sa.Column("text_key", sa.String(64), nullable=False),
        sa.Column("text", sa.Text(), nullable=False),
        sa.Column("used_at", sa.DateTime(timezone=True), nullable=False),
        sa.UniqueConstraint("folder", "text_key", name="uq_vocabulary_uses_folder_text"),
    )
    op.create_index("ix_vocabulary_uses_used_at", "vocabulary_uses", ["used_at"])


def downgrade() -> None:
    op.drop_index("ix_vocabulary_uses_used_at", table_name="vocabulary_uses")
    op.drop_table("vocabulary_uses")
