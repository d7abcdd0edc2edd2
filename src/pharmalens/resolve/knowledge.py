"""The knowledge rules: when two facts report the same deal or the same asset, and which value an
entity shows when its sources disagree. The store applies them at ingest to the entities a document
touches; they work on contract payloads (dicts) with the kind and date of each fact's document.

Grouping
    Deals: the same licensor and the same licensee (canonical names via company aliases,
    case-insensitive; A→B and B→A are different deals, roles must agree; an unknown party matches,
    but at least one party must be shared), the same asset (name or alias, or one side unknown),
    compatible deal types (equal, or among license / collaboration / option, or newco with
    collaboration) and announced dates at most 120 days apart when both are known. Facts stating asset
    and date are placed first; a fact joins a deal only if compatible with every fact of it, and among
    several such deals the one whose money figures it matches best (then the first).
    Assets: the same name or alias (aliases are joined transitively).

Chosen value rule (per field, among the sources that state it)
    1. the most trusted source kind: exchange_filing > company_release > media > machine_summary
       (see `trust.source_kind`);
    2. then the most recent publication date of the document;
    3. then the most complete value (a full date over a year-month over a year, money with more keys,
       a longer list or text).
    Stage is the exception: it changes over time, so the chosen stage is the latest one in the stage
    history (ties broken by trust), and only stages stated on the same date can conflict.

Conflicts
    A field is in conflict when two sources disagree: money when currency differs or amounts differ by
    more than 1%; dates when the years differ or both state a month and the months differ; text when the
    normalised values differ (lists compared as sets). The conflict lists every stated value with its
    fact id, document, source kind and publication date, the chosen one first.
"""
from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from typing import Any

from ..model.knowledge import ConflictValue, StageStep
from .trust import (
    choice_key,
    choose,
    date_key,
    days_apart,
    normalise_text,
    same_date,
    same_money,
    trust,
)

DEAL_FIELDS = ("licensor", "licensee", "asset", "deal_type", "territory", "upfront", "milestones", "total",
               "equity", "royalty", "announced")
ASSET_FIELDS = ("company", "modality", "target", "nuclide", "indication")
MONEY_FIELDS = {"upfront", "milestones", "total", "equity"}
DATE_FIELDS = {"announced"}
LIST_FIELDS = {"target", "indication"}
MAX_DAYS_APART = 120
LIVE_STAGES = ("preclinical", "ind", "iit", "phase1", "phase1/2", "phase2", "phase2/3", "phase3", "nda", "approved")
_COMPATIBLE_TYPES = [{"license", "collaboration", "option"}, {"newco", "collaboration"}]

Canonical = Callable[[str | None], str | None]


@dataclass(frozen=True)
class Sourced:
    """A fact payload (contract JSON, id included) with the kind and publication date of its document."""

    fact: dict[str, Any]
    source_kind: str
    published: str | None

    @property
    def id(self) -> str:
        return str(self.fact.get("id") or "")

    @property
    def document(self) -> str:
        return str(self.fact.get("document") or "")

    def quote(self) -> str:
        return " … ".join(str(e.get("quote", "")) for e in self.fact.get("evidence") or [])


@dataclass
class Merged:
    """The chosen value of each field and the fields whose sources disagree."""

    values: dict[str, Any]
    conflicts: dict[str, list[ConflictValue]] = field(default_factory=dict)
    stage_history: list[StageStep] = field(default_factory=list)


@dataclass(frozen=True)
class Names:
    """How company and asset names compare: `company` gives the canonical company name of any name
    (itself when unknown) and `asset_key` one key per real asset (its folded name when unknown)."""

    company: Canonical
    asset_key: Canonical


def fold(text: Any) -> str:
    return str(text or "").strip().casefold()


# ---- deals ---------------------------------------------------------------------------------------

def deal_order(item: Sourced) -> tuple[Any, ...]:
    """Placement order: facts stating asset and date first, then by date, then by publication."""
    fact = item.fact
    return (not fact.get("asset"), not fact.get("announced"), date_key(fact.get("announced")),
            date_key(item.published), item.id)


