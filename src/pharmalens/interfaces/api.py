"""The REST API (read-only JSON; writes behind a bearer token) and the web pages, in one FastAPI app.

`create_app(database_url)` builds the app on one `Store`. Errors are JSON:
`{"error": {"code": ..., "message": ..., "parameter": ...}}` with 401, 404, 413, 422 or 501.
"""
from __future__ import annotations

import dataclasses
import hmac
import inspect
from collections.abc import Callable
from contextlib import asynccontextmanager
from typing import Any

from fastapi import Body, FastAPI, File, Query, Request, UploadFile
from fastapi import Path as FastPath
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse
from pydantic import BaseModel
from starlette.concurrency import run_in_threadpool
from starlette.exceptions import HTTPException as StarletteHTTPException

from ..analysis import nuclides
from ..analysis.asset_spec import asset_spec_from_dict
from ..analysis.durations import parse_hours
from ..analysis.errors import AnalysisError, SpecError
from ..analysis.valuation import value_asset
from ..model.errors import PharmalensError
from ..model.disk_cache import use_directory
from ..settings import Settings, get_settings
from ..store import Store, StoreError
from . import memory, queries, web
from .analysis_calls import call_analysis, comps_filter, comps_parameters, jsonable, optional_analysis, page_params
from .api_docs import add_docs
from .cache import ResultCache
from .decision_api import add_decision_routes
from .errors import error_json, http_status
from .guards import install_guards
from .ingest_jobs import IngestJobs, upload_name
from .json_responses import PlainJSON
from .kb_api import add_kb_routes
from .params import MAX_SEED, MAX_TEXT, BodyText, NoteText, Offset, OptionalText, PathText
from .queries import FACT_LISTS, FILTERS, QueryError, bad_parameter
from .timeouts import RequestDeadline

class Correction(BaseModel):
    record_id: BodyText
    field: BodyText
    value: Any = None
    note: NoteText = ""


_UNSET: Any = object()
FILTER_HELP = {"company": "Company name or alias", "asset": "Asset name or alias", "deal_type": "license, acquisition, ...",
               "stage": "preclinical ... approved, terminated", "nuclide": "e.g. Lu-177, 177Lu", "target": "e.g. PSMA"}


def create_app(database_url: str | None = None, *, api_token: str | None = _UNSET,
               settings: Settings | None = None) -> FastAPI:
    """The app on `database_url` (default: the settings'); `settings` default to the environment's."""
    settings = settings or get_settings()
    use_directory(settings.cache_dir)
    if database_url:
        settings = dataclasses.replace(settings, database_url=database_url)
    store = Store(settings.database_url)
    store.upgrade()

    @asynccontextmanager
    async def lifespan(app: FastAPI):
        await run_in_threadpool(memory.settle)
        yield
        app.state.ingest.close()
        store.close()

    app = FastAPI(title="pharmalens", version="1", lifespan=lifespan, docs_url=None, redoc_url=None,
                  description="Cited biopharma facts from news. Read-only JSON; writes need a bearer token.")
    app.state.store = store
    app.state.settings = settings
    app.state.cache = ResultCache(lag=settings.result_lag)
    app.state.ingest = IngestJobs(store, settings)
    app.state.api_token = settings.api_token if api_token is _UNSET else api_token
    _install_errors(app)
    install_guards(app, settings.allowed_hosts)
    add_docs(app)
    _add_fact_routes(app)
    _add_read_routes(app)
    _add_analysis_routes(app)
    _add_write_routes(app)
    add_decision_routes(app, store_of)
    add_kb_routes(app, store_of)
    web.add_routes(app)
    app.add_middleware(RequestDeadline, seconds=settings.request_timeout)  # outermost: added last
    return app


def app_from_environment() -> FastAPI:
    """The app of one `serve --workers N` worker process: `serve` puts its settings in the environment
    (PHARMALENS_DATABASE_URL, PHARMALENS_ALLOWED_HOSTS, ...) before uvicorn starts the workers."""
    return create_app(settings=Settings.from_env())


