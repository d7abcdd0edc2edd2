"""Reported figures: revenue, net profit or loss, 扣非 profit, gross profit, R&D expense and
investment, selling expense, cash, market value, segment and product revenue, each with its period,
currency, sign and year-on-year change.

Figures come from tables of figures (financial_tables.py) and from prose, list items and cards
(here). In prose an amount takes the metric named last before it in its clause ("营业额上升1.7%至
28.58亿元", "revenue increased by 50.6% to RMB 5,953.1 million"), or continues the amount before it
("分别实现营业收入1.53亿元、2.05亿元" - one period each; "increased to $21.3 million from $0.9
million" - the second is the prior period's). Not results: forecasts, targets and guarantees (but a
业绩预告 of a period already closed is the period's figure), cumulative or project spend, deal
terms, per-share figures and ratios, adjusted (non-IFRS) figures, changes ("减少亏损1.78亿元"), and
figures of a whole market or industry. A loss is a negative net profit; its yoy is left out where
the loss narrowed or widened."""
from __future__ import annotations

import re
from dataclasses import dataclass, replace

from ..model.budget import checked
from ..model.patterns import rx
from ..model.records import FinancialMetric
from .context import Context
from .financial_tables import grid_records, role_table_records
from .metrics import (
    METRIC_SETS,
    POINT_METRICS,
    MetricCue,
    growth_after,
    growth_after_comparison,
    growth_before,
    label_metric,
    is_change_amount,
    metric_cues,
    settled_revenue,
)
from .money import MoneyMention, after_conversion, is_conversion_gap
from .periods import PeriodMention, closes_a_figure, previous_period
from .reporting import Reporting, reporting
from .segments import segment_of, share_of_whole
from .financial_exclusions import not_a_result
from .financial_signs import is_loss, loss_range_top, minus_before, signed_metric
from .sentences import Sentence

_WINDOW = 64
_CARRY = 400
_CONTINUES = rx(r"^\s*(?:[,、]\s*)?(?:和|及|与|以及|and)?\s*$", 0)
_COMPARES = rx(r"(?:(?<!revenue )(?<!revenues )(?<!income )(?<!收入)\bfrom|compared (?:with|to)(?: an?| the)?(?: (?:net )?(?:loss|profit) of)?|versus|\bvs\.?|上年同期(?:为|是)?|去年同期(?:为|是)?|"
               r"上年(?:为|是)|同期(?:为|是)|较上年同期的|对比)\s*(?:约|亏损|盈利)?\s*[-−]?$", re.I)  # 上年同期为-0.92亿元: a prior loss told by its sign
_RESPECTIVELY = rx(r"分别|\brespectively\b")
_PERIOD_LIST_GAP = rx(r"^\s*(?:和|及|、|与|,|and|to)\s*$")
_RATIO = rx(r"占|比例|比重|\bshare\b|margin|率", re.I)
_CLAUSE_END = rx(r"[;。]|其中|但|而|,\s*(?:上年同期|去年同期|compared|versus)|\bwhile\b|\bcompared\b", re.I)


@dataclass(frozen=True)
class _Figure:
    mention: MoneyMention
    metric: str
    start: int  # where its evidence starts (the metric named)
    company: str | None
    period: str | None
    segment: str | None
    negative: bool
    compared: bool
    chain: int  # 0 for an amount after its metric, n for the n-th amount continuing it
    listed: tuple[MetricCue, ...] = ()  # "营业收入和净利润分别为X和Y": the metrics the amounts take in turn


def build_financials(ctx: Context) -> list[FinancialMetric]:
    if not ctx.article.document.relevant or not _names_a_metric(ctx):
        return []
    env = reporting(ctx)
    records = grid_records(env)
    if _may_take_a_period(env):
        records += role_table_records(env) + _prose_records(env)
    return settled_revenue(_merged(records))


def _may_take_a_period(env: Reporting) -> bool:
    """Whether a figure in prose or in a company table could have a period: one named with its value,
    the report's, a full date (a point value's day), or "this quarter" told by the publication month.
    Without any, every such figure is dropped for want of one (a "last year" or 报告期内 resolves
    only against one of these), so they are not read at all."""
    return env.report is not None or any(p.period is not None for p in env.periods) \
        or any(len(d.value) == 10 for d in env.ctx.dates) \
        or bool(env.published) and any(p.kind == "current" for p in env.periods)


def _names_a_metric(ctx: Context) -> bool:
    """Whether the article names any metric the contract records (or has a card whose key is one):
    without one, no figure is a result."""
    return any(ctx.cues.has(name) for name, metric in METRIC_SETS.items() if metric) or any(
        item.key and label_metric(ctx.text[item.key[0]:item.key[1]]) for item in ctx.layout.items)


