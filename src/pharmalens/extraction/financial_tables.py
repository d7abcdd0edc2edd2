"""Reported figures read from tables: results grids (a metric a row, a period or change a column)
and pipe tables with a company a row and a metric a column.

A grid column's key says its period: a year (2025年, "2025 (RMB Thousand)") takes the kind of
period the table covers (截至6月30日止六个月 / H1 / 前三季度 before it, else the report's kind);
本报告期 is the report's period and 年初至报告期末 the year to its end (2025Q1-Q3 in a third-quarter
report); 上年同期 the period before; a date (于2025年6月30日) is the period of a point value (cash).
A change column gives the yoy of the period column it follows (本报告期 | 比上年同期增减), or of the
first period column when the changes come last (2025 | 2024 | YoY)."""
from __future__ import annotations

import re
from decimal import Decimal

from ..model.patterns import rx
from ..model.records import FinancialMetric
from .figures import currency_code
from .grids import Column, Grid, GridRow
from .metrics import POINT_METRICS, label_metric
from .periods import arabic_years, find_periods, previous_period
from .reporting import Reporting
from .table import cell_number, table_unit

_SPAN = rx(r"截至\s*\d{1,2}\s*月\s*\d{1,2}\s*日止\s*(?P<zh>六个月|三个月|九个月|年度)|(?P<en>six|three|nine|twelve)[- ]months|"
           r"(?P<h>上半年|半年度|中期|interim|first half|\bH1\b)|(?P<nine>前三季度|nine months)|(?P<full>年度|full[- ]year|annual)", re.I)
_YEAR = rx(r"(?:19|20)\d{2}")
_DATE = rx(r"(?P<y>(?:19|20)\d{2})年(?P<m>\d{1,2})月(?P<d>\d{1,2})日")
_ROLE_METRICS = ("revenue", "net_profit", "rd_expense")
_COSTS = {"rd_expense", "rd_investment", "selling_expense"}  # tables print costs in brackets


def grid_records(env: Reporting) -> list[FinancialMetric]:
    records = []
    for grid in env.ctx.layout.grids:
        kind = _table_kind(env, grid)
        spans = _span_groups(env, grid)
        for row in grid.rows:
            metric = label_metric(row.label)
            unit = row.unit or grid.unit
            if metric is None or unit is None:
                continue
            records.extend(_row_records(env, row, metric, unit, kind, spans))
    return records


_GROUP = rx(r"\b(?:three|six|nine|twelve)\s+months\s+ended\s+(?:[A-Z][a-z]+\s+\d{1,2}|\d{1,2}\s+[A-Z][a-z]+)"
            r"|\b(?:fiscal\s+)?years?\s+ended\s+(?:[A-Z][a-z]+\s+\d{1,2}|\d{1,2}\s+[A-Z][a-z]+)", re.I)


def _span_groups(env: Reporting, grid: Grid) -> list[str]:
    """"Three Months Ended December 31, | Nine Months Ended December 31," over the year columns: the
    spans a header spreads over its columns in turn, each over the same number of them."""
    text = env.ctx.text
    lead = text[text.rfind("\n", 0, max(0, grid.lead_start - 120)) + 1:grid.rows[0].label_start]
    header = [line for line in lead.splitlines() if "|" in line or len(line) <= _HEADER_CELL]  # not the prose before
    return [m.group(0) for line in header for m in _GROUP.finditer(line)]


_HEADER_CELL = 48


