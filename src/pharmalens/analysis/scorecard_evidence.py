"""Scorecard evidence from the store's cited facts, in the same form as an evidence YAML file.

`evidence_from_store(store, asset)` returns `{"asset", "modality", "nuclide", "evidence", "notes"}`
ready for `scorecard.evidence_from_dict`. It fills only what the store can speak to:

- first_in_class, differentiation: other companies' assets on the same target (same stage, and
  further along), from the asset facts;
- compliance: the company's GMP inspection facts (regulatory events gmp_pass / gmp_fail);
- pipeline_stability: the company's terminations;
- isotope_supply: the asset's nuclide (supply tier below, half-life from data/nuclides.yaml).

Every filled criterion has a score 0-5, a note saying how it was reached, and citations of the form
`DOCUMENT:START-END "quote"` (or a data-file reference). The score rules are house judgement, not
published figures; an evidence file passed with `merge_evidence` overrides any criterion.
"""
from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import Any

from pharmalens.model.filters import AssetFilter

from .asset_index import STAGE_ORDER
from .errors import AnalysisError, UnknownNuclide
from .nuclides import canonical_name, lookup

# Supply and delivery tier per nuclide (0-5), house judgement: how established commercial supply is.
SUPPLY_TIERS: dict[str, tuple[float, str]] = {
    "Lu-177": (4, "mature: several commercial producers of no-carrier-added Lu-177 supply approved products"),
    "F-18": (4, "mature: produced on widespread medical cyclotrons, delivery limited by the short half-life"),
    "Y-90": (4, "mature: generator and reactor supply for approved products"),
    "I-131": (4, "mature: long-established reactor supply"),
    "Tc-99m": (4, "mature: Mo-99/Tc-99m generators, with periodic reactor supply disruptions"),
    "Ga-68": (3, "generator or cyclotron on site; the short half-life restricts delivery radius"),
    "Cu-64": (3, "cyclotron produced; supply is growing but not yet broad"),
    "Zr-89": (3, "cyclotron produced by a few suppliers"),
    "Ra-223": (3, "single-product supply chain for an approved product"),
    "In-111": (3, "established cyclotron supply with few producers"),
    "Ac-225": (2, "scarce: global supply is limited and new accelerator/reactor routes are still scaling"),
    "Pb-212": (2, "early: generator supply chains are being built"),
    "Tb-161": (2, "early: few reactor producers"),
    "Th-227": (2, "limited: few producers"),
    "Cu-67": (2, "limited: few producers"),
    "At-211": (1, "scarce: needs alpha-beam cyclotrons and a short half-life limits delivery"),
}
FIRST_IN_CLASS_BY_RIVALS = {0: 4.0, 1: 3.0, 2: 2.0}  # same-stage rivals -> score; 3 or more -> 1
NUCLIDE_TABLE = "pharmalens/data/nuclides.yaml"
PAGE = 1000


class UnknownAsset(AnalysisError):
    code = "asset_unknown"

    def __init__(self, name: str) -> None:
        self.name = name
        super().__init__(f"no asset named {name!r} in the store (name or alias)")


@dataclass(frozen=True)
class Rival:
    asset: str
    company: str | None
    stage: str | None
    modality: str | None
    nuclide: str | None
    targets: tuple[str, ...]
    citations: tuple[str, ...]


@dataclass(frozen=True)
class Competition:
    asset: str
    company: str | None
    stage: str | None
    targets: tuple[str, ...]
    same_stage: tuple[Rival, ...]  # other companies, shared target, same stage
    ahead: tuple[Rival, ...]  # other companies, shared target, a later (live) stage

    @property
    def count(self) -> int:
        return len(self.same_stage)


def evidence_from_store(store: Any, asset_name: str) -> dict[str, Any]:
    """Evidence-file dict for the asset, with the criteria the store's facts can support."""
    entity = _asset(store, asset_name)
    records = _facts(store, "assets", {"asset": entity.name})
    company = entity.company
    me = {"asset": entity.name, "modality": entity.modality, "nuclide": entity.nuclide}
    evidence: dict[str, dict[str, Any]] = {}
    own = _citations(records)
    competition = competition_for(store, asset_name)
    if competition.targets and competition.stage:
        evidence["first_in_class"] = _first_in_class(competition, own)
        evidence["differentiation"] = _differentiation(competition, me, own)
    if company:
        mentions = _documents_about(store, company)
        regulatory = _facts(store, "regulatory", {"company": company})
        evidence["compliance"] = _compliance([f for f in regulatory if str(f.get("event") or "").startswith("gmp")],
                                             company, mentions)
        evidence["pipeline_stability"] = _stability(_facts(store, "terminations", {"company": company}), company,
                                                    mentions)
    supply = _isotope_supply(entity.nuclide, records)
    if supply:
        evidence["isotope_supply"] = supply
    out: dict[str, Any] = {"asset": f"{entity.name} ({company})" if company else entity.name}
    for key in ("modality", "nuclide"):
        if me.get(key):
            out[key] = me[key]
    out["evidence"] = evidence
    out["notes"] = (f"filled from the store: {len(records)} asset fact(s); scores are house rules "
                    f"(pharmalens.analysis.scorecard_evidence)")
    return out


