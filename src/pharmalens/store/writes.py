"""Writing one document bundle inside a session the caller owns (nothing here commits): the document
row, its companies and their names, its facts with corrections applied again, then the knowledge the
facts feed (typed rows, terms, entities; see `knowledge`). Prebuilt Core statements (see `sql`).
"""
from __future__ import annotations

from dataclasses import dataclass
from datetime import timedelta
from typing import Any, Literal

from sqlalchemy import bindparam, or_, select
from sqlalchemy.orm import Session

from pharmalens.model.contract import record_to_json
from pharmalens.model.records import Company, Deal, Document, DocumentBundle, Record
from pharmalens.model.stored import StoredFact
from pharmalens.resolve.trust import source_kind

from . import counts, knowledge
from .corrections import reapply
from .database import StoreError
from .duplicates import write_bands
from .entities import add_decisions, merge_company as merge_stored_company
from .names import add_names_of_companies
from .prepared import Prepared
from .schema import CompanyRow, DocumentRow, FactRow, utc_now
from .search import search_forms
from .sql import insert_ignore, lock, run

Status = Literal["stored", "unchanged", "duplicate"]
DOCUMENTS, COMPANIES, FACTS = DocumentRow.__table__, CompanyRow.__table__, FactRow.__table__
_DOCUMENT = Prepared(select(DOCUMENTS).where(or_(DOCUMENTS.c.id == bindparam("id"),
                                                  DOCUMENTS.c.content_hash == bindparam("hash"))))
_DOCUMENT_INSERT = Prepared(DOCUMENTS.insert())
_DOCUMENT_UPDATE = Prepared(DOCUMENTS.update().where(DOCUMENTS.c.id == bindparam("key")))
_COMPANIES = Prepared(select(COMPANIES).where(COMPANIES.c.name.in_(bindparam("names", expanding=True))))
_COMPANY_UPDATE = Prepared(COMPANIES.update().where(COMPANIES.c.name == bindparam("key")))
_FACTS = Prepared(select(FACTS.c.id, FACTS.c.kind, FACTS.c.payload, FACTS.c.company, FACTS.c.asset).where(
    FACTS.c.document_id == bindparam("document")))
_FACT_INSERT = Prepared(FACTS.insert())
_FACT_UPDATE = Prepared(FACTS.update().where(FACTS.c.id == bindparam("key")))
_FACT_DELETE = Prepared(FACTS.delete().where(FACTS.c.id.in_(bindparam("ids", expanding=True))))
_COMPARED = ("kind", "payload", "company", "asset")


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
    lock(session)
    found = {row.id: row for row in run(session, _DOCUMENT, {"id": doc.id, "hash": doc.content_hash})}
    holder = next((row.id for row in found.values() if row.content_hash == doc.content_hash), None)
    if holder is not None and holder != doc.id:
        return SaveOutcome("duplicate", doc.id, duplicate_of=holder)
    changed = write_document(session, doc, found.get(doc.id))
    if changed:
        write_bands(session, bundle, replace=doc.id in found)
    add_decisions(session, bundle.decisions, doc.id)
    apply_later_merges(session, bundle)
    companies_changed, renamed = merge_companies(session, bundle.companies)
    reapply(session, facts)
    written, removed = write_facts(session, doc, facts, renamed, refresh=doc.id in found and changed)
    status: Status = "stored" if changed or companies_changed or written or removed else "unchanged"
    return SaveOutcome(status, doc.id, facts_written=written, facts_removed=removed)


def apply_later_merges(session: Session, bundle: DocumentBundle) -> None:
    """A merge the resolver made of two companies already stored apart (a proposal that this
    document's evidence settled) is applied to the stored companies and facts, as a person's would be."""
    for decision in bundle.decisions:
        if decision.kind != "company" or decision.action != "merge":
            continue
        if session.get(CompanyRow, decision.member) is None or session.get(CompanyRow, decision.canonical) is None:
            continue
        names = merge_stored_company(session, decision.canonical, decision.member)
        knowledge.after_decision(session, "company", [decision.canonical, *names])


