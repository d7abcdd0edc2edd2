"""Publication date of an article, as precise as its text allows.

An explicit dateline (an "Update time" line, a press-release dateline, a date under the headline)
wins. Otherwise the date is bounded below by the latest past event the article dates: a month and
day without a year take the latest year the article names; a founding year or the year a long span
began (自2016年…以来) bounds nothing."""
from __future__ import annotations

import re

from ..model.patterns import guarded, rx

_MONTHS = {m: i for i, m in enumerate(
    ["january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
     "november", "december"], start=1)}
_MONTHS.update({k[:3]: v for k, v in list(_MONTHS.items())})
_MONTHS["sept"] = 9

_ISO = guarded(rx(r"(?<!\d)(20\d{2}|19\d{2})[-/.年](\d{1,2})[-/.月](\d{1,2})日?(?!\d)"))
_EN_DATE = guarded(rx(r"\b(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?\s+(\d{1,2}),?\s+(20\d{2})\b"))
_EN_DATE_DMY = guarded(rx(r"\b(\d{1,2})\s+(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?,?\s+(20\d{2})\b"))
_SLASHED = guarded(rx(r"(?<![\d/])(\d{1,2})/(\d{1,2})/(20\d{2})(?![\d/])"))
_CJK = rx(r"[\u4e00-\u9fff]")
_DATELINE_HINT = rx(r"(?i)update time|updated|published|posted|generated|release time|released on|发布时间|发布日期|发布于|发表于|更新于|来源|日期|时间|/PRNewswire/|/美通社/|GLOBE NEWSWIRE|Business Wire")
QUANTITY_UNIT = r"居里|毫居里|人份|m?Ci\b|[GT]Bq|份|剂|支|吨|平方米|台|套|条|张|床|股|doses|vials|shares"  # 2000居里 is no year
_YEAR = guarded(rx(rf"(?<![\dA-Za-z])(?<![A-Za-z\u4e00-\u9fff]-)(20\d{{2}})(?:\s*年|\b(?!\s*(?:[万亿千百元%]|[.,]\d|{QUANTITY_UNIT})))"))  # not a code (SYH-2051) or an amount (2000万元)
_MONTH_DAY = rx(r"(?<![\d年])(\d{1,2})月(\d{1,2})日")
_FUTURE = rx(r"预计|预期|将于|将在|计划于|计划在|拟于|拟在|有望|目标|到\s*$|至\s*$|expected|expects|forecast|by\s*$|(?:before|by) the end of\s*$|until\s*$|projected|outlook|plans?\s+to|\b(?:notes|bonds|debentures)\s+due\s*$|maturing\s+(?:in\s+)?$|"
             r"\binto\s*$|\bending\s+(?:[A-Z][a-z]+\.?\s+(?:\d{1,2},?\s+)?)?$", re.I)  # a runway "into 2028"; the year "ending March 2027"


# Words that put a later year of their sentence in the future ("expected to close in the first half of 2026").
_EXPECTED = rx(r"(?:\b(?:expected|expects|expect|anticipated|anticipates|anticipate|scheduled|plans|planned|intends|intend|aims|will|"
               r"PDUFA|action date|goal date|"
               r"runway|fund (?:its )?operations)\b|预计|预期|有望|支撑)[^.。;；!?]*$", re.I)
_PLANNED_AFTER = rx(r"\s*(?:第?[一二三四1-4]季度?|[上下]半年|\d{1,2}\s*月|年?底|年中)?\s*(?:投产|投產|竣工|完工|落成|启用|啟用|量产|量產)")  # a plant's plan


# Words before a year that say when something began (成立于2011年, founded in 2009): that year bounds no
# later date (the publication here, a reporting period in extraction/periods.py).
FOUNDED_BEFORE = rx(r"(?:成立|创立|創立|创办|創辦|始创|始創|设立|設立)(?:于|於)?\s*$|"
                    r"\b(?:founded|established|incorporated|set up)(?:\s+in)?\s*$|\bsince\s*$", re.I)
FOUNDED_AFTER = rx(r"\s*(?:成立|创立|創立|创办|創辦)")  # "2019年成立"
_BACKGROUND_BEFORE = rx(r"(?:早在|早于|早於|回顾|回顧|(?:此前|之前|早前|先前|曾经|曾經|早已)(?:已|曾)?(?:于|於)|曾(?:于|於)|\bback\s+in|\bas\s+early\s+as)\s*$", re.I)  # 早在2023年…: a past step told as background
_BACKGROUND_AFTER = rx(r"[^，,。；;\n]{0,8}[，,]?[^，,。；;\n]{0,14}?曾(?:经|經)?(?:将|將|与|與|以|把|向|获|獲|于|於)")  # 2022年，甲曾将…


