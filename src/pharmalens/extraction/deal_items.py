"""Deals written as layout rather than prose: deal tables, round-up pairs with their terms in brackets
("BuyerCo–SellerCo (May 2026, $40 million upfront, $600 million milestones)"), "A × B" headings over
lines of terms, and items under a heading that names one company ("2. 某某系列交易" then
"XY-101:授权X公司,首付款..."). Each becomes one deal item; the prose reader leaves their text alone."""
from __future__ import annotations

import re
from functools import lru_cache
from operator import attrgetter
from dataclasses import dataclass
from decimal import Decimal

from ..model.patterns import holds_any, rx
from ..model.records import Money
from .companies import CompanyMention
from .context import Context
from .cues import cue_alternation, cue_regex
from .items import bullets_under, line_spans
from .parties import Parties
from .table import cell_number, table_unit

_PAIR_GAP = rx(r"^\s*[–—]\s*$")
_CROSS_GAP = rx(r"^\s*[×xX]\s*$")
_HEADING = rx(r"^\s*(?:\d{1,2}\s*[.、)]|[一二三四五六七八九十]{1,2}\s*[、.]|[(]\s*\d{1,2}\s*[)]|#+)\s*")
_MONTH_YEAR = rx(r"\b(?P<mon>January|February|March|April|May|June|July|August|September|October|November|December)\s+(?P<y>(?:19|20)\d{2})\b")
_MONTHS = ["january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
           "november", "december"]


@dataclass
class DealItem:
    start: int
    end: int
    terms_start: int
    parties: Parties
    asset: str | None = None
    kind: str | None = None
    money: dict[str, Money] | None = None
    date: str | None = None


def deal_items(ctx: Context) -> list[DealItem]:
    items = _table_items(ctx)
    items += _round_up_pairs(ctx, items)
    items += _headed_items(ctx, items)
    items += _crossed_lines(ctx, items)
    items += _arrow_lines(ctx, items)
    return items


# what a crossed pair needs: "×", or an x between spaces or tabs (substring tests, not a scan of the text)
_CROSS_MARKS = ("×", *(f"{a}{x}{b}" for a in " \t" for x in "xX" for b in " \t"))
_CROSSED_LINE = rx(r"^[ \t]*(?:\d{1,2}\s*[.、)]|[一二三四五六七八九十]{1,2}\s*[、.]|[•●▪◆■\-*·])?[ \t]*")
_TERMS_AFTER = rx(r"^[ \t]*[:：][ \t]*(?=\S)")


def _crossed_lines(ctx: Context, taken: list[DealItem]) -> list[DealItem]:
    """A round-up line that opens with its pair and runs on with the terms ("2. 甲公司 × 乙公司:授权,
    首付款…"): one deal, its parties the pair, its terms the rest of the line."""
    found: list[DealItem] = []
    if not holds_any(ctx.text, _CROSS_MARKS):
        return found
    for start, end in line_spans(ctx.text):
        named = _distinct(ctx.companies_in(start, end, with_self=False))[:2]
        if len(named) < 2 or not _CROSSED_LINE.fullmatch(ctx.text, start, named[0].start) \
                or not _CROSS_GAP.match(ctx.text[named[0].end:named[1].start]):
            continue
        terms = _TERMS_AFTER.match(ctx.text, named[1].end, end)
        if terms and _free(taken + found, start, end):
            found.append(DealItem(start, end, terms.end(), Parties(named[0], named[1], False)))
    return found


_ARROWS = ("→", "->", "⟶", "➔", "➝", "⇒", "=>")
_ARROW_GAP = rx(r"[\s*]*(?:→|->|⟶|➔|➝|⇒|=>)[\s*]*")
_ARROW_LINE = rx(r"[ \t]*(?:\d{1,2}\s*[.)]|[•▪\-*·])?[ \t]*(?:[A-Z][\w ]{0,30}:|[\u4e00-\u9fff]{1,8}[:：])?[ \t]*\**")
_ARROW_TERMS = rx(r"[ \t*]*[|:：–—][ \t]*(?=\S)")
_ACQUIRED = rx(r"\b(?:acquisition|acquires?|buyout|takeover|merger)\b", re.I)


