"""Pipeline landscape: assets by target × modality × nuclide × stage, crowding per target, and the
targets × stages matrix, as the store keeps them at ingest (one asset per real asset, its latest
stage; an asset with two targets sits in both rows)."""
from __future__ import annotations

from collections.abc import Callable, Hashable
from dataclasses import dataclass
from typing import Any

from pharmalens.model.filters import AssetFilter
from pharmalens.model.knowledge import LandscapeCell, Page

from .asset_index import STAGE_ORDER

__all__ = ["STAGE_ORDER", "Keep", "Landscape", "landscape"]
Keep = Callable[[Hashable, Callable[[], Any]], Any]


@dataclass(frozen=True)
class Landscape:
    cells: Page[LandscapeCell]
    crowding: Page[dict[str, Any]]
    matrix: dict[str, Any]

    def to_json(self) -> dict[str, Any]:
        return {"cells": self.cells.to_json(), "crowding": self.crowding.to_json(), "matrix": self.matrix}


def landscape(store: Any, filters: AssetFilter | None = None, limit: int = 100, offset: int = 0,
              sample: int = 10, keep: Keep | None = None) -> Landscape:
    """One page of cells (with up to `sample` asset names each), the first page of crowding per
    target, and the whole matrix (targets × stages). Crowding and matrix do not depend on the
    filters: `keep(key, compute)` may return them as kept from another call (a server's cache). The
    three are read in one transaction."""
    keep = keep or _compute
    with store.reading():
        return Landscape(store.landscape(filters, limit=limit, offset=offset, sample=sample),
                         keep(("landscape-crowding", limit), lambda: store.crowding(limit=limit)),
                         keep(("landscape-matrix",), store.landscape_matrix))


def _compute(_key: Hashable, compute: Callable[[], Any]) -> Any:
    return compute()
