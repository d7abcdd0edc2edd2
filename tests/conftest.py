import os
from collections.abc import Iterator
from pathlib import Path

import pytest
import sqlalchemy as sa
from hypothesis import settings

from pharmalens.documents.articles import read_articles
from pharmalens.extraction.pipeline import extract_article
from pharmalens.sources.files import SourceFile
from pharmalens.store import Store

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"

# Property tests check correctness only; how long one example takes on a busy machine is a benchmark's
# business (bench/), so no per-example deadline.
settings.register_profile("pharmalens", deadline=None)
settings.load_profile("pharmalens")


def articles_of(text: str, name: str = "sample.txt", encoding: str = "utf-8"):
    data = text.encode(encoding)
    return read_articles(SourceFile(path=name, name=name, suffix=Path(name).suffix, data=data))


def facts_of(text: str, name: str = "sample.txt"):
    """Records of the first article of a text, by contract list name."""
    return extract_article(articles_of(text, name)[0]).records


@pytest.fixture
def facts():
    return facts_of


@pytest.fixture
def extracted():
    """The whole extraction of a text's first article: its document (`.article`) and records (`.records`)."""
    return lambda text, name="sample.txt": extract_article(articles_of(text, name)[0])


def _helper(name: str):
    import importlib.util
    import sys
    spec = importlib.util.spec_from_file_location(f"pharmalens_tests_{name}", Path(__file__).with_name(f"{name}.py"))
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="session")
def filings():
    """Makers of the PDF and DOCX filings the connector tests read (tests/filings.py)."""
    return _helper("filings")


@pytest.fixture
def web(monkeypatch):
    """A real HTTP server on 127.0.0.1, with private addresses allowed as the tests need."""
    local_http = _helper("local_http")
    server = local_http.LocalServer()
    httpd = local_http.start(server)
    from pharmalens.settings import get_settings
    monkeypatch.setenv("PHARMALENS_ALLOW_PRIVATE_URLS", "1")
    monkeypatch.setenv("PHARMALENS_FETCH_BACKOFF", "0.01")
    get_settings.cache_clear()
    yield server
    get_settings.cache_clear()
    httpd.shutdown()
    httpd.server_close()


@pytest.fixture
def begun():
    """Transactions begun on any engine while the test runs."""
    seen: list[object] = []

    def count(connection) -> None:
        seen.append(connection)
    sa.event.listen(sa.engine.Engine, "begin", count)
    yield seen
    sa.event.remove(sa.engine.Engine, "begin", count)


# Store fixtures: every test that takes `url` or `store` runs on SQLite, and on PostgreSQL when
# PHARMALENS_TEST_POSTGRES_URL names a database the tests may empty (see docs/postgres.md).
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


@pytest.fixture
def server_url(tmp_path) -> Iterator[str]:
    """One backend for slow multi-process tests: PostgreSQL when configured (as in CI), else SQLite."""
    if not POSTGRES_URL:
        yield f"sqlite:///{tmp_path / 'store.db'}"
        return
    empty_database(POSTGRES_URL)
    yield POSTGRES_URL
    empty_database(POSTGRES_URL)


@pytest.fixture(scope="session")
def free_port():
    """A function that returns a TCP port on 127.0.0.1 that nothing listens on right now."""
    def pick() -> int:
        import socket
        with socket.socket() as s:
            s.bind(("127.0.0.1", 0))
            return s.getsockname()[1]
    return pick


@pytest.fixture(scope="session")
def uvicorn_on_loopback():
    """A context manager that serves an app with uvicorn on 127.0.0.1 (a free port) and yields its base URL."""
    import threading
    import time
    from contextlib import contextmanager

    import uvicorn

    @contextmanager
    def serve(app):
        server = uvicorn.Server(uvicorn.Config(app, host="127.0.0.1", port=0, log_level="critical"))
        thread = threading.Thread(target=server.run, daemon=True)
        thread.start()
        deadline = time.monotonic() + 30
        while not server.started:
            assert time.monotonic() < deadline and thread.is_alive(), "uvicorn did not start"
            time.sleep(0.05)
        try:
            yield f"http://127.0.0.1:{server.servers[0].sockets[0].getsockname()[1]}"
        finally:
            server.should_exit = True
            thread.join(timeout=10)
    return serve


def _one(records, **where):
    hits = [r for r in records if all(getattr(r, k) == v for k, v in where.items())]
    assert len(hits) == 1, (where, records)
    return hits[0]


@pytest.fixture
def one():
    """The one record of a list with the given field values; fails on none or several."""
    return _one
