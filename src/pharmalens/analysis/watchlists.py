"""Watchlists: named filter expressions over the stored facts, kept in a JSON file with the ids of the
facts each one has already reported, so a run returns only what is new.

Expression: space-separated conditions `field=value`, `field!=value`, and for stage also
`stage>=phase2` (and <=, >, <) along preclinical < ind < iit < phase1 < ... < nda < approved.
Values with spaces are quoted: company="Alpha Bio"."""
from __future__ import annotations

import json
import os
import re
import shlex
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Callable

from pharmalens.model.registry import FILTERS, RECORD_TYPES, record_type

from .asset_index import LIVE_STAGES, canonical_nuclide, stage_rank
from .errors import UnknownWatchlist, WatchlistError

DEFAULT_PATH = Path("~/.pharmalens/watchlists.json")
TYPES = {t.list_name: t.kind for t in RECORD_TYPES}
FIELDS = ("type", *FILTERS)
STORE_FILTERS = ("company", "asset", "deal_type", "agency", "event", "metric", "round", "endpoint", "kind",
                 "indication")  # fields of the record itself: the store narrows by them, the rest is read here
PAGE = 1000
_CONDITION = re.compile(r"^(?P<field>[a-z_]+)(?P<op>!=|>=|<=|=|>|<)(?P<value>.+)$")
_ORDER: dict[str, Callable[[int, int], bool]] = {
    ">=": lambda a, b: a >= b, "<=": lambda a, b: a <= b, ">": lambda a, b: a > b, "<": lambda a, b: a < b}


@dataclass(frozen=True)
class Condition:
    field: str
    op: str
    value: str


@dataclass(frozen=True)
class WatchResult:
    name: str
    expression: str
    new: list[dict[str, Any]] = field(default_factory=list)

    def to_dict(self) -> dict[str, Any]:
        return {"name": self.name, "expression": self.expression, "new": self.new}


def parse(expression: str) -> list[Condition]:
    """Conditions of an expression; the error names the bad condition and the allowed fields."""
    conditions = []
    allowed = f"allowed fields: {', '.join(FIELDS)}"
    try:
        parts = shlex.split(expression)
    except ValueError as exc:
        raise WatchlistError(f"bad expression {expression!r}: {exc}; {allowed}") from None
    for part in parts:
        match = _CONDITION.match(part)
        if not match:
            raise WatchlistError(f"bad condition {part!r}: write field=value, field!=value or stage>=value; {allowed}")
        cond = Condition(match["field"], match["op"], match["value"])
        if cond.field not in FIELDS:
            raise WatchlistError(f"unknown field {cond.field!r} in condition {part!r}; {allowed}")
        if cond.op in _ORDER and cond.field != "stage":
            raise WatchlistError(f"condition {part!r}: {cond.op} only works on stage; {allowed}")
        if cond.field == "stage" and cond.value not in (*LIVE_STAGES, "terminated"):
            raise WatchlistError(f"condition {part!r}: unknown stage; stages: {' < '.join(LIVE_STAGES)}")
        if cond.op in _ORDER and cond.value == "terminated":
            raise WatchlistError(f"condition {part!r}: terminated has no order; stages: {' < '.join(LIVE_STAGES)}")
        if cond.field == "type" and _type(cond.value) is None:
            raise WatchlistError(f"condition {part!r}: unknown type; types: {', '.join(TYPES.values())}")
        if cond.field == "nuclide" and canonical_nuclide(cond.value) is None:
            raise WatchlistError(f"condition {part!r}: unknown nuclide; write it like Ac-225, 225Ac or Lu177")
        conditions.append(cond)
    if not conditions:
        raise WatchlistError(f"empty expression; {allowed}")
    return conditions


def add(name: str, expression: str, path: str | Path | None = None) -> None:
    """Create or replace a watchlist; a changed expression forgets what was seen."""
    if not name.strip():
        raise WatchlistError("a watchlist needs a name")
    parse(expression)
    data = _load(path)
    old = data["watchlists"].get(name)
    seen = old["seen"] if old and old.get("expression") == expression else []
    sent = old.get("sent", {}) if old and old.get("expression") == expression else {}
    data["watchlists"][name] = {"expression": expression, "seen": seen, "sent": sent}
    _save(path, data)


def lists(path: str | Path | None = None) -> dict[str, str]:
    return {name: entry["expression"] for name, entry in sorted(_load(path)["watchlists"].items())}


def run(store: Any, name: str | None = None, path: str | Path | None = None) -> list[WatchResult]:
    """New matching facts of one watchlist (or of all), remembered as seen for the next run."""
    results = pending(store, name, path)
    data = _load(path)
    for result in results:
        entry = data["watchlists"][result.name]
        entry["seen"] = sorted(set(entry.get("seen") or []) | {f["id"] for f in result.new})
    _save(path, data)
    return results


def pending(store: Any, name: str | None = None, path: str | Path | None = None,
            channel: str | None = None) -> list[WatchResult]:
    """Matching facts not yet seen by plain runs (channel None) or not yet sent to `channel`; marks nothing."""
    watchlists = _load(path)["watchlists"]
    if name is not None and name not in watchlists:
        known = ", ".join(sorted(watchlists)) or "none"
        raise UnknownWatchlist(f"no watchlist named {name!r}; known: {known}")
    context = _Context(store)
    results = []
    for list_name in [name] if name is not None else sorted(watchlists):
        entry = watchlists[list_name]
        conditions = parse(entry["expression"])
        facts = context.candidates(conditions)
        done = set(entry.get("seen") or []) if channel is None else set(entry.get("sent", {}).get(channel, []))
        new = [f for f in facts if f["id"] not in done and all(_holds(c, f) for c in conditions)]
        results.append(WatchResult(list_name, entry["expression"], [_public(f) for f in new]))
    return results


