"""`pharmalens eval`: extraction scored against gold files with the project's shared scorer."""
from __future__ import annotations

import importlib.util
import json
import os
from pathlib import Path
from types import ModuleType

from ..model.contract import extraction_to_json
from ..model.errors import NotFound
from ..pipeline import extract
from ..settings import Settings

DEFAULT_SCORER = Path("../shared/tools/score_facts.py")


def load_scorer(path: Path | None = None) -> ModuleType:
    path = path or Path(os.environ.get("PHARMALENS_SCORER", DEFAULT_SCORER))
    if not path.exists():
        raise NotFound(f"scorer not found at {path}; pass --scorer PATH or set PHARMALENS_SCORER")
    spec = importlib.util.spec_from_file_location("score_facts", path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def evaluate(gold_dir: Path, sources_dir: Path, scorer: ModuleType, settings: Settings) -> dict:
    """Per-file reports and totals, as score_facts.py computes them."""
    paths = sorted(Path(gold_dir).glob("*.json"))
    golds = [json.loads(g.read_text(encoding="utf-8")) for g in paths]
    files = [Path(sources_dir) / (gold.get("file") or g.stem + ".txt") for gold, g in zip(golds, paths)]
    prediction = extraction_to_json(extract([f for f in files if f.exists()], settings))
    totals = {"tp": 0, "gold": 0, "pred": 0, "grounded": 0, "records": 0, "cf": 0, "cg": 0}
    per_type: dict[str, dict[str, int]] = {}
    reports, languages = {}, {}
    for gold, source in zip(golds, files):
        text = source.read_text(encoding="utf-8", errors="replace") if source.exists() else None
        report = scorer.score(gold, scorer.for_file(prediction, source.name), text)
        reports[source.name] = report
        languages[source.name] = _language(gold)
        for key in ("tp", "gold", "pred", "grounded", "records"):
            totals[key] += report[key]
        totals["cf"] += report["companies"]["found"]
        totals["cg"] += report["companies"]["gold"]
        for kind, v in report["types"].items():
            agg = per_type.setdefault(kind, {"tp": 0, "gold": 0, "pred": 0})
            for k in agg:
                agg[k] += v[k]
    p, r, f = scorer.prf(totals["tp"], totals["gold"], totals["pred"])
    return {"files": reports, "per_type": per_type, "P": p, "R": r, "F1": f,
            "records": _records_line(per_type, scorer), "languages": _by_language(reports, languages, scorer),
            "grounded": totals["grounded"] / totals["records"] if totals["records"] else 1.0,
            "company_recall": totals["cf"] / totals["cg"] if totals["cg"] else 1.0}


def _language(gold: dict) -> str:
    """The language a gold file gives (its documents', else its own), as the scorer reads it."""
    return next((d.get("lang") for d in gold.get("documents") or [] if d.get("lang")), None) or gold.get("lang") or "?"


def _records_line(per_type: dict[str, dict[str, int]], scorer: ModuleType) -> dict[str, float]:
    """Precision, recall and F1 over the record types, documents left out (as the scorer prints it)."""
    kept = [v for kind, v in per_type.items() if kind != "documents"]
    p, r, f = scorer.prf(sum(v["tp"] for v in kept), sum(v["gold"] for v in kept), sum(v["pred"] for v in kept))
    return {"P": p, "R": r, "F1": f}


def _by_language(reports: dict, languages: dict[str, str], scorer: ModuleType) -> dict[str, dict[str, float]]:
    """The records line per language of the gold files."""
    counts: dict[str, dict[str, int]] = {}
    for name, report in reports.items():
        agg = counts.setdefault(languages[name], {"tp": 0, "gold": 0, "pred": 0, "files": 0})
        agg["files"] += 1
        for kind, v in report["types"].items():
            if kind != "documents":
                for key in ("tp", "gold", "pred"):
                    agg[key] += v[key]
    out = {}
    for lang, v in sorted(counts.items()):
        p, r, f = scorer.prf(v["tp"], v["gold"], v["pred"])
        out[lang] = {"P": p, "R": r, "F1": f, "files": v["files"]}
    return out
