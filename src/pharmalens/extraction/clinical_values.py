"""Which figure of a sentence belongs to which clinical endpoint.

Endpoint names come from cue sets (data/cues/clinical.yaml). A response rate takes the percentage
written tightly before its name ("41%的ORR", "a 38 percent objective response rate", "55%(11名)患者达到
完全缓解") or else the first one after it before the next endpoint ("ORR was 41%, DCR 80%"); never a
threshold (PSA decline of 50% or more), a confidence level (95% CI) or the control arm's figure. A
time-to-event endpoint (PFS, rPFS, OS, DoR) followed by a time is a median when the text says median
or the time follows the name closely ("OS中位数180天、PFS 95天"), not a follow-up time or a gain ("6
months longer"). A hazard ratio follows its abbreviation and takes its kind from the nearest
endpoint named before it in its sentence (else the risk just before it, "risk of progression or death
(HR 0.7)", else the endpoint named after it, else just before the sentence); "reduced
the risk of progression or death by 36%" is a hazard ratio of 0.64."""
from __future__ import annotations

import re
from dataclasses import dataclass, replace

from ..model.frozen import frozen
from ..model.pattern_words import holds_a_word, lowered, required_words
from ..model.patterns import rx
from .assets import AssetMention
from .context import Context
from .cues import Cue
from .drug_descriptions import clause_break_between
from .sentences import Sentence

RATES = ("ORR", "DCR", "CR", "PSA50", "PSA90")
SURVIVAL = ("rPFS", "PFS", "OS", "DoR", "EFS", "DFS", "RFS")

_PERCENT = rx(r"(?<![\d.])(?P<v>\d{1,3}(?:\.\d+)?)\s*(?:%|percent\b|per\s+cent\b)", re.IGNORECASE)
_TIME = rx(r"(?<![\d.])(?P<v>\d{1,4}(?:\.\d+)?)\s*(?:months?\b|mos?\b|个月|days?\b|天|weeks?\b|周)", re.IGNORECASE)
_UNIT = r"(?:months?\b|mos?\b|个月|days?\b|天|weeks?\b|周)"
_LISTED_TIME = rx(rf"(?<![\d.])(?P<v>\d{{1,4}}(?:\.\d+)?)(?=\s*{_UNIT}|(?:\s*(?:,|、|和|及|与|and|vs\.?|versus|对比)\s*\d{{1,4}}(?:\.\d+)?)+\s*{_UNIT})",
                  re.IGNORECASE)  # "7.4 and 15.0 months", "16.8 vs 12.1 months": each figure of a list takes its unit
_PSA_THRESHOLD = rx(r"PSA\s*(?:decline|reduction|decrease|drop|response|下降|降低|降幅)\s*(?:of\s*)?(?:at\s+least\s*|≥|>=|超过|大于)?\s*"
                    r"(?P<t>50|90)\s*%\s*(?:or\s+more|or\s+greater|以上)?"
                    r"|(?:≥|>=)\s*(?P<u>50|90)\s*%\s*PSA\s*(?:decline|reduction|response|下降|降低)", re.IGNORECASE)
_TIGHT = rx(r"\s*(?:\([^()]{0,12}\))?\s*的?\s*(?:of\s+(?:the\s+)?(?:\d{1,5}\s+)?(?:evaluable\s+|treated\s+|enrolled\s+)?)?(?:patients|subjects|participants|患者|受试者|病人|病患)?\s*"
            r"(?:达到了?|获得了?|实现了?|出现了?|取得了?|achieved|had|showed|reached|experienced|attained)?\s*"
            r"(?:an?\s+|the\s+)?(?:confirmed\s+|best\s+)?", re.IGNORECASE)
