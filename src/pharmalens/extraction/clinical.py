"""Clinical results: endpoint, value, patients evaluated, confidence interval, trial, indication.

Figures are paired with their endpoints in clinical_values.py and read on the population of
trial_population.py; this module gives each figure its drug and turns findings into records. A
figure belongs to the drug the text names right after it ("9.1 months with DrugX"), else to the
drug its sentence is about (the first one not introduced as a comparator, "DrugX对比DrugY",
"versus DrugY"), else to the drug named last before it. The control arm's figures are recorded
only for a drug the text names for them. One result said twice (a table row and a sentence, "HR
0.64" and "a 36% lower risk") is one record."""
from __future__ import annotations

import re
from dataclasses import replace

from ..model.patterns import rx
from ..model.records import ClinicalResult
from .assets import AssetMention
from .clinical_values import (
    PRIOR,
    RATES,
    SURVIVAL,
    Finding,
    control_clause,
    elided_arms,
    hazard_ratios,
    marks,
    medians,
    rates,
)
from .combinations import partner_spans
from .context import Context
from .drug_descriptions import after_comparison_word, clause_break_between, compared_with
from .sentences import Sentence
from .table import Cell, cell_number, line_cells
from .trial_population import Population, arm_sizes, patients_for, populations

EXTRACTOR, VERSION = "clinical", "2"

_FRACTION_AFTER = rx(r"\s*[(\[]\s*(?P<k>\d{1,5})\s*/\s*(?P<n>\d{1,5})\b")
_TRIAL = rx(r"(?<![A-Za-z0-9_-])(?:the\s+)?(?!(?:I{1,3}|IV)(?![A-Za-z0-9-]))(?P<t>[A-Z][A-Za-z]*[A-Z][A-Za-z0-9-]*)(?:\s+(?:(?i:phase)\s*(?:[1-4]|I{1,3})[ab]?(?:/(?:[1-4]|I{1,3}))?\s+)?(?:oral presentation|study|trial)\b|\s*(?:(?:[1-4]|I{1,3}|[一二三四])[ab]?期\s*)?(?:研究|试验|临床试验|临床研究))")
_TRIAL_WORD = rx(r"\s*(?:trial|study|研究|试验)", re.IGNORECASE)
_CELL_NUMBER = rx(r"(?<![\d.])(?P<v>\d{1,4}(?:\.\d+)?)")
_EARLIER_REACH = 1200
_CELL_CI = rx(r"\s*%?\s*[(\[]\s*(?P<a>\d+(?:\.\d+)?)\s*%?\s*(?:-|–|—|,|to)\s*(?P<b>\d+(?:\.\d+)?)\s*%?\s*[)\]]")  # "38.5 (25.3-53.0)"
_HEADER_N = rx(r"[(\[（]\s*[Nn]\s*=\s*(?P<n>\d{1,5})\s*[)\]）]")  # an arm's column "RVB-19 6 mg/kg (n=52)"


def build_clinical(ctx: Context) -> list[ClinicalResult]:
    if not ctx.article.document.relevant:
        return []
    records = _table_results(ctx)
    names = {a.label: a.name for a in ctx.assets}
    seen = {_key(r, names) for r in records}
    found = [(sentence, finding) for sentence in ctx.sentences
             for finding in (_row_findings(ctx, sentence) if sentence.text.count("|") >= 3 else _findings(ctx, sentence))]
    found += _column_findings(ctx)
    pops, arms = (populations(ctx), arm_sizes(ctx)) if found else ([], {})  # the patients of a finding, only where there is one
    for sentence, finding in found:
        _add(records, seen, _from_sentence(ctx, sentence, finding, pops, arms), names)
    return _without_unnamed_repeats(records)


