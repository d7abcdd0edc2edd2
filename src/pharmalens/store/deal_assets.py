"""Each deal's copy of its asset: the asset its asset name belongs to now and that asset's modality,
nuclide and most advanced stage, on the deal's row.

Comparables are asked by nuclide or modality; through the asset's names the database looked up every
matching asset's deals one by one and sorted them (at 100,000 articles, a nuclide's 5,000 deals in
about 20 ms), while the copies are read in order from their own indexes. The copies are set again, in
the document's transaction, for every deal whose asset name belongs to an asset that changed (its
chosen values, its names, or itself dropped) and for every deal written, from the asset tables as they
stand after the change: one statement per batch of names, the same lookup a join would make.
"""
from __future__ import annotations

from collections.abc import Iterable

from sqlalchemy import bindparam, or_, select, update
from sqlalchemy.orm import Session

from .prepared import Prepared
from .schema import AssetNameRow, AssetRow, DealRow
from .sql import run
from .typed import chunks

DEALS, NAMES, ASSETS = DealRow.__table__, AssetNameRow.__table__, AssetRow.__table__
COPIES = {"asset_id": ASSETS.c.id, "asset_modality": ASSETS.c.modality, "asset_nuclide": ASSETS.c.nuclide,
          "asset_stage": ASSETS.c.most_advanced_stage}


def _of_the_deals_asset(column):
    return select(column).join(NAMES, NAMES.c.asset_id == ASSETS.c.id) \
        .where(NAMES.c.name == DEALS.c.asset_key).scalar_subquery()


_COPY = {name: _of_the_deals_asset(column) for name, column in COPIES.items()}
# only rows whose copy differs are written: an article about a busy asset leaves its many deals alone
_STALE = or_(*(DEALS.c[name].is_distinct_from(_of_the_deals_asset(column)) for name, column in COPIES.items()))
_SET = Prepared(update(DEALS).where(DEALS.c.asset_key.in_(bindparam("keys", expanding=True)), _STALE).values(**_COPY))
_SET_ALL = update(DEALS).where(_STALE).values(**_COPY)


def copy_assets(session: Session, keys: Iterable[str | None]) -> None:
    """Set the asset copies of the deals whose asset name is one of the folded `keys`."""
    for chunk in chunks(sorted({key for key in keys if key})):
        run(session, _SET, {"keys": chunk})


def copy_every_asset(session: Session) -> None:
    """Set the asset copies of every deal (a rebuild, a migration)."""
    session.execute(_SET_ALL)
