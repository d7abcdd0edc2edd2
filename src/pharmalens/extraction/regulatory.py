"""Regulatory events: approvals, filings, IND clearances, designations, GMP inspection outcomes."""
from __future__ import annotations

import re
from functools import lru_cache

from ..model.records import RegulatoryEvent
from ..model.vocabulary import load_yaml
from .context import Context
from .dates import nearest_date
from .sentences import Sentence, clauses
from ..model.patterns import rx

EXTRACTOR, VERSION = "regulatory", "1"

_EVENTS = [
    ("fast_track", rx(r"\bfast[- ]track\b|快速通道", re.I)),
    ("breakthrough", rx(r"\bbreakthrough therapy\b|突破性(?:治疗|疗法)", re.I)),
    ("orphan", rx(r"\borphan[- ]drug\b|孤儿药|孤兒藥", re.I)),
    ("crl", rx(r"\bcomplete response letter\b|\bCRL\b|完全回复函", re.I)),
    ("ind", rx(r"\bIND\b|临床试验默示许可|(?:核准|批准|同意)[^，。]{0,8}(?:进行|开展|展开)?[^，。]{0,4}(?:临床试验|臨床試驗)|临床试验申请|临床试验申请(?:获|已获)|获批(?:开展)?临床|approved for clinical trials?|cleared? (?:for|to start) clinical", re.I)),
    ("filing", rx(r"\b(?:submitted|validated|accepted)\b[^.]{0,40}\b(?:applications?|NDA|BLA|MAA|sNDA|dossier)|"
                  r"\b(?:NDA|BLA|MAA|New Drug Application|Biologics? License Application|Marketing Authori[sz]ation Application)\b[^.]{0,40}\b(?:was |were |has been )?(?:submitted|filed|accepted|validated)|\bfiled\b|上市申请(?:获得|获|已获|已)?受理|上市申請(?:獲得|獲|已獲|已)?受理|(?:递交|提交|遞交)(?:了)?[^，。]{0,12}(?:上市)?申[请請]", re.I)),
    ("approval", rx(r"\bapproved\b|\bapproval\b|获批|獲批|批准|核准", re.I)),
]
_COUNTRY_AGENCY = [
    (rx(r"\bUnited States\b|\bU\.S\.|\bUS\b|美国|美國", re.I), "FDA"),
    (rx(r"\bChina\b|中国|中國|国内|國內", re.I), "NMPA"),
    (rx(r"\bJapan\b|日本", re.I), "PMDA"),
    (rx(r"\bEurope\b|\bEU\b|\bEuropean Union\b|欧盟|歐盟", re.I), "EMA"),
]
_GMP = rx(r"\bGMP\b|生产质量管理规范|inspection|检查|檢查|warning letter|警告信", re.I)
_PASS = rx(r"(?<!不)符合|通过|通過|\bcompliant\b|\bpassed\b|\bsatisfactory\b|\bno (?:critical|major) (?:findings|observations)\b|"
           r"\bGMP certificate\b|\bcertificate (?:has been |was )?(?:issued|renewed)\b|证书已更新|證書已更新|颁发[^，。]{0,6}证书", re.I)
_FAIL = rx(r"不符合|未通过|未通過|\bnon-?compliant\b|\bfailed\b|\bnot compliant\b|\bunsatisfactory\b|不合规|\bwarning letter\b|\bForm 483\b|\bOAI\b|警告信", re.I)
_ANY_EVENT = rx("|".join(f"(?:{p.pattern})" for _, p in _EVENTS), re.I)
_AGENCY_PARENT = {"CDE": "NMPA", "CHMP": "EMA", "MHLW": "PMDA"}
_CLINICAL_STAGES = {"preclinical", "ind", "iit", "phase1", "phase1/2", "phase2", "phase2/3", "phase3"}
_NOT_AN_EVENT = rx(r"\bIND\s+(?:and|or)\b|expected|预计|有望|plans? to|将于", re.I)


