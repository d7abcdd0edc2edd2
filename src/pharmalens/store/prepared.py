"""Core statements compiled once per backend and run on the driver's cursor.

SQLAlchemy's execution of even a cached statement (execution context, parameter processing, result
metadata) costs several times what the driver then does with it, and the write path runs a few dozen
statements per document. A `Prepared` statement is compiled by SQLAlchemy for the session's dialect
(per set of parameter names, for an INSERT or UPDATE that takes its columns from them), and runs with
the same bind and result processors SQLAlchemy would apply, so the rows written and read are the
same. On PostgreSQL the rows of an INSERT go in one multi-row VALUES statement.

What the fast path does not cover goes through SQLAlchemy: an empty IN list, a column default computed
in Python, a statement run under a request deadline (whose checks hook SQLAlchemy's events).
"""
from __future__ import annotations

import re
from collections import namedtuple
from collections.abc import Callable, Iterator, Sequence
from typing import Any

from sqlalchemy import exc
from sqlalchemy.engine import Connection, Dialect
from sqlalchemy.orm import Session
from sqlalchemy.sql import Executable

from . import deadlines

_EXPANDING = r"__\[POSTCOMPILE_(?P<expanding>[^\]]+)\]"
_QMARK = re.compile(r"\?|" + _EXPANDING)
_PYFORMAT = re.compile(r"%\((?P<name>[^)]*)\)s|" + _EXPANDING)
MAX_PARAMETERS = 30000  # per multi-row INSERT (PostgreSQL allows 65535)


class Rows:
    """The outcome of a prepared statement: its rows (read at once) and the driver's row count."""

    def __init__(self, rows: list[Any], rowcount: int) -> None:
        self._rows = rows
        self.rowcount = rowcount

    def __iter__(self) -> Iterator[Any]:
        return iter(self._rows)

    def all(self) -> list[Any]:
        return self._rows

    def first(self) -> Any:
        return self._rows[0] if self._rows else None

    def scalars(self) -> list[Any]:
        return [row[0] for row in self._rows]

    def scalar(self) -> Any:
        return self._rows[0][0] if self._rows else None


class _Compiled:
    """One statement as the driver takes it: SQL pieces around the parameter slots, in order."""

    def __init__(self, compiled: Any, dialect: Dialect) -> None:
        self.marker = "?" if dialect.paramstyle == "qmark" else "%s"
        slot = _QMARK if self.marker == "?" else _PYFORMAT
        escaped = {v: k for k, v in compiled.escaped_bind_names.items()}
        order = list(compiled.positiontup or ())
        self.pieces: list[str] = []
        self.slots: list[tuple[str, bool]] = []  # (parameter name, expanding)
        text, start = compiled.string, 0
        for match in slot.finditer(text):
            self.pieces.append(text[start:match.start()])
            start = match.end()
            found = match.groupdict()
            if found["expanding"] is not None:
                self.slots.append((found["expanding"], True))
            elif found.get("name") is not None:
                self.slots.append((escaped.get(found["name"], found["name"]), False))
            else:
                self.slots.append((order[len(self.slots)] if len(self.slots) < len(order) else "", False))
        self.pieces.append(text[start:])
        self.usable = not order or [name for name, _ in self.slots] == order  # else SQLAlchemy runs it
        self.processors: dict[str, Callable[[Any], Any]] = dict(compiled._bind_processors)
        self.defaults = {name: bind.effective_value for name, bind in compiled.binds.items()}
        self.expanding = any(expanding for _name, expanding in self.slots)
        self.sql = None if self.expanding else self.marker.join(self.pieces)
        self.columns = [(entry[0], entry[3]) for entry in compiled._result_columns]
        self.row = namedtuple("Row", [name for name, _type in self.columns], rename=True) if self.columns else None
        self.results: list[Callable[[Any], Any] | None] | None = None
        self.values = self._values_clause(bool(getattr(compiled.statement, "is_insert", False)))

    def _values_clause(self, insert: bool) -> tuple[str, str, str] | None:
        """An INSERT of one VALUES group as (before, the group, after), so that many rows can go in one
        statement; None when parameters stand outside the group, or for an upsert (two of its rows
        may update the same row, which one statement refuses)."""
        start = (self.sql or "").find(" VALUES (") if insert else -1
        if start < 0:
            return None
        sql, depth, opened = self.sql or "", 0, start + len(" VALUES ")
        for end in range(opened, len(sql)):
            depth += {"(": 1, ")": -1}.get(sql[end], 0)
            if depth == 0:
                break
        head, group, tail = sql[:opened], sql[opened:end + 1], sql[end + 1:]
        if self.marker in head or self.marker in tail or " DO UPDATE " in tail:
            return None
        return head, group, tail

    def values_of(self, params: dict[str, Any]) -> tuple[Any, ...]:
        out: list[Any] = []
        processors = self.processors
        for name, expanding in self.slots:
            value = params[name] if name in params else self.defaults.get(name)
            process = processors.get(name)
            if expanding:
                out.extend([process(v) for v in value] if process else value)
            else:
                out.append(process(value) if process else value)
        return tuple(out)

    def expanded_sql(self, params: dict[str, Any]) -> str:
        parts = [self.pieces[0]]
        for (name, expanding), piece in zip(self.slots, self.pieces[1:]):
            parts.append(", ".join([self.marker] * len(params[name])) if expanding else self.marker)
            parts.append(piece)
        return "".join(parts)

    def rows(self, cursor: Any, dialect: Dialect) -> list[Any]:
        if self.row is None or cursor.description is None:
            return []
        if self.results is None:
            self.results = [type_._cached_result_processor(dialect, description[1])
                            for (_name, type_), description in zip(self.columns, cursor.description)]
        processors = [(n, p) for n, p in enumerate(self.results) if p is not None]
        make = self.row._make
        if not processors:
            return [make(row) for row in cursor.fetchall()]
        out = []
        for row in cursor.fetchall():
            values = list(row)
            for n, process in processors:
                values[n] = process(values[n])
            out.append(make(values))
        return out


