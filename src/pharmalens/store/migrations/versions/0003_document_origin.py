"""Where a document came from beyond its path: the URL it was fetched from, when, and the offsets
where each page of a PDF starts (so evidence can name its page).

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-29
"""
from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0003"
down_revision: str | Sequence[str] | None = "0002"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.add_column("documents", sa.Column("url", sa.Text(), nullable=True))
    op.add_column("documents", sa.Column("fetched_at", sa.String(), nullable=True))
    op.add_column("documents", sa.Column("pages", sa.JSON(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("documents") as batch:
        batch.drop_column("pages")
        batch.drop_column("fetched_at")
        batch.drop_column("url")
