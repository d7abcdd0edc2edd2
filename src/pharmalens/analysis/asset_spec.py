"""The asset spec behind rNPV and Monte Carlo valuation, read and validated from YAML.

Money is in millions of one currency (USD by default), time in years from today, rates per year.
Success probabilities not given in the spec default to the therapeutic area's figures in
pharmalens/data/phase_success.yaml (BIO / Informa / QLS 2011-2020).
"""
from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

from .errors import SpecError
from .specs import Fields, read_yaml
from .success_rates import PHASES, success_rates

STAGES = PHASES + ("approved",)
STAGE_ALIASES = {
    "phase 1": "phase1", "phase i": "phase1", "i": "phase1", "p1": "phase1", "phase1/2": "phase1",
    "phase 2": "phase2", "phase ii": "phase2", "ii": "phase2", "p2": "phase2", "phase2/3": "phase2",
    "phase 3": "phase3", "phase iii": "phase3", "iii": "phase3", "p3": "phase3",
    "filing": "nda", "bla": "nda", "nda/bla": "nda", "registration": "nda",
    "launched": "approved", "marketed": "approved",
}
DISTRIBUTIONS = ("none", "lognormal", "triangular")
DEFAULT_PATHS = 100_000

_TOP = ("name", "therapeutic_area", "current_stage", "discount_rate", "phases", "commercial", "uncertainty",
        "monte_carlo", "tornado", "nuclide", "modality", "currency", "notes")
_COMMERCIAL = ("peak_sales", "years_to_peak", "exclusivity_years", "erosion", "years_after_loe", "cogs", "opex",
               "tax_rate")


@dataclass(frozen=True)
class Phase:
    name: str
    probability: float  # of moving on to the next phase (or approval, for nda)
    years: float
    cost: float  # total cost of the phase, spread evenly over its years
    probability_source: str


@dataclass(frozen=True)
class Commercial:
    peak_sales: float  # per year at peak
    years_to_peak: float  # linear ramp: sales in launch year j are peak * min(1, j / years_to_peak)
    exclusivity_years: float  # from launch to loss of exclusivity
    erosion: float  # fraction of sales lost each year after loss of exclusivity
    years_after_loe: int  # years modelled after loss of exclusivity
    cogs: float  # fraction of sales
    opex: float  # selling, general and administrative cost as a fraction of sales
    tax_rate: float


@dataclass(frozen=True)
class PeakSalesUncertainty:
    dist: str = "none"  # none | lognormal (mean = peak_sales) | triangular (mode = peak_sales)
    sigma: float = 0.0  # lognormal: standard deviation of log sales
    low: float = 0.0  # triangular bounds
    high: float = 0.0


@dataclass(frozen=True)
class AssetSpec:
    name: str
    therapeutic_area: str
    current_stage: str
    phases: tuple[Phase, ...]  # the phases still to run, in order
    commercial: Commercial
    discount_rate: float
    peak_uncertainty: PeakSalesUncertainty = PeakSalesUncertainty()
    cost_sigma: float = 0.0  # lognormal multiplier on development costs, mean 1
    paths: int = DEFAULT_PATHS
    seed: int = 0
    tornado_swing: float = 0.2
    nuclide: str | None = None
    modality: str | None = None
    currency: str = "USD m"


def load_asset_spec(path: str | Path) -> AssetSpec:
    return asset_spec_from_dict(read_yaml(path))


