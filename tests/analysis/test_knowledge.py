import importlib.util
from pathlib import Path

import pytest

from pharmalens.analysis.knowledge import merged_assets, merged_deals
from pharmalens.analysis.trust import TRUST, choose, days_apart, same_date, same_money, source_kind
from pharmalens.store import Store

_spec = importlib.util.spec_from_file_location("knowledge_store", Path(__file__).with_name("knowledge_store.py"))
kb = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(kb)


@pytest.fixture
def store(tmp_path):
    with Store(kb.build_store(tmp_path)) as opened:
        yield opened


def _deal(deals, licensor, asset):
    found = [d for d in deals if d.licensor == licensor and d.asset == asset]
    assert len(found) == 1, [d.to_dict() for d in deals]
    return found[0]


@pytest.mark.parametrize("document, kind", [
    ({"text": kb.FILING}, "exchange_filing"),
    ({"text": "XX Bio (stock code: 1234) announces a licence."}, "exchange_filing"),
    ({"text": "公告编号：2025-001 关于签署授权协议的公告"}, "exchange_filing"),
    ({"title": "x", "text": "香港交易及結算所有限公司對本公告的內容概不負責"}, "exchange_filing"),
    ({"text": kb.RELEASE}, "company_release"),
    ({"text": "SHANGHAI, March 3 (Business Wire) -- something"}, "company_release"),
    ({"text": "Acme licensed X.\n\nAbout Acme Bio Inc.\nAcme is a company."}, "company_release"),
    ({"text": "Forward-looking statements: this release contains"}, "company_release"),
    ({"text": "上海，2025年3月3日 /美通社/ -- 某公司宣布"}, "company_release"),
    ({"source": "https://www.prnewswire.com/news/x", "text": "Deal news."}, "company_release"),
    ({"text": kb.SUMMARY}, "machine_summary"),
    ({"text": "Core Insights without citations"}, "media"),
    ({"text": kb.MEDIA}, "media"),
    ({}, "media"),
])
def test_source_kind(document, kind):
    assert source_kind(document) == kind


def test_trust_order():
    assert sorted(TRUST, key=TRUST.get, reverse=True) == ["exchange_filing", "company_release", "media",
                                                          "machine_summary"]


def test_comparisons():
    assert same_money({"amount": 100, "currency": "USD"}, {"amount": 100.9, "currency": "USD"})
    assert not same_money({"amount": 100, "currency": "USD"}, {"amount": 102, "currency": "USD"})
    assert not same_money({"amount": 100, "currency": "USD"}, {"amount": 100, "currency": "EUR"})
    assert same_money({"amount": 92, "currency": "EUR", "usd": 100}, {"amount": 100, "currency": "USD", "usd": 100})
    assert same_date("2025-01-10", "2025-01") and same_date("2025", "2025-03-01")
    assert same_date("2025-01-10", "2025-01-20")
    assert not same_date("2025-01-10", "2025-02-10") and not same_date("2024", "2025-02")
    assert days_apart("2025-01", "2025-03-15") == 43 and days_apart("2025", "2025-06-01") == 0
    assert days_apart(None, "2025") is None
    winner = choose([{"value": "2025", "source_kind": "media", "published": "2025-02-01"},
                     {"value": "2025-01-10", "source_kind": "media", "published": "2025-02-01"},
                     {"value": "2024", "source_kind": "media", "published": "2024-12-01"}])
    assert winner["value"] == "2025-01-10"


def test_same_deal_from_three_kinds_of_source_is_merged(store):
    deals = merged_deals(store)
    deal = _deal(deals, "Delta Pharma", "DL-7")
    assert deal.licensee == "Megapharma"
    assert sorted((s.document, s.source_kind) for s in deal.sources) == [
        ("filing.txt#1", "exchange_filing"), ("media.txt#1", "media"), ("summary.txt#1", "machine_summary")]
    assert all(s.fact and s.quote for s in deal.sources)
    assert deal.upfront == {"amount": 50, "currency": "USD"}
    conflict = deal.conflicts["upfront"]
    assert [(c.value["amount"], c.document, c.source_kind) for c in conflict] == [
        (50, "filing.txt#1", "exchange_filing"), (55, "media.txt#1", "media"),
        (55.2, "summary.txt#1", "machine_summary")]
    assert conflict[1].published == "2025-06-01"
    # full date from the filing wins; 2025-01 does not conflict with 2025-01-10
    assert deal.announced == "2025-01-10" and "announced" not in deal.conflicts
    assert "licensor" not in deal.conflicts and "asset" not in deal.conflicts


def test_different_assets_and_reversed_roles_stay_separate(store):
    deals = merged_deals(store)
    assert len(deals) == 3
    other = _deal(deals, "Delta Pharma", "DL-9")
    assert other.upfront == {"amount": 20, "currency": "USD"} and not other.conflicts
    assert [s.document for s in other.sources] == ["filing.txt#1"]
    reverse = _deal(deals, "Megapharma", "DL-7")
    assert reverse.licensee == "Delta Pharma"
    assert [s.source_kind for s in reverse.sources] == ["company_release"]


def test_dates_more_than_120_days_apart_are_separate_deals(tmp_path):
    from pharmalens.analysis.knowledge import _Context, _same_deal

    with Store(kb.build_store(tmp_path, ("filing.txt#1",))) as opened:
        ctx = _Context(opened)
    base = {"licensor": "Delta Pharma", "licensee": "Megapharma", "asset": "DL-7", "deal_type": "license"}
    assert _same_deal(ctx, {**base, "announced": "2025-01-10"}, {**base, "announced": "2025-05-01"})
    assert not _same_deal(ctx, {**base, "announced": "2025-01-10"}, {**base, "announced": "2025-06-01"})
    assert not _same_deal(ctx, base, {**base, "deal_type": "acquisition"})
    assert _same_deal(ctx, base, {**base, "deal_type": "collaboration", "licensor": "德尔塔制药"})
    assert not _same_deal(ctx, base, {**base, "licensor": "Megapharma", "licensee": "Delta Pharma"})


def test_merged_assets_with_stage_history_and_conflicts(store):
    assets = merged_assets(store)
    assert [a.asset for a in assets] == ["DL-7"]
    asset = assets[0]
    assert "德尔塔7号" in asset.aliases and asset.company == "Delta Pharma"
    assert [(h["stage"], h["date"], h["document"]) for h in asset.stage_history] == [
        ("preclinical", "2024-12-01", "summary.txt#1"), ("phase1", "2025-01-10", "filing.txt#1"),
        ("phase2", "2025-06-01", "media.txt#1")]
    assert asset.stage == "phase2" and "stage" not in asset.conflicts
    assert asset.modality == "rdc"
    assert [(c.value, c.source_kind) for c in asset.conflicts["modality"]] == [("rdc", "exchange_filing"),
                                                                               ("adc", "media")]
    assert "company" not in asset.conflicts and "target" not in asset.conflicts
    assert asset.target == ["PSMA"] and len(asset.sources) == 3
    data = asset.to_dict()
    assert data["stage_history"][0]["stage"] == "preclinical" and data["conflicts"]["modality"][0]["fact"]
