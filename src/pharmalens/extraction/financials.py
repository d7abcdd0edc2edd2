"""Reported figures: revenue, net profit or loss, segment revenue, R&D expense, market value,
with period, sign and year-on-year change."""
from __future__ import annotations

import re
from decimal import Decimal
from functools import lru_cache

from ..model.records import FinancialMetric
from ..model.vocabulary import load_yaml
from .context import Context
from .money import MoneyMention
from .table import cell_number, read_tables, table_unit
from .periods import PeriodMention, find_periods, previous_period
from ..model.patterns import rx

EXTRACTOR, VERSION = "financials", "1"

_METRICS = [
    ("net_profit", rx(r"归母净利润|归属于(?:上市公司)?(?:母公司)?股东的净利润|歸母淨利潤|净利润|淨利潤|净利|净亏损|淨虧損|"
                      r"(?:拥有人|擁有人|股东|股東)(?:应占|應佔)(?:溢利|亏损|虧損)|净溢利|淨溢利|(?<!毛)溢利|"
                      r"\bnet (?:profit|income|loss)\b|\bnet loss\b|\bprofit attributable\b|\bloss attributable\b", re.I)),
    ("gross_profit", rx(r"毛利润|毛利|\bgross profit\b", re.I)),
    ("rd_expense", rx(r"(?<!累计)(?<!累計)研发投入|(?<!累计)研发费用|研發費用|研發投入|研发开支|研發開支|"
                      r"\bR&D (?:expenses?|spending|investment)\b|\bresearch and development (?:expenses?|costs?|spending)\b", re.I)),
    ("market_cap", rx(r"总市值|總市值|市值|\bmarket (?:cap|capitali[sz]ation|value)\b", re.I)),
    ("revenue", rx(r"营业收入|營業收入|营业总收入|营收|營收|销售收入|收入|收益(?!率)|\b(?:operating |total |full-year |net )?revenues?\b|\bsales\b|\bturnover\b|\bgenerat(?:ing|ed|es)\b|\bcontribut(?:ing|ed)\b|\bbrought in\b|\bbrings in\b", re.I)),
]
_SEGMENT_AFTER = rx(r"(?:business|segment|division|板块|業務|业务|分部)", re.I)
_LOSS = rx(r"亏损|虧損|\bloss\b|\bnet loss\b", re.I)
_CHANGE = rx(r"(?:减少|減少|增加|扩大|擴大|收窄|较上年|較上年|narrowed|widened|increase[ds]? by|decrease[ds]? by)\s*(?:亏损|虧損)?\s*$", re.I)
_YOY = rx(r"(?:同比|較上年同期|较上年同期|较上年|較上年|year-on-year|year over year|yoy|y/y)?\s*(?:(?:an?\s+)?(?:increase|growth|rise|decrease|decline|drop)\s+of\s+|年增|年减|年減|增长|增加|上升|下降|下滑|減少|减少|增長|\b(?:up|down|rose|grew|fell|increased|decreased|declined)\s+(?:by\s+)?)\s*(?P<v>-?\d+(?:\.\d+)?)\s*%", re.I)
_ADJUSTED = rx(r"扣除非经常性损益|扣除非經常性損益|扣非|adjusted|non-GAAP|core (?:net )?profit", re.I)
_FORWARD = rx(r"预计|預計|预期|預期|目标|目標|展望|指引|\bexpects?\b|\bguidance\b|\bforecast|\boutlook\b|\btarget", re.I)
_PLURAL_COMPANIES = rx(r"companies|industry|market|家公司|家企业|家企業|家药企|上市公司合计|行业|行業|我国|我國|全国|全國|全球|医药工业|醫藥工業|市场规模|市場規模", re.I)
_BULLET = rx(r"^\s*(?:[‧•●·▪■\-–—*]|\d+[.、)])")
_NAMED_SEGMENT = rx(r"(?P<zh>[\u4e00-\u9fff]{2,8})(?:分部|板块|板塊|业务|業務)(?:销售|產品|产品)?$|(?P<en>(?:[A-Z][\w&-]*\s+){1,4})segment\s+$")
_DIVISION = rx(r"\bof (?:its |the )?(?P<en>(?:[A-Z][\w&-]*\s+){1,4})(?:division|segment|business|unit)\b|"
               r"\b[Ss]ales of (?:its |the |our )?(?P<en2>[A-Za-z][\w -]{2,30}?)(?:\s+(?:division|segment|business|unit))?\s+(?:were|was|reached|of|totall?ed|rose|grew|fell)\b")
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
    records: list[FinancialMetric] = _table_metrics(ctx, periods)
    seen = {r.id for r in records}
    for sentence in ctx.sentences:
        if sentence.text.count("|") >= 3:
            continue
        for mention in ctx.in_range(ctx.money, sentence.start, sentence.end):
            record = _metric(ctx, mention, sentence.start, sentence.end, periods)
            if record is not None and record.id not in seen:
                seen.add(record.id)
                records.append(record)
    return records


