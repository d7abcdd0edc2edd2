"""The spread of the matching deals' figures computed by the database where it can: PostgreSQL's
percentile_cont is the same linear interpolation as numpy's default percentile, so the quartiles of
tens of thousands of deals come back as one row instead of every deal's figures. SQLite has no such
aggregate; for every deal (no filter) it reads the values at the quartiles' ranks from the indexes of
the upfronts, headline totals and upfront shares, a count and two rows per quartile."""
from __future__ import annotations

from dataclasses import dataclass

import math

from sqlalchemy import and_, func, select, text
from sqlalchemy.dialects.postgresql import array
from sqlalchemy.orm import Session

from ..model.filters import DealFilter
from .entity_queries import deal_query
from .schema import DEAL_TOTAL, DealRow
from .sql import dialect, run

QUARTILES = (0.25, 0.5, 0.75)
_TOTAL_SQL = "coalesce(total_usd, upfront_usd + milestones_usd)"  # DEAL_TOTAL as the indexes write it


@dataclass(frozen=True)
class FigureSpread:
    """How many deals state a figure, and its quartiles (none when no deal states it)."""
    n: int
    quartiles: tuple[float, float, float] | None


@dataclass(frozen=True)
class DealFigureSummary:
    count: int  # the matching deals, with or without figures
    upfront: FigureSpread  # in USD millions
    total: FigureSpread  # the headline total: stated, else upfront + milestones
    shares: int  # deals whose upfront is positive and at most their total
    share_median: float | None  # the median of those deals' upfront / total


def read_summary(session: Session, filters: DealFilter) -> DealFigureSummary | None:
    """The summary from the database, or None where it cannot (SQLite under a filter): the caller then
    reads the figures and summarises them itself."""
    if dialect(session) != "postgresql":
        return _ranked_summary(session) if filters == DealFilter() else None
    upfront, shared = DealRow.upfront_usd, and_(DealRow.upfront_usd > 0, DealRow.upfront_usd <= DEAL_TOTAL)
    quartiles = array(QUARTILES)
    row = session.execute(deal_query(session, filters).with_only_columns(
        func.count(), func.count(upfront), func.percentile_cont(quartiles).within_group(upfront),
        func.count(DEAL_TOTAL), func.percentile_cont(quartiles).within_group(DEAL_TOTAL),
        func.count().filter(shared), func.percentile_cont(0.5).within_group(upfront / DEAL_TOTAL).filter(shared),
    )).one()
    count, n_up, q_up, n_total, q_total, n_share, share = row
    return DealFigureSummary(int(count), _spread(n_up, q_up), _spread(n_total, q_total), int(n_share),
                             float(share) if share is not None else None)


def _spread(n: int, quartiles: list[float] | None) -> FigureSpread:
    return FigureSpread(int(n), tuple(float(q) for q in quartiles) if n and quartiles else None)


# Each figure SQLite reads at ranks: the partial index holding exactly the deals that state it, its
# expression and condition as the index writes them (the planner takes a partial index only when told).
_RANKED = {
    "upfront": ("ix_deals_upfront_usd", "upfront_usd", "upfront_usd IS NOT NULL"),
    "total": ("ix_deals_total", _TOTAL_SQL, f"{_TOTAL_SQL} IS NOT NULL"),
    "share": ("ix_deals_upfront_share", f"upfront_usd / {_TOTAL_SQL}", f"upfront_usd > 0 AND upfront_usd <= {_TOTAL_SQL}"),
}


def _ranked_summary(session: Session) -> DealFigureSummary:
    """Every deal's summary from the values at the quartiles' ranks, read in index order."""
    count = run(session, select(func.count()).select_from(DealRow)).scalar() or 0
    upfront, total = (_at_ranks(session, figure, QUARTILES) for figure in ("upfront", "total"))
    n_share, share = _at_ranks(session, "share", (0.5,))
    return DealFigureSummary(count, _spread(*upfront), _spread(*total), n_share, share[0] if share else None)


def _at_ranks(session: Session, figure: str, fractions: tuple[float, ...]) -> tuple[int, list[float] | None]:
    """How many deals state the figure, and numpy's default percentile of it at each fraction (linear
    between the two values around rank q·(n-1)), two values read in index order each."""
    index, value, kept = _RANKED[figure]
    n = run(session, text(f"SELECT count(*) FROM deals INDEXED BY {index} WHERE {kept}")).scalar() or 0
    if not n:
        return 0, None
    ordered = text(f"SELECT {value} FROM deals INDEXED BY {index} WHERE {kept} ORDER BY {value} LIMIT 2 OFFSET :offset")
    results = []
    for fraction in fractions:
        rank = fraction * (n - 1)
        low = math.floor(rank)
        pair = [float(v) for v in run(session, ordered, {"offset": low}).scalars()]
        results.append(pair[0] + (pair[-1] - pair[0]) * (rank - low))
    return n, results
