import importlib.util
from decimal import Decimal
from pathlib import Path

import pytest

from pharmalens.analysis.knowledge import merged_assets, merged_deals
from pharmalens.model.records import Money
from pharmalens.resolve.knowledge import Names, same_deal
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


def test_same_deal_from_three_kinds_of_source_is_merged(store):
    deals = merged_deals(store)
    deal = _deal(deals, "Delta Pharma", "DL-7")
    assert deal.licensee == "Megapharma"
    assert sorted((s.document, s.source_kind) for s in deal.sources) == [
        ("filing.txt#1", "exchange_filing"), ("media.txt#1", "media"), ("summary.txt#1", "machine_summary")]
    assert all(s.fact and s.quote for s in deal.sources)
    assert deal.upfront == Money(Decimal("50"), "USD")
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
    assert other.upfront == Money(Decimal("20"), "USD") and not other.conflicts
    assert [s.document for s in other.sources] == ["filing.txt#1"]
    reverse = _deal(deals, "Megapharma", "DL-7")
    assert reverse.licensee == "Delta Pharma"
    assert [s.source_kind for s in reverse.sources] == ["company_release"]


def test_dates_more_than_120_days_apart_are_separate_deals():
    aliases = {"德尔塔制药": "Delta Pharma"}
    names = Names(lambda n: aliases.get(n, n) if n else None, lambda n: n.casefold() if n else None)
    base = {"licensor": "Delta Pharma", "licensee": "Megapharma", "asset": "DL-7", "deal_type": "license"}
    assert same_deal(names, {**base, "announced": "2025-01-10"}, {**base, "announced": "2025-05-01"})
    assert not same_deal(names, {**base, "announced": "2025-01-10"}, {**base, "announced": "2025-06-01"})
    assert not same_deal(names, base, {**base, "deal_type": "acquisition"})
    assert same_deal(names, base, {**base, "deal_type": "collaboration", "licensor": "德尔塔制药"})
    assert not same_deal(names, base, {**base, "licensor": "Megapharma", "licensee": "Delta Pharma"})
    assert not same_deal(names, {**base, "licensee": None}, {**base, "licensor": None})


def test_merged_assets_with_stage_history_and_conflicts(store):
    assets = merged_assets(store)
    assert [a.name for a in assets] == ["DL-7"]
    asset = assets[0]
    assert "德尔塔7号" in asset.aliases and asset.company == "Delta Pharma"
    assert [(h.stage, h.date, h.document) for h in asset.stage_history] == [
        ("preclinical", "2024-12-01", "summary.txt#1"), ("phase1", "2025-01-10", "filing.txt#1"),
        ("phase2", "2025-06-01", "media.txt#1")]
    assert asset.stage == "phase2" and "stage" not in asset.conflicts
    assert asset.modality == "rdc"
    assert [(c.value, c.source_kind) for c in asset.conflicts["modality"]] == [("rdc", "exchange_filing"),
                                                                               ("adc", "media")]
    assert "company" not in asset.conflicts and "target" not in asset.conflicts
    assert asset.target == ("PSMA",) and len(asset.sources) == 3
    data = asset.to_json()
    assert data["stage_history"][0]["stage"] == "preclinical" and data["conflicts"]["modality"][0]["fact"]