def document_values(doc: Document) -> dict[str, Any]:
    return {
        "id": doc.id, "content_hash": doc.content_hash, "source": doc.source, "title": doc.title,
        "lang": doc.lang, "relevant": doc.relevant, "published": doc.published,
        "duplicate_of": doc.duplicate_of, "span_start": doc.span[0], "span_end": doc.span[1],
        "text": doc.text, "url": doc.url, "fetched_at": doc.fetched_at, "pages": list(doc.pages) or None,
        "name": doc.name or None,
        "source_kind": source_kind({"source": doc.source, "title": doc.title, "text": doc.text}),
        **search_forms(doc.title, doc.text),
    }


def write_document(session: Session, doc: Document, stored: Any) -> bool:
    values = document_values(doc)
    if stored is None:
        run(session, _DOCUMENT_INSERT, {**values, "ingested_at": utc_now()})
        counts.add(session, "documents", 1)
        return True
    if all(getattr(stored, key) == value for key, value in values.items()):
        return False
    run(session, _DOCUMENT_UPDATE, {"key": doc.id, **values, "ingested_at": utc_now()})
    return True


def merge_companies(session: Session, companies: list[Company]) -> tuple[bool, set[str]]:
    """Insert new companies and merge what is known into existing ones. Returns whether anything
    changed and the folded names newly given to a company (facts naming them may now mean another
    company than before)."""
    combined = combine_companies(companies)
    if not combined:
        return False, set()
    stored = {row.name: row for row in run(session, _COMPANIES, {"names": sorted(combined)})}
    new = [company for name, company in sorted(combined.items()) if name not in stored]
    updates, changed = [], list(new)
    for name, company in sorted(combined.items()):
        if name in stored:
            merged = merge_company(stored[name], company)
            if merged is not None:
                updates.append({"key": name, "aliases": merged.aliases, "kind": merged.kind,
                                "provisional": merged.provisional})
                changed.append(merged)
    insert_ignore(session, COMPANIES, [{"name": c.name, "kind": c.kind, "provisional": c.provisional,
                                        "aliases": list(c.aliases)} for c in new], ("name",))
    counts.add(session, "companies", len(new))
    if updates:
        run(session, _COMPANY_UPDATE, updates)
    renamed = add_names_of_companies(session, [(company.name, company.aliases) for company in changed])
    return bool(changed), renamed


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


def merge_company(row: Any, company: Company) -> Company | None:
    """The stored company with what `company` adds, or None when it adds nothing."""
    aliases = union(row.aliases or [], company.aliases, exclude=row.name)
    kind = company.kind if row.kind == "other" else row.kind
    provisional = row.provisional and company.provisional
    if (aliases, kind, provisional) == (row.aliases, row.kind, row.provisional):
        return None
    return Company(row.name, aliases, kind, provisional)


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


def write_facts(session: Session, doc: Document, facts: dict[str, dict[str, Any]], renamed: set[str],
                refresh: bool = False) -> tuple[int, int]:
    """Make the document's stored facts exactly `facts`, with their typed rows, terms and entities
    (all of them again when `refresh`: the document itself changed); returns (inserted or updated,
    removed)."""
    stored = {row.id: row for row in run(session, _FACTS, {"document": doc.id})}
    new = [values for fact_id, values in facts.items() if fact_id not in stored]
    changed = [values for fact_id, values in facts.items() if fact_id in stored
               and (refresh or any(getattr(stored[fact_id], key) != values[key] for key in _COMPARED))]
    removed = [fact_id for fact_id in stored if fact_id not in facts]
    if not (new or changed or removed or renamed):
        return 0, 0
    touched = knowledge.entities_of(session, [v["id"] for v in changed] + removed)
    knowledge.forget(session, {values["id"]: values["kind"] for values in changed})
    for fact_id in removed:
        counts.add(session, counts.fact_key(stored[fact_id].kind), -1)
    for values in new:
        counts.add(session, counts.fact_key(values["kind"]), 1)
    if removed:
        run(session, _FACT_DELETE, {"ids": removed})
    if changed:
        run(session, _FACT_UPDATE, [{"key": v["id"], **{k: v[k] for k in _COMPARED}} for v in changed])
    if new:  # one microsecond apart, so that facts read back in the order they were extracted
        now = utc_now()
        run(session, _FACT_INSERT, [{**values, "created_at": now + timedelta(microseconds=n)}
                                      for n, values in enumerate(new)])
    written = [StoredFact.from_json(values["kind"], values["payload"]) for values in [*new, *changed]]
    knowledge.update(session, written, touched, renamed, {doc.id: doc.published})
    return len(new) + len(changed), len(removed)
