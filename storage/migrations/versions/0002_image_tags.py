"""Image-level tags: per image and class, present or absent, with the provenance boxes have
(source, annotator, times). DetCLIPv2-style training learns from them without boxes.

Revision ID: 0002
Revises: 0001
Create Date: 2026-12-01
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "image_tags",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("image_id", sa.Integer(), sa.ForeignKey("images.id", ondelete="CASCADE"), nullable=False),
        sa.Column("category_id", sa.Integer(), sa.ForeignKey("categories.id"), nullable=False),
        sa.Column("present", sa.Boolean(), nullable=False),
        sa.Column("source", sa.String(16), nullable=False),
        sa.Column("annotator", sa.Text(), nullable=True),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.UniqueConstraint("image_id", "category_id", name="uq_image_tags_image_category"),
        sa.CheckConstraint("source IN ('manual', 'label-studio', 'imported')", name="ck_image_tags_source"),
    )
    op.create_index("ix_image_tags_image_id", "image_tags", ["image_id"])


def downgrade() -> None:
    op.drop_index("ix_image_tags_image_id", table_name="image_tags")
    op.drop_table("image_tags")
