"""How many patients a clinical result is read on: the trial's population and each arm's size.

A population is a count of patients the text says were enrolled, randomised, treated or evaluable
("enrolled 240 patients", "(n=310)", "a 96-person trial", "共入组186例受试者", "52名患者接受了",
"(31/58 patients)"), with "(n=N)" only after a trial or a population (after a drug or an arm it
is that arm's size); a count qualified by an outcome ("18名达到缓解的患者", "9 patients progressed")
or inside a percentage's brackets ("40%(12名)") is a subgroup and never one. An arm's size is a count
written right after a drug's name ("DrugX (n = 120)", "DrugX实验组88人")."""
from __future__ import annotations

import re
from dataclasses import dataclass

from ..model.patterns import holds_any, rx
from .context import Context
from .sentences import Sentence

_REACH = 1500
_EN_COUNT = rx(r"(?<![\d.,/])(?P<n>\d{1,5})\s+(?:[A-Za-z-]+\s+){0,3}?(?:patients|subjects|participants)\b", re.IGNORECASE)
_EN_TRIAL_SIZE = rx(r"(?<![\d.])(?P<n>\d{1,5})-(?:person|patient|subject|participant)\b", re.IGNORECASE)
_N_EQUALS = rx(r"[(\[]\s*n\s*=\s*(?P<n>\d{1,5})", re.IGNORECASE)
_FRACTION = rx(r"(?<![\d.])(?P<k>\d{1,5})\s*/\s*(?P<n>\d{1,5})(?:\s*\)|\s+(?:patients|subjects|participants)\b"
               r"|\s*(?:例|名|位)?(?:患者|受试者)?\s*\))", re.IGNORECASE)
_ZH_COUNT = rx(r"(?<![\d.])(?P<n>\d{1,5})\s*(?:例|名|位|人)(?P<mid>(?:[^,;。\d]|(?<=[A-Za-z.\d])\d){0,50}?)(?:患者|受试者|病患|病人)")
_EVALUABLE = rx(r"(?<![\d.])(?P<n>\d{1,5})\s*(?:例|名|位|人)\s*(?:患者|受试者)?\s*(?:疗效)?(?:可评估|可评价)"  # 其中58例可评估
                r"|(?<![\d.,/])(?P<n2>\d{1,5})\s+(?:were|was|are)\s+evaluable\b", re.IGNORECASE)  # of whom 58 were evaluable
_ZH_ENROLLED = rx(r"(?:入组|纳入|招募|收案|入选)了?\s*(?P<n>\d{1,5})\s*(?:例|名|位|人)")
_EN_IN = rx(r"\b(?:in|across|among|amongst)\s+(?:the\s+)?$|\b(?:trial|study|subgroup|subset|cohort)\s+of\s+(?:the\s+)?$",
           re.IGNORECASE)  # "… by 38% in 412 patients", "in the phase 3 X trial of 612 patients", "among the 64
# patients with …", "in the subgroup of 92 patients": the patients it was read in
_ZH_IN = ("在", "于")  # "在412例患者中"
_WHOLE_TRIAL = rx(r"(?:trial|study|population|patients|subjects|cohort|试验|研究|人群|患者|受试者)\s*$|"
                  r"\b(?P<acronym>(?-i:[A-Z]{4,12}(?:-\d{1,2})?))\s*$", re.IGNORECASE)  # "In ARGENT (n=520)", "TALON-3 (n=742)"
_SUBSET = rx(r"(?:%\s*\(|中\s*,|其中|of whom|of these)\s*$", re.IGNORECASE)
_ARM = rx(r"\s*(?:(?:实验组|治疗组|试验组|组|arm|group|cohort)\s*)?(?:[(\[]\s*n\s*=\s*(?P<a>\d{1,5})|(?P<b>\d{1,5})\s*(?:人|例|名|位))",
          re.IGNORECASE)

