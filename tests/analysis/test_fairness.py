import copy
from dataclasses import replace
from pathlib import Path

import numpy as np
import pytest

from pharmalens.analysis.comparables import load_comparables, position
from pharmalens.analysis.deal_spec import RoyaltyTier, deal_terms_from_dict, load_deal_terms
from pharmalens.analysis.errors import SolveError, SpecError
from pharmalens.analysis.fairness import bisect, royalty_per_year, solve_royalty, solve_upfront, value_deal
from pharmalens.analysis.valuation import rnpv_value

EXAMPLES = Path(__file__).resolve().parents[2] / "examples" / "valuation"

ASSET = {
    "name": "two-phase", "current_stage": "phase3", "discount_rate": 0.10,
    "phases": {"phase3": {"probability": 0.5, "years": 1, "cost": 100},
               "nda": {"probability": 0.9, "years": 1, "cost": 10}},
    "commercial": {"peak_sales": 1000, "years_to_peak": 1, "exclusivity_years": 2, "years_after_loe": 0},
}
DEAL = {
    "asset": ASSET,
    "upfront": 10,
    "milestones": [{"event": "nda_filing", "amount": 20}, {"event": "approval", "amount": 50},
                   {"event": "sales", "threshold": 1000, "amount": 30}],
    "royalties": [{"up_to": 500, "rate": 0.1}, {"rate": 0.2}],
}


def deal_with(**changes):
    data = copy.deepcopy(DEAL)
    data.update(changes)
    return deal_terms_from_dict(data)


def test_values_by_hand():
    deal = value_deal(deal_with())
    df = lambda t: 1.1 ** -t  # noqa: E731
    milestones = 20 * 0.5 * df(1) + 50 * 0.45 * df(2) + 30 * 0.45 * df(3)
    royalties = 0.45 * (0.1 * 500 + 0.2 * 500) * (df(2.5) + df(3.5))
    assert [m.present_value for m in deal.milestones] == pytest.approx([20 * 0.5 * df(1), 50 * 0.45 * df(2),
                                                                        30 * 0.45 * df(3)])
    assert deal.royalty_pv == pytest.approx(royalties)
    assert deal.licensor_value == pytest.approx(10 + milestones + royalties)
    assert deal.headline_total == 110


def test_licensor_and_licensee_sum_to_the_asset_rnpv():
    terms = deal_with()
    deal = value_deal(terms)
    assert deal.licensor_value + deal.licensee_value == pytest.approx(rnpv_value(terms.asset), rel=1e-12)
    assert deal.licensor_share + deal.licensee_share == pytest.approx(1.0)
    assert deal.total_rnpv == pytest.approx(rnpv_value(terms.asset))


def test_example_deal_shares_sum_to_one():
    deal = value_deal(load_deal_terms(EXAMPLES / "deal_terms.yaml"))
    assert deal.licensor_value + deal.licensee_value == pytest.approx(deal.total_rnpv)
    assert 0 < deal.licensor_share < 1 and len(deal.comparables) == 3


def test_marginal_royalty_tiers():
    tiers = (RoyaltyTier(0.08, 500), RoyaltyTier(0.10, 1000), RoyaltyTier(0.12, None))
    sales = np.array([0.0, 400.0, 800.0, 1500.0])
    expected = [0.0, 32.0, 40 + 30.0, 40 + 50 + 60.0]
    assert royalty_per_year(sales, tiers) == pytest.approx(expected)


def test_royalty_term_limits_the_years():
    full = value_deal(deal_with()).royalty_pv
    first_year = value_deal(deal_with(royalty_years=1)).royalty_pv
    assert first_year == pytest.approx(full * 1.1 ** -2.5 / (1.1 ** -2.5 + 1.1 ** -3.5))


def test_sales_milestone_never_reached_is_worth_nothing():
    deal = value_deal(deal_with(milestones=[{"event": "sales", "threshold": 5000, "amount": 100}]))
    assert deal.milestones[0].time is None and deal.milestones[0].present_value == 0.0


@pytest.mark.parametrize("share", [0.2, 0.5, 0.8])
def test_solved_royalty_gives_the_share(share):
    solution = solve_royalty(deal_with(), share)
    assert solution.deal.licensor_share == pytest.approx(share, abs=1e-6)
    assert abs(solution.deal.licensor_share - share) < 1e-6
    assert 0 < solution.value < 1


