"""Reading asset and deal entities: filtered, sorted and paged through the indexes of `assets`,
`deals`, `asset_names` and `asset_targets`; with their sources and conflicts when asked."""
from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import Any, NamedTuple

from sqlalchemy import Select, String, cast, func, or_, select
from sqlalchemy.orm import Session

from pharmalens.model.filters import AssetFilter, DealFilter
from pharmalens.model.knowledge import (
    AssetEntity,
    ConflictValue,
    DealEntity,
    Page,
    SourceRef,
    StageStep,
)
from pharmalens.model.stored import money_from_json
from pharmalens.resolve.countries import companies_in

from .database import StoreError
from .names import company_names
from .schema import (
    DEAL_VALUE,
    TYPED_FACTS,
    AssetNameRow,
    AssetRow,
    AssetTargetRow,
    ConflictRow,
    DealRow,
    DocumentRow,
    FactRow,
)
from .typed import fold

MAX_OFFSET = 2**62  # a larger OFFSET overflows SQLite's and PostgreSQL's 64-bit integers

ASSET_SORTS = {"asset": AssetRow.name_folded, "company": AssetRow.company, "modality": AssetRow.modality,
               "nuclide": AssetRow.nuclide, "stage": AssetRow.stage, "sources": AssetRow.n_sources}
DEAL_SORTS = {"announced": DealRow.announced_key, "licensor": DealRow.licensor, "licensee": DealRow.licensee,
              "asset": DealRow.asset_key, "deal_type": DealRow.deal_type, "upfront": DealRow.upfront_usd,
              "milestones": DealRow.milestones_usd, "total": DealRow.total_usd, "sources": DealRow.n_sources,
              "value": DEAL_VALUE}  # headline value: total, else upfront + milestones, else upfront




IDS_FIRST = {"value"}


def check_page(limit: int, offset: int, largest: int) -> None:
    if not 1 <= limit <= largest:
        raise StoreError(f"limit must be between 1 and {largest}, got {limit}", code="bad_limit")
    if not 0 <= offset <= MAX_OFFSET:
        raise StoreError(f"offset must be between 0 and {MAX_OFFSET}, got {offset}", code="bad_offset")


def sorted_page(session: Session, query: Select, sorts: dict[str, Any], sort: str, order: str, tie: Any,
                limit: int, offset: int, total: int | None = None) -> tuple[list[Any], int]:
    """A page sorted by a known column, empty values last whichever the direction, then by `tie`, and
    how many rows match (counted unless `total` is known). Rows with a value and rows without are read
    apart, so that each part walks the column's index and stops at the page (one ORDER BY with
    `IS NULL` first sorts every matching row)."""
    if sort not in sorts:
        raise StoreError(f"unknown sort {sort!r}; allowed: {', '.join(sorts)}", code="bad_sort")
    if order not in ("asc", "desc"):
        raise StoreError(f"order must be asc or desc, got {order!r}", code="bad_order")
    column = sorts[sort]
    total = _count(session, query) if total is None else total
    valued = query.where(column.is_not(None)).order_by(column.desc() if order == "desc" else column.asc(), tie)
    # plain rows (read by column name like the mapped objects) through the connection: no ORM loading
    connection = session.connection()
    if sort in IDS_FIRST:
        # the page's ids sorted from the expression's index, then only its rows read, by id from the
        # entity's table: sorting by an expression would otherwise fetch every matching wide row
        ids = list(connection.execute(valued.with_only_columns(tie).limit(limit).offset(offset)).scalars())
        by_id = select(*query.selected_columns).where(tie.in_(ids))
        found = {getattr(row, tie.key): row for row in connection.execute(by_id)} if ids else {}
        rows = [found[key] for key in ids]
    else:
        rows = connection.execute(valued.limit(limit).offset(offset)).all()
    if len(rows) < limit:
        known = offset + len(rows) if rows else _count(session, query.where(column.is_not(None)))
        empty = query.where(column.is_(None)).order_by(tie)
        rows += connection.execute(empty.limit(limit - len(rows)).offset(max(0, offset - known))).all()
    return rows, total


def _count(session: Session, query: Select) -> int:
    return session.scalar(select(func.count()).select_from(query.order_by(None).subquery())) or 0


