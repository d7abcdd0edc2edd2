"""Pipeline landscape: assets by target × modality × nuclide × stage, crowding per target, and the
targets × stages matrix, as the store keeps them at ingest (one asset per real asset, its latest
stage; an asset with two targets sits in both rows)."""
from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from pharmalens.model.filters import AssetFilter
from pharmalens.model.knowledge import LandscapeCell, Page

from .asset_index import STAGE_ORDER

__all__ = ["STAGE_ORDER", "Landscape", "landscape"]


@dataclass(frozen=True)
class Landscape:
    cells: Page[LandscapeCell]
    crowding: Page[dict[str, Any]]
    matrix: dict[str, Any]

    def to_json(self) -> dict[str, Any]:
        return {"cells": self.cells.to_json(), "crowding": self.crowding.to_json(), "matrix": self.matrix}


def landscape(store: Any, filters: AssetFilter | None = None, limit: int = 100, offset: int = 0,
              sample: int = 10) -> Landscape:
    """One page of cells (with up to `sample` asset names each), the first page of crowding per
    target, and the whole matrix (targets × stages)."""
    return Landscape(store.landscape(filters, limit=limit, offset=offset, sample=sample),
                     store.crowding(limit=limit), store.landscape_matrix())
