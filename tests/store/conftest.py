"""Store fixtures: every test that takes `url` or `store` runs on SQLite, and on PostgreSQL when
PHARMALENS_TEST_POSTGRES_URL names a database the tests may empty (see docs/postgres.md)."""
from __future__ import annotations

import os
from collections.abc import Iterator

import pytest
import sqlalchemy as sa

from pharmalens.store import Store

POSTGRES_URL = os.environ.get("PHARMALENS_TEST_POSTGRES_URL")


def empty_database(url: str) -> None:
    engine = sa.create_engine(url)
    try:
        with engine.begin() as connection:
            metadata = sa.MetaData()
            metadata.reflect(connection)
            metadata.drop_all(connection)
    finally:
        engine.dispose()


@pytest.fixture(params=["sqlite", "postgresql"])
def url(request: pytest.FixtureRequest, tmp_path) -> Iterator[str]:
    if request.param == "sqlite":
        yield f"sqlite:///{tmp_path / 'store.db'}"
        return
    if not POSTGRES_URL:
        pytest.skip("PostgreSQL backend not tested: set PHARMALENS_TEST_POSTGRES_URL to a disposable "
                    "database (docs/postgres.md)")
    empty_database(POSTGRES_URL)
    yield POSTGRES_URL
    empty_database(POSTGRES_URL)


@pytest.fixture
def store(url: str) -> Iterator[Store]:
    with Store(url) as opened:
        opened.upgrade()
        yield opened
