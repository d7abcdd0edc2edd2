"""Decision-support routes: the JSON twins of the decision CLI commands, and the /decide web page.

`add_decision_routes(app, get_store)` is called by `api.create_app`; `get_store(request)` returns the
app's Store. Every route calls the same library functions as `decision_cli`. Bad input is a 422 whose
`error.parameter` names the field (a spec field path such as `asset.phases.phase3.probability`, or
the query parameter).
"""
from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from fastapi import Body, FastAPI, Query, Request
from fastapi.responses import HTMLResponse

from ..analysis import delivery, nuclides
from ..analysis.activity import parse_activity
from ..analysis.deal_spec import deal_terms_from_dict
from ..analysis.durations import parse_hours
from ..analysis.errors import AnalysisError, SpecError
from ..analysis.fairness import solve_royalty, solve_upfront, value_deal
from ..analysis.scorecard import LENSES, evidence_from_dict, score
from ..analysis.scorecard_evidence import (
    UnknownAsset,
    evidence_from_store,
    merge_evidence,
)
from ..analysis.specs import Fields
from .decide_page import decide_page
from .params import MAX_TEXT, BodyText
from .queries import QueryError, bad_parameter

MAX_PLACES = 50_000
MAX_TIMES = 200

StoreGetter = Callable[[Request], Any]


def add_decision_routes(app: FastAPI, get_store: StoreGetter) -> None:
    _add_valuation_routes(app, get_store)
    _add_logistics_routes(app)
    app.get("/decide", response_class=HTMLResponse, tags=["web"])(decide_page)  # forms over the same calls


# ---- error mapping -------------------------------------------------------------------------------

def _spec_error(error: AnalysisError, parameter: str | None = None) -> QueryError:
    field = getattr(error, "field", None) if isinstance(error, SpecError) else None
    return QueryError(422, error.code, error.message, field or parameter)


def _read(parameter: str, parse: Callable[[Any], Any], value: Any) -> Any:
    """`parse(value)`; any analysis error becomes a 422 naming `parameter`."""
    try:
        return parse(value)
    except AnalysisError as error:
        raise QueryError(422, error.code, f"{parameter}: {error.message}", parameter) from None


def _nuclide(text: str, parameter: str = "nuclide") -> str:
    return _read(parameter, nuclides.canonical_name, text)


def _run(action: Callable[[], Any], parameter: str | None = None) -> Any:
    try:
        return action()
    except AnalysisError as error:
        raise _spec_error(error, parameter) from None


# ---- JSON routes ---------------------------------------------------------------------------------

def _add_valuation_routes(app: FastAPI, get_store: StoreGetter) -> None:
    @app.post("/api/deal-value", tags=["decision"])
    def post_deal_value(spec: dict[str, Any] = Body(..., description="Deal terms, as in examples/valuation/"
                                                                      "deal_terms.yaml, with an inline asset"),
                        solve: str | None = Query(None, max_length=MAX_TEXT, description="royalty or upfront"),
                        share: float = Query(0.5, gt=0, lt=1, description="Licensor's target share of the rNPV"),
                        ) -> dict[str, Any]:
        """Licensor's and licensee's risk-adjusted value of a deal; optionally solve a term for a share."""
        if solve not in (None, "royalty", "upfront"):
            raise bad_parameter("solve", f"{solve!r} is not recognised; allowed: royalty, upfront")
        for key in ("asset", "comparables"):  # file paths are for the CLI, not for a server
            if isinstance(spec.get(key), str):
                raise QueryError(422, SpecError.code, f"{key}: give it inline; file paths are not read by the API",
                                 key)
        terms = _run(lambda: deal_terms_from_dict(spec, Path(".")))
        if solve == "royalty":
            return _run(lambda: solve_royalty(terms, share).to_dict(), "share")
        if solve == "upfront":
            return _run(lambda: solve_upfront(terms, share).to_dict(), "share")
        return _run(lambda: value_deal(terms).to_dict())

    @app.post("/api/score", tags=["decision"])
    def post_score(request: Request,
                   evidence: dict[str, Any] | None = Body(None, description="Evidence, as in examples/valuation/"
                                                                             "scorecard_evidence.yaml"),
                   lens: str | None = Query(None, max_length=MAX_TEXT, description="overseas or domestic"),
                   asset: str | None = Query(None, max_length=MAX_TEXT, description="Fill evidence from the store for this asset; "
                                                               "the body overrides it per criterion"),
                   ) -> dict[str, Any]:
        """Buyer-lens scorecard (0-100) with explanations and citations."""
        if lens is not None and lens not in LENSES:
            raise bad_parameter("lens", f"{lens!r} is not recognised; allowed: {', '.join(LENSES)}")
        if evidence is None and asset is None:
            raise bad_parameter("evidence", "send an evidence body or ?asset=NAME")
        data: Any = evidence
        if asset is not None:
            try:
                base = evidence_from_store(get_store(request), asset)
            except UnknownAsset as error:
                raise QueryError(404, "not_found", error.message, "asset") from None
            data = merge_evidence(base, evidence)
        inputs = _run(lambda: evidence_from_dict(data))
        return _run(lambda: score(inputs, lens).to_dict())