def cached(request: Request, key: Any, compute: Callable[[], Any]) -> Any:
    """A whole-store result, recomputed only when the store has changed since (see cache.py)."""
    return web.cached(request, key, compute)


def store_of(request: Request) -> Store:
    return request.app.state.store


# ---- errors and headers --------------------------------------------------------------------------

def error_response(status: int, code: str, message: str, parameter: str | None = None) -> JSONResponse:
    return JSONResponse(QueryError(status, code, message, parameter).to_json(), status_code=status)


def _install_errors(app: FastAPI) -> None:
    @app.exception_handler(QueryError)
    async def query_error(_request: Request, exc: QueryError) -> JSONResponse:
        return JSONResponse(exc.to_json(), status_code=exc.status)

    @app.exception_handler(PharmalensError)
    async def coded_error(_request: Request, exc: PharmalensError) -> JSONResponse:
        return JSONResponse(error_json(exc), status_code=http_status(exc.code))

    @app.exception_handler(RequestValidationError)
    async def invalid(_request: Request, exc: RequestValidationError) -> JSONResponse:
        first = exc.errors()[0] if exc.errors() else {}
        loc = list(first.get("loc", ()))
        if loc and loc[0] in ("query", "path", "body", "header", "cookie"):  # where it was, not its name
            loc = loc[1:]  # (a parameter may itself be called "query")
        where = [str(part) for part in loc]
        name = ".".join(where) or "request"
        return error_response(422, "invalid_parameter", f"{name}: {first.get('msg', 'invalid value')}", name)

    @app.exception_handler(StarletteHTTPException)
    async def http_error(_request: Request, exc: StarletteHTTPException) -> JSONResponse:
        code = {404: "not_found", 405: "method_not_allowed"}.get(exc.status_code, "http_error")
        return error_response(exc.status_code, code, str(exc.detail))


# ---- read routes ---------------------------------------------------------------------------------

def _fact_endpoint(kind: str) -> Callable[..., dict[str, Any]]:
    def endpoint(request: Request, limit: int = 100, offset: int = 0, **filters: str | None) -> PlainJSON:
        return PlainJSON(queries.fact_list(store_of(request), kind, filters, limit, offset))

    params = [inspect.Parameter("request", inspect.Parameter.POSITIONAL_OR_KEYWORD, annotation=Request),
              inspect.Parameter("limit", inspect.Parameter.KEYWORD_ONLY, annotation=int,
                                default=Query(100, ge=1, le=queries.MAX_LIMIT)),
              inspect.Parameter("offset", inspect.Parameter.KEYWORD_ONLY, annotation=int,
                                default=Query(0, ge=0, le=queries.MAX_OFFSET))]
    params += [inspect.Parameter(name, inspect.Parameter.KEYWORD_ONLY, annotation=str | None,
                                 default=Query(None, max_length=MAX_TEXT, description=FILTER_HELP.get(name)))
               for name in FILTERS[kind]]
    endpoint.__signature__ = inspect.Signature(params)  # type: ignore[attr-defined]
    endpoint.__name__ = f"list_{kind}"
    endpoint.__doc__ = f"Stored {kind} facts with their evidence, filtered and paged."
    return endpoint


def _add_fact_routes(app: FastAPI) -> None:
    for kind in FACT_LISTS:
        app.get(f"/api/{kind}", tags=["facts"], response_model=dict[str, Any])(_fact_endpoint(kind))


