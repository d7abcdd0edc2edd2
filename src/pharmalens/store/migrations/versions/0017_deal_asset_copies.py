"""Each deal carries a copy of its asset (the asset its asset name belongs to, with that asset's
modality, nuclide and most advanced stage), with indexes on the nuclide and the modality holding the
figures and sort keys, so that comparables by nuclide or modality are read from one index range
instead of through every matching asset's names. The copies are filled from the store's own tables.

Revision ID: 0017
Revises: 0016
Create Date: 2026-12-02
"""
from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0017"
down_revision: str | Sequence[str] | None = "0016"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

COPIES = {"asset_id": "id", "asset_modality": "modality", "asset_nuclide": "nuclide",
          "asset_stage": "most_advanced_stage"}


def upgrade() -> None:
    for column in COPIES:
        op.add_column("deals", sa.Column(column, sa.String(), nullable=True))
    found = ("(SELECT assets.{} FROM assets JOIN asset_names ON asset_names.asset_id = assets.id "
             "WHERE asset_names.name = deals.asset_key)")
    op.execute("UPDATE deals SET " + ", ".join(f"{column} = {found.format(source)}"
                                               for column, source in COPIES.items()))
    for cell in ("nuclide", "modality"):
        op.create_index(f"ix_deals_asset_{cell}_figures", "deals",
                        [f"asset_{cell}", "announced_key", "id", "upfront_usd", "milestones_usd", "total_usd"])


def downgrade() -> None:
    for cell in ("modality", "nuclide"):
        op.drop_index(f"ix_deals_asset_{cell}_figures", table_name="deals")
    for column in reversed(list(COPIES)):  # in place (SQLite 3.35+): a copied table would lose the expression indexes
        op.drop_column("deals", column)
