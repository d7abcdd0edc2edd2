"""Default phase-transition success probabilities by therapeutic area (pharmalens/data/phase_success.yaml).

The shipped figures are from BIO, Informa Pharma Intelligence and QLS Advisors, "Clinical Development
Success Rates 2011-2020" (2021); the data file names the source of each set.
"""
from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

import yaml

from .errors import DataFileError, SpecError

PHASES = ("phase1", "phase2", "phase3", "nda")

AREA_ALIASES = {
    "all": "all", "any": "all", "all indications": "all", "全部": "all",
    "oncology": "oncology", "cancer": "oncology", "肿瘤": "oncology",
}


@dataclass(frozen=True)
class SuccessRates:
    area: str
    label: str
    source: str
    probabilities: dict[str, float]


@lru_cache(maxsize=1)
def success_rate_table() -> dict[str, SuccessRates]:
    text = resources.files("pharmalens").joinpath("data", "phase_success.yaml").read_text(encoding="utf-8")
    table: dict[str, SuccessRates] = {}
    for area, row in yaml.safe_load(text).items():
        try:
            probabilities = {phase: float(row[phase]) for phase in PHASES}
            table[area] = SuccessRates(area, row["label"], row["source"], probabilities)
        except (KeyError, TypeError, ValueError) as error:
            raise DataFileError(f"phase_success.yaml: bad entry {area!r}: {error}") from None
    return table


def success_rates(area: str, field: str = "therapeutic_area") -> SuccessRates:
    """Defaults for an area ("oncology", "all", "肿瘤"); an unknown area raises SpecError naming `field`."""
    table = success_rate_table()
    key = AREA_ALIASES.get(str(area).strip().lower(), str(area).strip().lower())
    if key not in table:
        raise SpecError(field, f"no default success rates for {area!r}", ", ".join(sorted(table)))
    return table[key]
