"""What an article says about all its reported figures at once: the periods it names, the period
the report is about, the page's own currency, and whose figures they are.

- Periods: periods.py over the text, bare years resolved against the report's year (else the
  publication year); 去年 / last year against the publication year.
- The page's currency: 元 on a Hong Kong page is HKD and on a Taiwan page TWD (page furniture tells
  them apart: 港股, 港仙, 股份代号 / 台股, 新台币, 兴柜, 每股税后盈余), unless the amount says 人民币 or a
  note "(人民币;下同)" / "(RMB; same below)" sets the currency from its sentence on.
- Whose: the clause's subject if it names one (本集团 / 公司 / the Company are the issuer); else
  the issuer; else the one company the article names; else nobody (a figure of a company the
  excerpt does not name has company None)."""
from __future__ import annotations

import re
from bisect import bisect_left
from collections import Counter
from dataclasses import dataclass, field
from decimal import Decimal
from functools import cached_property

from ..model.patterns import rx
from ..model.records import FinancialMetric
from .context import Context
from .cues import cue_alternation
from .figures import currency_code
from .money import MoneyMention
from .periods import PeriodMention, compared_at, find_periods, in_year, previous_period, report_period

EXTRACTOR, VERSION = "financials", "2"
_QUARTER_WORD = rx(r"单季|当季|本季|quarter", re.I)
_YUAN_KINDS = ("CNY", "HKD", "TWD")  # currencies written with 元
_BARE_YUAN = rx(r"^(?:[\d.,]+|[零〇一二两三四五六七八九十百千]+)\s*(?:万亿|千万|百万|亿|万|千)?元$")


@dataclass
class Reporting:
    ctx: Context
    periods: list[PeriodMention]
    report: str | None  # the period the report is about ("2025Q3" for a third-quarter report)
    page_currency: str | None  # HKD or TWD where 元 means that
    same_below: list[tuple[int, str]] = field(default_factory=list)  # (from offset, currency)
    _starts: list[int] = field(default_factory=list, repr=False)

    @property
    def published(self) -> str | None:
        return self.ctx.published

    def currency(self, mention: MoneyMention) -> str:
        """The currency of an amount, with the page's rules for a bare 元."""
        return self.currency_of_yuan(mention.start, self.ctx.text[mention.start:mention.end], mention.money.currency)

    def currency_of_yuan(self, pos: int, written: str, currency: str) -> str:
        if not _BARE_YUAN.match(written.strip()):
            return currency
        named = self._named_before(pos) or self.written_yuan
        if currency != "CNY":
            return named or currency  # the page's own 元 (HKD, TWD), unless the text named another
        noted = [c for start, c in self.same_below if start <= pos]
        if noted:
            return noted[-1]
        return named or self.page_currency or currency

    def _named_before(self, pos: int) -> str | None:
        """"亏损1.12亿元人民币，去年同期亏损3.06亿元": a bare 元 is in the yuan or dollar its sentence
        named for an amount before it."""
        sentence = self.ctx.sentence_at(pos)
        for m in reversed(self.ctx.in_range(self.ctx.money, sentence.start, pos) if sentence else ()):
            if m.money.currency in _YUAN_KINDS and not _BARE_YUAN.match(self.ctx.text[m.start:m.end].strip()):
                return m.money.currency
        return None

    @cached_property
    def written_yuan(self) -> str | None:
        """A Hong Kong page whose amounts name 人民币 and never 港元 ("收入人民币28.6亿元 … 研发投入9.7亿元"):
        its bare 元 is renminbi too."""
        text = self.ctx.text
        named = {m.money.currency for m in self.ctx.money
                 if m.money.currency in _YUAN_KINDS and not _BARE_YUAN.match(text[m.start:m.end].strip())}
        return named.pop() if named == {"CNY"} else None

    def table_currency(self, pos: int, currency: str | None) -> str:
        if currency:
            return currency
        noted = [c for start, c in self.same_below if start <= pos]
        return noted[-1] if noted else (self.page_currency or self.usual_currency)

    @cached_property
    def usual_currency(self) -> str:
        """The currency a table that names none is in: the one the article's amounts are written in
        most, else US dollars in English and yuan in Chinese."""
        written = Counter(m.money.currency for m in self.ctx.money)
        if written:
            return written.most_common(1)[0][0]
        return "USD" if self.ctx.article.document.lang == "en" else "CNY"

    def within(self, start: int, end: int) -> list[PeriodMention]:
        """Period mentions lying in [start, end)."""
        if not self._starts:
            self._starts = [p.start for p in self.periods]
        return [p for p in self.periods[bisect_left(self._starts, start):bisect_left(self._starts, end)] if p.end <= end]

    def usable(self, start: int, end: int) -> list[PeriodMention]:
        return [p for p in self.within(start, end) if not self.compared(p)]

    def compared(self, mention: PeriodMention) -> bool:
        return compared_at(self.ctx.text, mention.start)

    def ambient(self, pos: int) -> str | None:
        """The period the text is talking about at `pos`: the last one named before it, else the
        report's."""
        named = [p for p in self.within(pos - 1500, pos) if p.kind == "period" and not self.compared(p)]
        return named[-1].period if named else self.report

    def resolve(self, mention: PeriodMention, pos: int) -> str | None:
        if mention.kind == "prior":
            current = self.ambient(mention.start)
            if current is None:
                return None
            return in_year(current, mention.year) if mention.year else previous_period(current)
        if mention.kind == "current":
            return self.ambient(mention.start) or self._last_quarter(mention)
        return mention.period

    def _last_quarter(self, mention: PeriodMention) -> str | None:
        """"单季营收" with no period named: the last quarter closed when the article was published."""
        published = self.published or ""
        if not _QUARTER_WORD.search(self.ctx.text, mention.start, mention.end) or not re.match(r"\d{4}-\d{2}", published):
            return None
        year, quarter = int(published[:4]), (int(published[5:7]) - 1) // 3
        return f"{year - 1}Q4" if quarter == 0 else f"{year}Q{quarter}"

    def company(self, start: int, pos: int, carried: str | None = None) -> str | None:
        """The subject of a figure at `pos` whose clause starts at `start`: a company named before
        it in its sentence, else the subject carried from the sentences before (`carried`), else
        the issuer, else the one company the article names."""
        named = self.subject(start, pos)
        if named:
            return named
        if carried:
            return carried
        if self.ctx.main_company is not None:
            return self.ctx.main_company.name
        return self.header_company

    @cached_property
    def header_company(self) -> str | None:
        """With no issuer resolved: the one company the article names, or the company its first
        line names (a quote page's "01763 中国同辐" card)."""
        names = {m.name for m in self.ctx.companies}
        if len(names) == 1:
            return names.pop()
        text = self.ctx.text
        first_line = text.find("\n", len(text) - len(text.lstrip()))
        heading = [m for m in self.ctx.companies if m.end <= (first_line if first_line > 0 else len(text))]
        return heading[0].name if heading else None

    def subject(self, start: int, pos: int) -> str | None:
        named = self.ctx.companies_in(start, pos)
        return named[-1].name if named else None

    def record(self, evidence: tuple[int, int], company: str | None, period: str, metric: str, amount: Decimal,
               currency: str, yoy: float | None = None, segment: str | None = None) -> FinancialMetric:
        return FinancialMetric(
            document=self.ctx.doc_id, evidence=[self.ctx.evidence(*evidence)], extractor=EXTRACTOR, version=VERSION,
            company=company, period=period, metric=metric, amount=amount, currency=currency, segment=segment,
            yoy_pct=yoy)


