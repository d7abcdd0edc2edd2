"""Where one field of a fact sits inside its evidence, and how the article wrote a name.

A fact's evidence is a sentence or a clause; a reader who clicks the upfront figure of a deal wants
the figure itself marked. `field_span` finds, inside the places where a fact's evidence sits in a
text, the words that state one field: the money mention with the field's amount, or the name (or
one of its aliases) written there; both texts are compared with their forms folded (traditional to
simplified, full-width to ASCII), which keeps every index. `written_name` gives the alias an
evidence quote uses, so a table can show "澜沧药业" beside the canonical "Lancang Pharma".
"""
from __future__ import annotations

from collections.abc import Iterable
from decimal import Decimal
from typing import Any

from ..documents.normalise import fold_forms
from ..extraction.money import find_money

Span = tuple[int, int]
NEARBY = 200  # characters around the evidence searched when the field is not inside it


def _folded(text: str) -> str:
    """The text with forms folded and lower-cased, index for index (else the text as it is)."""
    folded = fold_forms(text)
    folded = folded if len(folded) == len(text) else text
    lowered = folded.lower()
    return lowered if len(lowered) == len(folded) else folded


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


def money_span(text: str, places: list[Span], value: Any) -> Span | None:
    """The mention of `value`'s amount inside (or next to) the evidence places."""
    wanted = _amount(value)
    if wanted is None:
        return None
    folded = fold_forms(text)
    folded = folded if len(folded) == len(text) else text
    for pad in (0, NEARBY):
        for start, end in _windows(places, pad):
            piece = folded[start:end]
            mentions = find_money(piece)
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
    for pad in (0, NEARBY):
        for start, end in _windows(places, pad):
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
