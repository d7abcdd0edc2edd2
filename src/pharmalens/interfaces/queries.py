"""Read-side queries shared by the REST API and the web pages: checking parameters, and the shapes each
page shows, every one a page read through the store's indexes. No HTTP framework here; errors are
`QueryError` with a status and a code."""
from __future__ import annotations

from pathlib import PurePath
from typing import Any

from ..analysis import nuclides
from ..analysis.lookup import lookup
from ..analysis.errors import AnalysisError
from ..analysis.landscape import STAGE_ORDER, Keep, landscape
from ..model.filters import AssetFilter
from ..model.knowledge import every
from ..model.errors import PharmalensError
from ..model.records import Company
from ..model.registry import RECORD_TYPES
from ..store import Store, StoreError
from .highlight import locate_evidence

FACT_LISTS = tuple(t.list_name for t in RECORD_TYPES)
FILTERS: dict[str, tuple[str, ...]] = {t.list_name: t.filters for t in RECORD_TYPES}
DEAL_TYPES = ("license", "acquisition", "collaboration", "newco", "option", "equity")
MAX_LIMIT = 500
MAX_OFFSET = 10**9  # past any store; a larger one would overflow a 64-bit SQL OFFSET

Record = dict[str, Any]


class QueryError(PharmalensError):
    """A request the data cannot answer: `status` 404 (unknown id) or 422 (bad parameter)."""

    code = "invalid_parameter"

    def __init__(self, status: int, code: str, message: str, parameter: str | None = None) -> None:
        super().__init__(message, code)
        self.status, self.parameter = status, parameter

    def to_json(self) -> dict[str, Any]:
        error: dict[str, Any] = {"code": self.code, "message": self.message}
        if self.parameter:
            error["parameter"] = self.parameter
        return {"error": error}


def bad_parameter(name: str, message: str) -> QueryError:
    return QueryError(422, "invalid_parameter", f"{name}: {message}", name)


def not_found(message: str) -> QueryError:
    return QueryError(404, "not_found", message)


def check_filters(filters: dict[str, str | None], store: Store | None = None) -> dict[str, str]:
    """Drop empty values and normalise the rest; an impossible value is a 422 naming the parameter.
    With `store`, a company given by part of its name or a near spelling becomes its canonical name."""
    out: dict[str, str] = {}
    for name, value in filters.items():
        if value is None or not str(value).strip():
            continue
        value = str(value).strip()
        if name == "stage" and value not in STAGE_ORDER:
            raise bad_parameter(name, f"unknown stage {value!r}; allowed: {', '.join(STAGE_ORDER)}")
        if name == "deal_type" and value not in DEAL_TYPES:
            raise bad_parameter(name, f"unknown deal type {value!r}; allowed: {', '.join(DEAL_TYPES)}")
        if name == "nuclide":
            try:
                value = nuclides.canonical_name(value)
            except AnalysisError as error:
                raise bad_parameter(name, error.message) from None
        if name == "company" and store is not None:
            found = find_company(store, value)
            value = found.name if found else value
        out[name] = value
    return out


def check_page(limit: int, offset: int) -> None:
    if not 1 <= limit <= MAX_LIMIT:
        raise bad_parameter("limit", f"must be between 1 and {MAX_LIMIT}")
    if not 0 <= offset <= MAX_OFFSET:
        raise bad_parameter("offset", f"must be between 0 and {MAX_OFFSET}")


def store_call(function: Any, *args: Any, **kwargs: Any) -> Any:
    """A store read whose bad sort or filter is the caller's 422."""
    try:
        return function(*args, **kwargs)
    except StoreError as error:
        parameter = {"bad_sort": "sort", "bad_order": "order", "bad_filter": "filter"}.get(error.code)
        if parameter is None:
            raise
        raise bad_parameter(parameter, error.message) from None


def find_company(store: Store, name: str) -> Company | None:
    """The company a name or alias names (through the store's index), else the one a part of a name or
    a near spelling picks out (in either script)."""
    found = store.company(name)
    if found is not None:
        return found
    companies = {c.name: c for c in every(store.companies)}
    chosen = lookup(name, [{"name": c.name, "aliases": list(c.aliases)} for c in companies.values()]).chosen
    return companies.get(chosen) if chosen else None