def _without_unnamed_repeats(records: list[ClinicalResult]) -> list[ClinicalResult]:
    """A figure told without its drug ("cuts risk of death by 31%" in a headline) and told again with
    it is one result: the drug's, when one drug has that endpoint and value."""
    named: dict[tuple, list[ClinicalResult]] = {}
    for r in records:
        if r.asset is not None:
            named.setdefault((r.endpoint, round(r.value, 2)), []).append(r)
    kept = []
    for r in records:
        same = named.get((r.endpoint, round(r.value, 2)), []) if r.asset is None else []
        if len({x.asset for x in same}) == 1:
            same[0].n = same[0].n if same[0].n is not None else r.n
            same[0].ci = same[0].ci or r.ci
            continue
        kept.append(r)
    return kept


def _findings(ctx: Context, sentence: Sentence) -> list[Finding]:
    if not _clinical_cues(ctx):
        return []
    bounds = sorted(m.start for m in marks(ctx, sentence.start, sentence.end, SURVIVAL, "clinical.survival"))
    bounds += [c.start for c in ctx.cues.hits("clinical.hazard_ratio", sentence.start, sentence.end)]
    found = rates(ctx, sentence) + medians(ctx, sentence, sorted(bounds)) + hazard_ratios(ctx, sentence)
    return _respective_sizes(ctx, sentence, found + elided_arms(ctx, sentence, found))


_N_GROUP = rx(r"[(\[（]\s*n\s*=\s*(\d{1,5})\s*[)\]）]", re.IGNORECASE)


def _clinical_cues(ctx: Context) -> bool:
    """Whether the article holds a cue of any set a finding needs: asked once, for its first sentence."""
    key = ("clinical.cues",)
    held = ctx.memo.get(key)
    if held is None:
        held = ctx.memo[key] = any(ctx.cues.has(name) for name in _CLINICAL_SETS)
    return held


def _respective_sizes(ctx: Context, sentence: Sentence, found: list[Finding]) -> list[Finding]:
    """"The ORR was 41.7% and 29.2% in the 6 mg/kg (n=48) and 4 mg/kg (n=36) cohorts, respectively": as many
    sizes after an endpoint's figures as there are figures are theirs, in order."""
    if len(found) < 2 or not ctx.cues.has("clinical.respectively", sentence.start, sentence.end):
        return found
    sized: dict[int, int] = {}
    for endpoint in dict.fromkeys(f.endpoint for f in found):
        own = sorted((f for f in found if f.endpoint == endpoint and not f.control and f.n is None), key=lambda f: f.start)
        sizes = [int(m.group(1)) for m in _N_GROUP.finditer(ctx.text, own[-1].end, sentence.end)] if len(own) > 1 else []
        if len(sizes) == len(own):
            sized.update((f.start, n) for f, n in zip(own, sizes))
    return [replace(f, n=sized[f.start]) if f.start in sized else f for f in found]


def _row_findings(ctx: Context, row: Sentence) -> list[Finding]:
    """A table row with one drug a row ("| X-101 | phase 2 | ORR 41%（n=32）|"): a cell stating a result with
    its endpoint is read as a clause of the row (its drug and indication are the row's); a cell with a
    bare number is a results table's, read by column (`_table_results`)."""
    return [f for cell in line_cells(row.text, row.start) if cell.text.strip()
            for f in _findings(ctx, Sentence(cell.start, cell.end, cell.text))]


_CLINICAL_SETS = {f"clinical.rate.{r}" for r in RATES} | {f"clinical.survival.{s}" for s in SURVIVAL} | \
    {"clinical.hazard_ratio", "clinical.psa_change", "clinical.risk_cut"}


def _from_sentence(ctx: Context, sentence: Sentence, finding: Finding, pops: list[Population],
                   arms: dict[str, int]) -> ClinicalResult | None:
    asset = finding.asset
    if finding.control and asset is None:
        clause = control_clause(ctx, sentence, finding.start)
        named = ctx.in_range(ctx.assets, *clause) if clause else []
        if not named:
            return None
        asset = named[-1]
    asset = asset or _primary(ctx, sentence)
    n = finding.n or _fraction(ctx.text, finding.end) or _subgroup(ctx.text, sentence, finding)
    if n is None and not finding.endpoint.endswith("HR") and asset is not None:
        n = arms.get(asset.name)
    if n is None and not _unsized_group(ctx.text, sentence, finding) and not _described_subgroup(ctx, sentence, finding):
        n = patients_for(pops, sentence, finding.start, ctx)
    return ClinicalResult(
        document=ctx.doc_id, evidence=[ctx.evidence(sentence.start, sentence.end)], extractor=EXTRACTOR,
        version=VERSION, asset=asset.label if asset else None, endpoint=finding.endpoint, value=finding.value,
        n=n, ci=finding.ci, indication=_indications(ctx, sentence), trial=_trial(ctx, sentence),
    )