def canonical_company(session: Session, name: str) -> str:
    """The folded canonical name entities store for a company name or alias."""
    row, _names = company_names(session, name)
    return fold(row.name if row is not None else name)


def asset_name_keys(session: Session, name: str) -> list[str]:
    """Every folded name of the asset a name or alias belongs to (just the name when unknown)."""
    owner = select(AssetNameRow.asset_id).where(AssetNameRow.name == fold(name)).scalar_subquery()
    names = list(session.scalars(select(AssetNameRow.name).where(AssetNameRow.asset_id == owner)))
    return names or [fold(name)]


# ---- assets --------------------------------------------------------------------------------------

def asset_query(session: Session, f: AssetFilter) -> Select:
    query = select(AssetRow)
    if f.company:
        row, _names = company_names(session, f.company)
        query = query.where(AssetRow.company == (row.name if row is not None else f.company.strip()))
    if f.asset:
        query = query.where(AssetRow.id.in_(select(AssetNameRow.asset_id).where(AssetNameRow.name == fold(f.asset))))
    if f.target:
        query = query.where(AssetRow.id.in_(select(AssetTargetRow.asset_id).where(AssetTargetRow.target == fold(f.target))))
    for name in ("modality", "nuclide", "stage"):
        value = getattr(f, name)
        if value:
            query = query.where(getattr(AssetRow, name) == (fold(value) if name == "modality" else value))
    if f.conflicts_only:
        query = query.where(cast(AssetRow.conflict_fields, String) != "[]")
    return query


def read_assets(session: Session, f: AssetFilter, sort: str = "asset", order: str = "asc", limit: int = 100,
                offset: int = 0, detail: bool = False) -> Page[AssetEntity]:
    rows, total = sorted_page(session, asset_query(session, f), ASSET_SORTS, sort, order, AssetRow.id, limit, offset)
    return Page(tuple(assets_of(session, rows, detail)), total, limit, offset)


def read_asset(session: Session, name: str) -> AssetEntity | None:
    """One asset by any of its names, with sources, conflicts and stage history."""
    row = session.scalar(select(AssetRow).join(AssetNameRow, AssetNameRow.asset_id == AssetRow.id)
                         .where(AssetNameRow.name == fold(name)))
    return next(iter(assets_of(session, [row], True)), None) if row is not None else None


def assets_of(session: Session, rows: list[AssetRow], detail: bool) -> list[AssetEntity]:
    sources = sources_of(session, "asset", [r.id for r in rows]) if detail else {}
    conflicts = conflicts_of(session, "asset", [r.id for r in rows]) if detail else {}
    return [asset_entity(row, sources.get(row.id, ()), conflicts.get(row.id, {})) for row in rows]


def asset_entity(row: AssetRow, sources: tuple[SourceRef, ...] = (),
                 conflicts: dict[str, tuple[ConflictValue, ...]] | None = None) -> AssetEntity:
    c = row.chosen
    history = tuple(StageStep(**step) for step in c.get("stage_history") or []) if sources else ()
    return AssetEntity(id=row.id, name=row.name, aliases=tuple(c.get("aliases") or ()), company=row.company,
                       modality=row.modality, target=tuple(c.get("target") or ()), nuclide=row.nuclide,
                       indication=tuple(c.get("indication") or ()), stage=row.stage,
                       most_advanced_stage=row.most_advanced_stage, n_sources=row.n_sources,
                       conflict_fields=tuple(row.conflict_fields or ()), sources=sources,
                       conflicts=conflicts or {}, stage_history=history)


# ---- deals ---------------------------------------------------------------------------------------

def deal_query(session: Session, f: DealFilter) -> Select:
    query = select(DealRow)
    if f.company:
        name = canonical_company(session, f.company)
        query = query.where(or_(DealRow.licensor == name, DealRow.licensee == name))
    for role in ("licensor", "licensee"):
        if getattr(f, role):
            query = query.where(getattr(DealRow, role) == canonical_company(session, getattr(f, role)))
    if f.asset:
        query = query.where(DealRow.asset_key.in_(asset_name_keys(session, f.asset)))
    if f.deal_type:
        query = query.where(DealRow.deal_type == f.deal_type)
    if f.territory:
        escaped = fold(f.territory).replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
        query = query.where(DealRow.territory.ilike(f"%{escaped}%", escape="\\"))
    if f.licensor_country:
        query = query.where(DealRow.licensor_country == f.licensor_country.strip().upper())
    if f.licensee_country:
        names = sorted({fold(name) for name in companies_in(f.licensee_country)})
        query = query.where(DealRow.licensee.in_(names))
    query = _in_dates(query, f.date_from, f.date_to)
    if f.year_from is not None:
        query = query.where(DealRow.year >= f.year_from)
    if f.year_to is not None:
        query = query.where(DealRow.year <= f.year_to)
    if f.conflicts_only:
        query = query.where(cast(DealRow.conflict_fields, String) != "[]")
    if f.modality or f.nuclide or f.target or f.stage:
        query = _by_asset(query, f)
    return query


