"""Conflicts between the sources of an entity, one row per stated value (rank 0: the chosen one)."""
from __future__ import annotations

from typing import Any

from sqlalchemy import bindparam
from sqlalchemy.orm import Session

from pharmalens.model.knowledge import ConflictValue

from .prepared import Prepared
from .schema import ConflictRow
from .sql import run

CONFLICTS = ConflictRow.__table__
_DELETE = Prepared(CONFLICTS.delete().where(CONFLICTS.c.entity_kind == bindparam("kind"),
                                            CONFLICTS.c.entity_id.in_(bindparam("ids", expanding=True))))
INSERT = Prepared(CONFLICTS.insert())


def drop_conflicts(session: Session, kind: str, ids: list[str]) -> None:
    if ids:
        run(session, _DELETE, {"kind": kind, "ids": ids})


def conflict_rows(kind: str, entity_id: str, conflicts: dict[str, list[ConflictValue]]) -> list[dict[str, Any]]:
    return [{"entity_kind": kind, "entity_id": entity_id, "field": field, "rank": rank, "value": value.value,
             "fact_id": value.fact, "document_id": value.document, "source_kind": value.source_kind,
             "published": value.published}
            for field, values in sorted(conflicts.items()) for rank, value in enumerate(values)]
