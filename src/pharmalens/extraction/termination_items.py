"""What a stop tells of each programme it names: the stage written beside the programme's own name
("终止SY-62片（处于I期临床）及SY-88凝胶（临床前阶段）", "XY-7 (Phase 2)"), which is that drug's over a stage the
sentence tells of other drugs ("集中投入已进入III期的核心品种"); and amounts joined one per programme
("累计投入分别为4,215.7万元和860万元")."""
from __future__ import annotations

import re

from ..model.patterns import rx
from .assets import AssetMention
from .context import Context
from .events import STAGE_ORDER
from .money import MoneyMention

_BRACKET = rx(r"[\u4e00-\u9fff]{0,6}\s*[（(](?P<inside>[^（()）]{1,16})[)）]")  # a dosage form, then the bracket


def own_stage(ctx: Context, asset: AssetMention | None) -> str | None:
    """The stage written in the bracket right after the drug's name, else None."""
    if asset is None:
        return None
    bracket = _BRACKET.match(ctx.text, asset.end)
    if bracket is None:
        return None
    start, end = bracket.span("inside")
    stages = [s.stage for s in ctx.in_range(ctx.stages, start, end) if s.stage in STAGE_ORDER]
    if stages:
        return stages[0]
    return "preclinical" if ctx.cues.has("terminations.preclinical", start, end) else None


def joined_amounts_end(ctx: Context, first: MoneyMention, limit: int) -> int:
    """"分别为4,215.7万元和860万元": the end of the amounts joined to the first, one per programme."""
    end = first.end
    for money in ctx.in_range(ctx.money, first.end, limit):
        if not _AMOUNT_JOIN.fullmatch(ctx.text, end, money.start):
            break
        end = money.end
    return end


_AMOUNT_JOIN = rx(r"\s*(?:和|及|与|、|以及|,\s*and|and)\s*", re.I)