def same_deal(names: Names, a: dict[str, Any], b: dict[str, Any]) -> bool:
    shared = 0
    for role in ("licensor", "licensee"):
        x, y = names.company(a.get(role)), names.company(b.get(role))
        if x and y:
            if fold(x) != fold(y):
                return False
            shared += 1
    if not shared:
        return False
    x, y = names.asset_key(a.get("asset")), names.asset_key(b.get("asset"))
    if x and y and x != y:
        return False
    if not compatible_types(a.get("deal_type"), b.get("deal_type")):
        return False
    gap = days_apart(a.get("announced"), b.get("announced"))
    return gap is None or gap <= MAX_DAYS_APART


def fits(names: Names, fact: dict[str, Any], group: Iterable[Sourced]) -> bool:
    return all(same_deal(names, fact, other.fact) for other in group)


def money_agreement(fact: dict[str, Any], group: list[Sourced]) -> int:
    """How many money fields of `fact` agree with some fact of `group` (to place a vague fact)."""
    return sum(1 for name in MONEY_FIELDS if isinstance(fact.get(name), dict) and fact[name].get("amount") is not None
               and any(isinstance(o.fact.get(name), dict) and same_money(fact[name], o.fact[name]) for o in group))


def compatible_types(a: str | None, b: str | None) -> bool:
    if not a or not b or a == b:
        return True
    return any(a in family and b in family for family in _COMPATIBLE_TYPES)


def merge_deal(names: Names, group: list[Sourced]) -> Merged:
    normalisers = {"licensor": names.company, "licensee": names.company, "asset": names.asset_key}
    values, conflicts = merge_fields(group, DEAL_FIELDS, normalisers)
    for party in ("licensor", "licensee"):
        values[party] = names.company(values[party])
    return Merged({"id": min(item.id for item in group), **values}, conflicts)


# ---- assets --------------------------------------------------------------------------------------

def asset_names(fact: dict[str, Any]) -> list[str]:
    """The folded names an asset fact goes by: its name and aliases."""
    names = [fold(n) for n in [fact.get("asset"), *(fact.get("aliases") or [])] if n and str(n).strip()]
    return list(dict.fromkeys(names))


def components(facts: list[dict[str, Any]]) -> list[list[dict[str, Any]]]:
    """Asset facts split into groups of transitively shared names, each in the given order."""
    parent: dict[str, str] = {}

    def find(x: str) -> str:
        while parent.setdefault(x, x) != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    for fact in facts:
        names = asset_names(fact) or ["?"]
        for other in names[1:]:
            a, b = find(names[0]), find(other)
            if a != b:
                parent[max(a, b)] = min(a, b)
        find(names[0])
    groups: dict[str, list[dict[str, Any]]] = {}
    for fact in facts:
        groups.setdefault(find((asset_names(fact) or ["?"])[0]), []).append(fact)
    return list(groups.values())


def canonical_asset_name(facts: Iterable[dict[str, Any]]) -> str:
    """The name most often used as the asset's main name (first seen on ties)."""
    counts: dict[str, int] = {}
    for fact in facts:
        if fact.get("asset"):
            counts[str(fact["asset"])] = counts.get(str(fact["asset"]), 0) + 1
    return max(counts, key=counts.__getitem__) if counts else "?"


def merge_asset(names: Names, group: list[Sourced]) -> Merged:
    values, conflicts = merge_fields(group, ASSET_FIELDS, {"company": names.company})
    values["company"] = names.company(values["company"])
    history = stage_history(group)
    stage, stage_conflicts = latest_stage(history)
    if stage_conflicts:
        conflicts["stage"] = stage_conflicts
    name = canonical_asset_name(item.fact for item in group)
    stated = [str(item.fact["asset"]) for item in group if item.fact.get("asset")]
    aliases = [a for a in dict.fromkeys([*stated, *(a for item in group for a in item.fact.get("aliases") or [])])
               if a != name]
    values = {"asset": name, "aliases": aliases, **values, "stage": stage,
              "most_advanced_stage": most_advanced([h.stage for h in history])}
    return Merged(values, conflicts, history)


def most_advanced(stages: list[str]) -> str | None:
    live = [s for s in stages if s in LIVE_STAGES]
    if live:
        return max(live, key=LIVE_STAGES.index)
    return stages[0] if stages else None


