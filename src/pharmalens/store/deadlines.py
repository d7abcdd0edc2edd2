"""Deadlines for the database work of one request: when the deadline passes, or its client goes away,
the statement running for it stops and no further one starts.

The interfaces open `deadline(seconds)` around a request; every store call made in that context (in
any thread the context is copied to) checks it. SQLite runs a progress handler that aborts the
statement in flight; PostgreSQL gets `SET LOCAL statement_timeout` at the start of each transaction,
and a cancel request when the client is gone. Work outside any deadline (ingest, the command line)
is not limited.
"""
from __future__ import annotations

import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from typing import Any

from sqlalchemy import event
from sqlalchemy.engine import Connection, Engine

from .database import StoreError

PROGRESS_STEPS = 2000  # SQLite virtual-machine steps between two looks at the deadline


class DeadlinePassed(StoreError):
    """The request's time ran out, or its client went away, before the database work was done."""

    code = "timeout"

    def __init__(self, message: str = "the request took longer than its deadline; its database work was stopped") -> None:
        super().__init__(message, self.code)


class Deadline:
    """The time by which one request's database work must be done; `cancel()` ends it early."""

    def __init__(self, seconds: float) -> None:
        self.expires = time.monotonic() + seconds
        self.cancelled = False
        self._running: Any = None  # the DBAPI connection of the statement in flight, if any
        self._lock = threading.Lock()

    def remaining(self) -> float:
        return 0.0 if self.cancelled else max(0.0, self.expires - time.monotonic())

    def passed(self) -> bool:
        return self.cancelled or time.monotonic() >= self.expires

    def cancel(self) -> None:
        """Stop the work now (its client disconnected): the statement in flight is cancelled."""
        self.cancelled = True
        with self._lock:
            running = self._running
        if running is not None and hasattr(running, "cancel"):  # psycopg; SQLite stops on its own
            try:
                running.cancel()
            except Exception:  # noqa: BLE001 - the statement may just have finished; nothing to stop
                pass

    def _enter(self, dbapi_connection: Any) -> None:
        with self._lock:
            self._running = dbapi_connection

    def _leave(self) -> None:
        with self._lock:
            self._running = None


CURRENT: ContextVar[Deadline | None] = ContextVar("pharmalens_deadline", default=None)


@contextmanager
def deadline(seconds: float | None) -> Iterator[Deadline | None]:
    """Limit the store calls made in this context to `seconds` (None or 0: no limit)."""
    if not seconds:
        yield None
        return
    limit = Deadline(seconds)
    token = CURRENT.set(limit)
    try:
        yield limit
    finally:
        CURRENT.reset(token)


def passed() -> bool:
    """Whether the current context has a deadline that has passed (or was cancelled)."""
    limit = CURRENT.get()
    return limit is not None and limit.passed()


def watch(engine: Engine) -> None:
    """Make `engine`'s statements respect the deadline of the context they run in."""
    backend = engine.dialect.name
    if backend == "sqlite":
        event.listen(engine, "checkout", _sqlite_progress)  # also reaches connections pooled before
    elif backend == "postgresql":
        event.listen(engine, "begin", _postgres_begin)
    event.listen(engine, "before_cursor_execute", _before_statement)
    event.listen(engine, "after_cursor_execute", _after_statement)
    event.listen(engine, "handle_error", _after_error)


def _sqlite_progress(dbapi_connection: Any, *_pool_args: Any) -> None:
    dbapi_connection.set_progress_handler(_sqlite_check, PROGRESS_STEPS)


def _sqlite_check() -> int:
    return 1 if passed() else 0


def _postgres_begin(connection: Connection) -> None:
    limit = CURRENT.get()
    if limit is None:
        return
    if limit.passed():
        raise DeadlinePassed()
    milliseconds = max(1, int(limit.remaining() * 1000))
    connection.exec_driver_sql(f"SET LOCAL statement_timeout = {milliseconds}")


def _before_statement(connection: Connection, _cursor: Any, *_args: Any) -> None:
    limit = CURRENT.get()
    if limit is None:
        return
    if limit.passed():
        raise DeadlinePassed()
    limit._enter(connection.connection.dbapi_connection)


def _after_statement(*_args: Any) -> None:
    limit = CURRENT.get()
    if limit is not None:
        limit._leave()


def _after_error(_context: Any) -> None:
    _after_statement()
