"""Radioactivity written by people ("7.4GBq", "200 mCi", "100 kBq") as becquerels.

1 Ci = 3.7e10 Bq exactly, by definition of the curie (NIST Special Publication 811, 2008 edition).
Units are read case-insensitively as the ones used in nuclear medicine: "mbq" is MBq and "mci" mCi.
"""
from __future__ import annotations

import math
import re

from .errors import ActivityError

CURIE_BQ = 3.7e10

UNIT_BQ: dict[str, float] = {
    "bq": 1.0,
    "kbq": 1e3,
    "mbq": 1e6,
    "gbq": 1e9,
    "tbq": 1e12,
    "pbq": 1e15,
    "nci": 1e-9 * CURIE_BQ,
    "uci": 1e-6 * CURIE_BQ,
    "µci": 1e-6 * CURIE_BQ,
    "μci": 1e-6 * CURIE_BQ,
    "mci": 1e-3 * CURIE_BQ,
    "ci": CURIE_BQ,
    "kci": 1e3 * CURIE_BQ,
}

ALLOWED_FORMS = "a number with a unit: 7.4GBq, 7400 MBq, 100 kBq, 200 mCi, 27 uCi (Bq, kBq, MBq, GBq, TBq, nCi, uCi, mCi, Ci)"

_ACTIVITY = re.compile(r"^\s*(?P<num>(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?)\s*(?P<unit>[A-Za-zµμ]+)\s*$")


def parse_activity(value: str | int | float) -> float:
    """Return becquerels. A bare number is taken as Bq; a string must carry its unit."""
    if isinstance(value, bool):
        raise ActivityError(value, ALLOWED_FORMS)
    if isinstance(value, (int, float)):
        bq = float(value)
    elif isinstance(value, str):
        match = _ACTIVITY.match(value)
        unit = match.group("unit").lower() if match else ""
        if not match or unit not in UNIT_BQ:
            raise ActivityError(value, ALLOWED_FORMS)
        bq = float(match.group("num")) * UNIT_BQ[unit]
    else:
        raise ActivityError(value, ALLOWED_FORMS)
    if not math.isfinite(bq) or bq <= 0:
        raise ActivityError(value, ALLOWED_FORMS)
    return bq


def format_activity(bq: float) -> str:
    """Becquerels in the largest SI unit that keeps the number at or above 1, with mCi alongside."""
    for unit, scale in (("TBq", 1e12), ("GBq", 1e9), ("MBq", 1e6), ("kBq", 1e3)):
        if bq >= scale:
            return f"{bq / scale:.3g} {unit} ({bq / UNIT_BQ['mci']:.3g} mCi)"
    return f"{bq:.3g} Bq ({bq / UNIT_BQ['mci']:.3g} mCi)"