_NOT_A_RATE_BEFORE = rx(r"(?:decline|reduction|decrease|drop|下降|降低)\s*(?:of\s*)?(?:≥|>=)?\s*$|(?:≥|>=|>|<|≤)\s*$", re.IGNORECASE)
_NOT_A_RATE_AFTER = rx(r"\s*(?:CI\b|置信|or\s+more\b|以上|(?:in|of)\s+(?:the\s+)?(?:control|placebo|comparator))", re.IGNORECASE)
_TIME_AFTER = rx(r"\s*(?:longer|more|更长|以上)", re.IGNORECASE)
_CLOSE_GAP = rx(r"\s*(?:\([^()]{0,12}\))?\s*(?:中位数|median|was|is|of|为|达到?|:|=)?\s*", re.IGNORECASE)
_HR_VALUE = rx(r"\s*(?:[(\[][^()\[\]]{0,10}[)\]])?(?:\s+for\s+(?P<what>[a-z ]{4,40}?))?\s*(?:[:=,]|of|was|is|at|为|仅为)?\s*(?P<v>[0-2]?\.\d{1,3})(?!\d|\.\d)", re.IGNORECASE)
_CI = rx(r"95\s*%\s*(?:CI|置信区间|confidence\s+interval)(?:\s*[(\[]CI[)\]])?[\s:,]*\[?\s*(?P<a>\d*\.?\d+)\s*%?\s*(?:,|–|-|—|to|~|～)\s*(?P<b>\d*\.?\d+)", re.IGNORECASE)
_COUNT_FIRST = rx(r"\s*[(\[（]\s*(?:\d{1,5}\s*/\s*\d{1,5}|n\s*=\s*\d{1,5})\s*[;,；，]\s*", re.IGNORECASE)
_BARE_CI = rx(r"\s*[(\[]\s*(?P<a>[0-2]?\.\d+)\s*(?:,|–|-|—|to)\s*(?P<b>[0-2]?\.\d+)\s*[)\]]")
_RISK_CUT = [rx(r"(?<![\d.])(?P<p>\d{1,2}(?:\.\d+)?)\s*%\s*(?:relative\s+)?(?:(?:reduction|decrease)\s+in\s+(?:the\s+)?|lower\s+)risk\s+of\s+"
                r"(?P<what>[^.;,()]{0,60})", re.IGNORECASE),
             rx(r"(?:reduc(?:ed|es|ing)|lower(?:ed|s|ing)|cut(?:s|ting)?)\s+(?:the\s+)?risk\s+of\s+(?P<what>[^.;()]{0,60}?)\s+by\s+(?P<p>\d{1,2}(?:\.\d+)?)\s*%", re.IGNORECASE),
             rx(r"(?P<what>[^,;。()]{0,12}?)风险(?:降低|下降|减少)了?(?P<p>\d{1,2}(?:\.\d+)?)%"),
             rx(r"(?:降低|减少)了?(?P<what>[^,;。()]{0,10}?)风险(?:达)?(?P<p>\d{1,2}(?:\.\d+)?)%"),
             rx(r"(?:降低|减少)了?(?P<p>\d{1,2}(?:\.\d+)?)%的?(?P<what>[^,;。()]{0,12}?)风险")]
_RISK_CUT_WORDS = [required_words(p) for p in _RISK_CUT]
_RISK_KIND = [("rPFS", rx(r"radiographic|影像学", re.IGNORECASE)), ("PFS", rx(r"progression|进展|恶化", re.IGNORECASE)),
              ("RFS", rx(r"recurrence|relapse|复发", re.IGNORECASE)), ("OS", rx(r"death|死亡", re.IGNORECASE))]
_RISK_WORD = rx(r"risk|风险", re.IGNORECASE)
_LIST_JOIN = rx(r"\s*(?:,|、|和|及|与|以及|&|and)\s*(?:the\s+)?", re.IGNORECASE)
PRIOR = rx(r"previous|prior|pre-?treated|refractory|resistant|failed|progressed|following|\bafter\b", re.IGNORECASE)
_ARM_CONNECTOR = rx(r"\s*(?:with|for|in|on|receiving|among)\b[^,;。]*$", re.IGNORECASE)
_CLAUSE_BREAK = rx(r"[,;。]")


@dataclass(frozen=True)
class Finding:
    endpoint: str
    value: float
    start: int  # the figure's span in ctx.text
    end: int
    asset: AssetMention | None = None  # the drug the text names for this figure, if it names one
    control: bool = False  # the figure is the control arm's
    ci: list[float] | None = None
    n: int | None = None  # patients stated with the figure (31/58)


@frozen
class Mark:
    start: int
    end: int
    endpoint: str | None  # None: a response that is not recorded but bounds the others
    phrase: str = ""


