"""Small helpers the analyses share: stage order, USD figures of amounts, nuclide names."""
from __future__ import annotations

from typing import Any

from pharmalens.extraction.nuclides import normalise_nuclide
from pharmalens.model.records import Money
from pharmalens.resolve.knowledge import LIVE_STAGES, most_advanced

STAGE_ORDER = (*LIVE_STAGES, "terminated")
__all__ = ["LIVE_STAGES", "STAGE_ORDER", "canonical_nuclide", "most_advanced", "stage_rank", "usd", "usd_of"]


def stage_rank(stage: str | None) -> int | None:
    return LIVE_STAGES.index(stage) if stage in LIVE_STAGES else None


def usd(money: dict[str, Any] | None) -> float | None:
    """The USD figure of a Money payload in millions, or None when not disclosed or not converted."""
    if not money:
        return None
    if money.get("usd") is not None:
        return float(money["usd"])
    if money.get("currency") == "USD" and money.get("amount") is not None:
        return float(money["amount"])
    return None


def usd_of(money: Money | None) -> float | None:
    """The same for a typed Money."""
    return money.usd_millions() if money is not None else None


def canonical_nuclide(text: str | None) -> str | None:
    """Element-Mass form of a nuclide however written (225Ac, Ac225, ac-225, 镥-177), else None."""
    if not text:
        return None
    return normalise_nuclide(text) or normalise_nuclide(text[:1].upper() + text[1:].lower())
