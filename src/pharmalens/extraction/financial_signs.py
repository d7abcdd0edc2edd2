"""The sign of a reported figure: a loss word or a minus before the amount makes a profit negative, a
loss word right after a profit metric signs that metric (扣除非经常性损益后的净利润：亏损…), and a loss range
written in positive figures is read at its larger loss."""
from __future__ import annotations

import re

from ..model.patterns import rx
from .metrics import MetricCue
from .money import MoneyMention
from .reporting import Reporting


def signed_metric(text: str, before: list[MetricCue]) -> MetricCue:
    """"扣除非经常性损益后的净利润：亏损…": a loss word right after a profit metric signs that metric's
    amount, it names no metric of its own."""
    cue = before[-1]
    if len(before) >= 2 and cue.phrase in _LOSS_WORDS and before[-2].metric in _PROFITS \
            and _SIGN_GAP.fullmatch(text, before[-2].end, cue.start):
        return before[-2]
    if len(before) >= 2 and cue.metric is None and before[-2].metric == "cash" \
            and _LISTED_WITH.fullmatch(text, before[-2].end, cue.start):
        return before[-2]  # "现金及现金等价物以及定期存款合计…": the cash balance with the deposits listed after it
    return cue


_LOSS_WORDS = ("亏损", "净亏损", "净损", "亏")
_PROFITS = ("net_profit", "net_profit_excl_nonrecurring")
_SIGN_GAP = rx(r"\s*[:：]?\s*(?:预计|预期|约)?(?:为|是)?\s*")
_LISTED_WITH = rx(r"\s*(?:以及|及|和|与|、|,|，|\band\b)\s*")


def is_loss(env: Reporting, cue: MetricCue, mention: MoneyMention) -> bool:
    """A loss: a negative amount, or a loss word between the metric and the amount."""
    ctx, text = env.ctx, env.ctx.text
    if cue.metric not in ("net_profit", "net_profit_excl_nonrecurring"):
        return False
    if minus_before(text, mention.start):
        return True
    if ctx.cues.has("fin.turnaround", cue.start, mention.start):
        return False
    return ctx.cues.has("fin.loss", cue.start, mention.start)


def minus_before(text: str, pos: int) -> bool:
    return pos > 0 and text[pos - 1] in "-−"


def loss_range_top(text: str, mention: MoneyMention, moneys: list[MoneyMention]):
    """The larger loss of a loss range written in positive figures ("亏损2.6亿元至3.2亿元", "a net loss
    of $40 million to $55 million", "-2.6亿元至-3.2亿元"): the low end of the profit, as "-3.2亿元至-2.6亿元"
    and every profit range are read."""
    top = next((m for m in moneys if m.start >= mention.end), None)
    gap = _LOSS_RANGE_TO.fullmatch(text, mention.end, top.start) if top is not None else None
    if gap is None or top.money.currency != mention.money.currency \
            or (top.money.amount < 0 or bool(gap.group("minus"))) != (mention.money.amount < 0 or minus_before(text, mention.start)):
        return None
    return max(abs(top.money.amount), abs(mention.money.amount))


_LOSS_RANGE_TO = rx(r"\s*(?:至|到|-|–|—|~|～|to)\s*(?P<minus>[-－])?\s*", re.I)