def _metric(ctx: Context, mention: MoneyMention, s_start: int, s_end: int,
            periods: list[PeriodMention]) -> FinancialMetric | None:
    window_start = max(s_start, mention.start - _WINDOW)
    before = ctx.text[window_start:mention.start]
    if _NOT_A_LEVEL.search(before[-16:]) or _CHANGE.search(before) or _ADJUSTED.search(before[-30:]):
        return None
    if _FORWARD.search(ctx.text[s_start:mention.start]):
        return None
    found = _closest_metric(before)
    if found is None:
        return None
    metric, keyword_start = found
    between = before[keyword_start:]
    if re.search(r"[。；;]|占|比例|share|%|累计|累計|cumulative", between) or len(ctx.in_range(ctx.money, window_start + keyword_start, mention.start)):
        return None
    keyword = _keyword_at(before, keyword_start)
    segment = _named_segment(ctx, window_start + keyword_start, mention.start) or \
        _business_line(ctx, window_start + keyword_start, keyword) or _product_sales(ctx, mention.start) or _segment(ctx.text, s_start, window_start + keyword_start, mention.end, s_end)
    if segment and metric == "revenue":
        metric = "segment_revenue"
    amount = mention.money.amount
    if metric == "net_profit" and (_LOSS.search(before) or _negative_sign(ctx.text, mention.start)):
        amount = -abs(amount)
    period = _period_for(periods, s_start, mention.start, ctx.text)
    if period and period.endswith("Q1-Q3"):
        return None  # nine-month cumulative figures have no period in the contract
    company = _company(ctx, s_start, mention.start)
    if company is None or mention.start in ctx.claimed_money or mention.money.qualifier == "at_least":
        return None
    if metric == "market_cap":
        point = [d for d in ctx.in_range(ctx.dates, s_start, mention.start) if len(d.value) == 10]
        period = point[-1].value if point else period
    return FinancialMetric(
        document=ctx.doc_id, evidence=[ctx.evidence(window_start + keyword_start, _evidence_end(ctx.text, mention.end, s_end))],
        extractor=EXTRACTOR, version=VERSION, company=company, period=period, metric=metric,
        amount=amount, currency=mention.money.currency, segment=segment, yoy_pct=_yoy(ctx.text, mention.end, s_end),
    )


_TABLE_METRICS = ("revenue", "net_profit", "rd_expense")


def _table_metrics(ctx: Context, periods: list[PeriodMention]) -> list[FinancialMetric]:
    """Rows of a results table: one record per company and metric column."""
    records = []
    for table in read_tables(ctx.text):
        columns = [m for m in _TABLE_METRICS if m in table.header]
        if not columns or "company" not in table.header:
            continue
        unit = table_unit(ctx.text, table)
        before = [p for p in periods if p.end <= table.start and p.period]
        period = before[-1].period if before else None
        for row in table.rows:
            company = ctx.company_in_cell(row.cells.get("company"))
            for metric in columns:
                value = cell_number(row.cells.get(metric))
                column_unit = table_unit(ctx.text, table, table.header[metric]) or unit
                if value is None or company is None or column_unit is None:
                    continue
                amount = Decimal(str(value)) * Decimal(str(column_unit[1]))
                records.append(FinancialMetric(
                    document=ctx.doc_id, evidence=[ctx.evidence(row.start, row.end)], extractor=EXTRACTOR,
                    version=VERSION, company=company, period=period, metric=metric, amount=amount,
                    currency=column_unit[0], yoy_pct=cell_number(row.cells.get(f"yoy:{metric}"))))
    return records


