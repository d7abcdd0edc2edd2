"""Lists of conditions: the items under an intro that says payments fall due, or a deal closes, as the
items come about ("the fees are paid in tranches upon the following milestones:" over "(a) IND clearance",
"(b) approval in China"; 许可费依下列里程碑分期支付： over "1、获批上市"). Each item names an event the
parties expect, not one that happened."""
from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Iterable

from ..model.patterns import rx
from .context import Context
from .items import line_spans
from .sentences import Sentence

_INTRO_END = rx(r"[:：]\s*$")
_ITEM = rx(r"\s*(?:[(（](?:\d{1,2}|[A-Za-z]|[ivx]{1,4}|[一二三四五六七八九十]{1,3})[)）]|(?:\d{1,2}|[A-Za-z]|[一二三四五六七八九十]{1,3})"
           r"\s*[.、．)）](?!\d)|[•·●■◆▪\-*–])")


def condition_items(ctx: Context) -> list[tuple[int, int]]:
    """(start, end) of every item listed under a condition list's intro."""
    spans, lines = [], line_spans(ctx.text)
    for i, (start, end) in enumerate(lines):
        if not _INTRO_END.search(ctx.text, start, end) or not ctx.cues.has("regulatory.condition_intro", start, end):
            continue
        for item_start, item_end in lines[i + 1:]:
            if not ctx.text[item_start:item_end].strip():
                continue
            if not _ITEM.match(ctx.text, item_start, item_end):
                break
            spans.append((item_start, item_end))
    return spans


def sentences_holding(ctx: Context, names: Iterable[str]) -> list[Sentence]:
    """The article's sentences, in order, in which a cue of one of the sets starts: every sentence
    that holds one (ctx.cues.has) and a few more. A builder that reads nothing from a sentence
    without such a cue loops over these, not over each sentence asking each set about it."""
    sentences, starts = ctx.sentences, _sentence_starts(ctx)
    picked = set()
    for name in names:
        for cue in ctx.cues.hits(name):
            i = bisect_right(starts, cue.start) - 1
            if i >= 0 and cue.start < sentences[i].end:
                picked.add(i)
    return [sentences[i] for i in sorted(picked)]


def sentences_starting(ctx: Context, lo: int, hi: int) -> list[Sentence]:
    """The article's sentences that start within [lo, hi], in order: two bisections, not a look at each."""
    starts = _sentence_starts(ctx)
    return ctx.sentences[bisect_left(starts, lo):bisect_right(starts, hi)]


def _sentence_starts(ctx: Context) -> list[int]:
    starts = ctx.memo.get(("sentence_starts",))
    if starts is None:
        starts = ctx.memo[("sentence_starts",)] = [s.start for s in ctx.sentences]
    return starts
