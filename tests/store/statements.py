"""What the store sends to the database, for tests that check how a read is planned."""
from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

import sqlalchemy as sa

Statement = tuple[str, object]


@contextmanager
def statements() -> Iterator[list[Statement]]:
    """The (SQL, parameters) of every statement any engine runs inside the block."""
    seen: list[Statement] = []

    def keep(_conn, _cursor, statement, parameters, *_args) -> None:
        seen.append((statement, parameters))
    sa.event.listen(sa.engine.Engine, "before_cursor_execute", keep)
    try:
        yield seen
    finally:
        sa.event.remove(sa.engine.Engine, "before_cursor_execute", keep)


def sqlite_plans(url: str, reads: list[Statement]) -> list[list[str]]:
    """SQLite's query plan of each statement, a line per step."""
    engine = sa.create_engine(url)
    try:
        with engine.connect() as connection:
            return [[str(row) for row in connection.exec_driver_sql("EXPLAIN QUERY PLAN " + s, p)] for s, p in reads]
    finally:
        engine.dispose()