def _add_read_routes(app: FastAPI) -> None:
    @app.get("/api/documents", tags=["documents"], response_model=dict[str, Any])
    def list_documents(request: Request, limit: int = Query(100, ge=1, le=queries.MAX_LIMIT),
                       offset: Offset = 0, lang: OptionalText = None) -> PlainJSON:
        """Stored documents (without text), oldest first."""
        return PlainJSON(queries.document_list(store_of(request), lang, limit, offset))

    @app.get("/api/documents/{doc_id:path}", tags=["documents"], response_model=dict[str, Any])
    def get_document(request: Request, doc_id: PathText) -> PlainJSON:
        """One document with its stored text and every fact with its evidence spans."""
        return PlainJSON(queries.document_detail(store_of(request), doc_id))

    @app.get("/api/companies", tags=["companies"])
    def list_companies(request: Request, limit: int = Query(100, ge=1, le=queries.MAX_LIMIT),
                       offset: Offset = 0, name: OptionalText = None) -> dict[str, Any]:
        """Canonical companies and their aliases; `name` matches a name or an alias."""
        return queries.company_list(store_of(request), name, limit, offset)

    @app.get("/api/companies/{name:path}/dossier", tags=["companies"])
    def company_dossier(request: Request, name: PathText, limit: int = Query(50, ge=1, le=queries.MAX_LIMIT),
                        offset: Offset = 0) -> Any:
        """The company's dossier, a page of each section (analysis.dossier if installed, else its stored facts)."""
        module = optional_analysis("dossier")
        store = store_of(request)
        if module is None:
            return cached(request, ("dossier-min", name, limit, offset),
                          lambda: queries.minimal_dossier(store, name, limit, offset))
        return cached(request, ("dossier", name, limit, offset),
                      lambda: jsonable(call_analysis(module.dossier, store, name, limit, offset)))

    @app.get("/api/landscape", tags=["analysis"])
    def get_landscape(request: Request, limit: int = Query(100, ge=1, le=queries.MAX_LIMIT),
                      offset: Offset = 0, target: OptionalText = None, modality: OptionalText = None,
                      nuclide: OptionalText = None, stage: OptionalText = None) -> dict[str, Any]:
        """A page of landscape cells (target × modality × nuclide × stage), crowding per target, and the matrix."""
        filters = {"target": target, "modality": modality, "nuclide": nuclide, "stage": stage}
        def keep(key: Any, compute: Callable[[], Any]) -> Any:  # crowding and matrix: one for every filter
            return cached(request, key, compute)

        return cached(request, ("landscape", limit, offset, tuple(sorted(filters.items(), key=str))),
                      lambda: queries.landscape_json(store_of(request), filters, limit, offset, keep))


# ---- analysis routes -----------------------------------------------------------------------------

def _not_implemented(what: str) -> JSONResponse:
    return error_response(501, "not_implemented", f"{what} is not available in this installation")


def _add_analysis_routes(app: FastAPI) -> None:
    @app.get("/api/comps", tags=["analysis"], openapi_extra={"parameters": comps_parameters()})
    def get_comps(request: Request) -> Any:
        """Comparable deals (analysis.comps); query parameters are passed on as filters."""
        module = optional_analysis("comps")
        if module is None:
            return _not_implemented("comps")
        params = dict(request.query_params)
        limit, offset = page_params(params)
        filters = comps_filter(module, params)
        return cached(request, ("comps", tuple(sorted(params.items())), limit, offset),
                      lambda: jsonable(call_analysis(module.comps, store_of(request), filters, limit, offset)))

    @app.get("/api/brief", tags=["analysis"])
    def get_brief(request: Request, document_id: OptionalText = None, query: OptionalText = None) -> Any:
        """A cited brief of one document or of a query (analysis.brief)."""
        module = optional_analysis("brief")
        if module is None:
            return _not_implemented("brief")
        if document_id is not None and store_of(request).document(document_id) is None:
            raise queries.not_found(f"no document with id {document_id!r}")
        return jsonable(call_analysis(module.brief, store_of(request), document_id=document_id, query=query))

    @app.get("/api/decay", tags=["decision"])
    def get_decay(nuclide: str = Query(..., max_length=MAX_TEXT, examples=["Lu-177"]),
                  after: str = Query(..., max_length=MAX_TEXT, description="Elapsed time: 24h, 6.6 d, 90 min, PT24H")) -> dict[str, Any]:
        """Fraction of a nuclide's activity left after a time."""
        try:
            name = nuclides.canonical_name(nuclide)
        except AnalysisError as error:
            raise bad_parameter("nuclide", error.message) from None
        try:
            hours = parse_hours(after)
            fraction = nuclides.decay_fraction(name, hours)
        except AnalysisError as error:
            raise bad_parameter("after", error.message) from None
        return {"nuclide": name, "hours": hours, "half_life_hours": nuclides.half_life_hours(name), "fraction": fraction}

    @app.post("/api/value", tags=["decision"])
    def post_value(spec: dict[str, Any] = Body(..., description="Asset spec, as in examples/valuation/*.yaml"),
                   paths: int | None = Query(None, ge=1, le=1_000_000),
                   seed: int | None = Query(None, ge=0, le=MAX_SEED)) -> dict[str, Any]:
        """rNPV, Monte Carlo (p_positive, p10, p50, p90) and tornado of an asset spec."""
        try:
            return value_asset(asset_spec_from_dict(spec), paths, seed).to_dict()
        except SpecError as error:
            raise QueryError(422, error.code, error.message, error.field) from None
        except AnalysisError as error:
            raise QueryError(422, error.code, error.message) from None


