"""Hostile input to the API, over real HTTP against uvicorn on 127.0.0.1: every route in /openapi.json
answers every hostile parameter value with a page or a 4xx JSON error with a code (a web page: a
4xx page), never a 500 or a
dropped connection; no response names a path on the server."""
from __future__ import annotations

import csv
import json
import re
from pathlib import Path
from typing import Any
from urllib.parse import quote

import httpx
import pytest
import yaml

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
    "9" * 5000, "-" + "9" * 5000, "9" * 20, "-1", "0", "1e999", "NaN", "-inf", "1.5", "0x10", " ", "", "\x00", "%00",
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


def schemas_of(schema: dict) -> list[dict]:
    """The schema and each alternative of an `anyOf` (an optional parameter is `anyOf: [x, null]`)."""
    return [schema, *schema.get("anyOf", [])]


def body_fields(document: dict, schema: dict, at: str = "body"):
    """(place, schema) of every value a JSON body schema describes, through $ref, anyOf and items."""
    if "$ref" in schema:
        target = document
        for part in schema["$ref"].split("/")[1:]:
            target = target[part]
        yield from body_fields(document, target, at)
        return
    yield at, schema
    for choice in schema.get("anyOf", []):
        yield from body_fields(document, choice, at)
    for name, sub in schema.get("properties", {}).items():
        yield from body_fields(document, sub, f"{at}.{name}")
    if isinstance(schema.get("items"), dict):
        yield from body_fields(document, schema["items"], f"{at}[]")


def test_every_text_parameter_and_body_field_has_a_maximum_length_and_every_number_a_maximum(live):
    client, _ = live
    document = client.get("/openapi.json").json()
    unbounded = []
    for path, methods in document["paths"].items():
        for method, operation in methods.items():
            for parameter in operation.get("parameters", []):
                for schema in schemas_of(parameter.get("schema", {})):
                    if schema.get("type") == "string" and "maxLength" not in schema:
                        unbounded.append(f"{method.upper()} {path} {parameter['name']}: no maxLength")
                    if schema.get("type") == "integer" and "maximum" not in schema:
                        unbounded.append(f"{method.upper()} {path} {parameter['name']}: no maximum")
            body = operation.get("requestBody", {}).get("content", {}).get("application/json")
            for at, schema in body_fields(document, body["schema"]) if body else ():
                if schema.get("type") == "string" and "maxLength" not in schema:
                    unbounded.append(f"{method.upper()} {path} {at}: no maxLength")
    assert not unbounded, "\n".join(unbounded)


def test_text_one_past_its_maximum_length_is_a_coded_422_naming_the_parameter(live):
    client, _ = live
    checked = 0
    for path, method, parameters in routes(client):
        for parameter in parameters:
            longest = max((s.get("maxLength", 0) for s in schemas_of(parameter.get("schema", {}))), default=0)
            if not longest:
                continue
            value = "A" * (longest + 1)
            target = path
            for other in parameters:
                if other["in"] == "path":
                    target = target.replace("{%s}" % other["name"], value if other is parameter else "x")
            query = {other["name"]: "x" for other in parameters if other["in"] == "query" and other.get("required")}
            if parameter["in"] == "query":
                query[parameter["name"]] = value
            response = send(client, f"{method} {path} {parameter['name']}", method, target, params=query,
                            headers={"Authorization": f"Bearer {TOKEN}"})
            assert response.status_code == 422, f"{method} {path} {parameter['name']}: {response.text[:200]}"
            assert response.json()["error"]["parameter"] == parameter["name"], response.text[:200]
            checked += 1
    assert checked > 100


def test_an_offset_past_a_64_bit_integer_is_a_coded_422(live):
    client, _ = live
    for path in ("/api/deals", "/api/documents", "/api/companies", "/api/landscape", "/api/kb/deals", "/api/comps",
                 "/deals", "/documents"):
        response = client.get(path, params={"offset": "9" * 20})
        assert response.status_code == 422 and response.json()["error"]["parameter"] == "offset", (path, response.text)


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


# ---- hostile JSON bodies -------------------------------------------------------------------------

EXAMPLES = Path(__file__).resolve().parents[2] / "examples" / "valuation"
HOLE = "\x00hostile\x00"  # stands in a body for a raw JSON token that json.dumps cannot write
HOSTILE_TOKENS = [
    "1e400", "-1e400", "1e-400", "1e308", "-1e308", "5e-324", "1" + "0" * 5000, "-" + "9" * 5000, "12345678901234567890", "NaN", "Infinity",
    "-Infinity", "null", "true", "-1", "0", "1.5", "[]", "{}", '"x"', '""', '"9999-99-99"', '"../../etc/passwd"',
    json.dumps("A" * 100_000), json.dumps("核" * 40_000), "[" * 5000 + "]" * 5000, '{"a":' * 3000 + "1" + "}" * 3000,
    json.dumps([0] * 20_000), json.dumps({f"k{i}": i for i in range(5000)}),
]
HOSTILE_BODIES = [  # (content type, bytes) of whole bodies
    ("application/json", b""), ("application/json", b"not json"), ("application/json", b"{"),
    ("application/json", b"\xff\xfe\x00"), ("application/json", b"\xef\xbb\xbf{}"),
    ("text/plain", b"{}"), ("application/x-www-form-urlencoded", b"a=1&b=2"), ("multipart/form-data", b"--x--"),
    ("multipart/form-data; boundary=x", b"--x\r\nContent-Disposition: form-data; name=\"file\"\r\n\r\nA\r\n--x--\r\n"),
    ("application/xml", b"<a>1</a>"), (None, b"{}"),
    *[("application/json", token.encode()) for token in HOSTILE_TOKENS],
]


