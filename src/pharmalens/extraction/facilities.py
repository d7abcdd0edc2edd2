"""Production facilities: cyclotrons, reactors, generators, GMP plants and radiopharmacies.

A site is reported where a clause names a kind of site (data/cues/facilities.yaml) and something
happening to it (built, commissioned, producing, irradiating). The kind is the site the clause is
about: a reactor's or cyclotron's building ("反应堆厂房") is the reactor; a plant built to go with a
cyclotron is the plant; a plant and the cyclotrons installed in it, reported together, are one
cyclotron site. The owner is the institute or company written before the site, else the clause's
subject; nuclides come from the sentence and the one that goes on about the site; the date is the
one of its completion or start of operation where stated, even in a later sentence.
"""
from __future__ import annotations

import re
from functools import lru_cache

from ..documents.language import to_simplified
from ..model.records import Facility
from .context import Context
from .cues import Cue, cue_sets
from .events import clause_around, event_company, not_when_it_happened
from .facility_plans import planned_builds
from .places import chinese_places
from .sentences import Sentence
from ..model.patterns import rx

EXTRACTOR, VERSION = "facilities", "2"

_SPECIFIC = ("cyclotron", "reactor", "generator", "radiopharmacy")
_CODE_REACTOR = rx(r"[A-Z]{2,}[0-9-]*\s?堆")
_SITE_WORD = rx(r"\b(?:facility|plant)\b", re.I)
_OWNER = rx(r"(?P<o>[\u4e00-\u9fff]{2,28}?(?:研究所|研究院|设计院|公司|集团|大学|医院))\s?[A-Za-z0-9-]*\s?$")
_OWNER_BOUNDARY = rx(r"[,;。、了的在由于从向为把将对]")
_ANAPHOR = rx(r"^(?:该|此|其|这|(?:项目|基地|工厂|厂区|新厂)(?:建成|投产|完工|落成|达产)|(?:该|此)?(?:项目|基地)由|It\b|"
              r"(?:The|This|These)\s+(?:[\w'’-]+\s+){0,3}?(?:facility|facilities|plant|site|project|cyclotron|reactor|"
              r"centre|center|line|expansion)\b|"
              r"(?:When|Once)\s+(?:fully\s+)?(?:operational|complete|completed|built|running|finished)\b|"
              r"(?:全面|正式)?(?:建成|投产|达产|投运)[^，,。]{0,4}后)", re.I)  # "When fully operational in 2028, the site …"
_EQUIPMENT = rx(r"\b(?:two|three|four|five|six|\d+)\s+(?:new\s+)?[a-z]+s$|(?:\d+|[一两二三四五六七八九十])\s*台[^,;。]{0,10}$", re.I)
_NAME_STOP = rx(r"(?:\b(?:its|the|a|an|of|at|in|new|planned)\b|\b(?:first|second|third|largest|biggest|only|sole)\b(?:\s+commercial)?|(?:首|第[一二三四五六七八九十\d]{1,2})[台座个家条](?:商业化)?|(?<!\d),|,(?!\d)|其中|(?<=[\u4e00-\u9fff])[ \u3000](?=[\u4e00-\u9fff])|[;:。的在于了与其该\n】]|旗下|举行|举办|建设|兴建|建造|以及|用于|(?<![\d第])[一二两三四五六七八九十\d]{1,2}(?:座|条|个|家|处)|"
                r"\b\d[\d,.]*[- ](?:square[- ](?:foot|feet|metre|meter)|sq\.?\s?ft)\b-?)\s*", re.I)  # a size is no name
_CAPACITY = rx(r"[^,;。\n]{0,30}?\d[\d,.]*\s*万?(?:人份|剂|居里|毫居里|[Cc]uries|millicuries|Ci|mCi|GBq|TBq|(?:patient\s+)?doses)(?:\s*/\s*(?:年|周|天|日))?"  # a unit past a code
               r"|[^,;。\n]{0,30}?(?<![\[［\d])\d[\d,.]*(?!m?[A-Z][a-z]?[\]］])\s*[^\s,;。]{0,12}|\d[\d,.]*\s*(?:万)?(?:人份|doses|[Cc]uries|Ci|GBq|TBq)\s*(?:/|per|每)?\s*(?:年|year|week|周)?", re.I)
