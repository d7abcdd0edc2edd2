"""Programme terminations: which asset, whose, at what stage, why, what it had cost, when.

A sentence reports a stop when it holds a stop word (data/cues/terminations.yaml: 终止, 暂停,
discontinue, "rights revert" ...; weaker words such as "shed" or "pull the plug" only with the
programme after them), unless the stop is a trading halt, a patient's treatment stop, or denied or
only allowed for. The programme is the asset of the stop's clause, else the one after the stop word,
else the one named just before; a stopped agreement with no drug named is recorded without an asset.
"""
from __future__ import annotations

import re

from ..model.records import Termination
from .asset_aliases import parenthetical_aliases
from .assets import AssetMention
from .context import Context
from .combinations import comparator_spans, partner_spans
from .events import clause_around, event_company, event_date, highest, stage_reached
from .paid_to_date import is_paid_to_date
from .returned_rights import RETURNS_RIGHTS, may_tell_rights_back, rights_back_at
from .sentences import Sentence
from .termination_items import joined_amounts_end, own_stage
from .termination_reasons import reason_of
from ..model.patterns import rx

EXTRACTOR, VERSION = "terminations", "2"

_LIST_ITEM = rx(r"^\s*(?:\d+[.、)]|[（(]\d+[）)]|[一二三四五六七八九十]+、|[-•●·])")
_AGGREGATE = rx(r"上述|合计|共计|总计|in total|combined", re.I)
_OBJECT_WINDOW = 90
_PASSIVE = rx(r"\b(?:(?:has|have|had)\s+been|was|were|is\s+being|are\s+being|will\s+be|to\s+be)\s+(?:(?:also|now|since|\w+ly)\s+)?$", re.I)
_EXCLUSION_WINDOW = 40
_FORM_ASSET = rx(r"(?:新药名称或代号|药品名称|产品名称)\s*[:：]")
_STOP_FILING = rx(r"(?:终止|暂停)[^\n。]{0,24}(?:项目|研发|临床)[^\n。]{0,12}公告")  # "关于终止部分在研项目的公告"
_HEAD = 300
def build_terminations(ctx: Context) -> list[Termination]:
    if not ctx.article.document.relevant or not _may_stop(ctx):
        return []
    records: list[Termination] = []
    sentences = ctx.sentences
    for index, sentence in enumerate(sentences):
        stop = _stop(ctx, sentence)
        if stop is None:
            continue
        if sentence.text.rstrip().endswith(":") and not ctx.in_range(ctx.assets, sentence.start, sentence.end):
            listed = _listed(ctx, sentence, sentences[index + 1:])
            if listed:
                records.extend(listed)
                continue
        if index + 1 < len(sentences) and not ctx.in_range(ctx.assets, sentence.start, sentence.end) \
                and _NAMED_AFTER.match(sentences[index + 1].text):
            named = _named_in_parts(ctx, sentence, sentences[index + 1:])
            if named:
                records.extend(named)
                continue
        assets, scope = _programmes(ctx, sentences, index, stop)
        if assets:
            records.extend(_records(ctx, scope, stop, assets))
        elif ctx.cues.has("terminations.agreement", *clause_around(ctx, sentence, stop)):
            records.extend(_records(ctx, sentence, stop, [None]))
    records = _unique(records, _alias_names(ctx))
    if len(records) == 1 and records[0].reason is None:
        _reason_told_apart(ctx, records[0])
    return records


_BACK_TO_THE_STOP = rx(r"(?:本次|此次|这次|该次|上述|该项)(?:终止|停止|决定)|\bthe\s+(?:decision|termination|discontinuation)\b", re.I)


def _reason_told_apart(ctx: Context, record: Termination) -> None:
    """"本次终止系基于…", "The decision was driven by…": the article's one stop explained in a sentence
    of its own."""
    for sentence in ctx.sentences:
        if _BACK_TO_THE_STOP.search(sentence.text):
            reason = reason_of(ctx, sentence)
            if reason:
                record.reason = reason
                record.evidence.append(ctx.evidence(sentence.start, sentence.end))
                return