def _keyword_at(before: str, start: int) -> str:
    for _, pattern in _METRICS:
        match = pattern.match(before, start)
        if match:
            return match.group(0)
    return ""


def _closest_metric(before: str) -> tuple[str, int] | None:
    best = None
    for metric, pattern in _METRICS:
        for match in pattern.finditer(before):
            if best is None or match.start() > best[1]:
                best = (metric, match.start())
    return best


_LINE_BEFORE_INCOME = rx(r"(?P<seg>[\u4e00-\u9fff]{2,6})$")
_NOT_A_LINE = rx(r"实现|取得|录得|全年|半年|季度|期内|总|营|年度|公司|集团|合计|累计|同期|海外|境外")
_PRODUCT_SALES = rx(r"\b(?P<seg>[A-Z][A-Za-z0-9-]{3,})(?:'s)?\s+(?:global\s+|worldwide\s+|product\s+)?(?:sales|revenues?)\s+(?:of|were|was|reached|rose|grew|totall?ed)?\s*$")


_PRODUCT_SUBJECT = rx(r"^(?P<seg>[A-Z][A-Za-z0-9-]{3,})(?:,[^,]{0,60},)?\s+(?:brought in|generated|recorded|delivered|contributed)\b")
_NOT_PRODUCTS = {"Total", "Revenue", "Sales", "The", "This", "Net", "Product", "Company", "Group", "Management"}


def _business_line(ctx: Context, keyword_start: int, keyword: str) -> str | None:
    """"药品销售收入", "许可及合作收入", "Brukinsa sales of $1.02 billion": a revenue line by product or
    business."""
    if keyword in ("收入", "销售收入", "收益"):
        left = _LINE_BEFORE_INCOME.search(ctx.text[max(0, keyword_start - 6):keyword_start])
        if left and not _NOT_A_LINE.search(left.group("seg")) and not ctx.companies_in(keyword_start - 6, keyword_start):
            line = left.group("seg") + ("销售" if keyword == "销售收入" else "")
            start = keyword_start - len(left.group("seg"))
            return ctx.evidence(start, start + len(line)).quote
    return None


def _product_sales(ctx: Context, money_start: int) -> str | None:
    """A product's sales: "Brukinsa sales of $1.02 billion", or a sentence whose subject is a
    product ("Tevimbra, the company's PD-1 antibody, generated $201 million")."""
    sentence = ctx.sentence_at(money_start)
    if sentence is not None:
        subject = [a for a in ctx.in_range(ctx.assets, sentence.start, money_start) if a.start - sentence.start <= 2]
        if subject:
            return subject[0].label
        named = _PRODUCT_SUBJECT.match(sentence.text)
        if named and named.group("seg") not in _NOT_PRODUCTS and not ctx.companies_in(sentence.start, sentence.start + named.end("seg")):
            return named.group("seg")
    match = _PRODUCT_SALES.search(ctx.text[max(0, money_start - 60):money_start])
    if not match or match.group("seg") in ("Total", "Product", "Net", "Revenue", "Sales", "Group", "Company"):
        return None
    pos = money_start - 60 + match.start("seg") if money_start >= 60 else match.start("seg")
    if ctx.companies_in(pos, pos + len(match.group("seg")), with_self=False):
        return None
    return match.group("seg")


def _named_segment(ctx: Context, keyword_start: int, money_start: int | None = None) -> str | None:
    """"X分部收益", "Precision Medicine segment revenue", "sales of its Radiology division": the
    segment as the report names it."""
    if money_start is not None:
        division = _DIVISION.search(ctx.text, max(0, keyword_start - 2), money_start)
        if division:
            group = "en" if division.group("en") else "en2"
            name = ctx.evidence(division.start(group), division.end(group)).quote.strip()
            return dict((a.casefold(), n) for a, n in _segments()).get(name.casefold(), name)
    left = ctx.text[max(0, keyword_start - 40):keyword_start]
    match = _NAMED_SEGMENT.search(left)
    if not match:
        return None
    start = keyword_start - len(left) + match.start("zh" if match.group("zh") else "en")
    name = ctx.evidence(start, start + len((match.group("zh") or match.group("en")).rstrip())).quote
    for alias, canonical in _segments():
        if alias == name:
            return canonical
    return name


