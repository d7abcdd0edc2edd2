"""Reading and writing the tables inside a session the caller owns; nothing here commits.

One document bundle is written as its document row, its companies and its facts.
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Literal

from sqlalchemy import func, select
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.orm import Session

from pharmalens.model.contract import company_to_json, document_to_json, record_to_json
from pharmalens.model.records import RECORD_LISTS, Company, Deal, Document, DocumentBundle, Record, Skipped

from .corrections import reapply
from .database import StoreError
from .duplicates import write_bands
from .entities import add_decisions
from .schema import CompanyRow, CorrectionRow, DocumentRow, FactRow, IngestRunRow, utc_now

Status = Literal["stored", "unchanged", "duplicate"]
FACT_KINDS = {name: cls.__dataclass_fields__["kind"].default for name, cls in RECORD_LISTS.items()}


@dataclass(frozen=True)
class SaveOutcome:
    """What saving one bundle did. "duplicate": another stored document has the same content
    (`duplicate_of`), so nothing was written."""

    status: Status
    document_id: str
    facts_written: int = 0
    facts_removed: int = 0
    duplicate_of: str | None = None


def save_bundle(session: Session, bundle: DocumentBundle) -> SaveOutcome:
    doc = bundle.document
    facts = fact_values(bundle)
    holder = content_holder(session, doc.content_hash)
    if holder is not None and holder != doc.id:
        return SaveOutcome("duplicate", doc.id, duplicate_of=holder)
    stored_before = session.get(DocumentRow, doc.id) is not None
    changed = write_document(session, doc)
    session.flush()
    if changed:
        write_bands(session, bundle, replace=stored_before)
    add_decisions(session, bundle.decisions, doc.id)
    changed = merge_companies(session, bundle.companies) or changed
    reapply(session, facts)
    written, removed = write_facts(session, doc.id, facts)
    session.flush()
    status: Status = "stored" if changed or written or removed else "unchanged"
    return SaveOutcome(status, doc.id, facts_written=written, facts_removed=removed)


def content_holder(session: Session, content_hash: str) -> str | None:
    return session.scalar(select(DocumentRow.id).where(DocumentRow.content_hash == content_hash))


def document_values(doc: Document) -> dict[str, Any]:
    return {
        "id": doc.id, "content_hash": doc.content_hash, "source": doc.source, "title": doc.title,
        "lang": doc.lang, "relevant": doc.relevant, "published": doc.published,
        "duplicate_of": doc.duplicate_of, "span_start": doc.span[0], "span_end": doc.span[1],
        "text": doc.text, "url": doc.url, "fetched_at": doc.fetched_at, "pages": list(doc.pages) or None,
        "name": doc.name or None,
    }


def write_document(session: Session, doc: Document) -> bool:
    values = document_values(doc)
    row = session.get(DocumentRow, doc.id)
    if row is None:
        session.add(DocumentRow(**values))
        return True
    if all(getattr(row, key) == value for key, value in values.items()):
        return False
    for key, value in values.items():
        setattr(row, key, value)
    row.ingested_at = utc_now()
    return True


def merge_companies(session: Session, companies: list[Company]) -> bool:
    """Insert new companies and merge what is known into existing ones, in name order so that
    concurrent writers lock rows in the same order."""
    changed = False
    combined = combine_companies(companies)
    for name in sorted(combined):
        company = combined[name]
        if insert_company(session, company):
            changed = True
            continue
        row = session.get(CompanyRow, name, with_for_update=True, populate_existing=True)
        if row is None:
            raise StoreError(f"company {name!r} vanished while being merged")
        changed = merge_company_row(row, company) or changed
    return changed


def combine_companies(companies: list[Company]) -> dict[str, Company]:
    combined: dict[str, Company] = {}
    for company in companies:
        known = combined.get(company.name)
        if known is None:
            combined[company.name] = Company(company.name, union(company.aliases, exclude=company.name),
                                             company.kind, company.provisional)
        else:
            combined[company.name] = Company(
                known.name, union(known.aliases, company.aliases, exclude=known.name),
                known.kind if known.kind != "other" else company.kind,
                known.provisional and company.provisional)
    return combined


def insert_company(session: Session, company: Company) -> bool:
    """Insert the company unless a row with its name exists; True if it was inserted."""
    values = {"name": company.name, "kind": company.kind, "provisional": company.provisional,
              "aliases": list(company.aliases)}
    dialect = session.get_bind().dialect.name
    if dialect in ("sqlite", "postgresql"):
        insert = sqlite.insert if dialect == "sqlite" else postgresql.insert
        statement = insert(CompanyRow).values(**values).on_conflict_do_nothing(index_elements=["name"])
        return session.execute(statement).rowcount == 1
    if session.get(CompanyRow, company.name) is not None:
        return False
    session.add(CompanyRow(**values))
    session.flush()
    return True


def merge_company_row(row: CompanyRow, company: Company) -> bool:
    aliases = union(row.aliases or [], company.aliases, exclude=row.name)
    kind = company.kind if row.kind == "other" else row.kind
    provisional = row.provisional and company.provisional
    if (aliases, kind, provisional) == (row.aliases, row.kind, row.provisional):
        return False
    row.aliases, row.kind, row.provisional = aliases, kind, provisional
    return True


def union(*lists: list[str], exclude: str) -> list[str]:
    seen: dict[str, None] = {}
    for names in lists:
        for name in names:
            if name and name != exclude:
                seen.setdefault(name, None)
    return list(seen)


def fact_values(bundle: DocumentBundle) -> dict[str, dict[str, Any]]:
    """The fact rows of a bundle by id. The same fact found twice keeps all its evidence; two
    different facts under one id are refused."""
    facts: dict[str, dict[str, Any]] = {}
    for record in bundle.records:
        if record.document != bundle.document.id:
            raise StoreError(f"a {record.kind} record of document {record.document!r} was bundled "
                             f"with document {bundle.document.id!r}")
        values = fact_row(record)
        known = facts.get(values["id"])
        if known is None:
            facts[values["id"]] = values
        else:
            known["payload"] = merge_payloads(known["payload"], values["payload"])
    return facts


def fact_row(record: Record) -> dict[str, Any]:
    payload = record_to_json(record)
    if isinstance(record, Deal):
        company, asset = record.licensor, record.asset
    else:
        company, asset = getattr(record, "company", None), getattr(record, "asset", None)
    return {"id": payload["id"], "kind": record.kind, "document_id": record.document,
            "payload": payload, "company": company, "asset": asset}


def merge_payloads(first: dict[str, Any], second: dict[str, Any]) -> dict[str, Any]:
    rest = ("evidence",)
    if {k: v for k, v in first.items() if k not in rest} != {k: v for k, v in second.items() if k not in rest}:
        raise StoreError(f"two different facts share the id {first['id']!r} in document {first['document']!r}")
    evidence = list(first["evidence"])
    evidence += [span for span in second["evidence"] if span not in evidence]
    return {**first, "evidence": evidence}


def write_facts(session: Session, document_id: str, facts: dict[str, dict[str, Any]]) -> tuple[int, int]:
    """Make the document's stored facts exactly `facts`; returns (inserted or updated, removed)."""
    stored = {row.id: row for row in session.scalars(select(FactRow).where(FactRow.document_id == document_id))}
    written = 0
    for fact_id, values in facts.items():
        row = stored.pop(fact_id, None)
        if row is None:
            session.add(FactRow(**values))
            written += 1
        elif any(getattr(row, key) != value for key, value in values.items()):
            for key, value in values.items():
                setattr(row, key, value)
            written += 1
    for row in stored.values():
        session.delete(row)
    return written, len(stored)


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
