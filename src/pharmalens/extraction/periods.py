"""Fiscal periods of reported figures: FY2025, 2026Q1, 2026H1, 2025Q1-Q3 (nine months), point dates.

Written forms: 2025年上半年, 2025年第三季度, 前三季度 / 累计前三季 / 1-9月 / nine months ended, 截至2025年
6月30日止六个月 / 截至2025年6月止半年度, 2023年1-12月, 二零二四年, FY 2023 / fiscal year 2023, H1 2025 /
2025 H1, Q3 2025, first quarter of 2026, the year ended December 31, 2024. A period written without
its year (上半年, 一季度, "the fourth quarter") takes the year named last in the same stretch of
text, else `default_year` (the report's year or the publication year).

Relative mentions are kept with their kind and resolved by the reader: "prior" (上年同期, 去年同期,
the prior year) is the period before the figure's own; "current" (期内, 报告期内, 单季, for the period)
is the period the text is talking about. 去年 / last year and 今年 / this year resolve against the
publication year; with no publication year they are "unresolved", a period the text names but does
not date, so that a figure beside one is never given an older year named elsewhere. Dates (2025年6月30日, 2025年末, June 30, 2025) are kind "date" with an ISO value: the
period of a point value such as cash."""
from __future__ import annotations

import re
from functools import lru_cache

from ..model.frozen import frozen
from ..documents.dating import FOUNDED_BEFORE
from ..model.pattern_starts import start_class
from ..model.patterns import guarded, rx, rx_starting

_ZH_QUARTER = {"首": 1, "一": 1, "二": 2, "三": 3, "四": 4, "1": 1, "2": 2, "3": 3, "4": 4}
_ZH_DIGIT = {"零": "0", "〇": "0", "一": "1", "二": "2", "三": "3", "四": "4", "五": "5", "六": "6", "七": "7", "八": "8", "九": "9"}
_MONTHS = ["january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
           "november", "december"]
_ORDINAL = {"first": 1, "second": 2, "third": 3, "fourth": 4}
_Y = r"(?:19|20)\d{2}"
_ZY = r"二[零〇][零〇一二三四五六七八九]{2}"
_ZM = r"(?:十[一二]?|[一二三四五六七八九])"  # a month in Chinese numerals (六月, 十二月)
_ZD = r"(?:[二三]?十[一二三四五六七八九]?|[一二三四五六七八九])"  # a day (三十日, 三十一日)
_MONTH = r"(?:January|February|March|April|May|June|July|August|September|October|November|December)"
_FISCAL = r"(?:fiscal (?:year )?|FY\s?)"  # "first quarter of fiscal 2026", "Q2 FY2026": the company's own year
_ZH_FISCAL = "(?:财年|财政年度|会计年度)"
_FY2 = r"(?<=FY)\d{2}|(?<=FY )\d{2}"  # Q1 FY26, H1 FY26: a fiscal year's two digits
_SPAN_MONTHS = {"three": 3, "six": 6, "nine": 9, "twelve": 12, "三个月": 3, "六个月": 6, "九个月": 9, "十二个月": 12}

_EN_FIRST = (  # every word an English branch below starts with, a whole word: the pattern is tried only at these
    "three", "six", "nine", "twelve", "fiscal", "year", "quarter", "interim", "the", "prior", "previous", "same",
    "corresponding", "a year", "comparable", "half", "pcp", "last", "this", "during", "for", "in", "of", "full", "first",
    "second", "third", "fourth", "january", "february", "march", "april", "may", "june", "july", "august",
    "september", "october", "november", "december")
_GLUED_FIRST = ("fy", "q[1-4]", "h[12]")  # written before a year with no space (FY2024, Q12025)
_DIGIT_FIRST = (  # a branch starting with a digit starts with a year, a 1-N month range, a quarter or half
    # (3季度, 1Q, 2H, 9M) or a day before a month
    r"(?:19|20)\d\d", r"1\s*[-—~至]", r"[1-4]\s*季", r"[1-4]Q", r"[12]H", "9M")
