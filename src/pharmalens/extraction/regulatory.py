"""Regulatory events: approvals, filings, IND clearances, designations, CRLs, GMP inspection outcomes.

Events are read per clause from cue sets (data/cues/regulatory.yaml): an IND clearance or a
designation is not also an approval, an accepted filing is not an approval, a refusal is no event,
an event only expected or planned is none, and two events joined by "且/and" are both events
("获批上市且获得孤儿药资格"). The agency is the one the clause or sentence names (CDE steps are NMPA's,
data/agencies.yaml), else the country's regulator for approvals and filings; the company is the
clause's subject (a partner that got the designation is the company), else the sentence's.
GMP inspections are read apart: the outcome (a close-out letter or a lifted import alert is a pass,
a warning letter or import alert a fail) per clause where clauses name the part of the plant.
"""
from __future__ import annotations

import re
from functools import lru_cache

from ..model.records import RegulatoryEvent
from ..model.vocabulary import load_yaml
from .context import Context
from .cues import Cue, cue_sets
from .dates import nearest_date
from .events import event_company, event_date, form_asset_name, joint_subjects, written_asset
from .sentences import Sentence, clauses
from .trial_permits import approves_a_trial_before, approves_an_earlier_application, permits_a_trial
from ..model.patterns import rx
from .agency_groups import agency_groups, nearest_group
from .event_agencies import countries, event_agencies, recorded_as
from .regulatory_merging import merged_events
from .assets import AssetMention
from .condition_lists import condition_items
from .regulatory_assets import event_asset, list_items, listed_under_intros, listed_with, own_asset, own_indications

EXTRACTOR, VERSION = "regulatory", "3"

_PRODUCT_EVENTS = ("approval", "filing", "ind", "breakthrough", "orphan", "fast_track", "crl")
_CLINICAL_STAGES = {"preclinical", "ind", "iit", "phase1", "phase1/2", "phase2", "phase2/3", "phase3"}
_CODE = rx(r"[A-Z]{1,6}-?\d[\w-]*")
_PASSED = rx(r"通过了?[^,;。]{0,24}?(?:检查|认证|查厂|核查|查核|审计)|\bpassed\b[^,;.]{0,40}?\binspection", re.I)
_SECTION_HEADING = rx(r"【[^】]{1,12}】|[一二三四五六七八九十]{1,2}\s*[、.]\s*\S{1,8}|#+\s*\S{1,12}")  # 【受理】 over a list
_GMP_ANCHOR = rx(r"GMP|生产质量|inspect|检查|查厂|查核|警告信|warning letter|import alert|进口警示", re.I)


@lru_cache(maxsize=1)
def _event_sets() -> tuple[tuple[str, str], ...]:
    return tuple((name, name.rsplit(".", 1)[1]) for name in cue_sets() if name.startswith("regulatory.event."))


@lru_cache(maxsize=1)
def _telling_sets() -> tuple[str, ...]:
    """The cue sets without which no clause of a sentence reports an event."""
    return tuple(name for name, _ in _event_sets()) + ("regulatory.application", "regulatory.agrees")


@lru_cache(maxsize=1)
def _gmp_words() -> tuple[list[tuple[str, str]], list[tuple[str, str]]]:
    data = load_yaml("gmp.yaml")

    def pairs(items: list[dict]) -> list[tuple[str, str]]:
        ordered = sorted(((a, i["name"]) for i in items for a in i["aliases"]), key=lambda p: -len(p[0]))
        return [(a.casefold(), name) for a, name in ordered]  # compared with folded text
    return pairs(data["scopes"]), pairs(data["findings"])


