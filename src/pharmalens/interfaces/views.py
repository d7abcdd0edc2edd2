"""What the deal, asset and landscape pages show, shaped from the store's entities (one row per real
deal or asset across documents). No HTTP here: `web.py` renders these, `?format=json|csv|xlsx`
serves them as data.

An entity is shown as a fact-like row ({"licensor", ..., "document", "id"}) whose `sources` are the
facts behind it; a cell links to the source whose quote states that cell's value.
"""
from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field, fields
from typing import Any

import numpy as np

from ..analysis.comps import headline_figures, upfront_shares
from ..analysis.landscape import STAGE_ORDER
from ..analysis.money import usd_millions
from ..model.filters import AssetFilter, DealFilter
from ..store import Store

PAGE = 100
DOWNLOAD_LIMIT = 10_000  # rows of a CSV or XLSX download: every match, not a page
DEAL_SORTS = ("announced", "licensor", "licensee", "asset", "deal_type", "upfront", "milestones", "total")
DEAL_KEYS = ("announced", "licensor", "licensee", "asset", "deal_type", "territory", "upfront", "milestones", "total")
ASSET_KEYS = ("asset", "company", "modality", "target", "nuclide", "indication", "stage")
Row = dict[str, Any]


@dataclass(frozen=True)
class DealQuery:
    """The deal page's filters; every field optional."""

    deal_type: str | None = None
    company: str | None = None
    asset: str | None = None
    nuclide: str | None = None
    target: str | None = None
    modality: str | None = None
    stage: str | None = None
    date_from: str | None = None  # YYYY, YYYY-MM or YYYY-MM-DD, inclusive
    date_to: str | None = None
    licensee_country: str | None = None  # ISO code
    licensor_country: str | None = None

    def store_filter(self) -> DealFilter:
        return DealFilter(company=self.company, asset=self.asset, deal_type=self.deal_type, nuclide=self.nuclide,
                          target=self.target, modality=self.modality, stage=self.stage,
                          licensor_country=self.licensor_country, licensee_country=self.licensee_country,
                          date_from=self.date_from, date_to=self.date_to)

    def active(self) -> dict[str, str]:
        return {f.name: getattr(self, f.name) for f in fields(self) if getattr(self, f.name)}


@dataclass(frozen=True)
class Spread:
    disclosed: int
    undisclosed: int
    q1: float | None = None
    median: float | None = None
    q3: float | None = None


@dataclass
class DealsView:
    """One page of deals (`rows`, `count` in all), the quartiles of every matching deal's upfront and
    total, and the largest deals for the chart."""

    query: DealQuery
    rows: list[Row] = field(default_factory=list)
    count: int = 0
    limit: int = PAGE
    offset: int = 0
    upfront: Spread = field(default_factory=lambda: Spread(0, 0))
    total: Spread = field(default_factory=lambda: Spread(0, 0))
    upfront_share: float | None = None
    largest: list[Row] = field(default_factory=list)


def entity_row(entity: Any, keys: tuple[str, ...]) -> Row:
    """An entity as a fact-like row with its sources; `document`/`id` name the first source."""
    data = entity.to_json(detail=False)
    row: Row = {key: data.get(key) for key in keys}
    row["id"] = entity.id
    row["aliases"] = data.get("aliases") or []
    row["sources"] = [{"fact": s.fact, "document": s.document, "quote": s.quote} for s in entity.sources]
    first = entity.sources[0] if entity.sources else None
    row["document"], row["fact"] = (first.document, first.fact) if first else ("", None)
    row["evidence"] = [{"quote": s.quote} for s in entity.sources]
    return row


def deal_rows(store: Store, query: DealQuery, sort: str = "announced", order: str = "desc", limit: int = PAGE,
              offset: int = 0) -> tuple[list[Row], int]:
    """A page of the deals matching `query` (filtered and sorted in SQL, money columns by their US-dollar
    figure) as rows with their US-dollar figures, and how many match in all."""
    page = store.deals(query.store_filter(), sort=sort, order=order, limit=limit, offset=offset, detail=True)
    return _deal_rows(page.items), page.total


def _deal_rows(deals: Iterable[Any]) -> list[Row]:
    rows = [entity_row(d, DEAL_KEYS) for d in deals]
    for row in rows:
        for key in ("upfront", "milestones", "total"):
            row[f"{key}_usd"] = usd_millions(row.get(key), row.get("announced"))
        if row["total_usd"] is None and row["upfront_usd"] is not None and row["milestones_usd"] is not None:
            row["total_usd"] = row["upfront_usd"] + row["milestones_usd"]
    return rows