# "randomized 240 patients: 122 to VB-41 and 118 to the control arm": an arm's size before its drug
_ARM_BEFORE = rx(r"(?<![\d.,])(?:(?P<n>\d{1,5})\s+(?:patients\s+|participants\s+|subjects\s+)?(?:(?:were\s+)?"
                 r"(?:randomi[sz]ed|assigned|allocated)\s+)?to\s+(?:receive\s+)?(?:the\s+)?"
                 r"|(?P<z>\d{1,5})\s*(?:例|名|位|人)(?:患者|受试者)?(?:被)?(?:随机)?(?:接受|使用|给予|分配至|分至|进入))$", re.IGNORECASE)


@dataclass(frozen=True)
class Population:
    start: int
    n: int
    strong: bool  # said with enrolment words, not just "N patients"


def populations(ctx: Context) -> list[Population]:
    text = ctx.text
    size, enrolled, count, zh_count = _possible_counts(text)
    found = [Population(m.start(), int(m.group("n")), True) for m in (_EN_TRIAL_SIZE.finditer(text) if size else ())]
    found += [Population(m.start(), int(m.group("n")), True) for m in (_ZH_ENROLLED.finditer(text) if enrolled else ())]
    found += [Population(m.start(), int(m.group("n")), True) for m in (_FRACTION.finditer(text) if "/" in text else ())]
    found += [Population(m.start(), int(m.group("n") or m.group("n2")), True)
              for m in (_EVALUABLE.finditer(text) if holds_any(text.lower(), ("可评估", "可评价", "evaluable")) else ())]
    found += [Population(m.start(), int(m.group("n")), True) for m in (_N_EQUALS.finditer(text) if "=" in text else ())
              if _whole_trial(ctx, m.start())]
    for m in _EN_COUNT.finditer(text) if count else ():
        if not ctx.cues.has("clinical.outcome", m.end(), min(len(text), m.end() + 15)):
            strong = _enrolment_near(ctx, m.start(), m.end(), 25, 20) or bool(_EN_IN.search(text, max(0, m.start() - 20), m.start()))
            found.append(Population(m.start(), int(m.group("n")), strong))
    for m in _ZH_COUNT.finditer(text) if zh_count else ():
        if _SUBSET.search(text[max(0, m.start() - 4):m.start()]) or \
                ctx.cues.has("clinical.outcome", m.start("mid"), m.end("mid")):
            continue
        strong = _enrolment_near(ctx, m.start(), m.end(), 8, 6) or (text[m.start() - 1:m.start()] in _ZH_IN and text.startswith("中", m.end()))
        found.append(Population(m.start(), int(m.group("n")), strong))
    return sorted((p for p in found if 0 < p.n and not 1900 <= p.n <= 2099), key=lambda p: p.start)


def _whole_trial(ctx: Context, pos: int) -> bool:
    """"(n=…)" after a trial, a population, or a trial's acronym that names no drug (a brand in capitals is an arm)."""
    before = _WHOLE_TRIAL.search(ctx.text, max(0, pos - 16), pos)
    return bool(before) and not (before.group("acronym") and ctx.in_range(ctx.assets, before.start("acronym"), pos))


def _possible_counts(text: str) -> tuple[bool, bool, bool, bool]:
    """Whether the text holds the words _EN_TRIAL_SIZE, _ZH_ENROLLED, _EN_COUNT and _ZH_COUNT cannot
    match without (a case-insensitive pattern's in lower case): a pattern is not run where they lack."""
    low = text.lower()
    return (holds_any(low, ("-person", "-patient", "-subject", "-participant")),
            holds_any(text, ("入组", "纳入", "招募", "收案", "入选")),
            holds_any(low, ("patients", "subjects", "participants")),
            holds_any(text, ("患者", "受试者", "病患", "病人")))


def _enrolment_near(ctx: Context, start: int, end: int, before: int, after: int) -> bool:
    return ctx.cues.has("clinical.enrolment", max(0, start - before), min(len(ctx.text), end + after))


