"""The assets of one company in name order through an index (company, name_folded, id): a dossier's
assets section and an asset list filtered by company walk it and stop at the page, instead of sorting
every asset of the company with its JSON columns.

Revision ID: 0013
Revises: 0012
Create Date: 2026-11-30
"""
from collections.abc import Sequence

from alembic import op

revision: str = "0013"
down_revision: str | Sequence[str] | None = "0012"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_index("ix_assets_company_name_folded_id", "assets", ["company", "name_folded", "id"])


def downgrade() -> None:
    op.drop_index("ix_assets_company_name_folded_id", table_name="assets")
