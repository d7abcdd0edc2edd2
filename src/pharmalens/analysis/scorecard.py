"""Buyer-lens scorecard: evidence per criterion (0-5, note, citations) -> weighted total out of 100.

Criteria, lenses and default weights live in pharmalens/data/scorecard.yaml. Weights are relative and
normalised so that the lens sums to 100; a criterion with no evidence scores 0 and is reported as
missing, so thin evidence lowers the total rather than being ignored. Evidence providers (callables)
may fill criteria the input leaves empty, for example from the store's cited records.
"""
from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import Any, Callable, Iterable, Mapping

import yaml

from .errors import DataFileError, SpecError
from .specs import Fields, read_yaml

LENSES = ("overseas", "domestic")


@dataclass(frozen=True)
class Criterion:
    id: str
    label: str
    label_zh: str
    question: str


@dataclass(frozen=True)
class ScorecardConfig:
    scale_max: float
    criteria: dict[str, Criterion]
    lenses: dict[str, dict[str, float]]
    radiopharmaceutical_modalities: tuple[str, ...]
    radiopharmaceutical_weights: dict[str, float]


@dataclass(frozen=True)
class CriterionEvidence:
    score: float
    note: str = ""
    citations: tuple[str, ...] = ()
    source: str = "input"


@dataclass(frozen=True)
class ScorecardInput:
    asset: str
    evidence: dict[str, CriterionEvidence]
    lens: str | None = None
    modality: str | None = None
    radiopharmaceutical: bool = False
    nuclide: str | None = None


EvidenceProvider = Callable[[str, ScorecardInput], CriterionEvidence | None]


@dataclass(frozen=True)
class ScoreLine:
    criterion: str
    label: str
    score: float | None  # None: no evidence (counts as 0)
    weight: float  # points available, out of 100
    contribution: float  # points earned
    note: str  # the evidence's own note
    explanation: str
    citations: tuple[str, ...]
    source: str  # input | provider | missing


@dataclass(frozen=True)
class Scorecard:
    asset: str
    lens: str
    total: float  # 0-100
    coverage: float  # share of the weight backed by evidence, 0-1
    lines: tuple[ScoreLine, ...]

    def to_dict(self) -> dict[str, Any]:
        return {"asset": self.asset, "lens": self.lens, "total": self.total, "coverage": self.coverage,
                "criteria": [{**vars(line), "citations": list(line.citations)} for line in self.lines]}


@lru_cache(maxsize=1)
def scorecard_config() -> ScorecardConfig:
    text = resources.files("pharmalens").joinpath("data", "scorecard.yaml").read_text(encoding="utf-8")
    try:
        data = yaml.safe_load(text)
        criteria = {key: Criterion(key, row["label"], row["label_zh"], row["question"])
                    for key, row in data["criteria"].items()}
        lenses = {name: {k: float(v) for k, v in row["weights"].items()} for name, row in data["lenses"].items()}
        radio = data["radiopharmaceutical"]
        config = ScorecardConfig(float(data["scale"]["max"]), criteria, lenses, tuple(radio["modalities"]),
                                 {k: float(v) for k, v in radio["weights"].items()})
    except (KeyError, TypeError, ValueError) as error:
        raise DataFileError(f"scorecard.yaml: {error}") from None
    unknown = {k for w in [*lenses.values(), config.radiopharmaceutical_weights] for k in w} - set(criteria)
    if unknown:
        raise DataFileError(f"scorecard.yaml: weights for unknown criteria {sorted(unknown)}")
    return config


def load_evidence(path: str | Path) -> ScorecardInput:
    return evidence_from_dict(read_yaml(path))


def evidence_from_dict(data: Any) -> ScorecardInput:
    config = scorecard_config()
    top = Fields(data, "", ("asset", "lens", "modality", "radiopharmaceutical", "nuclide", "evidence", "notes"))
    block = top.mapping("evidence", tuple(config.criteria))
    evidence = {key: _criterion_evidence(block.data[key], block.name(key), config.scale_max)
                for key in block.data if block.data[key] is not None}
    radio = top.raw("radiopharmaceutical", False)
    if not isinstance(radio, bool):
        raise SpecError("radiopharmaceutical", f"{radio!r} is not true or false", "true or false")
    return ScorecardInput(
        asset=top.text("asset", "asset"), evidence=evidence,
        lens=top.text("lens", None, LENSES) if top.has("lens") else None,
        modality=top.text("modality", None) if top.has("modality") else None,
        radiopharmaceutical=radio, nuclide=top.nuclide("nuclide", None),
    )