_N_AFTER = rx(r"\s*[(\[（]\s*n\s*=\s*(?P<n>\d{1,5})\s*[)\]）;；,，]|"
              r"\s+of\s+(?:the\s+)?(?P<of>\d{1,5})\s+(?:[A-Za-z][\w+/-]*\s+){0,3}?(?:patients|participants)\b|"
              r"\s+of\s+(?:the\s+)?(?:evaluable\s+|treated\s+)?(?:patients|participants)(?:\s+with\s+[^,;()\d]{1,40}?)?"
              r"\s*[(\[]\s*n\s*=\s*(?P<with>\d{1,5})\s*[)\]]",
              re.IGNORECASE)  # "41% of the 58 patients", "58% of 31 mCRPC patients"
_GROUP_N = rx(r"(?:组|队列|[A-Za-z\u4e00-\u9fff])\s*[(\[（]\s*n\s*=\s*(?P<n>\d{1,5})\s*[)\]）]"  # "arm (n=31)", "HER2-low disease (n=21)"
              r"(?P<gap>(?:[^;。；%\d]|(?<=[A-Za-z])\d+){0,24})$", re.IGNORECASE)

# "在2.4mg/kg剂量组（n=31）中，ORR达58.1%，mPFS为7.6个月" (or "剂量组（n=31）的ORR…"): a group opening its clause
# holds every figure up to the next ";"
_GROUP_SCOPE = rx(r"(?:组|队列|cohort|arm|group)\s*[(\[（]\s*n\s*=\s*(?P<n>\d{1,5})\s*[)\]）]\s*(?:(?:中|内)?\s*[,，]|的)"
                  r"(?=[^;；。]*$)(?![^;；。]*n\s*=)", re.IGNORECASE)


def _subgroup(text: str, sentence: Sentence, finding: Finding) -> int | None:
    """The patients a figure is read on when the text names them beside it: "(n=104)" right after the
    figure, or a dose group, arm or subgroup with its "(n=31)" in the clause that leads to it ("在2 mg/kg组（n=31）中，
    ORR达58.1%")."""
    after = _N_AFTER.match(text, finding.end)
    if after:
        return int(after.group("n") or after.group("of") or after.group("with"))
    before = _GROUP_N.search(text, max(sentence.start, finding.start - 80), finding.start)
    if before:
        return int(before.group("n"))
    scopes = list(_GROUP_SCOPE.finditer(text, sentence.start, finding.start))
    return int(scopes[-1].group("n")) if scopes else None


_GROUP_WORD = rx(r"(?:剂量组|亚组|队列|(?:mg|kg|μg|m2|m²)\s*组|\b(?:cohort|subgroup)\b)[^,，;；。]*$", re.IGNORECASE)


def _unsized_group(text: str, sentence: Sentence, finding: Finding) -> bool:
    """"4mg/kg组ORR为31.3%": a figure of a dose group, cohort or subgroup whose size is not given is
    not read on all the patients enrolled (a drug's arm, 依沃西组, still is)."""
    start = max(sentence.start, finding.start - 40)
    clause = max(text.rfind(mark, start, finding.start) for mark in ",，;；")
    return bool(_GROUP_WORD.search(text, max(start, clause + 1), finding.start))


def _described_subgroup(ctx: Context, sentence: Sentence, finding: Finding) -> bool:
    """A sentence that opens on patients described, not counted, by a trait that is no disease ("In patients
    with PD-L1-positive disease, …"): a subgroup of unknown size ("In patients with NSCLC, …" is the trial's)."""
    described = _DESCRIBED_PATIENTS.match(ctx.text, sentence.start, finding.start)
    return bool(described) and not ctx.hits("indication", described.start(), described.end())


