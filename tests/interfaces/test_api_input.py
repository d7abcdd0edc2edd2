"""Hostile input to the API, over real HTTP against uvicorn on 127.0.0.1: every route in /openapi.json
answers every hostile parameter value with a page or a 4xx JSON error with a code (a web page: a
4xx page), never a 500 or a
dropped connection; no response names a path on the server."""
from __future__ import annotations

import re
from urllib.parse import quote

import httpx
import pytest

uvicorn = pytest.importorskip("uvicorn")

from pharmalens.interfaces.api import create_app  # noqa: E402
from pharmalens.pipeline import run  # noqa: E402
from pharmalens.settings import Settings  # noqa: E402
from pharmalens.store import Store  # noqa: E402

TOKEN = "walk-token"
LICENCE = ("ZURICH, May 4, 2026 -- Alpenglow Isotopes AG granted Tidewater Oncology Inc. an exclusive licence to "
           "AGI-77, a Phase II actinium-225 radioligand against SSTR2, for $28 million upfront.\n")
CHINESE = "2026年6月3日，云杉核药股份有限公司与合作方签署独家许可协议，首付款3000万美元，药物处于临床II期。\n"
HOSTILE = [
    "9" * 5000, "-" + "9" * 5000, "-1", "0", "1e999", "NaN", "-inf", "1.5", "0x10", " ", "", "\x00", "%00",
    "../../../etc/passwd", "..%2f..%2fetc%2fpasswd", "' OR '1'='1' --", "<script>alert(1)</script>",
    "A" * 6000, "核药" * 1500, "\u202e\ufeff\u200b", "%ff%fe", "{{7*7}}", "${jndi:x}", "2025-13-45",
]
RAW = {"%00", "..%2f..%2fetc%2fpasswd", "%ff%fe"}


@pytest.fixture(scope="module")
def live(tmp_path_factory, uvicorn_on_loopback):
    folder = tmp_path_factory.mktemp("walk")
    (folder / "news").mkdir()
    (folder / "news" / "a_licence.txt").write_text(LICENCE, encoding="utf-8")
    (folder / "news" / "b_chinese.txt").write_text(CHINESE, encoding="utf-8")
    url = f"sqlite:///{folder / 'walk.db'}"
    with Store(url) as store:
        store.upgrade()
        run([folder / "news"], store, Settings(workers=1))
    with uvicorn_on_loopback(create_app(url, api_token=TOKEN)) as base:
        with httpx.Client(base_url=base, timeout=60) as client:
            yield client, folder


def assert_refused_or_answered(response: httpx.Response, what: str) -> None:
    assert response.status_code < 500, f"{what}: {response.status_code} {response.text[:300]}"
    page = not response.request.url.path.startswith("/api/")
    if response.status_code >= 400 and page and response.headers.get("content-type", "").startswith("text/html"):
        assert "<html" in response.text, what  # a web page shows its error on the page
    elif response.status_code >= 400:
        assert response.headers.get("content-type", "").startswith("application/json"), \
            f"{what}: {response.status_code} {response.headers.get('content-type')} {response.text[:200]}"
        body = response.json()
        assert body["error"]["code"] and body["error"]["message"], what


def encoded(value: str) -> str:
    return value if value in RAW else quote(value, safe="")


def routes(client: httpx.Client):
    for path, methods in client.get("/openapi.json").json()["paths"].items():
        for method, operation in methods.items():
            yield path, method.upper(), operation.get("parameters", [])


def test_every_route_answers_hostile_values_with_a_page_or_a_coded_4xx(live):
    client, _ = live
    walked = 0
    for path, method, parameters in routes(client):
        for parameter in parameters:
            for value in HOSTILE:
                target = path
                for other in parameters:
                    if other["in"] == "path":
                        target = target.replace("{%s}" % other["name"],
                                                encoded(value) if other is parameter else "x")
                query = f"?{parameter['name']}={encoded(value)}" if parameter["in"] == "query" else ""
                what = f"{method} {path} {parameter['name']}={value[:30]!r}"
                response = client.request(method, target + query, headers={"Authorization": f"Bearer {TOKEN}"})
                assert_refused_or_answered(response, what)
                if parameter.get("schema", {}).get("type") == "integer" and value.strip() \
                        and not re.fullmatch(r"\d{1,6}", value):
                    assert 400 <= response.status_code < 500, what
                walked += 1
    assert walked > 500


def test_a_huge_year_is_a_coded_422(live):
    client, _ = live
    for name in ("year_from", "year_to"):
        response = client.get("/api/comps", params={name: "9" * 5000})
        assert response.status_code == 422 and response.json()["error"]["parameter"] == name


def test_an_upload_name_over_255_bytes_is_a_coded_422(live):
    client, _ = live
    for name in ("n" * 300 + ".txt", "云杉" * 50 + ".txt"):
        response = client.post("/api/ingest", files={"file": (name, LICENCE.encode(), "text/plain")},
                               headers={"Authorization": f"Bearer {TOKEN}"})
        assert response.status_code == 422, response.text
        assert response.json()["error"] == {"code": "invalid_parameter", "parameter": "file",
                                            "message": response.json()["error"]["message"]}


def test_no_response_names_a_path_on_the_server(live, job_outcome):
    client, folder = live
    posted = client.post("/api/ingest", files={"file": ("blank.txt", b"   \n", "text/plain")},
                         headers={"Authorization": f"Bearer {TOKEN}"})
    job = job_outcome(client, posted, TOKEN)
    assert job["outcome"]["skipped"][0]["item"] == "blank.txt"
    empty = client.get(posted.json()["url"], headers={"Authorization": f"Bearer {TOKEN}"})
    documents = client.get("/api/documents").json()["items"]
    assert {d["source"] for d in documents} == {"a_licence.txt", "b_chinese.txt"}
    pages = [client.get(f"/api/documents/{quote(d['id'], safe='')}").text for d in documents]
    for text in [client.get("/api/documents").text, *pages, empty.text]:
        assert str(folder) not in text and "pharmalens-upload-" not in text and "/tmp/" not in text