_ZH_FIRST = (  # what a Chinese branch starts with: a few characters, as most of them are common alone (中, 上, 年)
    "截至", "二[零〇]", "去年", "今年", "上(?:半年|年|期)", "本(?:年|期|报告期|季)", "第", r"[一二三四首]\s*季", "半年",
    "中(?:期|报)", "下半年", "前三季", r"前\s*3\s*季", r"前\s*[6六9九]", "全年", "年(?:度|报)", "同期", "报告期内", "期内", "单季", "当季")

_START_GROUPS = ("|".join(_ZH_FIRST), rf"{'|'.join(_DIGIT_FIRST)}|\d\d? (?:{'|'.join(m[:3] for m in _MONTHS)})",
                 rf"\b(?:{'|'.join(_EN_FIRST)})\b|\b(?:{'|'.join(_GLUED_FIRST)})")
_PATTERN = rx_starting(  # each group of start words behind its first characters: at a letter, the others fail on one test
    "|".join(f"(?={start_class(g, re.I | re.A) or '(?s:.)'})(?:{g})" for g in _START_GROUPS),
    rf"截至\s*(?:(?P<ey>{_Y}|{_ZY})\s*年\s*)?(?P<em>\d{{1,2}}|{_ZM})\s*月(?:\s*(?:\d{{1,2}}|{_ZD})\s*日|底|末)?\s*止\s*的?"
    r"(?P<espan>六个月|三个月|九个月|十二个月|半年度?|中期|季度|前三季度|年度|财政年度|全年)"
    rf"|\b(?P<enspan>three|six|nine|twelve)[- ]months? ended (?:(?P<enm>{_MONTH}) \d{{1,2}},?|\d{{1,2}} (?P<enm2>{_MONTH}),?) (?P<eny>{_Y})\b"
    rf"|\b(?:fiscal )?year ended (?:{_MONTH} \d{{1,2}},? |\d{{1,2}} {_MONTH},? )(?P<fyy>{_Y})\b"
    rf"|\bquarter ended (?:(?P<qem>{_MONTH}) \d{{1,2}},?|\d{{1,2}} (?P<qem2>{_MONTH}),?) (?P<qey>{_Y})\b"
    rf"|\b(?:the )?(?P<mq>March|June|September|December)[- ]quarter(?: (?:of )?(?P<mqy>{_Y}))?\b"
    rf"|(?:(?P<ry>{_Y})\s*年\s*)?(?<![\d.])1\s*[-—~至]\s*(?P<rm>3|6|9|12)\s*月(?:份)?"
    rf"|(?:(?P<dy>{_Y}|{_ZY})\s*年\s*(?P<dm>\d{{1,2}}|{_ZM})\s*月\s*(?P<dd>\d{{1,2}}|{_ZD})\s*日)"
    rf"|(?P<ye>{_Y})\s*年\s*(?:末|底|年末|年底)"
    rf"|(?:(?P<qey2>{_Y})\s*年\s*)?(?:第?(?P<qe>[一二三四])\s*季度|(?P<he>上半年|半年))\s*(?:末|底)"
    rf"|\b(?P<edm>{_MONTH}) (?P<edd>\d{{1,2}}),? (?P<edy>{_Y})\b|\b(?P<edd2>\d{{1,2}}) (?P<edm2>{_MONTH}),? (?P<edy2>{_Y})\b"
    rf"|(?P<sy>{_Y})\s*年\s*同期"  # 2024年同期: the report's period, in that year
    rf"|\b(?:the )?(?:same|corresponding|comparable) period (?:of|in) (?P<sy2>{_Y})\b"
    rf"|(?:(?P<y>{_Y}|{_ZY})\s*(?:年(?:度)?|{_ZH_FISCAL})\s*|(?P<rel>去年|今年|上年|本年)(?:度)?\s*)?"
    r"(?:(?:第)?(?P<q>[一二三四1-4首])\s*季(?:度)?(?![节])|(?P<h>上半年|半年度|半年报|中期|中报|下半年|前\s*[6六]\s*个?\s*月"
    r"|\binterim(?= (?:results|report|period)))"
    r"|(?P<nine>前三季度|前三季|前\s*3\s*季度?|1-3季度|前\s*[9九]\s*个?\s*月)|(?P<full>全年|全年度|年度|年报))"
    rf"|(?P<y2>{_Y}|{_ZY})\s*(?:年(?:度)?(?!\s*\d{{1,2}}\s*月)|{_ZH_FISCAL})"
    r"|(?P<prior>上年同期|去年同期|上年度|上年|同期|上期|\b(?:the )?(?:prior|previous) (?:fiscal )?year(?: period)?\b"
    r"|\bsame period (?:of )?last year\b|\b(?:the )?corresponding period (?:of|in) (?:the )?(?:last|previous|prior) year\b|\ba year (?:earlier|ago)\b|\bprior[- ]year period\b|\b(?:the )?(?:prior|previous|comparable) period\b|\bpcp\b|\bprior corresponding period\b)"
    r"|(?P<last>去年|\blast year\b)|(?P<this>今年|\bthis year\b)"
    r"|(?P<current>报告期内|本报告期|期内|本期|单季|当季|本季|\b(?:during|for) the period\b|\b(?:during|for) the quarter\b(?! ended)|\bin the quarter\b)"
    rf"|\bFY\s?(?P<fy>{_Y}|\d{{2}})\b|\bfiscal (?:year )?(?P<fy2>{_Y})\b|\bfull[- ]year (?:of )?(?P<fy3>{_Y})\b|\b(?P<fy4>{_Y}) full[- ]year\b"
    rf"|\b(?P<qw>first|second|third|fourth)[- ]quarter(?: of)?,?(?: {_FISCAL}?(?P<qwy>{_Y}))?\b"
    r"|\b(?:for|in) the (?:full|fiscal|whole) year\b(?! (?:of )?(?:19|20)\d{2}\b| ended\b)|\bfull[- ]year\b(?! (?:of )?(?:19|20)\d{2})(?P<fyl>)"
    rf"|\bQ1\s?[-–~]\s?Q3\s*(?P<ny3>{_Y})\b|\b(?P<ny4>{_Y})\s*Q1\s?[-–~]\s?Q3\b"
    rf"|\b(?P<qn0>Q[1-4])\b(?!\s*(?:{_FISCAL}?(?:19|20)\d{{2}}|FY\s?\d{{2}}\b))"
    rf"|\b(?P<qn>Q[1-4])\s*{_FISCAL}?(?P<qy>{_Y}|{_FY2})\b|\b(?P<qy2>{_Y})\s*(?P<qn2>Q[1-4])\b|\b(?P<qn3>[1-4])Q\s?(?P<qy3>{_Y}|\d{{2}})\b"
    rf"|\b(?P<hn>H[12])\s*{_FISCAL}?(?P<hy>{_Y}|{_FY2})\b|\b(?P<hy3>{_Y})\s*(?P<hn3>H[12])\b|\b(?P<hn4>[12])H\s?(?P<hy4>{_Y}|\d{{2}})\b"
    rf"|\b(?:first[- ]half|1H|first (?:six|6) months)(?: of)?(?: {_FISCAL}?(?P<hy2>{_Y}))?\b"
    rf"|\bhalf[- ]year(?:ly)? (?:(?P<hy6>{_Y}) )?(?:(?:financial |interim )?(?:report|results)|period)(?: (?:of |for )?(?P<hy5>{_Y}))?\b"
    rf"|\bfirst (?:three|3) months(?: of)?(?: (?P<q1y>{_Y}))?\b"
    rf"|\b(?:second[- ]half|2H)(?: of)? {_FISCAL}?(?P<h2y>{_Y})\b"
    rf"|\b(?:(?:first )?nine months|first (?:three|3) quarters)(?: of| ended (?:{_MONTH} \d{{1,2}},? )?)?(?: (?P<ny>{_Y}))?\b"
    rf"|\b9M\s?(?P<ny2>{_Y})\b"
    rf"|\b(?:in|for|during|of|year) (?P<ey2>{_Y})\b(?!\s*(?:and|to|-)\s*{_Y})"
    rf"|\b(?P<ey3>{_Y}) (?:(?:total|net|gross|operating|product|net product|adjusted)\s+)?"
    r"(?:sales|revenues?|results|income|loss|profit|earnings|(?:R&D|research and development|operating) expenses?)\b", re.I)
