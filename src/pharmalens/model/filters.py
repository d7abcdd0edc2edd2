"""What a caller may ask the store for: filters over entities and facts, checked by the interfaces and
read by the store through its indexes. Every field is optional; None means "any"."""
from __future__ import annotations

from dataclasses import dataclass, fields
from typing import Any


@dataclass(frozen=True)
class AssetFilter:
    company: str | None = None  # name or alias
    asset: str | None = None  # name or alias
    target: str | None = None
    modality: str | None = None
    nuclide: str | None = None  # canonical, e.g. Lu-177
    stage: str | None = None  # the asset's latest stage
    conflicts_only: bool = False


@dataclass(frozen=True)
class DealFilter:
    company: str | None = None  # either party, name or alias
    licensor: str | None = None
    licensee: str | None = None
    asset: str | None = None  # name or alias
    deal_type: str | None = None
    territory: str | None = None  # substring, case-insensitive
    licensor_country: str | None = None  # ISO code
    licensee_country: str | None = None  # ISO code, of a licensee the lexicon knows
    year_from: int | None = None
    year_to: int | None = None
    date_from: str | None = None  # YYYY, YYYY-MM or YYYY-MM-DD, inclusive at the precision both dates have
    date_to: str | None = None
    modality: str | None = None  # of the deal's asset
    target: str | None = None
    nuclide: str | None = None
    stage: str | None = None  # of the asset at signing (its stage in the deal's own documents), else its most advanced
    conflicts_only: bool = False


def active(query: Any) -> dict[str, Any]:
    """The fields of a filter that are set."""
    return {f.name: getattr(query, f.name) for f in fields(query) if getattr(query, f.name) not in (None, False, "")}