_PRESS_DATELINE = rx(r"^\s*(?:--|—|–|-|/)")
_SIGN_OFF = rx(r"(?:香港|北京|上海|深圳|Hong Kong)\s*[，,]\s*$|来源[:：].*$|來源[:：].*$|^\s*[（(]?\s*$")


def dateline(text: str) -> str | None:
    """A date stated as the article's own date: a press-release dateline, a source line, an
    announcement's sign-off ("香港，2026年1月12日") or a date line under the headline."""
    head = text[:600]
    head_dates = _all_dates_with_end(head)
    for start, value, end in head_dates:
        if _PRESS_DATELINE.match(head[end:end + 4]) and len(value) == 10:
            return value
    for start, value, end in head_dates:
        if len(value) == 10 and _reported_on(head, start, end):
            return value
    for start, value, end in _all_dates_with_end(head[:160]):
        if len(value) == 10 and head[:start].count("\n") <= 2 and _alone_on_line(head, start, end):
            return value  # "Insight\nNovember 8, 2024": the date line under the headline, before any date at the foot
    tail_start = max(0, len(text) - 300)
    for start, value, end in reversed(_all_dates_with_end(text[tail_start:])):
        line_start = text.rfind("\n", 0, tail_start + start) + 1
        before = text[line_start:tail_start + start]
        line_end = text.find("\n", tail_start + start)
        last_line = not text[line_end:].strip() if line_end >= 0 else True
        if len(value) == 10 and not _AS_OF.search(before) and (
                _SIGN_OFF.search(before) or not before.strip() or (last_line and len(before) <= 24)):
            return value
    head = text[:400]
    for start, value, end in _all_dates_with_end(head):
        window = head[max(0, start - 60):start + 40]
        line_start = head.rfind("\n", 0, start) + 1
        near_top = head[:line_start].count("\n") <= 4
        timed = bool(re.match(r"\s+\d{1,2}:\d{2}", head[end:end + 7]))
        labelled = bool(_DATE_LABEL.search(head[max(0, start - 12):start]))
        if _DATELINE_HINT.search(window) or labelled or timed or (near_top and _only_date_line(head, start)):
            return value
    return None


_REPORTED_BEFORE = rx(r"\b(?:said|says|announced|announces|reported|reports|disclosed|discloses|stated|confirmed|unveiled)"
                      r"(?:\s+in\s+an?\s+(?:statement|press\s+release|release|filing))?\s+on\s+"
                      r"(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,?\s+)?$")


def _reported_on(head: str, start: int, end: int) -> bool:
    """A full date in an English lede on which the news was given: "the company said on 4 May 2026",
    "announced on May 4, 2026"."""
    return bool(_REPORTED_BEFORE.search(head, max(0, start - 60), start))


_DATE_LABEL = rx(r"(?i)\bdate\s*[:：]?\s*$")


def _alone_on_line(head: str, start: int, end: int) -> bool:
    line_start = head.rfind("\n", 0, start) + 1
    line_end = head.find("\n", end)
    return not head[line_start:start].strip() and not head[end:line_end if line_end >= 0 else len(head)].strip()


def _only_date_line(head: str, start: int) -> bool:
    """The date alone on its line, or opening a short byline ("2026/03/18 某某报 记者某某／台北报导")."""
    line_start = head.rfind("\n", 0, start) + 1
    line_end = head.find("\n", start)
    line = head[line_start: line_end if line_end >= 0 else len(head)].strip()
    return len(line) <= 24 or (head[line_start:start].strip() == "" and _byline(line)) or _en_byline(line)


_EN_BYLINE = rx(r"^(?:(?:Written|Posted|Reported|Published)\s+)?By\s+[A-Z][^\n]{0,60}?(?:\b20\d{2})(?:,?\s+\d{1,2}:\d{2}\s*(?:[ap]\.?m\.?)?(?:\s+[A-Z]{2,4})?)?"
                r"(?:\s*[|·•]\s*[^|·•\n]{1,30}){0,2}$", re.I)  # "… | 4 min read"


def _en_byline(line: str) -> bool:
    """"By Jane Doe | July 21, 2026", "By Staff Reporter, Jul 21, 2026 09:15 ET": a byline ending with its
    date, or with a short field or two after it ("| 4 min read")."""
    return bool(_EN_BYLINE.match(line))