_NEAR_YEAR = 300


@frozen
class PeriodMention:
    start: int
    end: int
    period: str | None  # None for a relative mention until the reader resolves it
    kind: str = "period"  # "period" | "date" | "prior" | "current" | "unresolved" (去年 with no year known)
    year: int | None = None  # a prior period's year where the text names it (2024年同期)


def find_periods(text: str, report_year: int | None, published_year: int | None = None,
                 published_month: int | None = None) -> list[PeriodMention]:
    """Period mentions in order. A period written without its year takes the year named within the
    last few lines, else the report's year, else the year named last, else the publication year, or
    the year before when the period would not have ended by the publication month ("fourth-quarter
    revenue" reported in March)."""
    found: list[PeriodMention] = []
    last_year, last_at = None, -10**6
    for m in _matches(text):
        near = last_year if m.start() - last_at <= _NEAR_YEAR else None
        hint = near or report_year or last_year or published_year
        mention = _mention(m, hint, published_year)
        if mention is None:
            continue
        if hint and hint == published_year and published_month and mention.kind == "period" \
                and _ends_after(mention.period, hint, published_month):
            earlier = _mention(m, hint - 1, published_year)  # differs only where the year came from the hint
            mention = earlier if earlier and earlier.period != mention.period else mention
        found.append(mention)
        year = _year_of(mention.period)
        if year and m.group("last") is None and m.group("rel") is None and not compared_at(text, m.start()):
            last_year, last_at = year, m.end()
    return found