_AMOUNT_WITH_UNIT = rx(r"\d[\d,.]*\s*万?\s*(?:人份|剂|居里|毫居里|[Cc]uries|millicuries|Ci|mCi|GBq|TBq|doses)(?![A-Za-z])")  # a quantity, not "capacity for Ac-225"
_MORE_AMOUNT = rx(r"\s*(?:、|，|,|及|和|以及|,?\s+and\b)\s*[^,;。、，\n]{0,20}?\d[\d,.]*\s*万?\s*(?:人份|剂|居里|毫居里|[Cc]uries|millicuries|Ci|mCi|GBq|TBq|doses)(?![A-Za-z])")
_PER_PERIOD = rx(r"(?:(?:\s+of\s+|(?<=[里q])\s*)(?:[A-Z][a-z]?-\d{1,3}m?|[a-z]+-\d{1,3}m?|[\u4e00-\u9fff]-?\d{1,3}))?"
                 r"(?:\s*(?:per|a|each|/)\s*(?:year|annum|week|month|day)\b)?", re.I)  # "5 Ci of Ac-225 per year"
_PLACE_AFTER = rx(r"(?:\s+(?:facility|plant|site|centre|center))?\s+in\s+(?:[A-Z][A-Za-z.'-]+)(?:,?\s+[A-Z][A-Za-z.'-]+){0,2}")
_FOLLOW_UP = 600
_POSSESSIVE = rx(r"(?:['’]s?)?\s*(?:(?:opens|opened|opening|expands|expanded|expanding|builds|built|breaks ground on|"
                 r"(?:to|will|plans to)\s+(?:build|open|expand|construct)|building|constructing|"
                 r"completes|completed|unveils|unveiled|launches|launched|commissions|commissioned)\s+)?(?:(?:a|an|its|the|new)\s+)*", re.I)
_GENERIC_NAME_WORDS = {"new", "medical", "isotope", "isotopes", "production", "facility", "facilities", "plant", "site",
                       "gmp", "manufacturing", "radiopharmaceutical", "radiopharmacy", "the", "its", "cyclotron",
                       "reactor", "generator", "line", "centre", "center", "base", "mev", "high-flux", "research"}
_INSIDE_THE_SITE = rx(r"(?:厂内|厂区内|基地内|园区内|该厂|该基地|该工厂|该厂区)(?:[^,，。；;]{0,4}?)(?:设有|建有|拥有|配备|安装)")
_RELATIVE = rx(r"\s*(?:which|that|where|并|其|该|已)", re.I)
_SITE_WORD = rx(r"\b(?:facility|facilities|plant|site|reactor|cyclotron)\b|设施|基地|项目|该厂|工厂", re.I)


_TOLD_SETS = ("facilities.event", "facilities.planned_build", "facilities.completion")  # what a sentence adds needs one


def build_facilities(ctx: Context) -> list[Facility]:
    if not ctx.article.document.relevant:
        return []
    records: list[Facility] = _table_facilities(ctx)
    for sentence in ctx.sentences_holding(_TOLD_SETS):  # each other sentence gives nothing
        if sentence.text.count("|") >= 3:
            continue
        found = [_facility(ctx, sentence, kind, cue) for kind, cue in _sites(ctx, sentence)]
        found = _one_site_per_sentence([f for f in found if f is not None])
        for record in found:
            if _INSIDE_THE_SITE.match(sentence.text):
                record.name = None  # "厂内设有一座回旋加速器": the site just named, not another
                record.company = records[-1].company if records else record.company  # and its owner's
            _merge_or_add(records, record)
        if not found and records:
            _completion_stated_later(ctx, records[-1], sentence)
    return records


@lru_cache(maxsize=1)
def _kind_sets() -> tuple[tuple[str, str], ...]:
    return tuple((name, name.rsplit(".", 1)[1]) for name in cue_sets() if name.startswith("facilities.kind."))


