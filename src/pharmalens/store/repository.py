"""Small reads and writes inside a session the caller owns (documents' writing is in `writes`)."""
from __future__ import annotations

from collections.abc import Iterator

from sqlalchemy import select
from sqlalchemy.orm import Session

from pharmalens.model.records import RECORD_LISTS, Skipped

from .database import StoreError
from .schema import DocumentRow, FactRow, IngestRunRow

FACT_KINDS = {name: cls.__dataclass_fields__["kind"].default for name, cls in RECORD_LISTS.items()}
BATCH = 500


def content_holder(session: Session, content_hash: str) -> str | None:
    return session.scalar(select(DocumentRow.id).where(DocumentRow.content_hash == content_hash))


def fact_kind(kind: str) -> str:
    """The stored kind for a kind ("deal") or a contract list name ("deals")."""
    if kind in FACT_KINDS.values():
        return kind
    if kind in FACT_KINDS:
        return FACT_KINDS[kind]
    raise StoreError(f"unknown fact kind {kind!r}; expected one of {', '.join(FACT_KINDS.values())}",
                     code="unknown_kind")


def read_facts(session: Session, kind: str | None = None) -> Iterator[FactRow]:
    query = select(FactRow).order_by(FactRow.created_at, FactRow.document_id, FactRow.kind, FactRow.id)
    if kind is not None:
        query = query.where(FactRow.kind == fact_kind(kind))
    yield from session.scalars(query.execution_options(yield_per=BATCH))


def read_texts(session: Session) -> Iterator[tuple[str, str]]:
    query = select(DocumentRow.id, DocumentRow.text).order_by(DocumentRow.ingested_at, DocumentRow.id)
    for doc_id, text in session.execute(query.execution_options(yield_per=BATCH)):
        yield doc_id, text


def add_run(session: Session, files: int, articles: int, facts: int, skipped: list[Skipped]) -> int:
    row = IngestRunRow(files=files, articles=articles, facts=facts,
                       skipped=[{"item": s.item, "code": s.code, "reason": s.reason} for s in skipped])
    session.add(row)
    session.flush()
    return row.id