def asset_spec_from_dict(data: Any, path: str = "") -> AssetSpec:
    top = Fields(data, path, _TOP)
    area = top.text("therapeutic_area", "all")
    stage = normalise_stage(top.raw("current_stage"), top.name("current_stage"))
    rates = success_rates(area, top.name("therapeutic_area"))
    monte_carlo = top.mapping("monte_carlo", ("paths", "seed"))
    peak, cost_sigma = _uncertainty(top.mapping("uncertainty", ("peak_sales", "cost")))
    commercial = _commercial(top.mapping("commercial", _COMMERCIAL))
    _check_triangular(peak, commercial.peak_sales, top.name("uncertainty.peak_sales"))
    return AssetSpec(
        name=top.text("name", "asset"),
        therapeutic_area=rates.area,
        current_stage=stage,
        phases=_phases(top.mapping("phases", PHASES), stage, rates.probabilities, rates.source),
        commercial=commercial,
        discount_rate=top.number("discount_rate", low=0.0, high=1.0, allowed="a yearly rate from 0 to 1 (e.g. 0.1)"),
        peak_uncertainty=peak,
        cost_sigma=cost_sigma,
        paths=int(monte_carlo.number("paths", DEFAULT_PATHS, low=1.0, allowed="a whole number of paths >= 1")),
        seed=int(monte_carlo.number("seed", 0, low=0.0, allowed="a whole number >= 0")),
        tornado_swing=top.mapping("tornado", ("swing",)).number(
            "swing", 0.2, low=0.0, high=0.99, allowed="a relative swing from 0 to 0.99 (0.2 = +/-20%)"),
        nuclide=top.nuclide("nuclide", None),
        modality=top.text("modality", None) if top.has("modality") else None,
        currency=top.text("currency", "USD m"),
    )


def normalise_stage(value: Any, field: str) -> str:
    text = str(value).strip().lower().replace("_", " ")
    stage = STAGE_ALIASES.get(text, text.replace(" ", ""))
    if stage not in STAGES:
        raise SpecError(field, f"unknown stage {value!r}", ", ".join(STAGES))
    return stage


def remaining_phases(stage: str) -> tuple[str, ...]:
    return PHASES[PHASES.index(stage):] if stage in PHASES else ()


def _phases(fields: Fields, stage: str, defaults: dict[str, float], source: str) -> tuple[Phase, ...]:
    phases = []
    for name in remaining_phases(stage):
        phase = fields.mapping(name, ("probability", "years", "cost", "source"))
        if name not in fields.data:
            raise SpecError(fields.name(name), "missing",
                            f"a mapping with years and cost for every phase from {stage} on: {', '.join(remaining_phases(stage))}")
        given = phase.has("probability")
        phases.append(Phase(
            name=name,
            probability=phase.probability("probability", defaults[name]),
            years=phase.years("years"),
            cost=phase.non_negative("cost", unit=" (millions)"),
            probability_source=phase.text("source", "spec") if given else source,
        ))
    return tuple(phases)


def _commercial(fields: Fields) -> Commercial:
    return Commercial(
        peak_sales=fields.non_negative("peak_sales", unit=" (millions per year)"),
        years_to_peak=fields.years("years_to_peak"),
        exclusivity_years=fields.years("exclusivity_years"),
        erosion=fields.fraction("erosion", 0.5),
        years_after_loe=int(fields.number("years_after_loe", 5, low=0.0, high=50.0,
                                          allowed="a whole number of years from 0 to 50")),
        cogs=fields.fraction("cogs", 0.0),
        opex=fields.fraction("opex", 0.0),
        tax_rate=fields.fraction("tax_rate", 0.0),
    )


def _uncertainty(fields: Fields) -> tuple[PeakSalesUncertainty, float]:
    peak = fields.mapping("peak_sales", ("dist", "sigma", "low", "high"))
    dist = peak.text("dist", "lognormal" if peak.has("sigma") else "none", DISTRIBUTIONS)
    spread = PeakSalesUncertainty(
        dist=dist,
        sigma=peak.non_negative("sigma") if dist == "lognormal" else 0.0,
        low=peak.non_negative("low") if dist == "triangular" else 0.0,
        high=peak.non_negative("high") if dist == "triangular" else 0.0,
    )
    cost = fields.mapping("cost", ("sigma",))
    return spread, cost.non_negative("sigma", 0.0)


def _check_triangular(peak: PeakSalesUncertainty, mode: float, field: str) -> None:
    if peak.dist == "triangular" and not (peak.low <= mode <= peak.high and peak.low < peak.high):
        raise SpecError(field, f"low {peak.low:g} and high {peak.high:g} do not bracket peak_sales {mode:g}",
                        "low <= commercial.peak_sales <= high, with low < high")
