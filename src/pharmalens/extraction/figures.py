"""Numbers as results tables print them, and the units tables state.

A figure is a number standing on its own in a table: 1,382,791 | (145,175) | -31.3% | 0.1868 | -- |
N/A | 不适用. Text extraction often glues a row's figures together ("950,4451,382,791-31.3%"); comma
groups have exactly three digits, so that run reads 950,445 | 1,382,791 | -31.3%, and
"866,103,121.71-12.00" reads 866,103,121.71 | -12.00. A number followed by a unit or counter
(1.18亿, 2025年, 6月, 10 patients, 0.58,) is prose, not a figure.

A unit is what a table says its figures are in: "RMB Thousand", "(in thousands)", 人民币千元,
单位:元 币种:人民币, 百万港元, "(元)" after a row name. `Unit.currency` is None where only 元 is
written (the page's own currency; see financials)."""
from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import Decimal

from ..model.frozen import frozen
from ..model.patterns import rx

_NUMBER = r"\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?"
_FIGURE = rx(rf"(?P<open>\()?(?P<sign>[-+−])?(?P<num>{_NUMBER})(?P<inpct>%)?(?(open)\))(?P<pct>%)?"  # (11.8%): a fall in brackets
             r"|(?P<none>--|—|N/A\*?|n\.[am]\.|不适用)")
_UNIT_CHARS = set("亿万千百元年月日号个%倍例名家股次项位点期季度半港美欧英人台")
_FIGURE_END = frozenset(" \t\n\r\f\v|*")  # a space, a cell's bar or a note's star ends a figure


@frozen
class Figure:
    start: int
    end: int
    value: Decimal | None  # None for a placeholder (--, N/A, 不适用)
    percent: bool = False

    @property
    def placeholder(self) -> bool:
        return self.value is None


def find_figures(text: str, start: int = 0, end: int | None = None) -> list[Figure]:
    """Figures standing on their own in text[start:end], glued runs split."""
    end = len(text) if end is None else end
    found: list[Figure] = []
    last_end = -1
    for match in _FIGURE.finditer(text, start, end):
        s, e = match.span()
        glued = s == last_end
        if not glued and not _free_before(text, s):
            continue
        if not _free_after(text, e, end):
            continue
        found.append(_figure(match))
        last_end = e
    return found


def _free_before(text: str, pos: int) -> bool:
    if pos == 0:
        return True
    before = text[pos - 1]
    return not (before.isascii() and (before.isalnum() or before in "./$€£¥_-:")) and before not in "¥￥$"


def _free_after(text: str, pos: int, end: int) -> bool:
    if pos >= end:
        return True
    after = text[pos]
    if after in "-+−(" or after.isdigit():
        return True  # another figure glued on
    if "\u4e00" <= after <= "\u9fff":
        return after not in _UNIT_CHARS
    return after in _FIGURE_END


def _figure(match: re.Match[str]) -> Figure:
    if match.group("none"):
        return Figure(match.start(), match.end(), None)
    value = Decimal(match.group("num").replace(",", ""))
    if match.group("open") or match.group("sign") in ("-", "−"):
        value = -value
    return Figure(match.start(), match.end(), value, bool(match.group("pct") or match.group("inpct")))


@dataclass(frozen=True)
class Unit:
    start: int
    end: int
    currency: str | None  # None: only 元 written
    factor: Decimal  # multiply a figure by this to get millions


_CURRENCY_WORDS = {"人民币": "CNY", "rmb": "CNY", "cny": "CNY", "港元": "HKD", "港币": "HKD", "hk$": "HKD", "hkd": "HKD",
                   "美元": "USD", "us$": "USD", "usd": "USD", "新台币": "TWD", "nt$": "TWD", "twd": "TWD",
                   "欧元": "EUR", "eur": "EUR", "€": "EUR", "$": "USD"}
_MAGNITUDES = {"千": Decimal("0.001"), "万": Decimal("0.01"), "百万": Decimal(1), "亿": Decimal(100), "": Decimal("0.000001"),
               "thousand": Decimal("0.001"), "thousands": Decimal("0.001"), "'000": Decimal("0.001"), "000": Decimal("0.001"),
               "million": Decimal(1), "millions": Decimal(1), "mn": Decimal(1), "billion": Decimal(1000),
               "billions": Decimal(1000)}
_CUR = r"人民币|RMB|CNY|港元|港币|HK\$|HKD|美元|US\$|USD|新台币|NT\$|TWD|欧元|EUR|€"
_STATED_UNIT = rx(
    rf"(?:单位|金额单位|币种|货币单位)\s*[:]\s*(?:(?P<cur1>{_CUR})\s*)?(?P<zh1>千|万|百万|亿)?元"
    rf"(?:\s*(?:,|;)?\s*币种\s*[:]\s*(?P<cur2>{_CUR}))?"
    rf"|(?P<cur3>{_CUR})\s*(?P<zh3>千|万|百万|亿)元"
    rf"|(?P<zh4>千|万|百万|亿)(?P<cur4>人民币|港元|港币|美元|新台币|欧元)"
    rf"|\b(?:in\s+)?(?P<cur5>{_CUR})\s*(?P<en5>'000|thousands?|millions?|mn|billions?)\b"
    rf"|\(?\b(?:amounts?\s+|figures\s+)?(?:are\s+)?in\s+(?P<en6>thousands|millions|billions)(?:\s+of\s+(?P<cur6>RMB|US\$|HK\$|USD|HKD|dollars|yuan|renminbi))?",
    re.I)
_CELL_UNIT = rx(r"[(]\s*(?P<zh>千|万|百万|亿)?元\s*(?:/\s*股)?[)]")


def find_unit(text: str, start: int, end: int) -> Unit | None:
    """The last unit a table states in text[start:end]."""
    found = None
    for match in _STATED_UNIT.finditer(text, start, end):
        found = match
    if found is None:
        return None
    groups = found.groupdict()
    currency = next((groups[g] for g in ("cur1", "cur2", "cur3", "cur4", "cur5", "cur6") if groups[g]), None)
    magnitude = next((groups[g] for g in ("zh1", "zh3", "zh4", "en5", "en6") if groups[g]), "")
    return Unit(found.start(), found.end(), currency_code(currency), _MAGNITUDES.get(magnitude.casefold(), Decimal(1)))


def cell_unit(text: str, start: int, end: int) -> Unit | None:
    """A unit written in a row name or column header: "营业收入(元)", "2025 (RMB Thousand)"."""
    stated = find_unit(text, start, end)
    if stated:
        return stated
    match = _CELL_UNIT.search(text, start, end)
    if match is None or "/" in match.group(0):
        return None
    return Unit(match.start(), match.end(), None, _MAGNITUDES[match.group("zh") or ""])


def currency_code(word: str | None) -> str | None:
    """ISO code of a currency word or sign as tables and notes write it (人民币, RMB, HK$, 港元, NT$...)."""
    if not word:
        return None
    key = word.casefold()
    if key in ("dollars",):
        return "USD"
    if key in ("yuan", "renminbi"):
        return "CNY"
    return _CURRENCY_WORDS.get(key)
