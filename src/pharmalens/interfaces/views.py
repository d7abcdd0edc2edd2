"""What the deal, asset and landscape pages show, shaped from the store's entities (one row per real
deal or asset across documents). No HTTP here: `web.py` renders these, `?format=json|csv|xlsx`
serves them as data.

An entity is shown as a fact-like row ({"licensor", ..., "document", "id"}) whose `sources` are the
facts behind it; a cell links to the source whose quote states that cell's value.
"""
from __future__ import annotations

from collections import Counter, defaultdict
from dataclasses import dataclass, field, fields
from typing import Any

import numpy as np

from ..analysis.landscape import STAGE_ORDER
from ..analysis.money import usd_millions
from ..model.filters import AssetFilter, DealFilter
from ..resolve.countries import company_country
from ..store import Store

ENTITY_LIMIT = 10_000
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
        def year(date: str | None) -> int | None:
            return int(date[:4]) if date and date[:4].isdigit() else None

        return DealFilter(company=self.company, asset=self.asset, deal_type=self.deal_type, nuclide=self.nuclide,
                          target=self.target, modality=self.modality, stage=self.stage,
                          licensor_country=self.licensor_country, year_from=year(self.date_from),
                          year_to=year(self.date_to))

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
    query: DealQuery
    rows: list[Row] = field(default_factory=list)
    upfront: Spread = field(default_factory=lambda: Spread(0, 0))
    total: Spread = field(default_factory=lambda: Spread(0, 0))
    upfront_share: float | None = None


def entity_row(entity: Any, keys: tuple[str, ...]) -> Row:
    """An entity as a fact-like row with its sources; `document`/`id` name the first source."""
    data = entity.to_json()
    row: Row = {key: data.get(key) for key in keys}
    row["id"] = entity.id
    row["aliases"] = data.get("aliases") or []
    row["sources"] = [{"fact": s.fact, "document": s.document, "quote": s.quote} for s in entity.sources]
    first = entity.sources[0] if entity.sources else None
    row["document"], row["fact"] = (first.document, first.fact) if first else ("", None)
    row["evidence"] = [{"quote": s.quote} for s in entity.sources]
    return row


def deals_view(store: Store, query: DealQuery, sort: str = "announced", order: str = "desc",
               limit: int = ENTITY_LIMIT) -> DealsView:
    """The first `limit` deals matching `query`, sorted (money columns by their US-dollar figure), with
    the quartiles of their upfronts and totals."""
    page = store.deals(query.store_filter(), sort=sort, order=order, limit=limit, detail=True)
    rows = [entity_row(d, DEAL_KEYS) for d in page.items]
    rows = [r for r in rows if _in_dates(r.get("announced"), query) and _licensee_ok(r, query)]
    for row in rows:
        for key in ("upfront", "milestones", "total"):
            row[f"{key}_usd"] = usd_millions(row.get(key), row.get("announced"))
        if row["total_usd"] is None and row["upfront_usd"] is not None and row["milestones_usd"] is not None:
            row["total_usd"] = row["upfront_usd"] + row["milestones_usd"]
    view = DealsView(query, rows, spread([r["upfront_usd"] for r in rows]), spread([r["total_usd"] for r in rows]))
    shares = [r["upfront_usd"] / r["total_usd"] for r in rows
              if r["upfront_usd"] is not None and r["total_usd"] and 0 < r["upfront_usd"] <= r["total_usd"]]
    view.upfront_share = float(np.median(shares)) if shares else None
    return view


def _in_dates(announced: str | None, query: DealQuery) -> bool:
    if not query.date_from and not query.date_to:
        return True
    if not announced:
        return False
    if query.date_from and announced[:len(query.date_from)] < query.date_from[:len(announced)]:
        return False
    return not (query.date_to and announced[:len(query.date_to)] > query.date_to[:len(announced)])


def _licensee_ok(row: Row, query: DealQuery) -> bool:
    if not query.licensee_country:
        return True
    return (company_country(row.get("licensee")) or "").upper() == query.licensee_country.strip().upper()


def spread(values: list[float | None]) -> Spread:
    """Quartiles of the disclosed values; undisclosed ones counted apart, never as zero."""
    known = [v for v in values if v is not None]
    if not known:
        return Spread(0, len(values))
    q1, median, q3 = (float(q) for q in np.percentile(np.asarray(known, dtype=float), [25.0, 50.0, 75.0]))
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


def asset_rows(store: Store, query: AssetQuery) -> list[Row]:
    found = store.assets(AssetFilter(**query.active()), sort="asset", limit=ENTITY_LIMIT, detail=True)
    return [entity_row(a, ASSET_KEYS) for a in found.items]


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
    crowding: list[dict[str, Any]]  # per target: assets, companies, by stage


def landscape(rows: list[Row]) -> Landscape:
    """Assets on a grid: one line per target × modality × nuclide, one column per stage; an asset with
    two targets is on two lines. Crowding counts distinct assets and owners per target."""
    grid: dict[tuple[str, str, str], dict[str, list[Row]]] = defaultdict(lambda: defaultdict(list))
    owners: dict[str, set[str]] = defaultdict(set)
    assets: dict[str, set[str]] = defaultdict(set)
    by_stage: dict[str, Counter[str]] = defaultdict(Counter)
    for row in rows:
        stage = row.get("stage") or "-"
        for target in row.get("target") or ["-"]:
            grid[(target, row.get("modality") or "-", row.get("nuclide") or "-")][stage].append(row)
            assets[target].add(str(row.get("asset")))
            by_stage[target][stage] += 1
            if row.get("company"):
                owners[target].add(row["company"])
    stages = [s for s in [*STAGE_ORDER, "-"] if any(s in cells for cells in grid.values())]
    lines = [GridRow(t, m, n, dict(cells)) for (t, m, n), cells in
             sorted(grid.items(), key=lambda kv: (kv[0][0] == "-", kv[0][0].casefold(), kv[0][1], kv[0][2]))]
    crowding = [{"target": t, "assets": len(assets[t]), "companies": len(owners[t]),
                 "by_stage": {s: by_stage[t][s] for s in stages if by_stage[t][s]}}
                for t in sorted(assets, key=lambda t: (-len(assets[t]), t.casefold()))]
    return Landscape(stages, lines, crowding)


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