_BYLINE_MAX = 40
_SENTENCE_MARK = rx(r"[，。；：,;:!?！？]")


def _byline(line: str) -> bool:
    return len(line) <= _BYLINE_MAX and not _SENTENCE_MARK.search(line)


_ZH_DIGITS = {"零": 0, "〇": 0, "○": 0, "一": 1, "二": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9}
_ZH_NUMERAL_DATE = rx(r"(?P<y>[零〇○一二三四五六七八九]{4})年(?P<m>[一二三四五六七八九十]{1,2})月(?:(?P<d>[一二三四五六七八九十]{1,3})日)?")


def _small_chinese_number(text: str) -> int:
    if "十" not in text:
        return _ZH_DIGITS[text]
    tens, _, units = text.partition("十")
    return (_ZH_DIGITS[tens] if tens else 1) * 10 + (_ZH_DIGITS[units] if units else 0)


def chinese_numeral_dates(text: str) -> list[tuple[int, int, str]]:
    """Dates written in Chinese numerals, as exchange filings sign them (二零二六年六月十六日)."""
    found = []
    if "年" not in text:
        return found
    for m in _ZH_NUMERAL_DATE.finditer(text):
        year = int("".join(str(_ZH_DIGITS[ch]) for ch in m.group("y")))
        day = _small_chinese_number(m.group("d")) if m.group("d") else None
        value = _fmt(year, _small_chinese_number(m.group("m")), day)
        if value:
            found.append((m.start(), m.end(), value))
    return found


def _all_dates_with_end(text: str) -> list[tuple[int, str, int]]:
    found = [(start, value, end) for start, end, value in chinese_numeral_dates(text)]
    for pattern, order in _date_scans(text):
        for m in pattern.finditer(text):
            if order == "ymd":
                value = _fmt(int(m.group(1)), int(m.group(2)), int(m.group(3)))
            elif order == "mdy":
                value = _fmt(int(m.group(3)), _MONTHS[m.group(1).lower()], int(m.group(2)))
            else:
                value = _fmt(int(m.group(3)), _MONTHS[m.group(2).lower()], int(m.group(1)))
            if value:
                found.append((m.start(), value, m.end()))
    found.extend((m.start(), value, m.end()) for m, value in _slashed_dates(text))
    if _CJK.search(text):
        for m in _ROC.finditer(text):  # Taiwan's calendar: year 114 is 2025
            value = _fmt(int(m.group("y") or m.group("y2")) + 1911, int(m.group("m") or m.group("m2")),
                         int(m.group("d") or m.group("d2")))
            if value:
                found.append((m.start(), value, m.end()))
    return sorted(found)


def _date_scans(text: str) -> list[tuple[re.Pattern[str], str]]:
    """The date patterns worth running over a head or a tail of an article, bare: an English date needs
    a month's name, tested once for both English patterns. (Their guards' tests, a dozen substring
    searches each or an automaton pass over every literal of the program, cost more on a few hundred
    characters than the scans.)"""
    if _MONTH_NAME.search(text):
        return [(_ISO.compiled, "ymd"), (_EN_DATE.compiled, "mdy"), (_EN_DATE_DMY.compiled, "dmy")]
    return [(_ISO.compiled, "ymd")]


_MONTH_NAME = re.compile("Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec")  # each English date pattern needs one


_ROC = rx(r"(?<![\d/.-])(?P<y>1[01]\d)/(?P<m>[01]?\d)/(?P<d>[0-3]?\d)(?![\d/])|"
          r"民[国國]\s*(?P<y2>1[01]\d)\s*年\s*(?P<m2>\d{1,2})\s*月\s*(?P<d2>\d{1,2})\s*日")


def _slashed_dates(text: str) -> list[tuple[re.Match[str], str]]:
    """Dates written 31/10/2024 or 10/31/2024: the order is read from a part over 12, else from the
    script (day first in Chinese and British usage, month first in American English)."""
    day_first = bool(_CJK.search(text))
    found = []
    for m in _SLASHED.finditer(text) if "/" in text else ():
        a, b, year = int(m.group(1)), int(m.group(2)), int(m.group(3))
        if a > 12 or (b <= 12 and day_first):
            value = _fmt(year, b, a)
        else:
            value = _fmt(year, a, b)
        if value:
            found.append((m, value))
    return found


