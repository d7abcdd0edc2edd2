from __future__ import annotations

import pytest

from pharmalens.store import Store, StoreError

from .bundles import article

BUNDLE = article("a.txt#1", "Hengrui licenses HRS-4357", "Hengrui licensed HRS-4357 to Novartis for $158 million.")


@pytest.fixture
def deal_id(store: Store) -> str:
    store.save(BUNDLE)
    return [f.to_json() for f in store.facts(kind="deal")][0]["id"]


def test_correction_is_applied_and_audited(store: Store, deal_id: str) -> None:
    made = store.correct(deal_id, "upfront", '{"amount": 150, "currency": "USD"}', note="press release says 150")
    assert (made["record_id"], made["field"], made["note"]) == (deal_id, "upfront", "press release says 150")
    assert made["old"] == {"amount": 158, "currency": "USD"}
    assert made["new"] == {"amount": 150, "currency": "USD"}
    assert [f.to_json() for f in store.facts(kind="deal")][0]["upfront"] == {"amount": 150, "currency": "USD"}
    assert store.corrections(deal_id) == [made]
    assert store.corrections() == [made]
    assert store.corrections("fac_nothing") == []


def test_values_are_json_when_they_parse(store: Store, deal_id: str) -> None:
    store.correct(deal_id, "territory", "Greater China", note="")
    store.correct(deal_id, "royalty", "null", note="no royalty")
    store.correct(deal_id, "deal_type", "option", note="")
    fact = [f.to_json() for f in store.facts(kind="deal")][0]
    assert (fact["territory"], fact["royalty"], fact["deal_type"]) == ("Greater China", None, "option")
    store.correct(deal_id, "territory", ["China", "Macau"], note="given as a list")
    assert [f.to_json() for f in store.facts(kind="deal")][0]["territory"] == ["China", "Macau"]


def test_licensor_correction_updates_the_company_column(store: Store, deal_id: str) -> None:
    store.correct(deal_id, "licensor", "Jiangsu Hengrui", note="legal name")
    assert [f.to_json() for f in store.facts(kind="deal")][0]["licensor"] == "Jiangsu Hengrui"
    store.save(BUNDLE)
    assert [f.to_json() for f in store.facts(kind="deal")][0]["licensor"] == "Jiangsu Hengrui"


def test_unknown_record_or_field_writes_nothing(store: Store, deal_id: str) -> None:
    with pytest.raises(StoreError) as caught:
        store.correct("dea_0000", "upfront", "1", note="")
    assert caught.value.code == "unknown_record" and "dea_0000" in str(caught.value)
    with pytest.raises(StoreError) as caught:
        store.correct(deal_id, "upfrnt", "1", note="")
    assert caught.value.code == "unknown_field"
    assert "allowed: licensor, licensee, asset" in str(caught.value) and "upfront" in str(caught.value)
    with pytest.raises(StoreError) as caught:
        store.correct(deal_id, "evidence", "[]", note="")
    assert caught.value.code == "unknown_field"
    assert store.corrections() == []
    assert [f.to_json() for f in store.facts(kind="deal")][0]["upfront"] == {"amount": 158, "currency": "USD"}


def test_corrections_survive_re_ingest(store: Store, deal_id: str) -> None:
    store.correct(deal_id, "upfront", '{"amount": 150, "currency": "USD"}', note="first")
    store.correct(deal_id, "upfront", '{"amount": 151, "currency": "USD"}', note="second")
    assert store.save(BUNDLE).status == "unchanged"
    assert [f.to_json() for f in store.facts(kind="deal")][0]["upfront"] == {"amount": 151, "currency": "USD"}
    revised = article("a.txt#1", "Hengrui licenses HRS-4357", "Revised: Hengrui licensed HRS-4357 to Novartis.")
    store.save(revised)
    deal = [f.to_json() for f in store.facts(kind="deal")][0]
    assert deal["id"] == deal_id and deal["upfront"] == {"amount": 151, "currency": "USD"}
    assert [c["note"] for c in store.corrections(deal_id)] == ["first", "second"]
