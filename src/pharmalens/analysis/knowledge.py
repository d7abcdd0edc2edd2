"""Knowledge base: one merged deal per real deal and one merged asset per real asset, across documents,
with every source kept and every disagreement flagged.

Grouping
    Deals: the same licensor and the same licensee (canonical names via the store's company aliases,
    case-insensitive; A→B and B→A are different deals, roles must agree; an unknown party matches),
    the same asset (name or alias, or one side unknown), compatible deal types (equal, or among
    license / collaboration / option, or newco with collaboration) and announced dates at most 120 days
    apart when both are known. Facts stating asset and date are grouped first; a fact joins a group
    only if compatible with every member, and among several such groups the one whose money figures it
    matches best (then the earliest).
    Assets: the same name or alias (aliases are joined transitively).

Chosen value rule (per field, among the sources that state it)
    1. the most trusted source kind: exchange_filing > company_release > media > machine_summary
       (see `trust.source_kind`);
    2. then the most recent publication date of the document;
    3. then the most complete value (a full date over a year-month over a year, money with more keys,
       a longer list or text).
    Stage is the exception: it changes over time, so the chosen stage is the latest one in the stage
    history (ties broken by the rule above), and only stages stated on the same date can conflict.

Conflicts
    A field is in conflict when two sources disagree: money when currency differs or amounts differ by
    more than 1%; dates when the years differ or both state a month and the months differ; text when the
    normalised values differ (lists compared as sets). The conflict lists every stated value with its
    fact id, document, source kind and publication date, the chosen one included, so losers stay visible.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from .asset_index import most_advanced
from .trust import (choose, date_key, days_apart, normalise_text, same_date, same_money, source_kind, trust)

DEAL_FIELDS = ("licensor", "licensee", "asset", "deal_type", "territory", "upfront", "milestones", "total",
               "royalty", "announced")
ASSET_FIELDS = ("company", "modality", "target", "nuclide", "indication", "stage")
MONEY_FIELDS = {"upfront", "milestones", "total", "equity"}
DATE_FIELDS = {"announced"}
LIST_FIELDS = {"target", "indication"}
MAX_DAYS_APART = 120
_COMPATIBLE_TYPES = [{"license", "collaboration", "option"}, {"newco", "collaboration"}]


@dataclass(frozen=True)
class SourceRef:
    fact: str
    document: str
    source_kind: str
    published: str | None
    quote: str


@dataclass(frozen=True)
class ConflictValue:
    value: Any
    fact: str
    document: str
    source_kind: str
    published: str | None


@dataclass
class Merged:
    """Chosen values per field, every source, and the conflicting fields."""

    values: dict[str, Any]
    sources: list[SourceRef] = field(default_factory=list)
    conflicts: dict[str, list[ConflictValue]] = field(default_factory=dict)

    def __getattr__(self, name: str) -> Any:
        values = self.__dict__.get("values", {})
        if name in values:
            return values[name]
        raise AttributeError(name)

    def to_dict(self) -> dict[str, Any]:
        return {**self.values, "sources": [s.__dict__ for s in self.sources],
                "conflicts": {k: [c.__dict__ for c in v] for k, v in self.conflicts.items()}}


@dataclass
class MergedDeal(Merged):
    pass


@dataclass
class MergedAsset(Merged):
    stage_history: list[dict[str, Any]] = field(default_factory=list)

    def to_dict(self) -> dict[str, Any]:
        return {**super().to_dict(), "stage_history": self.stage_history}


class _Context:
    """Documents (kind, publication date) and name resolution for companies and assets."""

    def __init__(self, store: Any):
        documents = store.documents()
        texts = dict(store.document_texts()) if hasattr(store, "document_texts") else {}
        self.kinds: dict[str, str] = {}
        self.published: dict[str, str | None] = {}
        for doc in documents:
            full = {**doc, "text": doc.get("text") or texts.get(doc["id"], "")}
            self.kinds[doc["id"]] = source_kind(full)
            self.published[doc["id"]] = doc.get("published")
        self.companies: dict[str, str] = {}
        for company in store.companies():
            for name in (company["name"], *(company.get("aliases") or [])):
                self.companies.setdefault(_fold(name), company["name"])
        self.asset_facts = store.facts("asset")
        self.assets = _asset_names(self.asset_facts)

    def company(self, name: str | None) -> str | None:
        return self.companies.get(_fold(name), name.strip()) if name and name.strip() else None

    def asset_key(self, name: str | None) -> str | None:
        if not name or not str(name).strip():
            return None
        return self.assets.get(_fold(name), _fold(name))

    def source(self, fact: dict[str, Any]) -> SourceRef:
        doc = fact.get("document", "")
        quote = " … ".join(e.get("quote", "") for e in fact.get("evidence") or [])
        return SourceRef(fact.get("id", ""), doc, self.kinds.get(doc, "media"), self.published.get(doc), quote)


def merged_deals(store: Any) -> list[MergedDeal]:
    """One MergedDeal per real deal across the store's documents (see the module docstring)."""
    ctx = _Context(store)
    # fully stated facts seed the groups; vaguer ones (no asset, no date) then join the best fit
    deals = sorted(store.facts("deal"), key=lambda f: (not f.get("asset"), not f.get("announced"),
                                                        date_key(f.get("announced")),
                                                        date_key(ctx.published.get(f.get("document")))))
    groups: list[list[dict[str, Any]]] = []
    for fact in deals:
        fits = [g for g in groups if all(_same_deal(ctx, fact, other) for other in g)]
        home = max(fits, key=lambda g: _money_agreement(fact, g)) if fits else None
        if home is None:
            groups.append([fact])
        else:
            home.append(fact)
    names = _canonical_asset_names(ctx.asset_facts)
    merged = []
    for group in groups:
        normalisers = {"licensor": ctx.company, "licensee": ctx.company, "asset": ctx.asset_key}
        values, conflicts = _merge_fields(ctx, group, DEAL_FIELDS, normalisers)
        for party in ("licensor", "licensee"):
            values[party] = ctx.company(values[party])
        if values["asset"]:
            values["asset"] = names.get(ctx.asset_key(values["asset"]), values["asset"])
        values = {"id": min(f.get("id", "") for f in group), **values}
        merged.append(MergedDeal(values, [ctx.source(f) for f in group], conflicts))
    return sorted(merged, key=lambda d: (date_key(d.values.get("announced")), str(d.values.get("licensor")),
                                         str(d.values.get("asset"))))


