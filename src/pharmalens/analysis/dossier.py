"""One cited dossier per company: names, pipeline, deals, regulatory and GMP events, terminations with
sunk cost, financials over time, financings and facilities, every item with its sources."""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from pharmalens.resolve.trust import period_key

from .landscape import merge_assets
from .lookup import Lookup, lookup

_HIDDEN = {"evidence", "extractor"}


class UnknownCompany(LookupError):
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
    """One fact (contract fields, evidence moved to `sources`), or a merged asset."""

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

    SECTIONS = ("assets", "deals", "regulatory", "gmp", "terminations", "financials", "financings", "facilities")

    def to_dict(self) -> dict[str, Any]:
        out: dict[str, Any] = {"name": self.name, "aliases": self.aliases}
        if self.matched is not None:
            out["matched"] = {"query": self.matched.query, "how": self.matched.how, "name": self.matched.matched}
        for section in self.SECTIONS:
            out[section] = [item.to_dict() for item in getattr(self, section)]
        out["sunk_cost"] = self.sunk_cost.__dict__
        return out


def dossier(store: Any, company_name: str) -> Dossier:
    """Everything the store knows about one company, matched by canonical name or alias."""
    found = lookup(company_name, store.companies())
    if found.how == "ambiguous":
        raise UnknownCompany(company_name, found)
    known, name, aliases = _names(store.companies(), found.chosen or company_name)
    names = {n.casefold() for n in (name, *aliases)}
    facts = store.facts_by_kind()
    mine = {kind: [f for f in records if _is_about(f, names)] for kind, records in facts.items()}
    if not known and not any(mine.values()):
        raise UnknownCompany(company_name)
    regulatory = [_item(f) for f in mine["regulatory"]]
    terminations = mine["terminations"]
    return Dossier(
        name=name, aliases=aliases, matched=found if known else None,
        assets=_assets(mine["assets"]),
        deals=[_item(f, role=_deal_role(f, names)) for f in mine["deals"]],
        regulatory=[i for i in regulatory if not str(i.fields.get("event", "")).startswith("gmp")],
        gmp=[i for i in regulatory if str(i.fields.get("event", "")).startswith("gmp")],
        terminations=[_item(f) for f in terminations],
        sunk_cost=sunk_cost(terminations),
        financials=sorted((_item(f) for f in mine["financials"]), key=_financial_key),
        financings=[_item(f, role="investor" if _folded(f.get("company")) not in names else "raising")
                    for f in mine["financings"]],
        facilities=[_item(f) for f in mine["facilities"]],
    )


def sunk_cost(terminations: list[dict[str, Any]]) -> SunkCost:
    by_currency: dict[str, float] = {}
    usd_total, with_usd, undisclosed = 0.0, 0, 0
    for record in terminations:
        spend = record.get("cumulative_spend")
        if not spend or spend.get("amount") is None:
            undisclosed += 1
            continue
        currency = spend.get("currency") or "?"
        by_currency[currency] = round(by_currency.get(currency, 0.0) + float(spend["amount"]), 6)
        figure = spend.get("usd") if spend.get("usd") is not None else (
            spend["amount"] if currency == "USD" else None)
        if figure is not None:
            usd_total += float(figure)
            with_usd += 1
    return SunkCost(dict(sorted(by_currency.items())), round(usd_total, 6) if with_usd else None, with_usd,
                    undisclosed)


def _names(companies: list[dict[str, Any]], query: str) -> tuple[bool, str, list[str]]:
    folded = query.strip().casefold()
    for company in companies:
        if folded in {n.casefold() for n in (company["name"], *(company.get("aliases") or []))}:
            return True, company["name"], list(company.get("aliases") or [])
    return False, query.strip(), []


def _is_about(fact: dict[str, Any], names: set[str]) -> bool:
    parties = [fact.get(k) for k in ("company", "licensor", "licensee")] + list(fact.get("investors") or [])
    return any(_folded(p) in names for p in parties if p)


def _deal_role(deal: dict[str, Any], names: set[str]) -> str:
    return "licensor" if _folded(deal.get("licensor")) in names else "licensee"


def _item(fact: dict[str, Any], role: str | None = None) -> Item:
    fields = {k: v for k, v in fact.items() if k not in _HIDDEN}
    if role:
        fields["role"] = role
    return Item(fields, _sources([fact]))


def _assets(records: list[dict[str, Any]]) -> list[Item]:
    items = []
    for merged in merge_assets(records):
        key = str(merged.get("asset") or "?").casefold()
        group = [r for r in records if str(r.get("asset") or "?").casefold() == key]
        aliases = list(dict.fromkeys(a for r in group for a in r.get("aliases") or []))
        items.append(Item({**merged, "aliases": aliases}, _sources(group)))
    return sorted(items, key=lambda i: str(i.fields.get("asset") or "").casefold())


def _sources(facts: list[dict[str, Any]]) -> tuple[Source, ...]:
    seen = dict.fromkeys(Source(f["document"], e["start"], e["end"], e["quote"])
                         for f in facts for e in f.get("evidence") or [])
    return tuple(seen)


def _financial_key(item: Item) -> tuple[Any, ...]:
    f = item.fields
    return (*period_key(f.get("period")), str(f.get("metric") or ""), str(f.get("segment") or ""))


def _folded(text: str | None) -> str:
    return (text or "").strip().casefold()
