"""Near-duplicate band keys per document, filled in for the documents already stored.

Revision ID: 0004
Revises: 0003
Create Date: 2026-11-29
"""
from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

from pharmalens.documents.dedup import signature

revision: str = "0004"
down_revision: str | Sequence[str] | None = "0003"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

BATCH = 500


def upgrade() -> None:
    bands = op.create_table(
        "near_duplicate_bands",
        sa.Column("band", sa.BigInteger(), nullable=False),
        sa.Column("document_id", sa.String(), nullable=False),
        sa.ForeignKeyConstraint(["document_id"], ["documents.id"],
                                name="fk_near_duplicate_bands_document_id_documents", ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("band", "document_id", name="pk_near_duplicate_bands"),
    )
    op.create_index("ix_near_duplicate_bands_document_id", "near_duplicate_bands", ["document_id"])
    connection = op.get_bind()
    ids = list(connection.scalars(sa.text("SELECT id FROM documents ORDER BY id")))
    documents = sa.table("documents", sa.column("id", sa.String()), sa.column("text", sa.Text()))
    for start in range(0, len(ids), BATCH):
        query = sa.select(documents.c.id, documents.c.text).where(documents.c.id.in_(ids[start:start + BATCH]))
        values = [{"band": band, "document_id": doc_id}
                  for doc_id, text in connection.execute(query) for band in set(signature(text).bands)]
        if values:
            op.bulk_insert(bands, values)


def downgrade() -> None:
    op.drop_index("ix_near_duplicate_bands_document_id", table_name="near_duplicate_bands")
    op.drop_table("near_duplicate_bands")
