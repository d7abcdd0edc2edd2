"""Facts with the kind and date of their documents, as the knowledge rules read them."""
from __future__ import annotations

from collections.abc import Iterable
from functools import cache
from typing import Any, Literal

from sqlalchemy import Table, bindparam, null, select
from sqlalchemy.orm import Session

from pharmalens.resolve.knowledge import Sourced

from .prepared import Prepared
from .schema import DocumentRow, FactRow
from .sql import run

Mode = Literal["ids", "entities", "unplaced"]


@cache
def _query(table: Table, mode: Mode) -> Prepared:
    conditions = {"ids": table.c.id.in_(bindparam("ids", expanding=True)),
                  "entities": table.c.entity_id.in_(bindparam("ids", expanding=True)) if "entity_id" in table.c else None,
                  "unplaced": table.c.entity_id.is_(None) if "entity_id" in table.c else None}
    facts, documents = FactRow.__table__, DocumentRow.__table__
    entity = table.c.entity_id if "entity_id" in table.c else null()
    return Prepared(select(facts.c.payload, documents.c.source_kind, documents.c.published, table.c.id, entity)
                    .join(table, table.c.id == facts.c.id).join(documents, documents.c.id == facts.c.document_id)
                    .where(conditions[mode]).order_by(facts.c.created_at, facts.c.id))


def _load(session: Session, table: Table, mode: Mode, ids: Iterable[str]) -> list[Any]:
    params = {"ids": list(ids)} if mode != "unplaced" else {}
    if mode != "unplaced" and not params["ids"]:
        return []
    return run(session, _query(table, mode), params).all()


def _sourced(row: Any) -> Sourced:
    return Sourced(row[0], row[1] or "media", row[2])


def load_sourced(session: Session, table: Table, mode: Mode, ids: Iterable[str] = ()) -> list[Sourced]:
    """Facts with typed rows in `table`: those of `ids` ("ids"), of the entities `ids` ("entities"), or
    in no entity yet ("unplaced"); oldest first."""
    return [_sourced(row) for row in _load(session, table, mode, ids)]


def load_owned(session: Session, table: Table, ids: Iterable[str]) -> list[tuple[Sourced, str, str]]:
    """The facts of the entities `ids`, oldest first, each with its row id and its entity."""
    return [(_sourced(row), row[3], row[4]) for row in _load(session, table, "entities", ids)]
