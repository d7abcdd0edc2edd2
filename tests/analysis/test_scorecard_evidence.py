"""Scorecard evidence filled from a hand-built store: competitors, GMP, terminations, isotope supply."""
from __future__ import annotations

import hashlib

import pytest

from pharmalens.analysis.scorecard import evidence_from_dict, score
from pharmalens.analysis.scorecard_evidence import (UnknownAsset, competition_for, evidence_from_store,
                                                    merge_evidence)
from pharmalens.model.records import Asset, Company, Document, DocumentBundle, RegulatoryEvent
from pharmalens.store import Store

RIVAL_QUOTE = "ZT-7, a Lu-177 PSMA radioligand in Phase 1"
PASS_QUOTE = "FDA inspection of Beta Bio's plant found no issues"
RIVAL_TEXT = ("Zeta Bio dosed the first patient with ZT-7, a Lu-177 PSMA radioligand in Phase 1. "
              "FDA inspection of Beta Bio's plant found no issues.")


def _rival_bundle(sample) -> DocumentBundle:
    text, doc = RIVAL_TEXT, "f.txt#1"
    common = {"document": doc, "extractor": "test"}
    records = [Asset(**common, evidence=sample.quote(text, RIVAL_QUOTE),
                     company="Zeta Bio", asset="ZT-7", modality="rdc", target=["PSMA"], nuclide="Lu-177",
                     stage="phase1"),
               RegulatoryEvent(**common, evidence=sample.quote(text, PASS_QUOTE),
                               company="Beta Bio", asset=None, agency="FDA", event="gmp_pass")]
    document = Document(id=doc, source="f.txt", text=text, span=(0, len(text)), title="Zeta", lang="en",
                        relevant=True, published="2025-10-01", content_hash=hashlib.sha256(text.encode()).hexdigest())
    return DocumentBundle(document=document, records=records, companies=[*sample.COMPANIES, Company("Zeta Bio", [], "biotech")])


def cite(quote: str) -> str:
    start = RIVAL_TEXT.index(quote)
    return f'f.txt#1:{start}-{start + len(quote)} "{quote}"'


@pytest.fixture
def store(tmp_path, sample):
    url = sample.build_store(tmp_path)
    with Store(url) as opened:
        opened.save(_rival_bundle(sample))
        yield opened


def test_competitors_on_the_same_target_and_stage(store):
    competition = competition_for(store, "阿尔法101")  # an alias of AB-101
    assert competition.asset == "AB-101" and competition.stage == "phase1" and competition.targets == ("PSMA",)
    assert competition.count == 1
    assert [r.asset for r in competition.same_stage] == ["ZT-7"]
    assert competition.same_stage[0].company == "Zeta Bio"
    assert [r.asset for r in competition.ahead] == ["BT-202"]  # Beta Bio's PSMA asset is in Phase 2
    assert competition.same_stage[0].citations == (cite(RIVAL_QUOTE),)


def test_evidence_from_store_fills_cited_criteria(store):
    data = evidence_from_store(store, "AB-101")
    assert data["asset"] == "AB-101 (Alpha Bio)" and data["nuclide"] == "Ac-225"
    evidence = data["evidence"]
    assert set(evidence) == {"first_in_class", "differentiation", "compliance", "pipeline_stability", "isotope_supply"}
    for criterion in evidence.values():
        assert 0 <= criterion["score"] <= 5 and criterion["note"] and criterion["citations"]
    first = evidence["first_in_class"]
    assert first["note"].startswith("1 asset(s) of other companies on PSMA at phase1") and "ZT-7 (Zeta Bio" in first["note"]
    assert first["score"] == 1  # BT-202 is further along
    assert cite(RIVAL_QUOTE) in first["citations"]
    assert 'a.txt#1:109-132 "Ac-225 PSMA radioligand"' in first["citations"]
    assert any(c.startswith("b.txt#1:") for c in first["citations"])
    assert evidence["differentiation"]["score"] == 3  # the rival's nuclide (Lu-177) differs
    compliance = evidence["compliance"]
    assert compliance["score"] == 1 and "1 failed" in compliance["note"]
    assert compliance["citations"] == ['e.txt#1:111-133 "EMA检查发现Alpha Bio的工厂不合规"']
    stability = evidence["pipeline_stability"]
    assert stability["score"] == 1 and "3 programme(s)" in stability["note"]
    assert len(stability["citations"]) == 3 and all(c.startswith("e.txt#1:") for c in stability["citations"])
    supply = evidence["isotope_supply"]
    assert supply["score"] == 2 and "Ac-225" in supply["note"]
    assert any(c.startswith("pharmalens/data/nuclides.yaml: Ac-225 half-life 9.92 d") for c in supply["citations"])


def test_lutetium_supply_scores_above_actinium_and_gmp_pass_counts(store):
    beta = evidence_from_store(store, "BT-202")["evidence"]
    alpha = evidence_from_store(store, "AB-101")["evidence"]
    assert beta["isotope_supply"]["score"] > alpha["isotope_supply"]["score"]
    assert beta["first_in_class"]["score"] == 4 and beta["first_in_class"]["note"].startswith("0 asset(s)")
    assert beta["compliance"]["score"] == 4
    assert beta["compliance"]["citations"] == [cite(PASS_QUOTE)]
    assert beta["pipeline_stability"]["score"] == 3 and "weak evidence" in beta["pipeline_stability"]["note"]


def test_store_evidence_scores_and_file_overrides(store):
    base = evidence_from_store(store, "AB-101")
    card = score(evidence_from_dict(base), "overseas")
    lines = {line.criterion: line for line in card.lines}
    assert lines["isotope_supply"].weight > 0 and lines["compliance"].score == 1
    merged = merge_evidence(base, {"lens": "domestic", "evidence": {"compliance": {"score": 4, "note": "remediated"}}})
    card = score(evidence_from_dict(merged))
    lines = {line.criterion: line for line in card.lines}
    assert card.lens == "domestic" and lines["compliance"].score == 4 and lines["pipeline_stability"].score == 1


def test_unknown_asset(store):
    with pytest.raises(UnknownAsset) as error:
        evidence_from_store(store, "NOPE-1")
    assert error.value.code == "asset_unknown"


def test_score_cli_fills_from_the_store_and_spec_overrides(store, tmp_path):
    import json

    import typer
    from typer.testing import CliRunner

    from pharmalens.interfaces.decision_cli import register

    app = typer.Typer()
    register(app)
    spec = tmp_path / "override.yaml"
    spec.write_text("evidence:\n  compliance: {score: 4, note: remediated}\n", encoding="utf-8")
    result = CliRunner().invoke(app, ["score", "--asset", "AB-101", "--database", store.url, "--spec", str(spec),
                                      "--json"])
    assert result.exit_code == 0, result.output
    lines = {line["criterion"]: line for line in json.loads(result.stdout)["criteria"]}
    assert lines["compliance"]["score"] == 4 and lines["pipeline_stability"]["score"] == 1
    assert lines["isotope_supply"]["citations"]
    missing = CliRunner().invoke(app, ["score", "--asset", "NOPE-1", "--database", store.url])
    assert missing.exit_code == 2 and "asset_unknown" in missing.stderr
    neither = CliRunner().invoke(app, ["score"])
    assert neither.exit_code == 2 and "--spec" in neither.stderr
