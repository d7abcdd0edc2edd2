from pathlib import Path

import pytest

from pharmalens.analysis.errors import SpecError
from pharmalens.analysis.scorecard import (CriterionEvidence, evidence_from_dict, load_evidence, load_weights, score,
                                           scorecard_config)

EXAMPLES = Path(__file__).resolve().parents[2] / "examples" / "valuation"
OVERSEAS = ["first_in_class", "indication_fit", "clinical_data", "differentiation", "cmc_commercial_fit", "ip",
            "compliance", "pipeline_stability"]
DOMESTIC = ["manufacturing_readiness", "market_access", "pricing", "financial_terms", "ip", "compliance",
            "pipeline_stability"]


def test_lenses_hold_the_agreed_criteria():
    config = scorecard_config()
    assert list(config.lenses["overseas"]) == OVERSEAS
    assert list(config.lenses["domestic"]) == DOMESTIC
    assert "isotope_supply" in config.radiopharmaceutical_weights


def test_all_fives_score_100_and_weights_sum_to_100():
    card = score(evidence_from_dict({"asset": "x", "evidence": {k: 5 for k in OVERSEAS}}), "overseas")
    assert card.total == pytest.approx(100.0)
    assert sum(line.weight for line in card.lines) == pytest.approx(100.0)
    assert card.coverage == pytest.approx(1.0)


def test_total_by_hand():
    evidence = {"first_in_class": 4, "clinical_data": {"score": 3, "note": "PSA50 62%", "citations": ["doc#1-9"]}}
    card = score(evidence_from_dict({"asset": "x", "evidence": evidence}), "overseas")
    by_hand = 15 / 100 * 100 * 4 / 5 + 20 / 100 * 100 * 3 / 5
    assert card.total == pytest.approx(by_hand)
    line = next(line for line in card.lines if line.criterion == "clinical_data")
    assert line.citations == ("doc#1-9",) and "PSA50 62%" in line.explanation and line.source == "input"
    missing = next(line for line in card.lines if line.criterion == "ip")
    assert missing.score is None and missing.contribution == 0 and missing.source == "missing"
    assert card.coverage == pytest.approx(0.35)


def test_radiopharmaceuticals_add_isotope_supply():
    plain = score(evidence_from_dict({"evidence": {}}), "domestic")
    radio = score(evidence_from_dict({"modality": "rlt", "evidence": {"isotope_supply": 5}}), "domestic")
    by_nuclide = score(evidence_from_dict({"nuclide": "225Ac", "evidence": {}}), "domestic")
    assert "isotope_supply" not in {line.criterion for line in plain.lines}
    assert "isotope_supply" in {line.criterion for line in radio.lines}
    assert "isotope_supply" in {line.criterion for line in by_nuclide.lines}
    assert radio.total == pytest.approx(100 * 15 / (100 + 15))


def test_providers_fill_missing_criteria_only():
    calls = []

    def provider(criterion, inputs):
        calls.append(criterion)
        return CriterionEvidence(5, "from the store", ("doc#0-4",)) if criterion == "compliance" else None

    inputs = evidence_from_dict({"evidence": {"ip": 2}})
    card = score(inputs, "overseas", providers=[provider])
    by_id = {line.criterion: line for line in card.lines}
    assert by_id["compliance"].source == "provider" and by_id["compliance"].citations == ("doc#0-4",)
    assert by_id["ip"].source == "input" and "ip" not in calls


def test_weight_overrides(tmp_path):
    flat = tmp_path / "flat.yaml"
    flat.write_text("clinical_data: 80\nfirst_in_class: 0\n", encoding="utf-8")
    weights = load_weights(flat)
    card = score(evidence_from_dict({"evidence": {"clinical_data": 5}}), "overseas", weights)
    assert "first_in_class" not in {line.criterion for line in card.lines}
    assert card.total == pytest.approx(100 * 80 / (80 + 15 + 15 + 10 + 10 + 10 + 5))
    per_lens = tmp_path / "lens.yaml"
    per_lens.write_text("domestic:\n  pricing: 50\n", encoding="utf-8")
    weights = load_weights(per_lens)
    assert score(evidence_from_dict({"evidence": {"pricing": 5}}), "domestic", weights).total == \
        pytest.approx(100 * 50 / (20 + 20 + 50 + 15 + 10 + 10 + 10))


def test_unknown_weight_criterion(tmp_path):
    bad = tmp_path / "bad.yaml"
    bad.write_text("charisma: 10\n", encoding="utf-8")
    with pytest.raises(SpecError) as caught:
        load_weights(bad)
    assert caught.value.field == "weights.charisma" and "clinical_data" in str(caught.value)


@pytest.mark.parametrize("data,field", [
    ({"evidence": {"clinical_data": 7}}, "evidence.clinical_data.score"),
    ({"evidence": {"clinical_data": {"score": -1}}}, "evidence.clinical_data.score"),
    ({"evidence": {"clinical_data": {"note": "no score"}}}, "evidence.clinical_data.score"),
    ({"evidence": {"charisma": 3}}, "evidence.charisma"),
    ({"lens": "martian", "evidence": {}}, "lens"),
    ({"nuclide": "Ac-226", "evidence": {}}, "nuclide"),
    ({"radiopharmaceutical": "yes", "evidence": {}}, "radiopharmaceutical"),
])
def test_bad_evidence_names_the_field(data, field):
    with pytest.raises(SpecError) as caught:
        evidence_from_dict(data)
    assert caught.value.field == field


def test_unknown_lens_at_scoring():
    with pytest.raises(SpecError) as caught:
        score(evidence_from_dict({"evidence": {}}), "martian")
    assert "overseas, domestic" in str(caught.value)


def test_example_evidence():
    card = score(load_evidence(EXAMPLES / "scorecard_evidence.yaml"))
    assert card.lens == "overseas" and 0 < card.total < 100 and card.coverage == pytest.approx(1.0)
    assert card.to_dict()["criteria"][0]["citations"]
