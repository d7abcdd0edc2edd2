"""Drugs listed one after another in a clause, each with its own words: "用于AC-501（一款靶向B7-H3的ADC）
的III期临床及AC-702（一款GLP-1受体激动剂）的I期临床", "QX-01获批上市、QX-02获快速通道资格". What is written
after one drug, up to the next, is that drug's and not the next one's."""
from __future__ import annotations

import re

from .assets import AssetMention
from .context import Context
from ..model.patterns import rx

_LIST_MARK = rx(r"\s*(?:[、;；]|及|和|与|以及)\s*")
_PREDICATE_GAP = rx(r"[^，,；;。、:：\n]{0,6}")
_APPOSITION_BETWEEN = rx(r"\s*[,，][^,，;；。]{3,160}[,，]\s*(?:(?:and|as well as|or)\s+|以及|和|及|与)?", re.I)
_APPOSITION_REACH = 160
_OWN_BRACKET = rx(r"[\u4e00-\u9fff]{0,6}?\s*[（(][^（()）]{1,40}[)）]")  # a dosage form (片, 注射液), then the bracket
_OF = rx(r"\s*的")


def after_other_drug(ctx: Context, start: int, mention: AssetMention) -> int:
    """Where the words leading into a drug's name begin once an earlier drug of its clause, its bracket
    and what follows them are left out; `start` where none is named between."""
    wider = [a for a in ctx.in_range(ctx.assets, max(0, start - _APPOSITION_REACH), mention.start) if a.end <= mention.start]
    if wider and _APPOSITION_BETWEEN.fullmatch(ctx.text, wider[-1].end, mention.start):
        return mention.start  # "X, an FGFR3 inhibitor for bladder cancer, and Y": the apposition is X's
    before = [a for a in wider if a.start >= start]
    if not before:
        return start
    previous = before[-1]
    bracket = _OWN_BRACKET.match(ctx.text, previous.end)
    if bracket is None or bracket.end() > mention.start:
        return start  # "two ADC programs, QX-1 and QX-2": the words before the list lead into both
    return mention.start


def own_window(ctx: Context, near: tuple[int, int], described: tuple[int, int], mention: AssetMention) -> tuple[int, int]:
    """The words of one drug of a list: from after the drug before it (and its bracket) to the next drug
    ("岭达替尼片（用于肺癌）、晨妥昔单抗注射液（用于胃癌）": 胃癌 is not the first drug's)."""
    end = max(near[1], described[1])
    later = [a.start for a in ctx.in_range(ctx.assets, mention.end, end) if a.start >= mention.end]
    return after_other_drug(ctx, near[0], mention), min([end, *later])


def another_drugs_stage(ctx: Context, stage, mention: AssetMention) -> bool:
    """A stage written after another drug, with only a list mark before this one, is the other drug's:
    "QX-01获批上市、QX-02…", "AC-501（…）的III期临床及AC-702…"."""
    if stage.end > mention.start:
        return False
    tail = _PREDICATE_GAP.match(ctx.text, stage.end).end()
    if not _LIST_MARK.fullmatch(ctx.text, stage.end, mention.start) and not _LIST_MARK.fullmatch(ctx.text, tail, mention.start):
        return False
    before = [a for a in ctx.in_range(ctx.assets, max(0, stage.start - 60), stage.start) if a.end <= stage.start]
    if not before:
        return False
    gap_start = before[-1].end
    bracket = _OWN_BRACKET.match(ctx.text, gap_start)
    if bracket is not None and bracket.end() <= stage.start:
        gap_start = bracket.end()
        of = _OF.match(ctx.text, gap_start)
        gap_start = of.end() if of else gap_start
    return bool(_PREDICATE_GAP.fullmatch(ctx.text, gap_start, stage.start))
