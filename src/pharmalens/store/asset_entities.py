"""Asset entities kept at ingest: one row per real asset (facts sharing a name or alias, joined
transitively), its names, targets, chosen values, conflicts, and the landscape cells it counts in.

Only the assets a write touches are recomputed: those of the facts written or removed, those whose
names the new facts share (which may join two assets into one), and those whose company names changed.
"""
from __future__ import annotations

import hashlib
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache
from typing import Any

from sqlalchemy import and_, bindparam, func, or_, select
from sqlalchemy.orm import Session

from pharmalens.resolve.knowledge import (
    Merged,
    Sourced,
    asset_names,
    components,
    merge_asset,
)

from . import counts
from .conflicts import INSERT as INSERT_CONFLICTS, conflict_rows, drop_conflicts
from .names import Resolver
from .prepared import Prepared
from .schema import (
    TYPED_FACTS,
    AssetNameRow,
    AssetRow,
    AssetTargetRow,
    LandscapeCellRow,
    TargetCountRow,
    utc_now,
)
from .sources import load_owned, load_sourced
from .sql import run, upsert
from .typed import chunks, fold, text_value

UNDISCLOSED = "(undisclosed)"
NONE = "-"
FACTS = TYPED_FACTS["asset"]
ASSETS, NAMES, TARGETS, CELLS, TARGET_COUNTS = (AssetRow.__table__, AssetNameRow.__table__,
                                                AssetTargetRow.__table__, LandscapeCellRow.__table__,
                                                TargetCountRow.__table__)
CellKey = tuple[str, str, str, str]
IDS = bindparam("ids", expanding=True)
_OWNERS = Prepared(select(NAMES.c.asset_id).where(NAMES.c.name.in_(IDS)))
_NAMES_OF = Prepared(select(NAMES.c.name, NAMES.c.asset_id).where(NAMES.c.asset_id.in_(IDS)))
_CELLS_OF = Prepared(select(ASSETS.c.chosen, ASSETS.c.modality, ASSETS.c.nuclide, ASSETS.c.stage)
                     .where(ASSETS.c.id.in_(IDS)))
_DROP = Prepared(ASSETS.delete().where(ASSETS.c.id.in_(IDS)))
_DROP_NAMES = Prepared(NAMES.delete().where(NAMES.c.asset_id.in_(IDS)))
_DROP_TARGETS = Prepared(TARGETS.delete().where(TARGETS.c.asset_id.in_(IDS)))
_PLACE = Prepared(FACTS.update().where(FACTS.c.id == bindparam("key")).values(entity_id=bindparam("entity")))
_INSERTS = {table.name: Prepared(table.insert()) for table in (ASSETS, NAMES, TARGETS)}
CELL_COLUMNS = (TARGETS.c.target, TARGETS.c.modality, TARGETS.c.nuclide, TARGETS.c.stage)
_CELL_COUNTS = select(*CELL_COLUMNS, func.count(), func.count(TARGETS.c.company.distinct())).group_by(*CELL_COLUMNS)
_TARGET_COUNTS = Prepared(select(TARGETS.c.target, func.count(), func.count(TARGETS.c.company.distinct()))
                          .where(TARGETS.c.target.in_(IDS)).group_by(TARGETS.c.target))
_TARGET_DROP = Prepared(TARGET_COUNTS.delete().where(TARGET_COUNTS.c.target == bindparam("target")))
_CELL_DROP = Prepared(CELLS.delete().where(CELLS.c.target == bindparam("target"),
                                           CELLS.c.modality == bindparam("modality"),
                                           CELLS.c.nuclide == bindparam("nuclide"), CELLS.c.stage == bindparam("stage")))


def asset_id(names: Iterable[str]) -> str:
    """A content-hash id: the same set of names gives the same id whatever the order of ingest."""
    return "ast_" + hashlib.sha256(min(names).encode()).hexdigest()[:16]