def build_regulatory(ctx: Context, row_notes: list[tuple[Sentence, str | None, str | None, str | None]] = ()) -> list[RegulatoryEvent]:
    if not ctx.article.document.relevant:
        return []
    records: list[RegulatoryEvent] = []
    telling_sets = [name for name in _telling_sets() if ctx.cues.has(name)]  # a sentence holds only the article's cues
    conditions = condition_items(ctx) if ctx.cues.has("regulatory.condition_intro") else []
    for sentence in ctx.sentences_holding(("regulatory.gmp_context", *telling_sets)):
        if sentence.text.count("|") >= 3 or _SECTION_HEADING.fullmatch(sentence.text.strip()):
            continue
        if any(start <= sentence.start < end for start, end in conditions):
            continue  # "(c) approval in China" under "payable upon the following milestones:"
        gmp = _gmp_events(ctx, sentence) if ctx.cues.has("regulatory.gmp_context", sentence.start, sentence.end) else []
        if gmp:
            records.extend(gmp)
            continue
        if not any(ctx.cues.has(name, sentence.start, sentence.end) for name in telling_sets):
            continue
        names = [name for name, _ in _present_event_sets(ctx)]
        lists = [list_items(ctx, clause, names) for clause in _clauses(ctx, sentence)]
        telling = [(c, items, cues) for items in lists for c in items if (cues := _clause_cues(ctx, c))]
        for clause, items, cues in telling:
            others = tuple((c.start, c.end) for c, _, _ in telling if c is not clause)
            siblings = tuple((c.start, c.end) for c in items if c is not clause)
            records.extend(_events(ctx, sentence, clause, others=others, siblings=siblings, cues=cues))
    records.extend(_listed_under(ctx, telling_sets))
    for sentence, asset, company, stage in row_notes:
        for record in _events(ctx, sentence, sentence, asset, company):
            if record.event == "approval" and stage in _CLINICAL_STAGES:
                record.event = "ind"
            records.append(record)
    return merged_events(records, _alias_map(ctx))


def _clauses(ctx: Context, sentence: Sentence) -> tuple[Sentence, ...]:
    """A sentence's clauses, split once: the inspection reader and the event reader both ask."""
    key = ("regulatory.clauses", sentence.start, sentence.end)
    found = ctx.memo.get(key)
    if found is None:
        found = ctx.memo[key] = tuple(clauses(sentence))
    return found


def _listed_under(ctx: Context, telling_sets: list[str]) -> list[RegulatoryEvent]:
    """"本周共有3款药物被纳入突破性治疗品种，包括：" over "1）甲公司的X，拟用于…": the intro's event is each
    listed drug's, with the item's company and indication."""
    out: list[RegulatoryEvent] = []
    for intro, items in listed_under_intros(ctx, telling_sets):
        for item in items:
            named = ctx.in_range(ctx.assets, item.start, item.end)
            if not named:
                continue
            owners = ctx.companies_in(item.start, item.end, with_self=False)
            for record in _events(ctx, intro, intro, written_asset(ctx, named[0]), owners[0].name if owners else None):
                record.evidence = [ctx.evidence(intro.start, intro.end), ctx.evidence(item.start, item.end)]
                record.indication = list(dict.fromkeys(h.canonical for h in own_indications(ctx, item.start, item.end, named[0])))
                out.append(record)
    return out


def _alias_map(ctx: Context) -> dict[str, str]:
    """Each bracketed second name to the name an event is filed under: the first name, unless the
    bracket holds the company's code for a product written by its common name ("X注射液(项目代号:AB12)")."""
    mapping = {}
    for a, b in ctx.asset_aliases:
        if _CODE.fullmatch(b.surface) and not _CODE.fullmatch(a.surface):
            mapping[written_asset(ctx, a)] = written_asset(ctx, b)
        else:
            mapping[written_asset(ctx, b)] = written_asset(ctx, a)
    return mapping


