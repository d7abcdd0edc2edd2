"""Amounts of money in Chinese and English text, in millions of their currency, with qualifiers."""
from __future__ import annotations

import re
from decimal import Decimal
from typing import TYPE_CHECKING

from functools import lru_cache

import ahocorasick_rs

from ..model.frozen import frozen
from ..model.automata import overlapping_matches
from ..model.records import Money
from .numbers import CHINESE_NUMERAL, in_millions, parse_number
from ..model.patterns import guarded, holds_any, matches_from, rx

if TYPE_CHECKING:
    from .cues import CueIndex

_NUM = rf"(?:\d{{1,3}}(?:,\d{{3}})+|\d+)(?:\.\d+)?|[{CHINESE_NUMERAL}]{{1,6}}"
_ZH_UNIT = r"万亿|千万|百万|亿|万|千"
_ZH_CURRENCY = {"新台币": "TWD", "台币": "TWD", "美元": "USD", "美金": "USD", "欧元": "EUR", "港元": "HKD", "港币": "HKD",
                "日元": "JPY", "日圆": "JPY", "英镑": "GBP", "瑞士法郎": "CHF", "澳元": "AUD",
                "加元": "CAD", "韩元": "KRW", "新加坡元": "SGD", "瑞典克朗": "SEK", "丹麦克朗": "DKK", "挪威克朗": "NOK",
                "印度卢比": "INR", "元人民币": "CNY",
                "人民币": "CNY", "元": "CNY"}
_EN_SYMBOL = {"nt$": "TWD", "twd": "TWD", "us$": "USD", "usd": "USD", "$": "USD", "eur": "EUR", "€": "EUR", "hk$": "HKD", "hkd": "HKD",
              "rmb": "CNY", "cny": "CNY", "¥": "CNY", "￥": "CNY", "£": "GBP", "gbp": "GBP", "chf": "CHF",
              "jpy": "JPY", "a$": "AUD", "aud": "AUD", "s$": "SGD", "sgd": "SGD", "c$": "CAD", "cad": "CAD", "krw": "KRW",
              "sek": "SEK", "dkk": "DKK", "nok": "NOK", "inr": "INR"}
_EN_WORD_CURRENCY = {"dollars": "USD", "us dollars": "USD", "u.s. dollars": "USD", "euros": "EUR", "euro": "EUR",
                     "yuan": "CNY", "renminbi": "CNY", "hong kong dollars": "HKD", "yen": "JPY", "pounds": "GBP",
                     "swiss francs": "CHF", "won": "KRW", "korean won": "KRW", "kronor": "SEK", "swedish kronor": "SEK",
                     "danish kroner": "DKK", "norwegian kroner": "NOK"}
_MILLION_CODE = guarded(rx(  # Nordic filings write millions as "MSEK 45", "MNOK 12", "310 MDKK"
    r"\bM(?P<pre>SEK|NOK|DKK|EUR|USD|CHF)\s?(?P<num>\d{1,3}(?:,\d{3})*(?:\.\d+)?)(?![\d.])|"
    r"(?<![\d.,])(?P<num2>\d{1,3}(?:,\d{3})*(?:\.\d+)?)\s?M(?P<post>SEK|NOK|DKK|EUR|USD|CHF)\b"))
_EN_UNIT = r"trillion|billion|million|thousand|bn|mln|mn|m|b|k"
_QUALIFIERS = [
    (rx(r"(?:最高(?:至|达|可达|为)?|最多|不超过|高达|总额最高|上限(?:为|是|达)?|up to|as much as|a maximum of|no more than|"
        r"capped at)\s*$", re.I), "up_to"),
    (rx(r"(?:约|近|大约|approximately|about|around|roughly|nearly|some|an estimated)(?:为|是|达)?\s*$", re.I), "approx"),
    (rx(r"(?:超过|超|逾|多于|至少|more than|over|at least|in excess of)\s*$", re.I), "at_least"),
]