_DESCRIBED_PATIENTS = rx(r"\s*(?:In|Among|For)\s+(?:the\s+)?(?:patients|participants|subjects|those)\s+"
                         r"(?:with|who|whose|harbou?ring|carrying)\b[^,;]{0,80},", re.IGNORECASE)


def _fraction(text: str, end: int) -> int | None:
    m = _FRACTION_AFTER.match(text, end)
    return int(m.group("n")) if m and int(m.group("k")) <= int(m.group("n")) else None


def _primary(ctx: Context, sentence: Sentence) -> AssetMention | None:
    """The drug a sentence reports on: its first drug that is not a comparator, else the last one
    named before it that is not the partner of a combination ("X联合帕博利珠单抗…。联合用药组ORR为…": X)."""
    for asset in ctx.in_range(ctx.assets, sentence.start, sentence.end):
        if not _comparator(ctx, asset):
            return asset
    earlier = [a for a in ctx.assets if a.end <= sentence.start and sentence.start - a.end < _EARLIER_REACH]
    return next((a for a in reversed(earlier) if not _comparator(ctx, a) and not _partner(ctx, a)), None)


def _partner(ctx: Context, asset: AssetMention) -> bool:
    return any(s <= asset.start < e for s, e in partner_spans(ctx, max(0, asset.start - 30), asset.end))


def _comparator(ctx: Context, asset: AssetMention) -> bool:
    """A drug introduced as the comparator or as a therapy the patients had before, or a trial's name
    taken for a drug ("the KX-7 study")."""
    return after_comparison_word(ctx, "clinical.comparator", asset.start, 12) or \
        compared_with(ctx, asset.start, asset.end) or \
        _after_control_arm(ctx, asset) or \
        bool(PRIOR.search(ctx.text, max(0, asset.start - 30), asset.start)) or \
        bool(_TRIAL_WORD.match(ctx.text, asset.end)) or \
        bool(_COMPARED_FIGURE_FOR.search(ctx.text, max(0, asset.start - 50), asset.start))


def _after_control_arm(ctx: Context, asset: AssetMention) -> bool:
    """"对照组X": the drug named as the control arm; not one a clause break parts from it (与对照组相比，X…)."""
    arm = ctx.cues.last_before("clinical.control_arm", asset.start, 6)
    return arm is not None and not clause_break_between(ctx, arm.end, asset.start)


# "7.4 months versus 4.1 months for docetaxel": the drug a compared figure is told for is the comparator
_COMPARED_FIGURE_FOR = rx(r"\b(?:versus|vs\.?|compared\s+(?:with|to))\s+[\d.]+\s*(?:%|percent|months?|weeks?|days?)?"
                          r"\s+(?:for|with|in|on)\s+(?:the\s+)?(?:[\w-]+\s+)?$", re.I)


def _key(record: ClinicalResult, names: dict[str, str]) -> tuple:
    return names.get(record.asset, record.asset), record.endpoint, round(record.value, 2)


def _add(records: list[ClinicalResult], seen: set[tuple], record: ClinicalResult | None, names: dict[str, str]) -> None:
    if record is None:
        return
    key = _key(record, names)
    if key not in seen:
        seen.add(key)
        records.append(record)
        return
    kept = next(r for r in records if _key(r, names) == key)
    kept.n = kept.n if kept.n is not None else record.n
    kept.ci = kept.ci or record.ci
    kept.trial = kept.trial or record.trial
    kept.indication = kept.indication or record.indication  # a headline figure, told again in the body


def _indications(ctx: Context, sentence: Sentence) -> list[str]:
    hits = ctx.hits("indication", sentence.start, sentence.end)
    if not hits:
        para_start, _ = ctx.paragraph_of(sentence.start)
        hits = ctx.hits("indication", para_start, sentence.end)
    return list(dict.fromkeys(h.canonical for h in hits))


