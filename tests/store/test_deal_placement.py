"""Placing deal facts in memory (a rebuild, an import): which deals a fact is compared with."""
from __future__ import annotations

from typing import Any

import pytest

from pharmalens.resolve.knowledge import Names, Sourced, fold
from pharmalens.store import deal_entities
from pharmalens.store.deal_entities import Placement


def deal(number: int, asset: str | None, day: int) -> Sourced:
    fact = {"id": f"dea_{number:04d}", "licensor": "Orvane Bio", "licensee": "Telluric Pharma", "asset": asset,
            "deal_type": "license", "announced": f"2025-03-{day:02d}"}
    return Sourced(fact, "news", f"2025-03-{day:02d}")


def test_a_fact_naming_an_asset_is_compared_only_with_deals_of_that_asset_or_of_none(
        monkeypatch: pytest.MonkeyPatch) -> None:
    compared: list[tuple[str | None, set[str | None]]] = []

    def counting(names: Names, fact: dict[str, Any], group: list[Sourced]) -> bool:
        compared.append((fact.get("asset"), {other.fact.get("asset") for other in group}))
        return real(names, fact, group)

    real = deal_entities.fits
    monkeypatch.setattr(deal_entities, "fits", counting)
    placement = Placement(Names(company=lambda name: name or None, asset_key=lambda name: fold(name) or None))
    homes = {f"OX-{n}": placement.place(deal(n, f"OX-{n}", 1 + n % 20)) for n in range(1, 25)}
    vague = placement.place(deal(100, None, 5))
    again = placement.place(deal(101, "OX-7", 9))
    other = placement.place(deal(102, "OX-99", 9))

    assert again == homes["OX-7"]
    assert vague in homes.values()
    assert other not in homes.values()
    assert len(compared) == 24 + 1  # the vague fact with every deal, OX-7 again with its own
    for asset, group in compared:
        assert asset is None or group <= {asset, None}
