"""The record builders, in the order the pipeline runs them.

Each builder makes one contract list from the article's context. A builder that reads another's
records names it in `needs` (assets read the terminations and the deals, deals the financings,
regulatory events the asset rows a table gave); the registry is kept in an order where every need is
built first, which a test checks. A new record type is one module and one line here."""
from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from ..model.records import RECORD_LISTS, Record
from . import asset_records, clinical, deals, facilities, financials, financings, regulatory, reporting, terminations
from .context import Context
from .deal_asides import without_round_investors


@dataclass
class Built:
    """What the builders of one article made so far: records by list name, and notes one builder
    leaves for another (rows of a table an asset builder read)."""
    records: dict[str, list[Record]] = field(default_factory=dict)
    notes: dict[str, Any] = field(default_factory=dict)


@dataclass(frozen=True)
class Builder:
    name: str
    extractor: str
    version: str
    build: Callable[[Context, Built], list[Record]]
    needs: tuple[str, ...] = ()


def _assets(ctx: Context, built: Built) -> list[Record]:
    stopped = [t for t in built.records["terminations"] if t.asset]
    licensed = {d.asset: d.licensor for d in built.records["deals"] if d.asset and d.licensor}
    assets, built.notes["asset_rows"] = asset_records.build_assets(ctx, stopped, licensed)
    return assets


def _deals(ctx: Context, built: Built) -> list[Record]:
    return without_round_investors(deals.build_deals(ctx), built.records["financings"])


def _regulatory(ctx: Context, built: Built) -> list[Record]:
    return regulatory.build_regulatory(ctx, built.notes.get("asset_rows", []))


def _alone(function: Callable[[Context], list[Any]]) -> Callable[[Context, Built], list[Record]]:
    return lambda ctx, built: function(ctx)


BUILDERS: tuple[Builder, ...] = (
    Builder("terminations", terminations.EXTRACTOR, terminations.VERSION, _alone(terminations.build_terminations)),
    Builder("financings", financings.EXTRACTOR, financings.VERSION, _alone(financings.build_financings)),
    Builder("deals", deals.EXTRACTOR, deals.VERSION, _deals, needs=("financings",)),
    Builder("assets", asset_records.EXTRACTOR, asset_records.VERSION, _assets, needs=("terminations", "deals")),
    Builder("clinical", clinical.EXTRACTOR, clinical.VERSION, _alone(clinical.build_clinical)),
    Builder("regulatory", regulatory.EXTRACTOR, regulatory.VERSION, _regulatory, needs=("assets",)),
    Builder("financials", reporting.EXTRACTOR, reporting.VERSION, _alone(financials.build_financials)),
    Builder("facilities", facilities.EXTRACTOR, facilities.VERSION, _alone(facilities.build_facilities)),
)


def run_builders(ctx: Context) -> dict[str, list[Record]]:
    """Every builder over one article; the lists in the contract's order."""
    built = Built()
    for builder in BUILDERS:
        built.records[builder.name] = builder.build(ctx, built)
    return {name: built.records[name] for name in RECORD_LISTS}
