"""What a reported figure measures, and how it changed: metric cues, growth phrases, segment names.

Metric names come from the cue sets `fin.<metric>` of data/cues/financials.yaml; where phrases of
several sets overlap the longest wins (扣除非经常性损益的净利润 over 净利润, 毛利率 over 毛利), and a
measure the contract does not record (`fin.other`: 毛利率, 分部利润, EPS, cash flow...) names no
metric. Growth is read before the amount ("上升42.1%至18.06亿元", "increased by 50.6% to") or after it
("，同比增长1.56%", "按年增长1.11倍" = +111%, ", up 32% from a year earlier")."""
from __future__ import annotations

import re
from dataclasses import dataclass, replace
from functools import lru_cache

from ..model.patterns import rx
from ..model.records import FinancialMetric
from ..model.vocabulary import load_yaml
from .cues import CueIndex, cue_regex, phrases

PART_REVENUE = "part_revenue"  # collaboration, licence or royalty revenue, until settled_revenue
METRIC_SETS = {
    "fin.revenue": "revenue", "fin.net_profit": "net_profit",
    "fin.net_profit_excl_nonrecurring": "net_profit_excl_nonrecurring", "fin.gross_profit": "gross_profit",
    "fin.rd_expense": "rd_expense", "fin.rd_investment": "rd_investment", "fin.selling_expense": "selling_expense",
    "fin.cash": "cash", "fin.market_cap": "market_cap", "fin.other": None,
    "fin.product_revenue": "product_revenue", "fin.part_revenue": PART_REVENUE,
}
POINT_METRICS = {"cash", "market_cap"}


@dataclass(frozen=True)
class MetricCue:
    start: int
    end: int
    metric: str | None  # None: a measure the contract does not record
    phrase: str


def metric_cues(cues: CueIndex, start: int, end: int, key: tuple[int, int] | None = None) -> list[MetricCue]:
    """Metric and other-measure cues in [start, end), overlaps resolved to the longest, but a cue that
    begins inside an earlier one and runs past it yields to it ("operating loss for the year"); a card's
    `key` that names a metric by itself ("Cash: $212.5 million") counts as one."""
    found = [MetricCue(c.start, c.end, METRIC_SETS[name], c.phrase)
             for name in METRIC_SETS for c in cues.hits(name, start, end)]
    if key is not None and start <= key[0] and not any(key[0] <= c.start < key[1] for c in found):
        metric = label_metric(cues.text[key[0]:key[1]])
        found += [MetricCue(key[0], key[1], metric, cues.text[key[0]:key[1]])] if metric else []
    found = [c for c in found if not any(o.start < c.start < o.end < c.end for o in found)]  # "operating loss| for the year"
    kept: list[MetricCue] = []
    for cue in sorted(found, key=lambda c: (-(c.end - c.start), c.start)):
        if not any(cue.start < k.end and k.start < cue.end for k in kept):
            kept.append(cue)
    kept.sort(key=lambda c: c.start)
    losses = set(phrases("fin.loss"))
    kept = [c for i, c in enumerate(kept) if not (i and c.phrase in losses and kept[i - 1].metric
                                                   and _SIGN_GAP.fullmatch(cues.text, kept[i - 1].end, c.start))]
    return _qualified_profits(cues.text, kept)


_SIGN_GAP = rx(r"\s*(?:为|是|录得|实现|预计为|预计)?\s*")  # "扣非净利润亏损2.9亿元": the loss is the sign of 扣非
_QUALIFIER_GAP = rx(r"\s*(?:后)?(?:的)?\s*")


def _qualified_profits(text: str, kept: list[MetricCue]) -> list[MetricCue]:
    """"扣除非经常性损益后的归母净利润", "扣非后归母净利润": a profit named after the 扣非 qualifier is
    the profit excluding non-recurring items, one cue over both."""
    merged: list[MetricCue] = []
    for cue in kept:
        last = merged[-1] if merged else None
        if last is not None and last.metric == "net_profit_excl_nonrecurring" and cue.metric == "net_profit" \
                and _QUALIFIER_GAP.fullmatch(text, last.end, cue.start):
            merged[-1] = MetricCue(last.start, cue.end, last.metric, last.phrase)
        else:
            merged.append(cue)
    return merged