def compared_at(text: str, pos: int) -> bool:
    """A period written as the one a figure is compared with ("compared with $71.9 million for the
    nine months ended September 30, 2024", "较2024年"): it is not the period the text is about."""
    return bool(_COMPARED.search(text[max(0, pos - 14):pos]) or _COMPARED_CLAUSE.search(text[max(0, pos - 80):pos])
                or (text[pos - 1:pos] in ("(", "（") and _BRACKETED_PRIOR.match(text, pos)))


_COMPARED = rx(r"(?:较|比|与|than|vs\.?|versus|compared (?:with|to)|from|%\s*on)\s*$", re.I)  # "up 31% on FY24"
_COMPARED_CLAUSE = rx(r"(?:compared (?:with|to)|versus|\bvs\.?|up from|down from|\bfrom (?:(?:US|RMB|[A-Z]{3}) ?|[$€£¥])\d|上年同期|去年同期)"
                      r"(?:[^.;。；]|(?<=\d)\.(?=\d)){0,60}$", re.I)
_BRACKETED_PRIOR = rx(r"[^()（）:：\n]{2,24}[:：]")  # "EUR 4.2 million (H1 2025: EUR 2.8 million)": the figure before
_SPAN_START = rx(r"(?:自|从)\s*$")  # "自2016年…以来": a span's first year


_RUNWAY_BEFORE = guarded(rx(r"(?:\b(?:fund|funds|funding|finance|support|sustain)\s+(?:[\w']+\s+){0,3}?(?:operations|operating\s+expenses|"
                            r"operating\s+plan|expenses|capital\s+(?:expenditure\s+)?requirements)|\bcash\s+runway|\brunway)"
                            r"[^.;]{0,40}?\b(?:into|through|until|to)\s+(?:the\s+)?(?:end\s+of\s+(?:the\s+)?)?$"
                            r"|(?:支持|支撑|满足|维持)[^。；;]{0,16}?(?:运营|营运|运作)[^。；;]{0,6}?(?:至|到)$", re.I))
