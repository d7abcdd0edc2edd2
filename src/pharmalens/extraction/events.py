"""What event builders (terminations, regulatory events, financings, facilities) ask of a sentence:
the clause around a word, the company an event belongs to, the stage a programme had reached."""
from __future__ import annotations

import re
from bisect import bisect_left

from ..documents.dating import FOUNDED_AFTER, FOUNDED_BEFORE
from .assets import AssetMention
from .company_context import zh_name_like
from .context import Context
from .cues import phrases
from .places import place_prefix
from .sentences import Sentence
from .relative_clauses import relative_subject
from ..model.patterns import guarded, rx

STAGE_ORDER = ("preclinical", "ind", "iit", "phase1", "phase1/2", "phase2", "phase2/3", "phase3", "nda", "approved")
_FUTURE_REACH = 90
_CLAUSE_BREAK = rx(r"[,;:，；：]")
_POSSESSIVE = rx(r"(?:的|'s|’s)\s*(?:[\w\-]+\s+){0,4}$")
_PARTNER_BEFORE = rx(r"(?:与|和|同|跟|向|\bwith|\bfrom|\bto|\b(?-i:and))\s*$", re.I)  # not a sentence's opening "And"
# "return rights to QT-7 to its licensor X", written after the event: the other party, not the one acting
_COUNTERPARTY_AFTER = rx(r"\b(?:its|their|the)\s+(?:[\w-]+\s+)?(?:licensor|licensee|partner|collaborator)s?\s*,?\s*$", re.I)
_ZH_ORG = rx(r"\s*(?:\d{1,2}月\d{1,2}日\s*[,，]?\s*)?(?P<n>[\u4e00-\u9fff]{2,20}?(?:研究所|研究院|设计院|有限公司|公司|集团|大学|医院))")
_EN_SUBJECT = rx(r"\s*(?P<n>[A-Z][A-Za-z0-9&.'-]*(?:\s+[A-Z][A-Za-z0-9&.'-]*){0,3})\s+(?=[a-z])")
_BEFORE_A_STAGE = rx(r"^\s*前")
# "X said (on Monday) (that) Y had returned the rights": X tells the news, Y is the subject of the event
_TELLS = rx(r"\s*(?:,[^,]{1,80},\s*)?(?:said|says|announced|disclosed|reported|confirmed|noted|stated)\s+"
            r"(?:on\s+(?:[A-Z][a-z]+\.?\s+){1,2}(?:\d{1,2},?\s+)?(?:\d{4}\s+)?)?(?:that\s+)?|\s*(?:宣布|表示|称|披露|公告)\s*[，,:：]?\s*", re.I)
_SITE_NAME = rx(r"(?:厂区|工厂|基地|车间|生产线|厂房)$")  # "公司外沙厂区": a site, not a company
_JOINT = rx(r"^\s*(?:\(\s*[^()]{0,30}\)\s*)?(?:,\s*)?(?:and|与|和|及|以及|、)\s*$", re.I)
_WRITTEN_REACH = 800
_RECIPIENT_REACH = 90
_TO_RECIPIENT = rx(r"[^,;:，；：]*\bto\s+(?:\S+(?:'s|’s)\s+(?:[\w-]+\s+){0,3})?$")
_OWNER_OF_NEXT = rx(r"(?:'s|’s)\s+(?:[\w-]+\s+){0,3}")
_ISSUING = rx(r"\b(?:issued|issues|issue|granted|grants|grant|sent|sends|awarded|awards|gave|gives)\b", re.I)
_APPOSITION = guarded(rx(r"(?<![A-Za-z])(?P<n>[A-Z][A-Za-z0-9&.-]+(?:\s+[A-Z][A-Za-z0-9&.-]+){0,3}),\s+(?:a|an|the)\s+[^,.;]{0,80}?"
                         r"\b(?:company|organi[sz]ation|developer|manufacturer|maker|firm|biotech|CDMO|provider|supplier|producer)\b"))
_NOT_A_NAME = rx(r"^(?:The|This|It|In|On|At|For|With|As|Today|Meanwhile|However|Moreover)\b")


