import math

import pytest
from hypothesis import given
from hypothesis import strategies as st

from pharmalens.analysis.comps import CompsFilter, comps, headline, headline_figures, upfront_shares
from pharmalens.analysis.errors import FilterError


def test_statistics_count_undisclosed_terms_apart(analysis_store):
    result = comps(analysis_store)
    assert result.count == 4
    assert (result.n_upfront_disclosed, result.n_total_disclosed) == (3, 2)
    assert (result.upfront.q1, result.upfront.median, result.upfront.q3) == (15.0, 20.0, 30.0)
    assert result.total.median == 150.0
    assert result.upfront_share_median == pytest.approx(0.1)
    hengrui = next(d for d in result.deals if d.licensor == "Hengrui")
    assert (hengrui.upfront_usd, hengrui.total_usd) == (None, None)


def test_usd_figure_is_used_for_other_currencies(analysis_store):
    newco = comps(analysis_store, CompsFilter(deal_type="newco"))
    assert [(d.asset, d.upfront_usd, d.document) for d in newco.deals] == [("GT-3", 40.0, "c.txt#1")]
    assert newco.total is None and newco.n_total_disclosed == 0


@pytest.mark.parametrize("filters, assets", [
    (CompsFilter(nuclide="225Ac"), ["AB-101"]),
    (CompsFilter(nuclide="Lu177"), ["BT-202"]),
    (CompsFilter(target="psma"), ["AB-101", "BT-202"]),
    (CompsFilter(modality="ADC"), ["GT-3"]),
    (CompsFilter(stage="phase2"), ["BT-202"]),
    (CompsFilter(territory="大中华"), ["BT-202"]),
    (CompsFilter(licensor_country="CN"), ["DP-4"]),
    (CompsFilter(year_from=2025), ["BT-202", "GT-3", "DP-4"]),
    (CompsFilter(year_from=2024, year_to=2024), ["AB-101"]),
    (CompsFilter(target="PSMA", nuclide="Ac-225", stage="phase1"), ["AB-101"]),
])
def test_filters(analysis_store, filters, assets):
    assert [d.asset for d in comps(analysis_store, filters).deals] == assets


def test_deal_is_joined_to_its_asset_by_alias(analysis_store):
    (deal,) = comps(analysis_store, CompsFilter(target="HER2")).deals
    assert (deal.asset, deal.modality, deal.stage) == ("GT-3", "adc", "phase1")


def test_matching_deals_carry_parties_and_sources(analysis_store):
    (deal,) = comps(analysis_store, CompsFilter(nuclide="Ac-225")).deals
    assert (deal.licensor, deal.licensee, deal.upfront_usd, deal.total_usd, deal.announced, deal.document) == (
        "Alpha Bio", "Bigpharma", 10.0, 100.0, "2024-05-10", "a.txt#1")
    assert deal.id.startswith("dea_")


def test_empty_selection_has_no_statistics(analysis_store):
    result = comps(analysis_store, CompsFilter(target="CD19"))
    assert (result.count, result.upfront, result.total, result.upfront_share_median) == (0, None, None, None)


@pytest.mark.parametrize("bad, word", [({"stage": "phase9"}, "stage"), ({"deal_type": "merger"}, "deal type"),
                                       ({"nuclide": "Xx-1"}, "nuclide"), ({"year_from": 2026, "year_to": 2025}, "year")])
def test_bad_filters_are_refused(bad, word):
    with pytest.raises(FilterError, match=word):
        CompsFilter(**bad)


_figure = st.one_of(st.none(), st.floats(min_value=0, max_value=1e5, allow_nan=False))


@given(st.lists(st.tuples(_figure, _figure, _figure), max_size=30))
def test_the_figures_of_many_deals_read_as_each_deal_alone_does(rows) -> None:
    """The array form of the statistics gives, deal by deal, what `headline` gives one deal, and the
    upfront shares of the deals whose upfront is positive and at most their total."""
    upfront, total = headline_figures(rows)
    expected = [headline(*row) for row in rows]
    assert [None if math.isnan(u) else u for u in upfront] == [u for u, _t in expected]
    assert [None if math.isnan(t) else t for t in total] == [t for _u, t in expected]
    shares = [u / t for u, t in expected if u is not None and t and 0 < u <= t]
    assert upfront_shares(upfront, total).tolist() == shares
