import copy
from pathlib import Path

import pytest

from pharmalens.analysis.asset_spec import asset_spec_from_dict, load_asset_spec
from pharmalens.analysis.errors import SpecError
from pharmalens.analysis.monte_carlo import simulate
from pharmalens.analysis.schedule import build_schedule
from pharmalens.analysis.valuation import rnpv, rnpv_value, tornado, value_asset

EXAMPLES = Path(__file__).resolve().parents[2] / "examples" / "valuation"

TWO_PHASE = {
    "name": "two-phase", "current_stage": "phase3", "discount_rate": 0.10,
    "phases": {"phase3": {"probability": 0.5, "years": 1, "cost": 100},
               "nda": {"probability": 0.9, "years": 1, "cost": 10}},
    "commercial": {"peak_sales": 100, "years_to_peak": 1, "exclusivity_years": 2, "years_after_loe": 0},
}

FOUR_PHASE = {
    "name": "four-phase", "therapeutic_area": "oncology", "current_stage": "phase1", "discount_rate": 0.1,
    "phases": {"phase1": {"years": 1.5, "cost": 15}, "phase2": {"years": 2.5, "cost": 50},
               "phase3": {"years": 3, "cost": 200}, "nda": {"years": 1, "cost": 5}},
    "commercial": {"peak_sales": 1500, "years_to_peak": 5, "exclusivity_years": 10, "cogs": 0.15, "opex": 0.25,
                   "tax_rate": 0.15},
}


def spec_with(base, **changes):
    data = copy.deepcopy(base)
    for path, value in changes.items():
        node = data
        *parents, leaf = path.split("__")
        for key in parents:
            node = node.setdefault(key, {})
        node[leaf] = value
    return asset_spec_from_dict(data)


def test_two_phase_rnpv_by_hand():
    by_hand = -100 - 0.5 * 10 / 1.1 + 0.5 * 0.9 * 100 * (1.1 ** -2.5 + 1.1 ** -3.5)
    result = rnpv(asset_spec_from_dict(TWO_PHASE))
    assert result.rnpv == pytest.approx(by_hand, rel=1e-12)
    assert result.probability_of_approval == pytest.approx(0.45)
    assert result.launch_year == 2.0
    assert result.npv_if_successful == pytest.approx(-100 - 10 / 1.1 + 100 * (1.1 ** -2.5 + 1.1 ** -3.5))
    assert sum(f.present_value for f in result.cash_flows) == pytest.approx(result.rnpv)
    assert [y.year for y in result.by_year()] == [0, 1, 2, 3]


def test_ramp_erosion_margin_and_tax_by_hand():
    spec = spec_with(TWO_PHASE, commercial__peak_sales=200, commercial__years_to_peak=2,
                     commercial__years_after_loe=1, commercial__erosion=0.5, commercial__cogs=0.2,
                     commercial__opex=0.1, commercial__tax_rate=0.25)
    margin = (1 - 0.2 - 0.1) * (1 - 0.25)
    sales = [(100, 2.5), (200, 3.5), (100, 4.5)]
    by_hand = -100 - 0.5 * 10 / 1.1 + 0.45 * sum(s * margin * 1.1 ** -t for s, t in sales)
    assert rnpv_value(spec) == pytest.approx(by_hand, rel=1e-12)


def test_fractional_phase_costs_are_paid_pro_rata_at_the_start_of_each_year():
    spec = spec_with(TWO_PHASE, phases__phase3__years=1.5, phases__phase3__cost=30)
    window = build_schedule(spec).phases[0]
    assert window.instalments == ((0.0, 20.0), (1.0, 10.0))
    assert build_schedule(spec).phases[1].start == 1.5


def test_defaults_come_from_the_area_table():
    spec = asset_spec_from_dict(FOUR_PHASE)
    assert [p.probability for p in spec.phases] == [0.488, 0.246, 0.477, 0.920]
    assert "Clinical Development Success Rates 2011-2020" in spec.phases[0].probability_source
    spec_all = spec_with(FOUR_PHASE, therapeutic_area="all")
    assert [p.probability for p in spec_all.phases] == [0.520, 0.289, 0.578, 0.906]


def test_monte_carlo_mean_converges_to_rnpv_with_phase_risk_only():
    spec = asset_spec_from_dict(FOUR_PHASE)
    mc = simulate(spec, paths=100_000, seed=11)
    assert abs(mc.mean - rnpv_value(spec)) < 3 * mc.std_error
    assert mc.approval_rate == pytest.approx(spec.phases[0].probability * 0.246 * 0.477 * 0.92, abs=0.003)


def test_mean_preserving_uncertainty_keeps_the_mean():
    spec = spec_with(FOUR_PHASE, uncertainty={"peak_sales": {"dist": "lognormal", "sigma": 0.5},
                                              "cost": {"sigma": 0.3}})
    mc = simulate(spec, paths=100_000, seed=3)
    assert abs(mc.mean - rnpv_value(spec)) < 3 * mc.std_error