def arm_sizes(ctx: Context) -> dict[str, int]:
    """Patients in each drug's arm, by the drug's canonical name (the first size written wins)."""
    sizes: dict[str, int] = {}
    for asset in ctx.assets:
        m = _ARM.match(ctx.text, asset.end)
        before = None if m else _ARM_BEFORE.search(ctx.text, max(0, asset.start - 60), asset.start)
        if (m or before) and asset.name not in sizes:
            sizes[asset.name] = int(m.group("a") or m.group("b")) if m else int(before.group("n") or before.group("z"))
    control = _control_arm_size(ctx)
    for asset in ctx.assets if control else ():
        if asset.name not in sizes and _named_as_control(ctx, asset.start):
            sizes[asset.name] = control  # "对照组110人 … 对照组X": the drug named as the control is that arm's
    return sizes


def _named_as_control(ctx: Context, pos: int) -> bool:
    """A drug written as the control arm's ("对照组索拉非尼", "the control arm of docetaxel")."""
    cue = ctx.cues.last_before("clinical.control_arm", pos, 24)
    return cue is not None and _CONTROL_GAP.fullmatch(ctx.text, cue.end, pos) is not None


_CONTROL_GAP = rx(r"\s*(?:[(\[]\s*n\s*=\s*\d{1,5}\s*[)\]]\s*)?(?:of|with|on|receiving|given|:|,|[(（])?\s*", re.IGNORECASE)


def _control_arm_size(ctx: Context) -> int | None:
    """The control arm's size where the text writes it after the arm ("对照组110人", "placebo group (n=96)")."""
    for cue in ctx.cues.hits("clinical.control_arm"):
        m = _ARM.match(ctx.text, cue.end)
        if m:
            return int(m.group("a") or m.group("b"))
        before = _ARM_BEFORE.search(ctx.text, max(0, cue.start - 60), cue.start)
        if before:
            return int(before.group("n") or before.group("z"))
    return None


def patients_for(found: list[Population], sentence: Sentence, pos: int, ctx: Context | None = None) -> int | None:
    """The population a figure at `pos` is read on: one stated in its sentence (before the figure
    first), else the last one stated earlier, else a bare count of patients earlier in the sentence,
    else (given `ctx`) the trial's size told after the results in their paragraph."""
    inside = [p for p in found if sentence.start <= p.start < sentence.end]
    strong = [p for p in inside if p.strong]
    before = [p for p in strong if p.start < pos]
    if before:
        return before[-1].n
    if strong:
        return strong[0].n
    earlier = [p for p in found if p.strong and sentence.start - _REACH <= p.start < sentence.start]
    if earlier:
        return earlier[-1].n
    weak = [p for p in inside if p.start < pos]
    if weak:
        return weak[-1].n
    return _told_after(ctx, found, sentence) if ctx is not None else None


_WHOLE_TRIAL_LEAD = rx(r"(?:研究|试验|临床)\s*(?:中|期间)?\s*(?:共有|共计|总共|一共|共)\s*$|"
                       r"(?:该|本|此|这项|这一)(?:研究|试验)[^，,。；;]{0,24}$|"
                       r"\b(?:trial|study)\s+(?:has\s+)?(?:enrolled|randomi[sz]ed|included|involved)\s+(?:a\s+total\s+of\s+)?$",
                       re.IGNORECASE)


_JOINED_THE_TRIAL = rx(r"\d{1,5}\s*(?:例|名|位)[^，,。；;]{0,8}?(?:参与|参加|入组|纳入)了?(?:该|本|此|这项)(?:研究|试验)")


def _told_after(ctx: Context, found: list[Population], sentence: Sentence) -> int | None:
    """A trial's size stated after its results in the same paragraph ("本研究共有412例受试者参与",
    "The study enrolled 412 patients"): only a count the trial itself is the subject of."""
    end = ctx.paragraph_of(sentence.start)[1]
    for p in found:
        if p.strong and sentence.end <= p.start < end and (_WHOLE_TRIAL_LEAD.search(ctx.text, max(0, p.start - 40), p.start)
                                                          or _JOINED_THE_TRIAL.match(ctx.text, p.start)):
            return p.n
    return None
