"""Whole-store results are kept between requests and recomputed once the store changes: at once
after a write of this process, within PHARMALENS_RESULT_LAG seconds after another process's, and
once, not by every request, while requests keep coming."""
import subprocess
import sys
import threading
import warnings

with warnings.catch_warnings():
    warnings.simplefilter("ignore")
    from fastapi.testclient import TestClient

import pytest

from pharmalens.interfaces.api import create_app
from pharmalens.interfaces.cache import ResultCache
from pharmalens.pipeline import run
from pharmalens.settings import Settings, SettingsError
from pharmalens.store import Store

FIRST = ("Kestrel Oncology Inc. said KT-225, its Ac-225 PSMA radioligand for prostate cancer patients, "
         "entered a Phase 1 clinical trial.\n")
SECOND = ("Lancang Isotope Co., Ltd. said LC-212, its Pb-212 SSTR2 peptide for neuroendocrine tumor patients, "
          "entered a Phase 2 clinical trial.\n")


def test_landscape_is_recomputed_after_an_ingest(tmp_path):
    url = f"sqlite:///{tmp_path / 'cache.db'}"
    (tmp_path / "a.txt").write_text(FIRST, encoding="utf-8")
    store = Store(url)
    store.upgrade()
    run([tmp_path / "a.txt"], store, Settings(workers=1))
    client = TestClient(create_app(url), base_url="http://127.0.0.1")
    first = client.get("/api/landscape").json()
    assert client.get("/api/landscape").json() == first
    (tmp_path / "b.txt").write_text(SECOND, encoding="utf-8")
    run([tmp_path / "b.txt"], store, Settings(workers=1))
    second = client.get("/api/landscape").json()
    assert second != first
    assert "LC-212" in str(second) and "LC-212" not in str(first)

THIRD = ("Songhua Medical Isotopes said SH-090, its I-131 GPC3 antibody for liver cancer patients, entered "
         "a Phase 3 clinical trial.\n")
INGEST = ("import sys\n"
          "from pharmalens.pipeline import run\n"
          "from pharmalens.settings import Settings\n"
          "from pharmalens.store import Store\n"
          "with Store(sys.argv[1]) as store:\n"
          "    run([sys.argv[2]], store, Settings(workers=1))\n")


def ingest_elsewhere(url: str, path) -> None:
    """Ingest one file from another process, as `pharmalens ingest` beside a server does."""
    subprocess.run([sys.executable, "-c", INGEST, url, str(path)], check=True, timeout=300)


def landscape_app(url: str, lag: float) -> TestClient:
    return TestClient(create_app(settings=Settings(database_url=url, result_lag=lag)), base_url="http://127.0.0.1")


def test_results_lag_other_processes_writes_by_at_most_the_setting(tmp_path):
    url = f"sqlite:///{tmp_path / 'lag.db'}"
    for name, text in (("a.txt", FIRST), ("b.txt", SECOND), ("c.txt", THIRD)):
        (tmp_path / name).write_text(text, encoding="utf-8")
    with Store(url) as store:
        store.upgrade()
        run([tmp_path / "a.txt"], store, Settings(workers=1))
    patient, strict = landscape_app(url, 600), landscape_app(url, 0)
    assert patient.get("/api/landscape").json() == strict.get("/api/landscape").json()
    ingest_elsewhere(url, tmp_path / "b.txt")
    assert "LC-212" in str(strict.get("/api/landscape").json())
    assert "LC-212" not in str(patient.get("/api/landscape").json())  # kept: computed under a minute ago
    with Store(url) as store:  # a write of this process is seen at once, whatever the lag
        run([tmp_path / "c.txt"], store, Settings(workers=1))
    seen = str(patient.get("/api/landscape").json())
    assert "LC-212" in seen and "SH-090" in seen


def test_while_one_request_recomputes_the_others_get_the_kept_result(tmp_path):
    url = f"sqlite:///{tmp_path / 'flight.db'}"
    (tmp_path / "a.txt").write_text(FIRST, encoding="utf-8")
    (tmp_path / "b.txt").write_text(SECOND, encoding="utf-8")
    with Store(url) as store:
        store.upgrade()
        run([tmp_path / "a.txt"], store, Settings(workers=1))
        cache = ResultCache(lag=0)
        assert cache.get(store, "documents", lambda: store.documents().total) == 1
        ingest_elsewhere(url, tmp_path / "b.txt")
        started, release, results = threading.Event(), threading.Event(), []

        def slow() -> int:
            started.set()
            assert release.wait(60)
            return store.documents().total

        worker = threading.Thread(target=lambda: results.append(cache.get(store, "documents", slow)))
        worker.start()
        assert started.wait(60)
        assert cache.get(store, "documents", lambda: pytest.fail("computed twice at once")) == 1
        release.set()
        worker.join(60)
        assert results == [2]
        assert cache.get(store, "documents", lambda: pytest.fail("computed again")) == 2


def test_result_lag_setting(monkeypatch):
    monkeypatch.setenv("PHARMALENS_RESULT_LAG", "2.5")
    assert Settings.from_env().result_lag == 2.5
    monkeypatch.setenv("PHARMALENS_RESULT_LAG", "-1")
    with pytest.raises(SettingsError, match="PHARMALENS_RESULT_LAG"):
        Settings.from_env()
