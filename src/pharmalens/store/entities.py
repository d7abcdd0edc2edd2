"""Entity decisions in the store: the audit trail, and a person's merges and splits applied to the
stored companies and facts. Fact ids stay as they are (as with corrections)."""
from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from pharmalens.model.entities import ACTIONS, KINDS, EntityDecision

from .database import StoreError
from .schema import CompanyRow, DocumentRow, EntityDecisionRow, FactRow
from .sql import run

COMPANY_FIELDS = ("company", "licensor", "licensee")
DECISIONS = EntityDecisionRow.__table__


def add_decisions(session: Session, decisions: Iterable[EntityDecision], document_id: str | None = None) -> None:
    """Append decisions to the trail, in their order, in one statement (no ORM flush)."""
    rows = [{"kind": decision.kind, "canonical": decision.canonical, "member": decision.member,
             "action": decision.action, "reason": decision.reason, "score": decision.score,
             "source": decision.source, "note": decision.note, "names": list(decision.names),
             "document_id": document_id} for decision in decisions]
    if rows:
        run(session, DECISIONS.insert(), rows)


def read_decisions(session: Session, kind: str | None = None) -> list[dict[str, Any]]:
    query = select(EntityDecisionRow).order_by(EntityDecisionRow.id)
    if kind is not None:
        query = query.where(EntityDecisionRow.kind == checked_kind(kind))
    return [decision_row(row) for row in session.scalars(query)]


def decision_row(row: EntityDecisionRow) -> dict[str, Any]:
    return {"id": row.id, "kind": row.kind, "canonical": row.canonical, "member": row.member, "action": row.action,
            "reason": row.reason, "score": row.score, "source": row.source, "note": row.note,
            "names": list(row.names or []), "document": row.document_id, "created_at": row.created_at}


def as_decision(row: dict[str, Any]) -> EntityDecision:
    return EntityDecision(row["kind"], row["canonical"], row["member"], row["action"], row["reason"], row["score"],
                          row["source"], row["note"], tuple(row["names"]))


