"""The spread of the matching deals' figures computed by the database where it can: PostgreSQL's
percentile_cont is the same linear interpolation as numpy's default percentile, so the quartiles of
tens of thousands of deals come back as one row instead of every deal's figures."""
from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import and_, func
from sqlalchemy.dialects.postgresql import array
from sqlalchemy.orm import Session

from ..model.filters import DealFilter
from .entity_queries import deal_query
from .schema import DEAL_TOTAL, DealRow
from .sql import dialect

QUARTILES = (0.25, 0.5, 0.75)


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
    """The summary from the database, or None where it has no ordered-set aggregates (SQLite): the
    caller then reads the figures and summarises them itself."""
    if dialect(session) != "postgresql":
        return None
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