def load_weights(path: str | Path) -> dict[str, dict[str, float]]:
    """User weights: {lens: {criterion: weight}}, or {criterion: weight} for every lens."""
    data = read_yaml(path)
    if isinstance(data, Mapping) and data and all(key in LENSES for key in data):
        return {lens: _weights(data[lens], lens) for lens in data}
    flat = _weights(data, "weights")
    return {lens: flat for lens in LENSES}


def score(inputs: ScorecardInput, lens: str | None = None, weights: Mapping[str, Mapping[str, float]] | None = None,
          providers: Iterable[EvidenceProvider] = ()) -> Scorecard:
    config = scorecard_config()
    chosen = lens or inputs.lens or "overseas"
    if chosen not in config.lenses:
        raise SpecError("lens", f"unknown lens {chosen!r}", ", ".join(config.lenses))
    relative = lens_weights(inputs, chosen, (weights or {}).get(chosen, {}))
    total_weight = sum(relative.values())
    if total_weight <= 0:
        raise SpecError("weights", "all weights are zero", "at least one weight > 0")
    lines = []
    for key, weight in relative.items():
        points = 100.0 * weight / total_weight
        evidence = inputs.evidence.get(key) or _from_providers(key, inputs, providers)
        lines.append(_line(config.criteria[key], points, evidence, config.scale_max))
    covered = sum(line.weight for line in lines if line.score is not None) / 100.0
    return Scorecard(inputs.asset, chosen, sum(line.contribution for line in lines), covered, tuple(lines))


def lens_weights(inputs: ScorecardInput, lens: str, override: Mapping[str, float]) -> dict[str, float]:
    """The lens's default weights, plus isotope criteria for radiopharmaceuticals, then user overrides."""
    config = scorecard_config()
    weights = dict(config.lenses[lens])
    if is_radiopharmaceutical(inputs):
        weights.update(config.radiopharmaceutical_weights)
    weights.update(override)
    return {key: value for key, value in weights.items() if value > 0}


def is_radiopharmaceutical(inputs: ScorecardInput) -> bool:
    modality = (inputs.modality or "").strip().lower()
    return inputs.radiopharmaceutical or inputs.nuclide is not None or \
        modality in scorecard_config().radiopharmaceutical_modalities


def _line(criterion: Criterion, points: float, evidence: CriterionEvidence | None, scale: float) -> ScoreLine:
    if evidence is None:
        return ScoreLine(criterion.id, criterion.label, None, points, 0.0, "no evidence",
                         f"no evidence, scored 0 of {points:.1f} points ({criterion.question})", (), "missing")
    earned = points * evidence.score / scale
    note = f": {evidence.note}" if evidence.note else ""
    explanation = f"{evidence.score:g}/{scale:g} x {points:.1f} = {earned:.1f} points{note}"
    return ScoreLine(criterion.id, criterion.label, evidence.score, points, earned, evidence.note, explanation,
                     evidence.citations, evidence.source)


def _from_providers(key: str, inputs: ScorecardInput, providers: Iterable[EvidenceProvider]) -> CriterionEvidence | None:
    for provider in providers:
        found = provider(key, inputs)
        if found is not None:
            if not 0.0 <= found.score <= scorecard_config().scale_max:
                raise SpecError(f"provider.{key}.score", f"{found.score!r} is out of range", "a score from 0 to 5")
            return CriterionEvidence(found.score, found.note, tuple(found.citations), "provider")
    return None


def _criterion_evidence(value: Any, path: str, scale: float) -> CriterionEvidence:
    if not isinstance(value, Mapping):
        value = {"score": value}
    fields = Fields(value, path, ("score", "note", "citations"))
    citations = fields.items("citations")
    return CriterionEvidence(
        score=fields.number("score", low=0.0, high=scale, allowed=f"a score from 0 to {scale:g}"),
        note=fields.text("note", ""),
        citations=tuple(str(c) for c in citations),
    )


def _weights(data: Any, path: str) -> dict[str, float]:
    criteria = tuple(scorecard_config().criteria)
    fields = Fields(data, path, criteria)
    return {key: fields.non_negative(key) for key in fields.data}
