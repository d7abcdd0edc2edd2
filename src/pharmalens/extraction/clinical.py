"""Clinical results: endpoint, value, patients evaluated, confidence interval, trial, indication."""
from __future__ import annotations

import re

from ..model.records import ClinicalResult
from .context import Context
from .sentences import Sentence
from ..model.patterns import rx

EXTRACTOR, VERSION = "clinical", "1"

_PCT = r"(?P<v>\d{1,3}(?:\.\d+)?)\s*%"
_ENDPOINTS = [
    ("PSA50", rx(r"PSA\s*50|PSA(?:下降|降低)\s*(?:≥|>=)?\s*50\s*%", re.I)),
    ("PSA90", rx(r"PSA\s*90|PSA(?:下降|降低)\s*(?:≥|>=)?\s*90\s*%", re.I)),
    ("ORR", rx(r"\bORR\b|objective response rate|overall response rate|客观缓解率|客觀緩解率|客观应答率", re.I)),
    ("DCR", rx(r"\bDCR\b|disease control rate|疾病控制率", re.I)),
    ("CR_rate", rx(r"complete response rate|完全缓解率", re.I)),
]
_HR = rx(r"\b(?:HR|hazard ratio)\b[\s:=,]*(?P<v>0?\.\d+|\d\.\d+)|风险比[\s:：=为]*(?P<v2>0?\.\d+)", re.I)
_CI = rx(r"95\s*%\s*CI[\s:：,]*\[?(?P<a>\d*\.?\d+)\s*(?:,|–|-|—|to|~|～)\s*(?P<b>\d*\.?\d+)", re.I)
_MEDIAN = rx(r"(?:median\s+(?P<what>rPFS|PFS|OS|overall survival|progression-free survival|DoR|duration of response)|"
                     r"中位(?P<zh>无进展生存期|總生存期|总生存期|缓解持续时间|rPFS|PFS|OS))[^.;。；]{0,30}?(?P<v>\d+(?:\.\d+)?)\s*(?:months|个月|個月)", re.I)
_N_BEFORE = rx(r"(?:among|of|in)\s+(?:the\s+)?(?P<n>\d{1,4})\s+(?:\w+[\s-]){0,3}?(?:evaluable\s+)?(?:subjects|patients|participants)|"
                       r"(?:在)?(?P<zn>\d{1,4})\s*(?:例|名)(?:可评估|可評估)?(?:的)?(?:患者|受试者|受試者)", re.I)
_FRACTION = rx(r"\(\s*(?P<k>\d{1,4})\s*/\s*(?P<n>\d{1,4})\s*\)")
_TRIAL = rx(r"\b(?:the\s+)?(?P<t>[A-Z][A-Za-z]*[A-Z][A-Za-z0-9-]*)\s+(?:oral presentation|study|trial|研究|试验)")
_HR_KIND = [("OS_HR", rx(r"overall survival|\bOS\b|总生存", re.I)),
            ("PFS_HR", rx(r"(?<!r)PFS|progression-free survival|无进展生存", re.I)),
            ("rPFS_HR", rx(r"\brPFS\b|radiographic progression|影像学进展", re.I))]
_MEDIAN_NAME = {"rpfs": "rPFS_median", "pfs": "PFS_median", "progression-free survival": "PFS_median",
                "无进展生存期": "PFS_median", "os": "OS_median", "overall survival": "OS_median",
                "总生存期": "OS_median", "總生存期": "OS_median", "dor": "DoR_median",
                "duration of response": "DoR_median", "缓解持续时间": "DoR_median"}


def build_clinical(ctx: Context) -> list[ClinicalResult]:
    if not ctx.article.document.relevant:
        return []
    records: list[ClinicalResult] = []
    for sentence in ctx.sentences:
        records.extend(_rates(ctx, sentence))
        records.extend(_hazard_ratios(ctx, sentence))
        records.extend(_medians(ctx, sentence))
    return records


def _rates(ctx: Context, sentence: Sentence) -> list[ClinicalResult]:
    out = []
    n = _n(sentence.text, 0)
    for endpoint, pattern in _ENDPOINTS:
        match = pattern.search(sentence.text)
        if not match:
            continue
        value = rx(_PCT).search(sentence.text, match.end(), match.end() + 60)
        if not value:
            continue
        frac = _FRACTION.search(sentence.text, value.end(), value.end() + 12)
        count = int(frac.group("n")) if frac else _n(sentence.text, match.start()) or n
        out.append(_record(ctx, sentence, endpoint, float(value.group("v")), count, None))
    return out


def _hazard_ratios(ctx: Context, sentence: Sentence) -> list[ClinicalResult]:
    match = _HR.search(sentence.text)
    if not match:
        return []
    value = float(match.group("v") or match.group("v2"))
    ci = _CI.search(sentence.text, match.end())
    bounds = [float(ci.group("a")), float(ci.group("b"))] if ci else None
    context = ctx.text[max(0, sentence.start - 300):sentence.end]
    endpoint = next((name for name, p in _HR_KIND[::-1] if p.search(context)), "HR")
    return [_record(ctx, sentence, endpoint, value, None, bounds)]


def _medians(ctx: Context, sentence: Sentence) -> list[ClinicalResult]:
    out = []
    for match in _MEDIAN.finditer(sentence.text):
        what = (match.group("what") or match.group("zh")).casefold()
        endpoint = _MEDIAN_NAME.get(what, "PFS_median")
        out.append(_record(ctx, sentence, endpoint, float(match.group("v")), _n(sentence.text, 0), None))
    return out


def _n(text: str, before: int) -> int | None:
    found = [m for m in _N_BEFORE.finditer(text) if before == 0 or m.start() <= before]
    if not found:
        return None
    m = found[-1]
    return int(m.group("n") or m.group("zn"))


def _record(ctx: Context, sentence: Sentence, endpoint: str, value: float, n: int | None,
            ci: list[float] | None) -> ClinicalResult:
    return ClinicalResult(
        document=ctx.doc_id, evidence=[ctx.evidence(sentence.start, sentence.end)], extractor=EXTRACTOR,
        version=VERSION, asset=_asset(ctx, sentence), endpoint=endpoint, value=value, n=n, ci=ci,
        indication=_indications(ctx, sentence), trial=_trial(ctx, sentence),
    )


def _asset(ctx: Context, sentence: Sentence) -> str | None:
    inside = [a for a in ctx.in_range(ctx.assets, sentence.start, sentence.end)]
    if inside:
        return inside[0].name
    earlier = [a for a in ctx.assets if a.end <= sentence.start and sentence.start - a.end < 1200]
    return earlier[-1].name if earlier else None


def _indications(ctx: Context, sentence: Sentence) -> list[str]:
    hits = ctx.hits("indication", sentence.start, sentence.end)
    if not hits:
        para_start, _ = ctx.paragraph_of(sentence.start)
        hits = ctx.hits("indication", para_start, sentence.end)
    return list(dict.fromkeys(h.canonical for h in hits))


def _trial(ctx: Context, sentence: Sentence) -> str | None:
    window = ctx.text[max(0, sentence.start - 1500):sentence.end]
    found = [m.group("t") for m in _TRIAL.finditer(window) if not re.search(r"\d{2,}", m.group("t"))]
    return found[-1] if found else None