_ZH_CURRENCY_ENDS = tuple({name[-1] for name in _ZH_CURRENCY})  # a Chinese amount ends in its currency (元, 币, 金)
_PRE_CURRENCY = {**{k: v for k, v in _ZH_CURRENCY.items() if k not in ("元", "元人民币")}, "RMB": "CNY", "NT$": "TWD"}
_ZH_PATTERN = rx(  # a currency may be named before the figure too (美金800万元, 港元3亿元)
    rf"(?:(?P<pre>{'|'.join(re.escape(k) for k in sorted(_PRE_CURRENCY, key=len, reverse=True))})\s?)?"
    rf"(?:(?P<yi>\d+|[{CHINESE_NUMERAL}]{{1,4}})亿零?(?=(?:{_NUM})\s*千?万))?"  # 1亿8,500万: the 亿 part of one figure
    rf"(?P<num>{_NUM})\s*(?P<unit>{_ZH_UNIT})?\s*"
    rf"(?P<cur>{'|'.join(sorted(_ZH_CURRENCY, key=len, reverse=True))})")
_EN_PATTERN = rx(
    rf"(?P<sym>NT\$|US\$|HK\$|A\$|S\$|C\$|\$|€|£|¥|￥|\b(?:USD|EUR|HKD|RMB|CNY|GBP|CHF|JPY|AUD|KRW|TWD|SEK|DKK|NOK|SGD|CAD|INR)(?![A-Za-z]))\s?"
    rf"(?P<open>\()?(?P<num>\d{{1,3}}(?:,\d{{3}})+(?:\.\d+)?|\d+(?:\.\d+)?)(?(open)\))\s*(?P<unit>(?:{_EN_UNIT})\b)?", re.I)
_EN_WORD_PATTERN = guarded(rx(  # behind its words' test, answered from the guards' shared pass over the article
    rf"(?P<num>\d{{1,3}}(?:,\d{{3}})+(?:\.\d+)?|\d+(?:\.\d+)?)\s*(?P<unit>{_EN_UNIT})\s+"
    rf"(?P<word>{'|'.join(sorted((re.escape(w) for w in _EN_WORD_CURRENCY), key=len, reverse=True))})\b", re.I))


@frozen
class MoneyMention:
    start: int
    end: int
    money: Money


_VAGUE_BEFORE = rx(r"[数几上]$")
_LARGEST_AMOUNT = Decimal("1e9")  # millions: 10**15 of any currency, beyond any real deal, revenue or value


_CONVERSION_GAP = rx(r"^\s*[(（]\s*(?:约|approximately|about|or|~|roughly|around|some|折合|约合)?\s*$", re.I)


def is_conversion_gap(gap: str) -> bool:
    """The text between an amount and the next one opens a bracketed conversion of it ("1.5 billion
    yuan ($207 million)", "3亿元（约合4100万美元）"): the second amount is the first in another currency."""
    return _CONVERSION_GAP.match(gap) is not None


def after_conversion(text: str, end: int, moneys: list[MoneyMention]) -> int:
    """Where an amount's text ends once a bracketed conversion right after it is counted in: past the
    bracket of "2.1 billion yuan ($290 million)", else `end`."""
    following = next((m for m in moneys if m.start >= end), None)
    if following is None or not is_conversion_gap(text[end:following.start]):
        return end
    close = _CONVERSION_CLOSE.match(text, following.end)
    return close.end() if close else end


_CONVERSION_CLOSE = rx(r"\s*[)）]")


def find_money(text: str, yuan: str = "CNY", yen_sign: str = "CNY") -> list[MoneyMention]:
    """Amounts in the text; a bare 元 is in the `yuan` currency (see local_currency), the ¥ sign in the
    `yen_sign` one (see sign_currency)."""
    found: list[MoneyMention] = []
    for start, end in _zh_amount_runs(text) if holds_any(text, _ZH_CURRENCY_ENDS) else ():
        for match in _ZH_PATTERN.finditer(text, start, end):
            mention = _zh_mention(text, match, yuan)
            if mention and _payable(mention):
                found += _range_start(text, match, mention) + [mention]
    lowered = text.lower()
    for pattern in (_EN_PATTERN, _EN_WORD_PATTERN):
        for match in _en_symbol_matches(text, lowered) if pattern is _EN_PATTERN else pattern.finditer(text):
            mention = _en_mention(text, match, yen_sign)
            if mention and _payable(mention) and not any(m.start < mention.end and mention.start < m.end for m in found):
                found.append(mention)
    found += [m for m in _million_codes(text) + _bare_yi(text, yuan) if not any(f.start < m.end and m.start < f.end for f in found)]
    return sorted(found, key=lambda m: m.start)


