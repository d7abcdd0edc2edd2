"""Reading facts as typed records: one kind at a time, filtered by the record-type registry's filters
through `fact_terms`, sorted by their typed rows and paged; the facts of one document; the facts naming
one company (a dossier's sections).

A `company` filter matches every name and alias of the company the value names; an `asset` filter
every name of the asset the value names (see `asset_entities`).
"""
from __future__ import annotations

import heapq
from collections.abc import Iterable
from itertools import islice
from typing import Any

from sqlalchemy import Select, bindparam, distinct, func, select, union_all
from sqlalchemy.orm import Session

from pharmalens.model.knowledge import Page
from pharmalens.model.registry import record_type
from pharmalens.model.stored import StoredFact, record_from_json

from .database import StoreError
from .schema import TYPED_FACTS, AssetNameRow, CompanyNameRow, FactRow, FactTermRow
from .prepared import Prepared
from .sql import run
from .typed import chunks, fold

FACTS, TERMS, NAMES = FactRow.__table__, FactTermRow.__table__, AssetNameRow.__table__
COMPANY_NAMES = CompanyNameRow.__table__
COMMON_SORTS = ("created", "date")
_OF_DOCUMENT = (select(FACTS.c.id, FACTS.c.kind, FACTS.c.payload).where(FACTS.c.document_id == bindparam("document"))
                .order_by(FACTS.c.created_at, FACTS.c.id))
_ONE = select(FACTS.c.id, FACTS.c.kind, FACTS.c.payload).where(FACTS.c.id == bindparam("id"))
_SOME = select(FACTS.c.id, FACTS.c.kind, FACTS.c.payload).where(FACTS.c.id.in_(bindparam("ids", expanding=True)))
_CANONICAL = select(func.min(COMPANY_NAMES.c.company)).where(COMPANY_NAMES.c.name == bindparam("name"))
_COMPANY_NAMES = select(COMPANY_NAMES.c.name).where(COMPANY_NAMES.c.company == bindparam("company"))
_NAMING = (TERMS.c.field == "company", TERMS.c.term == bindparam("term"), TERMS.c.kind == bindparam("kind"))
# a name's dated terms in the index's order, then its undated ones, each only as far as the page reaches
_DATED = select(TERMS.c.fact_id, TERMS.c.sort_date).where(*_NAMING, TERMS.c.sort_date.is_not(None)) \
    .order_by(TERMS.c.sort_date, TERMS.c.fact_id).limit(bindparam("reach")).subquery()
_UNDATED = select(TERMS.c.fact_id, TERMS.c.sort_date).where(*_NAMING, TERMS.c.sort_date.is_(None)) \
    .order_by(TERMS.c.fact_id).limit(bindparam("reach")).subquery()
_REACHED = Prepared(union_all(select(_DATED.c.fact_id, _DATED.c.sort_date),
                              select(_UNDATED.c.fact_id, _UNDATED.c.sort_date)))
_ASSET_NAMES = select(NAMES.c.name).where(NAMES.c.asset_id == select(NAMES.c.asset_id).where(
    NAMES.c.name == bindparam("name")).scalar_subquery())


def stored(rows: Iterable[Any]) -> list[StoredFact]:
    return [StoredFact(row.id, record_from_json(row.kind, row.payload)) for row in rows]


def paged(session: Session, ids: Select) -> list[StoredFact]:
    """The facts whose ids `ids` selects, sorted and cut to a page, in that order: the page is found on
    the ids and typed columns alone, and only its payloads are read (a sort carrying every matching
    payload costs as much as the matches, not the page)."""
    order = list(session.scalars(ids))
    found = by_id(session, order)
    return [found[fact_id] for fact_id in order]


def by_id(session: Session, ids: list[str]) -> dict[str, StoredFact]:
    return {fact.id: fact for chunk in chunks(ids) for fact in stored(run(session, _SOME, {"ids": chunk}))}


def company_terms(session: Session, name: str) -> list[str]:
    """Every folded name of the company a name or alias belongs to (just the name when unknown)."""
    canonical = run(session, _CANONICAL, {"name": fold(name)}).scalar()
    if canonical is None:
        return [fold(name)]
    return sorted(run(session, _COMPANY_NAMES, {"company": canonical}).scalars())


def asset_terms(session: Session, name: str) -> list[str]:
    return sorted(run(session, _ASSET_NAMES, {"name": fold(name)}).scalars()) or [fold(name)]


def terms_for(session: Session, name: str, value: str) -> list[str]:
    if name == "company":
        return company_terms(session, value)
    if name == "asset":
        return asset_terms(session, value)
    return [fold(value)]


def matching(session: Session, kind: str, filters: dict[str, str]) -> list[Any]:
    """Conditions on `facts.id` for every filter (an unknown filter name is a StoreError)."""
    rtype = record_type(kind)
    conditions = []
    for name, value in filters.items():
        if name not in rtype.filters:
            raise StoreError(f"{rtype.list_name} have no filter {name!r}; allowed: {', '.join(rtype.filters)}",
                             code="bad_filter")
        terms = select(TERMS.c.fact_id).where(TERMS.c.field == name, TERMS.c.kind == rtype.kind,
                                              TERMS.c.term.in_(terms_for(session, name, value)))
        conditions.append(FACTS.c.id.in_(terms))
    return conditions


def sorts(kind: str) -> tuple[str, ...]:
    """The sort keys of a kind: created (the default), date, and its typed columns by field name."""
    table = TYPED_FACTS[record_type(kind).kind]
    fields = [c.name for c in table.columns if c.name not in ("id", "document_id", "sort_date", "entity_id")
              and not c.name.endswith("_currency") and not c.name.endswith("_usd")]
    return (*COMMON_SORTS, *fields)


