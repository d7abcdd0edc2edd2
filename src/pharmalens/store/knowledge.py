"""Knowledge kept at ingest, in the document's own transaction: typed rows and terms of the facts
written, then the asset and deal entities they touch (see `asset_entities`, `deal_entities`).

Everything here is derived from documents, companies, facts and corrections, so `rebuild` can make it
again from those tables (after a migration, or an import). Writers take turns (`sql.lock`), so
entities are updated by one transaction at a time.
"""
from __future__ import annotations

from collections.abc import Iterable

from sqlalchemy import bindparam, delete, func, select
from sqlalchemy.orm import Session

from pharmalens.model.stored import StoredFact
from pharmalens.resolve.trust import source_kind

from . import counts, typed
from .asset_entities import update_assets
from .deal_assets import copy_assets, copy_every_asset
from .deal_entities import update_deals
from .names import Resolver, add_company_names
from .prepared import Prepared
from .schema import (
    TYPED_FACTS,
    AssetNameRow,
    AssetRow,
    AssetTargetRow,
    CompanyNameRow,
    CompanyRow,
    ConflictRow,
    DealRow,
    DocumentRow,
    FactRow,
    FactTermRow,
    LandscapeCellRow,
    MetaRow,
    TargetCountRow,
)
from .sql import lock, run
from .typed import chunks

REBUILD_FLAG = "rebuild_knowledge"
BATCH = 2000
IDS = bindparam("ids", expanding=True)
ASSET_FACTS, DEAL_FACTS, TERMS = TYPED_FACTS["asset"], TYPED_FACTS["deal"], FactTermRow.__table__
_ASSETS_OF = Prepared(select(ASSET_FACTS.c.entity_id).where(ASSET_FACTS.c.id.in_(IDS),
                                                             ASSET_FACTS.c.entity_id.is_not(None)))
_DEALS_OF = Prepared(select(DEAL_FACTS.c.entity_id).where(DEAL_FACTS.c.id.in_(IDS), DEAL_FACTS.c.entity_id.is_not(None)))
_DEAL_FACTS = Prepared(select(DEAL_FACTS.c.id).where(DEAL_FACTS.c.id.in_(IDS)))
_NAMING = Prepared(select(TERMS.c.fact_id).where(TERMS.c.field == bindparam("field"), TERMS.c.term.in_(IDS)))


def entities_of(session: Session, fact_ids: Iterable[str]) -> tuple[set[str], set[str]]:
    """The asset and deal entities the facts belong to now (before they are changed or removed)."""
    assets: set[str] = set()
    deals: set[str] = set()
    for ids in chunks(sorted(fact_ids)):
        assets |= set(run(session, _ASSETS_OF, {"ids": ids}).scalars())
        deals |= set(run(session, _DEALS_OF, {"ids": ids}).scalars())
    return assets, deals


def forget(session: Session, facts: dict[str, str]) -> None:
    """Drop the typed rows and terms of facts (id -> kind) whose payload is about to change."""
    typed.remove(session, facts)


def update(session: Session, written: list[StoredFact], touched: tuple[set[str], set[str]], renamed: set[str],
           published: dict[str, str | None]) -> None:
    """After facts were written (`written`: new or changed, without typed rows yet), facts removed
    (their entities in `touched`) and company names recorded (`renamed`): bring typed rows, terms and
    the touched entities up to date. `published` gives the documents' publication dates."""
    typed.write(session, written, published)
    touched_assets, touched_deals = touched
    renamed_facts = _facts_naming(session, "company", renamed)
    touched_assets = touched_assets | entities_of(session, renamed_facts)[0]
    resolver = Resolver(session)
    asset_names: set[str] = set()
    if touched_assets or any(fact.kind == "asset" for fact in written):
        change = update_assets(session, resolver, touched_assets)
        resolver.forget_assets()
        renamed_facts |= _facts_naming(session, "asset", change.names)
        asset_names = change.touched
    deal_ids: set[str] = set()
    for ids in chunks(sorted(renamed_facts)):
        deal_ids |= set(run(session, _DEAL_FACTS, {"ids": ids}).scalars())
    if deal_ids or touched_deals or any(fact.kind == "deal" for fact in written):
        asset_names |= update_deals(session, resolver, deal_ids, touched_deals)
    copy_assets(session, asset_names)


