"""Durations written by people ("24h", "6.6 d", "90 min", "2w", "PT24H", "48小时") as hours.

A year is 365.25 days and a month a twelfth of that (Julian year, as in decay data tables).
"""
from __future__ import annotations

import math
import re

from .errors import DurationError

HOURS_PER_YEAR = 365.25 * 24.0

UNIT_HOURS: dict[str, float] = {
    "ns": 1e-9 / 3600.0,
    "us": 1e-6 / 3600.0,
    "µs": 1e-6 / 3600.0,
    "ms": 1e-3 / 3600.0,
    "s": 1.0 / 3600.0,
    "sec": 1.0 / 3600.0,
    "secs": 1.0 / 3600.0,
    "second": 1.0 / 3600.0,
    "seconds": 1.0 / 3600.0,
    "秒": 1.0 / 3600.0,
    "m": 1.0 / 60.0,
    "min": 1.0 / 60.0,
    "mins": 1.0 / 60.0,
    "minute": 1.0 / 60.0,
    "minutes": 1.0 / 60.0,
    "分钟": 1.0 / 60.0,
    "h": 1.0,
    "hr": 1.0,
    "hrs": 1.0,
    "hour": 1.0,
    "hours": 1.0,
    "小时": 1.0,
    "d": 24.0,
    "day": 24.0,
    "days": 24.0,
    "天": 24.0,
    "日": 24.0,
    "w": 168.0,
    "wk": 168.0,
    "wks": 168.0,
    "week": 168.0,
    "weeks": 168.0,
    "周": 168.0,
    "mo": HOURS_PER_YEAR / 12.0,
    "month": HOURS_PER_YEAR / 12.0,
    "months": HOURS_PER_YEAR / 12.0,
    "个月": HOURS_PER_YEAR / 12.0,
    "月": HOURS_PER_YEAR / 12.0,
    "y": HOURS_PER_YEAR,
    "yr": HOURS_PER_YEAR,
    "yrs": HOURS_PER_YEAR,
    "year": HOURS_PER_YEAR,
    "years": HOURS_PER_YEAR,
    "年": HOURS_PER_YEAR,
}

ALLOWED_FORMS = (
    "a number of hours (48), or a number with a unit: 90 min, 24h, 6.6 d, 2w, 18 months, 1.5 years, "
    "48小时 (units: s, min, h, d, w, mo, y and their long names), or ISO 8601 such as PT24H or P1DT6H"
)
ALLOWED_YEAR_FORMS = ALLOWED_FORMS.replace("a number of hours (48)", "a number of years (1.5)")

_PLAIN = re.compile(r"^\s*(?P<num>[+-]?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?)\s*(?P<unit>[^\d\s.+-]*)\s*$")
_ISO = re.compile(
    r"^P(?:(?P<y>\d+(?:\.\d+)?)Y)?(?:(?P<mo>\d+(?:\.\d+)?)M)?(?:(?P<w>\d+(?:\.\d+)?)W)?"
    r"(?:(?P<d>\d+(?:\.\d+)?)D)?(?:T(?:(?P<h>\d+(?:\.\d+)?)H)?(?:(?P<mi>\d+(?:\.\d+)?)M)?"
    r"(?:(?P<s>\d+(?:\.\d+)?)S)?)?$"
)
_ISO_HOURS = {"y": HOURS_PER_YEAR, "mo": HOURS_PER_YEAR / 12.0, "w": 168.0, "d": 24.0, "h": 1.0,
              "mi": 1.0 / 60.0, "s": 1.0 / 3600.0}


def parse_hours(value: str | int | float) -> float:
    """Return the duration in hours; a bare number is hours. Negative or unreadable values raise."""
    if isinstance(value, bool):
        raise DurationError(value, ALLOWED_FORMS)
    if isinstance(value, (int, float)):
        hours = float(value)
    elif isinstance(value, str):
        hours = _parse_text(value)
    else:
        raise DurationError(value, ALLOWED_FORMS)
    if not math.isfinite(hours) or hours < 0:
        raise DurationError(value, ALLOWED_FORMS)
    return hours


def parse_years(value: str | int | float) -> float:
    """Like parse_hours, but a bare number is years (used for development phase lengths)."""
    if isinstance(value, str):
        plain = _PLAIN.match(value)
        if plain and not plain.group("unit"):
            value = float(plain.group("num"))
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        if not math.isfinite(value) or value < 0:
            raise DurationError(value, ALLOWED_YEAR_FORMS)
        return float(value)
    try:
        return parse_hours(value) / HOURS_PER_YEAR
    except DurationError:
        raise DurationError(value, ALLOWED_YEAR_FORMS) from None


def _parse_text(text: str) -> float:
    stripped = text.strip()
    iso = _ISO.match(stripped.upper())
    if iso and stripped.upper() not in ("P", "PT") and any(iso.groupdict().values()):
        return sum(float(v) * _ISO_HOURS[k] for k, v in iso.groupdict().items() if v)
    plain = _PLAIN.match(stripped)
    if not plain:
        raise DurationError(text, ALLOWED_FORMS)
    unit = plain.group("unit").lower()
    if unit == "":
        return float(plain.group("num"))
    if unit not in UNIT_HOURS:
        raise DurationError(text, ALLOWED_FORMS)
    return float(plain.group("num")) * UNIT_HOURS[unit]


def format_hours(hours: float) -> str:
    """Short human form: microseconds to seconds under a minute, minutes under 2 h, hours under 3 d, days above."""
    seconds = hours * 3600.0
    for limit, scale, unit in ((1e-3, 1e6, "µs"), (1.0, 1e3, "ms"), (60.0, 1.0, "s")):
        if seconds < limit:
            return f"{seconds * scale:.3g} {unit}"
    if hours < 2.0:
        return f"{hours * 60.0:.1f} min"
    if hours < 72.0:
        return f"{hours:.2f} h"
    return f"{hours / 24.0:.2f} d"