def merge_evidence(base: Mapping[str, Any], override: Mapping[str, Any] | None) -> dict[str, Any]:
    """`override` (an evidence file) wins per top-level key and per criterion of `evidence`."""
    merged = dict(base)
    if not override:
        return merged
    if not isinstance(override, Mapping):
        return dict(override)  # type: ignore[arg-type]  # evidence_from_dict reports the bad shape
    for key, value in override.items():
        if key == "evidence" and isinstance(value, Mapping) and isinstance(base.get("evidence"), Mapping):
            merged["evidence"] = {**base["evidence"], **value}
        else:
            merged[key] = value
    return merged


def competition_for(store: Any, asset_name: str) -> Competition:
    """Other companies' assets sharing a target with the asset: at the same stage, and further along."""
    me = _asset(store, asset_name)
    own_company = _company_names(store, me.company)
    targets = tuple(me.target)
    folded_targets = {t.casefold() for t in targets}
    stage = me.most_advanced_stage
    same, ahead = [], []
    for other in _sharing_a_target(store, targets) if stage else []:
        if other.id == me.id or _fold(other.company) in own_company:
            continue
        shared = tuple(t for t in other.target if t.casefold() in folded_targets)
        later = _rank(other.most_advanced_stage) > _rank(stage) and other.most_advanced_stage != "terminated"
        if not shared or not (other.most_advanced_stage == stage or later):
            continue
        rival = Rival(other.name, other.company, other.most_advanced_stage, other.modality, other.nuclide, shared,
                      tuple(_citations(_facts(store, "assets", {"asset": other.name}))))
        (same if other.most_advanced_stage == stage else ahead).append(rival)
    key = lambda r: r.asset.casefold()  # noqa: E731
    return Competition(me.name, me.company, stage, targets, tuple(sorted(same, key=key)),
                       tuple(sorted(ahead, key=key)))


def _sharing_a_target(store: Any, targets: tuple[str, ...]) -> list[Any]:
    found: dict[str, Any] = {}
    for target in targets:
        offset = 0
        while True:
            page = store.assets(AssetFilter(target=target), limit=PAGE, offset=offset)
            found.update((a.id, a) for a in page.items)
            offset += len(page.items)
            if not page.items or offset >= page.total:
                break
    return list(found.values())


# ---- criteria ------------------------------------------------------------------------------------

def _first_in_class(c: Competition, own: list[str]) -> dict[str, Any]:
    targets = ", ".join(c.targets)
    n = c.count
    score = FIRST_IN_CLASS_BY_RIVALS.get(n, 1.0)
    note = (f"{n} asset(s) of other companies on {targets} at {c.stage} in the store"
            f"{': ' + _names(c.same_stage) if n else ''}")
    if c.ahead:
        score = min(score, 1.0)
        note += f"; {len(c.ahead)} further along ({_names(c.ahead)}), so not first to a readout"
    citations = own + [x for r in (*c.same_stage, *c.ahead) for x in r.citations]
    return {"score": score, "note": note + " (store coverage is partial)", "citations": _unique(citations)}


def _differentiation(c: Competition, me: Mapping[str, Any], own: list[str]) -> dict[str, Any]:
    if not c.same_stage:
        return {"score": 3.0, "note": f"no other company's asset on {', '.join(c.targets)} at {c.stage} in the "
                                      f"store to differ from; efficacy and safety not assessed", "citations": own}
    payload = (_fold(me.get("modality")), _fold(me.get("nuclide")))
    differ = [r for r in c.same_stage if (_fold(r.modality), _fold(r.nuclide)) != payload]
    score = 3.0 if len(differ) == c.count else 2.0 if differ else 1.0
    what = f"{me.get('modality') or '?'}{' / ' + me['nuclide'] if me.get('nuclide') else ''}"
    note = (f"{len(differ)} of {c.count} same-stage rival(s) use a different modality or nuclide than {what}; "
            f"judged on payload only, not on efficacy or safety")
    return {"score": score, "note": note,
            "citations": _unique(own + [x for r in c.same_stage for x in r.citations])}


