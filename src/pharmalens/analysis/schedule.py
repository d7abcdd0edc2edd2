"""The time line of an asset: when each phase runs and costs, when sales arrive, and their discounting.

Conventions (years from today, discount factor (1 + r) ** -t):
  - phases run back to back from today; a phase's cost is paid in yearly instalments at the start of
    each of its years, pro rata for a final part year (all at its start if it takes no time);
  - launch is when the last phase ends; sales year j (j = 1, 2, ...) is received mid-year, at
    launch + j - 0.5;
  - sales in year j are peak * min(1, j / years_to_peak) * (1 - erosion) ** max(0, j - exclusivity);
  - commercial cash is sales * (1 - cogs - opex), less tax at tax_rate when positive.
"""
from __future__ import annotations

import math
from dataclasses import dataclass

import numpy as np

from .asset_spec import AssetSpec, Commercial


@dataclass(frozen=True)
class PhaseWindow:
    name: str
    start: float
    end: float
    probability: float  # of success once started
    probability_reached: float  # of starting it at all
    instalments: tuple[tuple[float, float], ...]  # (time, amount)
    cost_pv: float  # present value of its cost if it is started


@dataclass(frozen=True)
class Schedule:
    discount_rate: float
    phases: tuple[PhaseWindow, ...]
    launch: float
    probability_of_approval: float
    sales_times: np.ndarray  # mid-year time of each sales year
    sales_shape: np.ndarray  # sales per unit of peak sales, each year
    net_margin: float  # after-tax cash kept per unit of sales
    commercial_pv_per_peak: float  # PV of commercial cash per unit of peak sales, if approved

    def discount(self, t: float | np.ndarray) -> np.ndarray:
        return (1.0 + self.discount_rate) ** -np.asarray(t, dtype=float)


def build_schedule(spec: AssetSpec) -> Schedule:
    rate = spec.discount_rate
    windows: list[PhaseWindow] = []
    start, reached = 0.0, 1.0
    for phase in spec.phases:
        instalments = _instalments(start, phase.years, phase.cost)
        cost_pv = sum(amount * (1.0 + rate) ** -t for t, amount in instalments)
        windows.append(PhaseWindow(phase.name, start, start + phase.years, phase.probability, reached,
                                   instalments, cost_pv))
        start += phase.years
        reached *= phase.probability
    times, shape = sales_curve(spec.commercial, start)
    margin = net_margin(spec.commercial)
    return Schedule(
        discount_rate=rate,
        phases=tuple(windows),
        launch=start,
        probability_of_approval=reached,
        sales_times=times,
        sales_shape=shape,
        net_margin=margin,
        commercial_pv_per_peak=float(np.sum(shape * margin * (1.0 + rate) ** -times)),
    )


def sales_curve(commercial: Commercial, launch: float) -> tuple[np.ndarray, np.ndarray]:
    """Mid-year times and sales per unit of peak for every modelled sales year."""
    years = math.ceil(commercial.exclusivity_years) + commercial.years_after_loe
    j = np.arange(1, years + 1, dtype=float)
    ramp = np.ones_like(j) if commercial.years_to_peak <= 0 else np.minimum(1.0, j / commercial.years_to_peak)
    erosion = (1.0 - commercial.erosion) ** np.maximum(0.0, j - commercial.exclusivity_years)
    return launch + j - 0.5, ramp * erosion


def net_margin(commercial: Commercial) -> float:
    margin = 1.0 - commercial.cogs - commercial.opex
    return margin * (1.0 - commercial.tax_rate) if margin > 0 else margin


def _instalments(start: float, years: float, cost: float) -> tuple[tuple[float, float], ...]:
    if years <= 0:
        return ((start, cost),)
    count = math.ceil(years - 1e-12)
    return tuple((start + i, cost * min(1.0, years - i) / years) for i in range(count))
