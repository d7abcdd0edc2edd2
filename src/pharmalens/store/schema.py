"""The tables, declared once for SQLite and PostgreSQL alike.

Migrations in `migrations/versions/` create the same tables; a test compares the two.
"""
from __future__ import annotations

from datetime import datetime, timezone
from typing import Any

from sqlalchemy import (
    JSON,
    BigInteger,
    Boolean,
    Column,
    DateTime,
    Float,
    ForeignKey,
    Index,
    Integer,
    MetaData,
    String,
    Table,
    Text,
    and_,
    func,
    literal_column,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column

NAMING_CONVENTION = {
    "ix": "ix_%(table_name)s_%(column_0_N_name)s",
    "uq": "uq_%(table_name)s_%(column_0_N_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


def utc_now() -> datetime:
    return datetime.now(timezone.utc)


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING_CONVENTION)


class DocumentRow(Base):
    __tablename__ = "documents"

    id: Mapped[str] = mapped_column(String, primary_key=True)
    content_hash: Mapped[str] = mapped_column(String, unique=True, index=True)
    source: Mapped[str] = mapped_column(Text)
    title: Mapped[str] = mapped_column(Text)
    lang: Mapped[str] = mapped_column(String)
    relevant: Mapped[bool] = mapped_column(Boolean)
    published: Mapped[str | None] = mapped_column(String)
    duplicate_of: Mapped[str | None] = mapped_column(String)
    span_start: Mapped[int] = mapped_column(Integer)
    span_end: Mapped[int] = mapped_column(Integer)
    text: Mapped[str] = mapped_column(Text)
    url: Mapped[str | None] = mapped_column(Text, nullable=True)
    fetched_at: Mapped[str | None] = mapped_column(String, nullable=True)
    pages: Mapped[list[int] | None] = mapped_column(JSON, nullable=True)
    name: Mapped[str | None] = mapped_column(String, nullable=True, index=True)  # "<file name>#<n>", as the contract prints it
    ingested_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utc_now)
    source_kind: Mapped[str] = mapped_column(String, default="media", server_default="media")
    search_title: Mapped[str | None] = mapped_column(Text, nullable=True)  # folded copies for search (see `search`)
    search_text: Mapped[str | None] = mapped_column(Text, nullable=True)

    __table_args__ = (Index("ix_documents_ingested_at_id", "ingested_at", "id"),
                      Index("ix_documents_lang_ingested_at_id", "lang", "ingested_at", "id"))


class CompanyRow(Base):
    __tablename__ = "companies"

    name: Mapped[str] = mapped_column(String, primary_key=True)
    kind: Mapped[str] = mapped_column(String)
    provisional: Mapped[bool] = mapped_column(Boolean)
    aliases: Mapped[list[str]] = mapped_column(JSON)


class FactRow(Base):
    __tablename__ = "facts"

    id: Mapped[str] = mapped_column(String, primary_key=True)
    kind: Mapped[str] = mapped_column(String, index=True)
    document_id: Mapped[str] = mapped_column(ForeignKey("documents.id", ondelete="CASCADE"), index=True)
    payload: Mapped[dict[str, Any]] = mapped_column(JSON)
    company: Mapped[str | None] = mapped_column(String, index=True)
    asset: Mapped[str | None] = mapped_column(String, index=True)
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utc_now, index=True)

    __table_args__ = (Index("ix_facts_kind_created_at_id", "kind", "created_at", "id"),)


class IngestRunRow(Base):
    __tablename__ = "ingest_runs"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    started_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utc_now)
    files: Mapped[int] = mapped_column(Integer, default=0)
    articles: Mapped[int] = mapped_column(Integer, default=0)
    facts: Mapped[int] = mapped_column(Integer, default=0)
    skipped: Mapped[list[dict[str, str]]] = mapped_column(JSON, default=list)


class IngestJobRow(Base):
    """One upload queued by `POST /api/ingest`; `outcome` is the ingest summary, or the error;
    `owner` names the server process that holds the job until it ends."""

    __tablename__ = "ingest_jobs"

    id: Mapped[str] = mapped_column(String, primary_key=True)
    name: Mapped[str] = mapped_column(String)
    status: Mapped[str] = mapped_column(String, index=True)
    owner: Mapped[str | None] = mapped_column(String, nullable=True)
    submitted_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utc_now)
    finished_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True), nullable=True)
    outcome: Mapped[dict[str, Any] | None] = mapped_column(JSON, nullable=True)

class CorrectionRow(Base):
    """One manual correction of one field of one fact; kept when the fact is re-extracted."""

    __tablename__ = "corrections"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    record_id: Mapped[str] = mapped_column(String, index=True)
    field: Mapped[str] = mapped_column(String)
    old_value: Mapped[Any] = mapped_column(JSON(none_as_null=True), nullable=True)
    new_value: Mapped[Any] = mapped_column(JSON(none_as_null=True), nullable=True)
    note: Mapped[str] = mapped_column(Text, default="")
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utc_now, index=True)


