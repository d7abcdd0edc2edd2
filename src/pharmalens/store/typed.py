"""Typed rows and filter terms of stored facts, written beside each fact row.

Each fact gets one row in its kind's typed table (`schema.TYPED_FACTS`: scalar fields as columns,
money as amount, currency and USD) and one `fact_terms` row per filterable value the record-type
registry names (folded), so lists filter and page through indexes instead of reading payloads.
"""
from __future__ import annotations

import json
import math
from collections.abc import Iterable
from decimal import Decimal
from typing import Any

from sqlalchemy import bindparam
from sqlalchemy.orm import Session

from pharmalens.model.records import Money, Record
from pharmalens.model.registry import BY_KIND
from pharmalens.model.stored import StoredFact
from pharmalens.resolve.trust import period_key

from .prepared import Prepared
from .schema import TYPED_FACTS, FactTermRow
from .sql import run

_FIXED = ("id", "document_id", "sort_date")


def fold(value: Any) -> str:
    return str(value or "").strip().casefold()


CHUNK = 500


def chunks(values: list[Any], size: int = CHUNK) -> Iterable[list[Any]]:
    """`values` in slices small enough for one IN (...) list on every backend."""
    for start in range(0, len(values), size):
        yield values[start:start + size]


def usd_of(money: Money | None) -> float | None:
    """The USD figure of an amount in millions: its conversion, or the amount itself in USD."""
    return money.usd_millions() if money is not None else None


def sort_date(record: Record, published: str | None) -> str | None:
    """The record's own date (a period as its last month), else the document's publication date."""
    date_field = BY_KIND[record.kind].date_field
    own = getattr(record, date_field, None) if date_field else None
    if not own and record.kind == "financial":
        year, month, _ = period_key(getattr(record, "period", None))
        own = f"{year:04d}-{month:02d}" if year != 9999 else None
    return str(own) if own else published


def typed_row(fact: StoredFact, published: str | None) -> dict[str, Any]:
    """The typed columns of a fact; a value of the wrong type (a user correction may set any JSON) is
    kept as text in text columns and left empty in number columns."""
    record = fact.record
    row: dict[str, Any] = {"id": fact.id, "document_id": record.document,
                           "sort_date": text_value(sort_date(record, published))}
    for column in TYPED_FACTS[record.kind].columns:
        name = column.name
        if name in _FIXED or name in row:
            continue
        value = getattr(record, name, None)
        if isinstance(value, Money):
            row[name], row[f"{name}_currency"], row[f"{name}_usd"] = (float(value.amount), value.currency,
                                                                        usd_of(value))
        else:
            row[name] = _number(value, column.type.python_type) if column.type.python_type in (int, float) \
                else text_value(value)
    return row


def _number(value: Any, kind: type) -> int | float | None:
    if isinstance(value, bool) or not isinstance(value, (int, float, Decimal)):
        return None
    number = float(value)
    if not math.isfinite(number):
        return None
    return int(number) if kind is int and number.is_integer() else (number if kind is float else None)


def text_value(value: Any) -> str | None:
    if value is None or isinstance(value, str):
        return value
    if isinstance(value, (list, tuple)):
        return "; ".join(str(v) for v in value)
    return json.dumps(value, ensure_ascii=False, default=str) if isinstance(value, dict) else str(value)


def term_rows(fact: StoredFact, date: str | None = None) -> list[dict[str, Any]]:
    """The fact's filterable values, folded, each with the fact's sort date."""
    rtype = BY_KIND[fact.kind]
    seen: set[tuple[str, str]] = set()
    for name in rtype.filters:
        for value in rtype.filter_values(fact.record, name):
            seen.add((name, fold(value)))
    return [{"fact_id": fact.id, "field": field, "term": term, "kind": fact.kind, "sort_date": date}
            for field, term in sorted(seen) if term]


TERMS = FactTermRow.__table__
_INSERT = {kind: Prepared(table.insert()) for kind, table in TYPED_FACTS.items()}
_DELETE = {kind: Prepared(table.delete().where(table.c.id.in_(bindparam("ids", expanding=True))))
           for kind, table in TYPED_FACTS.items()}
_INSERT_TERMS = Prepared(TERMS.insert())
_DELETE_TERMS = Prepared(TERMS.delete().where(TERMS.c.fact_id.in_(bindparam("ids", expanding=True))))


def write(session: Session, facts: Iterable[StoredFact], published: dict[str, str | None]) -> None:
    """Insert the typed rows and terms of facts whose rows are not there yet."""
    by_kind: dict[str, list[dict[str, Any]]] = {}
    terms: list[dict[str, Any]] = []
    for fact in facts:
        row = typed_row(fact, published.get(fact.document))
        by_kind.setdefault(fact.kind, []).append(row)
        terms += term_rows(fact, row["sort_date"])
    for kind, rows in by_kind.items():
        run(session, _INSERT[kind], rows)
    if terms:
        run(session, _INSERT_TERMS, terms)


def remove(session: Session, facts: dict[str, str]) -> None:
    """Delete the typed rows and terms of facts (id -> kind) about to be rewritten."""
    by_kind: dict[str, list[str]] = {}
    for fact_id, kind in facts.items():
        by_kind.setdefault(kind, []).append(fact_id)
    for kind, ids in by_kind.items():
        run(session, _DELETE[kind], {"ids": ids})
        run(session, _DELETE_TERMS, {"ids": ids})