def _in_dates(query: Select, date_from: str | None, date_to: str | None) -> Select:
    """Deals announced within the dates, compared at the precision both have ("2026" is within
    "2026-04"..., "2026-03-31" is before "2026-04"); an undated deal is outside any range."""
    key = DealRow.announced_key
    for bound, keep in ((date_from, lambda a, b: a >= b), (date_to, lambda a, b: a <= b)):
        if bound:
            query = query.where(key.is_not(None), key != "",
                                keep(func.substr(key, 1, len(bound)), func.substr(bound, 1, func.length(key))))
    return query


def _by_asset(query: Select, f: DealFilter) -> Select:
    """Deals whose asset (by any of its names) has the asked modality, nuclide, target or stage: the
    first three from the deal's copy of its asset (`deal_assets`), a target through the asset's names."""
    if not (f.modality or f.nuclide or f.target):  # each of those holds only for a deal with an asset
        query = query.where(DealRow.asset_id.is_not(None))
    if f.modality:
        query = query.where(DealRow.asset_modality == fold(f.modality))
    if f.nuclide:
        query = query.where(DealRow.asset_nuclide == f.nuclide)
    if f.stage:
        query = query.where(func.coalesce(DealRow.stage, DealRow.asset_stage) == f.stage)
    if f.target:  # the names of the assets with the target, then their deals, each through an index
        owners = select(AssetTargetRow.asset_id).where(AssetTargetRow.target == fold(f.target))
        query = query.where(DealRow.asset_key.in_(select(AssetNameRow.name).where(AssetNameRow.asset_id.in_(owners))))
    return query


def read_deal_pages(session: Session, f: DealFilter, pages: Sequence[tuple[str, str, int, int]],
                    detail: bool = False, total: int | None = None) -> list[Page[DealEntity]]:
    """Pages (sort, order, limit, offset) of the same matching deals: counted once (unless `total` is
    given), and the assets, sources and conflicts of every page's deals read together."""
    query, found = deal_query(session, f), []
    for sort, order, limit, offset in pages:
        rows, total = sorted_page(session, query, DEAL_SORTS, sort, order, DealRow.id, limit, offset, total)
        found.append(rows)
    unique = list({row.id: row for rows in found for row in rows}.values())
    entities = {entity.id: entity for entity in deals_of(session, unique, detail)}
    return [Page(tuple(entities[row.id] for row in rows), total or 0, limit, offset)
            for rows, (_sort, _order, limit, offset) in zip(found, pages)]


def read_deal(session: Session, deal_id: str) -> DealEntity | None:
    row = session.get(DealRow, deal_id)
    return deals_of(session, [row], True)[0] if row is not None else None


def deals_of(session: Session, rows: list[DealRow], detail: bool) -> list[DealEntity]:
    assets = assets_by_name(session, {row.asset_key for row in rows if row.asset_key})
    sources = sources_of(session, "deal", [r.id for r in rows]) if detail else {}
    conflicts = conflicts_of(session, "deal", [r.id for r in rows]) if detail else {}
    return [deal_entity(row, assets.get(row.asset_key or ""), sources.get(row.id, ()), conflicts.get(row.id, {}))
            for row in rows]


class AssetProfile(NamedTuple):
    """What a deal shows of its asset."""

    modality: str | None
    nuclide: str | None
    most_advanced_stage: str | None
    target: tuple[str, ...]