def mark_sent(name: str, channel: str, fact_ids: list[str], path: str | Path | None = None) -> None:
    """Remember that these facts of a watchlist reached a channel; saved at once, atomically."""
    data = _load(path)
    entry = data["watchlists"].get(name)
    if entry is None:
        raise UnknownWatchlist(f"no watchlist named {name!r}")
    sent = entry.setdefault("sent", {})
    sent[channel] = sorted(set(sent.get(channel, [])) | set(fact_ids))
    _save(path, data)


class _Context:
    """Candidate facts for a watchlist's conditions, read through the store's filters, with the names
    of their companies and the profile of their asset (looked up once per name)."""

    def __init__(self, store: Any) -> None:
        self.store = store
        self._companies: dict[str, set[str]] = {}
        self._assets: dict[str, Any] = {}

    def candidates(self, conditions: list[Condition]) -> list[dict[str, Any]]:
        kinds = [_type(c.value) for c in conditions if c.field == "type" and c.op == "="] or list(TYPES.values())
        out = []
        for kind in dict.fromkeys(k for k in kinds if k):
            rtype = record_type(kind)
            filters = {c.field: c.value for c in conditions
                       if c.op == "=" and c.field in STORE_FILTERS and c.field in rtype.filters}
            offset = 0
            while True:
                page = self.store.fact_page(kind, filters, limit=PAGE, offset=offset)
                out += [self.fact(fact) for fact in page.items]
                offset += len(page.items)
                if not page.items or offset >= page.total:
                    break
        return out

    def fact(self, stored: Any) -> dict[str, Any]:
        fact = stored.to_json()
        parties = [fact.get(k) for k in ("company", "licensor", "licensee")]
        return {**fact, "_type": stored.kind, "_profile": self.profile(fact.get("asset")),
                "_companies": set().union(*(self.names(p) for p in parties if p))}

    def names(self, party: str) -> set[str]:
        if party not in self._companies:
            company = self.store.company(party)
            names = (company.name, *company.aliases) if company else (party,)
            self._companies[party] = {n.casefold() for n in names}
        return self._companies[party]

    def profile(self, asset: str | None) -> Any:
        if not asset:
            return None
        if asset not in self._assets:
            self._assets[asset] = self.store.asset(asset)
        return self._assets[asset]


def _public(fact: dict[str, Any]) -> dict[str, Any]:
    return {"type": fact["_type"], **{k: v for k, v in fact.items() if not k.startswith("_")}}


def _holds(cond: Condition, fact: dict[str, Any]) -> bool:
    if cond.op in _ORDER:
        have, want = stage_rank(_stage(fact)), stage_rank(cond.value)
        return have is not None and want is not None and _ORDER[cond.op](have, want)
    equal = _equals(cond, fact)
    return equal if cond.op == "=" else not equal


def _equals(cond: Condition, fact: dict[str, Any]) -> bool:
    value = cond.value.casefold()
    if cond.field == "type":
        return fact["_type"] == _type(cond.value)
    if cond.field == "company":
        return value in fact["_companies"]
    if cond.field == "stage":
        return _stage(fact) == cond.value
    if cond.field == "nuclide":
        return canonical_nuclide(cond.value) in _values(fact, "nuclide") | _values(fact, "nuclides")
    return value in {v.casefold() for v in _values(fact, cond.field)}


def _values(fact: dict[str, Any], name: str) -> set[str]:
    raw = fact.get(name)
    profile = fact["_profile"]
    if raw in (None, [], "") and profile is not None and name in ("nuclide", "target", "modality"):
        raw = getattr(profile, name)
    if raw is None:
        return set()
    return {str(v) for v in raw} if isinstance(raw, (list, tuple)) else {str(raw)}


def _stage(fact: dict[str, Any]) -> str | None:
    if fact.get("stage") or fact.get("phase"):
        return fact.get("stage") or fact.get("phase")
    return fact["_profile"].most_advanced_stage if fact["_profile"] is not None else None


def _type(value: str) -> str | None:
    folded = value.casefold()
    return folded if folded in TYPES.values() else TYPES.get(folded)


def _file(path: str | Path | None) -> Path:
    return Path(path if path is not None else DEFAULT_PATH).expanduser()


def _load(path: str | Path | None) -> dict[str, Any]:
    file = _file(path)
    if not file.exists():
        return {"watchlists": {}}
    try:
        data = json.loads(file.read_text(encoding="utf-8"))
    except json.JSONDecodeError as exc:
        raise WatchlistError(f"{file} is not a watchlist file: {exc}") from None
    if not isinstance(data, dict) or not isinstance(data.get("watchlists"), dict):
        raise WatchlistError(f"{file} is not a watchlist file: no 'watchlists' object")
    return data


def _save(path: str | Path | None, data: dict[str, Any]) -> None:
    file = _file(path)
    file.parent.mkdir(parents=True, exist_ok=True)
    partial = file.with_name(file.name + ".tmp")
    partial.write_text(json.dumps(data, ensure_ascii=False, indent=2), encoding="utf-8")
    os.replace(partial, file)