def _en_symbol_matches(text: str, lowered: str):
    """What _EN_PATTERN.finditer(text) finds, tried only where a currency sign or code starts (read
    from `lowered`, the text in lower case): the pattern's first letters are most letters of the
    alphabet under IGNORECASE, so the engine otherwise enters it at nearly every character."""
    if len(lowered) != len(text):  # a character lowered into two: positions no longer line up
        return _EN_PATTERN.finditer(text)
    matcher, signs, back = _symbol_matcher()
    starts = []
    for index, start, _ in overlapping_matches(matcher, lowered):
        if index == signs:
            starts.extend(range(max(0, start - back), start + 1))
        else:
            starts.append(start)
    return matches_from(_EN_PATTERN, text, starts)


@lru_cache(maxsize=1)
def _symbol_matcher() -> tuple[ahocorasick_rs.AhoCorasick, int, int]:
    """A matcher of the signs and codes that open an amount (_EN_SYMBOL's keys), "$" standing for
    every key ending in it; the index of "$" and how far before it such a key starts."""
    words = sorted(k for k in _EN_SYMBOL if not k.endswith("$")) + ["$"]
    back = max(len(k) for k in _EN_SYMBOL if k.endswith("$")) - 1
    return ahocorasick_rs.AhoCorasick(words), len(words) - 1, back


# Every character a Chinese amount can hold (\s and \d are ASCII under rx): a match lies inside a run of
# them, and its lookahead looks at no other character.
_ZH_AMOUNT_CHARS = frozenset("0123456789,. \t\n\r\f\v亿零" + CHINESE_NUMERAL + _ZH_UNIT.replace("|", "")
                             + "".join(_ZH_CURRENCY) + "".join(_PRE_CURRENCY))
_ZH_CURRENCY_END = rx(f"[{''.join(sorted(_ZH_CURRENCY_ENDS))}]")


def _zh_amount_runs(text: str) -> list[tuple[int, int]]:
    """The runs of amount characters around the last characters of currencies, in order: the Chinese
    amount pattern need only be tried inside them, not at every numeral and digit of the text."""
    runs: list[tuple[int, int]] = []
    for ending in _ZH_CURRENCY_END.finditer(text):
        at = ending.start()
        if runs and at < runs[-1][1]:
            continue
        start, end = at, at + 1
        while start > 0 and text[start - 1] in _ZH_AMOUNT_CHARS:
            start -= 1
        while end < len(text) and text[end] in _ZH_AMOUNT_CHARS:
            end += 1
        runs.append((start, end))
    return runs


_BARE_YI = rx(r"(?<=[近超逾过])亿(?P<cur>美元|港元|欧元|元人民币|人民币|元)")


def _bare_yi(text: str, yuan: str) -> list[MoneyMention]:
    """"近亿元", "超亿美元": a hundred million with no figure written, nearly or more than it."""
    out = []
    for match in _BARE_YI.finditer(text) if "亿" in text else ():
        currency = yuan if match.group("cur") == "元" else _ZH_CURRENCY[match.group("cur")]
        qualifier = "approx" if text[match.start() - 1] == "近" else "at_least"
        out.append(MoneyMention(match.start(), match.end(), Money(Decimal(100), currency, qualifier)))
    return out


