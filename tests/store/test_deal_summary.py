"""The spread of the deals' figures computed by the database equals the one numpy gives from every
deal's figures: PostgreSQL's aggregates under any filter, SQLite's values at ranks for every deal
(under a filter SQLite leaves it to the caller)."""
from __future__ import annotations

import dataclasses
from decimal import Decimal

import numpy as np
import pytest
import sqlalchemy as sa

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


def fill_at_random(store: Store, seed: int, n: int) -> None:
    """`n` deals with figures drawn at random, ties and missing figures included."""
    rng = np.random.default_rng(seed)
    for i in range(n):
        picks = [str(rng.choice([1, 5, 5, 20, 75, 300, 1200])) if rng.random() < 0.7 else None for _ in range(3)]
        asset = f"RZ-{seed}{i:03d}"
        text = f"Orlen Bio licensed {asset} to Basalt Bio (deal {i})."
        deal = licence(text, f"licensed {asset}", asset=asset, upfront=picks[0], licensor="Orlen Bio")
        deal = dataclasses.replace(deal, milestones=Money(Decimal(picks[1]), "USD") if picks[1] else None,
                                   total=Money(Decimal(picks[2]), "USD") if picks[2] else None)
        store.save(article(f"orlen-{seed}-{i}.txt#1", text, [deal, drug(text, f"licensed {asset}", name=asset)]))


def assert_numpys(store: Store, count: int) -> None:
    summary = store.deal_figure_summary(DealFilter())
    upfront, total = headline_figures(store.deal_figures(DealFilter()))
    known_up, known_total = upfront[~np.isnan(upfront)], total[~np.isnan(total)]
    shares = upfront_shares(upfront, total)
    assert summary.count == count
    assert (summary.upfront.n, summary.total.n, summary.shares) == (len(known_up), len(known_total), len(shares))
    assert summary.upfront.quartiles == pytest.approx(tuple(np.percentile(known_up, [25, 50, 75])))
    assert summary.total.quartiles == pytest.approx(tuple(np.percentile(known_total, [25, 50, 75])))
    assert summary.share_median == pytest.approx(float(np.median(shares)))


def test_the_databases_spread_is_numpys(store: Store, url: str) -> None:
    fill(store)
    assert_numpys(store, len(FIGURES))
    filtered = store.deal_figure_summary(DealFilter(licensor="Nobody Bio"))
    assert filtered is None if url.startswith("sqlite") else filtered.upfront.quartiles is None


@pytest.mark.parametrize("seed", [3, 11])
def test_the_spread_read_at_ranks_is_numpys_for_figures_drawn_at_random(store: Store, seed: int) -> None:
    fill_at_random(store, seed, 23)
    assert_numpys(store, 23)


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


def test_comps_under_an_asset_filter_count_the_matching_deals_once(store: Store, url: str) -> None:
    """Deals filtered through their asset's nuclide: the count is the deals that match, and it comes
    from the figures or the summary already read, not from another count of the same deals."""
    fill(store)  # ten deals of Lu-177 assets
    for n, upfront in enumerate(("6", None, "31")):
        asset = f"VX-{n + 40}"
        text = f"Harrow Isotopes licensed {asset} to Pinecrest Bio (lot {n})."
        store.save(article(f"harrow-{n}.txt#1", text, [
            licence(text, f"licensed {asset}", asset=asset, upfront=upfront, licensor="Harrow Isotopes"),
            drug(text, f"licensed {asset}", name=asset, nuclide="Ac-225")]))
    seen: list[str] = []

    def count(_conn, _cursor, statement, *_args) -> None:
        seen.append(statement.lower())
    sa.event.listen(sa.engine.Engine, "before_cursor_execute", count)
    try:
        actinium = comps(store, CompsFilter(nuclide="Ac-225"))
    finally:
        sa.event.remove(sa.engine.Engine, "before_cursor_execute", count)
    assert actinium.count == len(actinium.deals) == 3 and actinium.n_upfront_disclosed == 2
    assert {d.asset for d in actinium.deals} == {"VX-40", "VX-41", "VX-42"}
    assert sum("count(" in statement for statement in seen) == (0 if url.startswith("sqlite") else 1)
    lutetium = comps(store, CompsFilter(nuclide="Lu-177"), limit=4)
    assert lutetium.count == len(FIGURES) and len(lutetium.deals) == 4
