"""Deal entities kept at ingest: each deal fact is placed in the real deal it reports (see
`resolve.knowledge` for the rule), and the deals it joins or leaves are recomputed: chosen values,
indexed columns, conflicts.

A deal is compatible only with deals sharing its licensor or licensee, so placing a fact reads the
deals of its parties only (by the `deals` party index), loaded once per transaction.
"""
from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import Any

from sqlalchemy import and_, bindparam, or_, select
from sqlalchemy.orm import Session

from pharmalens.resolve.countries import company_country
from pharmalens.resolve.knowledge import (
    Names,
    Sourced,
    deal_order,
    fits,
    merge_deal,
    money_agreement,
    most_advanced,
)
from pharmalens.resolve.trust import date_key

from . import counts
from .conflicts import INSERT as INSERT_CONFLICTS, conflict_rows, drop_conflicts
from .names import Resolver
from .prepared import Prepared
from .schema import TYPED_FACTS, AssetNameRow, DealRow, DocumentRow, utc_now
from .sources import load_owned, load_sourced
from .sql import run
from .typed import CHUNK, chunks, fold, text_value

FACTS = TYPED_FACTS["deal"]
ASSET_FACTS = TYPED_FACTS["asset"]
Parties = tuple[str | None, str | None]
Candidates = tuple[Parties, str | None]  # parties and asset key
Loader = Callable[[Candidates], list[tuple[str, list[Sourced]]]]


class Placement:
    """Deals in the making: members by key, and an index from parties to keys. `loader` brings in the
    stored deals of given parties (none when rebuilding from scratch)."""

    def __init__(self, names: Names, loader: Loader | None = None) -> None:
        self.names = names
        self.members: dict[str, list[Sourced]] = {}
        self.origin: dict[str, str] = {}  # key -> id of the stored deal it started from
        self.changed: set[str] = set()
        self.owner: dict[str, str] = {}  # fact id -> the stored deal it is in
        self._by_licensor: dict[str, set[str]] = {}
        self._by_licensee: dict[str, set[str]] = {}
        self._by_asset: dict[str, set[str]] = {}  # asset key -> keys of the deals with a fact naming it
        self._assetless: set[str] = set()  # keys of the deals none of whose facts names an asset
        self._loader = loader
        self._loaded: set[Candidates] = set()

    def parties(self, fact: dict[str, Any]) -> Parties:
        licensor, licensee = self.names.company(fact.get("licensor")), self.names.company(fact.get("licensee"))
        return (fold(licensor) if licensor else None, fold(licensee) if licensee else None)

    def add_stored(self, entity_id: str, members: list[Sourced], changed: bool = False) -> None:
        if entity_id in self.members:
            return
        self.members[entity_id] = []
        self.origin[entity_id] = entity_id
        for item in members:
            self._join(entity_id, item)
            self.owner[item.id] = entity_id
        if changed:
            self.changed.add(entity_id)

    def place(self, item: Sourced) -> str:
        """Put a fact in the best fitting deal, or in a new one; returns the deal's key."""
        parties = self.parties(item.fact)
        if not any(parties):
            return self._new(item)
        wanted = (parties, self.names.asset_key(item.fact.get("asset")))
        if self._loader is not None and wanted not in self._loaded:
            self._loaded.add(wanted)
            for entity_id, members in self._loader(wanted):
                self.add_stored(entity_id, members)
        fitting = [key for key in self._candidates(parties, wanted[1])
                   if fits(self.names, item.fact, self.members[key])]
        if not fitting:
            return self._new(item)
        home = max(fitting, key=lambda key: money_agreement(item.fact, self.members[key]))
        self._join(home, item)
        self.changed.add(home)
        return home

    def _candidates(self, parties: Parties, asset: str | None) -> list[str]:
        """The deals sharing a party, less those with a fact naming another asset (`same_deal` refuses
        them): when rebuilding, a busy party has thousands of deals, most of other assets."""
        licensor, licensee = parties
        keys = self._by_licensor.get(licensor, set()) if licensor else set()
        keys = keys | (self._by_licensee.get(licensee, set()) if licensee else set())
        if asset:
            keys = keys & (self._by_asset.get(asset, set()) | self._assetless)
        return sorted(keys)

    def _new(self, item: Sourced) -> str:
        key = "new:" + item.id
        self.members[key] = []
        self._join(key, item)
        self.changed.add(key)
        return key

    def _join(self, key: str, item: Sourced) -> None:
        self.members[key].append(item)
        licensor, licensee = self.parties(item.fact)
        if licensor:
            self._by_licensor.setdefault(licensor, set()).add(key)
        if licensee:
            self._by_licensee.setdefault(licensee, set()).add(key)
        asset = self.names.asset_key(item.fact.get("asset"))
        if asset:
            self._by_asset.setdefault(asset, set()).add(key)
            self._assetless.discard(key)
        elif len(self.members[key]) == 1:
            self._assetless.add(key)


