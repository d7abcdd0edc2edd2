"""The seed documents extracted and scored with the shared scorer; the floor rises as we improve."""
import importlib.util
import json
from pathlib import Path

import pytest

from pharmalens.model.contract import extraction_to_json
from pharmalens.resolve.batch import extract_batch

SHARED = Path(__file__).resolve().parents[2] / "shared"
FLOOR_F1 = 0.60

pytestmark = pytest.mark.skipif(not (SHARED / "seeds" / "text").exists(), reason="../shared/seeds not present")


def _scorer():
    spec = importlib.util.spec_from_file_location("score_facts", SHARED / "tools" / "score_facts.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_seed_facts_reach_the_floor_with_exact_evidence():
    scorer = _scorer()
    texts = sorted((SHARED / "seeds" / "text").glob("*.txt"))
    prediction = extraction_to_json(extract_batch(texts))
    json.dumps(prediction)
    tp = gold = pred = grounded = records = 0
    for g in sorted((SHARED / "seeds" / "gold").glob("*.json")):
        gold_doc = json.loads(g.read_text(encoding="utf-8"))
        source = SHARED / "seeds" / "text" / gold_doc["file"]
        report = scorer.score(gold_doc, scorer.for_file(prediction, source.name), source.read_text(encoding="utf-8"))
        tp, gold, pred = tp + report["tp"], gold + report["gold"], pred + report["pred"]
        grounded, records = grounded + report["grounded"], records + report["records"]
    _, _, f1 = scorer.prf(tp, gold, pred)
    assert grounded == records
    assert f1 >= FLOOR_F1