def deals_view(store: Store, query: DealQuery, sort: str = "announced", order: str = "desc", limit: int = PAGE,
               offset: int = 0, largest: int = 0) -> DealsView:
    """A page of deals, the quartiles of the upfronts and totals of every matching deal (three columns
    of each, read in SQL), and the `largest` deals by total."""
    wanted = [(sort, order, limit, offset)] + ([("value", "desc", largest, 0)] if largest else [])
    with store.reading():  # the spread, the count and the pages from one snapshot
        summary = store.deal_figure_summary(query.store_filter())
        figures = store.deal_figures(query.store_filter()) if summary is None else []
        # the matching deals are counted by the summary or were all just read: the pages need no count
        pages = store.deal_pages(query.store_filter(), wanted, detail=True,
                                 total=summary.count if summary is not None else len(figures))
    rows, count = _deal_rows(pages[0].items), pages[0].total
    top = _deal_rows(pages[1].items) if largest else []
    if summary is not None:  # computed by the database
        return DealsView(query, rows, count, limit, offset, _spread_of(summary.upfront, summary.count),
                         _spread_of(summary.total, summary.count), summary.share_median, top)
    upfronts, totals = headline_figures(figures)
    shares = upfront_shares(upfronts, totals)
    return DealsView(query, rows, count, limit, offset, spread(upfronts), spread(totals),
                     float(np.median(shares)) if len(shares) else None, top)


def _spread_of(figure: Any, count: int) -> Spread:
    return Spread(figure.n, count - figure.n, *figure.quartiles) if figure.quartiles else Spread(0, count)


def spread(values: np.ndarray) -> Spread:
    """Quartiles of the disclosed values (NaN: not disclosed, counted apart, never as zero)."""
    known = values[~np.isnan(values)]
    if not len(known):
        return Spread(0, len(values))
    q1, median, q3 = (float(q) for q in np.percentile(known, [25.0, 50.0, 75.0]))
    return Spread(len(known), len(values) - len(known), q1, median, q3)


# ---- assets and landscape ------------------------------------------------------------------------

@dataclass(frozen=True)
class AssetQuery:
    company: str | None = None
    asset: str | None = None
    target: str | None = None
    modality: str | None = None
    nuclide: str | None = None
    stage: str | None = None

    def active(self) -> dict[str, str]:
        return {f.name: getattr(self, f.name) for f in fields(self) if getattr(self, f.name)}


def asset_rows(store: Store, query: AssetQuery, limit: int = PAGE, offset: int = 0) -> tuple[list[Row], int]:
    """A page of the assets matching `query` (filtered in SQL, by name) as rows, and how many match."""
    found = store.assets(AssetFilter(**query.active()), sort="asset", limit=limit, offset=offset, detail=True)
    return [entity_row(a, ASSET_KEYS) for a in found.items], found.total


@dataclass
class GridRow:
    target: str
    modality: str
    nuclide: str
    cells: dict[str, list[Row]]  # stage -> assets

    @property
    def n_assets(self) -> int:
        return sum(len(v) for v in self.cells.values())


@dataclass
class Landscape:
    stages: list[str]
    rows: list[GridRow]
    crowding: list[dict[str, Any]]  # per target of the page: assets, companies, by stage (all matching)
    total: int = 0  # (target, asset) places on the whole grid
    limit: int = PAGE
    offset: int = 0


def landscape(store: Store, query: AssetQuery, limit: int = PAGE, offset: int = 0,
              every_source: bool = True) -> Landscape:
    """A page of the grid: one line per target × modality × nuclide, one column per stage, an asset
    with two targets on two lines; crowding (distinct assets and owners) of the page's targets counted
    over every matching asset. Read a page at a time, filters in SQL. A cell links to its asset's first
    source; without `every_source` only that one is read (the JSON of the grid lists them all)."""
    wanted = AssetFilter(**query.active())
    page = store.landscape_grid(wanted, limit=limit, offset=offset, first_source=not every_source)
    grid: dict[tuple[str, str, str], dict[str, list[Row]]] = defaultdict(lambda: defaultdict(list))
    for entry in page.items:
        row = entity_row(entry.asset, ASSET_KEYS)
        asset = entry.asset
        grid[(entry.target, asset.modality or "-", asset.nuclide or "-")][asset.stage or "-"].append(row)
    stages = [s for s in [*STAGE_ORDER, "-"] if any(s in cells for cells in grid.values())]
    lines = [GridRow(t, m, n, dict(cells)) for (t, m, n), cells in grid.items()]
    targets = list(dict.fromkeys(line.target for line in lines))
    crowding = sorted((c.to_json() for c in store.target_crowding(wanted, targets)),
                      key=lambda c: (-c["assets"], c["target"].casefold()))
    return Landscape(stages, lines, crowding, page.total, limit, offset)


def flat_landscape(view: Landscape) -> list[Row]:
    """The grid as one line per asset in a cell, for CSV and XLSX."""
    out = []
    for line in view.rows:
        for stage in view.stages:
            for asset in line.cells.get(stage, []):
                out.append({"target": line.target, "modality": line.modality, "nuclide": line.nuclide,
                            "stage": stage, "asset": asset.get("asset"), "company": asset.get("company"),
                            "document": asset.get("document")})
    return out
