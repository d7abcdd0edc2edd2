"""Reads at 100,000 articles that fetched thousands of wide rows now read narrow ones:

- each asset_targets row carries its asset's landscape cell (modality, nuclide, stage, "-" when not
  stated), name and company, filled here from the assets: a cell's count at save and its sample
  names on a landscape page read these rows through `ix_asset_targets_cell`, not the assets;
- `ix_landscape_cells_target_stage` (target, stage, n_assets): the matrix and the crowding sum the
  cells from the index alone;
- `ix_deals_asset_key_figures` (asset_key, announced_key, id and the three figures) replaces the index
  on asset_key, and the assets' indexes on modality, nuclide and stage and the asset names' on asset_id
  get the id (the name) too: deals filtered through their asset are counted, sorted and summed from
  indexes, and only a page's rows are read;
- a deal's headline value, and its month with its headline total and upfront, in expression indexes:
  the largest deals and the money per month are read in index order;
- each fact_terms row carries its fact's sort date (filled here from the typed rows), in its index:
  a dossier's facts naming a busy company are paged by date from the index, not by sorting thousands
  of typed rows.

Revision ID: 0015
Revises: 0014
Create Date: 2026-12-01
"""
from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0015"
down_revision: str | Sequence[str] | None = "0014"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

CELL = ("modality", "nuclide", "stage")
COPIED = ("name", "name_folded", "company")
KINDS = ("asset", "deal", "clinical", "regulatory", "financial", "termination", "financing", "facility")


def upgrade() -> None:
    for column in (*CELL, *COPIED):
        op.add_column("asset_targets", sa.Column(column, sa.String(), nullable=True))
    targets = sa.table("asset_targets", sa.column("asset_id"), *(sa.column(c) for c in (*CELL, *COPIED)))
    assets = sa.table("assets", sa.column("id"), *(sa.column(c) for c in (*CELL, *COPIED)))

    def copied(column: str, empty: str | None) -> sa.ScalarSelect:
        value = sa.select(assets.c[column]).where(assets.c.id == targets.c.asset_id).scalar_subquery()
        return sa.func.coalesce(value, empty) if empty is not None else value

    op.execute(targets.update().values({**{c: copied(c, "-") for c in CELL}, **{c: copied(c, None) for c in COPIED}}))
    op.create_index("ix_asset_targets_cell", "asset_targets",
                    ["target", "modality", "nuclide", "stage", "name_folded", "asset_id"])
    op.drop_index("ix_asset_targets_target", table_name="asset_targets")
    op.create_index("ix_asset_targets_target_company", "asset_targets", ["target", "company"])
    op.create_index("ix_landscape_cells_target_stage", "landscape_cells", ["target", "stage", "n_assets"])
    op.drop_index("ix_deals_asset_key", table_name="deals")
    op.create_index("ix_deals_asset_key_figures", "deals",
                    ["asset_key", "announced_key", "id", "upfront_usd", "milestones_usd", "total_usd"])
    for column in CELL:
        op.drop_index(f"ix_assets_{column}", table_name="assets")
        op.create_index(f"ix_assets_{column}_id", "assets", [column, "id"])
    op.drop_index("ix_asset_names_asset_id", table_name="asset_names")
    op.create_index("ix_asset_names_asset_id_name", "asset_names", ["asset_id", "name"])
    _dated_terms()
    op.create_index("ix_deals_value", "deals", [sa.text("coalesce(total_usd, upfront_usd + milestones_usd, upfront_usd)")])
    dated = sa.text("length(announced_key) >= 7")
    op.create_index("ix_deals_month_figures", "deals",
                    [sa.text("substr(announced_key, 1, 7)"), sa.text("coalesce(total_usd, upfront_usd + milestones_usd)"),
                     "upfront_usd"], sqlite_where=dated, postgresql_where=dated)


def _dated_terms() -> None:
    op.add_column("fact_terms", sa.Column("sort_date", sa.String(), nullable=True))
    terms = sa.table("fact_terms", sa.column("fact_id"), sa.column("kind"), sa.column("sort_date"))
    for kind in KINDS:
        typed = sa.table(f"{kind}_facts", sa.column("id"), sa.column("sort_date"))
        date = sa.select(typed.c.sort_date).where(typed.c.id == terms.c.fact_id).scalar_subquery()
        op.execute(terms.update().where(terms.c.kind == kind).values(sort_date=date))
    op.drop_index("ix_fact_terms_field_term_kind_fact_id", table_name="fact_terms")
    op.create_index("ix_fact_terms_field_term_kind_date_fact_id", "fact_terms",
                    ["field", "term", "kind", "sort_date", "fact_id"])


def downgrade() -> None:
    op.drop_index("ix_deals_month_figures", table_name="deals")
    op.drop_index("ix_deals_value", table_name="deals")
    op.drop_index("ix_fact_terms_field_term_kind_date_fact_id", table_name="fact_terms")
    op.create_index("ix_fact_terms_field_term_kind_fact_id", "fact_terms", ["field", "term", "kind", "fact_id"])
    with op.batch_alter_table("fact_terms") as batch:
        batch.drop_column("sort_date")
    op.drop_index("ix_asset_names_asset_id_name", table_name="asset_names")
    op.create_index("ix_asset_names_asset_id", "asset_names", ["asset_id"])
    for column in CELL:
        op.drop_index(f"ix_assets_{column}_id", table_name="assets")
        op.create_index(f"ix_assets_{column}", "assets", [column])
    op.drop_index("ix_deals_asset_key_figures", table_name="deals")
    op.create_index("ix_deals_asset_key", "deals", ["asset_key"])
    op.drop_index("ix_landscape_cells_target_stage", table_name="landscape_cells")
    op.drop_index("ix_asset_targets_cell", table_name="asset_targets")
    op.drop_index("ix_asset_targets_target_company", table_name="asset_targets")
    op.create_index("ix_asset_targets_target", "asset_targets", ["target"])
    with op.batch_alter_table("asset_targets") as batch:
        for column in (*CELL, *COPIED):
            batch.drop_column(column)