def _million_codes(text: str) -> list[MoneyMention]:
    out = []
    for match in _MILLION_CODE.finditer(text) if "M" in text else ():
        value = parse_number((match.group("num") or match.group("num2")).replace(" ", ""))
        if value is not None:
            currency = (match.group("pre") or match.group("post")).upper()
            out.append(MoneyMention(match.start(), match.end(), Money(value, currency, _qualifier(text, match.start()))))
    return out


_RANGE_START = rx(r"(?<![\d.,])(?P<num>\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)\s*(?:至|到|-|–|~|～)\s*$")


def _range_start(text: str, match: re.Match[str], mention: MoneyMention) -> list[MoneyMention]:
    """The low end of a range that writes its unit once ("12,500至15,000万元"), in the unit and currency
    of its top."""
    if match.group("pre"):
        return []
    low = _RANGE_START.search(text, max(0, match.start() - 24), match.start())
    value = parse_number(low.group("num")) if low else None
    if low is None or value is None:
        return []
    amount = in_millions(value, match.group("unit"))
    return [MoneyMention(low.start("num"), low.end("num"), Money(amount, mention.money.currency, _qualifier(text, low.start())))]


def _payable(mention: MoneyMention) -> bool:
    """False for amounts no one could pay (a run of digits, an overflow), which are not money."""
    amount = mention.money.amount
    return amount.is_finite() and abs(amount) <= _LARGEST_AMOUNT


def _zh_mention(text: str, match: re.Match[str], yuan: str = "CNY") -> MoneyMention | None:
    value = parse_number(match.group("num"))
    if value is None or _VAGUE_BEFORE.search(text, max(0, match.start() - 1), match.start()) \
            and not any(ch.isdigit() for ch in match.group("num")):
        return None  # 数千万 / 几亿 / 上千万: an order of magnitude, not a figure
    currency = _ZH_CURRENCY[match.group("cur")]
    pre = _PRE_CURRENCY.get(match.group("pre") or "")
    if match.group("cur") == "元" and not pre:
        currency = yuan
    if pre and pre != "CNY":  # 港币3亿元, 美金800万元: the currency named first; 人民币 before 港元 leaves 港元
        currency = pre
    if match.group("cur") == "元" and not match.group("unit") and not match.group("pre") and value < 1000:
        if _followed_by_per_share(text, match.end()):
            return None
    amount = in_millions(value, match.group("unit"))
    if match.group("yi"):
        amount += in_millions(parse_number(match.group("yi")) or Decimal(0), "亿")
    start = match.start()
    return MoneyMention(start, match.end(), Money(amount, currency, _qualifier(text, start)))


_HK_CODE = rx(r"\b\d{4,5}\.HK\b|[(（]0\d{4}[)）]|-B\s*[(（]\d{4,5}", re.I)
_TW_CODE = rx(r"[(（]\d{4}[)）]|\b\d{4}\.TWO?\b|(?<![\d/])1[01]\d/\d{1,2}/\d{1,2}", re.I)
_CN_CODE = rx(r"\b\d{6}\.(?:SH|SZ|SS)\b|[(（][036]\d{5}[)）]", re.I)


_SAME_BELOW = guarded(rx(r"[(（]\s*(?P<cur>人民币|港元|港币|新台币|美元)\s*[.,、‧·・]?\s*(?:以)?下同"))


def local_currency(text: str, lang: str) -> str:
    """The currency a bare 元 means on the page: the one the page declares ("(人民币.下同)"), else
    Hong Kong dollars on a Hong Kong page, New Taiwan dollars on a Taiwan page, renminbi otherwise
    (on a simplified-Chinese page, unless it is about a Taiwan company alone). The page's market is
    read from stock-code forms and market words (data/cues/money.yaml)."""
    declared = _SAME_BELOW.search(text)
    if declared:
        return _ZH_CURRENCY[declared.group("cur")]
    from .cues import cue_index, phrases
    if lang != "zh-Hant":
        named = _TW_LISTING.search(text) or holds_any(text, phrases("money.tw_page"))
        return "TWD" if named and _taiwan_only(text, cue_index(text)) else "CNY"
    cues = cue_index(text)
    score = {
        "HKD": len(_HK_CODE.findall(text)) + len(cues.hits("money.hk_page")),
        "TWD": len(_TW_CODE.findall(text)) + len(cues.hits("money.tw_page")),
        "CNY": len(_CN_CODE.findall(text)) + len(cues.hits("money.cn_page")),
    }
    best = max(score, key=lambda k: (score[k], k == "CNY"))
    return best if score[best] > 0 else "CNY"