def slashed_dates(text: str) -> list[tuple[int, int, str]]:
    """(start, end, YYYY-MM-DD) of each date written with slashes and a four-digit year last."""
    return [(m.start(), m.end(), value) for m, value in _slashed_dates(text)]


def _fmt(year: int, month: int, day: int | None = None) -> str | None:
    if not 1 <= month <= 12 or (day is not None and not 1 <= day <= 31):
        return None
    return f"{year:04d}-{month:02d}" + (f"-{day:02d}" if day else "")


_MONTH_AFTER = rx(r"\s*\d{1,2}\s*月")
_PERIOD_ENDED = rx(r"\s*年?\s*\d{1,2}\s*月\s*\d{1,2}\s*日\s*止(?:年度|六个月|六個月|九个月|九個月|期间|期間)[^。；;]{0,12}?"
                   r"(?:录得|錄得|亏损|虧損|溢利|盈利|净利|淨利|收益|收入|管理账目|管理賬目)")  # 预期截至2025年12月31日止年度录得亏损: results reported on


# Words of a sentence that tell an older story before the article's own ("The drug was previously partnered
# with X, which paid … in 2021 before handing the rights back in 2024", "Back in 2023, …", 早在2021年, 曾于2023年):
# its years bound nothing.
_BACKGROUND = rx(r"\b(?:previously|originally|formerly|back in|had been|had (?:licensed|partnered|sold|acquired|paid|returned))\b"
                 r"[^.!?。！？\n]*$|(?:早在|曾于|曾经|曾在)[^。！？\n]*$", re.I)


def latest_past_year(text: str) -> int | None:
    years = []
    for m in _YEAR.finditer(text):
        if _BACKGROUND.search(text, max(0, m.start() - 160), m.start()):
            continue
        before = text[max(0, m.start() - 20):m.start()]
        ended = _PERIOD_ENDED.match(text, m.end()) and before.rstrip().endswith(("截至", "截止"))
        if not ended and (_FUTURE.search(before) or _EXPECTED.search(text, max(0, m.start() - 90), m.start())) or \
                FOUNDED_BEFORE.search(before) or FOUNDED_AFTER.match(text, m.end()) or _BACKGROUND_BEFORE.search(before) or _BACKGROUND_AFTER.match(text, m.end()) or \
                _PLANNED_AFTER.match(text, m.end()) or \
                (before.endswith(("自", "从", "從")) and not _MONTH_AFTER.match(text, m.end())):  # 自2016年获批以来: a span's start
            continue
        years.append(int(m.group(1)))
    return max(years) if years else None


_MONTH_LINE = rx(r"^\s*(?:(?P<mon>Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?\s+(?P<y>20\d{2})|(?P<y2>20\d{2})\s*年\s*(?P<m2>\d{1,2})\s*月)\s*$", re.M)


_MONTH_IN_LINE = rx(r"(?P<y>20\d{2})\s*年\s*(?P<m>\d{1,2})\s*月(?!\s*\d)|"
                    r"\b(?P<mon>Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?\s+(?P<y2>20\d{2})\b")


def _month_line(head: str) -> str | None:
    """A month alone on a line near the top, or in a short byline under the headline ("2026年6月 某某报",
    "某某日报 2025年12月")."""
    month_line = _MONTH_LINE.search(head)
    if month_line:
        if month_line.group("mon"):
            return _fmt(int(month_line.group("y")), _MONTHS[month_line.group("mon").lower()])
        return _fmt(int(month_line.group("y2")), int(month_line.group("m2")))
    lines = [line.strip() for line in head.split("\n") if line.strip()]
    for line in lines[1:4]:
        found = _MONTH_IN_LINE.search(line)
        if found and _byline(line):
            if found.group("mon"):
                return _fmt(int(found.group("y2")), _MONTHS[found.group("mon").lower()])
            return _fmt(int(found.group("y")), int(found.group("m")))
    return None


def publication_date(text: str) -> str | None:
    explicit = dateline(text)
    if explicit:
        return explicit
    month = _month_line(text[:300])
    if month:
        return month
    year = latest_past_year(text)
    if year is None:
        return None
    head = text[:600]
    month_day = _MONTH_DAY.search(head)
    if month_day:
        return _fmt(year, int(month_day.group(1)), int(month_day.group(2)))
    return str(year)


# "截至2026年10月15日，共有112例患者…", "as of October 15, 2026": the date data were counted to, not the article's
_AS_OF = rx(r"(?:截至|截止|截止到|截至到|as\s+of|as\s+at)\s*(?:20\d{2}\s*年)?\s*$", re.I)
