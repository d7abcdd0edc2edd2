"""Programme terminations: which asset, at what stage, why, what it had cost, when."""
from __future__ import annotations

import re

from ..model.records import Termination
from .assets import AssetMention, parenthetical_aliases
from .context import Context
from .dates import nearest_date
from .sentences import Sentence
from ..model.patterns import rx

EXTRACTOR, VERSION = "terminations", "1"

_TRIGGER = rx(r"终止|終止|叫停|停止(?:开发|研发|推进)|放弃|放棄|\bdiscontinu\w*|\bterminat\w*|\bhalt\w*|\bscrapp?\w*|\bdropp?ed\b", re.I)
_SPEND = rx(r"累计|累計|投入|研发费用|\bspent\b|\binvested\b|\bcumulative\b|\bsunk\b", re.I)
_SPEND_AFTER = rx(r"^\s*(?:had been |has been |was |were )?(?:invested|spent)\b", re.I)
_LIST_ITEM = rx(r"^\s*(?:\d+[.、)]|[（(]\d+[）)]|[一二三四五六七八九十]+、|[-•●·])")
_AGGREGATE = rx(r"上述|合计|合計|共计|共計|总计|總計|in total|combined", re.I)
_REASON = rx(r"(?:因|由于|由於|鉴于|基于)(?P<r>[^，。；]{2,40})|未达到(?P<r2>[^，。；]{2,30})|\bdue to (?P<r3>[^,.;]{3,60})|\bafter (?:it )?(?P<r4>failed [^,.;]{3,60})", re.I)


def build_terminations(ctx: Context) -> list[Termination]:
    if not ctx.article.document.relevant:
        return []
    records: list[Termination] = []
    sentences = ctx.sentences
    for index, sentence in enumerate(sentences):
        if not _TRIGGER.search(sentence.text):
            continue
        assets = _distinct(ctx.in_range(ctx.assets, sentence.start, sentence.end), ctx.text)
        if not assets and sentence.text.rstrip().endswith(("：", ":")):
            records.extend(_listed(ctx, sentence, sentences[index + 1:]))
            continue
        if not assets and index > 0 and _same_paragraph(ctx, sentences[index - 1], sentence):
            previous = sentences[index - 1]
            assets = _distinct(ctx.in_range(ctx.assets, previous.start, previous.end), ctx.text)
            sentence = Sentence(previous.start, sentence.end, ctx.text[previous.start:sentence.end]) if assets else sentence
        if not assets:
            continue
        spend_sentence = _spend_sentence(ctx, sentence)
        records.extend(_records(ctx, sentence, spend_sentence, assets))
    return _unique(records)


def _same_paragraph(ctx: Context, a: Sentence, b: Sentence) -> bool:
    return "\n" not in ctx.text[a.end:b.start]


def _listed(ctx: Context, intro: Sentence, following: list[Sentence]) -> list[Termination]:
    """"公司决定终止以下研发项目：" followed by one numbered item per programme."""
    records = []
    for item in following:
        if not _LIST_ITEM.match(item.text):
            if records:
                break
            continue
        assets = _distinct(ctx.in_range(ctx.assets, item.start, item.end), ctx.text)[:1]
        if assets:
            records.extend(_records(ctx, item, item, assets, intro))
    return records


def _distinct(assets: list[AssetMention], text: str = "") -> list[AssetMention]:
    """Each programme once: a repeated code, a study id (X-002) or a name in brackets after a code
    (BAT3306（帕博利珠单抗）) is the same programme."""
    bracketed = {id(b) for _, b in parenthetical_aliases(text, assets)} if text else set()
    seen, out = set(), []
    for a in assets:
        if id(a) in bracketed:
            continue
        root = re.sub(r"-\d{3}$", "", a.name)
        if root in seen or a.name in seen:
            continue
        seen.update({a.name, root})
        out.append(a)
    return out


def _spend_sentence(ctx: Context, sentence: Sentence) -> Sentence:
    _, para_end = ctx.paragraph_of(sentence.start)
    for nxt in ctx.sentences:
        if sentence.end <= nxt.start < para_end and _SPEND.search(nxt.text) and not _TRIGGER.search(nxt.text):
            return Sentence(sentence.start, nxt.end, ctx.text[sentence.start:nxt.end])
        if nxt.start >= sentence.end:
            break
    return sentence


def _records(ctx: Context, sentence: Sentence, scope: Sentence, assets: list[AssetMention],
             intro: Sentence | None = None) -> list[Termination]:
    stages = [s for s in ctx.in_range(ctx.stages, sentence.start, sentence.end) if s.stage != "terminated"]
    spends = [m for m in ctx.in_range(ctx.money, scope.start, scope.end)
              if (_SPEND.search(_clause_before(ctx.text, scope.start, m.start)) or _SPEND_AFTER.match(ctx.text[m.end:m.end + 24]))
              and not _AGGREGATE.search(ctx.text[max(scope.start, m.start - 16):m.start])]
    respectively = "分别" in scope.text or "分別" in scope.text or "respectively" in scope.text
    anchor = intro or sentence
    date = nearest_date(ctx.dates, anchor.start, anchor.end, window=120)
    date_value = date.value if date and (len(date.value) >= 7 or not ctx.published) else ctx.published
    ctx.claimed_money.update(m.start for m in spends)
    records = []
    for i, asset in enumerate(assets):
        stage = _pick(stages, i, len(assets), respectively)
        spend = _pick(spends, i, len(assets), respectively)
        records.append(Termination(
            document=ctx.doc_id, evidence=[ctx.evidence(scope.start, scope.end)], extractor=EXTRACTOR,
            version=VERSION, company=_company(ctx, intro or sentence), asset=asset.label,
            phase=stage.stage if stage else None, reason=_reason(sentence.text),
            cumulative_spend=spend.money if spend else None, date=date_value,
        ))
    return records


def _clause_before(text: str, floor: int, pos: int) -> str:
    start = max(text.rfind(ch, floor, pos) for ch in "，,；;。") + 1
    return text[max(floor, start):pos]


def _pick(items: list, index: int, count: int, respectively: bool):
    if respectively and len(items) == count:
        return items[index]
    if len(items) == 1 and (count == 1 or not respectively):
        return items[0] if count == 1 else None
    return items[index] if len(items) == count else None


def _company(ctx: Context, sentence: Sentence) -> str | None:
    named = ctx.companies_in(sentence.start, sentence.end)
    if named:
        return named[0].name
    return ctx.main_company.name if ctx.main_company else None


def _reason(text: str) -> str | None:
    match = _REASON.search(text)
    if not match:
        return None
    return next(g for g in match.groups() if g).strip()


def _unique(records: list[Termination]) -> list[Termination]:
    by_asset: dict[str, Termination] = {}
    for record in records:
        existing = by_asset.get(record.asset)
        if existing is None:
            by_asset[record.asset] = record
            continue
        for field in ("phase", "cumulative_spend", "date", "reason"):
            if getattr(existing, field) is None:
                setattr(existing, field, getattr(record, field))
    return list(by_asset.values())
