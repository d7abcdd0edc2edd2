"""Decision-support JSON routes and the /decide page, in process, on a tmp_path SQLite store."""
from __future__ import annotations

import copy
import importlib.util
import warnings
from pathlib import Path

import pytest
import yaml

pytest.importorskip("fastapi")
pytest.importorskip("httpx")

with warnings.catch_warnings():
    warnings.simplefilter("ignore")
    from fastapi.testclient import TestClient  # noqa: E402

from pharmalens.analysis import nuclides  # noqa: E402
from pharmalens.interfaces.api import create_app  # noqa: E402

ROOT = Path(__file__).resolve().parents[2]
EXAMPLES = ROOT / "examples" / "valuation"
_spec = importlib.util.spec_from_file_location("decision_api_sample_store",
                                               ROOT / "tests" / "analysis" / "sample_store.py")
sample_store = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(sample_store)


@pytest.fixture
def client(tmp_path):
    with TestClient(create_app(sample_store.build_store(tmp_path), api_token=None), base_url="http://127.0.0.1") as test_client:
        yield test_client


@pytest.fixture(scope="module")
def deal_spec():
    deal = yaml.safe_load((EXAMPLES / "deal_terms.yaml").read_text(encoding="utf-8"))
    deal["asset"] = yaml.safe_load((EXAMPLES / deal["asset"]).read_text(encoding="utf-8"))
    return deal


def _error(response, status=422):
    assert response.status_code == status, response.text
    return response.json()["error"]


def test_deal_value_and_solve(client, deal_spec):
    deal = client.post("/api/deal-value", json=deal_spec)
    assert deal.status_code == 200, deal.text
    data = deal.json()
    assert {"licensor_value", "licensee_value", "total_rnpv"} <= set(data)
    solved = client.post("/api/deal-value", params={"solve": "upfront", "share": 0.6}, json=deal_spec)
    assert solved.status_code == 200, solved.text
    assert solved.json()["solved_for"] == "upfront" and solved.json()["target_share"] == pytest.approx(0.6)


def test_deal_value_probability_above_one_names_the_field(client, deal_spec):
    bad = copy.deepcopy(deal_spec)
    bad["asset"]["phases"]["phase2"]["probability"] = 1.6
    error = _error(client.post("/api/deal-value", json=bad))
    assert error["parameter"] == "asset.phases.phase2.probability"
    assert "asset.phases.phase2.probability" in error["message"] and "0 to 1" in error["message"]


@pytest.mark.parametrize("params, body_change, parameter", [
    ({"solve": "price"}, None, "solve"),
    ({"share": 1.5}, None, "share"),
    ({}, {"asset": "ac225_psma_phase1.yaml"}, "asset"),
    ({}, {"royalties": [{"rate": 2}]}, "royalties[0].rate"),
    ({}, {"colour": "red"}, "colour"),
])
def test_deal_value_bad_input(client, deal_spec, params, body_change, parameter):
    body = {**deal_spec, **(body_change or {})}
    assert _error(client.post("/api/deal-value", params=params, json=body))["parameter"] == parameter


def test_score_from_evidence_body(client):
    evidence = yaml.safe_load((EXAMPLES / "scorecard_evidence.yaml").read_text(encoding="utf-8"))
    card = client.post("/api/score", params={"lens": "domestic"}, json=evidence)
    assert card.status_code == 200, card.text
    data = card.json()
    assert data["lens"] == "domestic" and 0 <= data["total"] <= 100
    assert any(line["criterion"] == "isotope_supply" for line in data["criteria"])
    bad = {**evidence, "evidence": {**evidence["evidence"], "clinical_data": {"score": 7}}}
    assert _error(client.post("/api/score", json=bad))["parameter"] == "evidence.clinical_data.score"
    assert _error(client.post("/api/score", params={"lens": "martian"}, json=evidence))["parameter"] == "lens"
    assert _error(client.post("/api/score"))["parameter"] == "evidence"


def test_score_from_the_store_with_body_override(client):
    card = client.post("/api/score", params={"asset": "AB-101"}).json()
    lines = {line["criterion"]: line for line in card["criteria"]}
    assert lines["compliance"]["source"] == "input" and lines["compliance"]["score"] == 1
    assert any("EMA" in c for c in lines["compliance"]["citations"])
    assert lines["isotope_supply"]["score"] == 2
    override = {"evidence": {"compliance": {"score": 5, "note": "remediated"}}}
    card = client.post("/api/score", params={"asset": "AB-101"}, json=override).json()
    assert {line["criterion"]: line for line in card["criteria"]}["compliance"]["score"] == 5
    assert _error(client.post("/api/score", params={"asset": "NOPE-1"}), 404)["parameter"] == "asset"


