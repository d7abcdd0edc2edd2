"""Documents keyed by a hash of their source and content instead of "<file name>#<n>".

The old id let a/news.txt and b/news.txt overwrite each other. Each document gets the id
`doc_` + sha256(source + "\\n" + content_hash)[:16] and keeps its old id as `name` (what the facts
contract prints). Fact ids hash their document's id, so every fact id is recomputed from the
payload as it was extracted (corrections undone, newest first), and corrections follow their fact.
Numbers JSON cannot hold (an infinity stored by older versions) are cleared on the way.

The hashes below are frozen copies of `model.records.document_id` and `Record.id` at this
revision; tests check they agree with the code.

Revision ID: 0006
Revises: 0005
Create Date: 2026-11-29
"""
from __future__ import annotations

import hashlib
import json
import math
from collections.abc import Callable, Sequence
from typing import Any

import sqlalchemy as sa
from alembic import op

from pharmalens.store.migrate import MigrationFailed

revision: str = "0006"
down_revision: str | Sequence[str] | None = "0005"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

FOREIGN_KEYS = ("facts", "near_duplicate_bands")  # tables whose document_id points at documents.id
DECIMAL_FIELDS = {"financial": ("amount",)}  # Decimal fields other than Money, hashed as floats
NOT_PAYLOAD = ("id", "document", "evidence", "extractor")

documents = sa.table("documents", sa.column("id"), sa.column("source"), sa.column("content_hash"),
                     sa.column("duplicate_of"), sa.column("name"))
facts = sa.table("facts", sa.column("id"), sa.column("kind"), sa.column("document_id"), sa.column("payload", sa.JSON))
bands = sa.table("near_duplicate_bands", sa.column("document_id"))
decisions = sa.table("entity_decisions", sa.column("document_id"))
corrections = sa.table("corrections", sa.column("id"), sa.column("record_id"), sa.column("field"),
                       sa.column("old_value", sa.JSON), sa.column("created_at"))


def document_key(source: str, content_hash: str) -> str:
    return "doc_" + hashlib.sha256(f"{source}\n{content_hash}".encode("utf-8")).hexdigest()[:16]


def fact_key(kind: str, document: str, payload: dict[str, Any]) -> str:
    """`Record.id` from a stored payload: the fields as `_plain` hashed them (Money as amount and
    currency, Decimals as floats, a facility's `kind` as `kind_of_site`)."""
    plain = {}
    for key, value in payload.items():
        if key in NOT_PAYLOAD:
            continue
        if isinstance(value, dict) and "amount" in value and "currency" in value:
            value = {"amount": _float(value["amount"]), "currency": value["currency"]}
        elif key in DECIMAL_FIELDS.get(kind, ()) and isinstance(value, (int, float)) and not isinstance(value, bool):
            value = float(value)
        plain["kind_of_site" if kind == "facility" and key == "kind" else key] = value
    blob = json.dumps([kind, document, plain], sort_keys=True, default=str)
    return kind[:3] + "_" + hashlib.sha256(blob.encode()).hexdigest()[:16]


def _float(value: Any) -> Any:
    return float(value) if isinstance(value, (int, float)) and not isinstance(value, bool) else value


def finite_payload(value: Any) -> Any:
    """The payload with every infinity or NaN cleared (a Money holding one becomes null)."""
    if isinstance(value, float):
        return value if math.isfinite(value) else None
    if isinstance(value, dict):
        if "amount" in value and "currency" in value and finite_payload(value["amount"]) is None:
            return None
        return {key: finite_payload(item) for key, item in value.items()}
    if isinstance(value, list):
        return [finite_payload(item) for item in value]
    return value


def upgrade() -> None:
    op.add_column("documents", sa.Column("name", sa.String(), nullable=True))
    bind = op.get_bind()
    rows = bind.execute(sa.select(documents.c.id, documents.c.source, documents.c.content_hash)).all()
    _rekey(bind, {row.id: document_key(row.source, row.content_hash) for row in rows}, keep_name=True)


def downgrade() -> None:
    bind = op.get_bind()
    rows = bind.execute(sa.select(documents.c.id, documents.c.name)).all()
    names = [row.name or row.id for row in rows]
    if len(set(names)) < len(names):
        raise MigrationFailed("cannot go back to '<file name>#<n>' ids: two stored documents share one")
    _rekey(bind, {row.id: row.name or row.id for row in rows}, keep_name=False)
    with op.batch_alter_table("documents") as batch:
        batch.drop_column("name")


def _rekey(bind: sa.Connection, keys: dict[str, str], keep_name: bool) -> None:
    """Give every document its new id, and every fact and correction the ids that follow from it."""
    keys = {old: new for old, new in keys.items() if old != new}
    if not keys:
        return
    with _foreign_key_off(bind):
        for old, new in keys.items():
            values = {"id": new, "name": old} if keep_name else {"id": new}
            bind.execute(sa.update(documents).where(documents.c.id == old).values(**values))
            bind.execute(sa.update(documents).where(documents.c.duplicate_of == old).values(duplicate_of=new))
            bind.execute(sa.update(bands).where(bands.c.document_id == old).values(document_id=new))
            bind.execute(sa.update(decisions).where(decisions.c.document_id == old).values(document_id=new))
        fact_ids = _rekey_facts(bind, keys.get)
    for old, new in fact_ids.items():
        bind.execute(sa.update(corrections).where(corrections.c.record_id == old).values(record_id=new))


def _rekey_facts(bind: sa.Connection, new_document: Callable[[str], str | None]) -> dict[str, str]:
    reverted = _corrections_undone(bind)
    renamed = {}
    for row in bind.execute(sa.select(facts.c.id, facts.c.kind, facts.c.document_id, facts.c.payload)).all():
        document = new_document(row.document_id)
        if document is None:
            continue
        payload = finite_payload(dict(row.payload))
        extracted = {**payload, **reverted.get(row.id, {})}
        fact_id = fact_key(row.kind, document, extracted)
        renamed[row.id] = fact_id
        bind.execute(sa.update(facts).where(facts.c.id == row.id).values(
            id=fact_id, document_id=document, payload={**payload, "id": fact_id, "document": document}))
    return renamed


def _corrections_undone(bind: sa.Connection) -> dict[str, dict[str, Any]]:
    """Per fact id, each corrected field's value before its first correction."""
    query = sa.select(corrections.c.record_id, corrections.c.field, corrections.c.old_value).order_by(
        corrections.c.created_at, corrections.c.id)
    undone: dict[str, dict[str, Any]] = {}
    for row in bind.execute(query):
        undone.setdefault(row.record_id, {})[row.field] = row.old_value
    return undone


class _foreign_key_off:
    """Facts and band keys point at documents; while they change ids together the constraints wait
    (SQLite) or step aside (PostgreSQL) and are back, unchanged, before the migration commits."""

    def __init__(self, bind: sa.Connection) -> None:
        self.bind = bind

    def __enter__(self) -> None:
        if self.bind.dialect.name == "sqlite":
            self.bind.exec_driver_sql("PRAGMA defer_foreign_keys = ON")
        else:
            for table in FOREIGN_KEYS:
                op.drop_constraint(f"fk_{table}_document_id_documents", table, type_="foreignkey")

    def __exit__(self, *exc: object) -> None:
        if self.bind.dialect.name != "sqlite" and exc[0] is None:
            for table in FOREIGN_KEYS:
                op.create_foreign_key(f"fk_{table}_document_id_documents", table, "documents", ["document_id"], ["id"],
                                      ondelete="CASCADE")