class NearDuplicateBandRow(Base):
    """One LSH band key of one document's MinHash signature (documents/dedup.py): documents that
    share a key are the candidates when looking for near copies, so nothing is rebuilt per ingest."""

    __tablename__ = "near_duplicate_bands"

    band: Mapped[int] = mapped_column(BigInteger, primary_key=True)
    document_id: Mapped[str] = mapped_column(ForeignKey("documents.id", ondelete="CASCADE"), primary_key=True,
                                             index=True)


class EntityDecisionRow(Base):
    """One decision that two names are (or may be, or are not) one company or asset: the audit
    trail of resolution. The newest row about a pair is the one in force."""

    __tablename__ = "entity_decisions"
    __table_args__ = (Index("ix_entity_decisions_kind_canonical_member", "kind", "canonical", "member"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    kind: Mapped[str] = mapped_column(String)
    canonical: Mapped[str] = mapped_column(String)
    member: Mapped[str] = mapped_column(String)
    action: Mapped[str] = mapped_column(String)
    reason: Mapped[str] = mapped_column(Text, default="")
    score: Mapped[float] = mapped_column(Float, default=1.0)
    source: Mapped[str] = mapped_column(String, default="auto")
    note: Mapped[str] = mapped_column(Text, default="")
    names: Mapped[list[str]] = mapped_column(JSON, default=list)
    document_id: Mapped[str | None] = mapped_column(String, nullable=True)
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utc_now, index=True)


class CompanyNameRow(Base):
    """Every folded name and alias of every company, for indexed look-ups."""

    __tablename__ = "company_names"

    name: Mapped[str] = mapped_column(String, primary_key=True)
    company: Mapped[str] = mapped_column(ForeignKey("companies.name", ondelete="CASCADE"), primary_key=True,
                                         index=True)


class FactTermRow(Base):
    """One filterable value of one fact (folded): the registry's filters, read through an index."""

    __tablename__ = "fact_terms"

    fact_id: Mapped[str] = mapped_column(ForeignKey("facts.id", ondelete="CASCADE"), primary_key=True)
    field: Mapped[str] = mapped_column(String, primary_key=True)
    term: Mapped[str] = mapped_column(String, primary_key=True)
    kind: Mapped[str] = mapped_column(String)
    sort_date: Mapped[str | None] = mapped_column(String)  # the fact's, as its typed row has it

    # the facts naming a company, by date, a page at a time from the index alone
    __table_args__ = (Index("ix_fact_terms_field_term_kind_date_fact_id", "field", "term", "kind", "sort_date",
                            "fact_id"),)


def _money(name: str) -> list[Column]:
    return [Column(name, Float), Column(f"{name}_currency", String), Column(f"{name}_usd", Float)]


def _typed_table(name: str, *columns: Column, indexed: tuple[str, ...] = ()) -> Table:
    """A typed row per stored fact of one kind: its id, document, sort date and typed columns."""
    table = Table(name, Base.metadata,
                  Column("id", String, ForeignKey("facts.id", ondelete="CASCADE"), primary_key=True),
                  Column("document_id", String, nullable=False, index=True),
                  Column("sort_date", String, index=True),
                  *columns)
    for column in indexed:
        Index(f"ix_{name}_{column}", table.c[column])
    return table


TYPED_FACTS: dict[str, Table] = {
    "deal": _typed_table("deal_facts", Column("licensor", String), Column("licensee", String),
                         Column("asset", String), Column("deal_type", String), Column("territory", Text),
                         *_money("upfront"), *_money("milestones"), *_money("total"), *_money("equity"),
                         Column("royalty", Text), Column("announced", String), Column("entity_id", String),
                         indexed=("entity_id", "upfront_usd", "total_usd")),
    "asset": _typed_table("asset_facts", Column("company", String), Column("asset", String),
                          Column("modality", String), Column("nuclide", String), Column("stage", String),
                          Column("entity_id", String), indexed=("entity_id",)),
    "clinical": _typed_table("clinical_facts", Column("asset", String), Column("endpoint", String),
                             Column("value", Float), Column("n", Integer), Column("trial", Text)),
    "regulatory": _typed_table("regulatory_facts", Column("company", String), Column("asset", String),
                               Column("agency", String), Column("event", String), Column("scope", Text),
                               Column("finding", Text), Column("date", String)),
    "financial": _typed_table("financial_facts", Column("company", String), Column("period", String),
                              Column("metric", String), Column("segment", Text), Column("amount", Float),
                              Column("currency", String), Column("yoy_pct", Float)),
    "termination": _typed_table("termination_facts", Column("company", String), Column("asset", String),
                                Column("phase", String), Column("reason", Text), *_money("cumulative_spend"),
                                Column("date", String)),
    "financing": _typed_table("financing_facts", Column("company", String), Column("round", String),
                              *_money("amount"), Column("exchange", String), Column("announced", String)),
    "facility": _typed_table("facility_facts", Column("company", String), Column("kind_of_site", String),
                             Column("name", Text), Column("date", String), Column("capacity", Text)),
}


class AssetRow(Base):
    """One real asset across documents: the chosen values (`chosen`, contract form) and indexed copies."""

    __tablename__ = "assets"

    id: Mapped[str] = mapped_column(String, primary_key=True)
    name: Mapped[str] = mapped_column(String)
    name_folded: Mapped[str] = mapped_column(String, index=True)
    company: Mapped[str | None] = mapped_column(String, index=True)
    modality: Mapped[str | None] = mapped_column(String)
    nuclide: Mapped[str | None] = mapped_column(String)
    stage: Mapped[str | None] = mapped_column(String)
    most_advanced_stage: Mapped[str | None] = mapped_column(String)
    chosen: Mapped[dict[str, Any]] = mapped_column(JSON)
    n_sources: Mapped[int] = mapped_column(Integer)
    conflict_fields: Mapped[list[str]] = mapped_column(JSON)
    updated_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utc_now)

    # a filter on modality, nuclide or stage finds the assets' ids in its index without their rows
    __table_args__ = (Index("ix_assets_company_name_folded_id", "company", "name_folded", "id"),
                      *(Index(f"ix_assets_{column}_id", column, "id") for column in ("modality", "nuclide", "stage")))


