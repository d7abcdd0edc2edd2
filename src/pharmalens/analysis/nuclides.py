"""Radionuclide table and decay arithmetic: fractions left, activity to produce, shipping windows,
daughters over time.

Half-lives and branching come from `pharmalens/data/nuclides.yaml`, where each value names its
evaluated source. Times are hours; activities are becquerels (any consistent unit works).
"""
from __future__ import annotations

import math
import re
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from typing import Any, Iterable

import numpy as np
import yaml

from .bateman import ChainMember, atoms_over_time
from .durations import UNIT_HOURS
from .errors import DataFileError, InsufficientActivity, SpecError, UnknownNuclide

USES = ("therapy", "imaging", "generator", "parent", "daughter", "impurity")
DEFAULT_CHAIN_HOURS = (0.0, 24.0, 72.0, 240.0)

_SUPERSCRIPTS = str.maketrans("⁰¹²³⁴⁵⁶⁷⁸⁹ᵐ", "0123456789m")
_SEPARATORS = re.compile(r"[\s\[\]()\-‐‑–—_]+")
_ELEMENT = r"[A-Za-z]{1,3}|[\u4e00-\u9fff]"
_MASS_FIRST = re.compile(rf"^(?P<mass>\d{{1,3}})(?P<rest>{_ELEMENT}|m(?:[A-Za-z]{{1,2}}|[\u4e00-\u9fff]))$")
_ELEMENT_FIRST = re.compile(rf"^(?P<element>{_ELEMENT})(?P<mass>\d{{1,3}})(?P<meta>m?)$")


@dataclass(frozen=True)
class Decay:
    to: str
    mode: str
    branching: float


@dataclass(frozen=True)
class Nuclide:
    name: str
    element: str
    element_zh: str
    mass: int
    half_life_value: float
    half_life_unit: str
    source: str
    decay: tuple[Decay, ...]
    use: str

    @property
    def half_life_hours(self) -> float:
        return self.half_life_value * UNIT_HOURS[self.half_life_unit]

    @property
    def decay_constant(self) -> float:
        """Per hour."""
        return math.log(2.0) / self.half_life_hours


@dataclass(frozen=True)
class ChainTable:
    """Atoms and activities of a parent and its daughters, per initial parent atom and activity."""

    parent: str
    hours: tuple[float, ...]
    members: tuple[str, ...]
    half_life_hours: tuple[float | None, ...]  # None: stable or outside the table
    atoms: tuple[tuple[float, ...], ...]  # [member][time], per initial parent atom
    activity: tuple[tuple[float, ...], ...]  # [member][time], per unit of initial parent activity

    def to_dict(self) -> dict[str, Any]:
        return {
            "parent": self.parent,
            "hours": list(self.hours),
            "members": [
                {"nuclide": name, "half_life_hours": hl, "atoms": list(atoms), "activity": list(act)}
                for name, hl, atoms, act in zip(self.members, self.half_life_hours, self.atoms, self.activity)
            ],
        }


@lru_cache(maxsize=1)
def nuclide_table() -> dict[str, Nuclide]:
    """All nuclides of the shipped table, keyed by canonical name (Element-Mass, e.g. Lu-177m)."""
    text = resources.files("pharmalens").joinpath("data", "nuclides.yaml").read_text(encoding="utf-8")
    return {row["nuclide"]: _nuclide(row) for row in yaml.safe_load(text)}


def allowed_nuclides() -> list[str]:
    return sorted(nuclide_table(), key=lambda name: (name.split("-")[0], _mass_key(name)))


def canonical_name(text: str) -> str:
    """'177Lu', 'lu177', '¹⁷⁷Lu', '[177Lu]', '镥-177', 'Lu-177' -> 'Lu-177'; unknown raises UnknownNuclide."""
    table = nuclide_table()
    compact = _SEPARATORS.sub("", str(text).translate(_SUPERSCRIPTS))
    for element, mass, meta in _readings(compact):
        for name in _symbols_for(element):
            key = f"{name}-{int(mass)}{'m' if meta else ''}"
            if key in table:
                return key
    raise UnknownNuclide(str(text), allowed_nuclides())


def lookup(text: str) -> Nuclide:
    return nuclide_table()[canonical_name(text)]


def nuclide_field(value: Any, field: str) -> str:
    """Canonical nuclide for a spec field; an unknown one raises SpecError naming the field."""
    try:
        return canonical_name(str(value))
    except UnknownNuclide as error:
        raise SpecError(field, f"unknown nuclide {value!r}", ", ".join(error.allowed)) from None


def half_life_hours(nuclide: str) -> float:
    return lookup(nuclide).half_life_hours


def decay_fraction(nuclide: str, hours: float) -> float:
    """Fraction of the activity left after `hours`: 0.5 ** (hours / half-life)."""
    _check_hours(hours, "hours")
    return 0.5 ** (hours / half_life_hours(nuclide))


