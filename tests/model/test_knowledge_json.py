"""Entities as JSON, with and without their detail."""
from decimal import Decimal

from pharmalens.model.knowledge import AssetEntity, ConflictValue, DealEntity, SourceRef, StageStep
from pharmalens.model.records import Money

SOURCE = SourceRef("fct_1", "doc_1", "media", "2025-01-02", "Orion licensed OR-77", ((0, 20, "Orion licensed OR-77"),))
CONFLICT = {"upfront": (ConflictValue({"amount": 30, "currency": "USD"}, "fct_1", "doc_1", "media", None),)}


def test_a_deal_without_detail_is_the_deal_without_sources_and_conflicts() -> None:
    deal = DealEntity("dea_1", "Orion", "Kestrel", "OR-77", "license", "worldwide", Money(Decimal(30), "USD"), None,
                      None, None, None, "2025-01-02", 1, ("upfront",), (SOURCE,), CONFLICT)
    full, plain = deal.to_json(), deal.to_json(detail=False)
    assert set(full) - set(plain) == {"sources", "conflicts"}
    assert plain == {k: v for k, v in full.items() if k in plain}
    assert plain["upfront"] == full["upfront"] and plain["upfront"]["amount"] == 30


def test_an_asset_without_detail_leaves_out_sources_conflicts_and_stages() -> None:
    asset = AssetEntity("ast_1", "OR-77", ("OR77",), "Orion", "rdc", ("FAP",), "Lu-177", ("cancer",), "phase2",
                        "phase2", 1, (), (SOURCE,), {}, (StageStep("phase2", "2025-01-02", "doc_1", "fct_1", "media"),))
    full, plain = asset.to_json(), asset.to_json(detail=False)
    assert set(full) - set(plain) == {"sources", "conflicts", "stage_history"}
    assert plain == {k: v for k, v in full.items() if k in plain}
