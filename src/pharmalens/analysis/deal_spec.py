"""Licensing deal terms (upfront, milestones, tiered royalties) read and validated from YAML.

Amounts are in the asset spec's currency unit (millions). The asset is either an inline asset spec
or the path of one, relative to the deal file.
"""
from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

from .asset_spec import AssetSpec, asset_spec_from_dict, load_asset_spec
from .comparables import Comparable, comparables_from_list, load_comparables
from .errors import SpecError
from .specs import Fields, read_yaml

EVENTS = ("phase1_start", "phase2_start", "phase3_start", "nda_filing", "approval", "sales")
EVENT_ALIASES = {
    "phase1": "phase1_start", "phase2": "phase2_start", "phase3": "phase3_start",
    "filing": "nda_filing", "nda": "nda_filing", "bla_filing": "nda_filing", "nda_start": "nda_filing",
    "first_sale": "approval", "first_commercial_sale": "approval", "launch": "approval",
    "sales_threshold": "sales", "net_sales": "sales",
}
EVENT_PHASE = {"phase1_start": "phase1", "phase2_start": "phase2", "phase3_start": "phase3", "nda_filing": "nda"}

_TOP = ("asset", "licensor", "licensee", "upfront", "milestones", "royalties", "royalty_years", "comparables",
        "notes")


@dataclass(frozen=True)
class Milestone:
    event: str  # one of EVENTS
    amount: float
    threshold: float | None = None  # yearly net sales, for event "sales"
    label: str = ""


@dataclass(frozen=True)
class RoyaltyTier:
    rate: float
    up_to: float | None  # yearly net sales at which the tier ends; None: no ceiling


@dataclass(frozen=True)
class DealTerms:
    asset: AssetSpec
    upfront: float
    milestones: tuple[Milestone, ...]
    royalties: tuple[RoyaltyTier, ...]
    royalty_years: float | None = None  # from launch; None: every modelled sales year
    licensor: str = "licensor"
    licensee: str = "licensee"
    comparables: tuple[Comparable, ...] = ()

    @property
    def headline_total(self) -> float:
        return self.upfront + sum(m.amount for m in self.milestones)


def load_deal_terms(path: str | Path) -> DealTerms:
    return deal_terms_from_dict(read_yaml(path), Path(path).parent)


def deal_terms_from_dict(data: Any, base: Path = Path(".")) -> DealTerms:
    top = Fields(data, "", _TOP)
    asset = _asset(top.raw("asset"), base)
    return DealTerms(
        asset=asset,
        upfront=top.non_negative("upfront", 0.0, " (millions)"),
        milestones=tuple(_milestone(item, f"milestones[{i}]", asset) for i, item in enumerate(top.items("milestones"))),
        royalties=_tiers(top.items("royalties")),
        royalty_years=top.years("royalty_years", None) if top.has("royalty_years") else None,
        licensor=top.text("licensor", "licensor"),
        licensee=top.text("licensee", "licensee"),
        comparables=_comparables(top.raw("comparables", None), base),
    )


def _comparables(value: Any, base: Path) -> tuple[Comparable, ...]:
    if value is None:
        return ()
    if isinstance(value, str):
        path = Path(value) if Path(value).is_absolute() else base / value
        return load_comparables(path)
    if not isinstance(value, list):
        raise SpecError("comparables", "expected a list or a file path", "a YAML list of {name, upfront, total} "
                        "or the path of a YAML/CSV file, relative to the deal file")
    return comparables_from_list(value, "comparables")


def _asset(value: Any, base: Path) -> AssetSpec:
    if isinstance(value, str):
        path = Path(value) if Path(value).is_absolute() else base / value
        if not path.exists():
            raise SpecError("asset", f"asset spec file {str(path)!r} not found",
                            "an inline asset spec or the path of one, relative to the deal file")
        return load_asset_spec(path)
    return asset_spec_from_dict(value, "asset")


def _milestone(item: Any, path: str, asset: AssetSpec) -> Milestone:
    fields = Fields(item, path, ("event", "amount", "threshold", "label"))
    raw = fields.text("event").strip().lower()
    event = EVENT_ALIASES.get(raw, raw)
    if event not in EVENTS:
        raise SpecError(fields.name("event"), f"unknown event {raw!r}", ", ".join(EVENTS))
    phase = EVENT_PHASE.get(event)
    remaining = [p.name for p in asset.phases]
    if phase is not None and phase not in remaining:
        allowed = [e for e, p in EVENT_PHASE.items() if p in remaining] + ["approval", "sales"]
        raise SpecError(fields.name("event"), f"{raw!r} is before the asset's current stage {asset.current_stage}",
                        ", ".join(allowed))
    threshold = fields.positive("threshold", unit=" (yearly net sales, millions)") if event == "sales" else None
    return Milestone(event, fields.non_negative("amount", unit=" (millions)"), threshold, fields.text("label", ""))


def _tiers(items: list[Any]) -> tuple[RoyaltyTier, ...]:
    tiers: list[RoyaltyTier] = []
    floor = 0.0
    for i, item in enumerate(items):
        fields = Fields(item, f"royalties[{i}]", ("rate", "up_to"))
        up_to = fields.positive("up_to", None, " (yearly net sales, millions)") if fields.has("up_to") else None
        if tiers and tiers[-1].up_to is None:
            raise SpecError(f"royalties[{i}]", "follows a tier without up_to", "only the last tier may omit up_to")
        if up_to is not None and up_to <= floor:
            raise SpecError(fields.name("up_to"), f"{up_to:g} is not above the previous tier's {floor:g}",
                            "tiers in increasing order of up_to")
        tiers.append(RoyaltyTier(fields.fraction("rate"), up_to))
        floor = up_to if up_to is not None else floor
    return tuple(tiers)