# ---- write routes --------------------------------------------------------------------------------

def require_token(request: Request) -> None:
    expected = request.app.state.api_token
    header = request.headers.get("authorization", "")
    scheme, _, sent = header.partition(" ")
    if not expected:
        raise QueryError(401, "unauthorized", "writes are disabled: set PHARMALENS_API_TOKEN on the server")
    if scheme.lower() != "bearer" or not hmac.compare_digest(sent.strip().encode(), expected.encode()):
        raise QueryError(401, "unauthorized", "send Authorization: Bearer <token>")


def _add_write_routes(app: FastAPI) -> None:
    @app.post("/api/ingest", tags=["write"], status_code=202)
    async def post_ingest(request: Request, file: UploadFile = File(...)) -> JSONResponse:
        """Queue one uploaded news file (.txt .md .html .htm) for ingest: 202 with the job's id and URL.
        Needs the bearer token."""
        require_token(request)
        name = upload_name(file.filename)
        limit = request.app.state.settings.max_file_bytes
        data = await file.read(limit + 1)
        if len(data) > limit:
            raise QueryError(413, "too_large", f"file is larger than {limit} bytes", "file")
        job = await run_in_threadpool(request.app.state.ingest.submit, name, data)
        return JSONResponse(job, status_code=202, headers={"Location": job["url"]})

    @app.get("/api/ingest/jobs/{job_id}", tags=["write"])
    def get_ingest_job(request: Request, job_id: str = FastPath(..., max_length=64)) -> dict[str, Any]:
        """One upload's job: `status` queued, running, done or failed, and its `outcome` (the ingest
        summary with skipped items and their reason codes, or the error). Needs the bearer token."""
        require_token(request)
        job = request.app.state.ingest.job(job_id)
        if job is None:
            raise queries.not_found(f"no ingest job with id {job_id!r}")
        return job

    @app.post("/api/corrections", tags=["write"])
    def post_correction(request: Request, correction: Correction) -> Any:
        """Set one field of one stored fact, with a note (Store.correct). Needs the bearer token."""
        require_token(request)
        store = store_of(request)
        if not hasattr(store, "correct"):
            return _not_implemented("corrections")
        try:
            return jsonable(store.correct(correction.record_id, correction.field, correction.value, correction.note))
        except StoreError as error:
            code = getattr(error, "code", "store_error")
            if code == "unknown_record":
                raise QueryError(404, "not_found", str(error)) from None
            parameter = "field" if code == "unknown_field" else None
            raise QueryError(422, code, str(error), parameter) from None