def _kinds(ctx: Context, start: int, end: int) -> list[tuple[str, Cue]]:
    """Kinds of site named in a span; not a compound adjective ("reactor-produced isotopes")."""
    held = ctx.memo.get(("facilities.kind_sets",))
    if held is None:  # the sets the article holds a cue of: no other has one in any span
        held = ctx.memo[("facilities.kind_sets",)] = tuple((n, k) for n, k in _kind_sets() if ctx.cues.has(n))
    found = [(kind, cue) for name, kind in held for cue in ctx.cues.hits(name, start, end)
             if "-" not in cue.phrase]
    for match in _CODE_REACTOR.finditer(ctx.text, start, end):
        found.append(("reactor", Cue(match.start(), match.end(), "facilities.kind.reactor", match.group(0))))
    for match in _SITE_WORD.finditer(ctx.text, start, end):  # "its new lutetium-177 facility": an isotope's plant
        if any(match.start() - n.end <= 2 for n in ctx.in_range(ctx.nuclides, max(start, match.start() - 24), match.start())) \
                and not any(c.start <= match.start() < c.end for _, c in found):
            found.append(("gmp_plant", Cue(match.start(), match.end(), "facilities.kind.gmp_plant", match.group(0))))
    return sorted(found, key=lambda k: k[1].start)


def _sites(ctx: Context, sentence: Sentence) -> list[tuple[str, Cue]]:
    """(kind, the word naming the site) for each event of the sentence."""
    sites: list[tuple[str, Cue]] = []
    for event in [*ctx.cues.hits("facilities.event", sentence.start, sentence.end), *planned_builds(ctx, sentence)]:
        start, end = clause_around(ctx, sentence, event.start)
        named = _kinds(ctx, start, end)
        if not named:  # "the plant in X, which opened in 2025"; "the 30 MeV cyclotron, commissioned in 2026"
            named = _site_before(ctx, sentence, start)
        if not named:
            continue
        before = [k for k in named if k[1].end <= event.start]
        kind, cue = _head(ctx, before) if before else named[0]
        if all(c.start != cue.start for _, c in sites):
            sites.append((kind, cue))
    return sites


def _site_before(ctx: Context, sentence: Sentence, start: int) -> list[tuple[str, Cue]]:
    """The site of the clause before an event's clause, over a place written between them ("its
    cyclotron facility in Leuven, Belgium, began operations")."""
    back = start
    for _ in range(2):
        previous_start = clause_around(ctx, sentence, max(sentence.start, back - 2))[0]
        if previous_start >= back or not _PLACE_ONLY.fullmatch(ctx.text[previous_start:back].strip(" ,")):
            break
        back = previous_start
    previous = _kinds(ctx, clause_around(ctx, sentence, max(sentence.start, back - 2))[0], back)[-1:]
    if not previous:
        return []
    cue = previous[0][1]
    placed = _PLACE_TAIL.fullmatch(ctx.text, cue.end, back)
    return previous if _RELATIVE.match(ctx.text, start) or _ends_clause(ctx, cue, back) or placed else []


_FULL_STOP = rx(r"(?<=[a-z]{3})\.$")  # "…in Madison.", not "St." or "U.S."
_PLACE_ONLY = rx(r"[A-Z][\w.'-]*(?:\s+[A-Z][\w.'-]*){0,2}")
_PLACE_TAIL = rx(r"(?:\s+(?:facility|plant|site|centre|center|building))?\s+(?:in|at|near)\s+[A-Z][\w.'-]*(?:\s+[A-Z][\w.'-]*){0,2}\s*,?\s*")


def _ends_clause(ctx: Context, cue: Cue, clause_start: int) -> bool:
    return not ctx.text[cue.end:clause_start].strip(" ,;")


def _head(ctx: Context, named: list[tuple[str, Cue]]) -> tuple[str, Cue]:
    """The site a Chinese or English noun phrase is about: the last named, unless it is the
    building of a reactor or cyclotron named just before it ("反应堆厂房", "cyclotron facility")."""
    kind, cue = named[-1]
    if kind == "gmp_plant" and len(named) > 1:
        prev_kind, prev = named[-2]
        if prev_kind in _SPECIFIC and cue.start - prev.end <= 2:
            return prev_kind, prev
    return kind, cue