def written_asset(ctx: Context, mention: AssetMention) -> str:
    """An asset as the file writes it (traditional characters, the nuclide label of a code), the
    form records cite."""
    return re.sub(r"[®™]", "", ctx.evidence(mention.start, mention.end).quote).strip()


def clause_around(ctx: Context, sentence: Sentence, pos: int) -> tuple[int, int]:
    """The clause of the sentence holding `pos`: between the nearest commas, semicolons or colons,
    not those inside a number, a bracket or a company's name ("Co., Ltd.")."""
    key = ("clause_breaks", sentence.start, sentence.end)
    breaks = ctx.memo.get(key)
    if breaks is None:
        breaks = ctx.memo[key] = _clause_breaks(ctx, sentence.start, sentence.end)
    i = bisect_left(breaks, pos)
    return (breaks[i - 1] + 1 if i else sentence.start), (breaks[i] if i < len(breaks) else sentence.end)


def _clause_breaks(ctx: Context, start: int, end: int) -> list[int]:
    """Where the clauses of a sentence part, in order: the same for every position asked about."""
    names = [(m.start, m.end) for m in ctx.companies_in(start, end, with_self=False)]
    depth, last, breaks = 0, start, []
    for match in _CLAUSE_BREAK.finditer(ctx.text, start, end):
        at = match.start()
        segment = ctx.text[last:at]
        depth = max(0, depth + segment.count("(") - segment.count(")"))
        last = at
        if ctx.text[at] == "," and 0 < at < len(ctx.text) - 1 and ctx.text[at - 1].isdigit() and ctx.text[at + 1].isdigit():
            continue
        if not depth and not any(s <= at < e for s, e in names):
            breaks.append(at)
    return breaks


def event_company(ctx: Context, sentence: Sentence, pos: int, asset: AssetMention | None = None) -> str | None:
    """The company an event belongs to: the owner written before the asset ("X的", "X's"), else the
    subject of the event's clause, else of the sentence (the first company named before the event
    word that is not the object of a preposition, nor an investor), else a company of the sentence,
    the issuer where the sentence names only a plant, a name the sentence writes as a subject, one of the paragraph, or the article's issuer."""
    named = [m for m in ctx.companies_in(sentence.start, sentence.end) if m.kind != "investor" and not _SITE_NAME.search(m.name)]
    if asset is not None:
        owner = [m for m in named if m.end <= asset.start and _POSSESSIVE.search(ctx.text[m.end:asset.start])
                 and asset.start - m.end <= 40 and not _partner(ctx, m)]
        # "与X于2022年签订的Y协议": X is the partner of an agreement over Y, not Y's owner
        if owner:
            return owner[-1].name
    clause_start, _ = clause_around(ctx, sentence, pos)
    if relative := relative_subject(ctx, named, clause_start, pos):
        return relative
    for lo in (clause_start, sentence.start):
        before = [m for m in named if lo <= m.start and m.end <= pos
                  and not _partner(ctx, m)]
        while len(before) > 1 and _TELLS.fullmatch(ctx.text, before[0].end, before[1].start):
            before = before[1:]
        if before:
            return before[0].name
    recipient = _recipient(ctx, named, clause_start, pos)
    if recipient:
        return recipient
    free = [m for m in named if not _partner(ctx, m)
            and not _COUNTERPARTY_AFTER.search(ctx.text, max(0, m.start - 40), m.start)]
    if free:
        return free[0].name
    if ctx.main_company is not None and any(_SITE_NAME.search(m.name) for m in ctx.companies_in(sentence.start, sentence.end)):
        return ctx.main_company.name  # "公司南岭厂区": the issuer's own plant
    written = written_subject(ctx, sentence, pos)
    if written:
        return written
    described = [n for n in described_companies(ctx) if n in ctx.text[sentence.start:sentence.end]]
    if described:
        return described[0]
    if named:  # only a partner named after the event ("returned the rights to X to Y"): the subject is elsewhere
        return paragraph_company(ctx, sentence) or named[0].name
    return paragraph_company(ctx, sentence)


