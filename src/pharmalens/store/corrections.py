"""Manual corrections of fact fields: an audit row each, applied to the stored payload and applied
again whenever the same fact is re-extracted."""
from __future__ import annotations

import json
from datetime import datetime, timezone
from typing import Any

from sqlalchemy import bindparam, select
from sqlalchemy.orm import Session

from . import counts, knowledge
from .database import StoreError
from .prepared import Prepared
from .schema import CorrectionRow, FactRow
from .sql import run

PROTECTED_FIELDS = ("id", "document", "evidence")


def parse_value(value: Any) -> Any:
    """A string that parses as JSON becomes that JSON value; any other string stays a string."""
    if not isinstance(value, str):
        return value
    try:
        return json.loads(value)
    except ValueError:
        return value


def correct(session: Session, record_id: str, field: str, value: Any, note: str) -> dict[str, Any]:
    row = session.get(FactRow, record_id, with_for_update=True)
    if row is None:
        raise StoreError(f"no stored record has the id {record_id!r}", code="unknown_record")
    allowed = correctable_fields(row.payload)
    if field not in allowed:
        raise StoreError(f"a {row.kind} record has no correctable field {field!r}; "
                         f"allowed: {', '.join(allowed)}", code="unknown_field")
    new_value = parse_value(value)
    correction = CorrectionRow(record_id=record_id, field=field, old_value=row.payload[field],
                               new_value=new_value, note=note)
    session.add(correction)
    apply_to_row(row, {**row.payload, field: new_value})
    session.flush()
    knowledge.refresh(session, [record_id])
    counts.add(session, "corrections", 1)
    return correction_json(correction)


def correctable_fields(payload: dict[str, Any]) -> list[str]:
    return [key for key in payload if key not in PROTECTED_FIELDS]


def apply_to_row(row: FactRow, payload: dict[str, Any]) -> None:
    row.payload = payload
    row.company, row.asset = denormalised(row.kind, payload)


def denormalised(kind: str, payload: dict[str, Any]) -> tuple[str | None, str | None]:
    """The (company, asset) columns kept beside the payload for indexed look-ups."""
    company = payload.get("licensor") if kind == "deal" else payload.get("company")
    company, asset = company if isinstance(company, str) else None, payload.get("asset")
    return company, asset if isinstance(asset, str) else None


_FOR_RECORDS = Prepared(select(CorrectionRow.__table__.c.record_id, CorrectionRow.__table__.c.field,
                                CorrectionRow.__table__.c.new_value)
                         .where(CorrectionRow.__table__.c.record_id.in_(bindparam("ids", expanding=True)))
                         .order_by(CorrectionRow.__table__.c.created_at, CorrectionRow.__table__.c.id))


def reapply(session: Session, facts: dict[str, dict[str, Any]]) -> None:
    """Apply stored corrections, oldest first, to freshly extracted fact rows (by id)."""
    if not facts:
        return
    for correction in run(session, _FOR_RECORDS, {"ids": list(facts)}):
        values = facts[correction.record_id]
        if correction.field in values["payload"]:
            values["payload"] = {**values["payload"], correction.field: correction.new_value}
            values["company"], values["asset"] = denormalised(values["kind"], values["payload"])


def read_corrections(session: Session, record_id: str | None = None) -> list[dict[str, Any]]:
    query = select(CorrectionRow).order_by(CorrectionRow.created_at, CorrectionRow.id)
    if record_id is not None:
        query = query.where(CorrectionRow.record_id == record_id)
    return [correction_json(row) for row in session.scalars(query)]


def correction_json(row: CorrectionRow) -> dict[str, Any]:
    return {"id": row.id, "record_id": row.record_id, "field": row.field, "old": row.old_value,
            "new": row.new_value, "note": row.note, "created_at": as_utc(row.created_at).isoformat()}


def as_utc(value: datetime) -> datetime:
    """SQLite hands back naive times; the store writes them in UTC."""
    return value.replace(tzinfo=timezone.utc) if value.tzinfo is None else value.astimezone(timezone.utc)
