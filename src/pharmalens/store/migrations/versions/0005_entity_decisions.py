"""The entity decisions audit trail: merges, proposals, splits and rejections of company and asset
names, automatic or by a person.

Revision ID: 0005
Revises: 0004
Create Date: 2026-11-29
"""
from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0005"
down_revision: str | Sequence[str] | None = "0004"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "entity_decisions",
        sa.Column("id", sa.Integer(), autoincrement=True, nullable=False),
        sa.Column("kind", sa.String(), nullable=False),
        sa.Column("canonical", sa.String(), nullable=False),
        sa.Column("member", sa.String(), nullable=False),
        sa.Column("action", sa.String(), nullable=False),
        sa.Column("reason", sa.Text(), nullable=False),
        sa.Column("score", sa.Float(), nullable=False),
        sa.Column("source", sa.String(), nullable=False),
        sa.Column("note", sa.Text(), nullable=False),
        sa.Column("names", sa.JSON(), nullable=False),
        sa.Column("document_id", sa.String(), nullable=True),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("id", name="pk_entity_decisions"),
    )
    op.create_index("ix_entity_decisions_kind_canonical_member", "entity_decisions", ["kind", "canonical", "member"])
    op.create_index("ix_entity_decisions_created_at", "entity_decisions", ["created_at"])


def downgrade() -> None:
    op.drop_index("ix_entity_decisions_created_at", table_name="entity_decisions")
    op.drop_index("ix_entity_decisions_kind_canonical_member", table_name="entity_decisions")
    op.drop_table("entity_decisions")
