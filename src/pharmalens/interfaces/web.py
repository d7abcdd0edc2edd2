"""Server-rendered web pages (Jinja2, autoescaped). Every page answers `?format=json` with the data
it shows, and `?lang=zh|en` switches every label; table pages also answer `?format=csv|xlsx`.

Pages load two scripts from the server itself and nothing inline: pharmalens.js (evidence
highlighting, charts) and the plotly.js that the Plotly package ships. Chart figures travel in
`<script type="application/json">` blocks, which browsers never run.
"""
from __future__ import annotations

import dataclasses
from collections.abc import Callable, Iterable
from functools import lru_cache
from pathlib import Path
from typing import Any

from fastapi import FastAPI, Request
from fastapi.responses import HTMLResponse, JSONResponse, Response
from jinja2 import Environment, FileSystemLoader, select_autoescape

from ..store import Store
from . import charts
from .i18n import LANGUAGES, Words, labels
from .queries import bad_parameter, check_page
from .table_html import rows_html, safe_url
from .tables import View
from .urls import parameter, query_string, segment

TEMPLATES = Path(__file__).resolve().parent / "templates"
CSP = ("default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; "
       "object-src 'none'; base-uri 'none'; frame-ancestors 'none'; form-action 'self'")
FORMATS = ("html", "json", "csv", "xlsx")

_env = Environment(loader=FileSystemLoader(str(TEMPLATES)), autoescape=select_autoescape(default=True,
                                                                                         default_for_string=True))


def compile_templates() -> int:
    """Compile every page template now (a template is otherwise compiled by the first request that
    renders it, 20-60 ms); returns how many."""
    names = _env.list_templates(filter_func=lambda name: name.endswith(".html"))
    for name in names:
        _env.get_template(name)
    return len(names)


_env.filters["safe_url"] = safe_url
_env.globals["table_rows"] = rows_html


class Linker:
    """Links of a page in `lang`: the path with the given parameters that have a value, `lang` last."""

    def __init__(self, lang: str) -> None:
        self._tail = [parameter("lang", lang)] if lang != "en" else []
        self._facts: dict[tuple[str, Any], list[str]] = {}

    def __call__(self, path: str, **params: Any) -> str:
        pairs = [parameter(k, v) for k, v in params.items() if v is not None and v != ""] + self._tail
        return path + "?" + "&".join(pairs) if pairs else path

    def evidence(self, path: str, fact: Any, field: Any) -> str:
        """`self(path, fact=fact, field=field)`, a fact's part written once for all its cells."""
        head = self._facts.get((path, fact))
        if head is None:
            head = self._facts[(path, fact)] = [parameter("fact", fact)] if fact is not None and fact != "" else []
        pairs = head + [parameter("field", field)] + self._tail if field is not None and field != "" \
            else head + self._tail
        return path + "?" + "&".join(pairs) if pairs else path


def linker(lang: str) -> Linker:
    return Linker(lang)


def page_format(request: Request) -> str:
    fmt = request.query_params.get("format", "html")
    if fmt not in FORMATS:
        raise bad_parameter("format", f"must be one of {', '.join(FORMATS)}")
    return fmt


def page_lang(request: Request) -> str:
    lang = request.query_params.get("lang", "en")
    if lang not in LANGUAGES:
        raise bad_parameter("lang", f"must be one of {', '.join(LANGUAGES)}")
    return lang


def jsonable(value: Any) -> Any:
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return jsonable(dataclasses.asdict(value))
    if isinstance(value, dict):
        return {str(k): jsonable(v) for k, v in value.items()}
    if isinstance(value, (list, tuple)):
        return [jsonable(v) for v in value]
    if hasattr(value, "to_json"):
        return value.to_json()
    return value if isinstance(value, (str, int, float, bool, type(None))) else str(value)


def render(request: Request, template: str, payload: Any, **context: Any) -> Response:
    fmt, lang = page_format(request), page_lang(request)
    if fmt == "json":
        return JSONResponse(jsonable(payload))
    if fmt != "html":
        raise bad_parameter("format", "this page answers html or json")
    link = linker(lang)
    params = {k: v for k, v in request.query_params.items() if k != "lang"}
    html = _env.get_template(template).render(
        L=labels(lang), T=Words(lang), lang=lang, link=link, path=request.url.path,
        doc_url=lambda doc_id: link("/documents/" + segment(str(doc_id))),
        company_url=lambda name: link("/companies/" + segment(str(name))),
        lang_url={code: request.url.path + "?" + query_string({**params, "lang": code}) for code in LANGUAGES},
        json_url=request.url.path + "?" + query_string({**params, "format": "json"}),
        data_url=lambda fmt_: request.url.path + "?" + query_string({**params, "format": fmt_}),
        chart_config=charts.CONFIG, **context)
    return HTMLResponse(html)


