"""The deals' figures in a narrow index (upfront_usd, milestones_usd, total_usd, id): the quartiles of
a deal list read every deal's three figures, and its chart the ids of the largest deals by headline
value, from this index instead of scanning the deals with their JSON columns.

Revision ID: 0014
Revises: 0013
Create Date: 2026-11-30
"""
from collections.abc import Sequence

from alembic import op

revision: str = "0014"
down_revision: str | Sequence[str] | None = "0013"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_index("ix_deals_upfront_milestones_total_id", "deals",
                    ["upfront_usd", "milestones_usd", "total_usd", "id"])


def downgrade() -> None:
    op.drop_index("ix_deals_upfront_milestones_total_id", table_name="deals")