def _clause_cues(ctx: Context, clause: Sentence) -> dict[str, Cue]:
    """The events a clause reports, each with its cue: not refused, not only expected, not an
    approval that only describes a drug, and one event where one step is written with two words."""
    found: dict[str, Cue] = {}
    for name, event in _present_event_sets(ctx):
        hits = ctx.cues.hits(name, clause.start, clause.end)
        if event == "approval":
            hits = [h for h in hits if not _names_an_application(ctx, h) and not _grants_a_site_permit(ctx, h)]
        if hits:
            found[event] = hits[0]
    if "ind" not in found:
        agreed = [c for c in ctx.cues.hits("regulatory.agrees", clause.start, clause.end) if permits_a_trial(ctx, c)]
        if agreed:
            found["ind"] = agreed[0]  # "国家药监局同意其X开展I期临床试验": the agency clears a trial
    ind = found.get("ind")
    applications = [a for a in ctx.cues.hits("regulatory.application", clause.start, clause.end)
                    if ind is None or not 0 <= a.start - ind.end <= 2]  # "IND application": the IND itself
    if "filing" not in found and applications:
        verbs = ctx.cues.hits("regulatory.filing_verb", clause.start, clause.end)
        if verbs and _trial_application_only(ctx, clause, applications):
            found.setdefault("ind", verbs[0])  # "向FDA递交临床试验申请": the IND step, as "提交IND申请" is
        elif verbs:
            found["filing"] = verbs[0]
    elif "filing" in found and ind is not None and not applications and \
            ctx.cues.has("regulatory.trial_application", clause.start, clause.end):
        del found["filing"]  # "accepted the IND application": the IND step, no marketing filing
    elif "filing" in found and ind is None and _trial_application_only(ctx, clause, applications):
        found["ind"] = found.pop("filing")  # "临床试验申请获受理": the IND step, as "IND申请获受理" is
    if not found:
        return found
    if ctx.cues.has("regulatory.refusal", clause.start, clause.end):
        found = {e: c for e, c in found.items() if e not in ("approval", "ind")}
    plans = ctx.cues.hits("regulatory.trial_application", clause.start, clause.end)
    for event, cue in list(found.items()):
        reach = min(clause.end, cue.end + 4)  # "获批后支付": a condition that holds the event's own word
        not_yet = ctx.cues.hits("regulatory.not_yet", clause.start, reach)
        if event == "approval":
            not_yet = not_yet + ctx.cues.hits("regulatory.approval_not_yet", clause.start, reach)
        expected = [h for h in not_yet if (h.start < cue.start or h.start == cue.start and h.end > cue.end)
                    and not any(p.start <= h.start and h.end <= p.end for p in plans)]  # 临床试验计划 is no plan to act
        if expected:
            del found[event]
        elif event == "approval" and (any(b.start <= cue.start <= b.end for b in ctx.cues.hits("regulatory.background", clause.start, clause.end))
                                      or ctx.cues.has("regulatory.corporate_approver", max(clause.start, cue.start - 24), cue.start)):
            del found[event]
    approval = found.get("approval")
    if approval is not None and (permits_a_trial(ctx, approval) or approves_an_earlier_application(ctx, clause, approval)
                                 or approves_a_trial_before(ctx, clause, approval)):
        found.setdefault("ind", approval)
        del found["approval"]
        approval = None
    if approval is not None:
        for other in ("ind", "breakthrough", "orphan", "fast_track", "crl"):
            if other in found and not _joined(ctx, approval, found[other]):
                del found["approval"]
                break
    if "approval" in found and "filing" in found and not _joined(ctx, found["approval"], found["filing"]):
        strong = ctx.cues.has("regulatory.filing_strong", clause.start, clause.end)
        del found["approval" if strong else "filing"]
    return found


def _trial_application_only(ctx: Context, clause: Sentence, applications: list[Cue]) -> bool:
    """True where the clause's applications are all applications to start trials (临床试验申请)."""
    trials = ctx.cues.hits("regulatory.trial_application", clause.start, clause.end)
    return bool(trials) and all(any(t.start <= a.start and a.end <= t.end for t in trials) for a in applications)


def _names_an_application(ctx: Context, cue: Cue) -> bool:
    """"Marketing Authorisation Application", "approval application": an approval word that names the
    application asking for one, not an approval."""
    return any(0 <= a.start - cue.end <= 1 for a in ctx.cues.hits("regulatory.application", cue.end, cue.end + 16))


def _grants_a_site_permit(ctx: Context, cue: Cue) -> bool:
    """"核发的《放射性药品生产许可证》", "granted a manufacturing licence": the approval word's object is a
    licence to run a site, no approval of a drug."""
    permits = ctx.cues.hits("regulatory.site_permit", cue.end, cue.end + _PERMIT_REACH)
    return any("上市" not in ctx.text[cue.end:p.start] for p in permits)


_PERMIT_REACH = 16


def _present_event_sets(ctx: Context) -> tuple[tuple[str, str], ...]:
    """The event sets (in their order) the article holds a cue of: a clause holds no other."""
    key = ("regulatory.event_sets",)
    present = ctx.memo.get(key)
    if present is None:
        present = ctx.memo[key] = tuple((name, event) for name, event in _event_sets() if ctx.cues.has(name))
    return present


def _joined(ctx: Context, a: Cue, b: Cue) -> bool:
    """Two event words joined as two events ("获批上市且获得孤儿药资格")."""
    lo, hi = sorted((a, b), key=lambda c: c.start)
    return ctx.cues.has("regulatory.and", lo.end, hi.start)


