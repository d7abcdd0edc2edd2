"""Source trust and value comparison for the knowledge base.

`source_kind(document)` sorts a stored document into one of four kinds, most trusted first:

- ``exchange_filing``: HKEX / SSE / SZSE style announcements (股份代號, 股票代码, 證券代碼, "stock code",
  董事會欣然宣佈, 公告编号, 香港交易及結算所, exchange news sites in the source);
- ``company_release``: press releases (PR Newswire, Business Wire, GlobeNewswire, 美通社, "today announced",
  an "About <Company>" boilerplate heading, "Forward-looking statements");
- ``media``: anything else;
- ``machine_summary``: generated digests ("Core Insights" / 核心观点 with [n] citation markers).

`choose` picks one value among the sources of a field (the rule is described in `knowledge`), and the
`same_*` helpers say when two stated values disagree enough to be a conflict.
"""
from __future__ import annotations

import calendar
import datetime as dt
import re
import unicodedata
from typing import Any

SOURCE_KINDS = ("exchange_filing", "company_release", "media", "machine_summary")
TRUST = {kind: len(SOURCE_KINDS) - i for i, kind in enumerate(SOURCE_KINDS)}  # higher is more trusted
MONEY_TOLERANCE = 0.01

_FILING = re.compile(
    r"股份代[號号]|股票代[码碼]|[證证]券代[碼码]|stock\s+code|董事[會会]欣然宣[佈布]|公告[编編][号號]|"
    r"香港交易及[結结]算所|hong\s+kong\s+exchanges\s+and\s+clearing|the\s+stock\s+exchange\s+of\s+hong\s+kong|"
    r"不存在任何虚假记载|hkexnews|sse\.com\.cn|szse\.cn|cninfo\.com\.cn", re.IGNORECASE)
_RELEASE = re.compile(
    r"pr\s?newswire|business\s?wire|globe\s?newswire|美通社|today\s+announced|"
    r"forward[-\s]looking\s+statements|前瞻性[陈陳][述]|前瞻性[声聲]明", re.IGNORECASE)
_ABOUT = re.compile(r"(?m)^\s*About\s+[A-Z][\w&.,'()-]*(?:\s+[A-Z0-9][\w&.,'()-]*){0,5}\s*$")
_SUMMARY = re.compile(r"core\s+insights|核心(?:观点|觀點|洞察|要点|要點)", re.IGNORECASE)
_CITATION = re.compile(r"\[\d{1,3}\]")
_DATE = re.compile(r"^(\d{4})(?:-(\d{1,2})(?:-(\d{1,2}))?)?")
_PERIOD = re.compile(r"^(?:FY(?P<fy>\d{4})|(?P<y>\d{4})(?:Q(?P<q>[1-4])|H(?P<h>[12])|(?P<m>\d{1,2})M)"
                     r"|(?P<d>\d{4})(?:-(?P<dm>\d{2}))?(?:-\d{2})?)$")


def source_kind(document: dict[str, Any]) -> str:
    """The kind of a document payload (keys "source", "title", "text"; missing keys count as empty)."""
    text = "\n".join(str(document.get(key) or "") for key in ("title", "text"))
    source = str(document.get("source") or "")
    if _SUMMARY.search(text) and _CITATION.search(text):
        return "machine_summary"
    if _FILING.search(text) or _FILING.search(source):
        return "exchange_filing"
    if _RELEASE.search(text) or _RELEASE.search(source) or _ABOUT.search(text):
        return "company_release"
    return "media"


def trust(kind: str | None) -> int:
    return TRUST.get(kind or "", 0)


def date_key(text: str | None) -> tuple[int, int, int]:
    """(year, month, day) with 0 for what is not stated; (0, 0, 0) for no date."""
    match = _DATE.match(text or "")
    if not match:
        return (0, 0, 0)
    return tuple(int(part) if part else 0 for part in match.groups())  # type: ignore[return-value]


def date_precision(text: str | None) -> int:
    """0 no date, 1 year, 2 month, 3 day."""
    return sum(1 for part in date_key(text) if part)


def day_range(text: str | None) -> tuple[int, int] | None:
    """First and last day (proleptic ordinals) a date as precise as known may stand for."""
    year, month, day = date_key(text)
    if not year:
        return None
    try:
        if day:
            ordinal = dt.date(year, month, day).toordinal()
            return ordinal, ordinal
        if month:
            last = calendar.monthrange(year, month)[1]
            return dt.date(year, month, 1).toordinal(), dt.date(year, month, last).toordinal()
        return dt.date(year, 1, 1).toordinal(), dt.date(year, 12, 31).toordinal()
    except ValueError:
        return None


def days_apart(first: str | None, second: str | None) -> int | None:
    """Smallest gap in days between two dates of any precision; None when either is unknown."""
    a, b = day_range(first), day_range(second)
    if a is None or b is None:
        return None
    return max(0, a[0] - b[1], b[0] - a[1])


def same_date(first: str | None, second: str | None) -> bool:
    """Dates agree unless both state a month and year-month differ, or their years differ."""
    a, b = date_key(first), date_key(second)
    if a[0] != b[0]:
        return False
    return not (a[1] and b[1] and a[1] != b[1])


def same_money(first: dict[str, Any], second: dict[str, Any]) -> bool:
    """Same currency and amounts within 1%; across currencies, the USD figures within 1% if both have one."""
    if first.get("currency") == second.get("currency"):
        return _close(first.get("amount"), second.get("amount"))
    if first.get("usd") is not None and second.get("usd") is not None:
        return _close(first["usd"], second["usd"])
    return False


def _close(a: Any, b: Any) -> bool:
    if a is None or b is None:
        return a is b
    a, b = float(a), float(b)
    return abs(a - b) <= MONEY_TOLERANCE * max(abs(a), abs(b))


def normalise_text(value: Any) -> str:
    text = unicodedata.normalize("NFKC", str(value)).casefold()
    return re.sub(r"[\s\W_]+", " ", text).strip()


def completeness(value: Any) -> int:
    """How much a value says: date precision, non-empty money keys, list length or text length."""
    if isinstance(value, dict):
        return sum(1 for v in value.values() if v is not None)
    if isinstance(value, (list, tuple)):
        return len(value)
    if isinstance(value, str) and _DATE.match(value):
        return date_precision(value)
    return len(str(value))


def choose(candidates: list[dict[str, Any]]) -> dict[str, Any] | None:
    """The winning candidate ({"value", "source_kind", "published", ...}): most trusted kind, then the
    most recent publication, then the most complete value; None when there are none."""
    if not candidates:
        return None
    return max(candidates, key=choice_key)


def choice_key(candidate: dict[str, Any]) -> tuple[Any, ...]:
    return (trust(candidate.get("source_kind")), date_key(candidate.get("published")),
            completeness(candidate.get("value")))


def period_key(period: str | None) -> tuple[int, int, str]:
    """(year, last month covered, text): FY2025 after 2025H1 after 2025Q1; unknown periods last."""
    match = _PERIOD.match(period or "")
    if not match:
        return (9999, 99, period or "")
    g = match.groupdict()
    if g["fy"]:
        return (int(g["fy"]), 12, period or "")
    if g["y"]:
        month = int(g["q"]) * 3 if g["q"] else int(g["h"]) * 6 if g["h"] else int(g["m"])
        return (int(g["y"]), month, period or "")
    return (int(g["d"]), int(g["dm"] or 12), period or "")