def marks(ctx: Context, start: int, end: int, names: tuple[str, ...], prefix: str) -> list[Mark]:
    """Endpoint names in [start, end); a name followed by its own abbreviation in brackets is one."""
    found = [Mark(c.start, c.end, None if n == "other" else n, c.phrase)
             for n, name in _held_sets(ctx, names, prefix) for c in ctx.cues.hits(name, start, end)]
    found.sort(key=lambda m: (m.start, -(m.end - m.start)))
    merged: list[Mark] = []
    for m in found:
        if merged and m.start < merged[-1].end:
            continue
        if merged and merged[-1].endpoint == m.endpoint and re.fullmatch(r"\s*[(\[]?\s*", ctx.text[merged[-1].end:m.start]):
            close = re.match(r"\s*[)\]]", ctx.text[m.end:m.end + 3])
            merged[-1] = Mark(merged[-1].start, m.end + (close.end() if close else 0), m.endpoint, merged[-1].phrase)
            continue
        merged.append(m)
    return merged


def _held_sets(ctx: Context, names: tuple[str, ...], prefix: str) -> tuple[tuple[str, str], ...]:
    """(name, cue set) for the names whose set the article holds a cue of: no other has one in any sentence."""
    key = ("clinical.held_sets", names, prefix)
    held = ctx.memo.get(key)
    if held is None:
        held = ctx.memo[key] = tuple((n, f"{prefix}.{n}") for n in names if ctx.cues.has(f"{prefix}.{n}"))
    return held


def rate_marks(ctx: Context, start: int, end: int) -> list[Mark]:
    found = marks(ctx, start, end, RATES + ("other",), "clinical.rate")
    for m in _PSA_THRESHOLD.finditer(ctx.text, start, end):
        if not any(x.start < m.end() and m.start() < x.end for x in found):
            found.append(Mark(m.start(), m.end(), "PSA" + (m.group("t") or m.group("u"))))
    return sorted(found, key=lambda m: m.start)


def rates(ctx: Context, sentence: Sentence) -> list[Finding]:
    text = ctx.text
    found = rate_marks(ctx, sentence.start, sentence.end)
    if not any(m.endpoint for m in found):
        return []
    values = [v for v in _PERCENT.finditer(text, sentence.start, sentence.end) if _is_rate(ctx, v, found)]
    listed = respective(ctx, sentence, found, values)
    taken: set[int] = {v.start() for v in listed.values()}
    out = []
    for i, mark in enumerate(found):
        limit = found[i + 1].start if i + 1 < len(found) else sentence.end
        value = listed.get(i) or _tight_before(text, values, mark, taken) or \
            _first_after(text, values, mark, limit, found, taken)
        if value is None:
            continue
        taken.add(value.start())
        if mark.endpoint is None or control_clause(ctx, sentence, mark.start) is not None:
            continue
        value_of = float(value.group("v"))
        out.append(Finding(mark.endpoint, value_of, value.start(), value.end(), ci=_ci(text, value.end(), value_of, 8)))
    return out


def respective(ctx: Context, sentence: Sentence, found: list[Mark], figures: list[re.Match[str]]) -> dict[int, re.Match[str]]:
    """Endpoints listed together, then their figures in the same order ("ORR和DCR分别为41%和77%",
    "median PFS and OS were 7.4 and 15.0 months, respectively"): mark index -> figure."""
    if not ctx.cues.has("clinical.respectively", sentence.start, sentence.end):
        return {}
    out: dict[int, re.Match[str]] = {}
    i = 0
    while i < len(found):
        j = i
        while j + 1 < len(found) and _LIST_JOIN.fullmatch(ctx.text, found[j].end, found[j + 1].start):
            j += 1
        if j > i:
            after = [f for f in figures if f.start() >= found[j].end][:j - i + 1]
            if len(after) == j - i + 1:
                out.update(zip(range(i, j + 1), after))
        i = j + 1
    return out


def _is_rate(ctx: Context, value: re.Match[str], found: list[Mark]) -> bool:
    text = ctx.text
    if any(m.start <= value.start() < m.end for m in found):
        return False
    if _NOT_A_RATE_BEFORE.search(text[max(0, value.start() - 20):value.start()]) or _NOT_A_RATE_AFTER.match(text, value.end()):
        return False
    comparator = ctx.cues.last_before("clinical.comparator", value.start(), 20)
    return comparator is None or clause_break_between(ctx, comparator.end, value.start())  # 与X相比，Y的ORR为45%


def _tight_before(text: str, values: list[re.Match[str]], mark: Mark, taken: set[int]) -> re.Match[str] | None:
    before = [v for v in values if v.end() <= mark.start and v.start() not in taken]
    if before and _TIGHT.fullmatch(text, before[-1].end(), mark.start):
        return before[-1]
    return None


