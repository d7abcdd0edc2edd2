"""Engines and sessions for SQLite and PostgreSQL, with errors that never show a password."""
from __future__ import annotations

import json
from typing import Any

from sqlalchemy import create_engine, event, text
from sqlalchemy.engine import URL, Connection, Engine, make_url
from sqlalchemy.exc import ArgumentError, NoSuchModuleError, SQLAlchemyError
from sqlalchemy.orm import Session, sessionmaker
from sqlalchemy.pool import QueuePool

from ..model.errors import PharmalensError

CONNECT_TIMEOUT_SECONDS = 10
WRITER_OPTION = "pharmalens_writer"
# Connections kept open per process, and how many more a burst may open; a request that finds none
# free waits at most POOL_WAIT_SECONDS. The API's thread pool runs up to 40 requests at once.
POOL_SIZE = 8
POOL_OVERFLOW = 8
POOL_WAIT_SECONDS = 30


class StoreError(PharmalensError, RuntimeError):
    """A database problem explained for a person, with any password masked; `code` is stable."""

    code = "store_error"

    def __init__(self, message: str, code: str | None = None) -> None:
        super().__init__(message, code)


def parse_url(url: str) -> URL:
    try:
        return make_url(url)
    except ArgumentError as exc:
        raise StoreError(f"not a database URL: {mask_url(url)!r} ({exc})") from None


def mask_url(url: str | URL) -> str:
    """The URL with its password shown as ***, even when the string does not parse as a URL."""
    if isinstance(url, URL):
        return url.render_as_string(hide_password=True)
    try:
        return make_url(url).render_as_string(hide_password=True)
    except ArgumentError:
        scheme, sep, rest = url.partition("://")
        credentials, at, host = rest.rpartition("@")
        if not (sep and at and ":" in credentials):
            return url
        return f"{scheme}://{credentials.split(':', 1)[0]}:***@{host}"


def masked_message(exc: BaseException, url: URL) -> str:
    """The driver's message for `exc`, with the URL's password replaced if it appears."""
    original = getattr(exc, "orig", None) or exc
    message = " ".join(str(original).split())
    if url.password:
        message = message.replace(str(url.password), "***")
    return message


def create_store_engine(url: str) -> Engine:
    """An engine for `url`, checked by connecting once, so a bad URL fails here and clearly."""
    parsed = parse_url(url)
    shown = mask_url(parsed)
    try:
        engine = create_engine(parsed, **_engine_options(parsed))
    except (NoSuchModuleError, ModuleNotFoundError) as exc:
        raise StoreError(f"no database driver for {shown}: {exc}; install the driver "
                         "(for PostgreSQL: pip install 'psycopg[binary]')") from None
    if parsed.get_backend_name() == "sqlite":
        event.listen(engine, "connect", _sqlite_pragmas)
        event.listen(engine, "begin", _sqlite_begin)
    elif parsed.get_backend_name() == "postgresql":
        # many rows of a plain INSERT as one multi-row INSERT ... VALUES (as the psycopg2 dialect does), not
        # one pipelined INSERT each; an INSERT with ON CONFLICT is still run row by row (SQLAlchemy's rule)
        engine.dialect.use_insertmanyvalues_wo_returning = True
    try:
        with engine.connect() as connection:
            connection.execute(text("SELECT 1"))
    except SQLAlchemyError as exc:
        engine.dispose()
        raise StoreError(f"cannot connect to database {shown}: {masked_message(exc, parsed)}") from None
    return engine


def writer(engine: Engine) -> Engine:
    """The engine for write transactions: on SQLite they take the write lock at BEGIN, so that
    concurrent writers wait their turn instead of failing when a read turns into a write."""
    return engine.execution_options(**{WRITER_OPTION: True})


def create_sessions(engine: Engine) -> sessionmaker[Session]:
    return sessionmaker(engine, expire_on_commit=False)


def json_column_value(value: Any) -> str:
    """JSON columns hold standard JSON only: an infinity or NaN is refused (ValueError), not written."""
    return json.dumps(value, allow_nan=False)


def _engine_options(url: URL) -> dict[str, Any]:
    options: dict[str, Any] = {"json_serializer": json_column_value}
    pooled = {"poolclass": QueuePool, "pool_size": POOL_SIZE, "max_overflow": POOL_OVERFLOW,
              "pool_timeout": POOL_WAIT_SECONDS}
    if url.get_backend_name() == "postgresql":
        connect_args = {} if "connect_timeout" in url.query else {"connect_timeout": CONNECT_TIMEOUT_SECONDS}
        options.update(pooled, pool_pre_ping=True, pool_recycle=1800, connect_args=connect_args)
    elif url.get_backend_name() == "sqlite" and url.database not in (None, "", ":memory:"):
        # a file: any thread may use a pooled connection (one at a time), readers run side by side in WAL
        options.update(pooled, connect_args={"check_same_thread": False})
    return options


def _sqlite_pragmas(dbapi_connection: Any, _record: Any) -> None:
    dbapi_connection.isolation_level = None
    cursor = dbapi_connection.cursor()
    try:
        cursor.execute("PRAGMA journal_mode=WAL")
        cursor.execute("PRAGMA synchronous=NORMAL")
        cursor.execute("PRAGMA foreign_keys=ON")
        cursor.execute("PRAGMA busy_timeout=30000")
        cursor.execute("PRAGMA cache_size=-16000")  # KiB of pages kept per connection
        cursor.execute("PRAGMA mmap_size=268435456")  # reads share the OS page cache instead of copying
        cursor.execute("PRAGMA temp_store=MEMORY")
    finally:
        cursor.close()


def _sqlite_begin(connection: Connection) -> None:
    immediate = connection.get_execution_options().get(WRITER_OPTION, False)
    connection.exec_driver_sql("BEGIN IMMEDIATE" if immediate else "BEGIN")
