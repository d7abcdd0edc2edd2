"""Who gets what from a licensing deal, in risk-adjusted present value.

The asset's total rNPV (valuation.rnpv) is split between licensor and licensee:
  licensor = upfront + sum(P(event) * milestone * DF(event time)) + P(approval) * sum(royalty_j * DF(t_j))
  licensee = total rNPV - licensor
P(event) and event times come from the phase model (schedule): a phase-start milestone is weighted
by the probability of starting that phase, approval and sales milestones by the probability of
approval; a sales milestone is paid at the end of the first sales year that reaches its threshold.
Royalty tiers are marginal (each rate applies to the slice of yearly sales inside its tier).
Deal payments are valued as pre-tax transfers; the licensee bears the remaining development costs.
"""
from __future__ import annotations

from dataclasses import dataclass, replace
from typing import Any, Callable

import numpy as np

from .comparables import MetricPosition, position
from .deal_spec import EVENT_PHASE, DealTerms, Milestone, RoyaltyTier
from .errors import SolveError, SpecError
from .schedule import Schedule, build_schedule
from .valuation import rnpv_value


@dataclass(frozen=True)
class MilestoneValue:
    event: str
    label: str
    amount: float
    probability: float
    time: float | None  # None: the sales forecast never reaches the threshold
    present_value: float


@dataclass(frozen=True)
class DealValue:
    asset: str
    currency: str
    total_rnpv: float
    upfront: float
    milestones: tuple[MilestoneValue, ...]
    royalty_pv: float
    licensor_value: float
    licensee_value: float
    headline_total: float
    comparables: tuple[MetricPosition, ...] = ()

    @property
    def licensor_share(self) -> float | None:
        return self.licensor_value / self.total_rnpv if self.total_rnpv > 0 else None

    @property
    def licensee_share(self) -> float | None:
        return self.licensee_value / self.total_rnpv if self.total_rnpv > 0 else None

    def to_dict(self) -> dict[str, Any]:
        return {
            "asset": self.asset, "currency": self.currency, "total_rnpv": self.total_rnpv,
            "upfront": self.upfront, "royalty_pv": self.royalty_pv,
            "milestones": [vars(m) for m in self.milestones],
            "milestones_pv": sum(m.present_value for m in self.milestones),
            "licensor_value": self.licensor_value, "licensee_value": self.licensee_value,
            "licensor_share": self.licensor_share, "licensee_share": self.licensee_share,
            "headline_total": self.headline_total,
            "comparables": [c.to_dict() for c in self.comparables],
        }


@dataclass(frozen=True)
class Solution:
    solved_for: str  # "royalty" (one flat rate replacing the tiers) or "upfront"
    value: float
    target_share: float
    deal: DealValue

    def to_dict(self) -> dict[str, Any]:
        return {"solved_for": self.solved_for, "value": self.value, "target_share": self.target_share,
                "deal": self.deal.to_dict()}


def value_deal(terms: DealTerms) -> DealValue:
    plan = build_schedule(terms.asset)
    total = rnpv_value(terms.asset, plan)
    milestones = tuple(_milestone_value(m, terms, plan) for m in terms.milestones)
    royalty = royalty_pv(terms, plan)
    licensor = terms.upfront + sum(m.present_value for m in milestones) + royalty
    comparables = position(terms.comparables, terms.upfront, terms.headline_total) if terms.comparables else ()
    return DealValue(terms.asset.name, terms.asset.currency, total, terms.upfront, milestones, royalty,
                     licensor, total - licensor, terms.headline_total, comparables)


def royalty_per_year(sales: np.ndarray, tiers: tuple[RoyaltyTier, ...]) -> np.ndarray:
    """Royalty on each year's sales under marginal tiers."""
    out = np.zeros_like(sales, dtype=float)
    floor = 0.0
    for tier in tiers:
        ceiling = np.inf if tier.up_to is None else tier.up_to
        out += tier.rate * np.clip(sales - floor, 0.0, ceiling - floor)
        floor = ceiling
    return out


