"""Risk-adjusted NPV (rNPV) of a development asset, its tornado, and the Monte Carlo alongside.

rNPV = sum over cash flows of  probability(cash flow happens) * amount * (1 + r) ** -t

A phase's costs are weighted by the probability of starting it (the product of the success
probabilities of the phases before it); commercial cash by the probability of approval (the product
of all remaining phases). The time line is described in `schedule`.
"""
from __future__ import annotations

import math
from dataclasses import dataclass, replace
from typing import Any, Callable

from .asset_spec import AssetSpec
from .monte_carlo import MonteCarloResult, simulate
from .schedule import Schedule, build_schedule


@dataclass(frozen=True)
class CashFlow:
    time: float
    label: str
    nominal: float  # negative for costs
    probability: float
    discount_factor: float

    @property
    def expected(self) -> float:
        return self.nominal * self.probability

    @property
    def present_value(self) -> float:
        return self.expected * self.discount_factor


@dataclass(frozen=True)
class YearTotal:
    year: int  # cash flows with year <= t < year + 1
    expected: float
    present_value: float


@dataclass(frozen=True)
class RNPV:
    asset: str
    rnpv: float
    npv_if_successful: float  # NPV with every remaining phase succeeding
    probability_of_approval: float
    launch_year: float
    cash_flows: tuple[CashFlow, ...]

    def by_year(self) -> tuple[YearTotal, ...]:
        totals: dict[int, list[float]] = {}
        for flow in self.cash_flows:
            year = totals.setdefault(math.floor(flow.time + 1e-9), [0.0, 0.0])
            year[0] += flow.expected
            year[1] += flow.present_value
        return tuple(YearTotal(y, e, pv) for y, (e, pv) in sorted(totals.items()))


@dataclass(frozen=True)
class TornadoBar:
    input: str
    low_value: float
    high_value: float
    npv_low: float
    npv_high: float

    @property
    def swing(self) -> float:
        return abs(self.npv_high - self.npv_low)


@dataclass(frozen=True)
class Valuation:
    deterministic: RNPV
    monte_carlo: MonteCarloResult
    tornado: tuple[TornadoBar, ...]
    currency: str

    def to_dict(self) -> dict[str, Any]:
        mc = self.monte_carlo
        return {
            "asset": self.deterministic.asset, "currency": self.currency,
            "rnpv": self.deterministic.rnpv, "npv_if_successful": self.deterministic.npv_if_successful,
            "probability_of_approval": self.deterministic.probability_of_approval,
            "launch_year": self.deterministic.launch_year,
            "mean": mc.mean, "std_error": mc.std_error, "p_positive": mc.p_positive,
            "p10": mc.p10, "p50": mc.p50, "p90": mc.p90, "monte_carlo": mc.to_dict(),
            "tornado": [{"input": b.input, "low_value": b.low_value, "high_value": b.high_value,
                         "npv_low": b.npv_low, "npv_high": b.npv_high, "swing": b.swing} for b in self.tornado],
            "by_year": [{"year": y.year, "expected": y.expected, "present_value": y.present_value}
                        for y in self.deterministic.by_year()],
        }


def value_asset(spec: AssetSpec, paths: int | None = None, seed: int | None = None) -> Valuation:
    """Deterministic rNPV, Monte Carlo (spec's paths and seed unless given) and tornado."""
    return Valuation(rnpv(spec), simulate(spec, paths, seed), tornado(spec), spec.currency)


def rnpv_value(spec: AssetSpec, schedule: Schedule | None = None) -> float:
    plan = schedule or build_schedule(spec)
    costs = sum(w.probability_reached * w.cost_pv for w in plan.phases)
    return plan.probability_of_approval * spec.commercial.peak_sales * plan.commercial_pv_per_peak - costs


def rnpv(spec: AssetSpec) -> RNPV:
    plan = build_schedule(spec)
    flows = cash_flows(spec, plan)
    unrisked = sum(f.nominal * f.discount_factor for f in flows)
    return RNPV(spec.name, rnpv_value(spec, plan), unrisked, plan.probability_of_approval, plan.launch, flows)


def cash_flows(spec: AssetSpec, plan: Schedule) -> tuple[CashFlow, ...]:
    flows = [
        CashFlow(t, f"{w.name} cost", -amount, w.probability_reached, float(plan.discount(t)))
        for w in plan.phases for t, amount in w.instalments
    ]
    peak = spec.commercial.peak_sales
    for j, (t, shape) in enumerate(zip(plan.sales_times, plan.sales_shape), start=1):
        flows.append(CashFlow(float(t), f"sales year {j}", float(peak * shape * plan.net_margin),
                              plan.probability_of_approval, float(plan.discount(t))))
    return tuple(flows)


def tornado(spec: AssetSpec, swing: float | None = None) -> tuple[TornadoBar, ...]:
    """rNPV at the low and high value of each main input, the others held; widest swing first."""
    s = spec.tornado_swing if swing is None else swing
    bars = []
    for name, (low, high), apply in _tornado_inputs(spec, s):
        bars.append(TornadoBar(name, low, high, rnpv_value(apply(low)), rnpv_value(apply(high))))
    return tuple(sorted(bars, key=lambda b: b.swing, reverse=True))


Vary = Callable[[float], AssetSpec]


def _tornado_inputs(spec: AssetSpec, s: float) -> list[tuple[str, tuple[float, float], Vary]]:
    c = spec.commercial
    lo, hi = 1.0 - s, 1.0 + s

    def commercial(**change: float) -> AssetSpec:
        return replace(spec, commercial=replace(c, **change))

    peak_range = ((spec.peak_uncertainty.low, spec.peak_uncertainty.high)
                  if spec.peak_uncertainty.dist == "triangular" else (c.peak_sales * lo, c.peak_sales * hi))
    inputs: list[tuple[str, tuple[float, float], Vary]] = [
        ("peak_sales", peak_range, lambda v: commercial(peak_sales=v)),
        ("discount_rate", (spec.discount_rate * lo, spec.discount_rate * hi),
         lambda v: replace(spec, discount_rate=v)),
        ("dev_cost_multiplier", (lo, hi), lambda v: _scale_phases(spec, cost=v)),
        ("dev_time_multiplier", (lo, hi), lambda v: _scale_phases(spec, years=v)),
        ("cogs", (c.cogs * lo, min(1.0, c.cogs * hi)), lambda v: commercial(cogs=v)),
        ("years_to_peak", (c.years_to_peak * lo, c.years_to_peak * hi), lambda v: commercial(years_to_peak=v)),
        ("exclusivity_years", (c.exclusivity_years * lo, c.exclusivity_years * hi),
         lambda v: commercial(exclusivity_years=v)),
        ("erosion", (c.erosion * lo, min(1.0, c.erosion * hi)), lambda v: commercial(erosion=v)),
    ]
    for index, phase in enumerate(spec.phases):
        inputs.append((f"p_{phase.name}", (phase.probability * lo, min(1.0, phase.probability * hi)),
                       lambda v, i=index: _set_probability(spec, i, v)))
    return inputs


def _scale_phases(spec: AssetSpec, cost: float = 1.0, years: float = 1.0) -> AssetSpec:
    phases = tuple(replace(p, cost=p.cost * cost, years=p.years * years) for p in spec.phases)
    return replace(spec, phases=phases)


def _set_probability(spec: AssetSpec, index: int, value: float) -> AssetSpec:
    phases = list(spec.phases)
    phases[index] = replace(phases[index], probability=value)
    return replace(spec, phases=tuple(phases))