def _arrow_lines(ctx: Context, taken: list[DealItem]) -> list[DealItem]:
    """A summary's one-line deal with an arrow from the party granting rights to the one taking them
    and the terms after a pipe or colon ("Deal snapshot: A → B | XY-12 | $30M upfront | up to $1.1B
    total"). An acquisition's arrow says nothing of who buys: its roles are settled as prose's are."""
    found: list[DealItem] = []
    if not holds_any(ctx.text, _ARROWS):
        return found
    for start, end in line_spans(ctx.text):
        named = _distinct(ctx.companies_in(start, end, with_self=False))[:2]
        if len(named) < 2 or not _ARROW_LINE.fullmatch(ctx.text, start, named[0].start) \
                or not _ARROW_GAP.fullmatch(ctx.text, named[0].end, named[1].start):
            continue
        terms = _ARROW_TERMS.match(ctx.text, named[1].end, end)
        if terms and _free(taken + found, start, end):
            directed = not _ACQUIRED.search(ctx.text, terms.end(), end)
            found.append(DealItem(start, end, terms.end(), Parties(named[0], named[1], directed)))
    return found


def cell_territory(ctx: Context, item: DealItem) -> str | None:
    """A cell of a one-line deal that is a region and nothing else ("| Greater China |", "| worldwide
    ex-China |", "| 大中华区 |"): the deal's territory, as the line writes it."""
    if "|" not in ctx.text[item.terms_start:item.end]:
        return None
    start = item.terms_start
    for cell in [*ctx.text[item.terms_start:item.end].split("|")]:
        lead = len(cell) - len(cell.lstrip())
        if _region_cell().fullmatch(cell.strip()):
            return ctx.evidence(start + lead, start + lead + len(cell.strip())).quote
        start += len(cell) + 1
    return None


@lru_cache(maxsize=1)
def _region_cell() -> re.Pattern[str]:
    region = f'{cue_alternation("deal.territory_region")}|{cue_alternation("deal.territory_region_zh")}'
    return rx(rf"(?:(?i:worldwide|global|全球)\s*(?:(?i:ex-?|excluding|except|outside(?: of)?)\s*|除)?)?(?:{region})?"
              rf"(?<=\S)(?:\s*(?:,|and|&|、|和)\s*(?:{region}))*(?:以外|以外地区)?")


def _free(items: list[DealItem], start: int, end: int) -> bool:
    return not any(i.start < end and start < i.end for i in items)


def _round_up_pairs(ctx: Context, taken: list[DealItem]) -> list[DealItem]:
    """Buyer–seller pairs with their terms in the bracket after them."""
    found: list[DealItem] = []
    mentions = sorted(ctx.companies, key=attrgetter("start"))
    for a, b in zip(mentions, mentions[1:]):
        if a.name == b.name or not _PAIR_GAP.match(ctx.text[a.end:b.start]):
            continue
        bracket = rx(r"^\s*\((?P<terms>[^()]{2,200})\)").match(ctx.text[b.end:b.end + 220])
        if not bracket:
            continue
        end = b.end + bracket.end()
        terms_end = end
        if not ctx.in_range(ctx.money, b.end, end):
            terms_end = bullets_under(ctx.text, end) or _next_pair_start(ctx, mentions, end)
        if not _free(taken + found, a.start, end):
            continue
        date = _month_year(bracket.group("terms"))
        item = DealItem(a.start, terms_end, b.end, Parties(b, a, False), date=date)
        found.append(item)
    return found


def _next_pair_start(ctx: Context, mentions: list[CompanyMention], pos: int) -> int:
    sentence = ctx.sentence_at(pos)
    limit = sentence.end if sentence else pos
    for a, b in zip(mentions, mentions[1:]):
        if a.start >= pos and _PAIR_GAP.match(ctx.text[a.end:b.start]):
            return min(a.start, limit)
    return limit


def _month_year(text: str) -> str | None:
    match = _MONTH_YEAR.search(text)
    if match:
        return f"{match.group('y')}-{_MONTHS.index(match.group('mon').lower()) + 1:02d}"
    year = re.search(r"\b((?:19|20)\d{2})\b", text)
    return year.group(1) if year else None


def _headed_items(ctx: Context, taken: list[DealItem]) -> list[DealItem]:
    """A heading line naming a pair ("甲公司 × NewCo") or one company ("乙公司系列交易"), and the lines
    of terms under it up to the next heading."""
    found: list[DealItem] = []
    lines = [(s, e) for s, e in line_spans(ctx.text) if ctx.text[s:e].strip()]
    for i, (start, end) in enumerate(lines):
        line = ctx.text[start:end]
        if len(line.strip()) > 40 or not _HEADING.match(line) or _ENDS_SENTENCE.search(line):
            continue
        named = _distinct(ctx.companies_in(start, end, with_self=False))
        body_end = _section_end(ctx, lines, i)
        if body_end <= end or not _free(taken + found, start, body_end):
            continue
        if len(named) == 2 and _CROSS_GAP.match(ctx.text[named[0].end:named[1].start]):
            found.append(DealItem(start, body_end, end, Parties(named[0], named[1], False)))
        elif len(named) == 1:
            found += _items_under(ctx, named[0], end, body_end)
    return found