def _facility(ctx: Context, sentence: Sentence, kind: str, cue: Cue) -> Facility | None:
    company = _written_owner(ctx, sentence, cue) or _pronoun_owner(ctx, sentence, cue) \
        or event_company(ctx, sentence, cue.start)
    if company is None:
        return None
    nuclides = [n.nuclide for n in ctx.in_range(ctx.nuclides, sentence.start, sentence.end)]
    following = _following_sentence(ctx, sentence)
    capacity, evidence = _capacity(ctx, sentence), [ctx.evidence(sentence.start, sentence.end)]
    if following is not None and _ANAPHOR.match(following.text) and (
            "\n\n" not in ctx.text[sentence.end:following.start] or _SITE_WORD.search(following.text)):
        nuclides += [n.nuclide for n in ctx.in_range(ctx.nuclides, following.start, following.end)]
        told_after = None if capacity else _capacity(ctx, following)  # "The plant will produce up to 5 Ci a year"
        told_after = told_after if told_after and _AMOUNT_WITH_UNIT.search(told_after) else None
        capacity, evidence = capacity or told_after, evidence + ([ctx.evidence(following.start, following.end)] if told_after else [])
    return Facility(
        document=ctx.doc_id, evidence=evidence, extractor=EXTRACTOR,
        version=VERSION, company=company, kind_of_site=kind, name=_name(ctx, sentence, cue),
        date=_date(ctx, sentence), nuclides=list(dict.fromkeys(nuclides)), capacity=capacity,
    )


def _written_owner(ctx: Context, sentence: Sentence, cue: Cue) -> str | None:
    """An institute or company written right before its site ("X研究所CMRR堆")."""
    window_start = max(sentence.start, cue.start - 40)
    boundary = None
    for boundary in _OWNER_BOUNDARY.finditer(ctx.text, window_start, cue.start):
        pass
    start = boundary.end() if boundary else window_start
    match = _OWNER.search(ctx.text, start, cue.start)
    if match is None:
        return None
    named = ctx.companies_in(match.start("o"), match.end("o"), with_self=False)
    return named[-1].name if named else ctx.evidence(match.start("o"), match.end("o")).quote


_ITS_SITE = rx(r"(?:\bits\s+(?:[\w.-]+\s+){0,4}|其(?:位于)?[^，,。；;]{0,12})$", re.I)
_OBJECT_BEFORE = rx(r"(?:\b(?:for|with|to|from|by|of|and)\s+|[与和向为从替给及])$", re.I)
_OWNER_AFTER = rx(r"['’]s?\b|\s*的")
_RELATIVE_AFTER = rx(r"\s*,\s*(?:which|who)\b", re.I)


def _pronoun_owner(ctx: Context, sentence: Sentence, cue: Cue) -> str | None:
    """"X said Y will make Ga-68 for Z's drug at its cyclotron": 'its' (其) is the company that acts
    nearest before it, not a company the clause is about, serves or owns a drug of."""
    if not _ITS_SITE.search(ctx.text, max(sentence.start, cue.start - 40), cue.start):
        return None
    for mention in reversed(ctx.companies_in(sentence.start, cue.start, with_self=False)):
        if _OWNER_AFTER.match(ctx.text, mention.end):
            continue
        if _OBJECT_BEFORE.search(ctx.text, max(0, mention.start - 6), mention.start) \
                and not _RELATIVE_AFTER.match(ctx.text, mention.end):
            continue
        return mention.name
    return None


def _name(ctx: Context, sentence: Sentence, cue: Cue) -> str | None:
    """The site as the sentence names it: the words before the kind word back to a determiner or a
    stop ("Bunker Hill, Indiana, medical isotope production facility", "苗栗核医药厂房")."""
    start = max(sentence.start, cue.start - 60)
    while start > sentence.start and start < cue.start and ctx.text[start - 1:start + 1].isascii() \
            and ctx.text[start - 1:start + 1].isalnum():
        start += 1  # the window opened inside a word ("worl|d's"): the name starts at the next one
    stops = list(_NAME_STOP.finditer(ctx.text, start, cue.start))
    if stops:
        start = stops[-1].end()
    owners = [m for m in ctx.companies_in(start, cue.start, with_self=False)
              if ctx.text[m.start:m.end].isascii() or ctx.text[m.start:m.end].endswith("公司")]
    if owners:  # "X opens Ac-225 production facility", "X's Leuven plant": the site begins after its owner
        start = _POSSESSIVE.match(ctx.text, owners[-1].end).end()
    name = ctx.quote(start, cue.end).strip()
    if _EQUIPMENT.search(ctx.text, start, cue.end):
        return None  # "installs two cyclotrons": machines counted, not a site named
    if not _site_words(ctx.text[start:cue.end]):
        clause_start = clause_around(ctx, sentence, cue.start)[0]
        before = ctx.text[clause_start:start]
        at, place = max(((ctx.text.rfind(p, clause_start, start), p) for p in chinese_places()
                         if p in before), default=(-1, None))  # 江苏常州: the nearer, 常州
        if place:
            name = ctx.evidence(at, at + len(place)).quote + name  # "位于成都的核药房": the 成都 site, as the file writes it
        located = _PLACE_AFTER.match(ctx.text, cue.end, sentence.end)
        if located and not place:
            end = located.end() - (1 if _FULL_STOP.search(ctx.text, start, located.end()) else 0)
            name = ctx.quote(start, end).strip()  # "a manufacturing facility in Lisbon"
    return name


