"""Reading documents and companies as typed records: pages of documents without their text (through
the `(ingested_at, id)` index), one document whole, and companies by any name or alias."""
from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from sqlalchemy import bindparam, func, select
from sqlalchemy.orm import Session

from pharmalens.model.knowledge import DocumentSummary, Page
from pharmalens.model.records import Company, Document

from .schema import CompanyNameRow, CompanyRow, DocumentRow
from .sql import dialect, run
from .typed import chunks, fold

DOCUMENTS, COMPANIES, NAMES = DocumentRow.__table__, CompanyRow.__table__, CompanyNameRow.__table__
SUMMARY = (DOCUMENTS.c.id, DOCUMENTS.c.name, DOCUMENTS.c.source, DOCUMENTS.c.url, DOCUMENTS.c.fetched_at,
           DOCUMENTS.c.title,
           DOCUMENTS.c.lang, DOCUMENTS.c.relevant, DOCUMENTS.c.published, DOCUMENTS.c.duplicate_of,
           DOCUMENTS.c.span_start, DOCUMENTS.c.span_end, DOCUMENTS.c.source_kind)
_ONE = select(DOCUMENTS).where(DOCUMENTS.c.id == bindparam("id"))
_NAMED = (select(DOCUMENTS.c.id).where(DOCUMENTS.c.name == bindparam("name"))
          .order_by(DOCUMENTS.c.ingested_at.desc(), DOCUMENTS.c.id.desc()).limit(1))
_KNOWN = select(DOCUMENTS.c.id).where(DOCUMENTS.c.id == bindparam("id"))
_SOME = select(*SUMMARY).where(DOCUMENTS.c.id.in_(bindparam("ids", expanding=True)))
_OWNERS = (select(NAMES.c.name.label("key"), func.min(NAMES.c.company).label("owner"))
           .where(NAMES.c.name.in_(bindparam("names", expanding=True))).group_by(NAMES.c.name).subquery())
_NAMED_COMPANIES = select(_OWNERS.c.key, COMPANIES).join(COMPANIES, COMPANIES.c.name == _OWNERS.c.owner)
_COMPANY = (select(COMPANIES).where(COMPANIES.c.name == select(func.min(NAMES.c.company))
                                    .where(NAMES.c.name == bindparam("name")).scalar_subquery()))


def summary(row: Any) -> DocumentSummary:
    return DocumentSummary(id=row.id, name=row.name or "", source=row.source, url=row.url, title=row.title,
                           lang=row.lang, relevant=row.relevant, published=row.published,
                           duplicate_of=row.duplicate_of, span=(row.span_start, row.span_end),
                           source_kind=row.source_kind, fetched_at=row.fetched_at)


def read_documents(session: Session, lang: str | None, limit: int, offset: int) -> Page[DocumentSummary]:
    """Documents oldest first (the order they were stored), without text. Except on SQLite, which skips
    an offset's rows in the index without reading them, the page's ids are found in the index alone and
    only their rows read (PostgreSQL read 50,000 rows for a page in the middle of 100,000: 128 ms, 10 ms
    by ids)."""
    keys = select(DOCUMENTS.c.id)
    if lang:
        keys = keys.where(DOCUMENTS.c.lang == lang)
    total = session.scalar(select(func.count()).select_from(keys.subquery())) or 0
    order = (DOCUMENTS.c.ingested_at, DOCUMENTS.c.id)
    if dialect(session) == "sqlite":
        query = keys.with_only_columns(*SUMMARY).order_by(*order).limit(limit).offset(offset)
    else:
        query = select(*SUMMARY).where(DOCUMENTS.c.id.in_(keys.order_by(*order).limit(limit).offset(offset)))
        query = query.order_by(*order)
    rows = session.execute(query)
    return Page(tuple(summary(row) for row in rows), total, limit, offset)


def read_summaries(session: Session, ids: Iterable[str]) -> dict[str, DocumentSummary]:
    out: dict[str, DocumentSummary] = {}
    for chunk in chunks(sorted(set(ids))):
        out.update({row.id: summary(row) for row in run(session, _SOME, {"ids": chunk})})
    return out


def read_document_id(session: Session, ref: str) -> str | None:
    """The id of the document `ref` names: its id, else its contract name "<file name>#<n>" (names are
    not unique across folders: the one stored last)."""
    if run(session, _KNOWN, {"id": ref}).first() is not None:
        return ref
    return run(session, _NAMED, {"name": ref}).scalar()


def read_document(session: Session, ref: str) -> Document | None:
    """One document with its text, by id or else by contract name (one indexed read either way)."""
    row = _document_row(session, ref)
    return document(row) if row is not None else None


def read_document_and_summary(session: Session, ref: str) -> tuple[Document, DocumentSummary] | None:
    """`read_document` and the same document's summary (as `read_summaries` gives it), from one row."""
    row = _document_row(session, ref)
    return (document(row), summary(row)) if row is not None else None


def _document_row(session: Session, ref: str) -> Any:
    row = run(session, _ONE, {"id": ref}).first()
    if row is None:
        found = run(session, _NAMED, {"name": ref}).scalar()
        row = run(session, _ONE, {"id": found}).first() if found is not None else None
    return row


def document(row: Any) -> Document:
    return Document(id=row.id, source=row.source, text=row.text, span=(row.span_start, row.span_end),
                    title=row.title, lang=row.lang, relevant=row.relevant, published=row.published,
                    content_hash=row.content_hash, duplicate_of=row.duplicate_of, url=row.url,
                    fetched_at=row.fetched_at, pages=tuple(row.pages or ()), name=row.name or "")


def company(row: Any) -> Company:
    return Company(row.name, list(row.aliases or []), row.kind, row.provisional)


def read_company(session: Session, name: str) -> Company | None:
    """The company a name or alias belongs to (the first by name when several share it)."""
    row = run(session, _COMPANY, {"name": fold(name)}).first()
    return company(row) if row is not None else None


def read_companies_named(session: Session, names: Iterable[str]) -> dict[str, Company]:
    """`read_company` for many names in one query per 500: each name or alias (as given) with the company
    it belongs to; unknown names are left out."""
    wanted: dict[str, list[str]] = {}
    for name in names:
        wanted.setdefault(fold(name), []).append(name)
    out: dict[str, Company] = {}
    for chunk in chunks(sorted(wanted)):
        for row in run(session, _NAMED_COMPANIES, {"names": chunk}):
            for name in wanted[row.key]:
                out[name] = company(row)
    return out


def read_companies(session: Session, limit: int, offset: int) -> Page[Company]:
    total = session.scalar(select(func.count()).select_from(COMPANIES)) or 0
    rows = session.execute(select(COMPANIES).order_by(COMPANIES.c.name).limit(limit).offset(offset))
    return Page(tuple(company(row) for row in rows), total, limit, offset)
