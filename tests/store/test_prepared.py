"""Prepared statements (store/prepared.py) write and read what SQLAlchemy's execution does, on both
backends: JSON (None included), booleans and times go through the same processors, an INSERT's many
rows (one multi-row VALUES on PostgreSQL) ignore conflicts as row-by-row inserts would, and an upsert
of rows updating the same row still runs them one after the other."""
from __future__ import annotations

from datetime import datetime, timezone

import pytest
from sqlalchemy import Text, bindparam, cast, select
from sqlalchemy.exc import IntegrityError

from pharmalens.store.prepared import Prepared, Rows
from pharmalens.store.schema import CompanyRow, DocumentRow, StoreCountRow
from pharmalens.store.sql import insert_ignore, run, upsert

COMPANIES, DOCUMENTS, COUNTS = CompanyRow.__table__, DocumentRow.__table__, StoreCountRow.__table__
_INSERT = Prepared(DOCUMENTS.insert())
_DOCUMENTS = Prepared(select(DOCUMENTS).where(DOCUMENTS.c.id.in_(bindparam("ids", expanding=True)))
                      .order_by(DOCUMENTS.c.id))
WHEN = datetime(2025, 3, 4, 5, 6, 7, 890123, tzinfo=timezone.utc)


def document(doc_id: str, pages: list[int] | None, relevant: bool) -> dict:
    return {"id": doc_id, "content_hash": f"h-{doc_id}", "source": "s", "title": "T", "lang": "en",
            "relevant": relevant, "published": None, "duplicate_of": None, "span_start": 0, "span_end": 1,
            "text": "x 100%", "url": None, "fetched_at": None, "pages": pages, "name": None,
            "ingested_at": WHEN, "source_kind": "media", "search_title": "t", "search_text": "x"}


def test_prepared_rows_are_the_rows_sqlalchemy_writes_and_reads(store):
    with store._writes.begin() as session:
        run(session, _INSERT, [document("a", None, True), document("b", [1, 2], False)])
        session.connection().execute(DOCUMENTS.insert(), [document("c", None, True), document("d", [1, 2], False)])
    with store._writes.begin() as session:
        fast = run(session, _DOCUMENTS, {"ids": ["a", "b", "c", "d"]})
        assert isinstance(fast, Rows)
        fast_rows = [row._asdict() for row in fast]
        slow_rows = [row._asdict() for row in session.connection().execute(_DOCUMENTS.statement,
                                                                           {"ids": ["a", "b", "c", "d"]})]
        stored = session.connection().execute(select(DOCUMENTS.c.id, cast(DOCUMENTS.c.pages, Text),
                                                     DOCUMENTS.c.relevant)).all()
        assert run(session, _DOCUMENTS, {"ids": []}).all() == []  # an empty IN goes through SQLAlchemy
    assert fast_rows == slow_rows
    assert [row["ingested_at"].replace(tzinfo=timezone.utc) for row in fast_rows] == [WHEN] * 4
    assert {row[0]: row[1:] for row in stored} == {"a": ("null", True), "b": ("[1, 2]", False),
                                                    "c": ("null", True), "d": ("[1, 2]", False)}


def test_conflict_ignoring_inserts_keep_the_existing_row(store):
    with store._writes.begin() as session:
        insert_ignore(session, COMPANIES, [{"name": "Acme", "kind": "pharma", "provisional": False, "aliases": ["A"]}],
                      ("name",))
    rows = [{"name": name, "kind": "other", "provisional": True, "aliases": [name.lower()]}
            for name in ("Acme", "Beta", "Beta", "Gamma")]
    with store._writes.begin() as session:
        insert_ignore(session, COMPANIES, rows, ("name",))
    with store._writes.begin() as session:
        stored = session.connection().execute(select(COMPANIES).order_by(COMPANIES.c.name)).all()
    assert [tuple(row) for row in stored] == [("Acme", "pharma", False, ["A"]), ("Beta", "other", True, ["beta"]),
                                              ("Gamma", "other", True, ["gamma"])]


def test_an_upsert_of_rows_updating_one_row_runs_them_in_order(store):
    with store._writes.begin() as session:
        upsert(session, COUNTS, [{"name": "x", "value": 1}, {"name": "x", "value": 2}, {"name": "y", "value": 3}],
               ("name",))
        stored = dict(session.connection().execute(select(COUNTS.c.name, COUNTS.c.value)
                                                   .where(COUNTS.c.name.in_(["x", "y"]))).all())
    assert stored == {"x": 2, "y": 3}


def test_a_driver_error_is_sqlalchemys(store):
    with pytest.raises(IntegrityError):  # Store.save tries again on this one
        with store._writes.begin() as session:
            run(session, _INSERT, [document("a", None, True), document("a", None, True)])