def _partner(ctx: Context, mention) -> bool:
    """A company joined to the one before it ("与X", "with X"): the other party, unless the one before is a
    government ("青湾市人民政府与甲医药签署协议": the company is the only party that owns anything)."""
    before = ctx.text[max(0, mention.start - 12):mention.start]
    joined = _PARTNER_BEFORE.search(before)
    return joined is not None and not before[:joined.start()].endswith(tuple(phrases("company.zh_government")))


def _recipient(ctx: Context, named: list, clause_start: int, pos: int) -> str | None:
    """"The FDA issued a complete response letter to X": the company an agency's issuing verb
    gives the event to."""
    after = [m for m in named if pos < m.start <= pos + _RECIPIENT_REACH]
    if len(after) > 1 and _OWNER_OF_NEXT.fullmatch(ctx.text, after[0].end, after[1].start):
        after = after[1:]  # "to X's US partner Y": Y; "granted approval to X's Drug": X
    if not after or not _TO_RECIPIENT.fullmatch(ctx.text, pos, after[0].start):
        return None
    return after[0].name if _ISSUING.search(ctx.text, clause_start, pos + 1) else None


def joint_subjects(ctx: Context, sentence: Sentence, pos: int, asset: AssetMention | None = None) -> list[str | None]:
    """The event's company, and the ones written jointly with it as the subject ("A and B received
    FDA approval", "A与B联合宣布")."""
    first = event_company(ctx, sentence, pos, asset)
    named = [m for m in ctx.companies_in(sentence.start, pos) if m.kind != "investor"]
    at = next((i for i, m in enumerate(named) if m.name == first), None)
    if at is None:
        return [first]
    out = [first]
    for prev, nxt in zip(named[at:], named[at + 1:]):
        if not _JOINT.match(ctx.text[prev.end:nxt.start]):
            break
        out.append(nxt.name)
    return list(dict.fromkeys(out))


def form_asset_name(ctx: Context) -> str | None:
    """The drug a filing form names in its "name or code" field ("研发新药名称或代号:抗流感病毒新药
    Pixavir marboxil"): the Latin-script name where the field has one, else the field."""
    cue = next(iter(ctx.cues.hits("events.form_asset")), None)
    if cue is None:
        return None
    line_end = ctx.text.find("\n", cue.end)
    value = ctx.text[cue.end:line_end if line_end > 0 else len(ctx.text)].strip(" :。.")
    latin = re.search(r"[A-Z][A-Za-z0-9-]*(?:\s+[a-z][a-z-]+)?\s*$|[A-Z]{2,}-?\d[\w-]*", value)
    if latin:
        start = cue.end + ctx.text[cue.end:].find(latin.group(0).strip())
        return ctx.evidence(start, start + len(latin.group(0).strip())).quote
    if value and len(value) <= 30:
        start = cue.end + ctx.text[cue.end:].find(value)
        return ctx.evidence(start, start + len(value)).quote
    return None


def written_subject(ctx: Context, sentence: Sentence, pos: int) -> str | None:
    """A company or institute the recogniser does not know, written as the subject of the event's
    clause or sentence: a Chinese name with an organisation ending ("澄江核能研究院宣布"), or English
    capitalised words before the verb ("Halden Nuclear produces", "SpectronRx was able to")."""
    clause_start, _ = clause_around(ctx, sentence, pos)
    for start in dict.fromkeys((clause_start, sentence.start)):
        zh = _ZH_ORG.match(ctx.text, start, pos)
        if zh and _zh_org_named(zh.group("n")):
            return ctx.evidence(zh.start("n"), zh.end("n")).quote
        en = _EN_SUBJECT.match(ctx.text, start, pos)
        if en and not _NOT_A_NAME.match(en.group("n")) and _looks_like_a_company(en.group("n")) \
                and not ctx.hits("agency", en.start("n"), en.end("n")):  # "Health Canada has accepted …": the regulator
            return en.group("n")
    return None


_ORG_WORD = rx(r"(?:研究所|研究院|设计院|有限公司|公司|集团|大学|医院)$")