def _card_key(ctx: Context, sentence: Sentence) -> tuple[int, int] | None:
    item = ctx.layout.item_at(sentence.start)
    return item.key if item is not None and item.key and sentence.start <= item.key[0] < sentence.end else None


def _merged(records: list[FinancialMetric]) -> list[FinancialMetric]:
    """One record per company, period, metric and segment: the first, with a yoy another one gives."""
    kept: dict[tuple, FinancialMetric] = {}
    for record in records:
        key = (record.company, record.period, record.metric, record.segment)
        first = kept.get(key)
        if first is None:
            kept[key] = record
        elif first.yoy_pct is None and record.yoy_pct is not None and abs(first.amount - record.amount) <= abs(first.amount) / 100:
            kept[key] = replace(first, yoy_pct=record.yoy_pct)
    return list(kept.values())


def _prose_records(env: Reporting) -> list[FinancialMetric]:
    ctx = env.ctx
    rows = [(r.start, r.end) for g in ctx.layout.grids for r in g.rows]
    records = []
    carried: tuple[int, str | None] | None = None  # the last subject named, for the sentences after it
    for sentence in checked(ctx.layout.sentences):
        moneys = [m for m in ctx.in_range(ctx.money, sentence.start, sentence.end)
                  if not any(s <= m.start < e for s, e in rows)]
        if not moneys:
            continue
        cues = [_year_to_date(env, c) for c in metric_cues(ctx.cues, sentence.start, sentence.end, _card_key(ctx, sentence))]
        if carried and (sentence.start - carried[0] > _CARRY or "\n\n" in ctx.text[carried[0]:sentence.start]):
            carried = None
        previous: _Figure | None = None
        for mention in moneys:
            figure = _figure(env, sentence, mention, cues, previous, moneys, carried[1] if carried else None)
            previous = figure
            if figure is not None and env.subject(sentence.start, figure.start):
                carried = (mention.end, figure.company)
            record = _record(env, sentence, figure, cues, moneys) if figure else None
            if record is not None:
                records.append(record)
    return records


def _year_to_date(env: Reporting, cue: MetricCue) -> MetricCue:
    """"前三季累计营收": the revenue of the period named right before it. Cumulative revenue alone
    (a monthly report's 累计营收, January to the month) is no period the contract records, but a
    month that closes a period written before it (累计1-9月营收, 前9个月营收) is no single month's revenue."""
    if cue.metric is None and cue.phrase.startswith("累计") and cue.phrase.endswith("营收") \
            and any(p.kind == "period" and p.period and len(env.ctx.text[p.end:cue.start]) <= _YTD_GAP
                    and not _YTD_BREAK.search(env.ctx.text, p.end, cue.start)
                    for p in env.within(cue.start - _YTD_REACH, cue.start)):
        return replace(cue, metric="revenue")  # "前三季财报，累计营收…": the report of that period
    closing = [p.end for p in env.within(cue.start - _YTD_REACH, cue.end)
               if p.kind == "period" and p.period and p.start < cue.start < p.end]
    if cue.metric is None and cue.phrase.endswith("营收") and closing:
        return replace(cue, start=closing[0], metric="revenue")  # "1-9月营收": the 月 closes the period
    return cue


_YTD_REACH, _YTD_GAP = 24, 8
_YTD_BREAK = rx(r"[\d。；;\n]|月")


def _figure(env: Reporting, sentence: Sentence, mention: MoneyMention, cues: list[MetricCue],
            previous: _Figure | None, moneys: list[MoneyMention], carried: str | None) -> _Figure | None:
    ctx, text = env.ctx, env.ctx.text
    if mention.start in ctx.claimed_money or mention.money.qualifier in ("at_least", "up_to") or mention.money.amount == 0:
        return None
    cue = _governing(text, cues, sentence, mention, moneys) or _held_after(text, cues, mention)
    link_start = previous.mention.end if previous else sentence.start
    compared = bool(_COMPARES.search(text[max(link_start, (cue.start if cue else mention.start) - 40):
                                          cue.start if cue else mention.start]))
    if cue is None:
        if previous is None or not (_CONTINUES.match(_without_periods(env, previous.mention.end, mention.start)) or compared):
            return None
        chain = previous.chain + 1
        period = None if compared else _listed_period(env, sentence, previous.start, chain)
        listed = previous.listed[chain] if chain < len(previous.listed) else None
        return replace(previous, mention=mention, compared=compared, chain=chain, period=period,
                       metric=listed.metric if listed else previous.metric, segment=None if listed else previous.segment,
                       negative=is_loss(env, listed, mention) if listed else previous.negative or minus_before(text, mention.start))
    listed = _listed_metrics(env, sentence, cues, cue)
    cue = listed[0] if listed else cue
    if cue.metric is None or not_a_result(env, sentence, cue, mention):
        return None
    metric, segment = cue.metric, None
    if metric in ("revenue", "product_revenue"):
        segment = segment_of(env, sentence, cue, mention)
        metric = "segment_revenue" if segment else metric
    company = env.company(sentence.start, cue.start, carried)
    period = None if compared else _listed_period(env, sentence, cue.start, 0)
    return _Figure(mention, metric, cue.start, company, period, segment,
                   is_loss(env, cue, mention), compared, 0, tuple(listed))


