"""Comparable deals: quartiles of upfront, headline total and upfront share, and where a deal falls.

Headline totals overstate value; the upfront and its share of the headline are the better signal
(shared/DESIGN.md: $1B+ China out-licensing deals of 2024 had about 4% of headline value upfront).
"""
from __future__ import annotations

import csv
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np

from .errors import SpecError
from .specs import Fields, read_yaml

METRICS = ("upfront", "total", "upfront_share")


@dataclass(frozen=True)
class Comparable:
    name: str
    upfront: float  # USD millions
    total: float | None  # headline value, USD millions


@dataclass(frozen=True)
class MetricPosition:
    metric: str
    value: float | None  # this deal's figure
    count: int
    q1: float
    median: float
    q3: float
    percentile: float | None  # share of comparables below this deal (ties count half), 0-100
    band: str  # "below Q1", "Q1-median", "median-Q3", "above Q3" or "n/a"

    def to_dict(self) -> dict[str, Any]:
        return {k: getattr(self, k) for k in ("metric", "value", "count", "q1", "median", "q3", "percentile", "band")}


def comparables_from_list(items: list[Any], path: str) -> tuple[Comparable, ...]:
    out = []
    for i, item in enumerate(items):
        fields = Fields(item, f"{path}[{i}]", ("name", "upfront", "total", "date", "licensor", "licensee", "asset",
                                                "source", "notes"))
        upfront = fields.non_negative("upfront", unit=" (USD millions)")
        total = fields.non_negative("total", unit=" (USD millions)") if fields.has("total") else None
        if total is not None and total < upfront:
            raise SpecError(fields.name("total"), f"{total:g} is below the upfront {upfront:g}",
                            "a headline total >= upfront")
        out.append(Comparable(fields.text("name", f"deal {i + 1}"), upfront, total))
    return tuple(out)


def load_comparables(path: str | Path) -> tuple[Comparable, ...]:
    """A YAML list (or a mapping with `comparables:`) or a CSV with columns name, upfront, total."""
    file = Path(path)
    if file.suffix.lower() == ".csv":
        try:
            with file.open(newline="", encoding="utf-8-sig") as handle:
                rows = [{k: v for k, v in row.items() if v not in ("", None)} for row in csv.DictReader(handle)]
        except FileNotFoundError:
            raise SpecError(str(file), "file not found", "a CSV with columns name, upfront, total") from None
        return comparables_from_list(rows, file.name)
    data = read_yaml(file)
    if isinstance(data, dict):
        data = data.get("comparables")
    if not isinstance(data, list):
        raise SpecError(str(file), "no list of comparables", "a YAML list of {name, upfront, total}")
    return comparables_from_list(data, file.name)


def position(comparables: tuple[Comparable, ...], upfront: float, total: float) -> tuple[MetricPosition, ...]:
    """Quartiles of each metric across the comparables and this deal's place among them."""
    values = {
        "upfront": ([c.upfront for c in comparables], upfront),
        "total": ([c.total for c in comparables if c.total is not None], total),
        "upfront_share": ([c.upfront / c.total for c in comparables if c.total],
                          upfront / total if total else None),
    }
    return tuple(_metric(name, sample, mine) for name, (sample, mine) in values.items() if sample)


def _metric(name: str, sample: list[float], mine: float | None) -> MetricPosition:
    data = np.asarray(sample, dtype=float)
    q1, median, q3 = (float(q) for q in np.percentile(data, [25.0, 50.0, 75.0]))
    if mine is None:
        return MetricPosition(name, None, data.size, q1, median, q3, None, "n/a")
    below = np.count_nonzero(data < mine) + 0.5 * np.count_nonzero(data == mine)
    if mine < q1:
        band = "below Q1"
    elif mine <= median:
        band = "Q1-median"
    elif mine <= q3:
        band = "median-Q3"
    else:
        band = "above Q3"
    return MetricPosition(name, float(mine), data.size, q1, median, q3, float(100.0 * below / data.size), band)
