"""One record per regulatory event: the same event told twice (headline and body) is one, and a GMP
outcome stated for a part of the plant absorbs the same outcome stated bare."""
from __future__ import annotations

from functools import lru_cache

from ..documents.language import to_simplified
from ..model.patterns import rx
from ..model.records import RegulatoryEvent
from .cues import cue_alternation


def merged_events(records: list[RegulatoryEvent], aliases: dict[str, str]) -> list[RegulatoryEvent]:
    """Events told more than once are one record (see _same_event); a drug named by its brand and by
    its code in brackets is one drug."""
    merged: list[RegulatoryEvent] = []
    for r in records:
        r.asset = aliases.get(r.asset, r.asset) if r.asset else r.asset
        existing = next((m for m in merged if _same_event(m, r)), None)
        if existing is None:
            merged.append(r)
            continue
        if r.event.startswith("gmp") and r.agency != "EMA" and existing.agency == "EMA":
            existing.agency = r.agency
        if r.date and existing.date and r.date < existing.date:
            existing.date = r.date
        for field in ("company", "finding", "date"):
            if getattr(existing, field) is None:
                setattr(existing, field, getattr(r, field))
        existing.indication = list(dict.fromkeys(existing.indication + r.indication))
        existing.evidence.extend(e for e in r.evidence if e not in existing.evidence)
    return _scoped_outcomes_absorb_bare_ones(merged)


def _scoped_outcomes_absorb_bare_ones(records: list[RegulatoryEvent]) -> list[RegulatoryEvent]:
    """"The EU GMP inspection was failed" beside "the drug product part failed": one outcome."""
    out = []
    for r in records:
        scoped = [m for m in records if r.event.startswith("gmp") and r.scope is None and m.scope is not None
                  and m.event == r.event and not (m.finding and r.finding and m.finding.casefold() != r.finding.casefold())]
        if scoped:
            scoped[0].evidence.extend(e for e in r.evidence if e not in scoped[0].evidence)
            if r.date and (scoped[0].date is None or r.date < scoped[0].date):
                scoped[0].date = r.date
            continue
        out.append(r)
    return out


def _same_event(a: RegulatoryEvent, b: RegulatoryEvent) -> bool:
    """One event told twice (headline and body: the earliest date). An inspection outcome is one per
    outcome and part of the plant, unless the regulator's instruments differ (a warning letter and
    an import alert); another event is one per agency, asset and company, and a filing one per
    indication (or per clause of one sentence)."""
    if a.event != b.event or a.scope != b.scope or (a.asset != b.asset and _bare(a.asset) != _bare(b.asset)):
        return False
    if a.event.startswith("gmp"):
        return not (a.finding and b.finding and a.finding.casefold() != b.finding.casefold())
    if a.agency != b.agency or (a.company and b.company and a.company != b.company):
        return False
    if a.event == "filing" and a.indication and b.indication and not set(a.indication) & set(b.indication):
        return False
    if a.event == "filing" and a.evidence == b.evidence:  # two filings told apart in one sentence, unless
        return a.indication == b.indication and a.date == b.date  # the sentence names the one filing twice
    return True


def _bare(asset: str | None) -> str | None:
    """A coded drug without the dosage form written after it in a filing ("KT-501注射液" is KT-501)."""
    if not asset:
        return asset
    match = _coded_product().fullmatch(to_simplified(asset))
    return match.group("code") if match else asset


@lru_cache(maxsize=1)
def _coded_product():
    return rx(rf"(?P<code>[A-Za-z]{{1,6}}-?\d{{2,}}[A-Za-z0-9-]*)\s*(?:{cue_alternation('asset.dosage_form')})")