def assets_by_name(session: Session, keys: Iterable[str]) -> dict[str, AssetProfile]:
    """The profile of the asset each folded name belongs to; of its chosen values only the targets are
    read (in SQL), not the whole record with its aliases, indications and stage history."""
    keys = sorted(keys)
    if not keys:
        return {}
    query = (select(AssetNameRow.name, AssetRow.modality, AssetRow.nuclide, AssetRow.most_advanced_stage,
                    AssetRow.chosen["target"])
             .join(AssetRow, AssetRow.id == AssetNameRow.asset_id).where(AssetNameRow.name.in_(keys)))
    return {key: AssetProfile(modality, nuclide, stage, tuple(target or ()))
            for key, modality, nuclide, stage, target in session.connection().execute(query)}


def deal_entity(row: DealRow, asset: AssetProfile | None, sources: tuple[SourceRef, ...] = (),
                conflicts: dict[str, tuple[ConflictValue, ...]] | None = None) -> DealEntity:
    c = row.chosen
    profile: dict[str, Any] = {}
    if asset is not None:
        profile = {"modality": asset.modality, "nuclide": asset.nuclide,
                   "target": asset.target, "stage": row.stage or asset.most_advanced_stage}
    return DealEntity(id=row.id, licensor=c.get("licensor"), licensee=c.get("licensee"), asset=c.get("asset"),
                      deal_type=c.get("deal_type"), territory=c.get("territory"),
                      upfront=money_from_json(c.get("upfront")), milestones=money_from_json(c.get("milestones")),
                      total=money_from_json(c.get("total")), equity=money_from_json(c.get("equity")),
                      royalty=c.get("royalty"), announced=c.get("announced") or row.announced_key,
                      n_sources=row.n_sources, conflict_fields=tuple(row.conflict_fields or ()), sources=sources,
                      conflicts=conflicts or {}, licensor_country=row.licensor_country, **profile)


# ---- sources and conflicts -----------------------------------------------------------------------

def sources_of(session: Session, kind: str, ids: list[str], first_only: bool = False) -> dict[str, tuple[SourceRef, ...]]:
    """The facts behind each entity, oldest first; `first_only`: the oldest alone (picked in SQL, so the
    others' evidence and documents are not read)."""
    if not ids:
        return {}
    table = TYPED_FACTS[kind]
    entities, facts = table.c.entity_id, table.c.id
    if first_only:
        ranked = select(entities, facts, func.row_number().over(partition_by=entities, order_by=(
            FactRow.created_at, FactRow.id)).label("n")).join(FactRow, FactRow.id == facts) \
            .where(entities.in_(ids)).subquery()
        first = select(ranked.c.entity_id, ranked.c.id).where(ranked.c.n == 1).subquery()
        entities, facts = first.c.entity_id, first.c.id
    # only the facts' evidence is read out of their payloads (the rest of each payload is not decoded)
    query = (select(entities, FactRow.id, FactRow.document_id, FactRow.payload["evidence"],
                    DocumentRow.source_kind, DocumentRow.published)
             .join(FactRow, FactRow.id == facts).join(DocumentRow, DocumentRow.id == FactRow.document_id)
             .order_by(FactRow.created_at, FactRow.id))
    if not first_only:
        query = query.where(entities.in_(ids))
    out: dict[str, list[SourceRef]] = {}
    for entity_id, fact_id, document, evidence, source_kind, published in session.connection().execute(query):
        evidence = evidence or []
        quote = " … ".join(str(e.get("quote", "")) for e in evidence)
        spans = tuple((int(e["start"]), int(e["end"]), str(e["quote"])) for e in evidence)
        out.setdefault(entity_id, []).append(SourceRef(fact_id, document, source_kind, published, quote, spans))
    return {key: tuple(value) for key, value in out.items()}


def conflicts_of(session: Session, kind: str, ids: list[str]) -> dict[str, dict[str, tuple[ConflictValue, ...]]]:
    if not ids:
        return {}
    query = (select(ConflictRow).where(ConflictRow.entity_kind == kind, ConflictRow.entity_id.in_(ids))
             .order_by(ConflictRow.entity_id, ConflictRow.field, ConflictRow.rank))
    out: dict[str, dict[str, list[ConflictValue]]] = {}
    for row in session.scalars(query):
        value = ConflictValue(row.value, row.fact_id, row.document_id, row.source_kind, row.published)
        out.setdefault(row.entity_id, {}).setdefault(row.field, []).append(value)
    return {key: {name: tuple(values) for name, values in fields.items()} for key, fields in out.items()}
