"""Every row as a plain JSON-able dict, and back: the store's export and idempotent import.

Each dict is {"type": "document" | "company" | "fact" | "correction", <column>: <value>, ...};
times are ISO 8601 strings in UTC. Documents come before the facts that refer to them.
"""
from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Iterator
from datetime import datetime
from typing import Any

from sqlalchemy import DateTime, select
from sqlalchemy.orm import Session

from . import knowledge
from .corrections import as_utc
from .database import StoreError
from .duplicates import write_text_bands
from .schema import Base, CompanyRow, CorrectionRow, DocumentRow, FactRow
from .search import search_forms

MODELS: dict[str, type[Base]] = {"document": DocumentRow, "company": CompanyRow, "fact": FactRow,
                                 "correction": CorrectionRow}
ORDER = {
    "document": (DocumentRow.ingested_at, DocumentRow.id),
    "company": (CompanyRow.name,),
    "fact": (FactRow.created_at, FactRow.document_id, FactRow.kind, FactRow.id),
    "correction": (CorrectionRow.created_at, CorrectionRow.id),
}
BATCH = 500
OPTIONAL = {"document": {"source_kind"}}  # columns an export from an older version may lack
DERIVED = {"document": {"search_title", "search_text"}}  # worked out again on import, never exported


def columns(kind: str) -> list[str]:
    names = [column.name for column in MODELS[kind].__table__.columns]
    return [name for name in names if not (kind == "correction" and name == "id") and name not in DERIVED.get(kind, ())]


def export_rows(session: Session) -> Iterator[dict[str, Any]]:
    for kind, model in MODELS.items():
        query = select(model).order_by(*ORDER[kind]).execution_options(yield_per=BATCH)
        names = columns(kind)
        for row in session.scalars(query):
            yield {"type": kind, **{name: to_json(getattr(row, name)) for name in names}}


def to_json(value: Any) -> Any:
    if isinstance(value, datetime):
        return as_utc(value).isoformat()
    return value


def import_rows(session: Session, rows: Iterable[dict[str, Any]]) -> dict[str, int]:
    """Insert or update each row by its key; returns rows written per type and "unchanged"."""
    counts: Counter[str] = Counter({kind: 0 for kind in MODELS})
    counts["unchanged"] = 0
    banded: list[tuple[str, str, str | None]] = []  # documents written, whose band keys follow their rows
    for number, row in enumerate(rows, start=1):
        kind, values = checked(number, row)
        written = add_correction(session, values) if kind == "correction" else upsert(session, MODELS[kind], values)
        counts[kind if written else "unchanged"] += 1
        if written and kind == "document":
            banded.append((values["id"], values["text"], values.get("content_hash")))
        if number % BATCH == 0:
            session.flush()
            write_text_bands(session, banded)
            banded = []
    session.flush()
    write_text_bands(session, banded)
    if sum(counts[kind] for kind in MODELS):
        knowledge.rebuild(session)
    return dict(counts)


def checked(number: int, row: Any) -> tuple[str, dict[str, Any]]:
    if not isinstance(row, dict) or row.get("type") not in MODELS:
        found = row.get("type") if isinstance(row, dict) else type(row).__name__
        raise StoreError(f"record {number}: type {found!r} is not one of {', '.join(MODELS)}", code="bad_record")
    kind = row["type"]
    expected = set(columns(kind))
    given = set(row) - {"type"}
    if given - expected or expected - given - OPTIONAL.get(kind, set()):
        problems = [f"missing {', '.join(sorted(expected - given))}" if expected - given else "",
                    f"unexpected {', '.join(sorted(given - expected))}" if given - expected else ""]
        raise StoreError(f"record {number} ({kind}): {'; '.join(p for p in problems if p)}", code="bad_record")
    values = {name: from_json(MODELS[kind], name, row[name], number) for name in given}
    if kind == "document":
        values.update(search_forms(values.get("title"), values.get("text")))
    return kind, values


def from_json(model: type[Base], name: str, value: Any, number: int) -> Any:
    if value is None or not isinstance(model.__table__.columns[name].type, DateTime):
        return value
    try:
        return as_utc(datetime.fromisoformat(value))
    except (TypeError, ValueError):
        raise StoreError(f"record {number}: {name} is not an ISO 8601 time: {value!r}", code="bad_record") from None


def upsert(session: Session, model: type[Base], values: dict[str, Any]) -> bool:
    key = tuple(values[column.name] for column in model.__table__.primary_key.columns)
    row = session.get(model, key)
    if row is None:
        session.add(model(**values))
        return True
    changed = False
    for name, value in values.items():
        if not same(getattr(row, name), value):
            setattr(row, name, value)
            changed = True
    return changed


def add_correction(session: Session, values: dict[str, Any]) -> bool:
    """Corrections are an append-only trail: one already there (same record, field, time and value)
    is not added again."""
    query = select(CorrectionRow).where(CorrectionRow.record_id == values["record_id"],
                                        CorrectionRow.field == values["field"])
    for row in session.scalars(query):
        if same(row.created_at, values["created_at"]) and row.new_value == values["new_value"]:
            return False
    session.add(CorrectionRow(**values))
    return True


def same(stored: Any, given: Any) -> bool:
    if isinstance(stored, datetime) and isinstance(given, datetime):
        return as_utc(stored) == as_utc(given)
    return stored == given
