import pytest

from pharmalens.analysis.dossier import UnknownCompany, dossier
from pharmalens.resolve.trust import period_key


def test_dossier_by_alias_collects_every_section(analysis_store):
    d = dossier(analysis_store, "阿尔法生物")
    assert d.name == "Alpha Bio"
    assert d.aliases == ["阿尔法生物", "Alpha Biotech Co., Ltd."]
    assert [a.fields["asset"] for a in d.assets] == ["AB-101"]
    assert d.assets[0].fields["aliases"] == ["阿尔法101"]
    assert [(s.document, s.quote) for s in d.assets[0].sources] == [("a.txt#1", "AB-101"),
                                                                   ("a.txt#1", "Ac-225 PSMA radioligand")]
    assert [(x.fields["role"], x.fields["asset"]) for x in d.deals] == [("licensor", "AB-101")]
    assert [x.fields["event"] for x in d.regulatory] == ["fast_track"]
    assert [x.fields["event"] for x in d.gmp] == ["gmp_fail"]
    assert len(d.terminations) == 3 and len(d.financings) == 1 and len(d.facilities) == 1


def test_sources_point_at_the_evidence(analysis_store, sample):
    d = dossier(analysis_store, "Alpha Bio")
    text = sample.TEXTS["e.txt#1"][2]
    for item in d.regulatory + d.terminations + d.financials + d.facilities:
        assert item.sources and all(text[s.start:s.end] == s.quote for s in item.sources)
        assert "evidence" not in item.to_dict()


def test_sunk_cost_per_currency_and_in_usd(analysis_store):
    sunk = dossier(analysis_store, "alpha bio").sunk_cost
    assert sunk.by_currency == {"CNY": 50.0, "USD": 3.0}
    assert (sunk.usd, sunk.n_with_usd, sunk.n_undisclosed) == (3.0, 1, 1)


def test_financials_are_sorted_by_period(analysis_store):
    periods = [f.fields["period"] for f in dossier(analysis_store, "Alpha Bio").financials]
    assert periods == ["FY2024", "2025H1"]


def test_licensee_side(analysis_store):
    d = dossier(analysis_store, "大药厂")
    assert d.name == "Bigpharma"
    assert {x.fields["role"] for x in d.deals} == {"licensee"}
    assert len(d.deals) == 4 and d.assets == []


def test_json_form(analysis_store):
    out = dossier(analysis_store, "Alpha Bio").to_dict()
    assert out["sunk_cost"]["by_currency"] == {"CNY": 50.0, "USD": 3.0}
    assert out["deals"][0]["sources"][0] == {"document": "a.txt#1", "start": 43, "end": 62,
                                             "quote": "$10 million upfront"}


def test_unknown_company(analysis_store):
    with pytest.raises(UnknownCompany, match="Nobody"):
        dossier(analysis_store, "Nobody")


def test_period_order():
    periods = ["FY2025", "2025Q1", "2026-03-31", "2025H1", "2025Q3", "FY2024", None]
    assert sorted(periods, key=period_key) == ["FY2024", "2025Q1", "2025H1", "2025Q3", "FY2025", "2026-03-31", None]