class Prepared:
    """A Core statement built once (at import) and run through `run`: compiled per backend, and per set
    of parameter names for an INSERT or UPDATE without explicit values."""

    def __init__(self, statement: Executable) -> None:
        self.statement = statement
        self._by_columns = bool(getattr(statement, "is_dml", False)) and not getattr(statement, "is_delete", False)
        self._compiled: dict[tuple[str, tuple[str, ...]], _Compiled | None] = {}

    def __repr__(self) -> str:
        return f"Prepared({self.statement})"

    def compiled(self, dialect: Dialect, params: dict[str, Any]) -> _Compiled | None:
        key = (dialect.name, tuple(params) if self._by_columns else ())
        if key not in self._compiled:
            compiled = self.statement.compile(dialect=dialect, column_keys=list(key[1]) or None)
            plain = dialect.paramstyle in ("qmark", "pyformat") and not (compiled.insert_prefetch or compiled.update_prefetch or compiled.literal_execute_params
                         or compiled.effective_returning)
            prepared = _Compiled(compiled, dialect) if plain else None
            self._compiled[key] = prepared if prepared is not None and prepared.usable else None
        return self._compiled[key]


def execute(session: Session, prepared: Prepared, params: Any) -> Any:
    """Run a prepared statement in the session's transaction; a `Rows`, or SQLAlchemy's result where the
    fast path does not apply."""
    connection = session.connection()
    many = isinstance(params, list)
    first = (params[0] if params else None) if many else params
    compiled = None
    if first is not None and deadlines.CURRENT.get() is None:
        compiled = prepared.compiled(connection.dialect, first)
    if compiled is None or (compiled.expanding and (many or any(
            not params[name] for name, expanding in compiled.slots if expanding))):
        return connection.execute(prepared.statement, params)
    dialect = connection.dialect
    cursor = connection.connection.dbapi_connection.cursor()
    sql = compiled.sql or ""
    try:
        if not many:
            sql = sql or compiled.expanded_sql(params)
            _run(connection, cursor, sql, compiled.values_of(params))
            return Rows(compiled.rows(cursor, dialect), cursor.rowcount)
        if compiled.values is not None and dialect.name == "postgresql":
            return Rows([], _insert_values(connection, cursor, compiled, params))
        _run(connection, cursor, sql, [compiled.values_of(row) for row in params], many=True)
        return Rows([], cursor.rowcount)
    except dialect.loaded_dbapi.Error as error:
        raise exc.DBAPIError.instance(sql, params, error, dialect.loaded_dbapi.Error, dialect=dialect) from error
    finally:
        cursor.close()


def _run(connection: Connection, cursor: Any, sql: str, values: Any, many: bool = False) -> None:
    """The driver's execute, between the engine's cursor events as SQLAlchemy would send them (those who
    watch the statements still see them)."""
    events = connection.dispatch
    if events.before_cursor_execute:
        events.before_cursor_execute(connection, cursor, sql, values, None, many)
    if many:
        cursor.executemany(sql, values)
    else:
        cursor.execute(sql, values)
    if events.after_cursor_execute:
        events.after_cursor_execute(connection, cursor, sql, values, None, many)


def _insert_values(connection: Connection, cursor: Any, compiled: _Compiled, rows: Sequence[dict[str, Any]]) -> int:
    """Many rows of an INSERT as multi-row VALUES statements (as SQLAlchemy's insertmanyvalues does)."""
    head, single, tail = compiled.values or ("", "", "")
    batch = max(1, MAX_PARAMETERS // max(single.count(compiled.marker), 1))
    written = 0
    for start in range(0, len(rows), batch):
        chunk = rows[start:start + batch]
        values = tuple(value for row in chunk for value in compiled.values_of(row))
        _run(connection, cursor, head + ", ".join([single] * len(chunk)) + tail, values)
        written += max(cursor.rowcount, 0)
    return written