def merged_assets(store: Any) -> list[MergedAsset]:
    """One MergedAsset per asset named in any document, with stage history, sources and conflicts."""
    ctx = _Context(store)
    groups: dict[str, list[dict[str, Any]]] = {}
    for fact in ctx.asset_facts:
        groups.setdefault(ctx.asset_key(fact.get("asset")) or "?", []).append(fact)
    names = _canonical_asset_names(ctx.asset_facts)
    merged = []
    for key, group in groups.items():
        values, conflicts = _merge_fields(ctx, group, ASSET_FIELDS[:-1], {"company": ctx.company})
        values["company"] = ctx.company(values["company"])
        history = _stage_history(ctx, group)
        stage, stage_conflicts = _stage(history)
        if stage_conflicts:
            conflicts["stage"] = stage_conflicts
        stated = [str(f["asset"]) for f in group if f.get("asset")]
        name = names.get(key, stated[0] if stated else key)
        aliases = [a for a in dict.fromkeys([*stated, *(a for f in group for a in f.get("aliases") or [])])
                   if a != name]
        values = {"asset": name, "aliases": aliases, **values, "stage": stage,
                  "most_advanced_stage": most_advanced([h["stage"] for h in history])}
        merged.append(MergedAsset(values, [ctx.source(f) for f in group], conflicts, history))
    return sorted(merged, key=lambda a: _fold(a.values["asset"]))


def _same_deal(ctx: _Context, a: dict[str, Any], b: dict[str, Any]) -> bool:
    shared = 0
    for role in ("licensor", "licensee"):
        x, y = ctx.company(a.get(role)), ctx.company(b.get(role))
        if x and y:
            if _fold(x) != _fold(y):
                return False
            shared += 1
    if not shared:
        return False
    x, y = ctx.asset_key(a.get("asset")), ctx.asset_key(b.get("asset"))
    if x and y and x != y:
        return False
    if not _compatible_types(a.get("deal_type"), b.get("deal_type")):
        return False
    gap = days_apart(a.get("announced"), b.get("announced"))
    return gap is None or gap <= MAX_DAYS_APART


def _money_agreement(fact: dict[str, Any], group: list[dict[str, Any]]) -> int:
    """How many money fields of `fact` agree with some member of `group` (to place a vague fact)."""
    return sum(1 for name in MONEY_FIELDS if fact.get(name) and fact[name].get("amount") is not None
               and any(other.get(name) and same_money(fact[name], other[name]) for other in group))


def _compatible_types(a: str | None, b: str | None) -> bool:
    if not a or not b or a == b:
        return True
    return any(a in family and b in family for family in _COMPATIBLE_TYPES)