def royalty_pv(terms: DealTerms, plan: Schedule | None = None) -> float:
    plan = plan or build_schedule(terms.asset)
    sales = terms.asset.commercial.peak_sales * plan.sales_shape
    weight = np.ones_like(sales)
    if terms.royalty_years is not None:
        weight = np.clip(terms.royalty_years - np.arange(sales.size), 0.0, 1.0)
    yearly = royalty_per_year(sales, terms.royalties) * weight
    return float(plan.probability_of_approval * np.sum(yearly * plan.discount(plan.sales_times)))


def solve_royalty(terms: DealTerms, share: float) -> Solution:
    """The flat royalty rate (replacing the tiers) that gives the licensor `share` of the total rNPV."""
    target = _target(terms, share)

    def licensor(rate: float) -> float:
        return value_deal(replace(terms, royalties=(RoyaltyTier(rate, None),))).licensor_value

    if not licensor(0.0) <= target <= licensor(1.0):
        raise SolveError(f"no royalty rate from 0% to 100% gives the licensor {share:.1%}: "
                         f"the range is {licensor(0.0):.4g} to {licensor(1.0):.4g} against a target of {target:.4g}")
    rate = bisect(lambda r: licensor(r) - target, 0.0, 1.0)
    return Solution("royalty", rate, share, value_deal(replace(terms, royalties=(RoyaltyTier(rate, None),))))


def solve_upfront(terms: DealTerms, share: float) -> Solution:
    """The upfront that gives the licensor `share` of the total rNPV, other terms held."""
    target = _target(terms, share)
    rest = value_deal(replace(terms, upfront=0.0)).licensor_value
    if target < rest:
        raise SolveError(f"milestones and royalties alone give the licensor {rest:.4g}, above the target "
                         f"{target:.4g} ({share:.1%}); lower them or raise the share")

    def licensor(upfront: float) -> float:
        return value_deal(replace(terms, upfront=upfront)).licensor_value

    upfront = bisect(lambda u: licensor(u) - target, 0.0, target - rest + 1.0)
    return Solution("upfront", upfront, share, value_deal(replace(terms, upfront=upfront)))


def bisect(f: Callable[[float], float], low: float, high: float, tolerance: float = 1e-13,
           max_iterations: int = 200) -> float:
    """Root of an increasing or decreasing f on [low, high], whose ends bracket a sign change."""
    f_low = f(low)
    if f_low == 0:
        return low
    if f_low * f(high) > 0:
        raise SolveError(f"no sign change between {low:g} and {high:g}")
    for _ in range(max_iterations):
        middle = 0.5 * (low + high)
        f_middle = f(middle)
        if f_middle == 0 or high - low <= tolerance * max(1.0, abs(middle)):
            return middle
        if (f_middle > 0) == (f_low > 0):
            low, f_low = middle, f_middle
        else:
            high = middle
    return 0.5 * (low + high)


def _target(terms: DealTerms, share: float) -> float:
    if not 0.0 <= share <= 1.0:
        raise SpecError("share", f"{share!r} is out of range", "a licensor share from 0 to 1")
    total = rnpv_value(terms.asset)
    if total <= 0:
        raise SolveError(f"the asset's rNPV is {total:.4g}, not positive, so shares of it are undefined")
    return share * total


def _milestone_value(milestone: Milestone, terms: DealTerms, plan: Schedule) -> MilestoneValue:
    label = milestone.label or milestone.event
    if milestone.event in EVENT_PHASE:
        window = next(w for w in plan.phases if w.name == EVENT_PHASE[milestone.event])
        probability, time = window.probability_reached, window.start
    elif milestone.event == "approval":
        probability, time = plan.probability_of_approval, plan.launch
    else:
        label = milestone.label or f"sales >= {milestone.threshold:g}"
        sales = terms.asset.commercial.peak_sales * plan.sales_shape
        reached = np.nonzero(sales >= (milestone.threshold or 0.0) - 1e-9)[0]
        probability = plan.probability_of_approval
        time = float(plan.launch + reached[0] + 1) if reached.size else None
    if time is None:
        return MilestoneValue(milestone.event, label, milestone.amount, 0.0, None, 0.0)
    present = milestone.amount * probability * float(plan.discount(time))
    return MilestoneValue(milestone.event, label, milestone.amount, probability, time, present)
