"""Which outside annotation picked which image-level tag (``image_tag_picks``): a Label Studio
annotation's tags leave with it when it is deleted, and stay while another annotation still
picks them. Existing tags are kept as they are (with no pick behind them).

Revision ID: 0003
Revises: 0002
Create Date: 2026-12-02
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "image_tag_picks",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("external_id", sa.String(200), nullable=False),
        sa.Column("image_id", sa.Integer(), sa.ForeignKey("images.id", ondelete="CASCADE"), nullable=False),
        sa.Column("category_id", sa.Integer(), sa.ForeignKey("categories.id"), nullable=False),
        sa.Column("source", sa.String(16), nullable=False),
        sa.Column("annotator", sa.Text(), nullable=True),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.UniqueConstraint("external_id", "image_id", "category_id", name="uq_image_tag_picks"),
        sa.CheckConstraint("source IN ('manual', 'label-studio', 'imported')", name="ck_image_tag_picks_source"),
    )
    op.create_index("ix_image_tag_picks_external_id", "image_tag_picks", ["external_id"])
    op.create_index("ix_image_tag_picks_image_id", "image_tag_picks", ["image_id"])


def downgrade() -> None:
    op.drop_index("ix_image_tag_picks_image_id", table_name="image_tag_picks")
    op.drop_index("ix_image_tag_picks_external_id", table_name="image_tag_picks")
    op.drop_table("image_tag_picks")