def _deal_terms() -> dict:
    deal = yaml.safe_load((EXAMPLES / "deal_terms.yaml").read_text(encoding="utf-8"))
    deal["asset"] = yaml.safe_load((EXAMPLES / deal["asset"]).read_text(encoding="utf-8"))
    return deal


def _places(name: str) -> list[dict]:
    return list(csv.DictReader((EXAMPLES / name).read_text(encoding="utf-8").splitlines()))[:3]


# Valid bodies of the routes whose schema is a free-form object, to mutate leaf by leaf. A route with a
# JSON body and no seed here gets a body made from its schema (see `schema_body`); a seed for a route
# that /openapi.json no longer lists fails the walk, so this table cannot go stale unseen.
SEEDS = {
    "/api/value": lambda _client: yaml.safe_load((EXAMPLES / "lu177_phase3.yaml").read_text(encoding="utf-8")),
    "/api/deal-value": lambda _client: _deal_terms(),
    "/api/score": lambda _client: yaml.safe_load((EXAMPLES / "scorecard_evidence.yaml").read_text(encoding="utf-8")),
    "/api/reach": lambda _client: {"sites": _places("sites.csv"), "hospitals": _places("hospitals.csv"),
                                   "speed": 60, "handling": "1h", "detour": 1.3, "threshold": 0.5,
                                   "nuclides": ["Lu-177", "Ga-68"]},
    "/api/corrections": lambda client: {"record_id": client.get("/api/deals").json()["items"][0]["id"],
                                        "field": "territory", "value": "worldwide", "note": "per filing"},
}
QUICK = {"/api/value": {"paths": "200", "seed": "1"}}  # few Monte Carlo paths: the walk sends hundreds of specs


def body_routes(client: httpx.Client):
    """(path, method, openapi document, operation) of every route that takes a request body."""
    document = client.get("/openapi.json").json()
    for path, methods in document["paths"].items():
        for method, operation in methods.items():
            if "requestBody" in operation:
                yield path, method.upper(), document, operation


def schema_body(document: dict, schema: dict) -> Any:
    """A plausible value of a JSON schema: each property of an object, one item of a list."""
    if "$ref" in schema:
        target = document
        for part in schema["$ref"].split("/")[1:]:
            target = target[part]
        return schema_body(document, target)
    for choice in schema.get("anyOf", []):
        if choice.get("type") != "null":
            return schema_body(document, choice)
    kind = schema.get("type")
    if kind == "object":
        return {name: schema_body(document, sub) for name, sub in schema.get("properties", {}).items()}
    if kind == "array":
        return [schema_body(document, schema.get("items", {}))]
    return {"integer": 1, "number": 1.5, "boolean": True, "string": "x"}.get(kind, "x")


def leaves(value: Any, at: tuple = ()):
    """The place of every value in a nested body, containers first."""
    yield at
    if isinstance(value, dict):
        for key, item in value.items():
            yield from leaves(item, (*at, key))
    elif isinstance(value, list):
        for index, item in enumerate(value[:2]):
            yield from leaves(item, (*at, index))


def replaced(body: Any, at: tuple, new: Any) -> Any:
    if not at:
        return new
    copy = dict(body) if isinstance(body, dict) else list(body)
    if new is _DROP and len(at) == 1:
        del copy[at[0]]
    else:
        copy[at[0]] = replaced(body[at[0]], at[1:], new)
    return copy


_DROP: Any = object()


def hostile_variants(seed: Any):
    """(label, JSON text) of the seed with each place dropped or set to each hostile token."""
    for at in leaves(seed):
        if at:
            yield f"drop {at}", json.dumps(replaced(seed, at, _DROP))
        for token in HOSTILE_TOKENS:
            text = json.dumps(replaced(seed, at, HOLE)).replace(json.dumps(HOLE), token)
            yield f"{at}={token[:20]!r}", text


def send(client: httpx.Client, what: str, method: str, path: str, **request: Any) -> httpx.Response:
    """The answer, or a failure naming the request the server dropped or never answered."""
    try:
        return client.request(method, path, **request)
    except httpx.TransportError as error:
        pytest.fail(f"{what}: no answer ({type(error).__name__}: {error})")


def test_every_json_body_route_answers_hostile_bodies_with_a_result_or_a_coded_4xx(live):
    client, _ = live
    auth = {"Authorization": f"Bearer {TOKEN}"}
    routes_with_bodies = list(body_routes(client))
    assert set(SEEDS) <= {path for path, *_ in routes_with_bodies}, "a seeded route is no longer in /openapi.json"
    sent = 0
    for path, method, document, operation in routes_with_bodies:
        params = QUICK.get(path, {})
        for content_type, data in HOSTILE_BODIES:
            headers = {**auth, **({"Content-Type": content_type} if content_type else {})}
            what = f"{method} {path} {content_type} {data[:40]!r}"
            assert_refused_or_answered(send(client, what, method, path, params=params, content=data,
                                            headers=headers), what)
            sent += 1
        content = operation["requestBody"]["content"]
        if "application/json" not in content:
            continue
        seed = SEEDS[path](client) if path in SEEDS else schema_body(document, content["application/json"]["schema"])
        for label, text in hostile_variants(seed):
            what = f"{method} {path} {label}"
            assert_refused_or_answered(send(client, what, method, path, params=params, content=text.encode(),
                                            headers={**auth, "Content-Type": "application/json"}), what)
            sent += 1
    assert sent > 1000
    for path, method, _parameters in routes(client):  # what the writes stored still reads back
        if method == "GET" and "{" not in path:
            assert_refused_or_answered(client.get(path, headers=auth), f"GET {path} after the hostile writes")