def _events(ctx: Context, sentence: Sentence, clause: Sentence, asset: str | None = None,
            company: str | None = None, others: tuple[tuple[int, int], ...] = (),
            siblings: tuple[tuple[int, int], ...] = (), cues: dict[str, Cue] | None = None) -> list[RegulatoryEvent]:
    out = []
    cues = _clause_cues(ctx, clause) if cues is None else cues
    groups = agency_groups(ctx, clause, recorded_as()) if len(cues) > 1 else []
    for event, cue in cues.items():
        agencies = nearest_group(groups, cue) if len(groups) > 1 else event_agencies(ctx, sentence, clause, event, cue.start, siblings)
        if not agencies:
            continue
        mention = None if asset else own_asset(ctx, clause, cue, cues) or event_asset(ctx, sentence, clause, cue.start)
        name = asset or (written_asset(ctx, mention) if mention else form_asset_name(ctx))
        if name is None and event in _PRODUCT_EVENTS:
            continue
        owners = [company] if company else joint_subjects(ctx, sentence, cue.start, mention)
        drugs = [(name, mention)] + ([] if asset else [(written_asset(ctx, m), m) for m in listed_with(ctx, clause, mention, event)])
        for agency in agencies:
            for owner in owners:
                out += [_record(ctx, sentence, event, agency, drug, owner, date=_event_date(ctx, sentence, clause, cue, others),
                                indication_span=(clause.start, clause.end), mention=drug_mention) for drug, drug_mention in drugs]
    return out


def _event_date(ctx: Context, sentence: Sentence, clause: Sentence, cue: Cue, others: tuple[tuple[int, int], ...]) -> str | None:
    """"此前亦获FDA快速通道资格": an event told as received before the news has the date its own
    clause states, if any, not the article's."""
    earlier = ctx.cues.last_before("regulatory.told_earlier", cue.start, cue.start - clause.start)
    if earlier is None or earlier.start < clause.start:
        return event_date(ctx, sentence, cue.start, others)
    stated = [d for d in ctx.in_range(ctx.dates, clause.start, clause.end) if not d.relative]
    return stated[0].value if stated else None


def _record(ctx: Context, sentence: Sentence, event: str, agency: str, asset: str | None, company: str | None,
            scope: str | None = None, finding: str | None = None, date: str | None = None,
            indication_span: tuple[int, int] | None = None, mention: AssetMention | None = None) -> RegulatoryEvent:
    start, end = indication_span or (sentence.start, sentence.end)
    hits = own_indications(ctx, start, end, mention) or own_indications(ctx, sentence.start, sentence.end, mention)
    return RegulatoryEvent(
        document=ctx.doc_id, evidence=[ctx.evidence(sentence.start, sentence.end)], extractor=EXTRACTOR,
        version=VERSION, company=company, asset=asset, agency=agency, event=event, scope=scope, finding=finding,
        indication=list(dict.fromkeys(h.canonical for h in hits)), date=date,
    )


def _gmp_events(ctx: Context, sentence: Sentence) -> list[RegulatoryEvent]:
    """Inspection outcomes: per clause naming a part of the plant (原液 passed, 制剂 failed), else
    one outcome for the sentence."""
    if not _GMP_ANCHOR.search(sentence.text):
        return []
    scopes, findings = _gmp_words()
    folded = sentence.text.casefold()
    finding = next((name for alias, name in findings if alias in folded), None)
    agency = _gmp_agency(ctx, sentence)
    if agency is None:
        return []
    date = _inspection_date(ctx, sentence)
    company = event_company(ctx, sentence, sentence.end)
    out = []
    for clause in _clauses(ctx, sentence):
        folded = clause.text.casefold()
        scope = next((name for alias, name in scopes if alias in folded), None)
        event = _outcome(ctx, clause.start, clause.end) if scope else None
        if event:
            out.append(_record(ctx, sentence, event, agency, None, company, scope,
                               (finding or _instrument(ctx, clause)) if event == "gmp_fail" else None, date))
    if not out:
        event = _outcome(ctx, sentence.start, sentence.end)
        if event:
            out.append(_record(ctx, sentence, event, agency, None, company, None,
                               (finding or _instrument(ctx, sentence)) if event == "gmp_fail" else None, date))
    return out


def _instrument(ctx: Context, span: Sentence) -> str | None:
    """The regulator's instrument of a failed inspection (a warning letter, an import alert, a
    Form 483), as the text writes it."""
    cue = next(iter(ctx.cues.hits("regulatory.gmp_instrument", span.start, span.end)), None)
    return ctx.quote(cue.start, cue.end) if cue else None