def sign_currency(text: str, lang: str) -> str:
    """What the ¥ sign means on the page: Japanese yen in English news, which writes the renminbi as
    RMB or yuan, unless the page names the renminbi; the renminbi on a Chinese page."""
    if lang != "en" or _RENMINBI_NAMED.search(text):
        return "CNY"
    return "JPY"


_RENMINBI_NAMED = guarded(rx(r"\b(?:RMB|CNY|yuan|renminbi)\b|人民币", re.I))


def _taiwan_only(text: str, cues: CueIndex) -> bool:
    """A simplified page on a Taiwan company (a .TW code, 新台币, 台股, 卫福部) that names no mainland or
    Hong Kong market: its bare 元 is the company's New Taiwan dollar."""
    taiwan = len(_TW_LISTING.findall(text)) + len(cues.hits("money.tw_page"))
    elsewhere = len(_CN_CODE.findall(text)) + len(_HK_CODE.findall(text)) + len(cues.hits("money.cn_page")) + \
        len(cues.hits("money.hk_page"))
    return taiwan > 0 and elsewhere == 0


_TW_LISTING = guarded(rx(r"\b\d{4}\.TWO?\b", re.I))


def _followed_by_per_share(text: str, end: int) -> bool:
    return bool(re.match(r"\s*/\s*股|每股|/股", text[end:end + 4]))


def _en_mention(text: str, match: re.Match[str], yen_sign: str = "CNY") -> MoneyMention | None:
    value = parse_number(match.group("num"))
    if value is None:
        return None
    if "sym" in match.groupdict():
        sign = match.group("sym").casefold()
        currency = yen_sign if sign in ("¥", "￥") else _EN_SYMBOL[sign]
    else:
        currency = _EN_WORD_CURRENCY[match.group("word").casefold()]
    unit = match.group("unit")
    if unit and unit.casefold() in ("m", "b", "k") and unit != unit.upper() and unit.casefold() != "m":
        unit = None
    amount = in_millions(value, unit)
    if match.groupdict().get("open"):
        amount = -amount  # "$(24.1) million": a loss in brackets
    end = match.end() if unit else match.end("num") + (1 if match.groupdict().get("open") else 0)
    if _followed_by_per_share(text, end) or rx(r"^\s*(?:per|a)\s+share\b", re.I).match(text[end:end + 12]):
        return None
    return MoneyMention(match.start(), end, Money(amount, currency, _qualifier(text, match.start())))


def _qualifier(text: str, start: int) -> str | None:
    before = text[max(0, start - 24):start]
    for pattern, name in _QUALIFIERS:
        if pattern.search(before):
            return name
    return None


_SMALLEST_TERM_AMOUNT = Decimal("0.05")  # millions: amounts below 50,000 are prices per share or fees
_PER_SHARE_BEFORE = rx(r"每股|per (?:placing |subscription )?share|a share", re.I)
_CLAUSE_BREAK_BEFORE = rx(r"[，;；。]|,(?!\d)")


def is_share_price(text: str, mention: MoneyMention) -> bool:
    """True for a price per share or a fee too small to be a deal term or a raise."""
    if abs(mention.money.amount) < _SMALLEST_TERM_AMOUNT:
        return True
    before = _CLAUSE_BREAK_BEFORE.split(text[max(0, mention.start - 10):mention.start])[-1]
    return bool(_PER_SHARE_BEFORE.search(before))  # not a price in the clause before ("每股30元,募资6亿元")


def negate(money: Money) -> Money:
    return Money(-abs(money.amount), money.currency, money.qualifier)


def as_decimal(value: float | int | str) -> Decimal:
    return Decimal(str(value))
