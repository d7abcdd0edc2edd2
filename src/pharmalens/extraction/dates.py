"""Dates of events inside an article, resolved against its publication date when relative."""
from __future__ import annotations

import re
from datetime import date, timedelta
from ..model.frozen import frozen
from ..documents.dating import QUANTITY_UNIT, chinese_numeral_dates, slashed_dates
from ..model.patterns import guarded, holds_any, rx

_MONTHS = {m: i for i, m in enumerate(
    ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"], start=1)}
# A month's name or abbreviation as the English patterns write it (capitalised) holds one of these: a text
# without any is not scanned for a month alone, a day heading or "on Oct. 2". The agency's dateline
# holds 电 or 讯, the news day 今 or 昨.
_MONTH_HEADS = tuple(m.title() for m in _MONTHS)
_ZH_DATE = guarded(rx(r"(?:(?P<y>(?:19|20)\d{2})\s*年\s*)?(?P<m>\d{1,2})\s*月(?:\s*(?P<d>\d{1,2})\s*日)?|(?P<y2>(?:19|20)\d{2})\s*年(?!度?\s*[一二三四]?季|\d)"))
_YEAR_BEFORE = rx(r"(?P<y>(?:19|20)\d{2})\s*年|(?P<rel>今年|去年|上年|明年)")
_SENTENCE_END = rx(r"[。；;!！?？]")
_RECENT = timedelta(days=92)
_RELATIVE_YEAR = {"今年": 0, "去年": -1, "上年": -1, "明年": 1}
_ZH_RELATIVE = rx(r"(?P<which>今年|去年|上年|明年|本月|上月|近日|日前|近期)(?:\s*(?P<m>\d{1,2})\s*月(?:\s*(?P<d>\d{1,2})\s*日)?)?")
_EN_DATE = guarded(rx(
    r"\b(?:(?<![\w.,-])(?P<d1>\d{1,2})[ \t]+)?(?P<mon>Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?"
    r"(?:\s+(?P<d2>\d{1,2}),?)?\s+(?P<y>(?:19|20)\d{2})\b"))
_EN_YEAR = guarded(rx(r"\b(?:in|since|during|from|by|of|year)\s+(?P<y>(?:19|20)\d{2})\b|"
                      r"(?<![\d.,])(?<![A-Za-z]-)(?<![A-Za-z])\b(?P<y2>(?:19|20)\d{2})\b(?![.,]\d)(?!\s*(?:年|万|亿|元|%|人|例|名|家|个|MeV|patients|abstracts|million|billion|"
                      rf"{QUANTITY_UNIT}))"))  # a quantity, not a year
_EN_MONTH_ONLY = rx(r"\b(?:[Ii]n|[Ss]ince|[Dd]uring|[Ff]rom|[Bb]y|[Ll]ast|[Tt]his)\s+(?P<mon>January|February|March|April|May|June|July|August|September|October|November|December)\b(?![\s,]+\d)")
# Numeric dates: ISO-like (2025-08-28, 2025/8/28) and Taiwan's ROC calendar (114/08/28, 民国114年12月
# 11日; year + 1911). Filing forms run numbered items together ("108/08/122.公司名称": the day is 12).
_NUMERIC_DATE = guarded(rx(r"(?<![\d/.-])(?P<y>(?:19|20)\d{2})(?P<sep>[-/.])(?P<m>\d{1,2})(?P=sep)(?P<d>\d{1,2})(?!\d)"))
_ROC_DATE = rx(r"(?<![\d/.-])(?P<y>9\d|1[01]\d)/(?P<m>[01]?\d)/(?P<d>[0-3]\d)(?=\d?[.、]|(?![\d/]))|"
               r"(?:民国\s*(?P<ry>\d{2,3})|(?<!\d)(?P<ry2>1[01]\d))\s*年(?:\s*(?P<rm>\d{1,2})\s*月(?:\s*(?P<rd>\d{1,2})\s*日)?)?")
_ROC_OFFSET = 1911
_EN_RELATIVE = guarded(rx(r"\b(?P<which>last month|this month|last year|earlier this year|this year|recently)\b", re.I))


@frozen
class DateMention:
    start: int
    end: int
    value: str  # YYYY, YYYY-MM or YYYY-MM-DD
    relative: bool = False  # resolved from the publication date (近日, last month)


def find_dates(text: str, published: str | None = None) -> list[DateMention]:
    year_hint = int(published[:4]) if published else None
    found: list[DateMention] = []
    for m in _EN_DATE.finditer(text):
        day = m.group("d1") or m.group("d2")
        found.append(DateMention(m.start(), m.end(), _fmt(int(m.group("y")), _MONTHS[m.group("mon")[:3].lower()], day)))
    found.extend(_numeric_dates(text))
    for m in _ZH_DATE.finditer(text):
        if m.group("y2"):
            found.append(DateMention(m.start(), m.end(), m.group("y2")))
            continue
        year = int(m.group("y")) if m.group("y") else _year_before(text, m.start(), year_hint, _day_of(m, published),
                                                                   _page_year(year_hint, published, m))
        if year is None or not 1 <= int(m.group("m")) <= 12:
            continue
        found.append(DateMention(m.start(), m.end(), _fmt(year, int(m.group("m")), m.group("d"))))
    for m in _ZH_RELATIVE.finditer(text):
        value = _relative(m.group("which"), m.group("m"), published, m.group("d"))
        if value:
            found.append(DateMention(m.start(), m.end(), value, relative=m.group("which") in ("近日", "日前", "近期")))
    named_month = holds_any(text, _MONTH_HEADS)
    if year_hint and named_month:
        pub_month = int(published[5:7]) if published and len(published) >= 7 else 12
        for m in _EN_MONTH_ONLY.finditer(text):
            month = _MONTHS[m.group("mon")[:3].lower()]
            year = year_hint - 1 if month > pub_month else year_hint
            found.append(DateMention(m.start("mon"), m.end("mon"), _fmt(year, month, None)))
    found.extend(_day_headings(text, published) if named_month else ())
    for m in _EN_RELATIVE.finditer(text):
        value = _relative(m.group("which").lower(), None, published)
        if value:
            found.append(DateMention(m.start(), m.end(), value, relative=m.group("which").lower() == "recently"))
    for start, end, value in chinese_numeral_dates(text) + slashed_dates(text):
        found.append(DateMention(start, end, value))
    found.extend(_agency_day(text, published) if "电" in text or "讯" in text else ())
    found.extend(_news_day(text, published) if "今" in text or "昨" in text else ())
    for m in _EN_YEAR.finditer(text):
        year = m.group("y") or m.group("y2")
        found.append(DateMention(m.start(), m.end(), year))
    return _dedupe(found)


_DAY_HEADING = rx(r"^[ \t]*(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,?[ \t]+)?(?:(?P<mon>Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|"
                  r"Nov|Dec)[a-z]*\.?[ \t]+(?P<d>\d{1,2})|(?P<d2>\d{1,2})[ \t]+(?P<mon2>Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|"
                  r"Nov|Dec)[a-z]*\.?)(?:st|nd|rd|th)?[ \t]*$", re.M)


_ON_DAY = rx(r"\b[Oo]n\s+(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,?\s+)?(?P<mon>Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|"
             r"Oct|Nov|Dec)[a-z]*\.?\s+(?P<d>\d{1,2})(?:st|nd|rd|th)?\b(?!,?\s*(?:19|20)\d{2}|\s*[-–/]\d)")
_AHEAD_MONTHS = 6


def _day_headings(text: str, published: str | None) -> list[DateMention]:
    """"March 27" alone on its line (the day heading of a dated list: a tracker, a week's news) or
    "on Oct. 2" in a sentence: a day in the page's year (the year before when that day would be more
    than half a year after the page)."""
    if not published or len(published) < 10:
        return []
    year, month, day = (int(x) for x in published.split("-"))
    found = []
    for m in list(_DAY_HEADING.finditer(text)) + list(_ON_DAY.finditer(text)):
        mon, d = _MONTHS[(m.group("mon") or m.group("mon2"))[:3].lower()], int(m.group("d") or m.group("d2"))
        y = year if (mon, d) <= (month, day) or mon - month <= _AHEAD_MONTHS else year - 1
        value = _fmt(y, mon, str(d)) if 1 <= d <= 31 else None
        if value:
            start = m.start("mon") if m.re is _ON_DAY else m.start()
            found.append(DateMention(start, m.end(), value))
    return found


_AGENCY_DAY = rx(r"(?<![\d月/-])(?P<d>\d{1,2})\s*日\s*(?:专讯|专电|电|讯)")


def _agency_day(text: str, published: str | None) -> list[DateMention]:
    """"31日专讯", "5日电": a news agency's dateline gives the day; month and year are the page's (the
    month before when the day is later than the page's)."""
    if not published or len(published) < 10:
        return []
    year, month, day = (int(x) for x in published.split("-"))
    found = []
    for m in _AGENCY_DAY.finditer(text):
        d = int(m.group("d"))
        y, mo = (year, month) if d <= day else ((year, month - 1) if month > 1 else (year - 1, 12))
        value = _fmt(y, mo, str(d)) if 1 <= d <= 31 else None
        if value:
            found.append(DateMention(m.start(), m.end(), value, relative=True))
    return found


_NEWS_DAY = rx(r"(?P<w>昨日|昨天|昨晚|今日|今天|今晨|今早)(?!头条)|(?P<b>[今昨])\s*[（(]\s*(?P<d>\d{1,2})\s*[)）]\s*日")


def _news_day(text: str, published: str | None) -> list[DateMention]:
    """"昨日宣布", "今（15）日公告": the day a report tells of, from the page's date (yesterday is the
    day before; a day in brackets later than the page's is last month's)."""
    if not published or len(published) < 10:
        return []
    day = date.fromisoformat(published)
    found = []
    for m in _NEWS_DAY.finditer(text):
        if m.group("w"):
            value = (day - timedelta(days=1) if m.group("w").startswith("昨") else day).isoformat()
        else:
            d = int(m.group("d"))
            y, mo = (day.year, day.month) if d <= day.day else ((day.year, day.month - 1) if day.month > 1 else (day.year - 1, 12))
            value = _fmt(y, mo, str(d)) if 1 <= d <= 31 else None
        if value:
            found.append(DateMention(m.start(), m.end(), value))
    return found


def _numeric_dates(text: str) -> list[DateMention]:
    found = []
    for m in _NUMERIC_DATE.finditer(text):
        if 1 <= int(m.group("m")) <= 12 and 1 <= int(m.group("d")) <= 31:
            found.append(DateMention(m.start(), m.end(), _fmt(int(m.group("y")), int(m.group("m")), m.group("d"))))
    for m in _ROC_DATE.finditer(text):
        if m.group("y"):
            year, month, day = int(m.group("y")), int(m.group("m")), m.group("d")
        elif m.group("ry2") and not m.group("rm"):
            continue  # "110年" alone is a count, not a year
        else:
            year, month, day = int(m.group("ry") or m.group("ry2")), int(m.group("rm") or 0), m.group("rd")
        if month and not 1 <= month <= 12:
            continue
        value = _fmt(year + _ROC_OFFSET, month, day) if month else str(year + _ROC_OFFSET)
        found.append(DateMention(m.start(), m.end(), value))
    return found


def _page_year(year: int | None, published: str | None, m: re.Match) -> int | None:
    """The year a month written alone is in by the page: the page's, or the year before where the month
    would lie over half a year after the page (a January page's "12月29日")."""
    if year is None or not published or len(published) < 7:
        return year
    return year - 1 if int(m.group("m")) - int(published[5:7]) > _AHEAD_MONTHS else year


def _heads_a_chronicle(text: str, year: re.Match, paragraph_start: int) -> bool:
    """"2021年，公司接连…": a year alone that opens its sentence and is set off by a comma heads the
    days told after it; not "成立于2021年" or "2024年6月启动…"."""
    if not _CHRONICLE_AFTER.match(text, year.end()):
        return False
    return year.start() - paragraph_start <= 2 or bool(_CHRONICLE_BEFORE.search(text, max(paragraph_start, year.start() - 4), year.start()))


_CHRONICLE_AFTER = rx(r"\s*(?:内|间|中|以来)?\s*[，,]")
_CHRONICLE_BEFORE = rx(r"[。；;！？!?]\s*(?:在|于|自)?\s*$")


def _day_of(m: re.Match, published: str | None) -> tuple[int, int] | None:
    """A month and day ("11月3日") that lie in the few months before the page's own day in its year."""
    if not (m.group("d") and published and len(published) == 10):
        return None
    try:
        day = date(int(published[:4]), int(m.group("m")), int(m.group("d")))
        page = date.fromisoformat(published)
    except ValueError:
        return None
    return (day.month, day.day) if timedelta(0) <= page - day <= _RECENT else None


def _year_before(text: str, pos: int, fallback: int | None, day: tuple[int, int] | None = None,
                 alone: int | None = None) -> int | None:
    """A month without a year takes the nearest year stated before it in the same paragraph ("2024
    年…3月", "今年2月…3月"), else the publication year (`alone`, the year before for a month over half
    a year after the page). A day of a new sentence that has already come
    recently in the page's year (`day`) is told in the page's year where an earlier sentence dated
    another event to a month of another year ("于2024年6月启动临床。公司11月3日宣布…"); not under a
    year that heads a chronicle ("2021年，公司接连…。2月8日…")."""
    paragraph_start = text.rfind("\n", 0, pos) + 1
    stated = list(_YEAR_BEFORE.finditer(text, paragraph_start, pos))
    if not stated:
        return alone if alone is not None else fallback
    last = stated[-1]
    if (day is not None and fallback is not None and not _heads_a_chronicle(text, last, paragraph_start)
            and _SENTENCE_END.search(text, last.end(), pos)):
        return fallback
    if last.group("y"):
        return int(last.group("y"))
    if fallback is None:
        return None
    return fallback + _RELATIVE_YEAR[last.group("rel")]


def _relative(which: str, month: str | None, published: str | None, day: str | None = None) -> str | None:
    if not published:
        return None
    year = int(published[:4])
    pub_month = int(published[5:7]) if len(published) >= 7 else None
    if which in ("去年", "上年", "last year"):
        year -= 1
    elif which == "明年":
        year += 1
    if month:
        return _fmt(year, int(month), day)
    if which in ("近日", "日前", "近期", "recently", "本月", "this month"):
        return published
    if which in ("上月", "last month") and pub_month:
        return _fmt(year - (pub_month == 1), 12 if pub_month == 1 else pub_month - 1, None)
    return str(year)


def _fmt(year: int, month: int, day: str | None) -> str:
    if not 1 <= month <= 12:
        return str(year)
    return f"{year:04d}-{month:02d}" + (f"-{int(day):02d}" if day and 1 <= int(day) <= 31 else "")


def _dedupe(found: list[DateMention]) -> list[DateMention]:
    out: list[DateMention] = []
    for mention in sorted(found, key=lambda d: (d.start, -(d.end - d.start))):
        if out and mention.start < out[-1].end:
            continue
        out.append(mention)
    return out


def nearest_date(dates: list[DateMention], start: int, end: int, window: int = 80,
                 look_after: bool = True) -> DateMention | None:
    """The date mention closest before a span (or inside it), else right after it, within the window."""
    before = [d for d in dates if start - window <= d.start < end]
    if before:
        return max(before, key=lambda d: d.start)
    if not look_after:
        return None
    after = [d for d in dates if end <= d.start <= end + window // 2]
    return min(after, key=lambda d: d.start) if after else None