DEALS = DealRow.__table__
IDS = bindparam("ids", expanding=True)
_MEMBERS = Prepared(select(FACTS.c.id, FACTS.c.entity_id).where(FACTS.c.entity_id.in_(IDS)))
_ENTITIES_OF = Prepared(select(FACTS.c.entity_id).where(FACTS.c.id.in_(IDS)))
_UNPLACE = Prepared(FACTS.update().where(FACTS.c.id.in_(IDS)).values(entity_id=None))
_PLACE = Prepared(FACTS.update().where(FACTS.c.id == bindparam("key")).values(entity_id=bindparam("entity")))
_DROP = Prepared(DEALS.delete().where(DEALS.c.id.in_(IDS)))
_INSERT = Prepared(DEALS.insert())
_STAGES = Prepared(select(ASSET_FACTS.c.stage, DocumentRow.__table__.c.published)
                   .join(DocumentRow.__table__, DocumentRow.__table__.c.id == ASSET_FACTS.c.document_id)
                   .where(ASSET_FACTS.c.entity_id == bindparam("asset"), ASSET_FACTS.c.document_id.in_(IDS),
                          ASSET_FACTS.c.stage.is_not(None)))


def _candidates_query(licensor: bool, licensee: bool, asset: bool) -> Prepared:
    if licensor and licensee:
        condition = or_(and_(DEALS.c.licensor == bindparam("licensor"),
                             or_(DEALS.c.licensee == bindparam("licensee"), DEALS.c.licensee.is_(None))),
                        and_(DEALS.c.licensor.is_(None), DEALS.c.licensee == bindparam("licensee")))
    elif licensor:
        condition = DEALS.c.licensor == bindparam("licensor")
    else:
        condition = DEALS.c.licensee == bindparam("licensee")
    if asset:
        names = select(AssetNameRow.__table__.c.name).where(AssetNameRow.__table__.c.asset_id == bindparam("asset"))
        condition = and_(condition, or_(DEALS.c.asset_key.is_(None), DEALS.c.asset_key == bindparam("asset"),
                                        DEALS.c.asset_key.in_(names.scalar_subquery())))
    return Prepared(select(DEALS.c.id).where(condition))


_CANDIDATES = {(a, b, c): _candidates_query(a, b, c) for a in (True, False) for b in (True, False)
               for c in (True, False) if a or b}


def stored_loader(session: Session, exclude: set[str]) -> Loader:
    """Stored deals a fact may belong to: the same licensor and licensee (one of them unknown on the
    deal's side) and the same asset by any of its names, or no asset; facts in `exclude` (being placed
    again) are left out of their members."""
    def load(wanted: Candidates) -> list[tuple[str, list[Sourced]]]:
        (licensor, licensee), asset = wanted
        query = _CANDIDATES[(bool(licensor), bool(licensee), bool(asset))]
        ids = list(run(session, query, {"licensor": licensor, "licensee": licensee, "asset": asset}).scalars())
        return members_of(session, ids, exclude)
    return load


def members_of(session: Session, ids: Iterable[str], exclude: set[str]) -> list[tuple[str, list[Sourced]]]:
    """The stored deals `ids` with their facts (oldest first), leaving out the facts in `exclude`."""
    ids = sorted(ids)
    groups: dict[str, list[Sourced]] = {entity_id: [] for entity_id in ids}
    if len(ids) <= CHUNK:
        owned = [(item, entity) for item, row_id, entity in load_owned(session, FACTS, ids) if row_id not in exclude]
        if len(owned) <= CHUNK:  # else read them in slices of fact ids, as below, so they come in that order
            for item, entity in owned:
                groups[entity].append(item)
            return list(groups.items())
    owner: dict[str, str] = {}
    for chunk in chunks(ids):
        owner.update({fact_id: entity_id for fact_id, entity_id in run(session, _MEMBERS, {"ids": chunk})
                      if fact_id not in exclude})
    for chunk in chunks(sorted(owner)):
        for item in load_sourced(session, FACTS, "ids", chunk):
            groups[owner[item.id]].append(item)
    return list(groups.items())


