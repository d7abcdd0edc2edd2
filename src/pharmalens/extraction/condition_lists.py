"""Lists of conditions: the items under an intro that says payments fall due, or a deal closes, as the
items come about ("the fees are paid in tranches upon the following milestones:" over "(a) IND clearance",
"(b) approval in China"; 许可费依下列里程碑分期支付： over "1、获批上市"). Each item names an event the
parties expect, not one that happened."""
from __future__ import annotations


from ..model.patterns import rx
from .context import Context
from .items import line_spans

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