def test_solved_upfront_gives_the_share():
    solution = solve_upfront(deal_with(), 0.6)
    assert abs(solution.deal.licensor_share - 0.6) < 1e-6
    assert solution.value > 0


def test_unreachable_share_raises():
    with pytest.raises(SolveError) as caught:
        solve_upfront(deal_with(), 0.01)
    assert caught.value.code == "solve_no_solution"
    with pytest.raises(SpecError):
        solve_royalty(deal_with(), 1.5)


def test_negative_asset_value_cannot_be_shared():
    asset = copy.deepcopy(ASSET)
    asset["commercial"]["peak_sales"] = 1
    with pytest.raises(SolveError):
        solve_royalty(deal_with(asset=asset), 0.5)


def test_bisect():
    assert bisect(lambda x: x * x - 2, 0, 2) == pytest.approx(2 ** 0.5, abs=1e-12)
    assert bisect(lambda x: 1 - x, 0, 3) == pytest.approx(1.0, abs=1e-12)
    with pytest.raises(SolveError):
        bisect(lambda x: x + 1, 0, 1)


@pytest.mark.parametrize("change,field", [
    ({"milestones": [{"event": "phase2_start", "amount": 5}]}, "milestones[0].event"),
    ({"milestones": [{"event": "first_patient", "amount": 5}]}, "milestones[0].event"),
    ({"milestones": [{"event": "approval", "amount": -5}]}, "milestones[0].amount"),
    ({"milestones": [{"event": "sales", "amount": 5}]}, "milestones[0].threshold"),
    ({"royalties": [{"up_to": 500, "rate": 0.1}, {"up_to": 400, "rate": 0.2}]}, "royalties[1].up_to"),
    ({"royalties": [{"rate": 1.2}]}, "royalties[0].rate"),
    ({"upfront": -1}, "upfront"),
    ({"comparables": [{"name": "x", "upfront": 10, "total": 5}]}, "comparables[0].total"),
])
def test_bad_deal_specs_name_the_field(change, field):
    with pytest.raises(SpecError) as caught:
        deal_with(**change)
    assert caught.value.field == field


def test_comparables_quartiles_and_position():
    terms = deal_with(comparables=[{"upfront": u, "total": t} for u, t in
                                   [(10, 100), (20, 400), (30, 500), (40, 800), (50, 1000)]])
    metrics = {m.metric: m for m in value_deal(terms).comparables}
    assert (metrics["upfront"].q1, metrics["upfront"].median, metrics["upfront"].q3) == (20, 30, 40)
    assert metrics["upfront"].value == 10 and metrics["upfront"].percentile == pytest.approx(10.0)
    assert metrics["upfront"].band == "below Q1"
    assert metrics["total"].value == 110 and metrics["total"].band == "below Q1"
    assert metrics["upfront_share"].median == pytest.approx(0.05)  # shares 0.1, 0.05, 0.06, 0.05, 0.05


def test_position_without_totals():
    from pharmalens.analysis.comparables import Comparable

    metrics = position((Comparable("a", 10, None), Comparable("b", 30, None)), 20, 100)
    assert [m.metric for m in metrics] == ["upfront"] and metrics[0].percentile == 50.0


def test_load_comparables_csv(tmp_path):
    path = tmp_path / "comps.csv"
    path.write_text("name,upfront,total\nA,10,100\nB,30,\n", encoding="utf-8")
    comps = load_comparables(path)
    assert comps[0].total == 100 and comps[1].total is None


def test_replace_keeps_terms_immutable():
    terms = deal_with()
    other = replace(terms, upfront=99)
    assert terms.upfront == 10 and value_deal(other).upfront == 99


def test_comparables_from_a_file_next_to_the_deal(tmp_path):
    (tmp_path / "comps.csv").write_text("name,upfront,total\nA,10,100\nB,30,300\n", encoding="utf-8")
    terms = deal_terms_from_dict({**copy.deepcopy(DEAL), "comparables": "comps.csv"}, tmp_path)
    assert [c.name for c in terms.comparables] == ["A", "B"]
