"""A deal's total told only in the headline ("X inks $1.1B biobucks pact with Y", "X bets $1.1 billion
on Y's drug", 甲11亿美元引进乙核药): trade headlines give the figure that the body leaves out."""
from __future__ import annotations

import re
from dataclasses import replace

from ..model.patterns import rx
from ..model.records import Deal
from .context import Context
from .deal_roles import triggers
from .deal_terms import role_of

_HEADLINE_MAX = 160
_SENTENCE_END = rx(r"[.。!！]\s*$")
_BETS = rx(r"\b(?:bets?|wagers?|commits?|stakes?|spends?|pays?|pony up|shells out)\b|斥资|豪掷|押注", re.I)
_NOT_TOTAL = ("upfront", "milestones", "equity")


def with_headline_total(ctx: Context, deals: list[Deal]) -> list[Deal]:
    """The one deal of the headline's companies that has no total takes the headline's one figure, when
    the headline speaks of a deal and does not say the figure is the upfront or the milestones."""
    end = ctx.text.find("\n")
    end = len(ctx.text) if end < 0 else end
    headline = ctx.text[:end]
    if not deals or not headline.strip() or len(headline) > _HEADLINE_MAX or _SENTENCE_END.search(headline) \
            or not (triggers(headline) or _BETS.search(headline)):
        return deals
    named = {m.name for m in ctx.companies_in(0, end, with_self=False)}
    figures = [m for m in ctx.in_range(ctx.money, 0, end) if role_of(ctx, m) not in _NOT_TOTAL]
    ours = [d for d in deals if named & {d.licensor, d.licensee}]
    if len(figures) != 1 or len(ours) != 1 or ours[0].total is not None:
        return deals
    deal, total = ours[0], figures[0].money
    if any(m is not None and m.currency == total.currency and m.amount > total.amount for m in (deal.upfront, deal.milestones)):
        return deals
    updated = replace(deal, total=total, evidence=[*deal.evidence, ctx.evidence(0, end)])
    return [updated if d is deal else d for d in deals]


def in_headline(ctx: Context, pos: int) -> bool:
    """Whether a position lies in the article's first line when short and unpunctuated: a headline,
    whose terms are rounded ("逾1亿美元")."""
    line_end = ctx.text.find("\n")
    return 0 <= pos < line_end <= _HEADLINE_LENGTH and "。" not in ctx.text[:line_end]


_HEADLINE_LENGTH = 60