def test_two_phase_monte_carlo_outcomes():
    spec = asset_spec_from_dict(TWO_PHASE)
    mc = simulate(spec, paths=50_000, seed=5)
    assert abs(mc.mean - rnpv_value(spec)) < 3 * mc.std_error
    assert mc.p10 == pytest.approx(-100) and mc.p50 == pytest.approx(-100) and mc.p90 > 0
    assert mc.p_positive == pytest.approx(0.45, abs=0.01)
    assert sum(mc.histogram_counts) == 50_000


def test_monte_carlo_is_seeded():
    spec = asset_spec_from_dict(FOUR_PHASE)
    assert simulate(spec, 20_000, 1) == simulate(spec, 20_000, 1)
    assert simulate(spec, 20_000, 1).mean != simulate(spec, 20_000, 2).mean


def test_triangular_peak_sales():
    spec = spec_with(FOUR_PHASE, uncertainty={"peak_sales": {"dist": "triangular", "low": 900, "high": 2400}})
    mc = simulate(spec, paths=50_000, seed=4)
    mean_peak = (900 + 1500 + 2400) / 3
    expected = rnpv_value(spec_with(FOUR_PHASE, commercial__peak_sales=mean_peak))
    assert abs(mc.mean - expected) < 3 * mc.std_error


def test_tornado_is_sorted_and_moves_the_right_way():
    spec = asset_spec_from_dict(FOUR_PHASE)
    bars = tornado(spec)
    assert [b.swing for b in bars] == sorted((b.swing for b in bars), reverse=True)
    named = {b.input: b for b in bars}
    assert {"peak_sales", "discount_rate", "p_phase1", "p_nda", "dev_cost_multiplier"} <= set(named)
    assert named["peak_sales"].npv_high > named["peak_sales"].npv_low
    assert named["discount_rate"].npv_high < named["discount_rate"].npv_low
    assert named["p_nda"].high_value == 1.0


def test_value_asset_json_keys():
    data = value_asset(asset_spec_from_dict(FOUR_PHASE), paths=10_000, seed=0).to_dict()
    assert {"rnpv", "p_positive", "p10", "p50", "p90", "mean", "std_error", "tornado"} <= set(data)


@pytest.mark.parametrize("change,field,allowed", [
    ({"phases__phase3__probability": 1.3}, "phases.phase3.probability", "0 to 1"),
    ({"phases__phase3__probability": "often"}, "phases.phase3.probability", "0 to 1"),
    ({"phases__nda__cost": -5}, "phases.nda.cost", ">= 0"),
    ({"phases__nda__years": -1}, "phases.nda.years", "years"),
    ({"phases__phase3__years": "soonish"}, "phases.phase3.years", "PT24H"),
    ({"commercial__peak_sales": -1}, "commercial.peak_sales", ">= 0"),
    ({"commercial__cogs": 1.5}, "commercial.cogs", "0 to 1"),
    ({"discount_rate": 2}, "discount_rate", "0 to 1"),
    ({"nuclide": "Lu-178"}, "nuclide", "Lu-177"),
    ({"current_stage": "phase4"}, "current_stage", "phase1, phase2, phase3, nda, approved"),
    ({"therapeutic_area": "dermatology"}, "therapeutic_area", "all, oncology"),
    ({"commerical": {}}, "commerical", "commercial"),
    ({"phases__phase3__probabilty": 0.5}, "phases.phase3.probabilty", "probability"),
    ({"uncertainty": {"peak_sales": {"dist": "beta"}}}, "uncertainty.peak_sales.dist", "lognormal"),
    ({"uncertainty": {"peak_sales": {"dist": "triangular", "low": 200, "high": 90}}}, "uncertainty.peak_sales",
     "low <= commercial.peak_sales <= high"),
])
def test_bad_specs_name_the_field(change, field, allowed):
    with pytest.raises(SpecError) as caught:
        spec_with(TWO_PHASE, **change)
    assert caught.value.field == field
    assert str(caught.value).startswith(field + ":") and allowed in str(caught.value)


def test_missing_phase_is_named():
    data = copy.deepcopy(TWO_PHASE)
    del data["phases"]["nda"]
    with pytest.raises(SpecError) as caught:
        asset_spec_from_dict(data)
    assert caught.value.field == "phases.nda"


def test_later_stage_ignores_earlier_phases_and_accepts_aliases():
    spec = spec_with(FOUR_PHASE, current_stage="Phase III")
    assert [p.name for p in spec.phases] == ["phase3", "nda"]
    approved = spec_with(FOUR_PHASE, current_stage="approved")
    assert approved.phases == () and rnpv(approved).probability_of_approval == 1.0


def test_percent_strings_and_duration_strings():
    spec = spec_with(TWO_PHASE, phases__phase3__probability="50%", phases__phase3__years="12 months")
    assert spec.phases[0].probability == 0.5 and spec.phases[0].years == pytest.approx(1.0)


@pytest.mark.parametrize("name", ["ac225_psma_phase1.yaml", "lu177_phase3.yaml"])
def test_examples_value(name):
    spec = load_asset_spec(EXAMPLES / name)
    result = value_asset(spec, paths=20_000)
    assert result.deterministic.rnpv > 0 and 0 < result.monte_carlo.p_positive < 1
