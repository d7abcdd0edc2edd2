"""Drugs listed one after another in a clause, each with its own words: "用于AC-501（一款靶向B7-H3的ADC）
的III期临床及AC-702（一款GLP-1受体激动剂）的I期临床", "QX-01获批上市、QX-02获快速通道资格". What is written
after one drug, up to the next, is that drug's and not the next one's."""
from __future__ import annotations

from .assets import AssetMention
from .context import Context
from ..model.patterns import rx

_LIST_MARK = rx(r"\s*(?:[、;；]|及|和|与|以及)\s*")
_PREDICATE_GAP = rx(r"[^，,；;。、:：\n]{0,6}")
_OWN_BRACKET = rx(r"\s*[（(][^（()）]{1,40}[)）]")
_OF = rx(r"\s*的")


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