def test_dose_and_ship_window(client):
    dose = client.get("/api/dose", params={"nuclide": "177Lu", "activity": "7.4GBq", "hours_until": "2d"}).json()
    assert dose["nuclide"] == "Lu-177" and dose["dose_bq"] == pytest.approx(7.4e9)
    assert dose["produce_bq"] == pytest.approx(7.4e9 / nuclides.decay_fraction("Lu-177", 48.0))
    window = client.get("/api/ship-window", params={"nuclide": "Lu-177", "calibration": "10GBq",
                                                     "required": "5GBq", "handling": "2h"}).json()
    assert window["max_shipping_hours"] == pytest.approx(nuclides.half_life_hours("Lu-177") - 2.0)
    short = client.get("/api/ship-window", params={"nuclide": "Ga-68", "calibration": "1GBq", "required": "0.9GBq",
                                                    "handling": "5h"})
    assert _error(short)["code"] == "activity_insufficient"


@pytest.mark.parametrize("path, params, parameter", [
    ("/api/dose", {"nuclide": "Qq-1", "activity": "1GBq", "hours_until": "1h"}, "nuclide"),
    ("/api/dose", {"nuclide": "Lu-177", "activity": "lots", "hours_until": "1h"}, "activity"),
    ("/api/dose", {"nuclide": "Lu-177", "activity": "1GBq", "hours_until": "soon"}, "hours_until"),
    ("/api/dose", {"nuclide": "Lu-177", "activity": "1GBq"}, "hours_until"),
    ("/api/ship-window", {"nuclide": "Lu-177", "calibration": "x", "required": "1GBq"}, "calibration"),
    ("/api/ship-window", {"nuclide": "Lu-177", "calibration": "1GBq", "required": "1GBq", "handling": "-"},
     "handling"),
    ("/api/daughters", {"hours": "0,later"}, "hours"),
    ("/api/daughters", {"parent": "Xx-9"}, "parent"),
])
def test_bad_query_values_are_422_naming_the_parameter(client, path, params, parameter):
    assert _error(client.get(path, params=params))["parameter"] == parameter


def test_daughters(client):
    chain = client.get("/api/daughters", params={"hours": "0,24,72"}).json()
    assert chain["parent"] == "Ac-225" and chain["hours"] == [0.0, 24.0, 72.0]
    bi213 = next(m for m in chain["members"] if m["nuclide"] == "Bi-213")
    assert bi213["activity"][0] == pytest.approx(0.0) and bi213["activity"][2] == pytest.approx(
        nuclides.decay_fraction("Ac-225", 72.0) * 1.0035, rel=0.001)


def test_reach(client):
    body = {"sites": [{"name": "Plant", "lat": 31.2, "lon": 121.5}],
            "hospitals": [{"name": "Near", "lat": 31.3, "lon": 121.5}, {"name": "Far", "lat": 39.9, "lon": 116.4}],
            "nuclides": ["Ga-68", "177Lu"], "handling": "0h"}
    report = client.post("/api/reach", json=body)
    assert report.status_code == 200, report.text
    rows = {r["nuclide"]: r for r in report.json()["nuclides"]}
    assert rows["Ga-68"]["hospitals"] == ["Near"] and rows["Lu-177"]["reachable"] == 2
    bad = {**body, "hospitals": [{"name": "Nowhere", "lat": 123, "lon": 0}]}
    assert _error(client.post("/api/reach", json=bad))["parameter"] == "hospitals[0].lat"
    bad = {**body, "sites": [{"name": "P", "lat": 1, "lon": 1, "nuclides": ["Zz-1"]}]}
    assert _error(client.post("/api/reach", json=bad))["parameter"] == "sites[0].nuclides[0]"
    assert _error(client.post("/api/reach", json={**body, "threshold": 2}))["parameter"] == "threshold"
    assert _error(client.post("/api/reach", json={**body, "sites": "x"}))["parameter"] == "sites"


