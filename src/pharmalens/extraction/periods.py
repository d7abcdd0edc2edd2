"""Fiscal periods of reported figures: FY2025, 2026Q1, 2026H1, 2025Q1-Q3, resolved against the
article's dates (a bare 一季度 takes the nearest year named before it, else the publication year)."""
from __future__ import annotations

import re
from dataclasses import dataclass
from ..model.patterns import rx

_ZH_QUARTER = {"首": 1, "一": 1, "二": 2, "三": 3, "四": 4, "1": 1, "2": 2, "3": 3, "4": 4}
_PERIOD = rx(
    r"截至\s*(?P<fye>(?:19|20)\d{2})\s*年\s*12\s*月\s*31\s*日止(?:年度|财政年度|財政年度|全年)|截至\s*(?P<hye>(?:19|20)\d{2})\s*年\s*6\s*月\s*30\s*日止(?:六个月|六個月|半年)|"
    r"\byear ended 31 December (?P<fye2>(?:19|20)\d{2})\b|\byear ended December 31,? (?P<fye3>(?:19|20)\d{2})\b|"
    r"\b(?P<qw>first|second|third|fourth)[- ]quarter,? (?:of )?(?P<qwy>(?:19|20)\d{2})\b|"
    r"(?:(?P<y>(?:19|20)\d{2})\s*年(?:度)?\s*)?(?:(?:第)?(?P<q>[一二三四1-4首])\s*季(?:度)?(?![节節])|(?P<h>上半年|半年度|中期|下半年)|(?P<nine>前三季度)|(?P<full>全年|年度|年报))"
    r"|(?P<y2>(?:19|20)\d{2})\s*年(?:度)?"
    r"|\b(?:FY\s?(?P<fy>(?:19|20)?\d{2}))\b"
    r"|\b(?P<qn>Q[1-4])\s*(?P<qy>(?:19|20)\d{2})\b|\b(?P<qy2>(?:19|20)\d{2})\s*(?P<qn2>Q[1-4])\b"
    r"|\b(?P<hn>H[12])\s*(?P<hy>(?:19|20)\d{2})\b|\b(?:first half|1H)\s+(?:of\s+)?(?P<hy2>(?:19|20)\d{2})\b"
    r"|\b(?:in|for|during|of)\s+(?:fiscal\s+(?:year\s+)?)?(?P<ey>(?:19|20)\d{2})\b|\bfull[- ]year\s+(?P<ey2>(?:19|20)\d{2})\b"
    r"|\b(?P<ey3>(?:19|20)\d{2})\s+(?:sales|revenues?|results|net (?:income|loss|profit))\b"
    r"|(?P<prev>上年同期|去年同期|上年|prior[- ]year period|same period last year)", re.I)


@dataclass(frozen=True)
class PeriodMention:
    start: int
    end: int
    period: str | None  # None for "same period last year" until resolved


def find_periods(text: str, default_year: int | None) -> list[PeriodMention]:
    found = []
    last_year = default_year
    for m in _PERIOD.finditer(text):
        period = _period(m, last_year)
        if m.group("prev"):
            found.append(PeriodMention(m.start(), m.end(), None))
            continue
        if period:
            last_year = int(period[2:6]) if period.startswith("FY") else int(period[:4])
            found.append(PeriodMention(m.start(), m.end(), period))
    return found


def _period(m: re.Match[str], year_hint: int | None) -> str | None:
    if m.group("qw"):
        return f"{m.group('qwy')}Q{['first', 'second', 'third', 'fourth'].index(m.group('qw').lower()) + 1}"
    fiscal_year = m.group("fye") or m.group("fye2") or m.group("fye3")
    if fiscal_year:
        return f"FY{fiscal_year}"
    if m.group("hye"):
        return f"{m.group('hye')}H1"
    year = m.group("y") or None
    year_value = int(year) if year else year_hint
    if m.group("q"):
        return f"{year_value}Q{_ZH_QUARTER[m.group('q')]}" if year_value else None
    if m.group("h"):
        half = "H2" if m.group("h") == "下半年" else "H1"
        return f"{year_value}{half}" if year_value else None
    if m.group("nine"):
        return f"{year_value}Q1-Q3" if year_value else None
    if m.group("full"):
        return f"FY{year_value}" if year_value else None
    if m.group("y2"):
        return f"FY{m.group('y2')}"
    if m.group("fy"):
        fy = m.group("fy")
        return f"FY{fy if len(fy) == 4 else '20' + fy}"
    if m.group("qn"):
        return f"{m.group('qy')}{m.group('qn').upper()}"
    if m.group("qn2"):
        return f"{m.group('qy2')}{m.group('qn2').upper()}"
    if m.group("hn"):
        return f"{m.group('hy')}{m.group('hn').upper()}"
    if m.group("hy2"):
        return f"{m.group('hy2')}H1"
    if m.group("ey") or m.group("ey2") or m.group("ey3"):
        return f"FY{m.group('ey') or m.group('ey2') or m.group('ey3')}"
    return None


def previous_period(period: str) -> str:
    if period.startswith("FY"):
        return f"FY{int(period[2:6]) - 1}"
    return f"{int(period[:4]) - 1}{period[4:]}"
