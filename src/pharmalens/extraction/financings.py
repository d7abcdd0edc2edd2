"""Financings: who raised money, from whom, in which round, how much, on which exchange."""
from __future__ import annotations

import re

from ..model.records import Financing
from .companies import CompanyMention
from .context import Context
from .dates import nearest_date
from .money import is_share_price
from .sentences import Sentence
from ..model.patterns import rx

EXTRACTOR, VERSION = "financings", "1"

_ROUNDS = [
    ("pre-ipo", rx(r"Pre-IPO", re.I)),
    ("placement", rx(r"private placement|定向增发|定向增發|定增|配售新股|根據一般授權配售|根据一般授权配售|placing of new shares", re.I)),
    ("ipo", rx(r"\bIPO\b|initial public offering|首次公开发行|首次公開發行|港股上市|挂牌上市|掛牌上市|掛牌上櫃|挂牌上柜|上櫃首日|登陆(?:港交所|科创板|纳斯达克)|"
                       r"在(?:港交所|香港联交所|科创板|纳斯达克|上交所|深交所)(?:主板)?(?:挂牌)?上市|\blist(?:ed|ing)\s+on\b|\bwent public\b", re.I)),
    ("seed", rx(r"种子轮|種子輪|\bseed\b", re.I)),
    ("angel", rx(r"天使轮|天使輪|\bangel round\b", re.I)),
    ("placement", rx(r"配售|定增|定向增发|\bplacement\b|\bplacing\b", re.I)),
]
_LETTER_ROUND = rx(r"(?:Pre-)?(?P<l>[A-F])(?:\+)?\s*轮|\bSeries\s+(?P<l2>[A-F])\b", re.I)
_TRIGGER = rx(r"融资|融資|投资|投資|领投|領投|跟投|参投|孵化|上市|上柜|上櫃|挂牌|掛牌|配售|募资|募資|\bIPO\b|\bpublic offering\b|\bplacement\b|\braised?\b|\bfinancing\b|\bfunding\b|"
                      r"\bround\b|\bled by\b|\binvest\w*\b|\blist(?:ed|ing)\b", re.I)
_EXCHANGES = [("TPEx", rx(r"櫃買|柜买|上櫃|上柜|興櫃|兴柜|TPEx|Taipei Exchange", re.I)),
              ("TWSE", rx(r"臺灣證券交易所|台灣證券交易所|台湾证券交易所|TWSE|Taiwan Stock Exchange", re.I)),
              ("HKEX", rx(r"港股|港交所|香港联交所|香港聯交所|联交所|聯交所|Hong Kong Stock Exchange|HKEX|\bHong Kong\b", re.I)),
              ("STAR", rx(r"科创板|科創板|STAR Market", re.I)),
              ("NASDAQ", rx(r"纳斯达克|納斯達克|Nasdaq", re.I)),
              ("NYSE", rx(r"纽交所|紐交所|\bNYSE\b|New York Stock Exchange", re.I)),
              ("SSE", rx(r"上交所|上海证券交易所|Shanghai Stock Exchange", re.I)),
              ("SZSE", rx(r"深交所|创业板|深圳证券交易所|Shenzhen Stock Exchange|ChiNext", re.I))]
_INVESTOR_AFTER = rx(r"^[^，,。；]{0,6}?(?:领投|領投|跟投|参投|參投|联合投资|独家投资|投资|投資|孵化|\b(?:led|co-led|invested|participated)\b)", re.I)
_INVESTOR_BEFORE = rx(r"(?:\bled by|\bco-led by|\bparticipation (?:from|of)|\binvestors?(?: including)?|\bbacked by|\bjoined by|以及|、)\s*(?:existing investors?\s*)?$", re.I)


def build_financings(ctx: Context) -> list[Financing]:
    if not ctx.article.document.relevant:
        return []
    records: list[Financing] = []
    for sentence in ctx.sentences:
        if not _TRIGGER.search(sentence.text):
            continue
        record = _financing(ctx, sentence)
        if record is not None and not any(r.company == record.company and r.round == record.round for r in records):
            records.append(record)
        elif record is None and records and _same_paragraph(ctx, records[-1], sentence):
            _add_investors(ctx, records[-1], sentence)
    return records


def _same_paragraph(ctx: Context, record: Financing, sentence: Sentence) -> bool:
    """The sentence follows the round's sentence closely: same paragraph or the next few lines."""
    last = record.evidence[-1]
    start = ctx.evidence(sentence.start, sentence.start + 1).start
    return 0 <= start - last.end <= 600


def _add_investors(ctx: Context, record: Financing, sentence: Sentence) -> None:
    """"本轮融资由A领投，B、C跟投" after the sentence that announced the round."""
    mentions = ctx.companies_in(sentence.start, sentence.end, with_self=False)
    investors = [m.name for m in mentions if m.name != record.company and _is_investor(ctx, m, sentence)]
    if investors:
        record.investors = list(dict.fromkeys(record.investors + investors))
        record.evidence.append(ctx.evidence(sentence.start, sentence.end))


def _financing(ctx: Context, sentence: Sentence) -> Financing | None:
    round_name = _round(sentence.text)
    if round_name is None:
        return None
    mentions = ctx.companies_in(sentence.start, sentence.end)
    investors = [m for m in mentions if _is_investor(ctx, m, sentence)]
    raisers = [m for m in mentions if m not in investors]
    if not raisers:
        return None
    company = raisers[0]
    money = [m for m in ctx.in_range(ctx.money, sentence.start, sentence.end) if not is_share_price(ctx.text, m)]
    date = nearest_date(ctx.dates, sentence.start, sentence.end, window=40)
    announced = date.value if date else (ctx.published if sentence.start < 1500 else None)
    exchange = None
    if round_name in ("ipo", "placement"):
        para_start, para_end = ctx.paragraph_of(sentence.start)
        exchange = _exchange(sentence.text) or _exchange(ctx.text[para_start:min(para_end + 400, len(ctx.text))])
    return Financing(
        document=ctx.doc_id, evidence=[ctx.evidence(sentence.start, sentence.end)], extractor=EXTRACTOR,
        version=VERSION, company=company.name, investors=list(dict.fromkeys(m.name for m in investors)),
        round=round_name, amount=money[0].money if money else None,
        exchange=exchange, announced=announced,
    )


def _round(text: str) -> str | None:
    for name, pattern in _ROUNDS:
        if pattern.search(text):
            return name
    letter = _LETTER_ROUND.search(text)
    if letter:
        return (letter.group("l") or letter.group("l2")).lower()
    return None


def _is_investor(ctx: Context, mention: CompanyMention, sentence: Sentence) -> bool:
    if mention.kind == "investor":
        return True
    previous = [m for m in ctx.companies_in(sentence.start, mention.start, with_self=False) if m.end <= mention.start]
    if previous and rx(r"^\s*(?:,|，|、|and|及|和|以及)\s*$").match(ctx.text[previous[-1].end:mention.start]) \
            and previous[-1] is not mention and _is_investor(ctx, previous[-1], sentence):
        return True
    after = ctx.text[mention.end:min(sentence.end, mention.end + 16)]
    before = ctx.text[max(sentence.start, mention.start - 30):mention.start]
    if _INVESTOR_AFTER.search(after):
        return True
    return bool(_INVESTOR_BEFORE.search(before)) and not re.search(r"完成|获得|獲得|raised|closed", after, re.I)


def _exchange(text: str) -> str | None:
    for name, pattern in _EXCHANGES:
        if pattern.search(text):
            return name
    return None