@lru_cache(maxsize=1)
def _label_patterns() -> list[tuple[str | None, re.Pattern[str]]]:
    return [(metric, cue_regex(name)) for name, metric in METRIC_SETS.items()]


@lru_cache(maxsize=1)
def _rd_row_labels() -> frozenset[str]:
    return frozenset(p.casefold() for p in phrases("fin.rd_row_label"))


@lru_cache(maxsize=1)
def _cash_row_labels() -> frozenset[str]:
    return frozenset(p.casefold() for p in phrases("fin.cash_row_label"))


def label_metric(label: str) -> str | None:
    """The metric a table row's label names (its last, longest cue), None for other measures,
    adjusted figures and labels that name none."""
    hits = []
    for metric, pattern in _label_patterns():
        for match in pattern.finditer(label):
            hits.append((match.start(), match.end(), metric))
    kept: list[tuple[int, int, str | None]] = []
    for hit in sorted(hits, key=lambda h: (-(h[1] - h[0]), h[0])):
        if not any(hit[0] < k[1] and k[0] < hit[1] for k in kept):
            kept.append(hit)
    if not kept and label.strip(" :：").casefold() in _rd_row_labels():
        return "rd_expense"  # "Research and development | 38,612": the expense line of a statement
    if not kept and label.strip(" :：•-*").casefold() in _cash_row_labels():
        return "cash"
    if not kept or cue_regex("fin.adjusted").search(label):
        return None
    named = _qualified_profits(label, [MetricCue(s, e, m, label[s:e]) for s, e, m in sorted(kept)])
    return named[-1].metric


_UP = r"同比增长|同比上升|同比增加|按年增长|按年上升|按年增加|年增|增长|上升|上涨|增加|提升|提高|大增|暴涨|大涨|飙升|攀升|多赚|增|涨|升"
_DOWN = r"同比下降|同比减少|同比下滑|按年下降|按年减少|按年下跌|年减|下降|减少|下跌|下滑|下挫|降低|少赚|倒退|萎缩|降|跌|减"
_EN_UP = r"increased|increases|increase|grew|grows|growth|rose|rises|rise|up|climbed|climbs|jumped|jumps|surged|surges|soared|soars|gained|gains|advanced|expanded|rebounded|higher"
_EN_DOWN = (r"decreased|decreases|decrease|declined|declines|decline|fell|falls|down|dropped|drops|drop|lower|slid|slips|slipped|dipped|dips|"
            r"slumped|tumbled|plunged|plummeted|sank|shrank|shrunk|contracted|eased")
_AMOUNT = r"(?P<v>\d+(?:\.\d+)?)\s*(?P<u>%|倍|个百分点|percent\b|pct\b)"
_FILLER = r"(?:大幅|较大幅度|显著|稳步|强劲|同比|按年|约|了|近|逾|超|达|by|of|an?|approximately|about|nearly)?\s*"
_DIRECTION = rf"(?:(?P<up>{_UP})|(?P<down>{_DOWN})|\b(?P<eup>{_EN_UP})\b|\b(?P<edown>{_EN_DOWN})\b)"
_GROWTH_BEFORE = rx(rf"{_DIRECTION}\s*{_FILLER}{_FILLER}{_AMOUNT}\s*(?:,\s*)?(?:year[- ](?:on|over)[- ]year\s*|yoy\s*)?"
                    r"(?:至|到|达到|达|来到|为|to|at)\s*(?:约|approximately|about)?\s*$", re.I)
_GROWTH_AFTER = rx(rf"^[^;。]{{0,40}}?{_DIRECTION}\s*{_FILLER}{_FILLER}{_AMOUNT}", re.I)
_GROWTH_OF = rx(rf"^[^;。]{{0,30}}?(?:a |an )?(?:year[- ](?:on|over)[- ]year |yoy |annual )?(?P<eup>increase|growth|rise)?(?P<edown>decrease|decline|drop)?"
                rf"\s+of\s+{_AMOUNT}", re.I)
_PLUS = rx(r"^\s*[(（]\s*(?P<sign>[+\-−])\s*(?P<v>\d+(?:\.\d+)?)\s*(?P<u>%)")


def growth_before(between: str) -> float | None:
    """"上升1.7%至", "increased by 50.6% to": the change written between metric and amount."""
    match = _GROWTH_BEFORE.search(between)
    return _value(match) if match and not _NOT_YOY.search(match.group(0)) else None


