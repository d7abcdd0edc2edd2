"""Reading YAML specs field by field, with errors that name the field and what it allows."""
from __future__ import annotations

import math
from pathlib import Path
from typing import Any, Iterable, Mapping

import yaml

from .durations import parse_years
from .errors import DurationError, SpecError
from .nuclides import nuclide_field

MISSING: Any = object()
# the longest duration a spec may give: a valuation walks its cash flows year by year, so a phase of
# 10^19 years would keep a worker busy for ever
MAX_YEARS = 200.0
# the largest size of any spec number (money is in millions, so 10^15 is far beyond any deal): sums and
# products of bigger ones overflow to infinity and NaN inside the Monte Carlo
MAX_MAGNITUDE = 1e15


def read_yaml(path: str | Path) -> Any:
    """Parse a YAML file; a missing or malformed file raises SpecError naming the file."""
    file = Path(path)
    try:
        return yaml.safe_load(file.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise SpecError(str(file), "file not found", "a path to a readable YAML file") from None
    except (OSError, UnicodeDecodeError) as error:
        raise SpecError(str(file), f"cannot read: {error}", "a readable UTF-8 YAML file") from None
    except yaml.YAMLError as error:
        raise SpecError(str(file), f"not valid YAML ({error})", "a YAML document") from None


class Fields:
    """One mapping of a spec: typed getters that validate and name the full field path on error."""

    def __init__(self, data: Any, path: str, allowed: Iterable[str]) -> None:
        self.path = path
        self.allowed = tuple(allowed)
        if data is None:
            data = {}
        if not isinstance(data, Mapping):
            raise SpecError(path or "spec", f"expected a mapping, got {_kind(data)}",
                            "a mapping with keys " + ", ".join(self.allowed))
        self.data = dict(data)
        for key in self.data:
            if key not in self.allowed:
                raise SpecError(self.name(str(key)), "unknown field", "one of " + ", ".join(self.allowed))

    def name(self, key: str) -> str:
        return f"{self.path}.{key}" if self.path else key

    def has(self, key: str) -> bool:
        return self.data.get(key) is not None

    def raw(self, key: str, default: Any = MISSING) -> Any:
        value = self.data.get(key)
        if value is None:
            if default is MISSING:
                raise SpecError(self.name(key), "missing", "a value must be given")
            return default
        return value

    def number(self, key: str, default: Any = MISSING, *, low: float | None = None, high: float | None = None,
               low_open: bool = False, allowed: str = "a number") -> float:
        value = self.raw(key, default)
        number = _to_number(value)
        if number is None or not math.isfinite(number):
            raise SpecError(self.name(key), f"{value!r} is not a number", allowed)
        if abs(number) > MAX_MAGNITUDE:
            raise SpecError(self.name(key), f"{value!r} is out of range", f"{allowed}, at most {MAX_MAGNITUDE:g} in size")
        too_low = low is not None and (number <= low if low_open else number < low)
        if too_low or (high is not None and number > high):
            raise SpecError(self.name(key), f"{value!r} is out of range", allowed)
        return number

    def probability(self, key: str, default: Any = MISSING) -> float:
        return self.number(key, default, low=0.0, high=1.0, allowed="a probability from 0 to 1 (or 0% to 100%)")

    def fraction(self, key: str, default: Any = MISSING) -> float:
        return self.number(key, default, low=0.0, high=1.0, allowed="a fraction from 0 to 1 (or 0% to 100%)")

    def non_negative(self, key: str, default: Any = MISSING, unit: str = "") -> float:
        return self.number(key, default, low=0.0, allowed=f"a number >= 0{unit}")

    def positive(self, key: str, default: Any = MISSING, unit: str = "") -> float:
        return self.number(key, default, low=0.0, low_open=True, allowed=f"a number > 0{unit}")

    def years(self, key: str, default: Any = MISSING) -> float:
        value = self.raw(key, default)
        try:
            years = parse_years(value)
        except DurationError as error:
            raise SpecError(self.name(key), f"cannot read duration {value!r}", error.allowed) from None
        if years > MAX_YEARS:
            raise SpecError(self.name(key), f"{value!r} is out of range", f"a duration of at most {MAX_YEARS:g} years")
        return years

    def text(self, key: str, default: Any = MISSING, choices: Iterable[str] | None = None) -> str:
        value = self.raw(key, default)
        if not isinstance(value, (str, int, float)) or isinstance(value, bool):
            raise SpecError(self.name(key), f"expected text, got {_kind(value)}", "a string")
        text = str(value)
        if choices is not None and text not in tuple(choices):
            raise SpecError(self.name(key), f"{text!r} is not recognised", "one of " + ", ".join(choices))
        return text

    def nuclide(self, key: str, default: Any = MISSING) -> str | None:
        value = self.raw(key, default)
        return None if value is None else nuclide_field(value, self.name(key))

    def mapping(self, key: str, allowed: Iterable[str]) -> "Fields":
        return Fields(self.data.get(key), self.name(key), allowed)

    def items(self, key: str) -> list[Any]:
        value = self.data.get(key)
        if value is None:
            return []
        if not isinstance(value, list):
            raise SpecError(self.name(key), f"expected a list, got {_kind(value)}", "a YAML list")
        return value


def _to_number(value: Any) -> float | None:
    if isinstance(value, bool):
        return None
    if isinstance(value, (int, float)):
        return float(value)
    if isinstance(value, str):
        text = value.strip().replace(",", "")
        scale = 0.01 if text.endswith("%") else 1.0
        try:
            return float(text.rstrip("%").strip()) * scale
        except ValueError:
            return None
    return None


def _kind(value: Any) -> str:
    return {dict: "a mapping", list: "a list", str: "text"}.get(type(value), type(value).__name__)