def _date(ctx: Context, sentence: Sentence) -> str | None:
    """The site's completion or start of operation where the sentence dates it, else the date the
    sentence states, else the one before it in its paragraph."""
    dates = ctx.in_range(ctx.dates, sentence.start, sentence.end)
    for cue in ctx.cues.hits("facilities.completion", sentence.start, sentence.end):
        start, end = clause_around(ctx, sentence, cue.start)
        near = [d for d in dates if start <= d.start < end]
        if near:
            return near[-1].value
    if dates:
        return dates[0].value
    para_start, _ = ctx.paragraph_of(sentence.start)
    earlier = [d for d in ctx.in_range(ctx.dates, max(para_start, sentence.start - 200), sentence.start)
               if not not_when_it_happened(ctx, d.start)  # "…预计2027年投产；乙将建设一座核药房": another site's plan
               and not _UNTIL.search(ctx.text, max(0, d.start - 12), d.start)]  # "offline until February 2027": another site's
    return earlier[-1].value if earlier else None


_UNTIL = rx(r"\b(?:until|till|through)\s+$|(?:直至|直到)\s*$", re.I)


def _capacity(ctx: Context, sentence: Sentence) -> str | None:
    cue = next(iter(ctx.cues.hits("facilities.capacity", sentence.start, sentence.end)), None)
    if cue is None:
        return None
    match = _CAPACITY.match(ctx.text, cue.end, sentence.end)
    if match is None:
        return None  # "产能再扩容" states none
    end = (_PER_PERIOD.match(ctx.text, match.end(), sentence.end) or match).end()
    while _AMOUNT_WITH_UNIT.search(ctx.text, match.start(), end) and (more := _MORE_AMOUNT.match(ctx.text, end, sentence.end)):
        end = more.end()  # "年产镥-177药物1000Ci、锕-225药物20Ci": every product's amount
    end -= ctx.text[end - 1] == "."  # "capacity to 250,000 doses.": the sentence's full stop
    return ctx.quote(cue.start, end).strip()


def _following_sentence(ctx: Context, sentence: Sentence) -> Sentence | None:
    later = [s for s in ctx.sentences if s.start >= sentence.end]
    return later[0] if later else None


def _one_site_per_sentence(found: list[Facility]) -> list[Facility]:
    """A plant and the cyclotrons (or reactor) reported in the same sentence for the same owner are
    one site of the more specific kind, unless their names place them apart (桃园 and 台中)."""
    out: list[Facility] = []
    for record in found:
        twin = next((r for r in out if r.company == record.company
                     and {r.kind_of_site, record.kind_of_site} & {"gmp_plant"}
                     and {r.kind_of_site, record.kind_of_site} & set(_SPECIFIC) and _same_site(r, record)), None)
        if twin is None:
            out.append(record)
            continue
        if twin.kind_of_site == "gmp_plant":
            twin.kind_of_site = record.kind_of_site
        else:
            twin.name = record.name
    return out


def _same_site(a: Facility, b: Facility) -> bool:
    """Two mentions of one company's site of one kind are one site unless their names place them
    apart (西安 and 郑州; Jinan and Qingdao)."""
    x, y = _site_words(a.name), _site_words(b.name)
    return not (x and y and not x & y)


def _named_alike(a: Facility, b: Facility) -> bool:
    """Two names of one site: they share a place, or one ends the other ("Medical Isotope Production
    Facility" and "the medical isotope production facility"), or only one of them is named."""
    if not a.name or not b.name:
        return bool(a.name or b.name)  # a plant named and its cyclotrons counted in another sentence
    x, y = _site_words(a.name), _site_words(b.name)
    if x and y:
        return bool(x & y)
    m, n = a.name.casefold(), b.name.casefold()
    return m.endswith(n) or n.endswith(m)