def _alias_names(ctx: Context) -> dict[str, str]:
    """Names written in brackets after another name of the same drug ("X注射液(安美木单抗)")."""
    return {b.label: a.label for a, b in ctx.asset_aliases}


def _may_stop(ctx: Context) -> bool:
    """False only where `_stop` finds nothing in any sentence: none of its cues, no "rights" to hand back."""
    return any(ctx.cues.has(name) for name in _STOP_SETS) or "rights" in ctx.text or may_tell_rights_back(ctx)


_STOP_SETS = ("terminations.verbs", "terminations.no_next_stage", "terminations.object_verbs", "terminations.removal_verbs")


def _stop(ctx: Context, sentence: Sentence) -> int | None:
    """Where the sentence reports a programme stopping, or None."""
    cues = ctx.cues
    if cues.has("terminations.not_done", sentence.start, sentence.end):
        return None
    for cue in cues.hits("terminations.verbs", sentence.start, sentence.end) + \
            cues.hits("terminations.no_next_stage", sentence.start, sentence.end):
        if _excluded(ctx, sentence, cue.start, cue.end):
            continue
        return cue.start
    for match in RETURNS_RIGHTS.finditer(ctx.text, sentence.start, sentence.end):
        if not _excluded(ctx, sentence, match.start(), match.end()):
            return match.start()
    back = rights_back_at(ctx, sentence.start, sentence.end)
    if back is not None:
        return back
    for cue in cues.hits("terminations.object_verbs", sentence.start, sentence.end):
        if _excluded(ctx, sentence, cue.start, cue.end):
            continue
        if ctx.in_range(ctx.assets, cue.end, min(sentence.end, cue.end + _OBJECT_WINDOW)):
            return cue.start
        if _PASSIVE.search(ctx.text, max(sentence.start, cue.start - 20), cue.start) and \
                ctx.in_range(ctx.assets, max(sentence.start, cue.start - _OBJECT_WINDOW), cue.start):
            return cue.start  # "CVL-9, its lead antibody, has been deprioritized": the programme before
    return _removal(ctx, sentence)


def _removal(ctx: Context, sentence: Sentence) -> int | None:
    """A programme taken out of the pipeline: "removed X from its pipeline", "X was dropped from the
    portfolio"; the drug between the verb and the pipeline, or before a passive verb."""
    cues = ctx.cues
    for cue in cues.hits("terminations.removal_verbs", sentence.start, sentence.end):
        out = cues.first_after("terminations.out_of_pipeline", cue.end, _OBJECT_WINDOW + 40)
        if out is None or out.start >= sentence.end or _excluded(ctx, sentence, cue.start, cue.end):
            continue
        if ctx.in_range(ctx.assets, cue.end, out.start) or (
                _PASSIVE.search(ctx.text, max(sentence.start, cue.start - 20), cue.start)
                and ctx.in_range(ctx.assets, max(sentence.start, cue.start - _OBJECT_WINDOW), cue.start)):
            return cue.start
    return None


def _excluded(ctx: Context, sentence: Sentence, start: int, end: int) -> bool:
    lo, hi = max(sentence.start, start - _EXCLUSION_WINDOW), min(sentence.end, end + _EXCLUSION_WINDOW)
    return ctx.cues.has("terminations.not_programme", lo, hi)