def _order(query: Select, kind: str, sort: str, order: str) -> Select:
    table = TYPED_FACTS[record_type(kind).kind]
    if sort not in sorts(kind):
        raise StoreError(f"unknown sort {sort!r}; allowed: {', '.join(sorts(kind))}", code="bad_sort")
    if order not in ("asc", "desc"):
        raise StoreError(f"order must be asc or desc, got {order!r}", code="bad_order")
    if sort == "created":
        column = FACTS.c.created_at
    elif sort == "date":
        column = table.c.sort_date
    else:
        column = table.c[f"{sort}_usd"] if f"{sort}_usd" in table.c else table.c[sort]
    direction = column.desc() if order == "desc" else column.asc()
    if sort == "created":  # never empty: the index (kind, created_at, id) gives the page without a sort
        return query.order_by(direction, FACTS.c.id)
    return query.order_by(column.is_(None), direction, table.c.id)  # the fact's id, from its typed row


def read_fact_page(session: Session, kind: str, filters: dict[str, str], sort: str = "created", order: str = "asc",
                   limit: int = 100, offset: int = 0) -> Page[StoredFact]:
    rtype = record_type(kind)
    table = TYPED_FACTS[rtype.kind]
    conditions = [FACTS.c.kind == rtype.kind, *matching(session, kind, filters)]
    query = select(FACTS.c.id).join(table, table.c.id == FACTS.c.id).where(*conditions)
    total = session.scalar(select(func.count()).select_from(FACTS).where(*conditions)) or 0
    return Page(tuple(paged(session, _order(query, kind, sort, order).limit(limit).offset(offset))), total, limit,
                offset)


def read_document_facts(session: Session, document_id: str) -> list[StoredFact]:
    return stored(run(session, _OF_DOCUMENT, {"document": document_id}))


def read_fact(session: Session, fact_id: str) -> StoredFact | None:
    row = run(session, _ONE, {"id": fact_id}).first()
    return stored([row])[0] if row is not None else None


def read_facts_about(session: Session, names: Iterable[str], kinds: Iterable[str], limit: int,
                     offset: int = 0) -> dict[str, Page[StoredFact]]:
    """Per record list: the facts naming any of the folded company `names` in a party field, by date.
    One count for all lists, a page of ids for each list that has any, one read of the pages' facts."""
    names = sorted(set(names))
    types = {t.list_name: t for t in map(record_type, kinds) if "company" in t.filters}
    kinds_wanted = sorted({t.kind for t in types.values()})
    # one name's terms are one per fact: counted straight off the index, without a distinct
    counted = func.count(distinct(TERMS.c.fact_id)) if len(names) > 1 else func.count()
    totals = dict(session.execute(
        select(TERMS.c.kind, counted).where(TERMS.c.field == "company", TERMS.c.term.in_(names),
                                            TERMS.c.kind.in_(kinds_wanted)).group_by(TERMS.c.kind)).all())
    pages = {list_name: _dated_page(session, names, rtype.kind, limit, offset) if totals.get(rtype.kind) else []
             for list_name, rtype in types.items()}
    found = by_id(session, [fact_id for ids in pages.values() for fact_id in ids])
    return {list_name: Page(tuple(found[fact_id] for fact_id in ids), int(totals.get(types[list_name].kind, 0)),
                            limit, offset) for list_name, ids in pages.items()}


def _dated_page(session: Session, names: list[str], kind: str, limit: int, offset: int) -> list[str]:
    """The ids of one page of a kind's facts naming any of `names`, by the date their terms carry (undated
    last), then id. Each name's terms are read in the index's own order, only as far as the page reaches
    (a busy company's thousands of facts are neither read nor sorted), and merged without repeats: a
    fact among the first k of all is among the first k of each name that it carries."""
    reach = limit + offset
    runs = [sorted(run(session, _REACHED, {"term": name, "kind": kind, "reach": reach}), key=_by_date)
            for name in names]
    merged = heapq.merge(*runs, key=_by_date)
    return list(islice(dict.fromkeys(fact_id for fact_id, _date in merged), offset, reach))


def _by_date(row: Any) -> tuple[bool, str, str]:
    return row[1] is None, row[1] or "", row[0]


def read_spend(session: Session, names: Iterable[str]) -> dict[str, Any]:
    """What the terminated programmes of a company (its folded `names`) had cost: per currency, in USD
    where converted, and how many stated no figure."""
    table = TYPED_FACTS["termination"]
    naming = select(TERMS.c.fact_id).where(TERMS.c.field == "company", TERMS.c.kind == "termination",
                                           TERMS.c.term.in_(sorted(set(names))))
    rows = session.execute(select(table.c.cumulative_spend, table.c.cumulative_spend_currency,
                                  table.c.cumulative_spend_usd).where(table.c.id.in_(naming))).all()
    by_currency: dict[str, float] = {}
    usd_total, with_usd, undisclosed = 0.0, 0, 0
    for amount, currency, usd in rows:
        if amount is None:
            undisclosed += 1
            continue
        by_currency[currency or "?"] = round(by_currency.get(currency or "?", 0.0) + float(amount), 6)
        if usd is not None:
            usd_total += float(usd)
            with_usd += 1
    return {"by_currency": dict(sorted(by_currency.items())), "usd": round(usd_total, 6) if with_usd else None,
            "n_with_usd": with_usd, "n_undisclosed": undisclosed}