_RUNWAY_REACH = 120


@lru_cache(maxsize=8)
def _matches(text: str) -> tuple[re.Match[str], ...]:
    """The pattern's matches in a text, whatever year the reader then assumes: the report's text is
    read once without a year and again with the year it names."""
    kept = []
    runway = _RUNWAY_BEFORE.compiled if _RUNWAY_BEFORE.may_match(text) else None  # the guard asked once, not per match
    for m in _PATTERN.finditer(text):
        year_at = m.start("y2") if m.group("y2") else m.start("ey2") if m.group("ey2") else -1
        if year_at >= 0 and (FOUNDED_BEFORE.search(text, max(0, year_at - 16), year_at)
                             or _SPAN_START.search(text, max(0, year_at - 16), year_at)):
            continue  # "成立于2011年", "since 2016": when something began, not a period reported on
        if runway is not None and runway.search(text, max(0, m.start() - _RUNWAY_REACH), m.start()):
            continue  # "to fund operations into the first quarter of 2028": how long cash lasts, no period reported on
        kept.append(m)
    return tuple(kept)


def _mention(m: re.Match[str], hint: int | None, published: int | None) -> PeriodMention | None:
    kind, period = "period", None
    if m.group("sy") or m.group("sy2"):
        return PeriodMention(m.start(), m.end(), None, "prior", int(m.group("sy") or m.group("sy2")))
    if m.group("prior"):
        kind = "current" if _SAME_PERIOD_OPENING.fullmatch(m.string, _clause_start(m.string, m.start()), m.end()) \
            and not _COMPARED_AFTER.match(m.string, m.end()) else "prior"  # "。同期研发投入X": the period just told
    elif m.group("current"):
        kind = "current"
    elif m.group("this"):
        return None
    elif m.group("last"):
        if not published:
            return PeriodMention(m.start(), m.end(), None, "unresolved")  # a year the text does not give
        period = f"FY{published - 1}"
    else:
        period, kind = _absolute(m, hint, published)
    if kind == "period" and period is None:
        return PeriodMention(m.start(), m.end(), None, "unresolved") if m.group("rel") else None
    return PeriodMention(m.start(), m.end(), period, kind)


_SAME_PERIOD_OPENING = rx(r"[\s]*(?:而|另外|此外|与此同时|)\s*同期")
_COMPARED_AFTER = rx(r"\s*(?:相比|比较|对比|为|是|的|水平|数据)")


def _clause_start(text: str, pos: int) -> int:
    """After the last clause mark before pos, within a short reach."""
    floor = max(0, pos - 8)
    return max((i + 1 for i in range(floor, pos) if text[i] in "。，,；;：:\n"), default=floor if floor else 0)


def _absolute(m: re.Match[str], hint: int | None, published: int | None) -> tuple[str | None, str]:
    g = m.group
    if g("em"):
        year = _year(g("ey")) if g("ey") else hint
        return _span(year, _number(g("em")), _SPAN_MONTHS.get(g("espan"), {"半年": 6, "半年度": 6, "中期": 6, "季度": 3,
                                                                          "前三季度": 9}.get(g("espan"), 12))), "period"
    if g("enspan"):
        month = _MONTHS.index((g("enm") or g("enm2")).lower()) + 1
        return _span(int(g("eny")), month, _SPAN_MONTHS[g("enspan").lower()]), "period"
    if g("fyy"):
        return f"FY{g('fyy')}", "period"
    if g("qem") or g("qem2"):
        return _span(int(g("qey")), _MONTHS.index((g("qem") or g("qem2")).lower()) + 1, 3), "period"
    if g("rm"):
        year = int(g("ry")) if g("ry") else hint
        return _span(year, int(g("rm")), int(g("rm"))), "period"
    if g("dy"):
        return _date(str(_year(g("dy"))), g("dm"), g("dd")), "date"
    if g("ye"):
        return f"{g('ye')}-12-31", "date"
    if g("qe") or g("he"):
        year = int(g("qey2")) if g("qey2") else hint
        month = 6 if g("he") else 3 * _ZH_QUARTER[g("qe")]
        return (f"{year}-{month:02d}-{30 if month in (6, 9) else 31}" if year else None), "date"
    if g("edm") or g("edm2"):
        month = _MONTHS.index((g("edm") or g("edm2")).lower()) + 1
        return _date(g("edy") or g("edy2"), str(month), g("edd") or g("edd2")), "date"
    if g("q") or g("h") or g("nine") or g("full"):
        return _zh_period(m, _zh_year(m, hint, published)), "period"
    if g("y2"):
        return f"FY{_year(g('y2'))}", "period"
    return _english(m, hint), "period"