def _programmes(ctx: Context, sentences: list[Sentence], index: int,
                stop: int) -> tuple[list[AssetMention], Sentence]:
    """The assets the stop concerns and the text that reports it."""
    sentence = sentences[index]
    clause_start, clause_end = clause_around(ctx, sentence, stop)
    in_clause = _stopped(ctx, sentence, clause_start, clause_end)
    if in_clause:  # and the drugs listed on after the clause ("X, a CD47 antibody, and Y")
        listed = _joined(ctx, in_clause[-1:] + _stopped(ctx, sentence, clause_end, sentence.end))[1:]
        return in_clause + [a for a in listed if a.name not in {b.name for b in in_clause}], sentence
    after = _stopped(ctx, sentence, stop, sentence.end)
    before = _stopped(ctx, sentence, sentence.start, stop)
    if before and ctx.companies_in(clause_start, stop, with_self=False):
        before = []  # the stop's clause names its own company: an earlier clause's drug is another's
    if after and (not before or after[0].start - stop <= stop - before[-1].end):
        return _joined(ctx, after), sentence
    if before:
        return before[-1:], sentence
    if index > 0 and "\n" not in ctx.text[sentences[index - 1].end:sentence.start]:
        previous = sentences[index - 1]
        earlier = _stopped(ctx, previous, previous.start, previous.end)
        if earlier:
            return earlier[-1:], Sentence(previous.start, sentence.end, ctx.text[previous.start:sentence.end])
    if ctx.cues.has("terminations.no_next_stage", sentence.start, sentence.end):
        named = _form_asset(ctx)
        if named:
            return [named], sentence
    return [], sentence


def _stopped(ctx: Context, sentence: Sentence, start: int, end: int) -> list[AssetMention]:
    """The drugs named in [start, end) of a sentence but those it says the company keeps ("…to focus
    resources on X", "in favour of X"); a stop told after the keeping words is of the drug after it
    ("为聚焦核心管线，公司决定终止X")."""
    kept = ctx.cues.hits("terminations.kept", sentence.start, sentence.end)
    named = [a for a in ctx.in_range(ctx.assets, start, end)
             if not any(k.end <= a.start and not _stop_between(ctx, k.end, a.start) for k in kept)]
    given_with = partner_spans(ctx, start, end) + comparator_spans(ctx, start, end)
    own = [a for a in named if not any(lo <= a.start < hi for lo, hi in given_with)]
    if own:  # "discontinued X after it failed to beat docetaxel": a drug of the reason goes on
        reasons = ctx.cues.hits("terminations.reason", own[0].end, end)
        own = [a for a in own if not any(r.end <= a.start for r in reasons)]
    return _distinct(ctx, own or named)  # "终止X联合帕博利珠单抗的III期试验": the partner goes on


def _stop_between(ctx: Context, start: int, end: int) -> bool:
    return ctx.cues.has("terminations.verbs", start, end) or ctx.cues.has("terminations.object_verbs", start, end)


def _joined(ctx: Context, assets: list[AssetMention]) -> list[AssetMention]:
    """The first asset after the stop word and those listed with it ("X and Y", "X、Y")."""
    out = [assets[0]]
    for a, b in zip(assets, assets[1:]):
        if not _LISTED_AFTER.match(ctx.text[a.end:b.start]):
            break
        out.append(b)
    return out


# a list mark, after the previous drug's apposition if any ("X, a CD47 antibody, and Y", "X（一款ADC）和Y")
_LISTED_AFTER = rx(r"^\s*(?:（[^）]{0,40}）|\([^)]{0,60}\)|,[^,;.]{1,60}(?=,))?\s*(?:,|、|and|及|和|与|以及)\s*(?:and\s+)?$", re.I)


def _form_asset(ctx: Context) -> AssetMention | None:
    """The drug a filing form names in its "name or code" field."""
    for match in _FORM_ASSET.finditer(ctx.text):
        line_end = ctx.text.find("\n", match.end())
        found = ctx.in_range(ctx.assets, match.end(), line_end if line_end > 0 else len(ctx.text))
        if found:
            return found[0]
    return None


_NAMED_AFTER = rx(r"^\s*(?:其中|分别是|分别为|包括|they are|namely)\s*[,，:：]?", re.I)
_PART = rx(r"[^;；]+")