_ENDS_SENTENCE = rx(r"[。！!]\s*$")  # "4. 甲公司的X获受理。": an item of a list, no heading over the lines after


def _section_end(ctx: Context, lines: list[tuple[int, int]], i: int) -> int:
    end = lines[i][1]
    for start, line_end in lines[i + 1:]:
        if _HEADING.match(ctx.text[start:line_end]) and len(ctx.text[start:line_end].strip()) <= 40:
            break
        end = line_end
    return end


def _distinct(mentions: list[CompanyMention]) -> list[CompanyMention]:
    out: list[CompanyMention] = []
    for m in mentions:
        if all(m.name != o.name for o in out):
            out.append(m)
    return out


def _items_under(ctx: Context, owner: CompanyMention, start: int, end: int) -> list[DealItem]:
    """Lines under a company's heading, each licensing one asset to another company."""
    found = []
    grants = cue_regex("deal.type.license")
    for line_start, line_end in line_spans(ctx.text[start:end]):
        s, e = start + line_start, start + line_end
        line = ctx.text[s:e]
        others = [m for m in _distinct(ctx.companies_in(s, e, with_self=False)) if m.name != owner.name]
        if not others or not grants.search(line):
            continue
        licensee = _granted_to(ctx, others, s, e) or others[-1]
        assets = ctx.in_range(ctx.assets, s, e)
        found.append(DealItem(s, e, s, Parties(owner, licensee, True), asset=assets[0].label if assets else None))
    return found


def _granted_to(ctx: Context, others: list[CompanyMention], start: int, end: int) -> CompanyMention | None:
    for m in others:
        before = ctx.text[max(start, m.start - 6):m.start]
        if re.search(r"(?:授权|许可|授予|转让)(?:给|予)?\s*$|\bto\s+$", before):
            return m
    return None


_TABLE_TYPES = ("option", "acquisition", "newco", "equity", "collaboration", "license")


def _table_items(ctx: Context) -> list[DealItem]:
    """Rows of a deal list: licensor, licensee, asset, type, upfront, total, date columns."""
    items = []
    for table in ctx.layout.tables:
        if "licensor" not in table.header or "licensee" not in table.header:
            continue
        unit = table_unit(ctx.text, table)
        for row in table.rows:
            licensor = _cell_company(ctx, row.cells.get("licensor"))
            licensee = _cell_company(ctx, row.cells.get("licensee"))
            if licensor is None or licensee is None:
                continue
            money = {}
            for role in ("upfront", "milestones", "total"):
                value = _cell_money(ctx, table, role, row.cells.get(role), unit)
                if value is not None:
                    money[role] = value
            kind_cell = row.cells.get("deal_type") or table.header.get("licensee")
            kind = next((k for k in _TABLE_TYPES if kind_cell and cue_regex(f"deal.type.{k}").search(kind_cell.text)), "license")
            date_cell = row.cells.get("date")
            dates = ctx.in_range(ctx.dates, date_cell.start, date_cell.end) if date_cell else []
            assets = ctx.in_range(ctx.assets, row.start, row.end)
            items.append(DealItem(row.start, row.end, row.start, Parties(licensor, licensee, True),
                                  asset=assets[0].label if assets else None, kind=kind, money=money,
                                  date=dates[0].value if dates else None))
    return items


def _cell_money(ctx: Context, table, role: str, cell, unit) -> Money | None:
    """A cell's amount: a number in the column's (or table's) unit, else an amount written with its
    own unit and currency ("17.1亿美元")."""
    if cell is None:
        return None
    value = cell_number(cell)
    column_unit = table_unit(ctx.text, table, table.header.get(role)) or unit
    written = ctx.in_range(ctx.money, cell.start, cell.end)
    if written and (column_unit is None or not cell.text.replace(".", "", 1).replace(",", "").isdigit()):
        return written[0].money
    if value is not None and column_unit:
        return Money(Decimal(str(value)) * Decimal(str(column_unit[1])), column_unit[0])
    return None


def _cell_company(ctx: Context, cell) -> CompanyMention | None:
    if cell is None:
        return None
    named = ctx.companies_in(cell.start, cell.end, with_self=False)
    if named:
        return named[0]
    end = cell.start + len(cell.text.rstrip("*†‡# "))  # a footnote mark is not part of the name
    quote = ctx.evidence(cell.start, end).quote
    return CompanyMention(cell.start, end, quote, quote, True) if quote else None