def _zh_org_named(name: str) -> bool:
    """"目前公司", "本集团" say no name: the words before the organisation word must be one."""
    core = _ORG_WORD.sub("", name)
    core = core[len(place_prefix(core, 2)):]
    if _CLAUSE_WORDS.search(core):
        return False  # "亏损扩大主要由于公司决定…": a clause about the company, no name
    return len(core) >= 2 and (len(core) > 4 or zh_name_like(core))


_CLAUSE_WORDS = rx(r"由于|因为|主要|导致|原因|是因|系因|亏损|扩大|下降|增长|减少|此外|同时|其中|以及")


def _looks_like_a_company(name: str) -> bool:
    return len(name.split()) >= 2 or bool(re.search(r"[a-z][A-Z]", name))


def described_companies(ctx: Context) -> list[str]:
    """English names the article itself describes as a company ("SpectronRx, a radiopharmaceutical
    manufacturer, announced"), for builders to use where the company recogniser knows none; read once per article."""
    found = ctx.memo.get(("described_companies",))
    if found is None:
        found = ctx.memo[("described_companies",)] = tuple(dict.fromkeys(
            m.group("n") for m in _APPOSITION.finditer(ctx.text)
            if not ctx.companies_in(m.start("n"), m.end("n"), with_self=False) and not _NOT_A_NAME.match(m.group("n"))))
    return list(found)


def paragraph_company(ctx: Context, sentence: Sentence) -> str | None:
    """The company named nearest before the sentence in its paragraph, else after it, else the issuer,
    else the first company the article names, else a subject an earlier sentence writes."""
    para_start, para_end = ctx.paragraph_of(sentence.start)
    earlier = [m for m in ctx.companies_in(para_start, sentence.start) if m.kind != "investor" and not _SITE_NAME.search(m.name)]
    if earlier:
        return earlier[-1].name
    later = [m for m in ctx.companies_in(sentence.end, para_end) if m.kind != "investor" and not _SITE_NAME.search(m.name)]
    if later:
        return later[0].name
    if ctx.main_company is not None:
        return ctx.main_company.name
    named = [m for m in ctx.companies if m.kind != "investor"]
    if named:
        return named[0].name
    for earlier in reversed([s for s in ctx.sentences if sentence.start - _WRITTEN_REACH <= s.start < sentence.start]):
        written = written_subject(ctx, earlier, earlier.end)
        if written:
            return written
    return None


def stage_reached(ctx: Context, sentence: Sentence, planned_cues: str, preclinical_cues: str,
                  asset: AssetMention | None = None) -> list[str]:
    """Stages the sentence (else its paragraph) says a programme had reached, in text order: not a
    stage only planned ("a planned phase 1 trial") nor one it had not entered ("III期临床前");
    "preclinical" when the text only names preclinical work. Elsewhere in the paragraph, not a stage
    of a sentence about another drug only."""
    para_start, para_end = ctx.paragraph_of(sentence.start)
    for start, end in ((sentence.start, sentence.end), (para_start, para_end)):
        found = []
        for stage in ctx.in_range(ctx.stages, start, end):
            if stage.stage not in STAGE_ORDER or _BEFORE_A_STAGE.match(ctx.text[stage.end:stage.end + 2]):
                continue
            if start != sentence.start and _of_another_drug(ctx, stage.start, asset) or \
                    start == sentence.start and _told_of_the_drug_before(ctx, sentence, stage.start, asset):
                continue
            if ctx.cues.has(planned_cues, max(start, stage.start - 24), stage.start):
                continue
            found.append(stage.stage)
        clinical = [s for s in found if s != "preclinical"]
        if clinical:
            return clinical
        if found or ctx.cues.has(preclinical_cues, start, end):
            return ["preclinical"]
    return []


def _of_another_drug(ctx: Context, pos: int, asset: AssetMention | None) -> bool:
    around = ctx.sentence_at(pos)
    if asset is None or around is None:
        return False
    names = {a.name for a in ctx.in_range(ctx.assets, around.start, around.end)}
    return bool(names) and asset.name not in names


