"""Sorted pages of deal and asset entities: empty values last in either direction, ties by id, and
the pages, read one after another, give every matching entity once in the same order as one long page."""
from __future__ import annotations

import pytest

from pharmalens.model.filters import AssetFilter, DealFilter
from pharmalens.store import Store

from .knowledge_bundles import article, drug, licence
from .statements import sqlite_plans, statements

# (asset, announced, upfront in US$m): some deals without a date, some without an upfront
DEALS = [("ZX-11", "2026-02-14", "12"), ("ZX-12", None, "40"), ("ZX-13", "2025-11-03", None),
         ("ZX-14", "2026-02-14", "7"), ("ZX-15", None, None), ("ZX-16", "2024-06-30", "95"),
         ("赤霞-17", "2026-05-01", "3")]


def fill(store: Store) -> None:
    for n, (asset, announced, upfront) in enumerate(DEALS):
        text = (f"Wenling Nuclear licensed {asset} to Pinecrest Bio for US${upfront or 'undisclosed'} upfront "
                f"(item {n}).")
        part = f"licensed {asset}"
        deal = licence(text, part, asset=asset, upfront=upfront, licensor="Wenling Nuclear", announced=announced)
        store.save(article(f"wenling-{n}.txt#1", text, [deal, drug(text, part, name=asset, stage=None if n % 3 else "phase2")]))


@pytest.mark.parametrize("sort", ["announced", "upfront", "asset"])
@pytest.mark.parametrize("order", ["asc", "desc"])
def test_deal_pages_put_empty_values_last_and_join_up(store: Store, sort: str, order: str) -> None:
    fill(store)
    whole = store.deals(sort=sort, order=order, limit=100)
    assert whole.total == len(DEALS) == len(whole.items)
    key = {"announced": lambda d: d.announced, "upfront": lambda d: d.upfront and d.upfront.amount,
           "asset": lambda d: d.asset}[sort]
    values = [key(d) for d in whole.items]
    known = [v for v in values if v is not None]
    assert values == known + [None] * (len(values) - len(known))
    assert known == sorted(known, reverse=order == "desc")
    for size in (1, 2, 3, 5):
        pages = [store.deals(sort=sort, order=order, limit=size, offset=start) for start in range(0, 9, size)]
        assert [d.id for p in pages for d in p.items] == [d.id for d in whole.items]
        assert {p.total for p in pages} == {len(DEALS)}


def test_pages_read_together_are_the_pages_read_apart(store: Store) -> None:
    """A table's page and its largest deals come from one read: the same pages, sources and totals as
    reading each alone, a deal on two of the pages included."""
    fill(store)
    wanted = [("announced", "desc", 3, 1), ("upfront", "desc", 2, 0), ("asset", "asc", 100, 5)]
    for filters in (None, DealFilter(licensor="Wenling Nuclear"), DealFilter(stage="phase2")):
        together = store.deal_pages(filters, wanted, detail=True)
        apart = [store.deals(filters, sort=s, order=o, limit=n, offset=at, detail=True) for s, o, n, at in wanted]
        assert together == apart
    assert [d.sources for d in together[0].items] and all(d.sources for d in together[0].items)


def test_asset_pages_put_empty_stages_last(store: Store) -> None:
    fill(store)
    whole = store.assets(sort="stage", order="desc", limit=100)
    stages = [a.stage for a in whole.items]
    staged = sum(1 for n in range(len(DEALS)) if n % 3 == 0)
    assert stages == ["phase2"] * staged + [None] * (len(DEALS) - staged)
    paged = [a.id for start in range(0, 8, 2) for a in store.assets(sort="stage", order="desc", limit=2,
                                                                     offset=start).items]
    assert paged == [a.id for a in whole.items]


def test_a_companys_assets_come_in_name_order_from_an_index(store: Store, url: str) -> None:
    """A dossier's assets section: the company's assets by name, a page at a time, read in index order
    (no sort of every asset the company has)."""
    fill(store)
    whole = store.assets(AssetFilter(company="Orion Isotopes"), limit=100)
    assert [a.name for a in whole.items] == sorted((a.name for a in whole.items), key=str.casefold)
    with statements() as seen:
        page = store.assets(AssetFilter(company="Orion Isotopes"), limit=2, offset=1)
    assert [a.id for a in page.items] == [a.id for a in whole.items[1:3]] and page.total == whole.total == len(DEALS)
    if not url.startswith("sqlite"):
        return  # PostgreSQL picks its plan by cost; on a few rows a sort is cheapest
    plan, = sqlite_plans(url, [next((s, p) for s, p in seen if "ORDER BY assets.name_folded" in s)])
    assert not any("TEMP B-TREE" in row for row in plan), plan


def test_the_largest_deals_and_every_deals_figures_come_from_a_narrow_index(store: Store, url: str) -> None:
    """A deal list's chart (its largest deals by headline value) is read in the order of the headline
    value's own index, and its quartiles (every deal's figures) from the figures' index, not from the
    deal rows with their JSON columns."""
    fill(store)
    with statements() as seen:
        largest = store.deals(sort="value", order="desc", limit=3, detail=True)
        tail = store.deals(sort="value", order="desc", limit=3, offset=4)
        figures = store.deal_figures()
    assert [d.asset for d in largest.items] == ["ZX-16", "ZX-12", "ZX-11"] and largest.total == len(DEALS)
    assert all(d.sources for d in largest.items)
    assert [d.asset for d in tail.items][0] == "赤霞-17" and [d.upfront for d in tail.items[1:]] == [None, None]
    assert sorted(u for u, _m, _t in figures if u is not None) == [3.0, 7.0, 12.0, 40.0, 95.0]
    if not url.startswith("sqlite"):
        return  # PostgreSQL picks its plan by cost; on a few rows a scan is cheapest
    reads = [(s, p) for s, p in seen if "ORDER BY coalesce" in s and "LIMIT" in s]
    reads.append(next((s, p) for s, p in seen if s.startswith("SELECT deals.upfront_usd, deals.milestones_usd")))
    plans = sqlite_plans(url, reads)
    assert len(plans) == 3
    for plan in plans[:2]:
        assert any("INDEX ix_deals_value" in str(row) for row in plan), plan
        assert not any("TEMP B-TREE FOR ORDER BY" in str(row) for row in plan), plan
    assert any("COVERING INDEX ix_deals_upfront_milestones_total_id" in str(row) for row in plans[2]), plans[2]


def test_money_per_month_is_summed_in_the_order_of_the_months_index(store: Store, url: str) -> None:
    """The dashboard's money per announcement month (a deal that states no date counts in its
    article's month): a month of undisclosed upfronts is kept with no sum (not zero), and on SQLite
    the months are grouped in the order of their index."""
    fill(store)
    with statements() as seen:
        months = store.deal_money_by_month()
    assert months == [("2024-06", None, 95.0), ("2025-11", None, None), ("2026-02", None, 19.0),
                      ("2026-03", None, 40.0), ("2026-05", None, 3.0)]
    if not url.startswith("sqlite"):
        return
    plan, = sqlite_plans(url, [next((s, p) for s, p in seen if "GROUP BY" in s)])
    assert any("ix_deals_month_figures" in row for row in plan) and not any("TEMP B-TREE" in row for row in plan), plan
