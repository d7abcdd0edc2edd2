"""Production facilities: cyclotrons, reactors, generators, GMP plants and radiopharmacies."""
from __future__ import annotations

import re

from ..model.records import Facility
from .context import Context
from .dates import nearest_date
from .sentences import Sentence
from .table import read_tables
from ..model.patterns import rx

EXTRACTOR, VERSION = "facilities", "1"

_KINDS = [
    ("cyclotron", rx(r"回旋加速器|\bcyclotrons?\b|加速器|\blinac\b|\baccelerator\b", re.I)),
    ("reactor", rx(r"反应堆|反應堆|\breactors?\b", re.I)),
    ("generator", rx(r"发生器|發生器|\bgenerators?\b", re.I)),
    ("radiopharmacy", rx(r"核药房|核藥房|放射性药房|\bradiopharmac(?:y|ies)\b", re.I)),
    ("generator", rx(r"generator line|发生器生产线", re.I)),
    ("gmp_plant", rx(r"生产基地|生產基地|生产线|生產線|生产中心|GMP\s*(?:plant|facility|工厂|车间)|\bmanufacturing (?:facility|plant|site|centre|center)\b|\bproduction (?:facility|plant|base|site)\b", re.I)),
]
_EVENT = rx(r"通过了?[^，。]{0,6}(?:GMP|检查|檢查)|建有|建成|投产|投產|投运|投入运营|投入運營|投入使用|正式运营|正式運營|营运|營運|运营|啟用|启用|竣工|落成|开工|获批|启动|新建|在建|commission\w*|operational|began operations|opened|completed|inaugurat\w*|start(?:ed)? production|will build|plans? to build|under construction|breaks? ground", re.I)
_NAME = rx(r"(?P<n>(?:[A-Z][\w-]*\s+){1,3}\d+(?:\.\d+)?\s*MeV)|(?P<z>\d+(?:\.\d+)?\s*MeV)")
_ZH_PLACE = rx(r"(?:位于|位於|在|于|於)(?P<p>[\u4e00-\u9fff]{2,12}?)(?:新建|建设|建設|投建)?的")
_EN_PLACE = rx(r"\b(?:in|at)\s+(?P<p>[A-Z][a-z]+(?:,\s+[A-Z][a-z]+)?)")
_CAPACITY = rx(r"(?:年产能|产能|capacity of|capacity)[^，。;,.]{0,30}?\d[\d,.]*\s*[^\s，。;,.]{0,12}|\d[\d,.]*\s*(?:万)?(?:人份|doses|Ci|GBq|TBq)\s*(?:/|per|每)?\s*(?:年|year|week|周)?", re.I)


def build_facilities(ctx: Context) -> list[Facility]:
    if not ctx.article.document.relevant:
        return []
    records: list[Facility] = _table_facilities(ctx)
    for sentence in ctx.sentences:
        if sentence.text.count("|") >= 3:
            continue
        kind = _head_kind(sentence.text)
        if kind is not None:
            record = _facility(ctx, sentence, kind)
            if record is not None:
                _merge_or_add(records, record)
    return records


def _head_kind(text: str) -> str | None:
    """The kind of site the sentence reports on: the one named last before the event word
    ("与回旋加速器配套建设的放射性药物生产基地同步通过了GMP检查" is about the plant)."""
    event = _EVENT.search(text)
    if event is None:
        return None
    named = [(m.start(), kind) for kind, pattern in _KINDS for m in pattern.finditer(text)]
    if not named:
        return None
    before = [n for n in named if n[0] < event.start()]
    return max(before)[1] if before else min(named)[1]


def _following_sentence(ctx: Context, sentence: Sentence) -> Sentence | None:
    later = [s for s in ctx.sentences if s.start >= sentence.end]
    if later and "\n\n" not in ctx.text[sentence.end:later[0].start]:
        return later[0]
    return None


def _merge_or_add(records: list[Facility], record: Facility) -> None:
    """The same site named again (headline, then body) adds what the new sentence says."""
    for existing in records:
        same_site = existing.name == record.name or existing.name is None or record.name is None
        if existing.company == record.company and existing.kind_of_site == record.kind_of_site and same_site:
            existing.nuclides = list(dict.fromkeys(existing.nuclides + record.nuclides))
            if record.date and (existing.date is None or len(record.date) > len(existing.date)):
                existing.date = record.date
            existing.name = existing.name or record.name
            existing.capacity = existing.capacity or record.capacity
            existing.evidence.extend(e for e in record.evidence if e not in existing.evidence)
            return
    records.append(record)


def _table_facilities(ctx: Context) -> list[Facility]:
    records = []
    for table in read_tables(ctx.text):
        if "facility" not in table.header or "company" not in table.header:
            continue
        for row in table.rows:
            kind_cell, company_cell = row.cells.get("facility"), row.cells.get("company")
            kind = next((k for k, p in _KINDS if kind_cell and p.search(kind_cell.text)), None)
            if kind is None or company_cell is None:
                continue
            named = ctx.companies_in(company_cell.start, company_cell.end, with_self=False)
            date_cell, site = row.cells.get("date"), row.cells.get("site")
            dates = ctx.in_range(ctx.dates, date_cell.start, date_cell.end) if date_cell else []
            nuclide_cell = row.cells.get("nuclide")
            nuclides = ctx.in_range(ctx.nuclides, nuclide_cell.start, nuclide_cell.end) if nuclide_cell else []
            records.append(Facility(
                document=ctx.doc_id, evidence=[ctx.evidence(row.start, row.end)], extractor=EXTRACTOR, version=VERSION,
                company=named[0].name if named else company_cell.text, kind_of_site=kind,
                name=site.text if site else None, date=dates[0].value if dates else None,
                nuclides=list(dict.fromkeys(n.nuclide for n in nuclides)), capacity=None))
    return records


def _facility(ctx: Context, sentence: Sentence, kind: str) -> Facility | None:
    company = _company(ctx, sentence)
    if company is None:
        return None
    nuclides = list(dict.fromkeys(n.nuclide for n in ctx.in_range(ctx.nuclides, sentence.start, sentence.end)))
    following = _following_sentence(ctx, sentence)
    if following is not None and rx(r"^(?:该|該|其|It|The|This)\b|^(?:该|該|其)", re.I).match(following.text):
        nuclides += [n.nuclide for n in ctx.in_range(ctx.nuclides, following.start, following.end) if n.nuclide not in nuclides]
    name = _NAME.search(sentence.text) or _ZH_PLACE.search(sentence.text) or _EN_PLACE.search(sentence.text)
    capacity = _CAPACITY.search(sentence.text)
    date = nearest_date(ctx.dates, sentence.start, sentence.end, window=200)
    return Facility(
        document=ctx.doc_id, evidence=[ctx.evidence(sentence.start, sentence.end)], extractor=EXTRACTOR,
        version=VERSION, company=company, kind_of_site=kind, name=_name(name),
        date=date.value if date else None, nuclides=nuclides, capacity=capacity.group(0).strip() if capacity else None,
    )


def _company(ctx: Context, sentence: Sentence) -> str | None:
    named = ctx.companies_in(sentence.start, sentence.end)
    if named:
        return named[0].name
    para_start, _ = ctx.paragraph_of(sentence.start)
    named = ctx.companies_in(max(para_start, sentence.start - 300), sentence.start)
    if named:
        return named[-1].name
    return ctx.main_company.name if ctx.main_company else None


def _name(match) -> str | None:
    if match is None:
        return None
    return (match.groupdict().get("p") or match.group(0)).strip()
