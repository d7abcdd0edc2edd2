"""Reading the tables inside a session the caller owns (writing is in `writes`)."""
from __future__ import annotations

from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from pharmalens.model.contract import company_to_json, document_to_json
from pharmalens.model.records import RECORD_LISTS, Company, Document, Skipped

from .database import StoreError
from .schema import CompanyRow, CorrectionRow, DocumentRow, FactRow, IngestRunRow

FACT_KINDS = {name: cls.__dataclass_fields__["kind"].default for name, cls in RECORD_LISTS.items()}


def content_holder(session: Session, content_hash: str) -> str | None:
    return session.scalar(select(DocumentRow.id).where(DocumentRow.content_hash == content_hash))


def fact_kind(kind: str) -> str:
    """The stored kind for a kind ("deal") or a contract list name ("deals")."""
    if kind in FACT_KINDS.values():
        return kind
    if kind in FACT_KINDS:
        return FACT_KINDS[kind]
    raise StoreError(f"unknown fact kind {kind!r}; expected one of {', '.join(FACT_KINDS.values())}")


def read_documents(session: Session, limit: int | None = None) -> list[dict[str, Any]]:
    query = select(DocumentRow).order_by(DocumentRow.ingested_at, DocumentRow.id).limit(limit)
    return [document_to_json(to_document(row)) for row in session.scalars(query)]


def to_document(row: DocumentRow) -> Document:
    return Document(id=row.id, source=row.source, text=row.text, span=(row.span_start, row.span_end),
                    title=row.title, lang=row.lang, relevant=row.relevant, published=row.published,
                    content_hash=row.content_hash, duplicate_of=row.duplicate_of, url=row.url,
                    fetched_at=row.fetched_at, pages=tuple(row.pages or ()), name=row.name or "")


def read_companies(session: Session) -> list[dict[str, Any]]:
    rows = session.scalars(select(CompanyRow).order_by(CompanyRow.name))
    return [company_to_json(Company(row.name, list(row.aliases or []), row.kind, row.provisional))
            for row in rows]


def read_fingerprint(session: Session) -> tuple:
    facts = session.execute(select(func.count(), func.max(FactRow.created_at))).one()
    corrections = session.execute(select(func.count(), func.max(CorrectionRow.created_at))).one()
    documents = session.scalar(select(func.count()).select_from(DocumentRow)) or 0
    return (facts[0], str(facts[1]), corrections[0], str(corrections[1]), documents)


def read_payloads(session: Session, kind: str | None = None, document_id: str | None = None) -> list[dict[str, Any]]:
    """Only the payload column: no ORM objects for queries over many facts."""
    query = select(FactRow.payload).order_by(FactRow.created_at, FactRow.document_id, FactRow.kind, FactRow.id)
    if kind is not None:
        query = query.where(FactRow.kind == fact_kind(kind))
    if document_id is not None:
        query = query.where(FactRow.document_id == document_id)
    return list(session.scalars(query))


def read_facts(session: Session, kind: str | None = None, document_id: str | None = None) -> list[FactRow]:
    query = select(FactRow).order_by(FactRow.created_at, FactRow.document_id, FactRow.kind, FactRow.id)
    if kind is not None:
        query = query.where(FactRow.kind == fact_kind(kind))
    if document_id is not None:
        query = query.where(FactRow.document_id == document_id)
    return list(session.scalars(query))


def read_counts(session: Session) -> dict[str, int]:
    rows = session.execute(select(FactRow.kind, func.count()).group_by(FactRow.kind))
    by_kind: dict[str, int] = {kind: count for kind, count in rows}
    counts = {
        "documents": session.scalar(select(func.count()).select_from(DocumentRow)) or 0,
        "companies": session.scalar(select(func.count()).select_from(CompanyRow)) or 0,
        "facts": sum(by_kind.values()),
    }
    counts.update({name: by_kind.get(kind, 0) for name, kind in FACT_KINDS.items()})
    return counts


def read_texts(session: Session) -> list[tuple[str, str]]:
    query = select(DocumentRow.id, DocumentRow.text).order_by(DocumentRow.ingested_at, DocumentRow.id)
    return [(doc_id, text) for doc_id, text in session.execute(query)]


def add_run(session: Session, files: int, articles: int, facts: int, skipped: list[Skipped]) -> int:
    row = IngestRunRow(files=files, articles=articles, facts=facts,
                       skipped=[{"item": s.item, "code": s.code, "reason": s.reason} for s in skipped])
    session.add(row)
    session.flush()
    return row.id
