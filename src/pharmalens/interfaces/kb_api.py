"""Knowledge-base routes: deals and assets as one record per real deal or asset across documents, with
the shown value of each field, every source and every disagreement. `add_kb_routes(app, store_of)`."""
from __future__ import annotations

from collections.abc import Callable
from typing import Any

from fastapi import FastAPI, Query, Request

from ..model.filters import AssetFilter, DealFilter
from ..store import Store
from . import queries
from .params import Offset, OptionalText, PathText, Text

DEAL_SORTS = ("announced", "licensor", "licensee", "asset", "deal_type", "upfront", "milestones", "total", "sources")
ASSET_SORTS = ("asset", "company", "modality", "nuclide", "stage", "sources")


def add_kb_routes(app: FastAPI, store_of: Callable[[Request], Store]) -> None:
    @app.get("/api/kb/deals", tags=["knowledge"])
    def kb_deals(request: Request, limit: int = Query(100, ge=1, le=queries.MAX_LIMIT), offset: Offset = 0,
                 sort: Text = "announced", order: Text = "desc", company: OptionalText = None,
                 licensor: OptionalText = None, licensee: OptionalText = None, asset: OptionalText = None,
                 deal_type: OptionalText = None, territory: OptionalText = None, licensor_country: OptionalText = None,
                 year_from: int | None = Query(None, ge=1900, le=2200), year_to: int | None = Query(None, ge=1900, le=2200),
                 modality: OptionalText = None, target: OptionalText = None, nuclide: OptionalText = None,
                 stage: OptionalText = None, conflicts_only: bool = False) -> dict[str, Any]:
        """Deals, one per real deal across documents: chosen values, sources counted, conflicting fields named."""
        _sorted(sort, order, DEAL_SORTS)
        text = queries.check_filters({"company": company, "licensor": licensor, "licensee": licensee, "asset": asset,
                                      "deal_type": deal_type, "territory": territory,
                                      "licensor_country": licensor_country, "modality": modality, "target": target,
                                      "nuclide": nuclide, "stage": stage})
        wanted = DealFilter(**text, year_from=year_from, year_to=year_to, conflicts_only=conflicts_only)
        return store_of(request).deals(wanted, sort=sort, order=order, limit=limit, offset=offset).to_json()

    @app.get("/api/kb/deals/{deal_id}", tags=["knowledge"])
    def kb_deal(request: Request, deal_id: PathText) -> dict[str, Any]:
        """One deal with every source and every conflicting value (the shown one first)."""
        deal = store_of(request).deal(deal_id)
        if deal is None:
            raise queries.not_found(f"no deal with id {deal_id!r}")
        return deal.to_json()

    @app.get("/api/kb/assets", tags=["knowledge"])
    def kb_assets(request: Request, limit: int = Query(100, ge=1, le=queries.MAX_LIMIT), offset: Offset = 0,
                  sort: Text = "asset", order: Text = "asc", company: OptionalText = None, asset: OptionalText = None,
                  target: OptionalText = None, modality: OptionalText = None, nuclide: OptionalText = None,
                  stage: OptionalText = None, conflicts_only: bool = False) -> dict[str, Any]:
        """Assets, one per real asset across documents: chosen values, latest stage, sources counted."""
        _sorted(sort, order, ASSET_SORTS)
        text = queries.check_filters({"company": company, "asset": asset, "target": target, "modality": modality,
                                      "nuclide": nuclide, "stage": stage})
        wanted = AssetFilter(**text, conflicts_only=conflicts_only)
        return store_of(request).assets(wanted, sort=sort, order=order, limit=limit, offset=offset).to_json()

    @app.get("/api/kb/assets/{name:path}", tags=["knowledge"])
    def kb_asset(request: Request, name: PathText) -> dict[str, Any]:
        """One asset (by any of its names) with its sources, conflicts and stage history."""
        found = store_of(request).asset(name)
        if found is None:
            raise queries.not_found(f"no asset named {name!r}")
        return found.to_json()


def _sorted(sort: str, order: str, allowed: tuple[str, ...]) -> None:
    if sort not in allowed:
        raise queries.bad_parameter("sort", f"unknown column {sort!r}; allowed: {', '.join(allowed)}")
    if order not in ("asc", "desc"):
        raise queries.bad_parameter("order", "must be asc or desc")
