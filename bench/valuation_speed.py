"""Monte Carlo throughput for a four-phase asset, and the time to value a portfolio of 1,000 assets.

Run: .venv/bin/python bench/valuation_speed.py [--paths 10000000] [--portfolio 1000] [--portfolio-paths 10000]
Goal: >= 5,000,000 paths/s on one core. Thread pools are pinned to one thread before numpy loads.
"""
from __future__ import annotations

import argparse
import os
import time

for _variable in ("OMP_NUM_THREADS", "OPENBLAS_NUM_THREADS", "MKL_NUM_THREADS"):
    os.environ.setdefault(_variable, "1")

import numpy as np  # noqa: E402

from pharmalens.analysis.asset_spec import AssetSpec, asset_spec_from_dict  # noqa: E402
from pharmalens.analysis.monte_carlo import simulate, simulate_npv  # noqa: E402
from pharmalens.analysis.valuation import rnpv_value, tornado  # noqa: E402

FOUR_PHASE = {
    "name": "benchmark asset", "therapeutic_area": "oncology", "current_stage": "phase1", "discount_rate": 0.10,
    "phases": {"phase1": {"years": 1.5, "cost": 15}, "phase2": {"years": 2.5, "cost": 50},
               "phase3": {"years": 3, "cost": 200}, "nda": {"years": 1, "cost": 5}},
    "commercial": {"peak_sales": 1500, "years_to_peak": 5, "exclusivity_years": 10, "cogs": 0.15, "opex": 0.25,
                   "tax_rate": 0.15},
    "uncertainty": {"peak_sales": {"dist": "lognormal", "sigma": 0.5}, "cost": {"sigma": 0.25}},
}
STAGES = ("phase1", "phase2", "phase3", "nda")


def throughput(spec: AssetSpec, paths: int, repeats: int = 3) -> float:
    simulate_npv(spec, min(paths, 100_000), 0)
    best = float("inf")
    for seed in range(repeats):
        start = time.perf_counter()
        simulate_npv(spec, paths, seed)
        best = min(best, time.perf_counter() - start)
    return paths / best


def portfolio(count: int, seed: int = 0) -> list[AssetSpec]:
    rng = np.random.default_rng(seed)
    specs = []
    for i in range(count):
        data = {**FOUR_PHASE, "name": f"asset {i}", "current_stage": STAGES[i % 4],
                "discount_rate": float(rng.uniform(0.08, 0.14)),
                "commercial": {**FOUR_PHASE["commercial"], "peak_sales": float(rng.lognormal(6.5, 0.8))}}
        specs.append(asset_spec_from_dict(data))
    return specs


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--paths", type=int, default=10_000_000)
    parser.add_argument("--portfolio", type=int, default=1_000)
    parser.add_argument("--portfolio-paths", type=int, default=10_000)
    args = parser.parse_args()

    spec = asset_spec_from_dict(FOUR_PHASE)
    rate = throughput(spec, args.paths)
    print(f"Monte Carlo, four-phase asset, {args.paths:,} paths (best of 3), one core: {rate:,.0f} paths/s "
          f"({'meets' if rate >= 5e6 else 'below'} the 5,000,000 paths/s goal)")

    specs = portfolio(args.portfolio)
    start = time.perf_counter()
    values = [rnpv_value(s) for s in specs]
    deterministic = time.perf_counter() - start
    print(f"Portfolio of {len(specs):,} assets, deterministic rNPV: {deterministic:.3f} s "
          f"(total rNPV {sum(values):,.0f} USD m)")

    start = time.perf_counter()
    for s in specs:
        rnpv_value(s)
        simulate(s, args.portfolio_paths, 0)
        tornado(s)
    full = time.perf_counter() - start
    print(f"Portfolio of {len(specs):,} assets, rNPV + Monte Carlo ({args.portfolio_paths:,} paths each) + tornado: "
          f"{full:.2f} s ({full / len(specs) * 1e3:.2f} ms per asset)")


if __name__ == "__main__":
    main()
