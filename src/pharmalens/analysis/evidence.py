"""Where one field of a fact sits inside its evidence, and how the article wrote a name.

A fact's evidence is a sentence or a clause; a reader who clicks the upfront figure of a deal wants
the figure itself marked. `field_span` finds, inside the places where a fact's evidence sits in a
text, the words that state one field: the money mention with the field's amount, or the name (or
one of its aliases) written there; both texts are compared with their forms folded (traditional to
simplified, full-width to ASCII), which keeps every index. `written_name` gives the alias an
evidence quote uses, so a table can show "澜沧药业" beside the canonical "Lancang Pharma".
"""
from __future__ import annotations

from collections.abc import Iterable, Iterator
from decimal import Decimal
from functools import lru_cache
from typing import Any

from ..documents.normalise import fold_forms
from ..extraction.money import MoneyMention, find_money

Span = tuple[int, int]
NEARBY = 200  # characters around the evidence searched when the field is not inside it
SHORT = 1000  # quotes and names up to this length are folded and read for money once, then remembered
_REMEMBERED = 4096


def _folded(text: str) -> str:
    """The text with forms folded and lower-cased, index for index (else the text as it is)."""
    return _folded_short(text) if len(text) <= SHORT else _fold_lower(text)


def _fold_lower(text: str) -> str:
    folded = fold_forms(text)
    folded = folded if len(folded) == len(text) else text
    lowered = folded.lower()
    return lowered if len(lowered) == len(folded) else folded


_folded_short = lru_cache(maxsize=_REMEMBERED)(_fold_lower)  # a table asks about each quote once per field


def _same_length_fold(text: str) -> str:
    return _same_length_fold_short(text) if len(text) <= SHORT else _fold_same_length(text)


def _fold_same_length(text: str) -> str:
    folded = fold_forms(text)
    return folded if len(folded) == len(text) else text


_same_length_fold_short = lru_cache(maxsize=_REMEMBERED)(_fold_same_length)


def _money_in(piece: str) -> tuple[MoneyMention, ...]:
    return _money_in_short(piece) if len(piece) <= SHORT else tuple(find_money(piece))


@lru_cache(maxsize=_REMEMBERED)
def _money_in_short(piece: str) -> tuple[MoneyMention, ...]:
    return tuple(find_money(piece))


def _amount(value: Any) -> tuple[Decimal, str] | None:
    read = value.get if isinstance(value, dict) else lambda key: getattr(value, key, None)
    if read("amount") is None:
        return None
    return Decimal(str(read("amount"))), str(read("currency") or "")


def _windows(places: Iterable[Span | list[int] | None], size: int) -> list[Span]:
    out = []
    for place in places:
        if place:
            out.append((max(0, int(place[0])), int(place[1])))
    out.sort()
    return out if size == 0 else [(max(0, s - size), e + size) for s, e in out]


def _passes(places: list[Span], length: int) -> Iterator[list[Span]]:
    """The windows to search, first the evidence itself, then with NEARBY characters around it; the
    second pass only when it reaches text the first did not (evidence that is the whole text)."""
    inside = _windows(places, 0)
    yield inside
    around = _windows(places, NEARBY)
    if [(s, min(e, length)) for s, e in around] != [(s, min(e, length)) for s, e in inside]:
        yield around


def money_span(text: str, places: list[Span], value: Any) -> Span | None:
    """The mention of `value`'s amount inside (or next to) the evidence places."""
    wanted = _amount(value)
    if wanted is None:
        return None
    folded = _same_length_fold(text)
    for windows in _passes(places, len(text)):
        for start, end in windows:
            piece = folded[start:end]
            mentions = _money_in(piece)
            exact = [m for m in mentions if m.money.amount == wanted[0] and m.money.currency == wanted[1]]
            close = exact or [m for m in mentions if m.money.amount == wanted[0]]
            if close:
                return start + close[0].start, start + close[0].end
    return None


def name_span(text: str, places: list[Span], names: Iterable[str]) -> Span | None:
    """The first of `names` written inside (or next to) the evidence places, longest names first."""
    candidates = sorted({_folded(n) for n in names if n and len(str(n).strip()) > 1}, key=len, reverse=True)
    if not candidates:
        return None
    folded = _folded(text)
    for windows in _passes(places, len(text)):
        for start, end in windows:
            piece = folded[start:end]
            hits = [(piece.find(name), -len(name), name) for name in candidates if name in piece]
            if hits:
                at, size, _ = min(hits)
                return start + at, start + at - size
    return None


def field_names(fact: dict[str, Any], field: str, aliases: dict[str, list[str]]) -> list[str]:
    """The words that may state a text field: its value(s), and the aliases of a company or asset."""
    value = fact.get(field)
    values = [str(v) for v in (value if isinstance(value, list) else [value]) if v not in (None, "")]
    names = list(values)
    for item in values:
        names += aliases.get(item, [])
    if field == "asset":
        names += [str(a) for a in fact.get("aliases") or []]
    return names


def field_span(text: str, places: list[Span], fact: dict[str, Any], field: str,
               aliases: dict[str, list[str]] | None = None) -> Span | None:
    """Where `field` of `fact` is stated in `text`, looking in and around the evidence `places`;
    None when it cannot be told apart (the caller then marks the whole evidence)."""
    value = fact.get(field)
    if value in (None, "", []):
        return None
    if isinstance(value, dict) or hasattr(value, "currency"):
        return money_span(text, places, value)
    if isinstance(value, (int, float, Decimal)) and not isinstance(value, bool):
        if field == "amount" and fact.get("currency"):
            return money_span(text, places, {"amount": value, "currency": fact["currency"]})
        return _number_span(text, places, value)
    return name_span(text, places, field_names(fact, field, aliases or {}))


def _number_span(text: str, places: list[Span], value: Any) -> Span | None:
    number = f"{Decimal(str(value)).normalize():f}"
    return name_span(text, places, [number])


def written_name(quotes: Iterable[str], canonical: str | None, aliases: Iterable[str]) -> str | None:
    """How the evidence wrote a company or asset: the canonical name, or the alias found in a quote
    (as written, in its own script); None when none is found."""
    if not canonical:
        return None
    names = sorted({canonical, *[a for a in aliases if a]}, key=len, reverse=True)
    for quote in quotes:
        folded = _folded(quote)
        for name in names:
            at = folded.find(_folded(name))
            if at >= 0 and len(name) > 1:
                return quote[at:at + len(name)]
    return None
