"""The REST API and the web pages, in process, on a store built from small files."""
from __future__ import annotations

import warnings
from pathlib import Path

import pytest
import yaml

pytest.importorskip("fastapi")
pytest.importorskip("httpx")

with warnings.catch_warnings():  # starlette suggests httpx2; httpx is what the project pins
    warnings.simplefilter("ignore")
    from fastapi.testclient import TestClient  # noqa: E402

from pharmalens.interfaces.api import create_app  # noqa: E402
from pharmalens.pipeline import run  # noqa: E402
from pharmalens.settings import Settings  # noqa: E402
from pharmalens.store import Store  # noqa: E402

ROOT = Path(__file__).resolve().parents[2]
TOKEN = "s3cret-token"
LICENCE = ("SHANGHAI, March 3, 2026 /PRNewswire/ -- Huaxi Biotherapeutics Co., Ltd. and Kestrel Oncology Inc. "
           "announced an exclusive license agreement for HXR-301, a Phase I radioligand therapy for cancer patients. "
           "Kestrel will pay an upfront payment of $45 million and up to $1.2 billion in milestones.\n")
CHINESE = "澜沧核药股份有限公司公告称，公司与合作方签署独家许可协议，首付款5000万美元，药物处于临床II期。\n"
HOSTILE = ("Acme Radiopharma <script>alert(1)</script> announced a license agreement with Kestrel Oncology Inc. "
           "<img src=x onerror=alert(1)> for AR-101, a Phase II Lu-177 PSMA radioligand, with an upfront "
           "payment of $20 million, on March 5, 2026.\n")
EXTRA = ("BOSTON, April 2, 2026 -- Northwind Bio Inc. announced an exclusive license agreement with Kestrel Oncology "
         "Inc. for NW-9, a Phase I antibody, with an upfront payment of $10 million.\n")


@pytest.fixture
def database(tmp_path):
    folder = tmp_path / "news"
    folder.mkdir()
    (folder / "a_licence.txt").write_text(LICENCE, encoding="utf-8")
    (folder / "b_chinese.txt").write_text(CHINESE, encoding="utf-8")
    (folder / "c_hostile.txt").write_text(HOSTILE, encoding="utf-8")
    url = f"sqlite:///{tmp_path / 'api.db'}"
    with Store(url) as store:
        store.upgrade()
        run(sorted(folder.iterdir()), store, Settings(workers=1))
    return url


@pytest.fixture
def client(database):
    with TestClient(create_app(database, api_token=TOKEN), base_url="http://127.0.0.1") as test_client:
        yield test_client


def doc_id(client, name):
    """The stored id of the document the facts contract calls `name`."""
    return next(d["id"] for d in client.get("/api/documents").json()["items"] if d["name"] == name)


def test_lists_and_pagination(client):
    documents = client.get("/api/documents").json()
    assert documents["total"] == 3 and {d["name"] for d in documents["items"]} >= {"a_licence.txt#1", "c_hostile.txt#1"}
    assert len({d["id"] for d in documents["items"]}) == 3
    page = client.get("/api/documents", params={"limit": 1, "offset": 1}).json()
    assert page["limit"] == 1 and page["offset"] == 1 and len(page["items"]) == 1
    assert page["items"][0]["id"] == documents["items"][1]["id"]
    deals = client.get("/api/deals").json()
    assert deals["total"] >= 2
    assert all(d["evidence"] and "quote" in d["evidence"][0] for d in deals["items"])
    companies = client.get("/api/companies").json()["items"]
    assert any(c["name"] == "Kestrel Oncology" for c in companies)
    for kind in ("assets", "clinical", "regulatory", "financials", "terminations", "financings", "facilities"):
        assert client.get(f"/api/{kind}").status_code == 200