class AssetNameRow(Base):
    """Each folded name or alias belongs to one asset (names shared by two facts join their assets)."""

    __tablename__ = "asset_names"

    name: Mapped[str] = mapped_column(String, primary_key=True)
    asset_id: Mapped[str] = mapped_column(ForeignKey("assets.id", ondelete="CASCADE"))

    __table_args__ = (Index("ix_asset_names_asset_id_name", "asset_id", "name"),)  # an asset's names, index only


class AssetTargetRow(Base):
    """The targets of an asset, folded; "(undisclosed)" when none is stated. Each row also carries the
    asset's landscape cell (modality, nuclide, stage; "-" when not stated), name and company, written
    with the asset: the cells' counts and sample names read these narrow rows, not the assets."""

    __tablename__ = "asset_targets"

    asset_id: Mapped[str] = mapped_column(ForeignKey("assets.id", ondelete="CASCADE"), primary_key=True)
    target: Mapped[str] = mapped_column(String, primary_key=True)
    modality: Mapped[str | None] = mapped_column(String)
    nuclide: Mapped[str | None] = mapped_column(String)
    stage: Mapped[str | None] = mapped_column(String)
    name: Mapped[str | None] = mapped_column(String)
    name_folded: Mapped[str | None] = mapped_column(String)
    company: Mapped[str | None] = mapped_column(String)

    __table_args__ = (Index("ix_asset_targets_cell", "target", "modality", "nuclide", "stage", "name_folded",
                            "asset_id"),
                      Index("ix_asset_targets_target_company", "target", "company"))  # a target's owners, counted


class DealRow(Base):
    """One real deal across documents: chosen values (`chosen`, contract form) and indexed copies."""

    __tablename__ = "deals"

    id: Mapped[str] = mapped_column(String, primary_key=True)
    licensor: Mapped[str | None] = mapped_column(String)
    licensee: Mapped[str | None] = mapped_column(String, index=True)
    asset_key: Mapped[str | None] = mapped_column(String)
    deal_type: Mapped[str | None] = mapped_column(String, index=True)
    territory: Mapped[str | None] = mapped_column(Text)
    upfront_usd: Mapped[float | None] = mapped_column(Float, index=True)
    milestones_usd: Mapped[float | None] = mapped_column(Float)
    total_usd: Mapped[float | None] = mapped_column(Float, index=True)
    announced_key: Mapped[str | None] = mapped_column(String, index=True)
    year: Mapped[int | None] = mapped_column(Integer, index=True)
    licensor_country: Mapped[str | None] = mapped_column(String, index=True)
    stage: Mapped[str | None] = mapped_column(String)
    # the asset its asset name belongs to now, and that asset's cell (kept by `deal_assets`)
    asset_id: Mapped[str | None] = mapped_column(String)
    asset_modality: Mapped[str | None] = mapped_column(String)
    asset_nuclide: Mapped[str | None] = mapped_column(String)
    asset_stage: Mapped[str | None] = mapped_column(String)
    chosen: Mapped[dict[str, Any]] = mapped_column(JSON)
    n_sources: Mapped[int] = mapped_column(Integer)
    conflict_fields: Mapped[list[str]] = mapped_column(JSON)
    updated_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utc_now)

    __table_args__ = (Index("ix_deals_licensor_licensee", "licensor", "licensee"),
                      # the figures of every deal (quartiles) and the largest by value, without the rows
                      Index("ix_deals_upfront_milestones_total_id", "upfront_usd", "milestones_usd", "total_usd", "id"),
                      # deals filtered through their asset (by name: a target; by the copies above: its nuclide or
                      # modality): the figures, the count and a page's sort keys read from the index
                      *(Index(f"ix_deals_asset_{by}_figures", f"asset_{by}", "announced_key", "id", "upfront_usd",
                              "milestones_usd", "total_usd") for by in ("key", "nuclide", "modality")))