@lru_cache(maxsize=1)
def _gmp_words() -> tuple[list[tuple[str, str]], list[tuple[str, str]]]:
    data = load_yaml("gmp.yaml")
    def pairs(items: list[dict]) -> list[tuple[str, str]]:
        return sorted(((a, i["name"]) for i in items for a in i["aliases"]), key=lambda p: -len(p[0]))
    return pairs(data["scopes"]), pairs(data["findings"])


def build_regulatory(ctx: Context, row_notes: list[tuple[Sentence, str | None, str | None, str | None]] = ()) -> list[RegulatoryEvent]:
    if not ctx.article.document.relevant:
        return []
    records: list[RegulatoryEvent] = []
    for sentence in ctx.sentences:
        if sentence.text.count("|") >= 3:
            continue
        if _GMP.search(sentence.text) and (re.search(r"GMP|生产质量", ctx.text[max(0, sentence.start - 300):sentence.end])
                                           or _names_scope(sentence.text)):
            records.extend(_gmp_events(ctx, sentence))
            continue
        if _ANY_EVENT.search(sentence.text):
            records.extend(_events(ctx, sentence, None, None))
    for sentence, asset, company, stage in row_notes:
        for record in _events(ctx, sentence, asset, company):
            if record.event == "approval" and stage in _CLINICAL_STAGES:
                record.event = "ind"
            records.append(record)
    return _merge(records)


def _events(ctx: Context, sentence: Sentence, asset: str | None, company: str | None) -> list[RegulatoryEvent]:
    out = []
    found = [event for event, pattern in _EVENTS if _event_match(pattern, sentence.text)]
    if set(found) & {"ind", "fast_track", "breakthrough", "orphan"}:
        found = [e for e in found if e != "approval"]
    for event in found:
        agencies = _agencies(ctx, sentence, event)
        if not agencies:
            continue
        the_asset = asset or _asset(ctx, sentence)
        if event in ("approval", "filing") and the_asset is None and asset is None:
            continue
        for agency in agencies:
            out.append(_record(ctx, sentence, event, agency, the_asset, company))
    return out


def _event_match(pattern: re.Pattern[str], text: str) -> bool:
    """An event the text reports, not one it expects ("expected to be approved", "预计获批")."""
    match = pattern.search(text)
    if not match:
        return False
    return not _NOT_AN_EVENT.search(text[max(0, match.start() - 20):match.end()]) and \
        not rx(r"^\s*(?:is|are)?\s*(?:expected|anticipated)", re.I).match(text[match.end():match.end() + 20])


def _agencies(ctx: Context, sentence: Sentence, event: str) -> list[str]:
    named = [_AGENCY_PARENT.get(h.canonical, h.canonical) for h in ctx.hits("agency", sentence.start, sentence.end)]
    if named:
        return list(dict.fromkeys(named))
    if event in ("approval", "filing"):
        return list(dict.fromkeys(a for p, a in _COUNTRY_AGENCY if p.search(sentence.text)))
    return []


def _asset(ctx: Context, sentence: Sentence) -> str | None:
    assets = ctx.in_range(ctx.assets, sentence.start, sentence.end)
    if assets:
        return assets[0].label
    earlier = [a for a in ctx.assets if a.end <= sentence.start and sentence.start - a.end < 800]
    return earlier[-1].label if earlier else None


def _company_for(ctx: Context, sentence: Sentence) -> str | None:
    """The company an event concerns: named in the sentence, else the article's company, else the
    last one named shortly before; never an investor."""
    named = [m for m in ctx.companies_in(sentence.start, sentence.end) if m.kind != "investor"]
    if named:
        return named[0].name
    if ctx.main_company is not None:
        return ctx.main_company.name
    previous = [m for m in ctx.companies if m.end <= sentence.start and sentence.start - m.end < 400 and m.kind != "investor"]
    return previous[-1].name if previous else None


