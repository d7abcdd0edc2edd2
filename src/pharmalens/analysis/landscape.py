"""Pipeline landscape: assets by target × modality × nuclide × stage, and crowding per target."""
from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field
from typing import Any

STAGE_ORDER = ["preclinical", "ind", "iit", "phase1", "phase1/2", "phase2", "phase2/3", "phase3", "nda", "approved",
               "terminated"]


@dataclass
class LandscapeCell:
    target: str
    modality: str
    nuclide: str
    stage: str
    assets: list[str] = field(default_factory=list)
    companies: list[str] = field(default_factory=list)


def landscape(assets: list[dict[str, Any]]) -> list[LandscapeCell]:
    """One cell per (target, modality, nuclide, stage); an asset with two targets sits in both rows."""
    cells: dict[tuple[str, str, str, str], LandscapeCell] = {}
    seen: set[tuple[str, tuple[str, str, str, str]]] = set()
    for asset in assets:
        for target in asset.get("target") or ["(undisclosed)"]:
            key = (target, asset.get("modality") or "-", asset.get("nuclide") or "-", asset.get("stage") or "-")
            name = asset.get("asset") or "?"
            if (name, key) in seen:
                continue
            seen.add((name, key))
            cell = cells.setdefault(key, LandscapeCell(*key))
            cell.assets.append(name)
            company = asset.get("company")
            if company and company not in cell.companies:
                cell.companies.append(company)
    return sorted(cells.values(), key=lambda c: (c.target.casefold(), c.nuclide, _stage_rank(c.stage), c.modality))


def crowding(assets: list[dict[str, Any]]) -> dict[str, dict[str, Any]]:
    """Per target: how many distinct assets and companies, and assets by stage."""
    out: dict[str, dict[str, Any]] = defaultdict(lambda: {"assets": set(), "companies": set(), "by_stage": defaultdict(set)})
    for asset in assets:
        for target in asset.get("target") or []:
            entry = out[target]
            entry["assets"].add(asset.get("asset"))
            if asset.get("company"):
                entry["companies"].add(asset["company"])
            entry["by_stage"][asset.get("stage") or "-"].add(asset.get("asset"))
    return {t: {"assets": len(v["assets"]), "companies": len(v["companies"]),
                "by_stage": {s: len(a) for s, a in sorted(v["by_stage"].items(), key=lambda kv: _stage_rank(kv[0]))}}
            for t, v in sorted(out.items())}


def _stage_rank(stage: str) -> int:
    return STAGE_ORDER.index(stage) if stage in STAGE_ORDER else len(STAGE_ORDER)
