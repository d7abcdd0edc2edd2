"""Clinical results: endpoint, value, patients evaluated, confidence interval, trial, indication."""
from __future__ import annotations

import re

from ..model.records import ClinicalResult
from .context import Context
from .sentences import Sentence
from .table import cell_number, read_tables
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
_HR = rx(r"\b(?:HR(?![+/-])|hazard ratio)\b[\s:=,]*(?:(?:of|was|is|at)\s+)?(?P<v>0?\.\d+|\d\.\d+)|风险比[\s:：=为]*(?P<v2>0?\.\d+)", re.I)
_CI = rx(r"95\s*%\s*CI[\s:：,]*\[?(?P<a>\d*\.?\d+)\s*(?:,|–|-|—|to|~|～)\s*(?P<b>\d*\.?\d+)", re.I)
_MEDIAN = rx(r"(?:median\s+(?P<what>rPFS|PFS|OS|overall survival|progression-free survival|DoR|duration of response)|"
                     r"中位(?P<zh>无进展生存期|總生存期|总生存期|缓解持续时间|rPFS|PFS|OS))[^.;。；]{0,30}?(?P<v>\d+(?:\.\d+)?)\s*(?:months|个月|個月)", re.I)
_N_BEFORE = rx(r"(?:among|of|in)\s+(?:the\s+)?(?P<n>\d{1,4})\s+(?:\w+[\s-]){0,3}?(?:evaluable\s+)?(?:subjects|patients|participants)|"
               r"(?:a total of|enrolled|randomi[sz]ed)\s+(?P<n2>\d{1,4})\s+(?:patients|subjects|participants)|"
               r"(?P<n3>\d{1,4})\s+(?:\w+\s+){0,2}(?:patients|subjects|participants)\s+(?:were|was)\s+(?:randomi[sz]ed|enrolled|evaluable|treated)|"
               r"(?:在)?(?P<zn>\d{1,4})\s*(?:例|名)[^，。；]{0,40}?(?:患者|受试者|受試者)", re.I)
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
    records: list[ClinicalResult] = _table_results(ctx)
    for sentence in ctx.sentences:
        if sentence.text.count("|") >= 3 or not _ANY_RESULT.search(sentence.text):
            continue
        records.extend(_rates(ctx, sentence))
        records.extend(_hazard_ratios(ctx, sentence))
        records.extend(_medians(ctx, sentence))
    return records


def _rates(ctx: Context, sentence: Sentence) -> list[ClinicalResult]:
    out = []
    n = None
    for endpoint, pattern in _ENDPOINTS:
        match = pattern.search(sentence.text)
        if not match:
            continue
        n = n or _n(sentence.text, 0) or _n_before(ctx, sentence)
        value = _closest_percent(sentence.text, match)
        if not value:
            continue
        frac = _FRACTION.search(sentence.text, value.end(), value.end() + 12)
        count = int(frac.group("n")) if frac else _n(sentence.text, match.start()) or n
        out.append(_record(ctx, sentence, endpoint, float(value.group("v")), count, None))
    return out


def _hazard_ratios(ctx: Context, sentence: Sentence) -> list[ClinicalResult]:
    out = []
    n = _n(sentence.text, 0) or _n_before(ctx, sentence)
    for match in _HR.finditer(sentence.text):
        value = float(match.group("v") or match.group("v2"))
        ci = _CI.search(sentence.text, match.end(), match.end() + 40)
        bounds = [float(ci.group("a")), float(ci.group("b"))] if ci else None
        near = sentence.text[max(0, match.start() - 40):match.start()] + " " + sentence.text[match.end():match.end() + 60]
        context = ctx.text[max(0, sentence.start - 300):sentence.start + match.start()]
        endpoint = next((name for name, p in _HR_KIND[::-1] if p.search(near)), None) or \
            next((name for name, p in _HR_KIND[::-1] if p.search(context)), "HR")
        out.append(_record(ctx, sentence, endpoint, value, n, bounds))
    return out


_ANY_RESULT = rx(r"%|\bHR\b|hazard|风险比|風險比|中位|median", re.I)
_THRESHOLD = rx(r"(?:decline|reduction|decrease|drop|下降|降低)\s*(?:of\s*)?(?:≥|>=)?\s*$|(?:≥|>=)\s*$", re.I)
_COMPARATOR = rx(r"(?:compared with|versus|vs\.?|than|对照组|對照組)\s*$", re.I)


def _closest_percent(text: str, endpoint: re.Match[str]) -> re.Match[str] | None:
    """The percentage nearest to the endpoint's name, not a threshold (PSA decline of 50%) nor the
    control arm's figure."""
    tail = rx(r"^\s*[（(][^）)]{1,12}[）)]").match(text[endpoint.end():])
    end = endpoint.end() + (tail.end() if tail else 0)
    best, best_distance = None, 120
    for value in rx(_PCT).finditer(text):
        if _THRESHOLD.search(text[max(0, value.start() - 20):value.start()]) or \
                re.match(r"\s*(?:or more|以上)", text[value.end():value.end() + 10]):
            continue
        if _COMPARATOR.search(text[max(0, value.start() - 20):value.start()]):
            continue
        distance = value.start() - end if value.start() >= end else (endpoint.start() - value.end()) * 2 + 10
        if 0 <= distance < best_distance:
            best, best_distance = value, distance
    return best


def _n_before(ctx: Context, sentence: Sentence) -> int | None:
    """Patients evaluated, stated in an earlier sentence of the same paragraph."""
    para_start, _ = ctx.paragraph_of(sentence.start)
    return _n(ctx.text[para_start:sentence.start], 0) if para_start < sentence.start else None


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
    return int(m.group("n") or m.group("n2") or m.group("n3") or m.group("zn"))


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
        return inside[0].label
    earlier = [a for a in ctx.assets if a.end <= sentence.start and sentence.start - a.end < 1200]
    return earlier[-1].label if earlier else None


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


_TABLE_ENDPOINTS = ("ORR", "DCR", "PFS_median")


def _table_results(ctx: Context) -> list[ClinicalResult]:
    """Rows of a results table: asset, patients evaluated, then one column per endpoint."""
    records = []
    for table in read_tables(ctx.text):
        columns = [e for e in _TABLE_ENDPOINTS if e in table.header]
        if not columns or "asset" not in table.header:
            continue
        for row in table.rows:
            assets = ctx.in_range(ctx.assets, row.cells["asset"].start, row.cells["asset"].end) if "asset" in row.cells else []
            n = cell_number(row.cells.get("n"))
            indication = row.cells.get("indication")
            for endpoint in columns:
                value = cell_number(row.cells.get(endpoint))
                if value is None or not assets:
                    continue
                records.append(ClinicalResult(
                    document=ctx.doc_id, evidence=[ctx.evidence(row.start, row.end)], extractor=EXTRACTOR,
                    version=VERSION, asset=assets[0].name, endpoint=endpoint, value=value,
                    n=int(n) if n is not None else None, ci=None,
                    indication=[ctx.evidence(indication.start, indication.end).quote] if indication else [], trial=None))
    return records