def _first_after(text: str, values: list[re.Match[str]], mark: Mark, limit: int, found: list[Mark],
                 taken: set[int]) -> re.Match[str] | None:
    for v in values:
        if v.start() < mark.end or v.start() in taken:
            continue
        if v.start() >= min(limit, mark.end + 80) or ";" in text[mark.end:v.start()]:
            return None
        later = next((m for m in found if m.start >= v.end()), None)
        if later and text[v.end():later.start].strip() and _TIGHT.fullmatch(text, v.end(), later.start):
            continue  # the figure names the next endpoint ("..., 30%的DCR")
        return v
    return None


def control_clause(ctx: Context, sentence: Sentence, pos: int) -> tuple[int, int] | None:
    """The clause before `pos` when it speaks of the control arm ("与对照组DrugY的OS", "the control
    arm's median PFS") and not of both arms, else None."""
    breaks = [m.end() for m in _CLAUSE_BREAK.finditer(ctx.text, sentence.start, pos)]
    start = breaks[-1] if breaks else sentence.start
    control = ctx.cues.hits("clinical.control_arm", start, pos)
    if not control or ctx.cues.has("clinical.treatment_arm", start, control[0].start):
        return None  # no control arm, or both arms listed ("试验组与对照组的…分别为")
    return start, pos


def medians(ctx: Context, sentence: Sentence, bounds: list[int]) -> list[Finding]:
    text = ctx.text
    out = []
    found = marks(ctx, sentence.start, sentence.end, SURVIVAL, "clinical.survival")
    listed = respective(ctx, sentence, found, list(_LISTED_TIME.finditer(text, sentence.start, sentence.end)))
    for i, mark in enumerate(found):
        limit = min([b for b in bounds if b > mark.start] + [sentence.end, mark.end + 90])
        times = [listed[i]] if i in listed else list(_LISTED_TIME.finditer(text, mark.end, limit))
        head = i
        while head - 1 in listed and i in listed:
            head -= 1
        if not times or not (i in listed and _said_median(ctx, sentence, found[head], mark)
                             or _a_median(ctx, sentence, mark, times[0])):
            continue
        endpoint = f"{mark.endpoint}_median"
        control = control_clause(ctx, sentence, mark.start) is not None
        first, first_end = times[0], _time_end(text, times[0])
        value = float(first.group("v"))
        out.append(Finding(endpoint, value, first.start(), first_end, asset_named_after(ctx, first_end, limit),
                           control, _ci(text, first_end, value, 8)))
        for later in times[1:]:
            asset = asset_named_after(ctx, _time_end(text, later), limit)
            if asset is not None:
                out.append(Finding(endpoint, float(later.group("v")), later.start(), _time_end(text, later), asset, True))
    return out


def _time_end(text: str, time: re.Match[str]) -> int:
    """Where a time ends with its unit: a figure of a list ("18.2 and 12.9 months") is matched alone."""
    unit = _UNIT_AFTER.match(text, time.end())
    return unit.end() if unit else time.end()


_UNIT_AFTER = rx(rf"\s*{_UNIT}", re.IGNORECASE)


def _a_median(ctx: Context, sentence: Sentence, mark: Mark, time: re.Match[str]) -> bool:
    gap_start, gap_end = mark.end, time.start()
    gap = ctx.text[gap_start:gap_end]
    if len(gap) > 40 or re.search(r"\d", re.sub(r"\([^()]*\)", "", gap)) or _TIME_AFTER.match(ctx.text, _time_end(ctx.text, time)):
        return False
    if ctx.cues.has("clinical.not_a_median", gap_start, gap_end):
        return False
    return _said_median(ctx, sentence, mark, mark, gap_end) or bool(_CLOSE_GAP.fullmatch(gap))


def _said_median(ctx: Context, sentence: Sentence, first: Mark, mark: Mark, end: int | None = None) -> bool:
    """"median" or "中位" just before the endpoint (or the first of a list it is in), or mPFS."""
    end = mark.end if end is None else end
    return ctx.cues.has("clinical.median", max(sentence.start, first.start - 20), end) or mark.phrase[:1] == "m"