def in_force(rows: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """The newest decision about each pair of names."""
    newest: dict[tuple[str, str, str], dict[str, Any]] = {}
    for row in rows:
        newest[(row["kind"], *sorted((row["canonical"], row["member"])))] = row
    return sorted(newest.values(), key=lambda r: r["id"])


def checked_kind(kind: str) -> str:
    if kind not in KINDS:
        raise StoreError(f"unknown entity kind {kind!r}; expected one of {', '.join(KINDS)}", code="bad_kind")
    return kind


def decide(session: Session, kind: str, action: str, canonical: str, member: str, note: str) -> dict[str, Any]:
    """A person's decision about two names, applied to what is stored; returns the audit row."""
    checked_kind(kind)
    if action not in ACTIONS or action == "propose":
        raise StoreError(f"unknown action {action!r}; expected merge, split or reject", code="bad_action")
    if canonical == member:
        raise StoreError("a name cannot be merged with or split from itself", code="same_name")
    names: tuple[str, ...] = (member,)
    if action == "merge":
        names = merge_company(session, canonical, member) if kind == "company" else merge_asset(session, canonical, member)
    elif action == "split":
        names = merged_names(session, kind, canonical, member)
        moved = split_company(session, canonical, names) if kind == "company" else split_asset(session, canonical, names)
        note = f"{note} ({moved} facts moved back)".strip()
    row = EntityDecisionRow(kind=kind, canonical=canonical, member=member, action=action, score=1.0, source="user",
                            reason=f"{action} by a person", note=note, names=list(names))
    session.add(row)
    session.flush()
    return decision_row(row)


def merge_company(session: Session, canonical: str, member: str) -> tuple[str, ...]:
    target = session.get(CompanyRow, canonical, with_for_update=True)
    if target is None:
        raise StoreError(f"no stored company is called {canonical!r}", code="unknown_entity")
    row = session.get(CompanyRow, member, with_for_update=True)
    names = (member, *(row.aliases or [] if row else []))
    target.aliases = list(dict.fromkeys([*(target.aliases or []), *names]))
    target.provisional = target.provisional and (row.provisional if row else True)
    if row is not None:
        session.delete(row)
    rename_facts(session, {member: canonical}, COMPANY_FIELDS)
    return tuple(dict.fromkeys(names))


def merge_asset(session: Session, canonical: str, member: str) -> tuple[str, ...]:
    if not session.scalar(select(FactRow.id).where(FactRow.asset == canonical).limit(1)):
        raise StoreError(f"no stored fact names the asset {canonical!r}", code="unknown_entity")
    rename_facts(session, {member: canonical}, ("asset",))
    return (member,)


def merged_names(session: Session, kind: str, canonical: str, member: str) -> tuple[str, ...]:
    query = (select(EntityDecisionRow).where(EntityDecisionRow.kind == kind, EntityDecisionRow.canonical == canonical,
                                             EntityDecisionRow.member == member, EntityDecisionRow.action == "merge")
             .order_by(EntityDecisionRow.id.desc()).limit(1))
    row = session.scalar(query)
    if row is None:
        raise StoreError(f"{member!r} was never merged into {canonical!r}", code="not_merged")
    return tuple(row.names or [member])


def split_company(session: Session, canonical: str, names: tuple[str, ...]) -> int:
    target = session.get(CompanyRow, canonical, with_for_update=True)
    if target is None:
        raise StoreError(f"no stored company is called {canonical!r}", code="unknown_entity")
    target.aliases = [a for a in target.aliases or [] if a not in names]
    member = names[0]
    if session.get(CompanyRow, member) is None:
        session.add(CompanyRow(name=member, kind="other", provisional=True, aliases=list(names[1:])))
    return move_back(session, canonical, names, [canonical, *target.aliases], COMPANY_FIELDS)


def split_asset(session: Session, canonical: str, names: tuple[str, ...]) -> int:
    return move_back(session, canonical, names, [canonical], ("asset",))


def move_back(session: Session, canonical: str, names: tuple[str, ...], kept: list[str], fields: tuple[str, ...]) -> int:
    """Facts naming `canonical` whose document names the member (any of `names`) and none of the
    names kept go back to the member."""
    moved = 0
    for fact in facts_naming(session, canonical, fields):
        text = session.scalar(select(DocumentRow.text).where(DocumentRow.id == fact.document_id)) or ""
        if any(n in text for n in names) and not any(k in text for k in kept if k):
            moved += rename_fact(fact, {canonical: names[0]}, fields, keep_alias=False)
    return moved


def facts_naming(session: Session, name: str, fields: tuple[str, ...]) -> list[FactRow]:
    column = FactRow.asset if fields == ("asset",) else FactRow.company
    query = select(FactRow).where((column == name) | FactRow.kind.in_(("deal", "financing")))
    return [fact for fact in session.scalars(query) if name in fact_names(fact.payload, fields)]


def fact_names(payload: dict[str, Any], fields: tuple[str, ...]) -> list[str]:
    names = [payload.get(f) for f in fields]
    if fields == COMPANY_FIELDS:
        names += list(payload.get("investors") or [])
    return [n for n in names if n]


def rename_facts(session: Session, renames: dict[str, str], fields: tuple[str, ...]) -> int:
    return sum(rename_fact(fact, renames, fields) for old in renames for fact in facts_naming(session, old, fields))


def rename_fact(fact: FactRow, renames: dict[str, str], fields: tuple[str, ...], keep_alias: bool = True) -> int:
    """Rename in one fact; an asset renamed keeps its old name among its aliases when merging."""
    payload = dict(fact.payload)
    for field in fields:
        if payload.get(field) in renames:
            payload[field] = renames[payload[field]]
    if fields == COMPANY_FIELDS and payload.get("investors"):
        payload["investors"] = list(dict.fromkeys(renames.get(n, n) for n in payload["investors"]))
    if keep_alias and fields == ("asset",) and fact.kind == "asset":
        old = fact.payload.get("asset")
        if old != payload["asset"] and old not in payload.get("aliases", []):
            payload["aliases"] = [*payload.get("aliases", []), old]
    if payload == fact.payload:
        return 0
    fact.payload = payload
    fact.company = payload.get("licensor") if fact.kind == "deal" else payload.get("company")
    fact.asset = payload.get("asset")
    return 1