@lru_cache(maxsize=256)  # a site's name is compared with each record of its company's
def _site_words(name: str | None) -> frozenset[str]:
    if not name:
        return frozenset()
    simplified = to_simplified(name)  # 桃園 is the place 桃园
    words = {p for p in chinese_places() if p in simplified}
    words |= {w for w in re.findall(r"(?<![\dA-Za-z-])[A-Z][A-Za-z'-]+", name)
              if w.casefold() not in _GENERIC_NAME_WORDS and not w.endswith("-")}  # "Ac-" of Ac-225, "Lu" of 177Lu: no place
    return frozenset(words)


def _merge_or_add(records: list[Facility], record: Facility) -> None:
    """The same site named again (headline, then body) adds what the new sentence says; a plant
    named again as the site of a company's cyclotron or reactor is that site."""
    for existing in records:
        if existing.company != record.company:
            continue
        kinds = {existing.kind_of_site, record.kind_of_site}
        same_kind = existing.kind_of_site == record.kind_of_site and _same_site(existing, record)
        plant_of_specific = "gmp_plant" in kinds and kinds & set(_SPECIFIC) and _named_alike(existing, record)
        if not (same_kind or plant_of_specific):
            continue
        if existing.kind_of_site == "gmp_plant" and record.kind_of_site in _SPECIFIC:
            existing.kind_of_site = record.kind_of_site
        existing.nuclides = list(dict.fromkeys(existing.nuclides + record.nuclides))
        if record.date and (existing.date is None or len(record.date) > len(existing.date)):
            existing.date = record.date
        existing.name = existing.name or record.name
        existing.capacity = existing.capacity or record.capacity
        existing.evidence.extend(e for e in record.evidence if e not in existing.evidence)
        return
    records.append(record)


def _completion_stated_later(ctx: Context, record: Facility, sentence: Sentence) -> None:
    """"该基地预计2028年建成投产" after the sentence that named the site: the site's date, and the
    capacity the same sentence gives."""
    last, here = record.evidence[-1], ctx.evidence(sentence.start, sentence.end)
    told_already = (last.start, last.end) == (here.start, here.end)  # the capacity's sentence dates it too
    if not told_already and not 0 <= here.start - last.end <= _FOLLOW_UP:
        return
    for cue in ctx.cues.hits("facilities.completion", sentence.start, sentence.end):
        start, end = clause_around(ctx, sentence, cue.start)
        dates = [d for d in ctx.in_range(ctx.dates, start, end) if not d.relative]
        if dates:
            record.date = dates[-1].value
            capacity = None if record.capacity else _capacity(ctx, sentence)
            if capacity and _AMOUNT_WITH_UNIT.search(capacity):
                record.capacity = capacity  # "…expected to start in 2030 and annual output of 30,000 curies"
            if not told_already:
                record.evidence.append(here)
            return


def _table_facilities(ctx: Context) -> list[Facility]:
    records = []
    for table in ctx.layout.tables:
        if "facility" not in table.header or "company" not in table.header:
            continue
        for row in table.rows:
            kind_cell, company_cell = row.cells.get("facility"), row.cells.get("company")
            if kind_cell is None or company_cell is None:
                continue
            kinds = _kinds(ctx, kind_cell.start, kind_cell.end)
            if not kinds:
                continue
            named = ctx.companies_in(company_cell.start, company_cell.end, with_self=False)
            date_cell, site = row.cells.get("date"), row.cells.get("site")
            dates = ctx.in_range(ctx.dates, date_cell.start, date_cell.end) if date_cell else []
            nuclide_cell = row.cells.get("nuclide")
            nuclides = ctx.in_range(ctx.nuclides, nuclide_cell.start, nuclide_cell.end) if nuclide_cell else []
            records.append(Facility(
                document=ctx.doc_id, evidence=[ctx.evidence(row.start, row.end)], extractor=EXTRACTOR, version=VERSION,
                company=named[0].name if named else company_cell.text, kind_of_site=kinds[0][0],
                name=site.text if site else None, date=dates[0].value if dates else None,
                nuclides=list(dict.fromkeys(n.nuclide for n in nuclides)), capacity=None))
    return records