def _trial(ctx: Context, sentence: Sentence) -> str | None:
    window = ctx.text[max(0, sentence.start - 1500):sentence.end]
    found = sorted((m.start("t"), m.group("t")) for pattern in (_TRIAL, _TRIAL_IN_BRACKETS) for m in pattern.finditer(window)
                   if not re.search(r"\d{2,}", m.group("t")) or _spoken(m.group("t")))
    return found[-1][1] if found else None


def _spoken(name: str) -> bool:
    """An acronym read as a word with a short number (ASTER-301, HARVEST-301), as trials are named, not a
    drug code: drug codes' letters are few (two to four) and rarely say a word."""
    match = re.fullmatch(r"([A-Z]{4,12})-\d{1,3}", name)
    if not match:
        return False
    letters = match.group(1)
    return len(letters) >= 6 or sum(ch in "AEIOU" for ch in letters) * 3 >= len(letters)


_TRIAL_IN_BRACKETS = rx(r"(?:研究|试验|study|trial)\s*[（(]\s*(?:简称|代号)?[:：]?\s*(?P<t>[A-Z][A-Za-z]*[A-Z][A-Za-z0-9-]*)\s*[)）]")


_TABLE_ENDPOINTS = ("ORR", "DCR", "PFS_median")


def _table_results(ctx: Context) -> list[ClinicalResult]:
    """Rows of a results table: asset, patients evaluated, then one column per endpoint."""
    records = []
    for table in ctx.layout.tables:
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
                    indication=[ctx.quote(indication.start, indication.end)] if indication else [], trial=None))
    return records


def _column_findings(ctx: Context) -> list[tuple[Sentence, Finding]]:
    """Tables with one drug per column (the arms) and one endpoint per row."""
    out: list[tuple[Sentence, Finding]] = []
    for block in _pipe_blocks(ctx.text):
        header, rows = block[0], block[1:]
        drugs = {i: ctx.in_range(ctx.assets, c.start, c.end) for i, c in enumerate(header)}
        if not any(drugs.values()) or drugs.get(0):
            continue
        for line, cells in rows:
            endpoint = _row_endpoint(ctx, cells[0]) if cells else None
            if endpoint is None:
                continue
            for i, cell in enumerate(cells[1:], start=1):
                value = _CELL_NUMBER.search(cell.text)
                if value and drugs.get(i):
                    start = cell.start + value.start()
                    ci = _CELL_CI.match(cell.text, value.end())
                    n = _HEADER_N.search(header[i].text) if i < len(header) and not endpoint.endswith("HR") else None
                    finding = Finding(endpoint, float(value.group("v")), start, cell.start + value.end(), drugs[i][0],
                                      ci=[float(ci.group("a")), float(ci.group("b"))] if ci else None,
                                      n=int(n.group("n")) if n else None)
                    out.append((line, finding))
    return out


def _pipe_blocks(text: str) -> list[list]:
    blocks: list[list] = []
    current: list = []
    pos = 0
    for line in text.split("\n"):
        start, pos = pos, pos + len(line) + 1
        if line.count("|") >= 3:
            cells = line_cells(line, start)
            if not all(re.fullmatch(r"[\s:\-|—]*", c.text) for c in cells):
                current.append(cells if not current else (Sentence(start, start + len(line), line), cells))
            continue
        if len(current) > 1:
            blocks.append(current)
        current = []
    if len(current) > 1:
        blocks.append(current)
    return blocks


def _row_endpoint(ctx: Context, label: Cell) -> str | None:
    rate = [m.endpoint for m in marks(ctx, label.start, label.end, RATES, "clinical.rate")]
    if rate:
        return rate[0]
    kinds = marks(ctx, label.start, label.end, SURVIVAL, "clinical.survival")
    if not kinds:
        return None
    if ctx.cues.has("clinical.hazard_ratio", label.start, label.end):
        return f"{kinds[0].endpoint}_HR"
    if ctx.cues.has("clinical.median", label.start, label.end) or kinds[0].phrase[:1] == "m":
        return f"{kinds[0].endpoint}_median"
    return None
