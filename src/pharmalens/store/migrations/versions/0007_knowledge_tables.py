"""Knowledge written at ingest: typed fact rows, filter terms, company names, asset and deal entities,
conflicts and landscape cells; the document's source kind.

The new tables are derived from documents, companies, facts and corrections. This migration creates
them empty and leaves a `rebuild_knowledge` flag in `store_meta` when the store holds documents;
`Store.upgrade()` then fills them with the current code, in one transaction, without re-ingesting.

Revision ID: 0007
Revises: 0006
Create Date: 2026-12-01
"""
from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0007"
down_revision: str | Sequence[str] | None = "0006"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

S, T, F, I = sa.String, sa.Text, sa.Float, sa.Integer


def money(name: str) -> list[tuple[str, type]]:
    return [(name, F), (f"{name}_currency", S), (f"{name}_usd", F)]


TYPED = {  # table: (columns, extra indexes)
    "deal_facts": ([("licensor", S), ("licensee", S), ("asset", S), ("deal_type", S), ("territory", T),
                    *money("upfront"), *money("milestones"), *money("total"), *money("equity"), ("royalty", T),
                    ("announced", S), ("entity_id", S)], ("entity_id", "upfront_usd", "total_usd")),
    "asset_facts": ([("company", S), ("asset", S), ("modality", S), ("nuclide", S), ("stage", S), ("entity_id", S)],
                    ("entity_id",)),
    "clinical_facts": ([("asset", S), ("endpoint", S), ("value", F), ("n", I), ("trial", T)], ()),
    "regulatory_facts": ([("company", S), ("asset", S), ("agency", S), ("event", S), ("scope", T), ("finding", T),
                          ("date", S)], ()),
    "financial_facts": ([("company", S), ("period", S), ("metric", S), ("segment", T), ("amount", F),
                         ("currency", S), ("yoy_pct", F)], ()),
    "termination_facts": ([("company", S), ("asset", S), ("phase", S), ("reason", T), *money("cumulative_spend"),
                           ("date", S)], ()),
    "financing_facts": ([("company", S), ("round", S), *money("amount"), ("exchange", S), ("announced", S)], ()),
    "facility_facts": ([("company", S), ("kind_of_site", S), ("name", T), ("date", S), ("capacity", T)], ()),
}