def _column_span(row: GridRow, index: int, spans: list[str]) -> str | None:
    periods = [i for i, c in enumerate(row.columns) if not c.change]
    if len(spans) < 2 or len(periods) % len(spans) or index not in periods:
        return None
    return spans[periods.index(index) // (len(periods) // len(spans))]


def _row_records(env: Reporting, row: GridRow, metric: str, unit, kind: str, spans: list[str]) -> list[FinancialMetric]:
    records = []
    for i, (value, column) in enumerate(zip(row.values, row.columns)):
        if column.change or value.value is None:
            continue
        period = _column_period(env, column, kind, metric, _column_span(row, i, spans))
        if period is None:
            continue
        amount = value.value * unit.factor
        if metric in _COSTS:
            amount = abs(amount)
        currency = env.table_currency(row.start, unit.currency or _sign(env.ctx.text, row.label_end, row.end))
        yoy = _change_for(row, i)
        if metric == "net_profit" and amount < 0 and _both_losses(row, i):
            yoy = None
        evidence = (row.label_start, value.end)
        records.append(env.record(evidence, env.company(row.start, row.start), period, metric, Decimal(amount).normalize(),
                                  currency, float(yoy) if yoy is not None else None))
    return records


def _sign(text: str, start: int, end: int) -> str | None:
    """The currency sign printed beside a row's figures ("$ 86,012", "HK$ (1,204)")."""
    match = _CURRENCY_SIGN.search(text, start, end)
    return currency_code(match.group(0)) if match else None


_CURRENCY_SIGN = rx(r"(?:US|HK|NT)\$|RMB|\$|€")


def _change_for(row: GridRow, index: int) -> Decimal | None:
    """The change beside a period column: the next column (本报告期 | 增减 | 年初至报告期末 | 增减), or
    for the first period column, the first change after all periods (2025 | 2024 | YoY)."""
    columns, values = row.columns, row.values
    first = next(i for i, c in enumerate(columns) if not c.change)
    interleaved = index == first or columns[index - 1].change
    if interleaved and index + 1 < len(columns) and columns[index + 1].change:
        return values[index + 1].value
    if index == first:
        return next((v.value for v, c in zip(values[index + 1:], columns[index + 1:]) if c.change), None)
    return None


def _both_losses(row: GridRow, index: int) -> bool:
    """A loss beside a prior-period loss: the change is a loss that narrowed or widened."""
    others = [v.value for v, c in zip(row.values, row.columns) if not c.change and v.value is not None][1:]
    return bool(others) and others[0] < 0


def _table_kind(env: Reporting, grid: Grid) -> str:
    """The kind of period the table's year columns cover: H1, Q1-Q3, Qn or FY."""
    lead = env.ctx.text[max(0, grid.lead_start - 120):grid.rows[0].label_start]
    match = None
    for match in _SPAN.finditer(lead):
        pass
    if match is not None:
        span = (match.group("zh") or match.group("en") or "").lower()
        if match.group("h") or span in ("六个月", "six"):
            return "H1"
        if match.group("nine") or span in ("九个月", "nine"):
            return "Q1-Q3"
        if span in ("三个月", "three") and env.report and "Q" in env.report:
            return env.report[4:]
        return "FY"
    if env.report and not env.report.startswith("FY"):
        return env.report[4:]
    return "FY"


def _column_period(env: Reporting, column: Column, kind: str, metric: str, span: str | None = None) -> str | None:
    key = arabic_years(column.key or "")
    text = env.ctx.text
    whole = arabic_years(text[max(text.rfind("|", 0, column.start), text.rfind("\n", 0, column.start)) + 1:column.end])
    year = _YEAR.search(key)
    spanned = _GROUP.search(whole) if year and not span else None
    if year and (span or spanned):  # the column's own year after the span: "…Ended March 31, 2026 2025" holds two
        whole = f"{(span or spanned.group(0)).rstrip(' ,')}, {year.group(0)}"
    if year and _SPAN_ENDED.search(whole):  # "Three Months Ended September 30, 2026": a quarter, not a day
        named = find_periods(whole, int(year.group(0)))
        if named and named[0].period:
            return named[0].period
    date = _DATE.search(key)
    if date:
        value = f"{date.group('y')}-{int(date.group('m')):02d}-{int(date.group('d')):02d}"
        return value if metric in POINT_METRICS else None
    report = env.report
    if key.startswith(("本报告期末", "上年度末", "本期末")):
        return None
    if key.startswith(("本报告期", "本期")) or key.lower().startswith("current"):
        return report
    if key.lower().startswith(("prior", "previous")):
        return previous_period(report) if report else None
    if key.startswith("年初至报告期末"):
        return _year_to_date(report)
    if key.startswith(("上年同期", "上期")):
        return previous_period(report) if report else None
    year = _YEAR.search(key)
    if year is None:
        return None
    named = find_periods(key, int(year.group(0)))
    if named and named[0].period and not named[0].period.startswith("FY"):
        return named[0].period
    return f"FY{year.group(0)}" if kind == "FY" else f"{year.group(0)}{kind}"


_SPAN_ENDED = rx(r"\b(?:three|six|nine|twelve|3|6|9|12)\s+months\s+ended\b|\byear\s+ended\b|止(?:三|六|九|十二)个月|止年度", re.I)


def _year_to_date(report: str | None) -> str | None:
    if not report or report.startswith("FY") or report.endswith(("H1", "Q1")):
        return report
    quarter = re.search(r"Q([1-4])$", report)
    if quarter:
        return f"{report[:4]}Q1-Q{quarter.group(1)}"
    return None


def role_table_records(env: Reporting) -> list[FinancialMetric]:
    """Rows of a pipe table that has a company column and metric columns."""
    ctx, records = env.ctx, []
    for table in ctx.layout.tables:
        columns = [m for m in _ROLE_METRICS if m in table.header]
        if not columns or "company" not in table.header:
            continue
        unit = table_unit(ctx.text, table)
        period = env.ambient(table.start)
        if period is None:
            continue
        for row in table.rows:
            company = ctx.company_in_cell(row.cells.get("company"))
            for metric in columns:
                value = cell_number(row.cells.get(metric))
                column_unit = table_unit(ctx.text, table, table.header[metric]) or unit
                if value is None or company is None or column_unit is None:
                    continue
                amount = (Decimal(str(value)) * Decimal(str(column_unit[1]))).normalize()
                yoy = cell_number(row.cells.get(f"yoy:{metric}"))
                records.append(env.record((row.start, row.end), company, period, metric, amount, column_unit[0], yoy))
    return records