def _zh_year(m: re.Match[str], hint: int | None, published: int | None) -> int | None:
    if m.group("y"):
        return _year(m.group("y"))
    relative = m.group("rel")
    if relative in ("去年", "上年"):
        return published - 1 if published else None
    if relative in ("今年", "本年"):
        return published
    return hint


def _zh_period(m: re.Match[str], year: int | None) -> str | None:
    if year is None:
        return None
    if m.group("q"):
        return f"{year}Q{_ZH_QUARTER[m.group('q')]}"
    if m.group("h"):
        return f"{year}{'H2' if m.group('h') == '下半年' else 'H1'}"
    if m.group("nine"):
        return f"{year}Q1-Q3"
    return f"FY{year}"


def _english(m: re.Match[str], hint: int | None) -> str | None:
    g = m.group
    fy = g("fy") or g("fy2") or g("fy3") or g("fy4") or g("ey2") or g("ey3")
    if fy:
        return f"FY{fy if len(fy) == 4 else '20' + fy}"
    if g("mq"):  # "the September quarter", as Australian reports name a calendar quarter
        year = int(g("mqy")) if g("mqy") else hint
        return f"{year}Q{(_MONTHS.index(g('mq').lower()) + 1) // 3}" if year else None
    if g("qw"):
        year = int(g("qwy")) if g("qwy") else hint
        return f"{year}Q{_ORDINAL[g('qw').lower()]}" if year else None
    text = m.group(0).lower()
    if "year" in text and not (g("hy2") or g("h2y") or text.startswith("half")):
        return f"FY{hint}" if hint else None
    if g("qn0"):
        return f"{hint}{g('qn0').upper()}" if hint else None
    quarter = g("qn") or g("qn2") or (f"Q{g('qn3')}" if g("qn3") else None)
    if quarter:
        year = g("qy") or g("qy2") or g("qy3")
        return f"{year if len(year) == 4 else '20' + year}{quarter.upper()}"
    half = g("hn") or g("hn3") or (f"H{g('hn4')}" if g("hn4") else None)
    if half:
        year = g("hy") or g("hy3") or g("hy4")
        return f"{year if len(year) == 4 else '20' + year}{half.upper()}"
    if g("h2y"):
        return f"{g('h2y')}H2"
    if m.group(0).lower().startswith(("first half", "first-half", "1h", "first six", "first 6", "half")):
        year = int(g("hy2") or g("hy5") or g("hy6") or 0) or hint
        return f"{year}H1" if year else None
    if m.group(0).lower().startswith(("first three months", "first 3 months")):
        year = int(g("q1y")) if g("q1y") else hint
        return f"{year}Q1" if year else None
    if m.group(0).lower().startswith(("nine months", "first nine months", "first three quarters", "first 3 quarters")) \
            or g("ny2") or g("ny3") or g("ny4"):
        named = g("ny") or g("ny2") or g("ny3") or g("ny4")
        year = int(named) if named else hint
        return f"{year}Q1-Q3" if year else None
    return None