def upgrade() -> None:
    op.add_column("documents", sa.Column("source_kind", sa.String(), server_default="media", nullable=False))
    op.create_index("ix_documents_ingested_at_id", "documents", ["ingested_at", "id"])
    op.create_index("ix_facts_kind_created_at_id", "facts", ["kind", "created_at", "id"])
    op.create_table(
        "company_names",
        sa.Column("name", sa.String(), nullable=False),
        sa.Column("company", sa.String(), nullable=False),
        sa.ForeignKeyConstraint(["company"], ["companies.name"], name="fk_company_names_company_companies",
                                ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("name", "company", name="pk_company_names"),
    )
    op.create_index("ix_company_names_company", "company_names", ["company"])
    op.create_table(
        "fact_terms",
        sa.Column("fact_id", sa.String(), nullable=False),
        sa.Column("field", sa.String(), nullable=False),
        sa.Column("term", sa.String(), nullable=False),
        sa.Column("kind", sa.String(), nullable=False),
        sa.ForeignKeyConstraint(["fact_id"], ["facts.id"], name="fk_fact_terms_fact_id_facts", ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("fact_id", "field", "term", name="pk_fact_terms"),
    )
    op.create_index("ix_fact_terms_field_term_kind_fact_id", "fact_terms", ["field", "term", "kind", "fact_id"])
    for table, (columns, indexed) in TYPED.items():
        op.create_table(
            table,
            sa.Column("id", sa.String(), nullable=False),
            sa.Column("document_id", sa.String(), nullable=False),
            sa.Column("sort_date", sa.String(), nullable=True),
            *(sa.Column(name, kind(), nullable=True) for name, kind in columns),
            sa.ForeignKeyConstraint(["id"], ["facts.id"], name=f"fk_{table}_id_facts", ondelete="CASCADE"),
            sa.PrimaryKeyConstraint("id", name=f"pk_{table}"),
        )
        for column in ("document_id", "sort_date", *indexed):
            op.create_index(f"ix_{table}_{column}", table, [column])
    _entity_tables()
    _fill_later()


def _entity_tables() -> None:
    op.create_table(
        "assets",
        sa.Column("id", S(), nullable=False), sa.Column("name", S(), nullable=False),
        sa.Column("name_folded", S(), nullable=False), sa.Column("company", S(), nullable=True),
        sa.Column("modality", S(), nullable=True), sa.Column("nuclide", S(), nullable=True),
        sa.Column("stage", S(), nullable=True), sa.Column("most_advanced_stage", S(), nullable=True),
        sa.Column("chosen", sa.JSON(), nullable=False), sa.Column("n_sources", I(), nullable=False),
        sa.Column("conflict_fields", sa.JSON(), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("id", name="pk_assets"),
    )
    for column in ("name_folded", "company", "modality", "nuclide", "stage"):
        op.create_index(f"ix_assets_{column}", "assets", [column])
    op.create_table(
        "asset_names",
        sa.Column("name", S(), nullable=False), sa.Column("asset_id", S(), nullable=False),
        sa.ForeignKeyConstraint(["asset_id"], ["assets.id"], name="fk_asset_names_asset_id_assets", ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("name", name="pk_asset_names"),
    )
    op.create_index("ix_asset_names_asset_id", "asset_names", ["asset_id"])
    op.create_table(
        "asset_targets",
        sa.Column("asset_id", S(), nullable=False), sa.Column("target", S(), nullable=False),
        sa.ForeignKeyConstraint(["asset_id"], ["assets.id"], name="fk_asset_targets_asset_id_assets",
                                ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("asset_id", "target", name="pk_asset_targets"),
    )
    op.create_index("ix_asset_targets_target", "asset_targets", ["target"])
    op.create_table(
        "deals",
        sa.Column("id", S(), nullable=False), sa.Column("licensor", S(), nullable=True),
        sa.Column("licensee", S(), nullable=True), sa.Column("asset_key", S(), nullable=True),
        sa.Column("deal_type", S(), nullable=True), sa.Column("territory", T(), nullable=True),
        sa.Column("upfront_usd", F(), nullable=True),
        sa.Column("milestones_usd", F(), nullable=True), sa.Column("total_usd", F(), nullable=True),
        sa.Column("announced_key", S(), nullable=True), sa.Column("year", I(), nullable=True),
        sa.Column("licensor_country", S(), nullable=True), sa.Column("stage", S(), nullable=True),
        sa.Column("chosen", sa.JSON(), nullable=False), sa.Column("n_sources", I(), nullable=False),
        sa.Column("conflict_fields", sa.JSON(), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("id", name="pk_deals"),
    )
    op.create_index("ix_deals_licensor_licensee", "deals", ["licensor", "licensee"])
    for column in ("licensee", "asset_key", "deal_type", "upfront_usd", "total_usd", "announced_key",
                   "year", "licensor_country"):
        op.create_index(f"ix_deals_{column}", "deals", [column])
    op.create_table(
        "conflicts",
        sa.Column("id", I(), autoincrement=True, nullable=False), sa.Column("entity_kind", S(), nullable=False),
        sa.Column("entity_id", S(), nullable=False), sa.Column("field", S(), nullable=False),
        sa.Column("rank", I(), nullable=False), sa.Column("value", sa.JSON(), nullable=True),
        sa.Column("fact_id", S(), nullable=False), sa.Column("document_id", S(), nullable=False),
        sa.Column("source_kind", S(), nullable=False), sa.Column("published", S(), nullable=True),
        sa.PrimaryKeyConstraint("id", name="pk_conflicts"),
    )
    op.create_index("ix_conflicts_entity_kind_entity_id", "conflicts", ["entity_kind", "entity_id"])
    op.create_table(
        "landscape_cells",
        sa.Column("target", S(), nullable=False), sa.Column("modality", S(), nullable=False),
        sa.Column("nuclide", S(), nullable=False), sa.Column("stage", S(), nullable=False),
        sa.Column("n_assets", I(), nullable=False), sa.Column("n_companies", I(), nullable=False),
        sa.PrimaryKeyConstraint("target", "modality", "nuclide", "stage", name="pk_landscape_cells"),
    )
    op.create_table(
        "store_meta",
        sa.Column("key", S(), nullable=False), sa.Column("value", S(), nullable=False),
        sa.PrimaryKeyConstraint("key", name="pk_store_meta"),
    )


def _fill_later() -> None:
    """Ask `Store.upgrade()` to derive the new tables from the stored rows (none to derive: no flag)."""
    bind = op.get_bind()
    if bind.execute(sa.text("SELECT count(*) FROM documents")).scalar():
        bind.execute(sa.text("INSERT INTO store_meta (key, value) VALUES ('rebuild_knowledge', '0007')"))


def downgrade() -> None:
    for table in ("store_meta", "landscape_cells", "conflicts", "deals", "asset_targets", "asset_names", "assets",
                  *TYPED, "fact_terms", "company_names"):
        op.drop_table(table)
    op.drop_index("ix_facts_kind_created_at_id", table_name="facts")
    op.drop_index("ix_documents_ingested_at_id", table_name="documents")
    with op.batch_alter_table("documents") as batch:
        batch.drop_column("source_kind")
