"""Funding rounds told as a summary card: consecutive "key: value" lines whose keys name the company,
the round, the amount and the investors ("**Company:** X", "**Round:** Series A", "**Amount:** $54
million", "**Lead investor:** Y", "**Other investors:** Z, W"; 融资方：…、轮次：…、投资方：…). A machine
summary states the round this way with no sentence that a round's clause could be read from."""
from __future__ import annotations

import re

from ..model.patterns import rx
from ..model.records import Financing
from .context import Context
from .cues import cue_regex
from .events import event_date
from .items import Item, card_runs
from .sentences import Sentence

LETTER_ROUND = rx(r"(?:Pre-)?(?P<l>[A-F])(?:\+{1,2}|\d)?\s*(?:及[A-F]\+{0,2})?轮|\bSeries\s+(?P<l2>[A-F])(?:-?\d)?\b", re.I)
_SERIES = rx(r"series", re.I)  # with 轮, what every match of LETTER_ROUND holds
_KEYS = ("company", "round", "amount", "investors")
_LIST_SEP = rx(r"\s*(?:[,;，；、/]|\band\b|和|及)\s*", re.I)
_NAME = rx(r"[A-Z][A-Za-z0-9&'.-]*(?:\s+[A-Z][A-Za-z0-9&'.-]*){1,5}|[\u4e00-\u9fff]{2,16}")


def card_financings(ctx: Context, named_rounds: tuple[tuple[str, str], ...], extractor: str,
                    version: str) -> list[Financing]:
    found = []
    for card in card_runs(ctx.text, ctx.layout.items):
        fields = _fields(ctx, card)
        if "round" not in fields or "company" not in fields:
            continue
        round_name = _round(ctx, fields["round"][0], named_rounds)
        company = next((m.name for span in fields["company"] for m in ctx.companies_in(*span, with_self=False)), None)
        if round_name is None or company is None:
            continue
        start, end = card[0].start, card[-1].end
        money = next((m for span in fields.get("amount", []) for m in ctx.in_range(ctx.money, *span)), None)
        investors = [name for span in fields.get("investors", []) for name in _listed(ctx, span) if name != company]
        found.append(Financing(
            document=ctx.doc_id, evidence=[ctx.evidence(start, end)], extractor=extractor, version=version,
            company=company, investors=list(dict.fromkeys(investors)), round=round_name,
            amount=money.money if money else None, exchange=None,
            announced=event_date(ctx, Sentence(start, end, ctx.text[start:end]), start)))
    return found


def _fields(ctx: Context, card: list[Item]) -> dict[str, list[tuple[int, int]]]:
    fields: dict[str, list[tuple[int, int]]] = {}
    for item in card:
        key = ctx.text[item.key[0]:item.key[1]].strip(" \t*_#")
        for name in _KEYS:
            if cue_regex(f"financings.card_{name}", anchored=True, at_end=True).match(key):
                fields.setdefault(name, []).append(item.value)
                break
    return fields


def _round(ctx: Context, span: tuple[int, int], named_rounds: tuple[tuple[str, str], ...]) -> str | None:
    letter = LETTER_ROUND.search(ctx.text, *span)
    if letter:
        return (letter.group("l") or letter.group("l2")).lower()
    return next((name for name, cue_set in named_rounds if ctx.cues.has(cue_set, *span)), None)


def _listed(ctx: Context, span: tuple[int, int]) -> list[str]:
    """Each name of an investor line: the companies recognised in it, and the other capitalised names
    its commas and ands part (a card's value is a list of names)."""
    known = ctx.companies_in(*span, with_self=False)
    names = [m.name for m in known]
    pos = span[0]
    for sep in [*_LIST_SEP.finditer(ctx.text, *span), None]:
        stop = sep.start() if sep else span[1]
        part = ctx.text[pos:stop].strip(" \t*_.")
        if part and not any(pos <= m.start < stop for m in known) and _NAME.fullmatch(part):
            names.append(ctx.evidence(pos, stop).quote.strip(" \t*_."))
        pos = sep.end() if sep else stop
    return names


def may_hold_letter_round(text: str, start: int, end: int) -> bool:
    """False only where LETTER_ROUND cannot match in text[start:end]: it holds neither 轮 nor "series"
    (a literal search, cheaper than the pattern, which starts at every letter A to F, P and S)."""
    return text.find("轮", start, end) >= 0 or _SERIES.search(text, start, end) is not None
