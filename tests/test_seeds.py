"""Extraction scored with the shared scorer: on the seed documents and on our own annotated corpus.

The floors rise as extraction improves. The corpus is pinned by a hash: changing an article or a
gold file fails this test until the hash (and, deliberately, the floor) is updated."""
import hashlib
import importlib.util
import json
from pathlib import Path

import pytest

from pharmalens.model.contract import extraction_to_json
from pharmalens.pipeline import extract
from pharmalens.settings import Settings

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
CORPUS = ROOT / "tests" / "data" / "gold"
CORPUS_SHA256 = "0357b4148b66e18ec813601a39c6693541ae5b35433817a1fc81b675167b651c"
HELDOUT = ROOT / "tests" / "data" / "heldout"
HELDOUT_SHA256 = "74ab6f1326b159f94b3a66bec2de9fee67dc82a52786c5fa680c970023938bfa"
SEED_FLOOR = {"F1": 0.96, "company_recall": 0.95}
CORPUS_FLOOR = {"F1": 0.93, "company_recall": 0.95}
HELDOUT_FLOOR = {"F1": 0.92, "company_recall": 0.95}


def _scorer():
    here = SHARED / "tools" / "score_facts.py"
    spec = importlib.util.spec_from_file_location("score_facts", here)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _score(gold_dir: Path, text_dir: Path) -> dict:
    scorer = _scorer()
    golds = sorted(gold_dir.glob("*.json"))
    sources = [text_dir / json.loads(g.read_text(encoding="utf-8"))["file"] for g in golds]
    prediction = extraction_to_json(extract(sources, Settings(workers=1)))
    totals = dict.fromkeys(("tp", "gold", "pred", "grounded", "records", "found", "named"), 0)
    for g, source in zip(golds, sources):
        report = scorer.score(json.loads(g.read_text(encoding="utf-8")), scorer.for_file(prediction, source.name),
                              source.read_text(encoding="utf-8"))
        for key in ("tp", "gold", "pred", "grounded", "records"):
            totals[key] += report[key]
        totals["found"] += report["companies"]["found"]
        totals["named"] += report["companies"]["gold"]
    _, _, f1 = scorer.prf(totals["tp"], totals["gold"], totals["pred"])
    return {"F1": f1, "grounded": totals["grounded"] / max(1, totals["records"]),
            "company_recall": totals["found"] / max(1, totals["named"])}


@pytest.mark.skipif(not (SHARED / "seeds" / "text").exists(), reason="../shared/seeds not present")
def test_seed_facts_reach_the_floor_with_exact_evidence():
    result = _score(SHARED / "seeds" / "gold", SHARED / "seeds" / "text")
    assert result["grounded"] == 1.0
    for key, floor in SEED_FLOOR.items():
        assert result[key] >= floor, result


def _corpus_hash(folder: Path) -> str:
    digest = hashlib.sha256()
    for path in sorted([*(folder / "text").glob("*.txt"), *(folder / "gold").glob("*.json")]):
        digest.update(path.relative_to(folder).as_posix().encode())
        digest.update(path.read_bytes())
    return digest.hexdigest()


def test_the_annotated_corpora_are_the_ones_the_floors_were_set_on():
    assert _corpus_hash(CORPUS) == CORPUS_SHA256, "tests/data/gold changed: re-score it and re-pin hash and floor"
    assert _corpus_hash(HELDOUT) == HELDOUT_SHA256, "tests/data/heldout changed: re-score it and re-pin hash and floor"


@pytest.mark.skipif(not (SHARED / "tools" / "score_facts.py").exists(), reason="../shared/tools not present")
def test_own_corpus_reaches_the_floor_with_exact_evidence():
    result = _score(CORPUS / "gold", CORPUS / "text")
    assert result["grounded"] == 1.0
    for key, floor in CORPUS_FLOOR.items():
        assert result[key] >= floor, result


@pytest.mark.skipif(not (SHARED / "tools" / "score_facts.py").exists(), reason="../shared/tools not present")
def test_heldout_corpus_reaches_the_floor_with_exact_evidence():
    result = _score(HELDOUT / "gold", HELDOUT / "text")
    assert result["grounded"] == 1.0
    for key, floor in HELDOUT_FLOOR.items():
        assert result[key] >= floor, result


REALNEWS = SHARED / "realnews"
REALNEWS_SHA256 = "da7b863f1c8e259312b6e7dc93502219820542b6743675ebed83825c62c0ec43"
REALNEWS_FLOOR = {"records_F1": 0.975, "language_F1": 0.96, "type_recall": 0.90}


def _score_by_type_and_language(gold_dir: Path, text_dir: Path) -> dict:
    """Records-only figures (documents left out), as the shared scorer's records line counts them."""
    scorer = _scorer()
    golds = sorted(gold_dir.glob("*.json"))
    sources = [text_dir / json.loads(g.read_text(encoding="utf-8")).get("file", g.stem + ".txt") for g in golds]
    prediction = extraction_to_json(extract(sources, Settings(workers=1)))
    types: dict[str, list[int]] = {}
    languages: dict[str, list[int]] = {}
    grounded = records = 0
    for g, source in zip(golds, sources):
        gold = json.loads(g.read_text(encoding="utf-8"))
        report = scorer.score(gold, scorer.for_file(prediction, source.name), source.read_text(encoding="utf-8"))
        lang = next((d.get("lang") for d in gold.get("documents") or [] if d.get("lang")), "?")
        grounded, records = grounded + report["grounded"], records + report["records"]
        for kind, v in report["types"].items():
            if kind == "documents":
                continue
            for bucket in (types.setdefault(kind, [0, 0, 0]), languages.setdefault(lang, [0, 0, 0])):
                bucket[0] += v["tp"]
                bucket[1] += v["gold"]
                bucket[2] += v["pred"]
    total = [sum(v[i] for v in types.values()) for i in range(3)]
    return {"records_F1": scorer.prf(total[0], total[1], total[2])[2],
            "languages": {k: scorer.prf(*v)[2] for k, v in languages.items()},
            "recall": {k: scorer.prf(*v)[1] for k, v in types.items()},
            "grounded": grounded / max(1, records)}


@pytest.mark.skipif(not (REALNEWS / "gold").exists(), reason="../shared/realnews not present")
def test_real_news_reaches_the_floors_in_every_language_and_record_type():
    assert _corpus_hash(REALNEWS) == REALNEWS_SHA256, "../shared/realnews changed: re-score it and re-pin hash and floors"
    result = _score_by_type_and_language(REALNEWS / "gold", REALNEWS / "text")
    assert result["grounded"] == 1.0
    assert result["records_F1"] >= REALNEWS_FLOOR["records_F1"], result
    assert all(f1 >= REALNEWS_FLOOR["language_F1"] for f1 in result["languages"].values()), result
    assert all(r >= REALNEWS_FLOOR["type_recall"] for r in result["recall"].values()), result