def test_filters(client):
    kestrel = client.get("/api/deals", params={"company": "Kestrel Oncology"}).json()
    assert kestrel["total"] >= 1
    assert all("Kestrel Oncology" in (d["licensor"], d["licensee"]) for d in kestrel["items"])
    licences = client.get("/api/deals", params={"deal_type": "license"}).json()["items"]
    assert all(d["deal_type"] == "license" for d in licences)
    lutetium = client.get("/api/assets", params={"nuclide": "177Lu"}).json()["items"]
    assert all(a["nuclide"] == "Lu-177" for a in lutetium)
    nothing = client.get("/api/deals", params={"company": "Nobody Ltd."}).json()
    assert nothing["total"] == 0 and nothing["items"] == []


def test_document_detail_and_404(client):
    detail = client.get(f"/api/documents/{doc_id(client, 'a_licence.txt#1')}").json()
    assert detail["name"] == "a_licence.txt#1" and "HXR-301" in detail["text"]
    deal = detail["facts"]["deals"][0]
    start, end = detail["evidence_at"][deal["id"]][0]
    assert detail["text"][start:end].split() == deal["evidence"][0]["quote"].split()
    missing = client.get("/api/documents/nope.txt%231")
    assert missing.status_code == 404
    assert missing.json()["error"]["code"] == "not_found"
    assert client.get("/documents/nope.txt%231").status_code == 404
    assert client.get("/api/companies/Nobody%20Ltd./dossier").json()["error"]["code"] == "not_found"


@pytest.mark.parametrize("path, params, parameter", [
    ("/api/deals", {"limit": 0}, "limit"),
    ("/api/deals", {"limit": 501}, "limit"),
    ("/api/deals", {"offset": -1}, "offset"),
    ("/api/deals", {"deal_type": "marriage"}, "deal_type"),
    ("/api/assets", {"stage": "phase9"}, "stage"),
    ("/api/assets", {"nuclide": "Xx-999"}, "nuclide"),
    ("/deals", {"sort": "colour"}, "sort"),
    ("/", {"lang": "fr"}, "lang"),
    ("/api/decay", {"nuclide": "Lu-177", "after": "soon"}, "after"),
])
def test_bad_values_are_422_naming_the_parameter(client, path, params, parameter):
    response = client.get(path, params=params)
    assert response.status_code == 422
    error = response.json()["error"]
    assert error["parameter"] == parameter and parameter in error["message"]


def test_writes_need_the_token(client, tmp_path, job_outcome):
    before = client.get("/api/documents").json()["total"]
    upload = {"file": ("d_extra.txt", EXTRA.encode(), "text/plain")}
    assert client.post("/api/ingest", files=upload).status_code == 401
    wrong = client.post("/api/ingest", files=upload, headers={"Authorization": "Bearer wrong"})
    assert wrong.status_code == 401 and wrong.json()["error"]["code"] == "unauthorized"
    deal = client.get("/api/deals").json()["items"][0]
    correction = {"record_id": deal["id"], "field": "territory", "value": "worldwide", "note": "per filing"}
    assert client.post("/api/corrections", json=correction).status_code == 401
    assert client.get("/api/deals").json()["items"][0] == deal
    assert client.get("/api/documents").json()["total"] == before
    good = client.post("/api/ingest", files=upload, headers={"Authorization": f"Bearer {TOKEN}"})
    assert good.status_code == 202 and good.json()["status"] == "queued", good.text
    assert client.get(good.json()["url"]).status_code == 401  # a job's outcome needs the token too
    job = job_outcome(client, good, TOKEN)
    assert job["status"] == "done" and job["name"] == "d_extra.txt" and job["outcome"]["stored"] == 1
    assert client.get("/api/documents").json()["total"] == before + 1
    assert client.get(f"/api/documents/{doc_id(client, 'd_extra.txt#1')}").status_code == 200
    fixed = client.post("/api/corrections", json=correction, headers={"Authorization": f"Bearer {TOKEN}"})
    assert fixed.status_code in (200, 501), fixed.text
    if fixed.status_code == 200:
        assert next(d for d in client.get("/api/deals").json()["items"] if d["id"] == deal["id"])["territory"] == "worldwide"
        unknown = client.post("/api/corrections", json={**correction, "record_id": "nope"},
                              headers={"Authorization": f"Bearer {TOKEN}"})
        assert unknown.status_code == 404


