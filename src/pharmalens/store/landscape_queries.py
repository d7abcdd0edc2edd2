"""Reading the landscape kept at ingest: cells (target × modality × nuclide × stage) with their counts
and a few asset and company names each, crowding per target, and the targets × stages matrix."""
from __future__ import annotations

from typing import Any

from sqlalchemy import Select, String, case, cast, distinct, func, select, tuple_
from sqlalchemy.orm import Session

from pharmalens.model.filters import AssetFilter
from pharmalens.model.knowledge import LandscapeCell, LandscapeEntry, Page, TargetCrowding
from pharmalens.resolve.knowledge import LIVE_STAGES

from .asset_entities import NONE, UNDISCLOSED
from .entity_queries import asset_entity, conflicts_of, sources_of
from .names import company_names
from .schema import AssetNameRow, AssetRow, AssetTargetRow, LandscapeCellRow, TargetCountRow
from .typed import fold

CELLS, TARGETS, COUNTS, NAMES = (LandscapeCellRow.__table__, AssetTargetRow.__table__, TargetCountRow.__table__,
                                 AssetNameRow.__table__)
STAGES = (*LIVE_STAGES, "terminated", NONE)
STAGE_RANK = case({stage: rank for rank, stage in enumerate(STAGES)}, value=CELLS.c.stage, else_=len(STAGES))
CellKey = tuple[str, str, str, str]


def cell_query(f: AssetFilter) -> Select:
    query = select(CELLS)
    if f.target:
        query = query.where(func.lower(CELLS.c.target) == f.target.strip().lower())
    for name in ("modality", "nuclide", "stage"):
        value = getattr(f, name)
        if value:
            query = query.where(CELLS.c[name] == (fold(value) if name == "modality" else value))
    return query


def read_landscape(session: Session, f: AssetFilter, limit: int, offset: int, sample: int) -> Page[LandscapeCell]:
    query = cell_query(f)
    total = session.scalar(select(func.count()).select_from(query.subquery())) or 0
    rows = session.execute(query.order_by(func.lower(CELLS.c.target), CELLS.c.nuclide, STAGE_RANK, CELLS.c.modality)
                           .limit(limit).offset(offset)).all()
    names, companies = samples(session, sorted({key_of(row) for row in rows}), sample)
    return Page(tuple(LandscapeCell(row.target, row.modality, row.nuclide, row.stage, row.n_assets, row.n_companies,
                                    tuple(names.get(key_of(row), ())), tuple(companies.get(key_of(row), ())))
                      for row in rows), total, limit, offset)


def key_of(row: Any) -> CellKey:
    return (fold(row.target), row.modality, row.nuclide, row.stage)


def samples(session: Session, cells: list[CellKey], sample: int) -> tuple[dict[CellKey, list[str]],
                                                                      dict[CellKey, list[str]]]:
    """Up to `sample` asset names and company names of each cell (folded target first), in two
    queries over the targets' rows, which carry their asset's cell, ranked within each cell."""
    if not sample or not cells:
        return {}, {}
    key = (TARGETS.c.target, TARGETS.c.modality, TARGETS.c.nuclide, TARGETS.c.stage)
    members = select(*key, TARGETS.c.name, TARGETS.c.name_folded, TARGETS.c.asset_id, TARGETS.c.company) \
        .where(TARGETS.c.target.in_(sorted({cell[0] for cell in cells})), tuple_(*key).in_(cells)).subquery()
    key = (members.c.target, members.c.modality, members.c.nuclide, members.c.stage)
    ranked = select(*key, members.c.name, func.row_number().over(
        partition_by=key, order_by=(members.c.name_folded, members.c.asset_id)).label("n")).subquery()
    names: dict[CellKey, list[str]] = {}
    for *cell_key, name, _n in session.execute(select(ranked).where(ranked.c.n <= sample)):
        names.setdefault(tuple(cell_key), []).append(name)
    owners = select(*key, members.c.company).where(members.c.company.is_not(None)).distinct().subquery()
    okey = (owners.c[0], owners.c[1], owners.c[2], owners.c[3])
    ranked = select(*okey, owners.c.company, func.row_number().over(
        partition_by=okey, order_by=owners.c.company).label("n")).subquery()
    companies: dict[CellKey, list[str]] = {}
    for *cell_key, company, _n in session.execute(select(ranked).where(ranked.c.n <= sample)):
        companies.setdefault(tuple(cell_key), []).append(company)
    return names, companies


def read_crowding(session: Session, limit: int, offset: int) -> Page[dict[str, Any]]:
    """Per disclosed target: distinct assets and companies, and assets by stage (from the cells)."""
    query = select(COUNTS).where(COUNTS.c.target != UNDISCLOSED)
    total = session.scalar(select(func.count()).select_from(query.subquery())) or 0
    targets = session.execute(query.order_by(func.lower(COUNTS.c.target)).limit(limit).offset(offset)).all()
    stages: dict[str, dict[str, int]] = {row.target: {} for row in targets}
    if stages:
        by_stage = (select(CELLS.c.target, CELLS.c.stage, func.sum(CELLS.c.n_assets))
                    .where(CELLS.c.target.in_(list(stages))).group_by(CELLS.c.target, CELLS.c.stage))
        for target, stage, count in session.execute(by_stage):
            stages[target][stage] = int(count)
    items = tuple({"target": row.target, "assets": row.n_assets, "companies": row.n_companies,
                   "by_stage": {s: stages[row.target][s] for s in STAGES if s in stages[row.target]}}
                  for row in targets)
    return Page(items, total, limit, offset)


