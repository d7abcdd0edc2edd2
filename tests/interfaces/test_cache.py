"""Whole-store results are kept between requests and recomputed once the store changes."""
import warnings

with warnings.catch_warnings():
    warnings.simplefilter("ignore")
    from fastapi.testclient import TestClient

from pharmalens.interfaces.api import create_app
from pharmalens.pipeline import run
from pharmalens.settings import Settings
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
