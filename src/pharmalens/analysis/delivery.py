"""Which hospitals a radiopharmaceutical can reach by road with enough activity left.

Travel time = great-circle distance * detour / road speed + handling. A hospital is reachable for a
nuclide when 0.5 ** (travel time / half-life) >= the threshold (50% by default) from the nearest
site that makes it. Great-circle distance uses the haversine formula on a sphere of radius
6371.0088 km (IUGG mean Earth radius, Moritz, Geodetic Reference System 1980). The detour factor
(road distance / straight-line distance) is an assumption: circuity factors of about 1.2-1.4 are
typical (Ballou, Rahardja and Sakai, Transportation Research Part A 36:843, 2002).
"""
from __future__ import annotations

import csv
import math
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np

from .errors import SpecError
from .nuclides import canonical_name, half_life_hours, nuclide_field

EARTH_RADIUS_KM = 6371.0088
DEFAULT_NUCLIDES = ("Ga-68", "F-18", "Lu-177", "Ac-225")


@dataclass(frozen=True)
class Place:
    name: str
    lat: float
    lon: float
    nuclides: tuple[str, ...] = ()  # for production sites: what they make; empty means every nuclide


@dataclass(frozen=True)
class ReachRow:
    nuclide: str
    half_life_hours: float
    max_travel_hours: float  # road time allowed after handling; negative when handling alone is too long
    max_distance_km: float  # straight-line radius that fits in it
    reachable: int
    total: int
    reachable_names: tuple[str, ...]

    @property
    def share(self) -> float:
        return self.reachable / self.total if self.total else 0.0


@dataclass(frozen=True)
class ReachReport:
    rows: tuple[ReachRow, ...]
    speed_kmh: float
    handling_hours: float
    detour: float
    threshold: float

    def to_dict(self) -> dict[str, Any]:
        return {
            "speed_kmh": self.speed_kmh, "handling_hours": self.handling_hours, "detour": self.detour,
            "threshold": self.threshold,
            "nuclides": [{"nuclide": r.nuclide, "half_life_hours": r.half_life_hours,
                          "max_travel_hours": r.max_travel_hours, "max_distance_km": r.max_distance_km,
                          "reachable": r.reachable, "total": r.total, "share": r.share,
                          "hospitals": list(r.reachable_names)} for r in self.rows],
        }


def load_places(path: str | Path) -> tuple[Place, ...]:
    """CSV with columns name, lat, lon (or latitude, longitude) and optional nuclides ("Lu-177; Ac-225")."""
    file = Path(path)
    try:
        with file.open(newline="", encoding="utf-8-sig") as handle:
            rows = list(csv.DictReader(handle))
    except FileNotFoundError:
        raise SpecError(str(file), "file not found", "a CSV with columns name, lat, lon") from None
    if not rows:
        raise SpecError(str(file), "no rows", "a CSV with a header name, lat, lon and one row per place")
    return tuple(_place(row, f"{file.name} row {i + 2}") for i, row in enumerate(rows))


def haversine_km(lat1: np.ndarray, lon1: np.ndarray, lat2: np.ndarray, lon2: np.ndarray) -> np.ndarray:
    p1, p2 = np.radians(lat1), np.radians(lat2)
    dp, dl = p2 - p1, np.radians(lon2) - np.radians(lon1)
    a = np.sin(dp / 2) ** 2 + np.cos(p1) * np.cos(p2) * np.sin(dl / 2) ** 2
    return 2 * EARTH_RADIUS_KM * np.arcsin(np.sqrt(np.clip(a, 0.0, 1.0)))


def reach(sites: tuple[Place, ...], hospitals: tuple[Place, ...], nuclides: tuple[str, ...] = DEFAULT_NUCLIDES,
          speed_kmh: float = 60.0, handling_hours: float = 1.0, detour: float = 1.3,
          threshold: float = 0.5) -> ReachReport:
    _check(speed_kmh > 0, "speed", speed_kmh, "a road speed > 0 km/h")
    _check(handling_hours >= 0, "handling", handling_hours, "hours >= 0")
    _check(detour >= 1, "detour", detour, "a factor >= 1 (road distance / straight-line distance)")
    _check(0 < threshold <= 1, "threshold", threshold, "a fraction of activity in (0, 1]")
    h_lat = np.array([h.lat for h in hospitals])[:, None]
    h_lon = np.array([h.lon for h in hospitals])[:, None]
    rows = []
    for nuclide in (canonical_name(n) for n in nuclides):
        makers = [s for s in sites if not s.nuclides or nuclide in s.nuclides]
        half_life = half_life_hours(nuclide)
        budget = half_life * math.log2(1.0 / threshold) - handling_hours
        names: tuple[str, ...] = ()
        if makers and budget >= 0:
            distance = haversine_km(h_lat, h_lon, np.array([s.lat for s in makers])[None, :],
                                    np.array([s.lon for s in makers])[None, :]).min(axis=1)
            travel = distance * detour / speed_kmh
            names = tuple(h.name for h, t in zip(hospitals, travel) if t <= budget + 1e-12)
        radius = max(budget, 0.0) * speed_kmh / detour
        rows.append(ReachRow(nuclide, half_life, budget, radius, len(names), len(hospitals), names))
    return ReachReport(tuple(rows), speed_kmh, handling_hours, detour, threshold)


def _place(row: dict[str, str], where: str) -> Place:
    clean = {(k or "").strip().lower(): (v or "").strip() for k, v in row.items()}
    name = clean.get("name") or clean.get("site") or clean.get("hospital")
    if not name:
        raise SpecError(f"{where} name", "missing", "a non-empty name column")
    lat = _coordinate(clean.get("lat") or clean.get("latitude"), f"{where} lat", 90.0)
    lon = _coordinate(clean.get("lon") or clean.get("lng") or clean.get("longitude"), f"{where} lon", 180.0)
    listed = [n for n in clean.get("nuclides", "").replace("|", ";").replace(",", ";").split(";") if n.strip()]
    return Place(name, lat, lon, tuple(nuclide_field(n.strip(), f"{where} nuclides") for n in listed))


def _coordinate(text: str | None, field: str, limit: float) -> float:
    try:
        value = float(text or "")
    except ValueError:
        raise SpecError(field, f"{text!r} is not a number", f"decimal degrees from -{limit:g} to {limit:g}") from None
    _check(-limit <= value <= limit, field, value, f"decimal degrees from -{limit:g} to {limit:g}")
    return value


def _check(ok: bool, field: str, value: object, allowed: str) -> None:
    if not ok:
        raise SpecError(field, f"{value!r} is out of range", allowed)
