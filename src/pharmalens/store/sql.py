"""Running prebuilt Core statements inside a session's transaction.

The write path runs a few dozen statements per document; building a statement costs more than
running it, so the hot ones are built once at import (with bind parameters) and executed on the
session's connection, skipping the ORM; those wrapped in `Prepared` skip SQLAlchemy's execution too
(see `prepared`).
"""
from __future__ import annotations

from collections.abc import Sequence
from functools import cache
from typing import Any

from sqlalchemy import Select, Table, bindparam, text
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.engine import CursorResult
from sqlalchemy.orm import Session
from sqlalchemy.sql import Executable

from .prepared import Prepared, execute

LOCK_KEY = 0x706C6B62  # "plkb"
_LOCK = Prepared(text("SELECT pg_advisory_xact_lock(:key)"))


def run(session: Session, statement: Executable | Prepared, params: Any = None) -> CursorResult[Any]:
    if isinstance(statement, Prepared):
        return execute(session, statement, params if params is not None else {})
    return session.connection().execute(statement, params if params is not None else {})


def driver_rows(session: Session, query: Select) -> list[tuple[Any, ...]]:
    """The rows of a query of plain columns as the database driver returns them (tuples), in the
    session's transaction: for tens of thousands of rows, building SQLAlchemy's rows cost three times
    the read. Values are not converted, so only for numbers and text."""
    result = session.connection().execute(query)
    try:
        return result.cursor.fetchall()
    finally:
        result.close()


def dialect(session: Session) -> str:
    return session.get_bind().dialect.name


def lock(session: Session) -> None:
    """Writers take turns: on PostgreSQL a transaction-level advisory lock (SQLite writers already
    take the database lock at BEGIN IMMEDIATE)."""
    if dialect(session) == "postgresql":
        run(session, _LOCK, {"key": LOCK_KEY})


@cache
def _insert_ignore(backend: str, table: Table, keys: tuple[str, ...]) -> Prepared:
    module = postgresql if backend == "postgresql" else sqlite
    return Prepared(module.insert(table).on_conflict_do_nothing(index_elements=list(keys)))


@cache
def _upsert(backend: str, table: Table, keys: tuple[str, ...], columns: tuple[str, ...]) -> Prepared:
    module = postgresql if backend == "postgresql" else sqlite
    statement = module.insert(table)
    return Prepared(statement.on_conflict_do_update(index_elements=list(keys),
                                                    set_={name: statement.excluded[name] for name in columns}))


def insert_ignore(session: Session, table: Table, rows: Sequence[dict[str, Any]], keys: tuple[str, ...]) -> int:
    """Insert the rows whose keys are not there yet; returns how many were inserted (one row) or -1."""
    if not rows:
        return 0
    return run(session, _insert_ignore(dialect(session), table, keys), list(rows)).rowcount


def upsert(session: Session, table: Table, rows: Sequence[dict[str, Any]], keys: tuple[str, ...]) -> None:
    if rows:
        columns = tuple(name for name in rows[0] if name not in keys)
        run(session, _upsert(dialect(session), table, keys, columns), list(rows))


@cache
def _increment(backend: str, table: Table, key: str, column: str, rows: int) -> Prepared:
    module = postgresql if backend == "postgresql" else sqlite
    statement = module.insert(table).values([{key: bindparam(f"key_{n}"), column: bindparam(f"delta_{n}")}
                                             for n in range(rows)])
    return Prepared(statement.on_conflict_do_update(index_elements=[key],
                                                    set_={column: table.c[column] + statement.excluded[column]}))


def increment(session: Session, table: Table, key: str, column: str, deltas: dict[str, int]) -> None:
    """Add each delta to the row of its key (a new row starts at the delta), in one statement."""
    if deltas:
        params = {}
        for n, (name, delta) in enumerate(sorted(deltas.items())):
            params[f"key_{n}"], params[f"delta_{n}"] = name, delta
        run(session, _increment(dialect(session), table, key, column, len(deltas)), params)
