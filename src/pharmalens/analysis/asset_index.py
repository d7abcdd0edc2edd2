"""Asset profiles joined to other facts by asset name or alias, and small helpers on fact payloads."""
from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from pharmalens.extraction.nuclides import normalise_nuclide
from pharmalens.resolve.countries import company_country  # noqa: F401 - part of this module's helpers

from .landscape import STAGE_ORDER

LIVE_STAGES = tuple(s for s in STAGE_ORDER if s != "terminated")


@dataclass(frozen=True)
class AssetProfile:
    asset: str
    modality: str | None
    target: tuple[str, ...]
    nuclide: str | None
    stage: str | None  # the most advanced stage stated anywhere


class AssetIndex:
    """Asset facts by every name they go by (case-insensitive)."""

    def __init__(self, assets: list[dict[str, Any]]):
        self._by_name: dict[str, list[dict[str, Any]]] = {}
        for asset in assets:
            for name in [asset.get("asset"), *(asset.get("aliases") or [])]:
                if name:
                    self._by_name.setdefault(str(name).casefold(), []).append(asset)

    def records(self, name: str | None) -> list[dict[str, Any]]:
        return list(self._by_name.get(name.casefold(), [])) if name else []

    def profile(self, name: str | None, document: str | None = None) -> AssetProfile | None:
        """Attributes of the named asset; records of `document` come first, so a stage stated in the
        same article (the stage at signing, for a deal) wins over later news."""
        records = self.records(name)
        if not records:
            return None
        records.sort(key=lambda r: r.get("document") != document)
        same = [r for r in records if r.get("document") == document and r.get("stage")]
        stages = [r["stage"] for r in (same or records) if r.get("stage")]
        return AssetProfile(
            asset=str(records[0].get("asset")),
            modality=next((r["modality"] for r in records if r.get("modality")), None),
            target=tuple(dict.fromkeys(t for r in records for t in r.get("target") or [])),
            nuclide=next((r["nuclide"] for r in records if r.get("nuclide")), None),
            stage=most_advanced(stages),
        )


def stage_rank(stage: str | None) -> int | None:
    return LIVE_STAGES.index(stage) if stage in LIVE_STAGES else None


def most_advanced(stages: list[str]) -> str | None:
    live = [s for s in stages if s in LIVE_STAGES]
    if live:
        return max(live, key=LIVE_STAGES.index)
    return stages[0] if stages else None


def usd(money: dict[str, Any] | None) -> float | None:
    """The USD figure of a Money payload in millions, or None when not disclosed or not converted."""
    if not money:
        return None
    if money.get("usd") is not None:
        return float(money["usd"])
    if money.get("currency") == "USD" and money.get("amount") is not None:
        return float(money["amount"])
    return None


def canonical_nuclide(text: str | None) -> str | None:
    """Element-Mass form of a nuclide however written (225Ac, Ac225, ac-225, 镥-177), else None."""
    if not text:
        return None
    return normalise_nuclide(text) or normalise_nuclide(text[:1].upper() + text[1:].lower())
