"""Seeded, vectorised Monte Carlo of an asset's NPV.

Each path draws every remaining phase's success as a Bernoulli trial (a path stops at its first
failure), one peak-sales level (lognormal with mean peak_sales, or triangular with mode peak_sales)
and one lognormal multiplier with mean 1 on all development costs. Along a path the NPV is

    - cost_multiplier * (PV of the costs of the phases it started)
    + [all phases succeeded] * peak_draw * (PV of commercial cash per unit of peak sales)

so with phase success as the only randomness the mean converges to the deterministic rNPV.
Paths are simulated in chunks of numpy arrays; there is no Python loop over paths.
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Any

import numpy as np

from .asset_spec import AssetSpec
from .errors import SpecError
from .schedule import Schedule, build_schedule

CHUNK = 1 << 18
HISTOGRAM_BINS = 40


@dataclass(frozen=True)
class MonteCarloResult:
    paths: int
    seed: int
    mean: float
    std: float
    std_error: float
    p_positive: float
    p10: float
    p50: float
    p90: float
    approval_rate: float  # share of paths that reached approval
    histogram_counts: tuple[int, ...]  # from P0.5 to P99.5; paths beyond fall in the end bins
    histogram_edges: tuple[float, ...]

    def to_dict(self) -> dict[str, Any]:
        return {
            "paths": self.paths, "seed": self.seed, "mean": self.mean, "std": self.std,
            "std_error": self.std_error, "p_positive": self.p_positive, "p10": self.p10, "p50": self.p50,
            "p90": self.p90, "approval_rate": self.approval_rate,
            "histogram": {"counts": list(self.histogram_counts), "edges": list(self.histogram_edges)},
        }


def simulate(spec: AssetSpec, paths: int | None = None, seed: int | None = None) -> MonteCarloResult:
    """Simulate `paths` NPVs (default: the spec's) with a numpy Generator seeded with `seed`."""
    n = spec.paths if paths is None else int(paths)
    s = spec.seed if seed is None else int(seed)
    npv, approved = simulate_npv(spec, n, s)
    p10, p50, p90 = np.percentile(npv, [10.0, 50.0, 90.0])
    std = float(npv.std(ddof=1)) if n > 1 else 0.0
    low, high = np.percentile(npv, [0.5, 99.5])
    counts, edges = np.histogram(np.clip(npv, low, high), bins=HISTOGRAM_BINS, range=(low, high) if high > low else None)
    return MonteCarloResult(
        paths=n, seed=s, mean=float(npv.mean()), std=std, std_error=std / np.sqrt(n),
        p_positive=float(np.count_nonzero(npv > 0) / n), p10=float(p10), p50=float(p50), p90=float(p90),
        approval_rate=approved / n,
        histogram_counts=tuple(int(c) for c in counts), histogram_edges=tuple(float(e) for e in edges),
    )


def simulate_npv(spec: AssetSpec, paths: int, seed: int, schedule: Schedule | None = None) -> tuple[np.ndarray, int]:
    """NPV of every path, and how many paths reached approval."""
    if paths < 1:
        raise SpecError("paths", f"{paths!r} is too few", "a whole number of paths >= 1")
    plan = schedule or build_schedule(spec)
    rng = np.random.default_rng(seed)
    out = np.empty(paths)
    approved = 0
    for start in range(0, paths, CHUNK):
        stop = min(paths, start + CHUNK)
        approved += _simulate_chunk(spec, plan, rng, out[start:stop])
    return out, approved


def _simulate_chunk(spec: AssetSpec, plan: Schedule, rng: np.random.Generator, out: np.ndarray) -> int:
    n = out.size
    phases = len(plan.phases)
    completed = np.zeros(n, dtype=np.int64)
    if phases:
        probabilities = np.array([p.probability for p in plan.phases])
        success = rng.random((phases, n)) < probabilities[:, None]
        np.logical_and.accumulate(success, axis=0, out=success)
        completed = success.sum(axis=0)
    cost_pv = np.array([p.cost_pv for p in plan.phases] + [0.0])
    cost_started = np.concatenate(([0.0], np.cumsum(cost_pv[:-1])))
    started = np.minimum(completed + 1, phases) if phases else completed
    np.take(cost_started, started, out=out)
    if spec.cost_sigma > 0:
        out *= _mean_one_lognormal(rng, spec.cost_sigma, n)
    np.negative(out, out=out)
    approved = completed == phases
    value = _peak_draws(spec, rng, n) * plan.commercial_pv_per_peak
    out += np.where(approved, value, 0.0)
    return int(np.count_nonzero(approved))


def _peak_draws(spec: AssetSpec, rng: np.random.Generator, n: int) -> np.ndarray | float:
    peak = spec.commercial.peak_sales
    spread = spec.peak_uncertainty
    if spread.dist == "lognormal" and spread.sigma > 0:
        return peak * _mean_one_lognormal(rng, spread.sigma, n)
    if spread.dist == "triangular":
        return rng.triangular(spread.low, peak, spread.high, n)
    return peak


def _mean_one_lognormal(rng: np.random.Generator, sigma: float, n: int) -> np.ndarray:
    draws = rng.standard_normal(n)
    draws *= sigma
    draws -= 0.5 * sigma * sigma
    return np.exp(draws, out=draws)