def update_deals(session: Session, resolver: Resolver, fact_ids: set[str], touched: set[str],
                 stored: bool = True) -> set[str]:
    """Place again the deal facts `fact_ids` (changed, or whose names changed) and place the ones in no
    deal yet (just written); recompute the deals they leave or join and the deals in `touched` (whose
    facts were removed). `stored=False` when no deal is stored (a rebuild). Returns the asset names of
    the deals written."""
    for ids in chunks(sorted(fact_ids)):
        touched = touched | {e for e in run(session, _ENTITIES_OF, {"ids": ids}).scalars() if e}
        run(session, _UNPLACE, {"ids": ids})
    items = load_sourced(session, FACTS, "unplaced")
    placing = fact_ids | {item.id for item in items}
    placement = Placement(resolver.names(), stored_loader(session, placing) if stored else None)
    stored_members = members_of(session, touched, placing)
    resolver.prefetch(item.fact.get(role) for item in [*items, *(m for _, ms in stored_members for m in ms)]
                      for role in ("licensor", "licensee"))
    for entity_id, members in stored_members:
        placement.add_stored(entity_id, members, changed=True)
    for item in sorted(items, key=deal_order):
        placement.place(item)
    return write_deals(session, placement)


def write_deals(session: Session, placement: Placement) -> set[str]:
    stale = sorted({placement.origin[key] for key in placement.changed if key in placement.origin})
    for chunk in chunks(stale):
        drop_conflicts(session, "deal", chunk)
        run(session, _DROP, {"ids": chunk})
    rows, places, conflicts = [], [], []
    for key in sorted(placement.changed):
        members = placement.members[key]
        if not members:
            continue
        merged = merge_deal(placement.names, members)
        row = {**deal_row(session, placement.names, merged.values, members),
               "conflict_fields": sorted(merged.conflicts)}
        rows.append(row)
        places += [{"key": m.id, "entity": row["id"]} for m in members if placement.owner.get(m.id) != row["id"]]
        conflicts += conflict_rows("deal", row["id"], merged.conflicts)
    if places:
        run(session, _PLACE, places)
    if conflicts:
        run(session, INSERT_CONFLICTS, conflicts)
    if rows:
        run(session, _INSERT, rows)
    counts.add(session, "deals", len(rows) - len(stale))
    return {row["asset_key"] for row in rows if row["asset_key"]}


def deal_row(session: Session, names: Names, values: dict[str, Any], members: list[Sourced]) -> dict[str, Any]:
    published = sorted((m.published for m in members if m.published), key=date_key)
    announced = values.get("announced") or (published[0] if published else None)
    year = date_key(announced)[0] or None
    licensor, licensee = values.get("licensor"), values.get("licensee")
    return {
        "id": values["id"], "licensor": fold(licensor) or None, "licensee": fold(licensee) or None,
        "asset_key": fold(values.get("asset")) or None, "deal_type": text_value(values.get("deal_type")),
        "territory": text_value(values.get("territory")),
        "upfront_usd": usd(values.get("upfront")), "milestones_usd": usd(values.get("milestones")),
        "total_usd": usd(values.get("total")), "announced_key": text_value(announced), "year": year,
        "licensor_country": company_country(licensor),
        "stage": stage_at_signing(session, names, values.get("asset"), {m.document for m in members}),
        "chosen": values, "n_sources": len(members), "conflict_fields": [], "updated_at": utc_now(),
    }


def usd(money: Any) -> float | None:
    if not isinstance(money, dict) or money.get("amount") is None:
        return None
    try:
        if money.get("usd") is not None:
            return float(money["usd"])
        return float(money["amount"]) if money.get("currency") == "USD" else None
    except (TypeError, ValueError):
        return None


def stage_at_signing(session: Session, names: Names, asset: str | None, documents: set[str]) -> str | None:
    """The stage the deal's earliest article stating one gives its asset (the stage when it was signed;
    the most advanced if that article states several)."""
    key = names.asset_key(asset)
    if not key or not key.startswith("ast_"):
        return None
    stated = run(session, _STAGES, {"asset": key, "ids": sorted(documents)}).all()
    if not stated:
        return None
    first = min(date_key(published) for _stage, published in stated)
    return most_advanced([stage for stage, published in stated if date_key(published) == first])