def _record(ctx: Context, sentence: Sentence, event: str, agency: str, asset: str | None,
            company: str | None, scope: str | None = None, finding: str | None = None,
            date: str | None = None) -> RegulatoryEvent:
    if date is None:
        found = nearest_date(ctx.dates, sentence.start, sentence.end, window=60, look_after=False)
        date = found.value if found else None
    indications = [h.canonical for h in ctx.hits("indication", sentence.start, sentence.end)]
    return RegulatoryEvent(
        document=ctx.doc_id, evidence=[ctx.evidence(sentence.start, sentence.end)], extractor=EXTRACTOR,
        version=VERSION, company=company or _company_for(ctx, sentence), asset=asset, agency=agency, event=event,
        scope=scope, finding=finding, indication=list(dict.fromkeys(indications)), date=date,
    )


def _gmp_events(ctx: Context, sentence: Sentence) -> list[RegulatoryEvent]:
    scopes, findings = _gmp_words()
    finding = next((name for alias, name in findings if alias.casefold() in sentence.text.casefold()), None)
    agency = _gmp_agency(ctx, sentence)
    date = _inspection_date(ctx, sentence)
    out = []
    for clause in clauses(sentence):
        scope = next((name for alias, name in scopes if alias.casefold() in clause.text.casefold()), None)
        if scope is None:
            continue
        event = "gmp_fail" if _FAIL.search(clause.text) else "gmp_pass" if _PASS.search(clause.text) else None
        if event is None:
            continue
        out.append(_record(ctx, sentence, event, agency or "EMA", None, None, scope,
                           finding if event == "gmp_fail" else None, date))
    return out


def _names_scope(text: str) -> bool:
    scopes, _ = _gmp_words()
    folded = text.casefold()
    return any(alias.casefold() in folded for alias, _ in scopes)


def _gmp_agency(ctx: Context, sentence: Sentence) -> str | None:
    """The inspecting agency: named in the sentence, else the EU's when the sentence says so, else
    the one named nearest before."""
    in_sentence = ctx.hits("agency", sentence.start, sentence.end)
    if in_sentence:
        return in_sentence[-1].canonical
    if rx(r"\bEU\b|European Union|欧盟|歐盟|EU GMP").search(sentence.text):
        return "EMA"
    para_start, _ = ctx.paragraph_of(sentence.start)
    for start in (para_start, max(0, para_start - 600)):
        hits = ctx.hits("agency", start, sentence.end)
        if hits:
            return hits[-1].canonical
    return None


def _inspection_date(ctx: Context, sentence: Sentence) -> str | None:
    para_start, _ = ctx.paragraph_of(sentence.start)
    window_start = max(0, para_start - 600)
    for s in reversed([s for s in ctx.sentences if window_start <= s.start <= sentence.start]):
        keyword = re.search(r"检查|檢查|inspect", s.text, re.I)
        if keyword:
            dates = [d for d in ctx.in_range(ctx.dates, s.start, s.end) if not d.relative]
            if dates:
                at = s.start + keyword.start()
                return min(dates, key=lambda d: abs(d.start - at)).value
    found = nearest_date(ctx.dates, sentence.start, sentence.end, window=80)
    return found.value if found else None


def _merge(records: list[RegulatoryEvent]) -> list[RegulatoryEvent]:
    merged: dict[tuple, RegulatoryEvent] = {}
    for r in records:
        key = (r.event, r.agency if not r.event.startswith("gmp") else "", r.scope, r.asset)
        existing = merged.get(key)
        if existing is None:
            merged[key] = r
            continue
        if r.event.startswith("gmp") and r.date and (existing.date is None or r.date < existing.date):
            existing.date = r.date
            existing.agency = r.agency if existing.agency == "EMA" and r.agency != "EMA" else existing.agency
        for field in ("company", "finding", "date"):
            if getattr(existing, field) is None:
                setattr(existing, field, getattr(r, field))
        existing.evidence.extend(e for e in r.evidence if e not in existing.evidence)
    return list(merged.values())