def _held_after(text: str, cues: list[MetricCue], mention: MoneyMention) -> MetricCue | None:
    """"ended 2025 with $388.4 million in cash, cash equivalents and investments": a point value named
    right after its amount."""
    after = next((c for c in cues if c.start >= mention.end), None)
    if after is not None and after.metric is None and after.phrase.lower() == "in cash" and after.start == mention.end + 1 \
            and _HOLDS.search(text, max(0, mention.start - 30), mention.start):
        return MetricCue(mention.start, mention.start, "cash", after.phrase)  # "ended June with $64 million in cash"
    if after is None or after.metric != "cash" or not _IN_OF.fullmatch(text, mention.end, after.start):
        return None
    return MetricCue(mention.start, mention.start, after.metric, after.phrase)


_ASIDE = rx(r"\s*[(（][^()（）]{1,40}[)）]")  # "for the third quarter of fiscal 2025 (October-December 2025) rose…"
_IN_OF = rx(r"\s+(?:in|of)\s+(?:total\s+)?", re.I)
_HOLDS = rx(r"\b(?:with|had|has|have|held|holds)\s+(?:about|approximately|roughly|nearly|some|just over|over)?\s*$", re.I)


def _without_periods(env: Reporting, start: int, end: int) -> str:
    """The text between two amounts without the periods it names ("$86.0 million in the fourth quarter
    and $312.4 million for the full year": the second continues the first)."""
    pieces, pos = [], start
    for p in env.within(start, end):
        pieces.append(env.ctx.text[pos:p.start])
        pos = p.end
    pieces.append(env.ctx.text[pos:end])
    return _IN_FOR.sub(" ", "".join(pieces))


_DIRECT = rx(r"^\s*(?:in|for|during)?\s*(?:the\s*)?$", re.I)
_IN_FOR = rx(r"\b(?:in|for|during|of)(?: the)?\s*(?=,|\s+and\b|$)|(?<=\s)the\s+(?=and\b)", re.I)


def _governing(text: str, cues: list[MetricCue], sentence: Sentence, mention: MoneyMention,
               moneys: list[MoneyMention]) -> MetricCue | None:
    """The metric named last before the amount, with nothing between them but a verb, a change or
    a period."""
    before = [c for c in cues if c.end <= mention.start]
    if not before:
        return None
    part = share_of_whole(text, before, mention)
    if part is not None:
        return part
    cue = signed_metric(text, before)
    between = text[cue.end:mention.start]
    if len(_ASIDE.sub("", between)) > _WINDOW or any(cue.end <= m.start < mention.start for m in moneys):
        return None
    if "%" in between and growth_before(between) is None:
        return None
    if _RATIO.search(between) or is_change_amount(between):
        return MetricCue(cue.start, cue.end, None, cue.phrase)
    return cue


def _listed_metrics(env: Reporting, sentence: Sentence, cues: list[MetricCue], cue: MetricCue) -> list[MetricCue]:
    """"营业收入和净利润分别为", "revenue and net loss were ... respectively": metrics listed before the
    amounts they take in order."""
    text = env.ctx.text
    if not _RESPECTIVELY.search(text, sentence.start, sentence.end):
        return []
    before = [c for c in cues if c.end <= cue.start]
    listed = [cue]
    for c in reversed(before):
        if not _METRIC_LIST_GAP.match(text[c.end:listed[0].start]):
            break
        listed.insert(0, c)
    return listed if len(listed) >= 2 and all(c.metric for c in listed) else []


_METRIC_LIST_GAP = rx(r"^\s*(?:和|及|与|以及|、|,|and|,\s*and)\s*$", re.I)


def _listed_period(env: Reporting, sentence: Sentence, before: int, index: int) -> str | None:
    """"2013年度和2014年度分别实现...": the index-th of the periods listed before a 分别."""
    text = env.ctx.text
    if not _RESPECTIVELY.search(text, sentence.start, sentence.end):
        return None
    listed = [p for p in env.usable(sentence.start, before) if p.kind == "period"]
    run = listed[-1:]
    for p in reversed(listed[:-1]):
        if not _PERIOD_LIST_GAP.match(text[p.end:run[0].start]):
            break
        run.insert(0, p)
    if len(run) < 2 or index >= len(run):
        return None
    return run[index].period


