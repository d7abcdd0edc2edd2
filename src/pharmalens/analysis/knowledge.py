"""Knowledge base views: one merged deal per real deal and one merged asset per real asset across
documents, with every source kept and every disagreement listed.

The store keeps these entities at ingest (the grouping and chosen-value rules are in
`pharmalens.resolve.knowledge`); these functions read them whole, page by page.
"""
from __future__ import annotations

from typing import Any

from pharmalens.model.filters import AssetFilter, DealFilter
from pharmalens.model.knowledge import AssetEntity, DealEntity, every

PAGE = 500


def merged_deals(store: Any, conflicts_only: bool = False) -> list[DealEntity]:
    """Every deal entity with its sources and conflicts, oldest announcement first."""
    wanted = DealFilter(conflicts_only=conflicts_only)
    return list(every(lambda limit, offset: store.deals(wanted, sort="announced", order="asc", limit=limit,
                                                        offset=offset, detail=True), PAGE))


def merged_assets(store: Any, conflicts_only: bool = False) -> list[AssetEntity]:
    """Every asset entity with its sources, conflicts and stage history, by name."""
    wanted = AssetFilter(conflicts_only=conflicts_only)
    return list(every(lambda limit, offset: store.assets(wanted, limit=limit, offset=offset, detail=True), PAGE))