def growth_after(tail: str) -> float | None:
    """"，同比增长1.56%", "，按年增长1.11倍", ", up 32%", "(+32%)", "a year-on-year increase of 5.5%";
    a change on the quarter or month before (季增, 环比, sequential) is no yoy."""
    plus = _PLUS.match(tail)
    if plus:
        value = float(plus.group("v"))
        return -value if plus.group("sign") in "-−" else value
    for pattern in (_GROWTH_AFTER, _GROWTH_OF):
        for start in _clauses(tail):
            match = pattern.search(tail[start:])
            if match and any(match.groupdict().get(g) for g in ("up", "down", "eup", "edown")) and \
                    not _NOT_YOY.search(tail[start:start + match.end()]):
                return _value(match)
    return None


def growth_after_comparison(tail: str) -> float | None:
    """", compared to $31.5 million for the same period in 2025, an increase of 53%", "，上年同期为2.1亿元，
    同比增长52%": the change written in the clause right after the figure a metric is compared with is
    the metric's."""
    match = _COMPARISON_TAIL.match(tail)
    return growth_after(match.group("change")) if match else None


_COMPARISON_TAIL = rx(r"\s*[,，]?\s*(?:compared (?:with|to)|versus|vs\.?|上年同期|去年同期)(?:[^,，;；。]|(?<=\d),(?=\d))*"
                      r"[,，]\s*(?P<change>[^,，;；。]*)", re.I)


def _clauses(tail: str) -> list[int]:
    return [0] + [m.end() for m in _CLAUSE_MARK.finditer(tail)]


_CLAUSE_MARK = rx(r"[,、]")
_NOT_YOY = rx(r"季增|季减|月增|月减|环比|较上季|较上月|sequential|quarter[- ]over[- ]quarter|QoQ|month[- ]over[- ]month", re.I)


def _value(match: re.Match[str]) -> float | None:
    unit = match.group("u").lower()
    if unit == "个百分点":
        return None
    value = float(match.group("v")) * (100 if unit == "倍" else 1)
    groups = match.groupdict()
    if groups.get("down") or groups.get("edown"):
        value = -value
    return round(value, 4)


def is_change_amount(between: str) -> bool:
    """"较上年减少亏损1.78亿元", "增加了3亿元": the amount is a change, not a level."""
    return bool(_CHANGE_AMOUNT.search(between))


_CHANGE_AMOUNT = rx(rf"(?:{_UP}|{_DOWN}|扩大|收窄|减亏|增亏)\s*(?:了|亏损|约)?\s*$|\b(?:increase|decrease|rise|drop|decline|growth|up|down|by)\s*(?:of\s*)?$", re.I)


@lru_cache(maxsize=1)
def segment_names() -> dict[str, str]:
    """Written segment and region names (both scripts' simplified forms) to the English name."""
    names = {}
    for item in load_yaml("segments.yaml"):
        for alias in [item["name"], *item["aliases"]]:
            names[alias.casefold()] = item["name"]
    return names


def segment_label(written: str) -> str:
    """A segment as written, with the English name beside a Chinese one the vocabulary knows
    ("創新藥 (innovative drugs)"); English names take the vocabulary's form."""
    from ..documents.normalise import fold_forms
    known = segment_names().get(fold_forms(written).casefold())
    if known is None:
        return written
    if written.isascii():
        return known
    return f"{written} ({known})"



def settled_revenue(records: list[FinancialMetric]) -> list[FinancialMetric]:
    """Revenue streams against the total of their company and period: beside a stated total, product
    revenue is product_revenue and another stream (collaboration, licence, royalty) is not recorded;
    with no total, the one stream stated is the revenue, and with both, products are product_revenue."""
    streams: dict[tuple, set[str]] = {}
    for r in records:
        if r.segment is None and r.metric in ("revenue", "product_revenue", PART_REVENUE):
            streams.setdefault((r.company, r.period), set()).add(r.metric)
    kept = []
    for r in records:
        named = streams.get((r.company, r.period), set())
        if r.metric == PART_REVENUE:
            if named & {"revenue", "product_revenue"}:
                continue
            r = replace(r, metric="revenue")
        elif r.metric == "product_revenue" and r.segment is None and not named & {"revenue", PART_REVENUE}:
            r = replace(r, metric="revenue")
        kept.append(r)
    return kept
