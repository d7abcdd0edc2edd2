"""Where the words about an asset lie in its sentence: the words leading into its name (not another
drug's apposition), the window around it, and the stage written nearest it."""
from __future__ import annotations

import re
from bisect import bisect_left

from ..model.patterns import rx
from .assets import AssetMention
from .context import Context
from .sentences import Sentence


def lead_span(ctx: Context, start: int, mention: AssetMention) -> tuple[int, int]:
    """The words leading into a name, after any other drug's apposition among them ("NZ-11（一款CLDN18.2
    ADC）和NZ-12", "A, a CD47 antibody, and B"): those describe the other drug."""
    for other in reversed([a for a in ctx.in_range(ctx.assets, start, mention.start) if a.name != mention.name]):
        close = _APPOSED.match(ctx.text, other.end, mention.start)
        if close:
            return max(start, close.end()), mention.start
    return start, mention.start


_APPOSED = rx(r"\s*(?:（[^）]*）|\([^)]*\)|[,，][^,，]*[,，])")


def list_start(ctx: Context, sentence: Sentence, mention: AssetMention) -> int:
    """Where the words leading into an asset's name begin: its clause, or the clause before when the name
    is one of a list set after what it is ("two ADC programs, QX-1 and QX-2") and not another drug's apposition."""
    start = _clause_start(ctx.text, sentence.start, mention.start)
    between = ctx.text[start:mention.start]
    for other in ctx.in_range(ctx.assets, start, mention.start):
        between = between.replace(other.surface, "")
    if start > sentence.start and _LIST_JOINERS.fullmatch(between):
        back = _clause_start(ctx.text, sentence.start, start - 1)  # "A, a CD47 antibody, and B": not B's
        return start if any(ctx.text[a.end:back].strip() in (",", "，") for a in ctx.in_range(ctx.assets, sentence.start, back)) else back
    return start


_LIST_JOINERS = rx(r"[\s,，、]*(?:(?:and|or|与|和|及)[\s,，、]*)?", re.I)


def _clause_start(text: str, floor: int, pos: int) -> int:
    """Just after the last clause mark in [floor, pos), else floor: a bisection in the text's marks
    (found once for the last text asked about, kept for that string object only), not a backward
    search of the clause for each mark."""
    if text is not _MARKS_OF[0]:
        _MARKS_OF[0], _MARKS_OF[1] = text, [m.start() for m in _CLAUSE_MARK.finditer(text)]
    marks = _MARKS_OF[1]
    i = bisect_left(marks, pos) - 1
    return marks[i] + 1 if i >= 0 and marks[i] >= floor else floor


_CLAUSE_MARK = rx("[，,；;。:：]")
_MARKS_OF: list = ["", []]


def near(sentence: Sentence, mention: AssetMention) -> tuple[int, int]:
    return max(sentence.start, mention.start - 30), min(sentence.end, mention.end + 60)


def closest(stages, mention: AssetMention, text: str):
    """The stage written nearest the name, by the words between them ("the IND for A and the NDA for B"),
    in the name's own clause first ("A处于III期，B已提交上市申请": B's filing, not A's phase before the comma)."""
    def gap(s) -> tuple[int, int]:
        lo, hi = (s.end, mention.start) if s.end <= mention.start else (mention.end, s.start)
        return lo, max(lo, hi)

    return min(stages, key=lambda s: (bool(_CLAUSE_BREAK.search(text, *gap(s))), gap(s)[1] - gap(s)[0]))


_CLAUSE_BREAK = rx(r"[，,；;。]")
