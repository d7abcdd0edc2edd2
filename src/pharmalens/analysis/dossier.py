"""One cited dossier per company: names, pipeline, deals, regulatory and GMP events, terminations with
sunk cost, financials over time, financings and facilities, every item with its sources.

Each section is one page (`limit` items from `offset`) of the facts naming the company by any of its
names, read through the store's indexes; `totals` says how many each section has in all. Sections and
their columns come from the record-type registry; the assets are the store's asset entities."""
from __future__ import annotations

from dataclasses import dataclass, field, replace
from typing import Any

from pharmalens.model.filters import AssetFilter
from pharmalens.model.knowledge import AssetEntity, every
from pharmalens.model.registry import RECORD_TYPES
from pharmalens.model.stored import StoredFact

from ..model.errors import PharmalensError
from .lookup import Lookup, lookup

_HIDDEN = {"evidence", "extractor"}
GMP_PREFIX = "gmp"


class UnknownCompany(PharmalensError):
    code = "unknown_company"

    def __init__(self, name: str, found: Lookup | None = None) -> None:
        message = found.message() if found is not None and found.how == "ambiguous" else \
            f"no company named {name!r} in the store (name, alias, part of a name or near spelling)"
        super().__init__(message)
        self.found = found


@dataclass(frozen=True)
class Source:
    document: str
    start: int
    end: int
    quote: str


@dataclass(frozen=True)
class Item:
    """One fact (contract fields, evidence moved to `sources`), or one asset across documents."""

    fields: dict[str, Any]
    sources: tuple[Source, ...]

    def to_dict(self) -> dict[str, Any]:
        return {**self.fields, "sources": [s.__dict__ for s in self.sources]}


@dataclass(frozen=True)
class SunkCost:
    by_currency: dict[str, float]  # millions of each original currency
    usd: float | None  # millions, over the terminations with a USD figure
    n_with_usd: int
    n_undisclosed: int


@dataclass
class Dossier:
    name: str
    aliases: list[str]
    matched: Lookup | None = None  # how the asked name led to this company
    assets: list[Item] = field(default_factory=list)
    deals: list[Item] = field(default_factory=list)
    regulatory: list[Item] = field(default_factory=list)
    gmp: list[Item] = field(default_factory=list)
    terminations: list[Item] = field(default_factory=list)
    sunk_cost: SunkCost = field(default_factory=lambda: SunkCost({}, None, 0, 0))
    financials: list[Item] = field(default_factory=list)
    financings: list[Item] = field(default_factory=list)
    facilities: list[Item] = field(default_factory=list)
    totals: dict[str, int] = field(default_factory=dict)  # per section, all items (regulatory counts GMP too)
    limit: int = 50
    offset: int = 0

    SECTIONS = ("assets", "deals", "regulatory", "gmp", "terminations", "financials", "financings", "facilities")

    def to_dict(self) -> dict[str, Any]:
        out: dict[str, Any] = {"name": self.name, "aliases": self.aliases}
        if self.matched is not None:
            out["matched"] = {"query": self.matched.query, "how": self.matched.how, "name": self.matched.matched}
        for section in self.SECTIONS:
            out[section] = [item.to_dict() for item in getattr(self, section)]
        out["sunk_cost"] = self.sunk_cost.__dict__
        out.update(totals=self.totals, limit=self.limit, offset=self.offset)
        return out


def dossier(store: Any, company_name: str, limit: int = 50, offset: int = 0) -> Dossier:
    """What the store knows about one company, matched by name, alias, part of a name or near spelling,
    a page per section; read in one transaction (one snapshot, one connection checkout)."""
    with store.reading():
        return _dossier(store, company_name, limit, offset)


def _dossier(store: Any, company_name: str, limit: int, offset: int) -> Dossier:
    found = find_company(store, company_name)
    if found.how == "ambiguous":
        raise UnknownCompany(company_name, found)
    kinds = [t.list_name for t in RECORD_TYPES if t.list_name != "assets"]
    company, pages = store.facts_about(found.chosen or company_name, kinds, limit=limit, offset=offset)
    name = company.name if company else company_name.strip()
    aliases = list(company.aliases) if company else []
    assets = store.assets(AssetFilter(company=name), limit=limit, offset=offset, detail=True)
    if company is None and not assets.total and not any(page.total for page in pages.values()):
        raise UnknownCompany(company_name)
    names = {n.casefold() for n in (name, *aliases)}
    items = {kind: [fact for fact in page.items] for kind, page in pages.items()}
    regulatory = [_item(f) for f in items["regulatory"]]
    return Dossier(
        name=name, aliases=aliases, matched=found if company else None,
        assets=[_asset(a) for a in assets.items],
        deals=[_item(f, role="licensor" if _folded(f.record.licensor) in names else "licensee")
               for f in items["deals"]],
        regulatory=[i for i in regulatory if not str(i.fields.get("event", "")).startswith(GMP_PREFIX)],
        gmp=[i for i in regulatory if str(i.fields.get("event", "")).startswith(GMP_PREFIX)],
        terminations=[_item(f) for f in items["terminations"]],
        sunk_cost=SunkCost(**store.termination_spend(name)),
        financials=[_item(f) for f in items["financials"]],
        financings=[_item(f, role="raising" if _folded(f.record.company) in names else "investor")
                    for f in items["financings"]],
        facilities=[_item(f) for f in items["facilities"]],
        totals={"assets": assets.total, **{kind: page.total for kind, page in pages.items()}},
        limit=limit, offset=offset,
    )


def find_company(store: Any, name: str) -> Lookup:
    """A name or alias through the store's index; else a part of a name or a near spelling among every
    company (`lookup`)."""
    company = store.company(name)
    if company is not None:
        return Lookup(name, "exact", company.name, name.strip(), (company.name,))
    return lookup(name, [{"name": c.name, "aliases": list(c.aliases)} for c in every(store.companies)])


def _item(fact: StoredFact, role: str | None = None) -> Item:
    payload = fact.to_json()
    fields = {k: v for k, v in payload.items() if k not in _HIDDEN}
    if role:
        fields["role"] = role
    sources = tuple(dict.fromkeys(Source(fact.document, e["start"], e["end"], e["quote"])
                                  for e in payload.get("evidence") or []))
    return Item(fields, sources)


def _asset(asset: AssetEntity) -> Item:
    fields = replace(asset, sources=(), conflicts={}, stage_history=()).to_json()  # not its sources as JSON
    return Item(fields, tuple(dict.fromkeys(Source(s.document, start, end, quote) for s in asset.sources
                                            for start, end, quote in s.spans)))


def _folded(text: str | None) -> str:
    return (text or "").strip().casefold()