def _named_in_parts(ctx: Context, intro: Sentence, following: list[Sentence]) -> list[Termination]:
    """"公司决定终止两个在研项目。其中，X…；Y…": the stop names a number of programmes and the next
    sentence gives each in its own part (a part ends at a semicolon)."""
    records = []
    for i, sentence in enumerate(following):
        if i and not following[i - 1].text.rstrip().endswith((";", "；")):
            break
        for part in _PART.finditer(ctx.text, sentence.start, sentence.end):
            assets = _distinct(ctx, ctx.in_range(ctx.assets, part.start(), part.end()))[:1]
            if assets:
                item = Sentence(part.start(), part.end(), part.group(0))
                records.extend(_records(ctx, item, item.start, assets, intro))
    return records


def _listed(ctx: Context, intro: Sentence, following: list[Sentence]) -> list[Termination]:
    """"公司决定终止以下研发项目：" followed by one numbered item per programme."""
    records = []
    for item in following:
        if not _LIST_ITEM.match(item.text):
            if records:
                break
            continue
        assets = _distinct(ctx, ctx.in_range(ctx.assets, item.start, item.end))[:1]
        if assets:
            records.extend(_records(ctx, item, item.start, assets, intro))
    return records


def _distinct(ctx: Context, assets: list[AssetMention]) -> list[AssetMention]:
    """Each programme once: a repeated code, a study id (X22-002) or a name in brackets after a code
    (BAT3306（帕博利珠单抗）) is the same programme."""
    bracketed = {id(b) for _, b in parenthetical_aliases(ctx.text, assets)}
    seen, out = set(), []
    for a in assets:
        if id(a) in bracketed:
            continue
        root = re.sub(r"(?<=\d)-\d{3}$", "", a.name)  # HLX22-301 is HLX22's study; BRS-301 and BRS-415 are two drugs
        if root in seen or a.name in seen:
            continue
        seen.update({a.name, root})
        out.append(a)
    return out


def _records(ctx: Context, sentence: Sentence, stop: int, assets: list[AssetMention | None],
             intro: Sentence | None = None) -> list[Termination]:
    scope = _with_spend_sentence(ctx, sentence, {a.name for a in assets if a})
    spends = _spends(ctx, scope)
    respectively = bool(rx(r"分别|respectively", re.I).search(scope.text))
    stages = stage_reached(ctx, sentence, "terminations.planned_stage", "terminations.preclinical",
                           assets[0] if len(assets) == 1 else None)
    anchor = intro or sentence
    date_value = event_date(ctx, anchor, stop if intro is None else anchor.end, as_of_is_none=True)
    ctx.claimed_money.update(m.start for m in spends)
    company = event_company(ctx, anchor, stop, assets[0])
    records = []
    for i, asset in enumerate(assets):
        stage = own_stage(ctx, asset) or (highest(stages) if len(assets) == 1 or (len(stages) == 1 and _TOGETHER.search(scope.text))
                                          else _pick(stages, i, len(assets), respectively))
        spend = _pick(spends, i, len(assets), respectively)
        records.append(Termination(
            document=ctx.doc_id, evidence=[ctx.evidence(scope.start, scope.end)], extractor=EXTRACTOR,
            version=VERSION, company=company, asset=asset.label if asset else None,
            phase=stage, reason=reason_of(ctx, sentence), cumulative_spend=spend.money if spend else None,
            date=date_value,
        ))
    return records


_TOGETHER = rx(r"\bboth\b|\ball\s+(?:two|three|four)\b|均|都", re.I)  # "both in Phase 1": one stage for each drug


