"""Reported figures: revenue, net profit or loss, segment revenue, R&D expense, market value,
with period, sign and year-on-year change."""
from __future__ import annotations

import re
from functools import lru_cache

from ..model.records import FinancialMetric
from ..model.vocabulary import load_yaml
from .context import Context
from .money import MoneyMention
from .periods import PeriodMention, find_periods, previous_period
from ..model.patterns import rx

EXTRACTOR, VERSION = "financials", "1"

_METRICS = [
    ("net_profit", rx(r"归母净利润|归属于(?:上市公司)?(?:母公司)?股东的净利润|歸母淨利潤|净利润|淨利潤|净利|净亏损|淨虧損|"
                              r"\bnet (?:profit|income|loss)\b|\bnet loss\b", re.I)),
    ("gross_profit", rx(r"毛利润|毛利|\bgross profit\b", re.I)),
    ("rd_expense", rx(r"(?<!累计)(?<!累計)研发投入|(?<!累计)研发费用|研發費用|研發投入|\bR&D (?:expenses?|spending|investment)\b", re.I)),
    ("market_cap", rx(r"总市值|總市值|市值|\bmarket (?:cap|capitali[sz]ation|value)\b", re.I)),
    ("revenue", rx(r"营业收入|營業收入|营业总收入|营收|營收|销售收入|收入|\b(?:operating |total |full-year |net )?revenues?\b|\bsales\b|\bturnover\b|\bgenerat(?:ing|ed|es)\b|\bcontribut(?:ing|ed)\b", re.I)),
]
_SEGMENT_AFTER = rx(r"(?:business|segment|division|板块|業務|业务|分部)", re.I)
_LOSS = rx(r"亏损|虧損|\bloss\b|\bnet loss\b", re.I)
_CHANGE = rx(r"(?:减少|減少|增加|扩大|擴大|收窄|较上年|較上年|narrowed|widened|increase[ds]? by|decrease[ds]? by)\s*(?:亏损|虧損)?\s*$", re.I)
_YOY = rx(r"(?:同比|較上年同期|较上年同期|较上年|較上年|year-on-year|year over year|yoy|y/y)?\s*(?:(?:an?\s+)?(?:increase|growth|rise|decrease|decline|drop)\s+of\s+|增长|增加|上升|下降|下滑|減少|减少|增長|\b(?:up|down|rose|grew|fell|increased|decreased|declined)\s+(?:by\s+)?)\s*(?P<v>-?\d+(?:\.\d+)?)\s*%", re.I)
_NOT_A_LEVEL = rx(r"累计|累計|募集|订单|訂單|首付款|里程碑|估值|融资|融資|投资|cumulative|upfront|milestone|financing|raised", re.I)
_WINDOW = 40


@lru_cache(maxsize=1)
def _segments() -> list[tuple[str, str]]:
    pairs = []
    for item in load_yaml("segments.yaml"):
        for alias in [item["name"], *item["aliases"]]:
            pairs.append((alias, item["name"]))
    return sorted(pairs, key=lambda p: -len(p[0]))


def build_financials(ctx: Context) -> list[FinancialMetric]:
    if not ctx.article.document.relevant:
        return []
    year = int(ctx.published[:4]) if ctx.published else None
    periods = find_periods(ctx.text, year)
    records: list[FinancialMetric] = []
    for sentence in ctx.sentences:
        for mention in ctx.in_range(ctx.money, sentence.start, sentence.end):
            record = _metric(ctx, mention, sentence.start, sentence.end, periods)
            if record is not None and not any(r.id == record.id for r in records):
                records.append(record)
    return records


