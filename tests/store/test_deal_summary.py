"""The spread of the deals' figures computed by PostgreSQL equals the one numpy gives from every
deal's figures; SQLite leaves it to the caller."""
from __future__ import annotations

import dataclasses
from decimal import Decimal

import numpy as np
import pytest

from pharmalens.analysis.comps import CompsFilter, comps, headline_figures, summarise, upfront_shares
from pharmalens.model.filters import DealFilter
from pharmalens.model.records import Money
from pharmalens.store import Store

from .knowledge_bundles import article, drug, licence

# (upfront, milestones, total) in USD millions: stated totals, totals from upfront + milestones, none
FIGURES = [("12", "88", None), ("40", None, "600"), (None, None, "75"), ("3", "30", None), ("95", "905", "1200"),
           (None, None, None), ("7", None, None), ("250", "50", "200"), ("18", "2", None), ("0.5", None, "9")]


def fill(store: Store) -> None:
    for n, (upfront, milestones, total) in enumerate(FIGURES):
        asset = f"KQ-{n + 10}"
        text = f"Tamsin Bio licensed {asset} to Pinecrest Bio (item {n})."
        deal = licence(text, f"licensed {asset}", asset=asset, upfront=upfront, licensor="Tamsin Bio")
        deal = dataclasses.replace(deal, milestones=Money(Decimal(milestones), "USD") if milestones else None,
                                   total=Money(Decimal(total), "USD") if total else None)
        store.save(article(f"tamsin-{n}.txt#1", text, [deal, drug(text, f"licensed {asset}", name=asset)]))


def test_the_databases_spread_is_numpys(store: Store, url: str) -> None:
    fill(store)
    summary = store.deal_figure_summary(DealFilter())
    if url.startswith("sqlite"):
        assert summary is None
        return
    upfront, total = headline_figures(store.deal_figures(DealFilter()))
    known_up, known_total = upfront[~np.isnan(upfront)], total[~np.isnan(total)]
    shares = upfront_shares(upfront, total)
    assert summary.count == len(FIGURES)
    assert (summary.upfront.n, summary.total.n, summary.shares) == (len(known_up), len(known_total), len(shares))
    assert summary.upfront.quartiles == pytest.approx(tuple(np.percentile(known_up, [25, 50, 75])))
    assert summary.total.quartiles == pytest.approx(tuple(np.percentile(known_total, [25, 50, 75])))
    assert summary.share_median == pytest.approx(float(np.median(shares)))
    assert store.deal_figure_summary(DealFilter(licensor="Nobody Bio")).upfront.quartiles is None


def test_comps_are_the_same_from_the_database_or_from_the_figures(store: Store) -> None:
    fill(store)
    result = comps(store, CompsFilter())
    from_figures = summarise(*headline_figures(store.deal_figures(DealFilter())), result.deals)
    assert result.count == from_figures.count == len(FIGURES)
    assert (result.n_upfront_disclosed, result.n_total_disclosed, result.n_upfront_share) == (
        from_figures.n_upfront_disclosed, from_figures.n_total_disclosed, from_figures.n_upfront_share)
    for mine, theirs in ((result.upfront, from_figures.upfront), (result.total, from_figures.total)):
        assert (mine.count, mine.q1, mine.median, mine.q3) == pytest.approx((theirs.count, theirs.q1, theirs.median, theirs.q3))
    assert result.upfront_share_median == pytest.approx(from_figures.upfront_share_median)