def _facts_naming(session: Session, field: str, names: set[str]) -> set[str]:
    found: set[str] = set()
    for chunk in chunks(sorted(names)):
        found |= set(run(session, _NAMING, {"field": field, "ids": chunk}).scalars())
    return found


def refresh(session: Session, fact_ids: list[str], renamed: set[str] = frozenset()) -> None:
    """Facts whose payload changed in place (a correction): their typed rows, terms and entities."""
    lock(session)
    touched = entities_of(session, fact_ids)
    rows = list(session.execute(select(FactRow.id, FactRow.kind, FactRow.payload, DocumentRow.published)
                                .join(DocumentRow, DocumentRow.id == FactRow.document_id)
                                .where(FactRow.id.in_(fact_ids))))
    typed.remove(session, {row.id: row.kind for row in rows})
    update(session, [StoredFact.from_json(row.kind, row.payload) for row in rows], touched, set(renamed),
           {row.payload.get("document"): row.published for row in rows})


def after_decision(session: Session, kind: str, names: Iterable[str]) -> None:
    """After a person merged or split two names (companies and fact payloads changed in place): the
    company names of those companies again, and the typed rows, terms and entities of every fact that
    names one of `names`."""
    session.flush()
    names = [n for n in dict.fromkeys(names) if n]
    renamed: set[str] = set()
    stored = counts.read(session).get("companies", 0)
    counts.add(session, "companies", (session.scalar(select(func.count()).select_from(CompanyRow)) or 0) - stored)
    if kind == "company":
        for name in names:
            session.execute(delete(CompanyNameRow).where(CompanyNameRow.company == name))
            aliases = session.scalar(select(CompanyRow.aliases).where(CompanyRow.name == name))
            if aliases is not None:
                renamed |= add_company_names(session, name, aliases)
    folded = {typed.fold(n) for n in names}
    facts = _facts_naming(session, "company", folded) | _facts_naming(session, "asset", folded)
    refresh(session, sorted(facts), renamed | folded)


# ---- rebuild -------------------------------------------------------------------------------------

def pending(session: Session) -> bool:
    return session.get(MetaRow, REBUILD_FLAG) is not None


def rebuild(session: Session) -> dict[str, int]:
    """Derive every knowledge table again from documents, companies and facts; clears the flag."""
    lock(session)
    for table in (LandscapeCellRow, TargetCountRow, ConflictRow, AssetNameRow, AssetTargetRow, DealRow, AssetRow,
                  FactTermRow, CompanyNameRow):
        session.execute(delete(table))
    for table in TYPED_FACTS.values():
        session.execute(delete(table))
    _source_kinds(session)
    for name, aliases in session.execute(select(CompanyRow.name, CompanyRow.aliases)).all():
        add_company_names(session, name, aliases or [])
    published = dict(session.execute(select(DocumentRow.id, DocumentRow.published)).all())
    count = 0
    batch: list[StoredFact] = []
    for kind, payload in session.execute(select(FactRow.kind, FactRow.payload)
                                         .order_by(FactRow.created_at, FactRow.id)).all():
        batch.append(StoredFact.from_json(kind, payload))
        if len(batch) == BATCH:
            typed.write(session, batch, published)
            count, batch = count + len(batch), []
    typed.write(session, batch, published)
    resolver = Resolver(session)
    update_assets(session, resolver, set())
    resolver.forget_assets()
    update_deals(session, resolver, set(), set(), stored=False)
    copy_every_asset(session)
    session.execute(delete(MetaRow).where(MetaRow.key == REBUILD_FLAG))
    counts.recount(session)
    return {"facts": count + len(batch), "assets": session.scalar(select(func.count()).select_from(AssetRow)) or 0,
            "deals": session.scalar(select(func.count()).select_from(DealRow)) or 0}


def _source_kinds(session: Session) -> None:
    documents = DocumentRow.__table__
    rows = session.execute(select(documents.c.id, documents.c.source, documents.c.title, documents.c.text,
                                  documents.c.source_kind)).all()
    changes = [{"key": row.id, "source_kind": kind} for row in rows
               if (kind := source_kind({"source": row.source, "title": row.title, "text": row.text})) != row.source_kind]
    if changes:
        run(session, documents.update().where(documents.c.id == bindparam("key")), changes)