def reporting(ctx: Context) -> Reporting:
    published_year = int(ctx.published[:4]) if ctx.published else None
    published_month = int(ctx.published[5:7]) if ctx.published and len(ctx.published) >= 7 else None
    first = find_periods(ctx.text, None, published_year, published_month)
    report = report_period(first, ctx.text)
    year = int(report[2:6] if report.startswith("FY") else report[:4]) if report else None
    periods = find_periods(ctx.text, year, published_year, published_month) if year else first
    return Reporting(ctx, periods, report, _page_currency(ctx), _same_below(ctx))


def _page_currency(ctx: Context) -> str | None:
    hk = len(ctx.cues.hits("fin.locale_hk")) + len(_HK_CODE.findall(ctx.text))
    tw = len(ctx.cues.hits("fin.locale_tw"))
    if ctx.article.document.lang != "zh-Hant" or hk == tw:
        return None
    return "HKD" if hk > tw else "TWD"


_HK_CODE = rx(r"[(]\s*0\d{4}(?:\.HK)?\s*[)]|\b\d{4,5}\.HK\b")


def _same_below(ctx: Context) -> list[tuple[int, str]]:
    pattern = rx(rf"[(]\s*(?P<cur>人民币|RMB|港元|港币|HK\$|美元|US\$|新台币|NT\$)\s*[;,.‧:]?\s*{cue_alternation('fin.same_below')}\s*[)]", re.I)
    found = []
    for match in pattern.finditer(ctx.text):
        sentence = ctx.sentence_at(match.start())
        start = sentence.start if sentence else match.start()
        found.append((start, currency_code(match.group("cur"))))
    return found
