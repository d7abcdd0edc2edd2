"""Figures of a financial metric's clause that are no reported result of the company: adjusted
(non-IFRS) figures, deal terms, cumulative spend, forecasts of periods still open, a whole market's."""
from __future__ import annotations

from .metrics import MetricCue
from .money import MoneyMention
from .reporting import Reporting
from .sentences import Sentence


def not_a_result(env: Reporting, sentence: Sentence, cue: MetricCue, mention: MoneyMention) -> bool:
    """A figure that is no reported result: adjusted, a deal term, a reference product's revenue, a
    cumulative spend, a forecast of a period not yet closed, or a whole market's."""
    ctx = env.ctx
    near = max(sentence.start, cue.start - 12)
    if ctx.cues.has("fin.adjusted", max(sentence.start, cue.start - 14), cue.end):
        return True
    if ctx.cues.has("fin.deal_term", near, mention.start):
        return True
    if cue.metric == "revenue" and ctx.cues.has("fin.product_ref", near, cue.start):
        return True
    for hit in ctx.cues.hits("fin.cumulative", near, mention.start):
        if not env.within(hit.start - 12, hit.end + 12):
            return True  # "累计研发投入" is sunk cost; "累计前三季" and "前三季度累计" are the year to date
    if ctx.cues.has("fin.forward", sentence.start, mention.start):
        return not _reported_forecast(env, sentence, mention)
    return _aggregate(env, sentence, cue)


def _reported_forecast(env: Reporting, sentence: Sentence, mention: MoneyMention) -> bool:
    """A 业绩预告 of a period that had closed by publication reports that period's figure."""
    ctx = env.ctx
    if not (ctx.cues.has("fin.preannouncement", sentence.start, mention.start) or ctx.cues.has("fin.preannouncement", 0, 80)):
        return False
    periods = [p for p in env.usable(sentence.start, mention.start) if p.kind == "period" and p.period]
    if not periods:
        return False
    period, published = periods[-1].period, env.published
    if published and (len(published) >= 7 or _year_of(period) != int(published)):
        return _ended_before(period, published)
    return ctx.cues.has("fin.preannouncement", sentence.start, mention.start)  # undated: the sentence says 业绩预告


def _year_of(period: str) -> int:
    return int(period[2:6]) if period.startswith("FY") else int(period[:4])


def _ended_before(period: str, published: str) -> bool:
    year = _year_of(period)
    end = f"{year}-12-31" if period.startswith("FY") else f"{year}-{_END_MONTH.get(period[4:], '12')}-28"
    return end < published if len(published) >= 7 else year < int(published[:4])


_END_MONTH = {"Q1": "03", "Q2": "06", "Q3": "09", "Q4": "12", "H1": "06", "H2": "12", "Q1-Q3": "09"}


def _aggregate(env: Reporting, sentence: Sentence, cue: MetricCue) -> bool:
    """A figure whose clause is about a whole market, industry or many companies."""
    ctx = env.ctx
    hits = ctx.cues.hits("fin.aggregate", sentence.start, cue.start)
    if not hits:
        return False
    return not ctx.companies_in(hits[-1].end, cue.start)