def asset_named_after(ctx: Context, pos: int, limit: int) -> AssetMention | None:
    """The drug a figure is given for, named right after it ("9.1 months with DrugX"), not a therapy
    the patients had before ("in patients previously treated with DrugY")."""
    stop = min(limit, pos + 70)
    comparator = ctx.cues.first_after("clinical.comparator", pos, stop - pos)
    if comparator is not None:
        stop = comparator.start
    for asset in ctx.in_range(ctx.assets, pos, stop):
        if _ARM_CONNECTOR.fullmatch(ctx.text, pos, asset.start) and not PRIOR.search(ctx.text, pos, asset.start):
            return asset
        break
    return None


def hazard_ratios(ctx: Context, sentence: Sentence) -> list[Finding]:
    text = ctx.text
    stated = []
    for cue in ctx.cues.hits("clinical.hazard_ratio", sentence.start, sentence.end):
        m = _HR_VALUE.match(text, cue.end)
        if not m:
            continue
        value = float(m.group("v"))
        said = m.group("what") and next((k for k, p in _RISK_KIND if p.search(m.group("what"))), None)
        kind = _radiographic(sentence, said or _hr_kind(ctx, sentence, cue, m.end()))
        stated.append(Finding(f"{kind}_HR" if kind else "HR", value, m.start("v"), m.end(), ci=_ci(text, m.end(), value)))
    cuts = []
    low = lowered(sentence.text)
    for pattern, words in zip(_RISK_CUT, _RISK_CUT_WORDS):
        if not holds_a_word(low, words):
            continue  # most sentences: no "risk of" or 风险 to scan for
        for m in pattern.finditer(text, sentence.start, sentence.end):
            kind = _radiographic(sentence, next((k for k, p in _RISK_KIND if p.search(m.group("what"))), None))
            if kind:
                value = round(1 - float(m.group("p")) / 100, 3)
                cuts.append(Finding(f"{kind}_HR", value, m.start("p"), m.end("p")))
    return _said_twice(stated, cuts)


def _said_twice(stated: list[Finding], cuts: list[Finding]) -> list[Finding]:
    """"Reduced the risk of progression or death by 42% (HR 0.58)": one result. The ratio keeps the
    endpoint its own words name (rPFS, not the cut's progression), else takes the cut's."""
    kept = list(stated)
    for cut in cuts:
        twin = next((i for i, f in enumerate(kept) if f in stated and abs(f.value - cut.value) <= 0.011), None)
        if twin is None:
            kept.append(cut)
        elif kept[twin].endpoint == "HR":
            kept[twin] = replace(kept[twin], endpoint=cut.endpoint)
    return kept


_RADIOGRAPHIC = rx(r"\brPFS\b|\bradiographic\b|影像学(?:无)?进展", re.I)


def _radiographic(sentence: Sentence, kind: str | None) -> str | None:
    """Progression-free survival is radiographic where the sentence measures it so (rPFS in prostate
    cancer trials): "死亡或疾病进展风险降低42%, 中位rPFS…" is an rPFS hazard ratio."""
    return "rPFS" if kind == "PFS" and _RADIOGRAPHIC.search(sentence.text) else kind


def _ci(text: str, pos: int, value: float, reach: int = 45) -> list[float] | None:
    """The 95% confidence interval written after a figure (within `reach` characters; a ratio's may
    follow its p-value; a count told first in its bracket, "(15/39; 95% CI …)", is passed over), or a
    bare bracketed range around a ratio."""
    counted = _COUNT_FIRST.match(text, pos)
    reach += counted.end() - pos if counted else 0
    ci = _CI.search(text, pos, pos + 45 + reach)
    if ci and ci.start() - pos <= reach:
        return [float(ci.group("a")), float(ci.group("b"))]
    bare = _BARE_CI.match(text, pos)
    if bare and float(bare.group("a")) <= value <= float(bare.group("b")):
        return [float(bare.group("a")), float(bare.group("b"))]
    return None


def _hr_kind(ctx: Context, sentence: Sentence, cue: Cue, end: int) -> str | None:
    before = marks(ctx, sentence.start, cue.start, SURVIVAL, "clinical.survival")
    if before:
        return before[-1].endpoint
    window = max(sentence.start, cue.start - 70)
    risk = _RISK_WORD.search(ctx.text, window, cue.start)
    kind = risk and next((k for k, p in _RISK_KIND if p.search(ctx.text, window, cue.start)), None)
    if kind:
        return kind
    after = marks(ctx, end, min(sentence.end, end + 80), SURVIVAL, "clinical.survival")
    if after:
        return after[0].endpoint
    earlier = marks(ctx, max(0, sentence.start - 300), sentence.start, SURVIVAL, "clinical.survival")
    return earlier[-1].endpoint if earlier else None


