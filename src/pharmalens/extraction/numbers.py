"""Numbers as written in Chinese and English news: 6,156.50, 1.2万亿, 三亿, 十二, 9333.10."""
from __future__ import annotations

import re
from decimal import Decimal, InvalidOperation

_DIGITS = {"零": 0, "〇": 0, "一": 1, "壹": 1, "二": 2, "两": 2, "贰": 2, "三": 3, "叁": 3, "四": 4,
           "五": 5, "六": 6, "七": 7, "八": 8, "九": 9}
_SMALL_UNITS = {"十": 10, "拾": 10, "百": 100, "佰": 100, "千": 1000, "仟": 1000}
CHINESE_NUMERAL = "零〇一壹二两贰三叁参四肆五伍六陆七柒八捌九玖十拾百佰千仟"
NUMBER_PATTERN = rf"(?:\d{{1,3}}(?:,\d{{3}})+|\d+)(?:\.\d+)?|[{CHINESE_NUMERAL}]+"


def parse_number(text: str) -> Decimal | None:
    """A number from Arabic digits (with thousands separators) or Chinese numerals."""
    text = text.strip().replace(",", "").replace("，", "")
    if not text:
        return None
    if re.fullmatch(r"\d+(?:\.\d+)?", text):
        try:
            return Decimal(text)
        except InvalidOperation:
            return None
    if all(ch in CHINESE_NUMERAL for ch in text):
        return _chinese(text)
    return None


_FINANCIAL_FORMS = str.maketrans({"参": "叁"})


def _chinese(text: str) -> Decimal | None:
    """Chinese numerals, financial forms included (贰仟叁佰叁拾 = 2330), by cn2an."""
    import cn2an
    try:
        return Decimal(str(cn2an.cn2an(text.translate(_FINANCIAL_FORMS), "normal")))
    except (ValueError, KeyError, TypeError):
        return _chinese_simple(text)


def _chinese_simple(text: str) -> Decimal | None:
    total, current = 0, 0
    for ch in text:
        if ch in _DIGITS:
            current = current * 10 + _DIGITS[ch] if current and not _has_unit(text) else _DIGITS[ch]
        elif ch in _SMALL_UNITS:
            total += (current or 1) * _SMALL_UNITS[ch]
            current = 0
        else:
            return None
    return Decimal(total + current)


def _has_unit(text: str) -> bool:
    return any(ch in _SMALL_UNITS for ch in text)


_MAGNITUDE = {"万亿": Decimal("1e12"), "亿": Decimal("1e8"), "千万": Decimal("1e7"),
              "百万": Decimal("1e6"), "万": Decimal("1e4"),
              "千": Decimal("1e3"),
              "trillion": Decimal("1e12"), "billion": Decimal("1e9"), "bn": Decimal("1e9"), "b": Decimal("1e9"),
              "million": Decimal("1e6"), "mn": Decimal("1e6"), "mln": Decimal("1e6"), "m": Decimal("1e6"),
              "thousand": Decimal("1e3"), "k": Decimal("1e3")}


def magnitude(word: str | None) -> Decimal:
    if not word:
        return Decimal(1)
    return _MAGNITUDE.get(word.strip().casefold(), Decimal(1))


def in_millions(value: Decimal, unit: str | None) -> Decimal:
    millions = (value * magnitude(unit) / Decimal("1e6")).normalize()
    return Decimal(format(millions, "f"))
