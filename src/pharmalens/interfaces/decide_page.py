"""The /decide page: forms over the decision library (the same calls as `pharmalens value`,
`deal-value`, `score` and `decay`): an asset's rNPV with its Monte Carlo distribution and tornado, the
value each side gets from deal terms (and a royalty or upfront solved for a target share), a buyer-lens
scorecard, and radionuclide decay. Each form sends YAML or plain fields by GET, so a result is a link."""
from __future__ import annotations

from functools import lru_cache
from pathlib import Path
from typing import Any

import yaml
from fastapi import Request
from fastapi.responses import Response

from ..analysis import nuclides
from ..analysis.asset_spec import asset_spec_from_dict
from ..analysis.deal_spec import deal_terms_from_dict
from ..analysis.durations import format_hours, parse_hours
from ..analysis.errors import AnalysisError, SpecError
from ..analysis.fairness import solve_royalty, solve_upfront, value_deal
from ..analysis.scorecard import LENSES, evidence_from_dict, score
from ..analysis.valuation import value_asset
from ..model.vocabulary import load_yaml
from . import charts, web
from .params import FormText, OptionalText, Text
from .queries import QueryError, bad_parameter

DECIDE_NUCLIDES = ("Ga-68", "F-18", "Lu-177", "Ac-225")
DECIDE_TIMES = (("1 h", 1.0), ("24 h", 24.0), ("72 h", 72.0), ("7 d", 168.0))
MAX_PATHS = 200_000
MAX_SPEC_CHARS = 20_000
SOLVE = ("", "royalty", "upfront")


@lru_cache(maxsize=1)
def starting_inputs() -> dict[str, str]:
    """The forms' first inputs, as YAML text (pharmalens/data/decision_examples.yaml)."""
    return {key: yaml.safe_dump(value, allow_unicode=True, sort_keys=False, width=100)
            for key, value in load_yaml("decision_examples.yaml").items()}


def decay_table() -> dict[str, Any]:
    """Fraction of activity left, every cell a percentage; half-lives in hours."""
    rows = [{"nuclide": name, "half_life_hours": nuclides.half_life_hours(name),
             "half_life": format_hours(nuclides.half_life_hours(name)),
             "fractions": [nuclides.decay_fraction(name, hours) for _, hours in DECIDE_TIMES]}
            for name in DECIDE_NUCLIDES]
    return {"times": [{"label": label, "hours": hours} for label, hours in DECIDE_TIMES], "rows": rows}


def _parsed(parameter: str, text: str) -> Any:
    if len(text) > MAX_SPEC_CHARS:
        raise bad_parameter(parameter, f"at most {MAX_SPEC_CHARS:,} characters")
    try:
        data = yaml.safe_load(text)
    except yaml.YAMLError as error:
        raise QueryError(422, "bad_spec", f"{parameter}: not YAML ({error})", parameter) from None
    if not isinstance(data, dict):
        raise QueryError(422, "bad_spec", f"{parameter}: expected a mapping of fields", parameter)
    return data


def _run(parameter: str, action: Any) -> Any:
    try:
        return action()
    except AnalysisError as error:
        field = getattr(error, "field", None) if isinstance(error, SpecError) else None
        raise QueryError(422, error.code, error.message, f"{parameter}: {field}" if field else parameter) from None


def valuation(spec: str, paths: int | None, seed: int | None, lang: str) -> dict[str, Any]:
    if paths is not None and not 1 <= paths <= MAX_PATHS:
        raise bad_parameter("paths", f"from 1 to {MAX_PATHS:,}")
    asset = _run("spec", lambda: asset_spec_from_dict(_parsed("spec", spec)))
    result = _run("spec", lambda: value_asset(asset, paths or min(asset.paths, MAX_PATHS), seed))
    return {"result": result.to_dict(), "figures": charts.valuation(result, lang)}


