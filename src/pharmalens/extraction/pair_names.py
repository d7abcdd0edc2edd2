"""Names read from where round-ups and Chinese sentences put a pair of parties: the sides of a
crossed or dashed heading pair, a Latin-script name in a Chinese party slot, and a coined brand
written in lower case before its trade word."""
from __future__ import annotations

import re
from functools import lru_cache

from ..model.patterns import guarded, holds_any, holds_han, matches_from, rx
from .company_context import HEADING_NUMBER, name_word, trade_named
from .cues import cue_alternation
from .word_frequency import COMMON_EN, RARE_ZIPF, zipf


_CROSSED = rx(HEADING_NUMBER +
              r"(?P<a>[^\n×]{2,30}?)(?:[ \t]*×[ \t]*|[ \t]+[xX][ \t]+)(?P<b>[^\n×:：]{2,30}?)[ \t]*(?:$|[:：](?=[^\n]))", re.M)
_SPACED_X = guarded(rx(r"[ \t][xX][ \t]"))
_PAIR_SIDE = rx(r"(?:[A-Z][A-Za-z0-9]*|\d{2,5})(?:[ &-](?:[A-Z][A-Za-z0-9]*|\d{2,5}))*|[\u4e00-\u9fff]{2,10}")


def crossed_pair_names(text: str, is_known: callable) -> list[tuple[int, int, str]]:
    """The other side of a heading that pairs a known company with a name ("Halvern × Quorvane 2030"),
    or both sides where one says its trade ("澄江生物 × Quorvane 2030"): the line that heads a deal, or
    opens a round-up's line of terms ("澄江生物 × Quorvane:授权,首付款…"), names its two parties."""
    found = []
    if "×" not in text and not _SPACED_X.search(text):  # the cross between the pair
        return found
    for line in _CROSSED.finditer(text):
        sides = [line.span("a"), line.span("b")]
        known = [is_known(s, e) for s, e in sides]
        traded = [trade_named(text[s:e]) for s, e in sides]
        if known.count(True) != 1 and not (known.count(True) == 0 and any(traded)):
            continue
        for (start, end), named in zip(sides, known):
            if not named and _PAIR_SIDE.fullmatch(text, start, end):
                found.append((start, end, text[start:end]))
    return found




# A word of a name is taken whole (+): a space, a dash or a bracket follows it, never a character given back.
_DASHED = rx(r"(?<![\w&.-])(?P<a>\d?[A-Z][\w&.-]*+(?: [A-Z][\w&.-]*+){0,3})[ \t]*[–—][ \t]*"
             r"(?P<b>\d?[A-Z][\w&.-]*+(?: [A-Z][\w&.-]*+){0,3})[ \t]*[(（](?P<terms>[^()（）\n]{0,80})")
_TERMS = rx(r"[$€£¥]|\b(?:million|billion|upfront|milestones?)\b|\b(?:19|20)\d{2}\b", re.I)


def dashed_pair_names(text: str, is_known: callable) -> list[tuple[int, int, str]]:
    """The sides of a round-up pair with the deal's terms in brackets ("Halvern–Quorvane (May 2026, $40
    million upfront)"): the unknown side beside a known company, or both sides when neither is a word."""
    found = []
    if not holds_any(text, "–—"):  # the dash between the pair
        return found
    for pair in _DASHED.finditer(text):
        if not _TERMS.search(pair.group("terms")):
            continue
        sides = [pair.span("a"), pair.span("b")]
        known = [is_known(s, e) for s, e in sides]
        if known.count(True) == 1:
            start, end = sides[known.index(False)]
            found.append((start, end, text[start:end]))
        elif not any(known) and all(name_word(text[s:e]) for s, e in sides):
            found.extend((s, e, text[s:e]) for s, e in sides)  # two names neither of which is a word
    return found


@lru_cache(maxsize=1)
def _latin_party() -> re.Pattern[str]:
    return rx(_LATIN_PARTY.replace("{country}", cue_alternation("company.zh_country")))


