"""Initial tables: documents, companies, facts, ingest_runs.

Revision ID: 0001
Revises:
Create Date: 2026-05-20
"""
from typing import Sequence, Union

import sqlalchemy as sa
from alembic import op

revision: str = "0001"
down_revision: Union[str, Sequence[str], None] = None
branch_labels: Union[str, Sequence[str], None] = None
depends_on: Union[str, Sequence[str], None] = None


def upgrade() -> None:
    op.create_table(
        "documents",
        sa.Column("id", sa.String(), nullable=False),
        sa.Column("content_hash", sa.String(), nullable=False),
        sa.Column("source", sa.Text(), nullable=False),
        sa.Column("title", sa.Text(), nullable=False),
        sa.Column("lang", sa.String(), nullable=False),
        sa.Column("relevant", sa.Boolean(), nullable=False),
        sa.Column("published", sa.String(), nullable=True),
        sa.Column("duplicate_of", sa.String(), nullable=True),
        sa.Column("span_start", sa.Integer(), nullable=False),
        sa.Column("span_end", sa.Integer(), nullable=False),
        sa.Column("text", sa.Text(), nullable=False),
        sa.Column("ingested_at", sa.DateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("id", name="pk_documents"),
    )
    op.create_index("ix_documents_content_hash", "documents", ["content_hash"], unique=True)
    op.create_table(
        "companies",
        sa.Column("name", sa.String(), nullable=False),
        sa.Column("kind", sa.String(), nullable=False),
        sa.Column("provisional", sa.Boolean(), nullable=False),
        sa.Column("aliases", sa.JSON(), nullable=False),
        sa.PrimaryKeyConstraint("name", name="pk_companies"),
    )
    op.create_table(
        "facts",
        sa.Column("id", sa.String(), nullable=False),
        sa.Column("kind", sa.String(), nullable=False),
        sa.Column("document_id", sa.String(), nullable=False),
        sa.Column("payload", sa.JSON(), nullable=False),
        sa.Column("company", sa.String(), nullable=True),
        sa.Column("asset", sa.String(), nullable=True),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(["document_id"], ["documents.id"], name="fk_facts_document_id_documents",
                                ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id", name="pk_facts"),
    )
    for column in ("kind", "document_id", "company", "asset", "created_at"):
        op.create_index(f"ix_facts_{column}", "facts", [column])
    op.create_table(
        "ingest_runs",
        sa.Column("id", sa.Integer(), autoincrement=True, nullable=False),
        sa.Column("started_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("files", sa.Integer(), nullable=False),
        sa.Column("articles", sa.Integer(), nullable=False),
        sa.Column("facts", sa.Integer(), nullable=False),
        sa.Column("skipped", sa.JSON(), nullable=False),
        sa.PrimaryKeyConstraint("id", name="pk_ingest_runs"),
    )


def downgrade() -> None:
    op.drop_table("ingest_runs")
    for column in ("kind", "document_id", "company", "asset", "created_at"):
        op.drop_index(f"ix_facts_{column}", table_name="facts")
    op.drop_table("facts")
    op.drop_table("companies")
    op.drop_index("ix_documents_content_hash", table_name="documents")
    op.drop_table("documents")