@dataclass(frozen=True)
class AssetChange:
    names: set[str]  # folded names whose asset was joined with another, split, or is new
    touched: set[str]  # every folded name of the assets recomputed, before and after


def update_assets(session: Session, resolver: Resolver, touched: set[str]) -> AssetChange:
    """Attach the asset facts not in an asset yet (just written) and recompute the touched assets."""
    new = load_sourced(session, FACTS, "unplaced")
    new_names = sorted({name for item in new for name in asset_names(item.fact)})
    for names in chunks(new_names):
        touched = touched | set(run(session, _OWNERS, {"ids": names}).scalars())
    old_names: dict[str, str] = {}
    cells: set[CellKey] = set()
    for ids in chunks(sorted(touched)):
        old_names.update(dict(run(session, _NAMES_OF, {"ids": ids}).all()))
        cells |= {key for row in run(session, _CELLS_OF, {"ids": ids}) for key in keys_of(row._asdict())}
    owned = load_owned(session, FACTS, touched)
    owners = {item.id: entity for item, _row_id, entity in owned}
    members = [item for item, _row_id, _entity in owned] + new
    drop_assets(session, sorted(touched))
    changed: set[str] = set()
    groups = _groups(members)
    counts.add(session, "assets", len(groups) - len(touched))
    group_names = [{name for item in group for name in asset_names(item.fact)} or {"?"} for group in groups]
    resolver.prefetch(item.fact.get("company") for item in members)
    for row in write_assets(session, resolver, groups, group_names, owners):
        cells |= keys_of(row)
    for names in group_names:
        changed |= _changed(names, old_names)
    for old in set(old_names.values()):
        mine = {name for name, owner in old_names.items() if owner == old}
        if sum(1 for names in group_names if names & mine) > 1:
            changed |= mine
    refresh_cells(session, cells)
    return AssetChange(changed, set(old_names).union(*group_names))


def _groups(members: list[Sourced]) -> list[list[Sourced]]:
    by_id = {id(item.fact): item for item in members}
    return [[by_id[id(fact)] for fact in group] for group in components([item.fact for item in members])]


def _changed(names: set[str], old_names: dict[str, str]) -> set[str]:
    owners = {old_names.get(name) for name in names}
    return set(names) if len(owners) > 1 or None in owners else set()


def drop_assets(session: Session, ids: list[str]) -> None:
    for chunk in chunks(ids):
        drop_conflicts(session, "asset", chunk)
        for statement in (_DROP_NAMES, _DROP_TARGETS, _DROP):
            run(session, statement, {"ids": chunk})


def write_assets(session: Session, resolver: Resolver, groups: list[list[Sourced]], group_names: list[set[str]],
                 owners: dict[str, str]) -> list[dict[str, Any]]:
    """Write the assets of `groups` (with their names, targets, members and conflicts), one statement per
    table for all of them; returns their rows. Nothing here reads what another group writes. A member
    already in its asset (`owners`: fact id -> the asset it is in) keeps its row as it is."""
    rows: list[dict[str, Any]] = []
    names_rows: list[dict[str, Any]] = []
    targets_rows: list[dict[str, Any]] = []
    places: list[dict[str, Any]] = []
    conflicts: list[dict[str, Any]] = []
    for group, names in zip(groups, group_names):
        merged = merge_asset(resolver.names(), group)
        row = asset_row(asset_id(names), merged, len(group))
        rows.append(row)
        names_rows += [{"name": n, "asset_id": row["id"]} for n in sorted(names)]
        targets = merged.values.get("target") or [UNDISCLOSED]
        cell = {**cell_of(row), "name": row["name"], "name_folded": row["name_folded"], "company": row["company"]}
        targets_rows += [{"asset_id": row["id"], "target": t, **cell} for t in dict.fromkeys(fold(t) for t in targets)]
        places += [{"key": item.id, "entity": row["id"]} for item in group if owners.get(item.id) != row["id"]]
        conflicts += conflict_rows("asset", row["id"], merged.conflicts)
    for statement, values in ((_INSERTS[ASSETS.name], rows), (_INSERTS[NAMES.name], names_rows),
                              (_INSERTS[TARGETS.name], targets_rows), (INSERT_CONFLICTS, conflicts)):
        if values:
            run(session, statement, values)
    if places:
        run(session, _PLACE, places)
    return rows


