"""Documents by their contract name ("<file name>#<n>", as `extract --json` prints it): an index, so
that a page, the API or a command opens a document by that name with one indexed read.

Revision ID: 0010
Revises: 0009
Create Date: 2026-11-29
"""
from collections.abc import Sequence

from alembic import op

revision: str = "0010"
down_revision: str | Sequence[str] | None = "0009"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_index("ix_documents_name", "documents", ["name"])


def downgrade() -> None:
    op.drop_index("ix_documents_name", table_name="documents")
