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


def merge_assets(assets: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """One view per asset named in several documents: the most named company, the first stated
    modality and nuclide, all targets and indications, and the most advanced stage."""
    groups: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for asset in assets:
        groups[str(asset.get("asset") or "?").casefold()].append(asset)
    merged = []
    for records in groups.values():
        companies = [r["company"] for r in records if r.get("company")]
        stages = [r["stage"] for r in records if r.get("stage")]
        live = [s for s in stages if s != "terminated"]
        merged.append({
            "asset": records[0].get("asset"),
            "company": max(set(companies), key=companies.count) if companies else None,
            "modality": next((r["modality"] for r in records if r.get("modality")), None),
            "nuclide": next((r["nuclide"] for r in records if r.get("nuclide")), None),
            "target": list(dict.fromkeys(t for r in records for t in r.get("target") or [])),
            "indication": list(dict.fromkeys(i for r in records for i in r.get("indication") or [])),
            "stage": "terminated" if stages and not live else (max(live, key=_stage_rank) if live else None),
        })
    return merged


def landscape(assets: list[dict[str, Any]]) -> list[LandscapeCell]:
    """One cell per (target, modality, nuclide, stage), assets merged across documents first; an
    asset with two targets sits in both rows."""
    assets = merge_assets(assets)
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