def _with_spend_sentence(ctx: Context, sentence: Sentence, stopped: set[str]) -> Sentence:
    """The stop's sentence, extended to a later sentence of its paragraph that states the spend."""
    begin, limit = sentence.start, ctx.paragraph_of(sentence.start)[1]
    if _FORM_ASSET.search(ctx.text) or _one_stop_filed(ctx):
        begin, limit = 0, len(ctx.text)  # a filing form, or a filing about one stop, states the spend in a section of its own
    for money in ctx.in_range(ctx.money, begin, limit):
        if money.start >= sentence.end and is_paid_to_date(ctx.text, money):
            return Sentence(sentence.start, money.end, ctx.text[sentence.start:money.end])
    for cue in ctx.cues.hits("terminations.spend", begin, limit):
        if cue.start > sentence.end and any(a.name not in stopped for a in ctx.in_range(ctx.assets, sentence.end, cue.start)):
            break  # "此外，公司亦终止Y项目，该项目累计投入X": a spend told after another drug is that drug's
        money = [m for m in ctx.in_range(ctx.money, cue.end, limit) if m.start < cue.end + 40]  # its start near the cue
        if money and not ctx.cues.has("terminations.not_spend", max(0, cue.start - 20), money[0].end):
            end = max(sentence.end, joined_amounts_end(ctx, money[0], limit))
            start = min(sentence.start, cue.start)
            return Sentence(start, end, ctx.text[start:end])
    return sentence


def _one_stop_filed(ctx: Context) -> bool:
    """A filing headed as a stop ("关于终止…项目的公告") that names one programme: its cost may be told
    in the section before the reasons."""
    return bool(_STOP_FILING.search(ctx.text, 0, _HEAD)) and len({a.label for a in ctx.assets}) == 1


def _spends(ctx: Context, scope: Sentence) -> list:
    found = []
    for m in ctx.in_range(ctx.money, scope.start, scope.end):
        clause = _clause_before(ctx.text, scope.start, m.start)
        before = ctx.cues.has("terminations.spend", m.start - len(clause), m.start)
        after = rx(r"^\s*(?:had been |has been |was |were )?(?:invested|spent)\b", re.I).match(ctx.text[m.end:m.end + 24])
        if not (before or after or is_paid_to_date(ctx.text, m)):
            continue
        if ctx.cues.has("terminations.not_spend", m.start - len(clause), m.end + 6):
            continue
        summed = _AGGREGATE.search(ctx.text, max(scope.start, m.start - 16), m.start)
        if summed and not _sums_the_spend(ctx, m.start - len(clause), summed.start()):
            continue
        found.append(m)
    return found


def _sums_the_spend(ctx: Context, clause_start: int, at: int) -> bool:
    """"累计支付许可费及研发费用合计约X": the total adds up the kinds of one spend named before it."""
    return ctx.cues.has("terminations.spend", clause_start, at)


def _clause_before(text: str, floor: int, pos: int) -> str:
    breaks = [m.end() for m in _CLAUSE_BREAK.finditer(text, floor, pos)]  # "4,215.7万元和860万元": no break at 4,215
    return text[breaks[-1] if breaks else floor:pos]


_CLAUSE_BREAK = rx(r"(?<!\d),|,(?!\d)|[;。]")


def _pick(items: list, index: int, count: int, respectively: bool):
    if respectively and len(items) == count:
        return items[index]
    if len(items) == 1 and (count == 1 or not respectively):
        return items[0] if count == 1 else None
    return items[index] if len(items) == count else None


def _unique(records: list[Termination], aliases: dict[str, str]) -> list[Termination]:
    """One record per programme, however written; a stopped agreement with no drug named only where
    no programme of the article is reported stopped, and once: the counterparty named in a later
    sentence of the same ending is not a second one."""
    if any(r.asset for r in records):
        records = [r for r in records if r.asset]
    by_asset: dict[tuple, Termination] = {}
    for record in records:
        key = (aliases.get(record.asset, record.asset).casefold(),) if record.asset else (None,)
        existing = by_asset.get(key)
        if existing is None:
            by_asset[key] = record
            continue
        for field in ("phase", "cumulative_spend", "date", "reason", "company"):
            if getattr(existing, field) is None:
                setattr(existing, field, getattr(record, field))
        existing.evidence.extend(e for e in record.evidence if e not in existing.evidence)
    return list(by_asset.values())