def _span(year: int | None, end_month: int, months: int) -> str | None:
    """The period of `months` months ending with `end_month` of `year`."""
    if year is None:
        return None
    if months >= 12:
        return f"FY{year}"
    if months == 6 and end_month in (6, 9):  # a half ended September is the first of an April fiscal year
        return f"{year}H1"
    if months == 6 and end_month == 12:
        return f"{year}H2"
    if months == 9 and end_month in (9, 12):  # nine months ended December: an April fiscal year's first three quarters
        return f"{year}Q1-Q3"
    if months == 3 and end_month % 3 == 0:
        return f"{year}Q{end_month // 3}"
    if months == end_month == 3:
        return f"{year}Q1"
    return None


def _date(year: str, month: str, day: str) -> str | None:
    m, d = _number(month), _number(day)
    if not (1 <= m <= 12 and 1 <= d <= 31):
        return None
    return f"{year}-{m:02d}-{d:02d}"


def _number(text: str) -> int:
    """A month or day in digits or Chinese numerals (6, 六, 十二, 三十一)."""
    if text.isdigit():
        return int(text)
    tens, ten, ones = text.partition("十")
    if not ten:
        return int(_ZH_DIGIT[text])
    return (int(_ZH_DIGIT[tens]) if tens else 1) * 10 + (int(_ZH_DIGIT[ones]) if ones else 0)


def arabic_years(text: str) -> str:
    """二零二六年 as 2026年, the same length: for reading a table's column keys."""
    return _ZH_YEAR.sub(lambda m: str(_year(m.group(0))), text) if "二" in text else text


_ZH_YEAR = rx(rf"{_ZY}(?=\s*年)")


def _year(text: str) -> int:
    if text[0] in _ZH_DIGIT:
        return int("".join(_ZH_DIGIT[ch] for ch in text))
    return int(text)


def _year_of(period: str | None) -> int | None:
    if not period:
        return None
    match = re.search(r"(19|20)\d{2}", period)
    return int(match.group(0)) if match else None


def _ends_after(period: str | None, year: int, month: int) -> bool:
    """A period of the publication year whose last month is after the publication month."""
    if not period or _year_of(period) != year or period[4:5] == "-":
        return False
    tail = period[6:] if period.startswith("FY") else period[4:]
    last = {"Q1": 3, "Q2": 6, "Q3": 9, "Q4": 12, "H1": 6, "H2": 12, "Q1-Q3": 9}.get(tail, 12)
    return last > month


def in_year(period: str, year: int) -> str:
    """The same period in another year (2025H1 → 2024H1, FY2025 → FY2024)."""
    return f"FY{year}{period[6:]}" if period.startswith("FY") else f"{year}{period[4:]}"


def closes_a_figure(text: str, moneys: list, prior: PeriodMention, before: int) -> bool:
    """"narrowing from HK$408 million a year earlier, while revenue rose to …": a prior period written
    right after another figure is that figure's, not the period of a figure after it."""
    figure = next((m for m in reversed(moneys) if m.end <= prior.start), None)
    return figure is not None and figure.end < before and _RIGHT_AFTER.fullmatch(text, figure.end, prior.start) is not None


_RIGHT_AFTER = rx(r"[\s,，]*(?:in|for|during)?\s*")


def previous_period(period: str) -> str:
    if period.startswith("FY"):
        return f"FY{int(period[2:6]) - 1}"
    if len(period) == 10 and period[4] == "-":
        return f"{int(period[:4]) - 1}{period[4:]}"
    return f"{int(period[:4]) - 1}{period[4:]}"


def report_period(mentions: list[PeriodMention], text: str, limit: int = 400) -> str | None:
    """The period a results report is about: the first period its opening names beside a report
    word (业绩, 报告, 财报, results, reports)."""
    for mention in mentions:
        if mention.start > limit:
            break
        if mention.kind == "period" and mention.period and _REPORT_WORD.search(text, mention.end, mention.end + 30):
            return mention.period
    return None


_REPORT_WORD = rx(r"业绩|报告|财报|年报|季报|半年报|中报|results|report|financial", re.I)