# A word of a name is taken whole (+): a space, a Chinese character or the name's end follows it.
_LATIN_PARTY = (r"(?:[与和同向从及]|包括|收购|并购|收到了?|公司|药企|药厂|携手|牵手|联手|授权给|许可给|引进)\s*(?:{country})?\s*"
                  r"(?P<name>[A-Z][A-Za-z0-9&-]*+(?: [A-Z][A-Za-z0-9&-]*+){0,3})\s*"
                  r"(?=订立|签订|签署|达成|就|合作|终止|之间|的合作|的协议|的交易|的\s*\d|支付|公布|宣布|发布|收购|[和与及、])"
                  r"|(?:授权给|许可给|授权予|许可予|授予|转让给|出售给|授权(?=\s*(?:{country})?\s*[A-Z][A-Za-z0-9&-]*+(?: [A-Z][A-Za-z0-9&-]*+){0,3}"
                  r"\s*(?:于|在|就|开发|独家)))\s*(?:{country})?\s*(?P<granted>[A-Z][A-Za-z0-9&-]*+(?: [A-Z][A-Za-z0-9&-]*+){0,3})"
                  r"(?![A-Za-z0-9&-])"  # a grantee needs no verb after it: "授权给Northwind Bio 首付款…"
                  r"|(?<![^\n。；;，,：:])(?P<subject>[A-Z][A-Za-z0-9&-]*+(?: [A-Z][A-Za-z0-9&-]*+){0,3})"
                  r"(?=宣布|公布|表示|透露|以\s*[\d约近]|将|已|获得|完成|与|收购|引进|达成|签署)"  # "Astrion以1.5亿美元…获得"
                  r"|(?:由|、|,)\s*(?P<investor>[A-Z][A-Za-z0-9&-]*+(?: [A-Z][A-Za-z0-9&-]*+){0,3})"
                  r"\s*(?=(?:[、和及][^,。;]{0,40}?)?(?:共同|联合)?(?:领投|跟投|参投|独家投资))")  # "本轮由Orchard Ventures领投"


def latin_names_in_chinese_roles(text: str, is_known: callable) -> list[tuple[int, int, str]]:
    """A Latin-script name that a Chinese sentence makes a party ("公司与Northwind订立协议", "收到Northwind支付的",
    "收购Northwind和…") or the subject of a company's verb ("Northwind宣布", "Northwind以1亿美元获得"): the
    slot says it is a company even when the name is also an English word."""
    found = []
    if not holds_han(text):  # each branch needs a Chinese word before or after the name
        return found
    for match in _latin_party().finditer(text):
        group = next(g for g in ("name", "granted", "subject", "investor") if match.group(g))
        start, end = match.span(group)
        name = match.group(group)
        if not is_known(start, end) and not _acronym(name) and zipf(name.split()[0]) < COMMON_EN + 1:
            found.append((start, end, name))
    return found


def _acronym(name: str) -> bool:
    """Capitals too short to be a name the slot could vouch for (FDA, CRO, CDMO); a longer word in capitals
    ("许可给STADA", "与BIOCAD签署") is a company's name as its owner writes it."""
    return name.isupper() and not (len(name) >= 5 and name.isalpha())


_LOWER_BRAND = rx(r"(?<![\w-])(?P<name>[a-z][A-Za-z0-9]{2,14} (?:Pharma|Pharmaceuticals|Therapeutics|Biotherapeutics|Biosciences|"
                  r"Biologics|Oncology|Biopharma|Medicines))(?![\w-])")

_LOWER_BRAND_TRADES = ("Pharma", "Therapeutics", "Biotherapeutics", "Biosciences", "Biologics", "Oncology", "Biopharma",
                       "Medicines")  # the trade words, as written (Pharmaceuticals holds Pharma)


def lowercase_brand_names(text: str) -> list[tuple[int, int, str]]:
    """A brand written in lower case before a capitalised trade word ("vexor Therapeutics", "tiron
    Pharma"): a coined word, not an ordinary one, is what makes it a name."""
    return [(m.start("name"), m.end("name"), m.group("name")) for m in matches_from(_LOWER_BRAND, text, _brand_starts(text))
            if zipf(m.group("name").split()[0]) < RARE_ZIPF]


_ALNUM = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789")


def _brand_starts(text: str) -> list[int]:
    """Where a match of _LOWER_BRAND can start: the word before a space and a trade word, if it opens in
    lower case (the pattern, tried at every lower-case letter, cost a pass over each English text)."""
    starts = []
    for trade in _LOWER_BRAND_TRADES:
        at = text.find(trade, 1)
        while at >= 0:
            start = at - 1
            while text[at - 1] == " " and start > 0 and text[start - 1] in _ALNUM:
                start -= 1
            if "a" <= text[start] <= "z":
                starts.append(start)
            at = text.find(trade, at + 1)
    return starts
