"""Comparable deals from the store: filter by asset, stage, territory, licensor country, type and year,
then quartiles of upfront and headline total in USD. Undisclosed terms are counted, never zero."""
from __future__ import annotations

from dataclasses import asdict, dataclass, field
from typing import Any

import numpy as np

from .asset_index import LIVE_STAGES, AssetIndex, AssetProfile, canonical_nuclide, company_country, usd

DEAL_TYPES = ("license", "acquisition", "collaboration", "newco", "option", "equity")


@dataclass(frozen=True)
class CompsFilter:
    modality: str | None = None
    target: str | None = None
    nuclide: str | None = None
    stage: str | None = None  # stage of the asset at signing
    territory: str | None = None  # substring, case-insensitive
    licensor_country: str | None = None  # ISO code, e.g. "CN"
    deal_type: str | None = None
    year_from: int | None = None
    year_to: int | None = None

    def __post_init__(self) -> None:
        if self.stage is not None and self.stage not in (*LIVE_STAGES, "terminated"):
            raise ValueError(f"unknown stage {self.stage!r}; allowed: {', '.join(LIVE_STAGES)}")
        if self.deal_type is not None and self.deal_type not in DEAL_TYPES:
            raise ValueError(f"unknown deal type {self.deal_type!r}; allowed: {', '.join(DEAL_TYPES)}")
        if self.nuclide is not None and canonical_nuclide(self.nuclide) is None:
            raise ValueError(f"unknown nuclide {self.nuclide!r}; write it like Lu-177, 225Ac or Ac225")
        if self.year_from is not None and self.year_to is not None and self.year_from > self.year_to:
            raise ValueError(f"year range {self.year_from}-{self.year_to} is empty")


@dataclass(frozen=True)
class CompDeal:
    id: str
    licensor: str | None
    licensee: str | None
    asset: str | None
    deal_type: str | None
    territory: str | None
    upfront_usd: float | None
    total_usd: float | None
    total_derived: bool  # headline not stated: upfront + milestones
    announced: str | None
    document: str
    licensor_country: str | None
    modality: str | None
    target: tuple[str, ...]
    nuclide: str | None
    stage: str | None


@dataclass(frozen=True)
class Quartiles:
    count: int
    q1: float
    median: float
    q3: float


@dataclass(frozen=True)
class CompsResult:
    filters: CompsFilter
    count: int
    n_upfront_disclosed: int
    n_total_disclosed: int
    upfront: Quartiles | None
    total: Quartiles | None
    upfront_share_median: float | None  # median of per-deal upfront / total (deals with upfront <= total)
    n_upfront_share: int
    deals: list[CompDeal] = field(default_factory=list)

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


def comps(store: Any, filters: CompsFilter | None = None) -> CompsResult:
    """Comparable deals in the store matching `filters`, with their USD statistics."""
    filters = filters or CompsFilter()
    published = {d["id"]: d.get("published") for d in store.documents()}
    index = AssetIndex(store.facts("assets"))
    rows = [_comp_deal(deal, index, published.get(deal["document"])) for deal in store.facts("deals")]
    matching = [row for row in _unique(rows) if _matches(row, filters)]
    return summarise(matching, filters)


def summarise(deals: list[CompDeal], filters: CompsFilter | None = None) -> CompsResult:
    upfronts = [d.upfront_usd for d in deals if d.upfront_usd is not None]
    totals = [d.total_usd for d in deals if d.total_usd is not None]
    shares = [d.upfront_usd / d.total_usd for d in deals
              if d.upfront_usd is not None and d.total_usd and 0 < d.upfront_usd <= d.total_usd]
    return CompsResult(
        filters=filters or CompsFilter(), count=len(deals),
        n_upfront_disclosed=len(upfronts), n_total_disclosed=len(totals),
        upfront=_quartiles(upfronts), total=_quartiles(totals),
        upfront_share_median=float(np.median(shares)) if shares else None, n_upfront_share=len(shares),
        deals=deals,
    )


def _comp_deal(deal: dict[str, Any], index: AssetIndex, published: str | None) -> CompDeal:
    profile = index.profile(deal.get("asset"), deal.get("document")) or AssetProfile("", None, (), None, None)
    upfront = usd(deal.get("upfront"))
    total = usd(deal.get("total"))
    milestones = usd(deal.get("milestones"))
    derived = total is None and upfront is not None and milestones is not None
    return CompDeal(
        id=deal["id"], licensor=deal.get("licensor"), licensee=deal.get("licensee"), asset=deal.get("asset"),
        deal_type=deal.get("deal_type"), territory=deal.get("territory"),
        upfront_usd=upfront, total_usd=upfront + milestones if derived else total, total_derived=derived,
        announced=deal.get("announced") or published, document=deal["document"],
        licensor_country=company_country(deal.get("licensor")),
        modality=profile.modality, target=profile.target, nuclide=profile.nuclide, stage=profile.stage,
    )


def _unique(rows: list[CompDeal]) -> list[CompDeal]:
    """One row per deal reported in several articles (same parties, asset and terms)."""
    seen: set[tuple[Any, ...]] = set()
    out = []
    for row in rows:
        key = (_fold(row.licensor), _fold(row.licensee), _fold(row.asset), row.deal_type, row.upfront_usd,
               row.total_usd)
        if key in seen:
            continue
        seen.add(key)
        out.append(row)
    return out


def _matches(row: CompDeal, f: CompsFilter) -> bool:
    year = _year(row.announced)
    checks = (
        f.modality is None or _fold(row.modality) == _fold(f.modality),
        f.target is None or _fold(f.target) in {_fold(t) for t in row.target},
        f.nuclide is None or row.nuclide == canonical_nuclide(f.nuclide),
        f.stage is None or row.stage == f.stage,
        f.territory is None or _fold(f.territory) in _fold(row.territory),
        f.licensor_country is None or _fold(row.licensor_country) == _fold(f.licensor_country),
        f.deal_type is None or row.deal_type == f.deal_type,
        f.year_from is None or (year is not None and year >= f.year_from),
        f.year_to is None or (year is not None and year <= f.year_to),
    )
    return all(checks)


def _quartiles(values: list[float]) -> Quartiles | None:
    if not values:
        return None
    q1, median, q3 = (float(q) for q in np.percentile(np.asarray(values, dtype=float), [25.0, 50.0, 75.0]))
    return Quartiles(len(values), q1, median, q3)


def _year(date: str | None) -> int | None:
    return int(date[:4]) if date and date[:4].isdigit() else None


def _fold(text: str | None) -> str:
    return (text or "").casefold()