def _metric(ctx: Context, mention: MoneyMention, s_start: int, s_end: int,
            periods: list[PeriodMention]) -> FinancialMetric | None:
    window_start = max(s_start, mention.start - _WINDOW)
    before = ctx.text[window_start:mention.start]
    if _NOT_A_LEVEL.search(before[-16:]) or _CHANGE.search(before):
        return None
    found = _closest_metric(before)
    if found is None:
        return None
    metric, keyword_start = found
    between = before[keyword_start:]
    if re.search(r"[。；;]|占|比例|share|%", between) or len(ctx.in_range(ctx.money, window_start + keyword_start, mention.start)):
        return None
    segment = _segment(ctx.text, s_start, window_start + keyword_start, mention.end, s_end)
    if segment and metric == "revenue":
        metric = "segment_revenue"
    amount = mention.money.amount
    if metric == "net_profit" and (_LOSS.search(before) or _negative_sign(ctx.text, mention.start)):
        amount = -abs(amount)
    period = _period_for(periods, s_start, mention.start, ctx.text)
    if period and period.endswith("Q1-Q3"):
        return None  # nine-month cumulative figures have no period in the contract
    company = _company(ctx, s_start, mention.start)
    if company is None or mention.start in ctx.claimed_money:
        return None
    if metric == "market_cap":
        point = [d for d in ctx.in_range(ctx.dates, s_start, mention.start) if len(d.value) == 10]
        period = point[-1].value if point else period
    return FinancialMetric(
        document=ctx.doc_id, evidence=[ctx.evidence(window_start + keyword_start, _evidence_end(ctx.text, mention.end, s_end))],
        extractor=EXTRACTOR, version=VERSION, company=company, period=period, metric=metric,
        amount=amount, currency=mention.money.currency, segment=segment, yoy_pct=_yoy(ctx.text, mention.end, s_end),
    )


def _closest_metric(before: str) -> tuple[str, int] | None:
    best = None
    for metric, pattern in _METRICS:
        for match in pattern.finditer(before):
            if best is None or match.start() > best[1] or (match.start() == best[1] and False):
                best = (metric, match.start())
    return best


def _negative_sign(text: str, start: int) -> bool:
    return start > 0 and text[start - 1] in "-－−"


def _segment(text: str, s_start: int, keyword_start: int, money_end: int, s_end: int) -> str | None:
    left = text[max(s_start, keyword_start - 12):keyword_start]
    for alias, name in _segments():
        if left.endswith(alias) or re.search(rf"{re.escape(alias)}\s*(?:业务|業務|板块|分部)?$", left):
            return name
    clause_start = max(text.rfind(ch, s_start, keyword_start) for ch in ",，;；") + 1
    clause = text[max(s_start, clause_start):money_end]
    for alias, name in _segments():
        if re.search(rf"\b{re.escape(alias)}\s+{_SEGMENT_AFTER.pattern}", clause, re.I | re.A) or \
                re.search(rf"{re.escape(alias)}(?:业务|業務|板块|分部)", clause):
            return name
    return None


def _period_for(periods: list[PeriodMention], s_start: int, pos: int, text: str) -> str | None:
    before = [p for p in periods if p.end <= pos and p.start >= text.rfind("\n", 0, pos)]
    after = [p for p in periods if pos <= p.start < pos + 40 and p.start < text.find("。", pos) + 1 or False]
    candidates = before or [p for p in periods if pos <= p.start < pos + 40]
    if not candidates:
        return None
    chosen = candidates[-1] if before else candidates[0]
    del after
    if chosen.period is None:
        known = [p for p in periods if p.end <= chosen.start and p.period]
        return previous_period(known[-1].period) if known else None
    return chosen.period


def _company(ctx: Context, s_start: int, pos: int) -> str | None:
    """The company named before the figure in its sentence, else anywhere in it, else in the clause
    that the sentence continues (after a semicolon)."""
    named = ctx.companies_in(s_start, pos)
    if named:
        return named[-1].name
    sentence = ctx.sentence_at(pos)
    named = ctx.companies_in(s_start, sentence.end if sentence else pos)
    if named:
        return named[0].name
    previous = ctx.sentence_at(s_start - 1) if s_start > 0 else None
    if previous and previous.text.endswith(("；", ";")):
        return _company(ctx, previous.start, previous.end)
    return None


def _yoy(text: str, money_end: int, s_end: int) -> float | None:
    tail = text[money_end:min(s_end, money_end + 90)]
    tail = re.split(r"[；;]|但|而|，?(?:上年同期|其中)", tail)[0]
    match = _YOY.search(tail)
    if not match:
        return None
    value = float(match.group("v"))
    if re.search(r"下降|下滑|減少|减少|decrease|decline|drop|down|fell", match.group(0), re.I):
        value = -abs(value)
    return value


def _evidence_end(text: str, money_end: int, s_end: int) -> int:
    tail = text[money_end:min(s_end, money_end + 90)]
    match = _YOY.search(re.split(r"[；;]|但|而", tail)[0])
    return money_end + match.end() if match else money_end