def _record(env: Reporting, sentence: Sentence, figure: _Figure, cues: list[MetricCue],
            moneys: list[MoneyMention]) -> FinancialMetric | None:
    ctx, text, mention = env.ctx, env.ctx.text, figure.mention
    if _ONE_MONTH.search(text, max(0, figure.start - 12), figure.start):
        return None  # "9月合并营收": a month's figure, of no period the contract records
    period = figure.period or _period(env, sentence, figure)
    if period is None:
        return None
    amount = mention.money.amount
    if figure.negative or amount < 0:
        amount = -abs(loss_range_top(text, mention, moneys) or amount)
    stop = _tail_end(text, mention, cues, moneys, sentence)
    yoy = None
    if not figure.compared and figure.chain == 0:
        yoy = growth_before(text[figure.start:mention.start]) if figure.chain == 0 else None
        yoy = yoy if yoy is not None else growth_after(text[mention.end:stop])
        yoy = yoy if yoy is not None else growth_after_comparison(text[stop:sentence.end])
        if amount < 0 and ctx.cues.has("fin.loss_change", figure.start, stop):
            yoy = None
    end = stop if yoy is not None else mention.end
    return env.record((figure.start, max(end, mention.end)), figure.company, period, figure.metric, amount,
                      env.currency(mention), yoy, figure.segment)


def _tail_end(text: str, mention: MoneyMention, cues: list[MetricCue], moneys: list[MoneyMention],
              sentence: Sentence) -> int:
    stop = min([sentence.end, mention.end + 100] + [c.start for c in cues if c.start >= mention.end]
               + [m.start for m in moneys if m.start >= mention.end and not _RANGE_TO.fullmatch(text, mention.end, m.start)
                  and not is_conversion_gap(text[mention.end:m.start])])
    clause = _CLAUSE_END.search(text, mention.end, stop)
    return clause.start() if clause else stop


_ONE_MONTH = rx(r"(?:(?<![\d.\-—~～至到前])(?:1[0-2]|0?[1-9])\s*月份?|单月)\s*(?:合并|自结)?\s*$")
_RANGE_TO = rx(r"\s*(?:至|到|-|–|—|~|～)\s*")  # "1.25亿元至1.50亿元": the range's top is the same figure


def _period(env: Reporting, sentence: Sentence, figure: _Figure) -> str | None:
    mention = figure.mention
    if figure.metric in POINT_METRICS:
        dates = [p for p in env.within(sentence.start, sentence.end) if p.kind == "date"]
        before = [p for p in dates if p.end <= mention.start]
        held = next((p for p in dates if p.start >= mention.end), None)
        if held is not None and _AT_DATE.fullmatch(env.ctx.text, mention.end, held.start):
            return held.period  # "A$12.1 million at 30 June and A$30.5 million at 31 December": each its own
        if dates:
            return before[-1].period if before else dates[0].period
        days = [d for d in env.ctx.in_range(env.ctx.dates, sentence.start, mention.start) if len(d.value) == 10]
        if days:
            return days[-1].value  # "截至6月15日收盘,总市值约70亿元": a day the publication year completes
    after = _period_after(env, mention, sentence)
    if figure.compared:
        if after is not None:
            return env.resolve(after, mention.start)
        current = env.ambient(mention.start)
        return previous_period(current) if current else None
    if after is not None and _DIRECT.match(env.ctx.text[after_conversion(env.ctx.text, mention.end, env.ctx.money):after.start]):
        return env.resolve(after, mention.start)  # "$312.4 million for the full year"
    before = [p for p in env.usable(sentence.start, mention.start) if p.kind != "date"
              and not (p.kind == "prior" and (_SEMICOLON.search(env.ctx.text, p.end, mention.start)
                                              or closes_a_figure(env.ctx.text, env.ctx.money, p, mention.start)))]
    if before:
        return env.resolve(before[-1], mention.start)
    if after is not None and after.kind != "prior":
        return env.resolve(after, mention.start)
    return env.ambient(mention.start)


_AT_DATE = rx(r"\s+(?:as\s+)?(?:at|of|on)\s+", re.I)
_SEMICOLON = rx(r"[;；]")  # "上年同期为2.1亿元，同比增长52%；归母净利润…": the prior period was the compared figure's


def _period_after(env: Reporting, mention: MoneyMention, sentence: Sentence) -> PeriodMention | None:
    text = env.ctx.text
    end = after_conversion(text, mention.end, env.ctx.money)
    stop = min(sentence.end, end + 36)
    following = env.ctx.in_range(env.ctx.money, end, stop)
    if following:
        stop = following[0].start
    after = [p for p in env.within(end, stop + 40) if p.start < stop and p.kind != "date" and not env.compared(p)]
    if not after or _CLAUSE_END.search(text, end, after[0].start):
        return None
    return after[0]