def _add_logistics_routes(app: FastAPI) -> None:
    @app.get("/api/dose", tags=["decision"])
    def get_dose(nuclide: str = Query(..., max_length=MAX_TEXT, examples=["Lu-177"]),
                 activity: str = Query(..., max_length=MAX_TEXT, description="Activity needed at administration, "
                                                                             "e.g. 7.4GBq"),
                 hours_until: str = Query(..., max_length=MAX_TEXT, description="Time until administration: 48 or 2d"),
                 ) -> dict[str, Any]:
        """Activity to produce now so that a dose is left at administration."""
        name = _nuclide(nuclide)
        needed = _read("activity", parse_activity, activity)
        hours = _read("hours_until", parse_hours, hours_until)
        produce = _run(lambda: nuclides.activity_to_produce(name, needed, hours), "hours_until")
        return {"nuclide": name, "dose_bq": needed, "hours_until": hours, "produce_bq": produce,
                "fraction_left": needed / produce}

    @app.get("/api/ship-window", tags=["decision"])
    def get_ship_window(nuclide: str = Query(..., max_length=MAX_TEXT, examples=["Lu-177"]),
                        calibration: str = Query(..., max_length=MAX_TEXT, description="Activity at calibration, "
                                                                                       "e.g. 10GBq"),
                        required: str = Query(..., max_length=MAX_TEXT, description="Activity needed at administration"),
                        handling: str = Query("0h", max_length=MAX_TEXT, description="Handling time besides transit, "
                                                                                      "e.g. 2h"),
                        ) -> dict[str, Any]:
        """Longest transit that still leaves the required activity."""
        name = _nuclide(nuclide)
        cal = _read("calibration", parse_activity, calibration)
        req = _read("required", parse_activity, required)
        handle = _read("handling", parse_hours, handling)
        window = _run(lambda: nuclides.max_shipping_hours(name, cal, req, handle), "required")
        return {"nuclide": name, "calibration_bq": cal, "required_bq": req, "handling_hours": handle,
                "max_shipping_hours": window}

    @app.get("/api/daughters", tags=["decision"])
    def get_daughters(parent: str = Query("Ac-225", max_length=MAX_TEXT, description="Parent nuclide"),
                      hours: str = Query("0,24,72,240", max_length=MAX_TIMES * 20, description="Comma-separated times: 0,24,72 or 1d,10d"),
                      ) -> dict[str, Any]:
        """Activity of a parent's daughters over time (Bateman), per unit of initial parent activity."""
        name = _nuclide(parent, "parent")
        parts = [t for t in hours.split(",") if t.strip()]
        if not parts or len(parts) > MAX_TIMES:
            raise bad_parameter("hours", f"give 1 to {MAX_TIMES} comma-separated times")
        times = [_read("hours", parse_hours, t.strip()) for t in parts]
        return _run(lambda: nuclides.daughters_over_time(name, times).to_dict(), "hours")

    _add_reach_route(app)


def _add_reach_route(app: FastAPI) -> None:
    @app.post("/api/reach", tags=["decision"])
    def post_reach(sites: list[Any] = Body(..., description="[{name, lat, lon, nuclides?}]"),
                   hospitals: list[Any] = Body(..., description="[{name, lat, lon}]"),
                   speed: float = Body(60.0, description="Road speed, km/h"),
                   handling: str = Body("1h", max_length=MAX_TEXT, description="Handling time besides the road"),
                   detour: float = Body(1.3, description="Road / straight-line distance"),
                   threshold: float = Body(0.5, description="Activity fraction that must be left"),
                   nuclides_: list[BodyText] | None = Body(None, alias="nuclides",
                                                      description="Nuclides (default Ga-68, F-18, Lu-177, Ac-225)"),
                   ) -> dict[str, Any]:
        """How many hospitals each nuclide reaches by road with enough activity left."""
        site_places = _places(sites, "sites")
        hospital_places = _places(hospitals, "hospitals")
        chosen = tuple(_nuclide(n, f"nuclides[{i}]") for i, n in enumerate(nuclides_ or delivery.DEFAULT_NUCLIDES))
        handle = _read("handling", parse_hours, handling)
        report = _run(lambda: delivery.reach(site_places, hospital_places, chosen, speed, handle, detour, threshold))
        return report.to_dict()


def _places(items: list[Any], field: str) -> tuple[delivery.Place, ...]:
    if not items:
        raise bad_parameter(field, "give at least one place {name, lat, lon}")
    if len(items) > MAX_PLACES:
        raise bad_parameter(field, f"at most {MAX_PLACES} places")
    return tuple(_run(lambda: _place(item, f"{field}[{i}]")) for i, item in enumerate(items))


def _place(item: Any, path: str) -> delivery.Place:
    fields = Fields(item, path, ("name", "lat", "lon", "latitude", "longitude", "nuclides"))
    lat_key = "lat" if fields.has("lat") else "latitude"
    lon_key = "lon" if fields.has("lon") else "longitude"
    lat = fields.number(lat_key, low=-90.0, high=90.0, allowed="decimal degrees from -90 to 90")
    lon = fields.number(lon_key, low=-180.0, high=180.0, allowed="decimal degrees from -180 to 180")
    raw = fields.raw("nuclides", [])
    listed = [n for n in str(raw).replace("|", ";").replace(",", ";").split(";")] if isinstance(raw, str) else raw
    if not isinstance(listed, list):
        raise SpecError(fields.name("nuclides"), "expected a list or text", 'a list such as ["Lu-177", "Ac-225"]')
    made = tuple(nuclides.nuclide_field(n, f"{fields.name('nuclides')}[{i}]")
                 for i, n in enumerate(x for x in listed if str(x).strip()))
    return delivery.Place(fields.text("name"), lat, lon, made)