# What describes a drug right after its name: an apposition ("GX-2, its lead inhibitor now in") or a
# predicate ("GX-2 is in", "GX-2, which is now in"; "GX-2目前处于"), not "tested with GX-2 in a phase 2 study".
_OWN_DESCRIPTION = rx(r"(?:\s*,\s*(?:its|their|a|an|the|which|now|currently)\b|\s+(?:is|was|now|currently|remains)\b"
                      r"|\s*(?:目前|现|已)?(?:处于|进入|正在))[^,;，；。]{0,50}$", re.I)


def _told_of_the_drug_before(ctx: Context, sentence: Sentence, pos: int, asset: AssetMention | None) -> bool:
    """"halting GX-8, its phase 1/2 ADC, as it prioritizes GX-2, its lead inhibitor now in phase 2": a
    stage in the description of another drug of the sentence, named after the stopped one, is that drug's."""
    if asset is None:
        return False
    before = ctx.in_range(ctx.assets, sentence.start, pos)
    return bool(before) and before[-1].name != asset.name and bool(_OWN_DESCRIPTION.fullmatch(ctx.text, before[-1].end, pos))


def highest(stages: list[str]) -> str | None:
    return max(stages, key=STAGE_ORDER.index) if stages else None


def not_when_it_happened(ctx: Context, pos: int) -> bool:
    """A date said as a target or an expectation ("PDUFA target action date of", "预计于"), a bond's
    maturity ("于2030年到期"), a share price's day ("the closing price on"), or a company's founding date."""
    if ctx.cues.last_before("events.future_date", pos, 40) is not None or founding_date(ctx, pos) or _matures(ctx, pos):
        return True
    price = ctx.cues.last_before("events.price_date", pos, 25)
    if price is not None and not _CLAUSE_BREAK.search(ctx.text, price.end, pos):
        return True
    cue = ctx.cues.last_before("events.future_date", pos, _FUTURE_REACH)  # "plans to dose … in the second half of 2027"
    return cue is not None and not _CLAUSE_BREAK.search(ctx.text, cue.end, pos)


def _matures(ctx: Context, pos: int) -> bool:
    date = next((d for d in ctx.dates if d.start == pos), None)
    return date is not None and ctx.cues.first_after("events.maturity_after", date.end, 2) is not None


def founding_date(ctx: Context, pos: int) -> bool:
    """A date told as when a company was founded ("成立于2019年", "founded in 2019", "2019年成立")."""
    if FOUNDED_BEFORE.search(ctx.text, max(0, pos - 20), pos):
        return True
    date = next((d for d in ctx.dates if d.start == pos), None)
    return date is not None and FOUNDED_AFTER.match(ctx.text, date.end) is not None


def told_as_background(ctx: Context, pos: int) -> bool:
    """A date in a clause told in the past of the event ("had been licensed in 2022", "此前于2021年")."""
    cue = ctx.cues.last_before("events.background", pos + 3, 43)  # "Back in| in 2023": a date may open with its "in"
    if cue is not None and cue.start < pos and not _CLAUSE_BREAK.search(ctx.text, min(cue.end, pos), pos):
        return True
    after = ctx.cues.first_after("events.background_after", pos, _BACKGROUND_AFTER_REACH)
    return after is not None and bool(_ONE_CLAUSE_ON.fullmatch(ctx.text, pos, after.start))  # "2022年，甲曾将…"


_BACKGROUND_AFTER_REACH = 30
_ONE_CLAUSE_ON = rx(r"[^，,。；;!?！？\n]*[，,]?[^，,。；;!?！？\n]*")


def _dates_an_agreement(ctx: Context, start: int, end: int) -> bool:
    """"与X于2022年签订的协议", "the licence signed in 2022": when an agreement was made, not the event."""
    return ctx.cues.has("events.agreement_dated", end, end + _AGREEMENT_DATE_REACH) or \
        bool(_NAMES_AN_AGREEMENT.match(ctx.text, end)) or \
        any(start - _AGREEMENT_DATE_REACH <= c.end <= end
            for c in ctx.cues.hits("events.agreement_dating", max(0, start - 2 * _AGREEMENT_DATE_REACH), end))