def fairness(deal: str, solve: str, share: float) -> dict[str, Any]:
    if solve not in SOLVE:
        raise bad_parameter("solve", "royalty, upfront or nothing")
    if not 0 < share < 1:
        raise bad_parameter("share", "a fraction between 0 and 1, e.g. 0.5")
    data = _parsed("deal", deal)
    if not isinstance(data.get("asset"), dict):
        data = {**data, "asset": _parsed("spec", starting_inputs()["asset"])}
    terms = _run("deal", lambda: deal_terms_from_dict(data, Path(".")))
    if solve == "royalty":
        return {"solution": _run("share", lambda: solve_royalty(terms, share).to_dict())}
    if solve == "upfront":
        return {"solution": _run("share", lambda: solve_upfront(terms, share).to_dict())}
    return {"value": _run("deal", lambda: value_deal(terms).to_dict())}


def scorecard(evidence: str, lens: str) -> dict[str, Any]:
    if lens and lens not in LENSES:
        raise bad_parameter("lens", f"one of {', '.join(LENSES)}")
    inputs = _run("evidence", lambda: evidence_from_dict(_parsed("evidence", evidence)))
    return {"score": _run("evidence", lambda: score(inputs, lens or None).to_dict())}


def decay(nuclide: str, after: str) -> dict[str, Any]:
    if not nuclide.strip():
        raise bad_parameter("nuclide", "give a nuclide, e.g. Lu-177")
    if not after.strip():
        raise bad_parameter("after", "give a time, e.g. 24h")
    name = _run("nuclide", lambda: nuclides.canonical_name(nuclide))
    hours = _run("after", lambda: parse_hours(after))
    return {"nuclide": name, "hours": hours, "half_life_hours": nuclides.half_life_hours(name),
            "fraction": _run("after", lambda: nuclides.decay_fraction(name, hours)), "elapsed": format_hours(hours)}


def _number(parameter: str, text: str | None, kind: type = int) -> Any:
    """A form field: empty is None; anything else must read as `kind`."""
    if text is None or not text.strip():
        return None
    try:
        return kind(text.strip())
    except ValueError:
        raise bad_parameter(parameter, f"{text!r} is not a {'whole ' if kind is int else ''}number") from None


def decide_page(request: Request, tool: OptionalText = None, spec: FormText = None, paths: OptionalText = None,
                seed: OptionalText = None, deal: FormText = None, solve: Text = "", share: OptionalText = None,
                evidence: FormText = None, lens: Text = "", nuclide: OptionalText = None,
                after: OptionalText = None) -> Response:
    """rNPV and Monte Carlo, deal-term fairness, scorecard and decay, each a form; `tool` says which ran."""
    lang = web.page_lang(request)
    inputs = {**starting_inputs(), **{k: v for k, v in (("asset", spec), ("deal", deal), ("evidence", evidence))
                                      if v is not None}}
    data: dict[str, Any] = {"tool": tool, "table": decay_table(), "error": None}
    if (nuclide or "").strip() or (after or "").strip():
        tool = tool or "decay"
    runs = {"value": lambda: valuation(inputs["asset"], _number("paths", paths), _number("seed", seed), lang),
            "deal": lambda: fairness(inputs["deal"], solve, _number("share", share, float) or 0.5),
            "score": lambda: scorecard(inputs["evidence"], lens),
            "decay": lambda: decay(nuclide or "", after or "")}
    figures: dict[str, Any] = {}
    if tool is not None:
        try:
            if tool not in runs:
                raise bad_parameter("tool", f"one of {', '.join(runs)}")
            data[tool] = runs[tool]()
        except QueryError as error:
            if web.page_format(request) == "json":
                raise
            data["error"] = {**error.to_json()["error"], "tool": tool}
    if tool == "value" and data.get("value"):
        figures = {"npv": data["value"]["figures"][0], "tornado": data["value"]["figures"][1]}
    payload = {k: v for k, v in data.items() if k != "value"} | (
        {"value": data["value"]["result"]} if data.get("value") else {})
    response = web.render(request, "decide.html", payload, data=payload, inputs=inputs, figures=figures,
                          form={"paths": paths or "", "seed": seed or "", "solve": solve, "share": share or 0.5, "lens": lens,
                                "nuclide": nuclide or "", "after": after or ""},
                          choices=DECIDE_NUCLIDES, lenses=LENSES, tool=tool)
    if data["error"] is not None:
        response.status_code = 422
    return response