_ARM = r"(?P<arm>[^,;，；。%\d]{1,30}?(?:组|队列|臂|\barm|\bcohort|\bgroup))"
_FIGURE = r"(?P<v>\d{1,3}(?:\.\d+)?)\s*(?P<unit>%|percent\b|个月|months?\b|天|days?\b|周|weeks?\b)"
_LISTED_FIGURE = _FIGURE.replace(r")\s*(?P<unit>", r")\s*(?:(?:versus|vs\.?)\s+\d{1,3}(?:\.\d+)?\s*)?(?P<unit>")  # "7.9 versus 5.8 months"
_AFTER_FIGURE = r"\s*(?:[(（][^()（）]{0,40}[)）])?\s*"
_DOSE = r"(?:(?:at|with|in)\s+(?:the\s+)?\d+(?:\.\d+)?\s*(?:mg/kg|mg/m2|mg|[μµ]g/kg|mcg/kg|mcg)\b\s*)"
_DOSE_ARM = r"(?:at|with|in)\s+(?:the\s+)?(?P<arm>\d+(?:\.\d+)?\s*(?:mg/kg|mg/m2|mg|[μµ]g/kg|mcg/kg|mcg)\b)"  # "versus 28% at 200 mg"
_ELIDED_ARM = [rx(_AFTER_FIGURE + r"[,;，；]\s*(?:而|and\s+|while\s+)?" + _ARM + r"\s*(?:中的?|的)?\s*(?:则为|为|是|达到?|仅为|was|had|of|at|:|：)\s*" + _FIGURE,
                  re.IGNORECASE),
               rx(_AFTER_FIGURE + r"(?:(?:in|for)\s+[^,;.\d%]{1,40}?)?,?\s*and\s+" + _FIGURE + r"\s+(?:in|for)\s+(?:the\s+)?" + _ARM + r"\b", re.IGNORECASE),
               rx(_AFTER_FIGURE + _DOSE + r"?,?\s*(?:versus|vs\.?|and|compared\s+with)\s+" + _FIGURE + _AFTER_FIGURE + _DOSE_ARM, re.IGNORECASE),
               rx(_AFTER_FIGURE + r"(?:(?:versus|vs\.?)\s+\d{1,3}(?:\.\d+)?\s*(?:%|months?\b)?" + _AFTER_FIGURE + r")?[,;]\s*(?:while\s+|whereas\s+|and\s+)?"
                  r"(?P<arm>(?:in|among|for)\s+[^,;.%]{1,50}?)\s*,?\s+(?:it|this|that)\s+was\s+" + _LISTED_FIGURE, re.IGNORECASE)]
# the last: "…, while in PD-L1-negative patients it was 7.9 versus 5.8 months": a subgroup's figure told by "it was"


def elided_arms(ctx: Context, sentence: Sentence, findings: list[Finding]) -> list[Finding]:
    """"联合用药组ORR为53.3%，单药组为26.7%", "ORR was 53% in arm A and 27% in arm B": a second arm's
    figure written without its endpoint is the endpoint's just told, of the same kind (a rate or a
    time); the rate of a control arm or of an arm named by a drug (a comparator's) is none, its median
    the control's or that drug's."""
    out: list[Finding] = []
    taken = {f.start for f in findings}
    for finding in sorted(findings, key=lambda f: f.start):
        if finding.endpoint not in RATES and not finding.endpoint.endswith("_median"):
            continue
        end = finding.end
        while True:
            m = next((p.match(ctx.text, end, sentence.end) for p in _ELIDED_ARM if p.match(ctx.text, end, sentence.end)), None)
            if m is None or m.start("v") in taken or (m.group("unit") in ("%", "percent")) != (finding.endpoint in RATES):
                break
            named = ctx.in_range(ctx.assets, m.start("arm"), m.end("arm"))
            control = bool(named) or ctx.cues.has("clinical.control_arm", m.start("arm"), m.end("arm"))
            taken.add(m.start("v"))
            if not (control and finding.endpoint in RATES):
                out.append(Finding(finding.endpoint, float(m.group("v")), m.start("v"), m.end("unit"),
                                   named[-1] if named else None, control))
            end = m.end()
    return out
