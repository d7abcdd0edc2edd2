"""Plain-JSON form of the records: the public face described in CONTRACT.md."""
from __future__ import annotations

import math
from decimal import Decimal
from typing import Any

from .errors import NonFiniteNumber
from .records import Company, Document, Evidence, Extraction, Facility, Money, Record


def money_to_json(money: Money | None) -> dict[str, Any] | None:
    if money is None:
        return None
    out: dict[str, Any] = {"amount": _number(money.amount), "currency": money.currency}
    if money.qualifier:
        out["qualifier"] = money.qualifier
    if money.usd is not None:
        out["usd"] = round(finite(money.usd), 3)
        out["rate_date"] = money.rate_date
    return out


def evidence_to_json(evidence: list[Evidence]) -> list[dict[str, Any]]:
    return [{"start": e.start, "end": e.end, "quote": e.quote, **({"page": e.page} if e.page is not None else {})}
            for e in evidence]


def record_to_json(record: Record, record_id: str | None = None) -> dict[str, Any]:
    """The contract JSON of a record, under `record_id` if given (else its content hash, computed)."""
    out: dict[str, Any] = {"id": record.id if record_id is None else record_id, "document": record.document}
    for key, value in record.payload().items():
        if isinstance(record, Facility) and key == "kind_of_site":
            key = "kind"
        out[key] = _value(value)
    out["evidence"] = evidence_to_json(record.evidence)
    out["extractor"] = f"{record.extractor}/{record.version}"
    return out


def document_to_json(doc: Document) -> dict[str, Any]:
    """The stored form: `id` is the content-hash key, `name` the contract's "<file name>#<n>"."""
    return {
        "id": doc.id,
        "name": doc.name,
        "source": doc.source,
        "title": doc.title,
        "lang": doc.lang,
        "relevant": doc.relevant,
        "published": doc.published,
        "duplicate_of": doc.duplicate_of,
        "span": list(doc.span),
        **{key: value for key, value in (("url", doc.url), ("fetched_at", doc.fetched_at)) if value},
    }


def contract_document(doc: Document, names: dict[str, str]) -> dict[str, Any]:
    out = document_to_json(doc)
    del out["name"]
    duplicate = doc.duplicate_of
    return {**out, "id": names[doc.id], "key": doc.id,
            "duplicate_of": names.get(duplicate, duplicate) if duplicate else None}


def company_to_json(company: Company) -> dict[str, Any]:
    return {"name": company.name, "aliases": list(company.aliases), "kind": company.kind,
            "provisional": company.provisional}


def extraction_to_json(extraction: Extraction) -> dict[str, Any]:
    """The contract's form: documents and records name documents "<file name>#<n>"; each document
    also gives its stored id as `key`."""
    names = {d.id: d.name or d.id for d in extraction.documents}
    counts = facts_per_document(extraction)
    out: dict[str, Any] = {
        "documents": [{**contract_document(d, names), "facts": counts.get(d.id, {})} for d in extraction.documents],
        "companies": [company_to_json(c) for c in extraction.companies],
    }
    for key, records in extraction.records.items():
        out[key] = [{**record_to_json(r), "document": names.get(r.document, r.document)} for r in records]
    out["mentions"] = {k: list(v) for k, v in extraction.mentions.items()}
    out["read_by_hand"] = [names[d.id] for d in read_by_hand(extraction.documents, counts)]
    return out


def facts_per_document(extraction: Extraction) -> dict[str, dict[str, int]]:
    """How many records of each list every document gave."""
    counts: dict[str, dict[str, int]] = {}
    for key, records in extraction.records.items():
        for record in records:
            per = counts.setdefault(record.document, {})
            per[key] = per.get(key, 0) + 1
    return counts


def read_by_hand(documents, counts: dict[str, dict[str, int]]) -> list:
    """Biopharma articles that gave no facts: what an analyst should read themselves."""
    return [d for d in documents if d.relevant and not d.duplicate_of and not counts.get(d.id)]


def finite(value: Decimal | float | int) -> float:
    """The value as a float; infinities and NaN (which JSON cannot hold) are refused."""
    as_float = float(value)
    if not math.isfinite(as_float):
        raise NonFiniteNumber(f"{value} is not a finite number")
    return as_float


def _number(value: Decimal | float | int) -> float | int:
    as_float = finite(value)
    return int(as_float) if as_float.is_integer() and abs(as_float) < 1e15 else as_float


def _value(value: Any) -> Any:
    if isinstance(value, Money):
        return money_to_json(value)
    if isinstance(value, Decimal):
        return _number(value)
    if isinstance(value, float):
        return finite(value)
    if isinstance(value, (list, tuple)):
        return [_value(v) for v in value]
    return value
