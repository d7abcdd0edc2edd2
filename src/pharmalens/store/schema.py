"""The tables, declared once for SQLite and PostgreSQL alike.

Migrations in `migrations/versions/` create the same tables; a test compares the two.
"""
from __future__ import annotations

from datetime import datetime, timezone
from typing import Any

from sqlalchemy import JSON, BigInteger, Boolean, DateTime, Float, ForeignKey, Index, Integer, MetaData, String, Text
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
    name: Mapped[str | None] = mapped_column(String, nullable=True)  # "<file name>#<n>", as the contract prints it
    ingested_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utc_now)


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


class IngestRunRow(Base):
    __tablename__ = "ingest_runs"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    started_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utc_now)
    files: Mapped[int] = mapped_column(Integer, default=0)
    articles: Mapped[int] = mapped_column(Integer, default=0)
    facts: Mapped[int] = mapped_column(Integer, default=0)
    skipped: Mapped[list[dict[str, str]]] = mapped_column(JSON, default=list)


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


SEARCH_TABLE_PREFIX = "documents_fts"
SEARCH_COLUMN = "search_vector"
SEARCH_INDEX = "ix_documents_search_vector"


def include_name(name: str | None, type_: str, _parent_names: Any) -> bool:
    """Alembic filter: the full-text search objects of migration 0002 live outside the metadata."""
    if type_ == "table" and name and name.startswith(SEARCH_TABLE_PREFIX):
        return False
    return not (type_ == "column" and name == SEARCH_COLUMN) and not (type_ == "index" and name == SEARCH_INDEX)
