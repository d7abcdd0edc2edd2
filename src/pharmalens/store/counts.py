"""Row counts kept at ingest in `store_counts`, so that dashboards, pages and the result cache never
count whole tables: documents, companies, facts of each kind, asset and deal entities, and `writes`
(one more for every write transaction that changed something: the store's fingerprint).

Writers add their changes to the session (`add`) and `flush` them once per transaction; writers take
turns (see `sql.lock`), so the counts stay exact. `recount` derives them again from the tables.
"""
from __future__ import annotations

from collections import Counter

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from pharmalens.model.registry import RECORD_TYPES

from .prepared import Prepared
from .schema import AssetRow, CompanyRow, DealRow, DocumentRow, FactRow, StoreCountRow
from .sql import increment, run, upsert

COUNTS = StoreCountRow.__table__
_PENDING = "pharmalens_counts"
_ALL = Prepared(select(COUNTS.c.name, COUNTS.c.value))
_WRITES = Prepared(select(COUNTS.c.value).where(COUNTS.c.name == "writes"))


def fact_key(kind: str) -> str:
    return f"facts:{kind}"


def add(session: Session, name: str, delta: int) -> None:
    if delta:
        session.info.setdefault(_PENDING, Counter())[name] += delta


def flush(session: Session) -> None:
    """Write the pending changes, and count one more write if anything changed."""
    pending: Counter[str] = session.info.pop(_PENDING, Counter())
    if not pending:
        return
    pending["writes"] += 1
    increment(session, COUNTS, "name", "value", dict(pending))


def read(session: Session) -> dict[str, int]:
    return dict(run(session, _ALL).all())


def writes(session: Session) -> int:
    return run(session, _WRITES).scalar() or 0


def recount(session: Session) -> None:
    """Count every table again (after a rebuild); `writes` goes up by one."""
    session.info.pop(_PENDING, None)
    values = {
        "documents": session.scalar(select(func.count()).select_from(DocumentRow)) or 0,
        "companies": session.scalar(select(func.count()).select_from(CompanyRow)) or 0,
        "assets": session.scalar(select(func.count()).select_from(AssetRow)) or 0,
        "deals": session.scalar(select(func.count()).select_from(DealRow)) or 0,
        **{fact_key(t.kind): 0 for t in RECORD_TYPES},
    }
    for kind, count in session.execute(select(FactRow.kind, func.count()).group_by(FactRow.kind)):
        values[fact_key(kind)] = count
    values["writes"] = writes(session) + 1
    upsert(session, COUNTS, [{"name": name, "value": value} for name, value in sorted(values.items())], ("name",))