def asset_row(entity_id: str, merged: Merged, sources: int) -> dict[str, Any]:
    values = merged.values
    chosen = {**values, "stage_history": [step.__dict__ for step in merged.stage_history]}
    text = {name: text_value(values.get(name)) for name in ("company", "modality", "nuclide", "stage",
                                                             "most_advanced_stage")}
    return {"id": entity_id, "name": str(values["asset"]), "name_folded": fold(values["asset"]), **text,
            "chosen": chosen, "n_sources": sources, "conflict_fields": sorted(merged.conflicts),
            "updated_at": utc_now()}


# ---- landscape cells -----------------------------------------------------------------------------

def cell_of(row: dict[str, Any]) -> dict[str, str]:
    """An asset's modality, nuclide and stage as its landscape cells have them ("-" when not stated)."""
    return {name: row[name] or NONE for name in ("modality", "nuclide", "stage")}


def keys_of(row: dict[str, Any]) -> set[CellKey]:
    targets = row["chosen"].get("target") or [UNDISCLOSED]
    cell = cell_of(row)
    return {(str(t), cell["modality"], cell["nuclide"], cell["stage"]) for t in targets}


def refresh_cells(session: Session, keys: set[CellKey]) -> None:
    """Count the assets and companies of each cell, and of each target, again; empty ones are removed.
    The targets' rows carry their asset's cell, so one grouped count over the rows of just these cells
    (through the cell index) counts them all."""
    refresh_targets(session, {key[0] for key in keys})
    found: dict[tuple[str | None, ...], tuple[int, int]] = {}
    for chunk in chunks(sorted({(fold(key[0]), *key[1:]) for key in keys}), 100):
        params = {f"{name}{n}": value for n, key in enumerate(chunk) for name, value in zip("tmns", key)}
        found.update({tuple(row[:4]): (row[4], row[5]) for row in run(session, _cell_counts(len(chunk)), params)})
    upserts, drops = [], []
    for target, modality, nuclide, stage in sorted(keys):
        key = {"target": target, "modality": modality, "nuclide": nuclide, "stage": stage}
        n_assets, n_companies = found.get((fold(target), modality, nuclide, stage), (0, 0))
        if n_assets:
            upserts.append({**key, "n_assets": n_assets, "n_companies": n_companies})
        else:
            drops.append(key)
    upsert(session, CELLS, upserts, ("target", "modality", "nuclide", "stage"))
    if drops:
        run(session, _CELL_DROP, drops)


@cache
def _cell_counts(cells: int) -> Prepared:
    """The counts of `cells` cells given as t0, m0, n0, s0, t1, ...: one equality per cell, each a seek
    in the cell index (a row-value IN scans it whole)."""
    return Prepared(_CELL_COUNTS.where(or_(*(and_(*(column == bindparam(f"{name}{n}")
                                                    for column, name in zip(CELL_COLUMNS, "tmns")))
                                             for n in range(cells)))))


def refresh_targets(session: Session, targets: set[str]) -> None:
    found: dict[str, tuple[int, int]] = {}
    for chunk in chunks(sorted({fold(target) for target in targets})):
        found.update({target: (n_assets, n_companies)
                      for target, n_assets, n_companies in run(session, _TARGET_COUNTS, {"ids": chunk})})
    upserts, drops = [], []
    for target in sorted(targets):
        n_assets, n_companies = found.get(fold(target), (0, 0))
        if n_assets:
            upserts.append({"target": target, "n_assets": n_assets, "n_companies": n_companies})
        else:
            drops.append({"target": target})
    upsert(session, TARGET_COUNTS, upserts, ("target",))
    if drops:
        run(session, _TARGET_DROP, drops)
