"""Counts kept at ingest, so that dashboards and pages never count whole tables: rows per table and
record kind, and assets and companies per target; an index for documents by language.

Revision ID: 0008
Revises: 0007
Create Date: 2026-12-02
"""
from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0008"
down_revision: str | Sequence[str] | None = "0007"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "store_counts",
        sa.Column("name", sa.String(), nullable=False), sa.Column("value", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("name", name="pk_store_counts"),
    )
    op.create_table(
        "target_counts",
        sa.Column("target", sa.String(), nullable=False), sa.Column("n_assets", sa.Integer(), nullable=False),
        sa.Column("n_companies", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("target", name="pk_target_counts"),
    )
    op.create_index("ix_documents_lang_ingested_at_id", "documents", ["lang", "ingested_at", "id"])
    bind = op.get_bind()
    if bind.execute(sa.text("SELECT count(*) FROM documents")).scalar():
        bind.execute(sa.text("DELETE FROM store_meta WHERE key = 'rebuild_knowledge'"))
        bind.execute(sa.text("INSERT INTO store_meta (key, value) VALUES ('rebuild_knowledge', '0008')"))


def downgrade() -> None:
    op.drop_index("ix_documents_lang_ingested_at_id", table_name="documents")
    op.drop_table("target_counts")
    op.drop_table("store_counts")