def read_matrix(session: Session) -> dict[str, Any]:
    """Targets × stages with the number of assets in each, and each target's total."""
    counts: dict[str, dict[str, int]] = {}
    query = (select(CELLS.c.target, CELLS.c.stage, func.sum(CELLS.c.n_assets))
             .where(CELLS.c.target != UNDISCLOSED).group_by(CELLS.c.target, CELLS.c.stage))
    for target, stage, count in session.execute(query):
        counts.setdefault(target, {})[stage] = int(count)
    totals = dict(session.execute(select(COUNTS.c.target, COUNTS.c.n_assets)).all())
    stages = [s for s in STAGES if any(s in row for row in counts.values())]
    rows = [{"target": target, "counts": {s: counts[target].get(s, 0) for s in stages},
             "total": int(totals.get(target, sum(counts[target].values())))}
            for target in sorted(counts, key=str.casefold)]
    return {"stages": stages, "rows": rows}


def _places(session: Session, f: AssetFilter) -> Select:
    """(target, asset id) of every asset the filter keeps, once per target it has (only the asked
    target when the filter names one), from the targets' rows, which carry their asset's cell, name
    and company: the grid and its crowding read no asset row but a page's."""
    query = select(TARGETS.c.target, TARGETS.c.asset_id)
    if f.company:
        row, _names = company_names(session, f.company)
        query = query.where(TARGETS.c.company == (row.name if row is not None else f.company.strip()))
    if f.asset:
        query = query.where(TARGETS.c.asset_id.in_(select(NAMES.c.asset_id).where(NAMES.c.name == fold(f.asset))))
    if f.target:
        query = query.where(TARGETS.c.target == fold(f.target))
    for name in ("modality", "nuclide", "stage"):
        value = getattr(f, name)
        if value:
            query = query.where(TARGETS.c[name] == (fold(value) if name == "modality" else value),
                                TARGETS.c[name] != NONE)
    if f.conflicts_only:
        query = query.where(TARGETS.c.asset_id.in_(select(AssetRow.id).where(
            cast(AssetRow.conflict_fields, String) != "[]")))
    return query


def read_grid(session: Session, f: AssetFilter, limit: int, offset: int,
              first_source: bool = False) -> Page[LandscapeEntry]:
    """A page of the landscape grid: assets with their sources (`first_source`: the first only), once
    per target, in grid order (target, modality, nuclide, stage, name), filtered in SQL; `total` counts
    (target, asset) places. Only the places of the targets the page reaches are sorted."""
    query = _places(session, f)
    per_target = session.execute(query.with_only_columns(TARGETS.c.target, func.count())
                                 .group_by(TARGETS.c.target).order_by(TARGETS.c.target)).all()
    shown, before, seen = [], 0, 0
    for name, count in per_target:
        if seen + count <= offset:
            before += count
        elif seen < offset + limit:
            shown.append(name)
        seen += count
    placed = []
    if shown:
        rank = case({stage: n for n, stage in enumerate(STAGES)}, value=TARGETS.c.stage, else_=len(STAGES))
        unstated = [func.coalesce(func.nullif(TARGETS.c[name], NONE), "~") for name in ("modality", "nuclide")]
        placed = session.execute(query.where(TARGETS.c.target.in_(shown)).order_by(
            TARGETS.c.target, *unstated, rank, TARGETS.c.name_folded, TARGETS.c.asset_id)
            .limit(limit).offset(offset - before)).all()
    ids = sorted({asset_id for _target, asset_id in placed})
    rows = list(session.scalars(select(AssetRow).where(AssetRow.id.in_(ids)))) if ids else []
    sources = sources_of(session, "asset", ids, first_only=first_source)
    conflicts = conflicts_of(session, "asset", ids)
    entities = {row.id: asset_entity(row, sources.get(row.id, ()), conflicts.get(row.id, {})) for row in rows}
    items = tuple(LandscapeEntry(_shown_target(target, entities[asset_id].target), entities[asset_id])
                  for target, asset_id in placed)
    return Page(items, seen, limit, offset)


def _shown_target(folded: str, targets: tuple[str, ...]) -> str:
    """A target as the asset writes it (the index keeps it folded)."""
    return next((t for t in targets if fold(t) == folded), folded)


def read_target_crowding(session: Session, f: AssetFilter, targets: list[str]) -> list[TargetCrowding]:
    """For each of `targets`, among the assets the filter keeps: distinct assets, distinct owners and
    assets by stage, counted in SQL."""
    folded = sorted({fold(t) for t in targets})
    if not folded:
        return []
    members = _places(session, f).add_columns(TARGETS.c.company, TARGETS.c.stage) \
        .where(TARGETS.c.target.in_(folded)).subquery()
    totals = session.execute(select(members.c.target, func.count(distinct(members.c.asset_id)),
                                    func.count(distinct(members.c.company))).group_by(members.c.target)).all()
    stages: dict[str, dict[str, int]] = {}
    for target, stage, count in session.execute(select(members.c.target, members.c.stage, func.count())
                                                 .group_by(members.c.target, members.c.stage)):
        stages.setdefault(target, {})[stage] = int(count)
    shown = {fold(t): t for t in targets}
    return [TargetCrowding(shown.get(target, target), int(n_assets), int(n_companies),
                           {s: stages[target][s] for s in STAGES if s in stages.get(target, {})})
            for target, n_assets, n_companies in totals]


def read_options(session: Session) -> dict[str, list[str]]:
    """The nuclides, modalities and targets the landscape cells name, for filter choices."""
    out: dict[str, list[str]] = {}
    for name in ("nuclide", "modality", "target"):
        column = CELLS.c[name]
        values = session.scalars(select(column).where(column.not_in((NONE, UNDISCLOSED))).distinct())
        out[name] = sorted({str(v) for v in values if v}, key=str.casefold)
    return out