_AGREEMENT_DATE_REACH = 8
_NAMES_AN_AGREEMENT = rx(r"\s+(?:(?!(?:the|a|an|its|their|this|that|was|were|is)\b)[\w-]+\s+){0,3}?(?:agreements?|collaborations?|licen[cs]es?|deals?|partnerships?|pacts?)\b", re.I)  # "the 2022 collaboration"
_SAME_DAY_REACH = 1500


def _date_heading(ctx: Context, para_start: int) -> str | None:
    """A date alone on the line over the paragraph ("March 27" over a tracker's entry)."""
    text = ctx.text
    for d in reversed(ctx.in_range(ctx.dates, max(0, para_start - _HEADING_REACH), para_start)):
        line_start = text.rfind("\n", 0, d.start) + 1
        if not text[line_start:d.start].strip() and not text[d.end:para_start].strip():
            return d.value
    return None


_HEADING_REACH = 40
_ATTACHED_DATE = rx(r"[^.;,，。；]{0,40}?\b(?:received|issued|granted|obtained|dated|(?:rights|handed|handing|gave|given)\s+back)"
                    r"(?:\s+(?:in|on))?\s+", re.I)
_STEP_REACH = 48


def event_date(ctx: Context, sentence: Sentence, pos: int, others: tuple[tuple[int, int], ...] = (),
               as_of_is_none: bool = False) -> str | None:
    """The date an event took place: the one stated nearest before the event word in its sentence,
    else after it in the sentence, else the last one before it in its paragraph, else the date a
    form or the page's dateline ("Release Time 3 May 2026") states, else the date of publication
    (only when that is more precise than a year). A date inside `others` (the clauses
    of the sentence that tell other events) is theirs; a target or expected date is none; with
    `as_of_is_none`, so is a date after the event word that a figure is stated at ("截至6月30日")."""
    dates = [d for d in ctx.in_range(ctx.dates, sentence.start, sentence.end)
             if not any(lo <= d.start < hi for lo, hi in others) and not not_when_it_happened(ctx, d.start)
             and not _dates_an_agreement(ctx, d.start, d.end)]
    attached = next((d for d in dates if d.start > pos and _ATTACHED_DATE.fullmatch(ctx.text, pos, d.start)), None)
    if attached is not None:
        return attached.value  # "the Complete Response Letter received in December 2025"
    before = [d for d in dates if d.start < pos]
    if before:
        return before[-1].value
    if ctx.cues.has("events.same_day", sentence.start, pos):
        stated = [d for d in ctx.in_range(ctx.dates, max(0, sentence.start - _SAME_DAY_REACH), sentence.start)
                  if len(d.value) == 10 and not not_when_it_happened(ctx, d.start) and not told_as_background(ctx, d.start)]
        if stated:
            return stated[-1].value
    after = [d for d in dates if (not as_of_is_none or ctx.cues.last_before("events.as_of_date", d.start, 6) is None)
             and not told_as_background(ctx, d.start) and not ctx.cues.has("events.earlier_step", pos, d.start)]
    if after:
        return after[0].value
    para_start, _ = ctx.paragraph_of(sentence.start)
    earlier = [d for d in ctx.in_range(ctx.dates, para_start, sentence.start)
               if not not_when_it_happened(ctx, d.start) and not _dates_an_agreement(ctx, d.start, d.end)
               and ctx.cues.last_before("events.earlier_step", d.start, _STEP_REACH) is None]  # "following an opinion in July"
    if earlier:
        return earlier[-1].value
    heading = _date_heading(ctx, para_start)
    if heading is not None:
        return heading
    for name in ("events.form_date", "events.dateline"):
        for cue in ctx.cues.hits(name):
            stated = ctx.in_range(ctx.dates, cue.end, cue.end + 24)
            if stated:
                return stated[0].value
    published = ctx.published
    return published if published and len(published) >= 7 else None