def test_writes_disabled_without_a_configured_token(database):
    with TestClient(create_app(database, api_token=None), base_url="http://127.0.0.1") as client:
        upload = {"file": ("d_extra.txt", EXTRA.encode(), "text/plain")}
        response = client.post("/api/ingest", files=upload, headers={"Authorization": "Bearer anything"})
        assert response.status_code == 401
        assert client.get("/api/documents").json()["total"] == 3


def test_decision_endpoints(client):
    decay = client.get("/api/decay", params={"nuclide": "Lu-177", "after": "24h"}).json()
    assert decay["fraction"] == pytest.approx(0.901, abs=0.001)
    assert client.get("/api/decay", params={"nuclide": "Qq-1", "after": "1h"}).json()["error"]["parameter"] == "nuclide"
    spec = yaml.safe_load((ROOT / "examples" / "valuation" / "lu177_phase3.yaml").read_text(encoding="utf-8"))
    value = client.post("/api/value", params={"paths": 2000, "seed": 1}, json=spec)
    assert value.status_code == 200, value.text
    assert {"rnpv", "p_positive", "p10", "p50", "p90"} <= set(value.json())
    bad = client.post("/api/value", json={**spec, "discount_rate": 7})
    assert bad.status_code == 422 and bad.json()["error"]["parameter"] == "discount_rate"


def test_landscape_and_analysis_routes(client):
    landscape = client.get("/api/landscape").json()
    assert {"cells", "crowding", "matrix"} <= set(landscape)
    for path in ("/api/comps", "/api/brief"):
        assert client.get(path).status_code in (200, 501)
    assert client.get("/api/companies/Kestrel%20Oncology/dossier").status_code == 200


@pytest.mark.parametrize("path", ["/", "/landscape", "/deals", "/deals?sort=upfront&order=asc", "/assets",
                                  "/companies", "/companies/Kestrel%20Oncology", "/documents",
                                  "/documents/{a_licence}", "/?lang=zh"])
def test_pages_render_and_have_json_twins(client, path):
    path = path.replace("{a_licence}", doc_id(client, "a_licence.txt#1"))
    page = client.get(path)
    assert page.status_code == 200 and page.headers["content-type"].startswith("text/html")
    assert "script-src 'self'" in page.headers["content-security-policy"]
    twin = client.get(path + ("&" if "?" in path else "?") + "format=json")
    assert twin.status_code == 200 and twin.headers["content-type"].startswith("application/json")


def test_chinese_labels(client):
    assert "交易" in client.get("/", params={"lang": "zh"}).text
    assert "Deals" in client.get("/").text


def test_source_text_is_escaped(client):
    hostile = f"/documents/{doc_id(client, 'c_hostile.txt#1')}"
    for path in (hostile, "/deals", "/documents", "/"):
        html = client.get(path).text
        assert "<script>alert" not in html and "<img src=x" not in html
    page = client.get(hostile).text
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in page
    assert "&lt;img src=x onerror=alert(1)&gt;" in page


def test_a_document_opens_by_its_contract_name(client):
    stored = doc_id(client, "a_licence.txt#1")
    detail = client.get("/api/documents/a_licence.txt%231").json()
    assert detail["id"] == stored and detail["name"] == "a_licence.txt#1" and "HXR-301" in detail["text"]
    assert detail["facts"]["deals"] and detail["evidence_at"]
    page = client.get("/documents/a_licence.txt%231")
    assert page.status_code == 200 and "HXR-301" in page.text
    assert client.get("/documents/a_licence.txt%231?format=json").json()["id"] == stored
    assert client.get("/api/documents/b_chinese.txt%231").json()["id"] != stored
