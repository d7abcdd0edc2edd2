"""Server-rendered web pages (Jinja2, autoescaped). Every page answers `?format=json` with the data
it shows, and `?lang=zh|en` switches the labels."""
from __future__ import annotations

import dataclasses
from collections.abc import Callable
from pathlib import Path
from typing import Any
from urllib.parse import quote, urlencode

from fastapi import FastAPI, Request
from fastapi.responses import HTMLResponse, JSONResponse, Response
from jinja2 import Environment, FileSystemLoader, select_autoescape

from ..store import Store
from . import queries, svg
from .highlight import segments
from .i18n import LANGUAGES, labels
from .queries import FACT_LISTS, bad_parameter

TEMPLATES = Path(__file__).resolve().parent / "templates"
CSP = ("default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; "
       "object-src 'none'; base-uri 'none'; frame-ancestors 'none'; form-action 'self'")
SKIP_FIELDS = {"id", "document", "evidence", "extractor"}

_env = Environment(loader=FileSystemLoader(str(TEMPLATES)), autoescape=select_autoescape(default=True,
                                                                                         default_for_string=True))


def money(value: Any) -> str:
    if not isinstance(value, dict) or value.get("amount") is None:
        return ""
    text = f"{value['amount']:,.2f}".rstrip("0").rstrip(".") + f" {value.get('currency') or ''} m"
    if value.get("qualifier") == "up_to":
        text = "≤ " + text
    if value.get("usd") is not None and value.get("currency") != "USD":
        text += f" (≈ {value['usd']:,.1f} USD m)"
    return text


def describe(record: dict[str, Any]) -> str:
    """A one-line reading of a fact: its non-empty fields, money formatted."""
    parts = []
    for key, value in record.items():
        if key in SKIP_FIELDS or value in (None, "", [], {}):
            continue
        shown = money(value) if isinstance(value, dict) and "amount" in value else value
        if isinstance(shown, list):
            shown = ", ".join(str(v) for v in shown)
        parts.append(f"{key}: {shown}")
    return "; ".join(parts)


def _linker(lang: str) -> Callable[..., str]:
    def link(path: str, **params: Any) -> str:
        query = {k: v for k, v in params.items() if v not in (None, "")}
        if lang != "en":
            query["lang"] = lang
        return path + ("?" + urlencode(query) if query else "")
    return link


def render(request: Request, template: str, payload: Any, **context: Any) -> Response:
    fmt = request.query_params.get("format", "html")
    lang = request.query_params.get("lang", "en")
    if fmt not in ("html", "json"):
        raise bad_parameter("format", "must be html or json")
    if lang not in LANGUAGES:
        raise bad_parameter("lang", f"must be one of {', '.join(LANGUAGES)}")
    if fmt == "json":
        return JSONResponse(dataclasses.asdict(payload) if dataclasses.is_dataclass(payload) else payload)
    link = _linker(lang)
    params = {k: v for k, v in request.query_params.items() if k != "lang"}
    html = _env.get_template(template).render(
        L=labels(lang), lang=lang, link=link, money=money, describe=describe, path=request.url.path,
        doc_url=lambda doc_id: link("/documents/" + quote(str(doc_id), safe="")),
        company_url=lambda name: link("/companies/" + quote(str(name), safe="")),
        lang_url={code: request.url.path + "?" + urlencode({**params, "lang": code}) for code in LANGUAGES},
        json_url=request.url.path + "?" + urlencode({**params, "format": "json"}), **context)
    return HTMLResponse(html)


def store_of(request: Request) -> Store:
    return request.app.state.store


def dashboard_page(request: Request) -> Response:
    store = store_of(request)
    data = request.app.state.cache.get(store, "dashboard", lambda: queries.dashboard(store))
    value_chart = svg.bars([(month, [value]) for month, value in data["deal_value_by_month"]], ["USD m"], " USD m")
    stage_chart = svg.bars([(stage, [float(n)]) for stage, n in data["assets_by_stage"]], ["assets"])
    titles = request.app.state.cache.get(store, "titles", lambda: queries.titles(store))
    return render(request, "dashboard.html", data, data=data, titles=titles,
                  value_chart=value_chart, stage_chart=stage_chart)


def landscape_page(request: Request) -> Response:
    store = store_of(request)
    matrix = request.app.state.cache.get(store, "landscape-matrix", lambda: queries.landscape_matrix(store))
    return render(request, "landscape.html", matrix, matrix=matrix)


def deals_page(request: Request, company: str | None = None, asset: str | None = None,
               deal_type: str | None = None, sort: str = "announced", order: str = "desc") -> Response:
    store = store_of(request)
    filters = queries.check_filters({"company": company, "asset": asset, "deal_type": deal_type}, store)
    deals = queries.sort_deals(queries.apply_filters(store.facts("deals"), filters), sort, order)
    rows = [(f"{d.get('licensor') or '?'} / {d.get('asset') or d.get('licensee') or '?'}",
             [queries.usd(d.get("upfront")) or 0.0, queries.usd(d.get("total")) or 0.0])
            for d in deals if queries.usd(d.get("upfront")) or queries.usd(d.get("total"))][:30]
    chart = svg.bars(rows, ["upfront", "total"], " USD m")
    data = {"filters": filters, "sort": sort, "order": order, "deals": deals}
    return render(request, "deals.html", data, deals=deals, filters=filters, sort=sort, order=order, chart=chart,
                  columns=queries.DEAL_SORTS, deal_types=queries.DEAL_TYPES, titles=queries.titles(store))


def assets_page(request: Request, company: str | None = None, asset: str | None = None, target: str | None = None,
                stage: str | None = None, nuclide: str | None = None, modality: str | None = None) -> Response:
    store = store_of(request)
    filters = queries.check_filters({"company": company, "asset": asset, "target": target, "stage": stage,
                                     "nuclide": nuclide, "modality": modality}, store)
    assets = queries.apply_filters(queries.merged_assets(store), filters)
    return render(request, "assets.html", {"filters": filters, "assets": assets}, assets=assets, filters=filters)


def companies_page(request: Request) -> Response:
    companies = store_of(request).companies()
    return render(request, "companies.html", companies, companies=companies)


def company_page(request: Request, name: str) -> Response:
    dossier = queries.minimal_dossier(store_of(request), name)
    return render(request, "company.html", dossier, dossier=dossier, kinds=FACT_LISTS,
                  titles=queries.titles(store_of(request)))


def documents_page(request: Request) -> Response:
    documents = store_of(request).documents()
    return render(request, "documents.html", documents, documents=documents)


def document_page(request: Request, doc_id: str) -> Response:
    detail = queries.document_detail(store_of(request), doc_id)
    pieces, first = segments(detail["text"], detail["evidence_at"])
    return render(request, "document.html", detail, doc=detail, pieces=pieces, first=first, kinds=FACT_LISTS)


def script() -> Response:
    return Response((TEMPLATES / "pharmalens.js").read_text(encoding="utf-8"), media_type="text/javascript")


def add_routes(app: FastAPI) -> None:
    html = {"response_class": HTMLResponse, "tags": ["web"]}
    app.get("/", **html)(dashboard_page)
    app.get("/landscape", **html)(landscape_page)
    app.get("/deals", **html)(deals_page)
    app.get("/assets", **html)(assets_page)
    app.get("/companies", **html)(companies_page)
    app.get("/companies/{name:path}", **html)(company_page)
    app.get("/documents", **html)(documents_page)
    app.get("/documents/{doc_id:path}", **html)(document_page)
    app.get("/static/pharmalens.js", include_in_schema=False)(script)