def test_decide_page_table_form_and_json(client):
    page = client.get("/decide")
    assert page.status_code == 200 and 'id="decay-table"' in page.text
    for name in ("Ga-68", "F-18", "Lu-177", "Ac-225"):
        assert name in page.text
    assert "<th>7 d</th>" in page.text and 'href="/decide"' in client.get("/").text
    result = client.get("/decide", params={"nuclide": "Lu-177", "after": "24h"})
    assert 'id="decay-result"' in result.text and "90.10%" in result.text
    data = client.get("/decide", params={"nuclide": "Lu-177", "after": "24h", "format": "json"}).json()
    assert data["decay"]["fraction"] == pytest.approx(0.5 ** (24 / nuclides.half_life_hours("Lu-177")))
    assert [t["label"] for t in data["table"]["times"]] == ["1 h", "24 h", "72 h", "7 d"]
    assert data["table"]["rows"][0]["fractions"][0] == pytest.approx(nuclides.decay_fraction("Ga-68", 1.0))
    bad = client.get("/decide", params={"nuclide": "Lu-177", "after": "later", "format": "json"})
    assert _error(bad)["parameter"] == "after"


def test_decide_page_escapes_input(client):
    hostile = "<script>alert(1)</script>"
    page = client.get("/decide", params={"nuclide": hostile, "after": "1h"})
    assert page.status_code == 422 and 'id="decay-error"' in page.text
    assert hostile not in page.text and "&lt;script&gt;" in page.text


def _decide(client, **params):
    return client.get("/decide", params={**params, "format": "json"})


def test_decide_valuation_form_is_the_library_call(client):
    from pharmalens.analysis.asset_spec import asset_spec_from_dict
    from pharmalens.analysis.valuation import value_asset
    spec = (EXAMPLES / "lu177_phase3.yaml").read_text(encoding="utf-8")
    got = _decide(client, tool="value", spec=spec, paths="3000", seed="7")
    assert got.status_code == 200, got.text
    expected = value_asset(asset_spec_from_dict(yaml.safe_load(spec)), 3000, 7).to_dict()
    value = got.json()["value"]
    assert value["rnpv"] == pytest.approx(expected["rnpv"]) and value["mean"] == pytest.approx(expected["mean"])
    assert value["monte_carlo"]["paths"] == 3000
    page = client.get("/decide", params={"tool": "value", "spec": spec, "paths": "3000", "seed": "7"})
    assert 'id="chart-npv"' in page.text and 'id="chart-tornado"' in page.text
    assert page.text.count("<tr><td>", page.text.index('id="tornado-table"')) >= len(expected["tornado"])


def test_decide_fairness_and_scorecard_forms_are_the_library_calls(client, deal_spec):
    from pharmalens.analysis.deal_spec import deal_terms_from_dict
    from pharmalens.analysis.fairness import value_deal
    from pharmalens.analysis.scorecard import evidence_from_dict, score
    text = yaml.safe_dump(deal_spec)
    value = _decide(client, tool="deal", deal=text).json()["deal"]["value"]
    expected = value_deal(deal_terms_from_dict(copy.deepcopy(deal_spec), EXAMPLES)).to_dict()
    assert value["licensor_value"] == pytest.approx(expected["licensor_value"])
    solved = _decide(client, tool="deal", deal=text, solve="upfront", share="0.6").json()["deal"]["solution"]
    assert solved["solved_for"] == "upfront" and solved["deal"]["licensor_share"] == pytest.approx(0.6, abs=1e-6)
    evidence = (EXAMPLES / "scorecard_evidence.yaml").read_text(encoding="utf-8")
    card = _decide(client, tool="score", evidence=evidence, lens="domestic").json()["score"]["score"]
    assert card["total"] == pytest.approx(score(evidence_from_dict(yaml.safe_load(evidence)), "domestic").total)
    assert card["lens"] == "domestic"


def test_decide_forms_name_the_bad_field(client):
    assert _error(_decide(client, tool="value", spec="name: [unclosed"))["parameter"] == "spec"
    assert _error(_decide(client, tool="value", spec="current_stage: phase9"))["parameter"].startswith("spec")
    assert _error(_decide(client, tool="value", paths="many"))["parameter"] == "paths"
    assert _error(_decide(client, tool="value", paths="0"))["parameter"] == "paths"
    assert _error(_decide(client, tool="deal", share="2"))["parameter"] == "share"
    assert _error(_decide(client, tool="score", lens="sideways"))["parameter"] == "lens"
    assert _error(_decide(client, tool="guess"))["parameter"] == "tool"
    page = client.get("/decide", params={"tool": "deal", "deal": "upfront: <b>x</b>"})
    assert page.status_code == 422 and 'id="deal-error"' in page.text and "<b>x</b>" not in page.text


def test_decide_decay_table_is_in_one_unit(client):
    page = client.get("/decide").text
    table = page[page.index('id="decay-table"'):page.index("</table>", page.index('id="decay-table"'))]
    cells = [c.split("<")[0] for c in table.split('<td class="num">')[1:]]
    assert cells and all(c.endswith("%") for c in cells if "title" not in c)
    assert "e-" not in table