def _compliance(gmp: list[dict[str, Any]], company: str | None, mentions: list[str]) -> dict[str, Any]:
    fails = [f for f in gmp if f.get("event") == "gmp_fail"]
    passes = [f for f in gmp if f.get("event") == "gmp_pass"]
    if not gmp:
        return {"score": 3.0, "citations": mentions[:5],
                "note": f"no GMP inspection findings for {company} in {len(mentions)} stored document(s) about "
                        f"it; absence from the news is weak evidence"}
    score = 4.0 if not fails else 1.0 if not passes else 2.0
    agencies = ", ".join(sorted({str(f.get("agency")) for f in fails if f.get("agency")})) or "agency not stated"
    note = f"{len(passes)} GMP pass(es), {len(fails)} failed inspection(s) for {company}"
    if fails:
        note += f" (failed: {agencies})"
    return {"score": score, "note": note, "citations": _citations(fails + passes)}


def _stability(terminations: list[dict[str, Any]], company: str | None, mentions: list[str]) -> dict[str, Any]:
    n = len(terminations)
    if n == 0:
        return {"score": 3.0, "citations": mentions[:5],
                "note": f"no terminations by {company} in {len(mentions)} stored document(s) about it; "
                        f"absence from the news is weak evidence"}
    assets = ", ".join(str(t.get("asset") or "?") for t in terminations)
    return {"score": 2.0 if n == 1 else 1.0, "note": f"{company} terminated {n} programme(s): {assets}",
            "citations": _citations(terminations)}


def _isotope_supply(nuclide: str | None, records: list[dict[str, Any]]) -> dict[str, Any] | None:
    if not nuclide:
        return None
    try:
        row = lookup(canonical_name(nuclide))
    except UnknownNuclide:
        return None
    tier = SUPPLY_TIERS.get(row.name)
    if tier is None:
        return None
    score, why = tier
    cited = [r for r in records if _fold(r.get("nuclide")) == row.name.casefold()]
    table = (f"{NUCLIDE_TABLE}: {row.name} half-life {row.half_life_value:g} {row.half_life_unit} "
             f"({row.source})")
    note = (f"{row.name} {why}; half-life {row.half_life_value:g} {row.half_life_unit}, so half the activity "
            f"is gone after one half-life in transit (supply tier is house judgement)")
    return {"score": float(score), "note": note, "citations": _unique(_citations(cited) + [table])}


# ---- helpers -------------------------------------------------------------------------------------

def _asset(store: Any, name: str) -> Any:
    entity = store.asset(name) if name and name.strip() else None
    if entity is None:
        raise UnknownAsset(name)
    return entity


def _facts(store: Any, kind: str, filters: dict[str, str]) -> list[dict[str, Any]]:
    """Up to PAGE facts of a kind matching the filters, as contract payloads."""
    return [fact.to_json() for fact in store.fact_page(kind, filters, limit=PAGE).items]


def _company_names(store: Any, company: str | None) -> set[str]:
    if not company:
        return set()
    found = store.company(company)
    return {_fold(n) for n in (found.name, *found.aliases)} if found else {_fold(company)}


def _documents_about(store: Any, company: str) -> list[str]:
    _found, pages = store.facts_about(company, limit=PAGE)
    return list(dict.fromkeys(fact.document for page in pages.values() for fact in page.items))


def _citations(facts: Iterable[Mapping[str, Any]]) -> list[str]:
    out = []
    for fact in facts:
        for span in fact.get("evidence") or []:
            out.append(f"{fact.get('document')}:{span.get('start')}-{span.get('end')} \"{span.get('quote')}\"")
    return _unique(out)


def _names(rivals: Iterable[Rival]) -> str:
    return ", ".join(f"{r.asset} ({r.company or '?'}, {r.stage})" for r in rivals)


def _unique(items: Iterable[str]) -> list[str]:
    return list(dict.fromkeys(items))


def _rank(stage: str | None) -> int:
    return STAGE_ORDER.index(stage) if stage in STAGE_ORDER else -1


def _fold(text: Any) -> str:
    return str(text or "").strip().casefold()