_DENIED = rx(r"(?:\b(?:no|zero|without(?:\s+any)?|not\s+(?:receive|received|issue|issued)(?:\s+(?:a|an|any))?)|"
             r"未收到|未发现|没有|无|零)\s*(?:FDA\s+|any\s+)?$", re.I)


def _outcome(ctx: Context, start: int, end: int) -> str | None:
    """Pass or fail; of overlapping words the longer wins ("non-compliant" over "compliant",
    "警告信关闭函" over "警告信"); "通过了…检查" and "passed … inspection" are passes, and so is a
    failure lifted ("从进口警示的目录中删除")."""
    passes = ctx.cues.hits("regulatory.gmp_pass", start, end)
    passes += [Cue(m.start(), m.end(), "regulatory.gmp_pass", m.group(0)) for m in _PASSED.finditer(ctx.text, start, end)]
    fails = [c for c in ctx.cues.hits("regulatory.gmp_fail", start, end)
             if not _DENIED.search(ctx.text, max(start, c.start - 24), c.start)]  # "with no Form 483 observations"
    passes, fails = _outlasting(passes, fails), _outlasting(fails, passes)
    if ctx.cues.has("regulatory.gmp_lifted", start, end):
        return "gmp_pass"
    if fails and not ctx.cues.has("regulatory.not_yet", start, fails[0].start):
        return "gmp_fail"
    return "gmp_pass" if passes else None


def _outlasting(cues: list[Cue], rivals: list[Cue]) -> list[Cue]:
    return [c for c in cues if not any(r.start <= c.start and c.end <= r.end and r.end - r.start > c.end - c.start
                                       for r in rivals)]


_EU = rx(r"\bEU\b|European Union|欧盟|EU GMP")


def _gmp_agency(ctx: Context, sentence: Sentence) -> str | None:
    """The inspecting agency: named in the sentence, else the EU's when the sentence says so, else
    China's when it uses China's inspection words (药品GMP符合性检查) and names no country, else the one
    named nearest before."""
    for clause in _clauses(ctx, sentence):  # "通过药品GMP符合性检查，同时…获FDA批准的…": the inspection's own clause
        if "符合性检查" in clause.text and not _EU.search(clause.text):
            named = ctx.hits("agency", clause.start, clause.end)
            if named:
                return recorded_as().get(named[-1].canonical, named[-1].canonical)
            if set(countries(ctx, clause.start, clause.end)) <= {"NMPA"}:
                return "NMPA"
    in_sentence = ctx.hits("agency", sentence.start, sentence.end)
    if in_sentence:
        return recorded_as().get(in_sentence[-1].canonical, in_sentence[-1].canonical)
    if _EU.search(sentence.text):
        return "EMA"
    if ctx.cues.has("regulatory.gmp_china", sentence.start, sentence.end) and \
            set(countries(ctx, sentence.start, sentence.end)) <= {"NMPA"}:
        return "NMPA"
    para_start, _ = ctx.paragraph_of(sentence.start)
    for start in (para_start, max(0, para_start - 600)):
        hits = ctx.hits("agency", start, sentence.end)
        if hits:
            return recorded_as().get(hits[-1].canonical, hits[-1].canonical)
    return None


_INSPECTED = re.compile(r"检查|复检|查厂|inspect", re.I)


def _inspection_date(ctx: Context, sentence: Sentence) -> str | None:
    """The date of the instrument the sentence reports ("a Warning Letter dated 12 March 2025"),
    else of the inspection it reports on, else the nearest one."""
    instrument = next(iter(ctx.cues.hits("regulatory.gmp_instrument", sentence.start, sentence.end)), None)
    if instrument is not None and [d for d in ctx.in_range(ctx.dates, sentence.start, sentence.end) if not d.relative]:
        return event_date(ctx, sentence, instrument.start)
    para_start, _ = ctx.paragraph_of(sentence.start)
    window_start = max(0, para_start - 600)
    for s in reversed(ctx.sentences_starting(window_start, sentence.start)):
        keyword = _INSPECTED.search(s.text)
        if keyword:
            dates = [d for d in ctx.in_range(ctx.dates, s.start, s.end) if not d.relative]
            if dates:
                at = s.start + keyword.start()
                return min(dates, key=lambda d: abs(d.start - at)).value
    found = nearest_date(ctx.dates, sentence.start, sentence.end, window=80)
    return found.value if found else None
