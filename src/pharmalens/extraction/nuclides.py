"""Radionuclides however written (177Lu, ¹⁷⁷Lu, [177Lu]Lu-, Lu-177, lutetium-177, 镥-177, 177镥),
normalised to Element-Mass."""
from __future__ import annotations

import re
from functools import lru_cache

from ..model.frozen import frozen
from ..documents.language import to_simplified, to_traditional
from ..model.vocabulary import load_yaml
from ..model.patterns import rx, rx_starting

_SUPERSCRIPT = str.maketrans("⁰¹²³⁴⁵⁶⁷⁸⁹ᵐ", "0123456789m")
_SUPERSCRIPTED = re.compile("[⁰¹²³⁴⁵⁶⁷⁸⁹ᵐ]")  # most texts have none: no copy to make


@frozen
class NuclideMention:
    start: int
    end: int
    nuclide: str


@lru_cache(maxsize=1)
def _table() -> tuple[dict[str, tuple[str, set[str]]], re.Pattern[str]]:
    by_name: dict[str, tuple[str, set[str]]] = {}
    for item in load_yaml("elements.yaml"):
        isotopes = {str(i) for i in item["isotopes"]}
        taiwan = item.get("zh_tw", item["zh"])  # 鎦 reads 镏 in the simplified copy that matching runs on
        for name in (item["symbol"], item["en"], item["zh"], to_traditional(item["zh"]), taiwan, to_simplified(taiwan)):
            by_name[name.casefold() if name.isascii() and len(name) > 2 else name] = (item["symbol"], isotopes)
    symbols = sorted((k for k in by_name if k.isascii() and len(k) <= 2), key=len, reverse=True)
    words = sorted((k for k in by_name if k.isascii() and len(k) > 2), key=len, reverse=True)
    hanzi = sorted(k for k in by_name if not k.isascii())
    sym = "|".join(re.escape(s) for s in symbols)
    mass = r"(?P<{0}>\d{{1,3}}m?)"
    pattern = (
        rf"(?i:{'|'.join(words)})\s(?P<e8>{sym})\s(?P<m8>\d{{1,3}}m?)(?!\d)"              # lutetium Lu 177 (USAN)
        rf"|\[(?P<m1>\d{{1,3}}m?)\s*(?P<e1>{sym})\](?:(?P=e1)-?)?"                       # [177Lu]Lu-
        rf"|(?<![A-Za-z0-9.])(?P<m2>\d{{1,3}}m?)\s?(?P<e2>{sym})(?![a-z])"                      # 177Lu, 177 Lu
        rf"|(?<![A-Za-z])(?P<e3>{sym})\s?-\s?(?P<m3>\d{{1,3}}m?)(?!\d)"                 # Lu-177
        rf"|(?<![A-Za-z])(?P<e4>{sym})(?P<m4>\d{{2,3}}m?)(?![\d.])"                       # Lu177
        rf"|(?i:(?P<e5>{'|'.join(words)}))\s?-?\s?(?P<m5>\d{{1,3}}m?)(?!\d)"              # lutetium-177
        rf"|(?P<e6>[{''.join(hanzi)}])\s?[-－—]?\s?(?P<m6>\d{{1,3}}m?)(?!\d)"             # 镥-177
        rf"|(?<![A-Za-z0-9.])(?P<m7>\d{{1,3}}m?)(?P<e7>[{''.join(hanzi)}])"                 # 177镥, 131碘
    )
    del mass
    latin = {s[0] for s in symbols} | {w[0].lower() for w in words} | {w[0].upper() for w in words}
    # A symbol or an element's name is the whole run of letters it starts, and a mass follows it
    # past at most a space, a hyphen and a space; a mass written first is a number of at most three
    # digits with an element right after it: the pattern is tried only at such places.
    first = (rf"\[|(?<![A-Za-z0-9.])\d{{1,3}}m?(?:\s?[A-Z]|[{''.join(hanzi)}])|(?<![A-Za-z])(?:[{''.join(hanzi)}]"
             rf"|[{re.escape(''.join(sorted(latin)))}][A-Za-z]*+(?:[\s-]{{0,3}}+|\s[A-Z][a-z]?\s)\d)")
    return by_name, rx_starting(first, pattern)


def find_nuclides(text: str) -> list[NuclideMention]:
    return list(_find_short(text) if len(text) <= 80 else _find_long(text))


@lru_cache(maxsize=4096)
def _find_short(text: str) -> tuple[NuclideMention, ...]:
    return tuple(_find(text))


@lru_cache(maxsize=8)
def _find_long(text: str) -> tuple[NuclideMention, ...]:
    """An article's text is read by the context and again by the asset finder."""
    return tuple(_find(text))


def _find(text: str) -> list[NuclideMention]:
    by_name, pattern = _table()
    plain = text.translate(_SUPERSCRIPT) if _SUPERSCRIPTED.search(text) else text
    found = []
    for match in pattern.finditer(plain):
        for i in (8, 1, 2, 3, 4, 5, 6, 7):
            element, mass = match.group(f"e{i}"), match.group(f"m{i}")
            if element is None:
                continue
            key = element.casefold() if element.isascii() and len(element) > 2 else element
            symbol, isotopes = by_name.get(key, (None, set()))
            if symbol and mass in isotopes:
                found.append(NuclideMention(match.start(), match.end(), f"{symbol}-{mass}"))
            break
    return found


_RADIOLABEL_OPENING = rx(r"\s*(?:[a-z]{3,12}\s+)?(?:\[\s*\d{2,3}m?\s*[A-Z][a-z]?\s*\]|\(\s*\d{2,3}m?\s*[A-Z][a-z]?\s*\)"
                         r"|[A-Z][a-z]?[\s-]\d{2,3}m?|\d{2,3}m?[A-Z][a-z]?-?)\s*")


def past_radiolabel(text: str, pos: int) -> int:
    """Where the drug's name starts in a bracket that opens with its radiolabel ("Brand (lutetium [177Lu]
    zadotreotide)", "(lutetium Lu 177 dotatate)"), else the bracket's first character."""
    label = _RADIOLABEL_OPENING.match(text, pos)
    return label.end() if label and find_nuclides(label.group(0)) else pos


def normalise_nuclide(text: str | None) -> str | None:
    if not text:
        return None
    hits = find_nuclides(text)
    return hits[0].nuclide if hits else None


@lru_cache(maxsize=1)
def _imaging_nuclides() -> frozenset[str]:
    return frozenset(row["nuclide"] for row in load_yaml("nuclides.yaml") if row.get("use") == "imaging")


def imaging_only(nuclide: str | None) -> bool:
    """A nuclide used for imaging and not for therapy (data/nuclides.yaml `use`): a drug carrying it is
    a diagnostic imaging agent."""
    return nuclide in _imaging_nuclides()