# A deal's headline value (total, else upfront + milestones, else upfront), headline total and month, in
# indexes the lists and the dashboard read in order; literals are in the SQL so the database matches them.
DEAL_VALUE = func.coalesce(DealRow.total_usd, DealRow.upfront_usd + DealRow.milestones_usd, DealRow.upfront_usd)
DEAL_TOTAL = func.coalesce(DealRow.total_usd, DealRow.upfront_usd + DealRow.milestones_usd)
DEAL_MONTH = func.substr(DealRow.announced_key, literal_column("1"), literal_column("7"))
DEAL_DATED = func.length(DealRow.announced_key) >= literal_column("7")
DEAL_SHARED = and_(DealRow.upfront_usd > literal_column("0"), DealRow.upfront_usd <= DEAL_TOTAL)
DEAL_SHARE = DealRow.upfront_usd.op("/")(DEAL_TOTAL)  # of the deals DEAL_SHARED keeps; quartiles read at ranks
Index("ix_deals_value", DEAL_VALUE)
Index("ix_deals_month_figures", DEAL_MONTH, DEAL_TOTAL, DealRow.upfront_usd, sqlite_where=DEAL_DATED,
      postgresql_where=DEAL_DATED)
Index("ix_deals_total", DEAL_TOTAL, sqlite_where=DEAL_TOTAL.is_not(None), postgresql_where=DEAL_TOTAL.is_not(None))
Index("ix_deals_upfront_share", DEAL_SHARE, sqlite_where=DEAL_SHARED, postgresql_where=DEAL_SHARED)


class ConflictRow(Base):
    """One stated value of an entity field its sources disagree on; rank 0 is the chosen one."""

    __tablename__ = "conflicts"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    entity_kind: Mapped[str] = mapped_column(String)
    entity_id: Mapped[str] = mapped_column(String)
    field: Mapped[str] = mapped_column(String)
    rank: Mapped[int] = mapped_column(Integer)
    value: Mapped[Any] = mapped_column(JSON, nullable=True)
    fact_id: Mapped[str] = mapped_column(String)
    document_id: Mapped[str] = mapped_column(String)
    source_kind: Mapped[str] = mapped_column(String)
    published: Mapped[str | None] = mapped_column(String)

    __table_args__ = (Index("ix_conflicts_entity_kind_entity_id", "entity_kind", "entity_id"),)


class LandscapeCellRow(Base):
    """Assets per target × modality × nuclide × stage ("-" where not stated), kept at ingest."""

    __tablename__ = "landscape_cells"

    target: Mapped[str] = mapped_column(String, primary_key=True)
    modality: Mapped[str] = mapped_column(String, primary_key=True)
    nuclide: Mapped[str] = mapped_column(String, primary_key=True)
    stage: Mapped[str] = mapped_column(String, primary_key=True)
    n_assets: Mapped[int] = mapped_column(Integer)
    n_companies: Mapped[int] = mapped_column(Integer)

    # the matrix and crowding sum assets per (target, stage) from this index alone
    __table_args__ = (Index("ix_landscape_cells_target_stage", "target", "stage", "n_assets"),)


class TargetCountRow(Base):
    """Distinct assets and companies per target (as first spelled), kept at ingest."""

    __tablename__ = "target_counts"

    target: Mapped[str] = mapped_column(String, primary_key=True)
    n_assets: Mapped[int] = mapped_column(Integer)
    n_companies: Mapped[int] = mapped_column(Integer)


class StoreCountRow(Base):
    """Rows per table and record kind, and writes so far, kept at ingest (no whole-table counts)."""

    __tablename__ = "store_counts"

    name: Mapped[str] = mapped_column(String, primary_key=True)
    value: Mapped[int] = mapped_column(Integer)


class MetaRow(Base):
    """Store-wide flags, such as a knowledge rebuild a migration left to do."""

    __tablename__ = "store_meta"

    key: Mapped[str] = mapped_column(String, primary_key=True)
    value: Mapped[str] = mapped_column(String)