def _merge_fields(ctx: _Context, group: list[dict[str, Any]], fields: tuple[str, ...],
                  normalisers: dict[str, Any]) -> tuple[dict[str, Any], dict[str, list[ConflictValue]]]:
    values: dict[str, Any] = {}
    conflicts: dict[str, list[ConflictValue]] = {}
    for name in fields:
        candidates = []
        for fact in group:
            value = fact.get(name)
            if value in (None, "", [], {}) or (isinstance(value, dict) and value.get("amount") is None):
                continue
            ref = ctx.source(fact)
            candidates.append({"value": value, "fact": ref.fact, "document": ref.document,
                               "source_kind": ref.source_kind, "published": ref.published})
        best = choose(candidates)
        values[name] = best["value"] if best else ([] if name in LIST_FIELDS else None)
        normalise = normalisers.get(name)
        if _disagree(name, [c["value"] for c in candidates], normalise):
            conflicts[name] = [ConflictValue(**c) for c in _ranked(candidates)]
    return values, conflicts


def _disagree(name: str, stated: list[Any], normalise: Any = None) -> bool:
    for i, first in enumerate(stated):
        for second in stated[i + 1:]:
            if not _agree(name, first, second, normalise):
                return True
    return False


def _agree(name: str, a: Any, b: Any, normalise: Any = None) -> bool:
    if name in MONEY_FIELDS:
        return same_money(a, b)
    if name in DATE_FIELDS:
        return same_date(a, b)
    if normalise is not None:
        return _fold(normalise(a)) == _fold(normalise(b))
    if isinstance(a, list) or isinstance(b, list):
        return {normalise_text(x) for x in a or []} == {normalise_text(x) for x in b or []}
    return normalise_text(a) == normalise_text(b)


def _ranked(candidates: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Candidates in the order of the chosen value rule, the winner first."""
    rest = list(candidates)
    ranked = []
    while rest:
        best = choose(rest)
        ranked.append(best)
        rest.remove(best)
    return ranked


def _stage_history(ctx: _Context, group: list[dict[str, Any]]) -> list[dict[str, Any]]:
    history = []
    for fact in group:
        if not fact.get("stage"):
            continue
        ref = ctx.source(fact)
        history.append({"stage": fact["stage"], "date": ref.published, "document": ref.document,
                        "fact": ref.fact, "source_kind": ref.source_kind})
    return sorted(history, key=lambda h: (date_key(h["date"]), -trust(h["source_kind"]), h["document"]))


def _stage(history: list[dict[str, Any]]) -> tuple[str | None, list[ConflictValue]]:
    """The latest stated stage (most trusted first on the same date), and the conflicting values among
    sources of the same date that disagree."""
    if not history:
        return None, []
    latest = date_key(history[-1]["date"])
    same_day = [h for h in history if date_key(h["date"]) == latest]
    stage = max(same_day, key=lambda h: trust(h["source_kind"]))["stage"]
    conflicts: list[ConflictValue] = []
    by_date: dict[tuple[int, int, int], list[dict[str, Any]]] = {}
    for h in history:
        by_date.setdefault(date_key(h["date"]), []).append(h)
    for entries in by_date.values():
        if len({e["stage"] for e in entries}) > 1:
            conflicts += [ConflictValue(e["stage"], e["fact"], e["document"], e["source_kind"], e["date"])
                          for e in sorted(entries, key=lambda e: -trust(e["source_kind"]))]
    return stage, conflicts


def _asset_names(assets: list[dict[str, Any]]) -> dict[str, str]:
    """Every folded asset name or alias -> one key per asset (aliases joined transitively)."""
    parent: dict[str, str] = {}

    def find(x: str) -> str:
        while parent.setdefault(x, x) != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    for asset in assets:
        names = [_fold(n) for n in [asset.get("asset"), *(asset.get("aliases") or [])] if n and str(n).strip()]
        for other in names[1:]:
            a, b = find(names[0]), find(other)
            if a != b:
                parent[max(a, b)] = min(a, b)
        if names:
            find(names[0])
    return {name: find(name) for name in parent}


def _canonical_asset_names(assets: list[dict[str, Any]]) -> dict[str, str]:
    """Asset key -> the name most often used as the asset's main name (first seen on ties)."""
    keys = _asset_names(assets)
    counts: dict[str, dict[str, int]] = {}
    for asset in assets:
        if asset.get("asset"):
            names = counts.setdefault(keys[_fold(asset["asset"])], {})
            names[str(asset["asset"])] = names.get(str(asset["asset"]), 0) + 1
    return {key: max(names, key=names.__getitem__) for key, names in counts.items()}


def _fold(text: Any) -> str:
    return str(text or "").strip().casefold()