def _negative_sign(text: str, start: int) -> bool:
    return start > 0 and text[start - 1] in "-－−"


@lru_cache(maxsize=1)
def _segment_patterns() -> tuple[re.Pattern[str], re.Pattern[str], dict[str, str]]:
    names = {alias.casefold(): name for alias, name in _segments()}
    alternation = "|".join(re.escape(alias) for alias, _ in _segments())
    left = rx(rf"(?P<a>{alternation})\s*(?:业务|業務|板块|分部)?(?:销售|產品|产品)?$", re.I)
    clause = rx(rf"(?:\b(?P<a>{alternation})\s+{_SEGMENT_AFTER.pattern})|(?P<b>{alternation})(?:业务|業務|板块|分部)", re.I)
    return left, clause, names


def _segment(text: str, s_start: int, keyword_start: int, money_end: int, s_end: int) -> str | None:
    left_pattern, clause_pattern, names = _segment_patterns()
    left = text[max(s_start, keyword_start - 12):keyword_start]
    match = left_pattern.search(left)
    if match:
        return names[match.group("a").casefold()]
    clause_start = max(text.rfind(ch, s_start, keyword_start) for ch in ",，;；") + 1
    match = clause_pattern.search(text[max(s_start, clause_start):money_end])
    if match:
        return names[(match.group("a") or match.group("b")).casefold()]
    return None


def _period_for(periods: list[PeriodMention], s_start: int, pos: int, text: str) -> str | None:
    """The period named before the figure on its line, else just after it, else the last one the
    article named; a year that is only compared with ("较2024年增长") is never the period."""
    usable = [p for p in periods if not _is_comparison(text, p)]
    before = [p for p in usable if p.end <= pos and p.start >= text.rfind("\n", 0, pos)]
    candidates = before or [p for p in usable if pos <= p.start < pos + 40]
    candidates = candidates or [p for p in usable if p.end <= pos and p.period]
    if not candidates:
        return None
    chosen = candidates[-1] if before or candidates[-1].end <= pos else candidates[0]
    if chosen.period is None:
        known = [p for p in periods if p.end <= chosen.start and p.period]
        return previous_period(known[-1].period) if known else None
    return chosen.period


_COMPARED = rx(r"(?:较|較|比|than|vs\.?|versus|compared with|from)\s*$", re.I)
_COMPARED_CLAUSE = rx(r"(?:compared with|compared to|versus|\bvs\.?|up from|down from|上年同期|去年同期)[^.;。；]{0,60}$", re.I)


def _is_comparison(text: str, period: PeriodMention) -> bool:
    """A period named only to compare with ("较2024年", "compared with ... in the first quarter of 2025")."""
    return bool(_COMPARED.search(text[max(0, period.start - 14):period.start]) or
                _COMPARED_CLAUSE.search(text[max(0, period.start - 80):period.start]))


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
    text = sentence.text if sentence else ""
    main = ctx.main_company
    if main and not _PLURAL_COMPANIES.search(text):
        return main.name
    return None


def _yoy(text: str, money_end: int, s_end: int) -> float | None:
    tail = text[money_end:min(s_end, money_end + 90)]
    tail = re.split(r"[；;]|但|而|，?(?:上年同期|其中)", tail)[0]
    match = _YOY.search(tail)
    if not match:
        return None
    value = float(match.group("v"))
    if re.search(r"下降|下滑|減少|减少|年减|年減|decrease|decline|drop|down|fell", match.group(0), re.I):
        value = -abs(value)
    return value


def _evidence_end(text: str, money_end: int, s_end: int) -> int:
    tail = text[money_end:min(s_end, money_end + 90)]
    match = _YOY.search(re.split(r"[；;]|但|而", tail)[0])
    return money_end + match.end() if match else money_end
