"""Comparable deals from the store: one row per real deal (see `resolve.knowledge`), filtered by the
asset's modality, target, nuclide and stage at signing, territory, licensor country, type and year;
quartiles of upfront and headline total in USD over every match. Undisclosed terms are counted, never
zero. The deals themselves come a page at a time."""
from __future__ import annotations

from collections.abc import Sequence
from dataclasses import asdict, dataclass, field
from typing import Any

import numpy as np

from pharmalens.model.filters import DealFilter
from pharmalens.model.knowledge import DealEntity

from .asset_index import LIVE_STAGES, canonical_nuclide, usd_of
from .errors import FilterError

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
            raise FilterError("stage", f"unknown stage {self.stage!r}; allowed: {', '.join(LIVE_STAGES)}")
        if self.deal_type is not None and self.deal_type not in DEAL_TYPES:
            raise FilterError("deal_type", f"unknown deal type {self.deal_type!r}; allowed: {', '.join(DEAL_TYPES)}")
        if self.nuclide is not None and canonical_nuclide(self.nuclide) is None:
            raise FilterError("nuclide", f"unknown nuclide {self.nuclide!r}; write it like Lu-177, 225Ac or Ac225")
        if self.year_from is not None and self.year_to is not None and self.year_from > self.year_to:
            raise FilterError("year_from", f"year range {self.year_from}-{self.year_to} is empty")

    def deal_filter(self) -> DealFilter:
        return DealFilter(modality=self.modality, target=self.target,
                          nuclide=canonical_nuclide(self.nuclide) if self.nuclide else None, stage=self.stage,
                          territory=self.territory, licensor_country=self.licensor_country,
                          deal_type=self.deal_type, year_from=self.year_from, year_to=self.year_to)


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
    document: str  # the first article reporting it
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
    deals: list[CompDeal] = field(default_factory=list)  # one page of the matching deals, oldest first
    offset: int = 0

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


def comps(store: Any, filters: CompsFilter | None = None, limit: int = 100, offset: int = 0) -> CompsResult:
    """Comparable deals in the store matching `filters`: statistics over all, deals from `offset`."""
    filters = filters or CompsFilter()
    wanted = filters.deal_filter()
    with store.reading():  # the statistics and the page from one snapshot
        summary = store.deal_figure_summary(wanted)
        rows = store.deal_figures(wanted) if summary is None else None
        figures = headline_figures(rows) if rows is not None else None
        page = store.deals(wanted, sort="announced", order="asc", limit=limit, offset=offset, detail=True,
                           total=len(rows) if rows is not None else summary.count)
    deals = [comp_deal(deal) for deal in page.items]
    return summarise(*figures, deals, filters, offset) if figures is not None else from_summary(summary, deals, filters, offset)


def from_summary(summary: Any, deals: list[CompDeal], filters: CompsFilter, offset: int = 0) -> CompsResult:
    """The result from the spread the database computed (store.deal_figure_summary)."""
    def quartiles(spread: Any) -> Quartiles | None:
        return Quartiles(spread.n, *spread.quartiles) if spread.quartiles else None
    return CompsResult(
        filters=filters, count=summary.count, n_upfront_disclosed=summary.upfront.n, n_total_disclosed=summary.total.n,
        upfront=quartiles(summary.upfront), total=quartiles(summary.total), upfront_share_median=summary.share_median,
        n_upfront_share=summary.shares, deals=deals, offset=offset,
    )


def headline(upfront: float | None, milestones: float | None, total: float | None) -> tuple[float | None, float | None]:
    """(upfront, total); a total not stated is upfront + milestones when both are."""
    if total is None and upfront is not None and milestones is not None:
        total = upfront + milestones
    return upfront, total


def headline_figures(rows: Sequence[tuple[float | None, float | None, float | None]]) -> tuple[np.ndarray, np.ndarray]:
    """Per deal (rows of upfront, milestones, total), the upfront and the headline total as `headline`
    gives them, NaN where not disclosed: tens of thousands of deals in a few array operations."""
    upfront, milestones, total = np.array(rows, dtype=float).reshape(-1, 3).T
    return upfront, np.where(np.isnan(total), upfront + milestones, total)


def upfront_shares(upfront: np.ndarray, total: np.ndarray) -> np.ndarray:
    """Upfront / total of the deals whose upfront is positive and at most their total."""
    keep = (upfront > 0) & (upfront <= total)  # NaN on either side compares false
    return upfront[keep] / total[keep]


def summarise(upfront: np.ndarray, total: np.ndarray, deals: list[CompDeal],
              filters: CompsFilter | None = None, offset: int = 0) -> CompsResult:
    upfronts = upfront[~np.isnan(upfront)].tolist()
    totals = total[~np.isnan(total)].tolist()
    shares = upfront_shares(upfront, total)
    return CompsResult(
        filters=filters or CompsFilter(), count=len(upfront),
        n_upfront_disclosed=len(upfronts), n_total_disclosed=len(totals),
        upfront=_quartiles(upfronts), total=_quartiles(totals),
        upfront_share_median=float(np.median(shares)) if len(shares) else None, n_upfront_share=len(shares),
        deals=deals, offset=offset,
    )


def comp_deal(deal: DealEntity) -> CompDeal:
    upfront, milestones, total = usd_of(deal.upfront), usd_of(deal.milestones), usd_of(deal.total)
    upfront, headline_total = headline(upfront, milestones, total)
    return CompDeal(
        id=deal.id, licensor=deal.licensor, licensee=deal.licensee, asset=deal.asset, deal_type=deal.deal_type,
        territory=deal.territory, upfront_usd=upfront, total_usd=headline_total,
        total_derived=total is None and headline_total is not None, announced=deal.announced,
        document=deal.sources[0].document if deal.sources else "", licensor_country=deal.licensor_country,
        modality=deal.modality, target=deal.target, nuclide=deal.nuclide, stage=deal.stage,
    )


def _quartiles(values: list[float]) -> Quartiles | None:
    if not values:
        return None
    q1, median, q3 = (float(q) for q in np.percentile(np.asarray(values, dtype=float), [25.0, 50.0, 75.0]))
    return Quartiles(len(values), q1, median, q3)