# ---- lists ---------------------------------------------------------------------------------------

def fact_list(store: Store, kind: str, filters: dict[str, str], limit: int = 100, offset: int = 0,
              sort: str = "created", order: str = "asc") -> Record:
    """One page of the facts of a record list, as contract JSON under their stored ids."""
    check_page(limit, offset)
    page = store_call(store.fact_page, kind, check_filters(filters, store), sort=sort, order=order, limit=limit,
                      offset=offset)
    return page.to_json()


def document_list(store: Store, lang: str | None, limit: int = 100, offset: int = 0) -> Record:
    check_page(limit, offset)
    page = store.documents(lang=lang or None, limit=limit, offset=offset).to_json()
    return {**page, "items": [public_document(d) for d in page["items"]]}


def public_document(document: Record) -> Record:
    """A document as shown to a client: a file's source is its name, never a path on the server."""
    source = str(document.get("source") or "")
    if source and not source.startswith(("http://", "https://")):
        return {**document, "source": PurePath(source).name}
    return document


def company_list(store: Store, name: str | None, limit: int = 100, offset: int = 0) -> Record:
    """Companies by name; with `name`, the one company it names (by name or alias), if any."""
    check_page(limit, offset)
    if name:
        found = find_company(store, name)
        items = [company_json(found)] if found and offset == 0 else []
        return {"total": int(found is not None), "limit": limit, "offset": offset, "items": items}
    page = store.companies(limit=limit, offset=offset)
    return {**page.to_json(), "items": [company_json(c) for c in page.items]}


def company_json(company: Any) -> Record:
    return {"name": company.name, "aliases": list(company.aliases), "kind": company.kind,
            "provisional": company.provisional}


# ---- documents -----------------------------------------------------------------------------------

def document_detail(store: Store, doc_id: str) -> Record:
    """The document (named by its id or its contract name, file.txt#1), its stored text, and its facts
    by list name, each evidence span with the
    place (`at`: [start, end] in the stored text, or null) where the page highlights it."""
    return document_reading(store, doc_id)[0]


def document_reading(store: Store, doc_id: str) -> tuple[Record, Record]:
    """`document_detail`, and the document's summary as the store holds it (its source not shortened),
    for a view that looks documents up; one read of the store."""
    found = store.document_with_facts(doc_id)
    if found is None:
        raise not_found(f"no document with id or name {doc_id!r}")
    document, summary, stored = found
    facts: dict[str, list[Record]] = {name: [] for name in FACT_LISTS}
    for fact in stored:
        facts[BY_LIST_OF_KIND[fact.kind]].append(fact.to_json())
    located = locate_evidence(document.text, list(document.span), facts)
    held = summary.to_json()
    return {**public_document(held), "text": document.text, "facts": facts, "evidence_at": located}, held


BY_LIST_OF_KIND = {t.kind: t.list_name for t in RECORD_TYPES}


# ---- page shapes ---------------------------------------------------------------------------------

def landscape_json(store: Store, filters: dict[str, str], limit: int = 100, offset: int = 0,
                   keep: Keep | None = None) -> Record:
    check_page(limit, offset)
    wanted = AssetFilter(**check_filters(filters))
    return landscape(store, wanted, limit=limit, offset=offset, keep=keep).to_json()


def minimal_dossier(store: Store, name: str, limit: int = 50, offset: int = 0) -> Record:
    """The company, and a page of every kind of stored fact that names it, by list name."""
    check_page(limit, offset)
    found = find_company(store, name)
    company, pages = store.facts_about(found.name if found else name, FACT_LISTS, limit=limit, offset=offset)
    if company is None and not any(page.total for page in pages.values()):
        raise not_found(f"no company named {name!r}")
    facts = {kind: [fact.to_json() for fact in pages[kind].items] if kind in pages else [] for kind in FACT_LISTS}
    totals = {kind: pages[kind].total if kind in pages else 0 for kind in FACT_LISTS}
    shown = company_json(company) if company else {"name": name, "aliases": []}
    return {"company": shown, "facts": facts, "totals": totals, "limit": limit, "offset": offset}