def stage_history(group: list[Sourced]) -> list[StageStep]:
    history = [StageStep(str(item.fact["stage"]), item.published, item.document, item.id, item.source_kind)
               for item in group if item.fact.get("stage")]
    return sorted(history, key=lambda h: (date_key(h.date), -trust(h.source_kind), h.document))


def latest_stage(history: list[StageStep]) -> tuple[str | None, list[ConflictValue]]:
    """The latest stated stage (most trusted first on the same date), and the conflicting values among
    sources of the same date that disagree."""
    if not history:
        return None, []
    latest = date_key(history[-1].date)
    same_day = [h for h in history if date_key(h.date) == latest]
    stage = max(same_day, key=lambda h: trust(h.source_kind)).stage
    conflicts: list[ConflictValue] = []
    by_date: dict[tuple[int, int, int], list[StageStep]] = {}
    for h in history:
        by_date.setdefault(date_key(h.date), []).append(h)
    for entries in by_date.values():
        if len({e.stage for e in entries}) > 1:
            conflicts += [ConflictValue(e.stage, e.fact, e.document, e.source_kind, e.date)
                          for e in sorted(entries, key=lambda e: -trust(e.source_kind))]
    return stage, conflicts


# ---- fields --------------------------------------------------------------------------------------

def merge_fields(group: list[Sourced], names: tuple[str, ...],
                 normalisers: dict[str, Canonical]) -> tuple[dict[str, Any], dict[str, list[ConflictValue]]]:
    values: dict[str, Any] = {}
    conflicts: dict[str, list[ConflictValue]] = {}
    for name in names:
        candidates = []
        for item in group:
            value = item.fact.get(name)
            if value in (None, "", [], {}) or (isinstance(value, dict) and value.get("amount") is None):
                continue
            candidates.append({"value": value, "fact": item.id, "document": item.document,
                               "source_kind": item.source_kind, "published": item.published})
        best = choose(candidates)
        values[name] = best["value"] if best else ([] if name in LIST_FIELDS else None)
        if disagree(name, [c["value"] for c in candidates], normalisers.get(name)):
            conflicts[name] = [ConflictValue(**c) for c in ranked(candidates)]
    return values, conflicts


def disagree(name: str, stated: list[Any], normalise: Canonical | None = None) -> bool:
    """Whether any two stated values do not `agree`. Where agreeing is having the same key (text, a
    list as a set, a normalised name), the values' keys are compared with the first one's instead of
    every pair with every other: groups of hundreds of facts are common."""
    key = _agreement_key(name, stated, normalise)
    if key is not None:
        keys = map(key, stated)
        first = next(keys, None)
        return any(other != first for other in keys)
    for i, first in enumerate(stated):
        for second in stated[i + 1:]:
            if not agree(name, first, second, normalise):
                return True
    return False


def _agreement_key(name: str, stated: list[Any], normalise: Canonical | None) -> Callable[[Any], Any] | None:
    """What `agree` compares when it is the equality of one value of each (None: money and dates, which
    agree within a tolerance, and lists mixed with single values)."""
    if name in MONEY_FIELDS or name in DATE_FIELDS:
        return None
    if normalise is not None:
        return lambda value: fold(normalise(value))
    lists = sum(isinstance(value, list) for value in stated)
    if lists == 0:
        return normalise_text
    if lists == len(stated):
        return lambda value: {normalise_text(x) for x in value or []}
    return None


def agree(name: str, a: Any, b: Any, normalise: Canonical | None = None) -> bool:
    if name in MONEY_FIELDS:
        return same_money(a, b)
    if name in DATE_FIELDS:
        return same_date(a, b)
    if normalise is not None:
        return fold(normalise(a)) == fold(normalise(b))
    if isinstance(a, list) or isinstance(b, list):
        return {normalise_text(x) for x in a or []} == {normalise_text(x) for x in b or []}
    return normalise_text(a) == normalise_text(b)


def ranked(candidates: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Candidates in the order of the chosen value rule, the winner first (`choose` again and again:
    ties keep their order)."""
    return sorted(candidates, key=choice_key, reverse=True)
