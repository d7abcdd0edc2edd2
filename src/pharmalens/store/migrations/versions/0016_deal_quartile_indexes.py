"""The deals' headline totals and upfront shares in their own indexes, so that SQLite reads the
quartiles of every deal at their ranks (a count and two rows per quartile) instead of every deal's
figures; the upfronts already have theirs.

Revision ID: 0016
Revises: 0015
Create Date: 2026-12-01
"""
from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0016"
down_revision: str | Sequence[str] | None = "0015"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

TOTAL = "coalesce(total_usd, upfront_usd + milestones_usd)"


def upgrade() -> None:
    stated = sa.text(f"{TOTAL} IS NOT NULL")
    op.create_index("ix_deals_total", "deals", [sa.text(TOTAL)], sqlite_where=stated, postgresql_where=stated)
    shared = sa.text(f"upfront_usd > 0 AND upfront_usd <= {TOTAL}")
    op.create_index("ix_deals_upfront_share", "deals", [sa.text(f"(upfront_usd / {TOTAL})")],
                    sqlite_where=shared, postgresql_where=shared)


def downgrade() -> None:
    op.drop_index("ix_deals_upfront_share", table_name="deals")
    op.drop_index("ix_deals_total", table_name="deals")
