"""A company named in an article's text: the span, the name records use, and the helpers every company
recogniser shares (overlaps resolved, mentions within a span, the kind a name suggests)."""
from __future__ import annotations

import re
from bisect import bisect_left
from functools import lru_cache

from ..model.frozen import frozen
from ..model.patterns import rx


@frozen
class CompanyMention:
    start: int
    end: int
    name: str  # canonical for lexicon companies, the surface form for provisional ones
    surface: str
    provisional: bool
    kind: str = "other"


_INVESTOR_WORD = re.compile(r"资本|创投|基金|投资|Capital|Ventures|Partners|\bFunds?\b|\bInvestments?\b|Asset Management")


@lru_cache(maxsize=8192)  # asked of each name every finder makes a mention of
def guess_kind(name: str) -> str:
    if _INVESTOR_WORD.search(name):
        return "investor"
    return "biotech"


_NOT_A_COMPANY = rx(r"交易所|结算所|证监会|监督管理|药监局|Stock Exchange|Clearing", re.I)


@lru_cache(maxsize=8192)  # asked of each mention's surface and then its name; names recur within and across articles
def not_a_company(name: str) -> bool:
    """An exchange, a clearing house or a regulator written like a company's name."""
    return _NOT_A_COMPANY.search(name) is not None


def drop_overlaps(mentions: list[CompanyMention]) -> list[CompanyMention]:
    chosen: list[CompanyMention] = []
    taken = bytearray(max((m.end for m in mentions), default=0))
    for m in sorted(mentions, key=lambda m: (-(m.end - m.start), m.provisional, m.start)):
        if any(taken[m.start:m.end]):
            continue
        chosen.append(m)
        taken[m.start:m.end] = b"\x01" * (m.end - m.start)
    return chosen


class Inside:
    """The mentions lying within a span, found by bisection instead of a scan of them all."""

    def __init__(self, mentions: list[CompanyMention]) -> None:
        self._order = sorted(range(len(mentions)), key=lambda i: mentions[i].start)
        self._starts = [mentions[i].start for i in self._order]
        self._mentions = mentions

    def first(self, start: int, end: int) -> CompanyMention | None:
        """The earliest-listed mention within [start, end), as a scan in list order would find it."""
        lo, hi = bisect_left(self._starts, start), bisect_left(self._starts, end)
        within = [i for i in self._order[lo:hi] if self._mentions[i].end <= end]
        return self._mentions[min(within)] if within else None