def activity_to_produce(nuclide: str, dose_activity: float, hours_until_administration: float) -> float:
    """Activity to make now so that `dose_activity` is left at administration."""
    _check_positive(dose_activity, "dose_activity")
    return dose_activity / decay_fraction(nuclide, hours_until_administration)


def max_shipping_hours(nuclide: str, calibration_activity: float, required_activity: float,
                       handling_hours: float = 0.0) -> float:
    """Longest transit after calibration that still leaves `required_activity` once handling is done.

    Solves calibration * 0.5 ** ((transit + handling) / T) = required for transit.
    """
    _check_positive(calibration_activity, "calibration_activity")
    _check_positive(required_activity, "required_activity")
    _check_hours(handling_hours, "handling_hours")
    budget = half_life_hours(nuclide) * math.log2(calibration_activity / required_activity)
    if budget < handling_hours:
        raise InsufficientActivity(
            f"{canonical_name(nuclide)}: {calibration_activity:.4g} at calibration cannot leave "
            f"{required_activity:.4g} after {handling_hours:g} h of handling (decay budget {budget:.3g} h)"
        )
    return budget - handling_hours


def daughters_over_time(parent: str = "Ac-225", hours_list: Iterable[float] = DEFAULT_CHAIN_HOURS) -> ChainTable:
    """Bateman solution for the parent's chain at each time (atoms and activity per initial parent)."""
    start = lookup(parent)
    hours = np.array([float(h) for h in hours_list], dtype=float)
    if hours.size == 0 or np.any(hours < 0) or not np.all(np.isfinite(hours)):
        raise SpecError("hours", f"{list(hours_list)!r} is not a list of times", "one or more hours >= 0")
    members = _chain_members()
    atoms = atoms_over_time(members, start.name, hours)
    names = tuple(atoms)
    constants = [members[name].decay_constant for name in names]
    return ChainTable(
        parent=start.name,
        hours=tuple(float(h) for h in hours),
        members=names,
        half_life_hours=tuple(math.log(2.0) / lam if lam else None for lam in constants),
        atoms=tuple(tuple(float(a) for a in atoms[name]) for name in names),
        activity=tuple(tuple(float(a) for a in atoms[name] * lam / start.decay_constant)
                       for name, lam in zip(names, constants)),
    )


@lru_cache(maxsize=1)
def _chain_members() -> dict[str, ChainMember]:
    table = nuclide_table()
    members = {
        n.name: ChainMember(n.name, n.decay_constant, tuple((d.to, d.branching) for d in n.decay))
        for n in table.values()
    }
    for nuclide in table.values():
        for decay in nuclide.decay:
            members.setdefault(decay.to, ChainMember(decay.to, 0.0, ()))
    return members


def _readings(compact: str) -> list[tuple[str, str, bool]]:
    """Possible (element, mass, metastable) readings of a compact spelling, most likely first."""
    out: list[tuple[str, str, bool]] = []
    match = _ELEMENT_FIRST.match(compact)
    if match:
        out.append((match["element"], match["mass"], bool(match["meta"])))
    match = _MASS_FIRST.match(compact)
    if match:
        rest = match["rest"]
        if rest[0] in "mM" and len(rest) > 1:
            out.append((rest[1:], match["mass"], True))
        out.append((rest, match["mass"], False))
    return out


def _symbols_for(element: str) -> list[str]:
    table = nuclide_table().values()
    return sorted({n.element for n in table if element.lower() == n.element.lower() or element == n.element_zh})


def _nuclide(row: dict[str, Any]) -> Nuclide:
    try:
        unit = row["half_life"]["unit"]
        if unit not in UNIT_HOURS or row["use"] not in USES:
            raise DataFileError(f"nuclides.yaml: {row['nuclide']}: bad half-life unit or use")
        return Nuclide(
            name=row["nuclide"], element=row["element"], element_zh=row["element_zh"], mass=int(row["mass"]),
            half_life_value=float(row["half_life"]["value"]), half_life_unit=unit, source=row["source"],
            decay=tuple(Decay(d["to"], d["mode"], float(d["branching"])) for d in row["decay"]), use=row["use"],
        )
    except (KeyError, TypeError, ValueError) as error:
        raise DataFileError(f"nuclides.yaml: bad row {row!r}: {error}") from None


def _mass_key(name: str) -> int:
    return int(re.sub(r"\D", "", name.split("-")[1]))


def _check_hours(hours: float, field: str) -> None:
    if not isinstance(hours, (int, float)) or isinstance(hours, bool) or not math.isfinite(hours) or hours < 0:
        raise SpecError(field, f"{hours!r} is not a duration", "a number of hours >= 0")


def _check_positive(value: float, field: str) -> None:
    if not isinstance(value, (int, float)) or isinstance(value, bool) or not math.isfinite(value) or value <= 0:
        raise SpecError(field, f"{value!r} is not an activity", "a number > 0 (Bq or any consistent unit)")