def store_of(request: Request) -> Store:
    return request.app.state.store


def cached(request: Request, key: Any, compute: Callable[[], Any]) -> Any:
    """A result kept until the store changes; the store's fingerprint is read once per request."""
    fingerprint = getattr(request.state, "fingerprint", None)
    if fingerprint is None:
        fingerprint = request.state.fingerprint = store_of(request).fingerprint()
    return request.app.state.cache.get(store_of(request), key, compute, fingerprint)


def view_of(request: Request) -> View:
    """Documents and company names for table cells, each read from the store when a cell first asks."""
    lang = page_lang(request)
    store = store_of(request)
    return View(lang, linker(lang), StoreDocuments(store), StoreAliases(store))


class StoreDocuments:
    """Documents by id (without text) as `View.documents`, read through the store's index on first use."""

    def __init__(self, store: Store) -> None:
        self._store, self._seen = store, {}

    def get(self, doc_id: str, default: Any = None) -> Any:
        if doc_id not in self._seen:
            self.preload([doc_id])
        return self._seen[doc_id] if self._seen[doc_id] is not None else default

    def remember(self, summaries: dict[str, Any]) -> None:
        """Documents already read (id -> summary as JSON), kept so that they are not read again."""
        self._seen.update(summaries)

    def preload(self, ids: Iterable[str]) -> None:
        """Read the documents a table will ask for in one query rather than one each."""
        missing = sorted({i for i in ids if i and i not in self._seen})
        found = self._store.document_summaries(missing) if missing else {}
        for doc_id in missing:
            self._seen[doc_id] = found[doc_id].to_json() if doc_id in found else None


class StoreAliases:
    """A canonical company name's aliases as `View.aliases`, read through the store's index on first use."""

    def __init__(self, store: Store) -> None:
        self._store, self._seen = store, {}

    def get(self, name: str, default: Any = None) -> Any:
        if name not in self._seen:
            self.preload([name])
        return self._seen[name] if self._seen[name] is not None else default

    def preload(self, names: Iterable[str]) -> None:
        """Read the names a table will ask about in one query rather than one each."""
        missing = sorted({n for n in names if n and n not in self._seen})
        found = self._store.companies_named(missing) if missing else {}
        for name in missing:
            company = found.get(name)
            self._seen[name] = list(company.aliases) if company is not None and company.name == name else None


PAGE = 100


def page_params(request: Request, limit: int = PAGE) -> tuple[int, int]:
    """`limit` (default `limit`, at most queries.MAX_LIMIT) and `offset` of a paged page."""
    values = []
    for name, default in (("limit", limit), ("offset", 0)):
        text = request.query_params.get(name)
        if text is not None and not text.strip().isdigit():
            raise bad_parameter(name, "must be a whole number")
        values.append(int(text) if text is not None else default)
    check_page(*values)
    return values[0], values[1]


def pager(request: Request, page: dict[str, Any]) -> dict[str, Any]:
    """Where a page of a longer list is, and links to the pages before and after it."""
    limit, offset, total = page["limit"], page["offset"], page["total"]
    params = {k: v for k, v in request.query_params.items() if k not in ("offset", "format")}

    def at(start: int) -> str:
        return request.url.path + "?" + query_string({**params, "offset": start})

    return {"first": offset + 1 if total else 0, "last": min(total, offset + limit), "total": total,
            "prev": at(max(0, offset - limit)) if offset > 0 else None,
            "next": at(offset + limit) if offset + limit < total else None}


def script() -> Response:
    return Response((TEMPLATES / "pharmalens.js").read_text(encoding="utf-8"), media_type="text/javascript",
                    headers={"Cache-Control": "no-cache"})


@lru_cache(maxsize=1)
def _plotly_js() -> str:
    from plotly.offline import get_plotlyjs
    return get_plotlyjs()


def plotly_script() -> Response:
    return Response(_plotly_js(), media_type="text/javascript", headers={"Cache-Control": "max-age=86400"})


def add_routes(app: FastAPI) -> None:
    from . import web_pages
    html = {"response_class": HTMLResponse, "tags": ["web"]}
    for path, page in web_pages.PAGES:
        app.get(path, **html)(page)
    app.get("/static/pharmalens.js", include_in_schema=False)(script)
    app.get("/static/plotly.min.js", include_in_schema=False)(plotly_script)
