"""Read-side queries shared by the REST API and the web pages: filtering, paging, sorting and the
shapes each page shows. No HTTP framework here; errors are `QueryError` with a status and a code."""
from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable
from typing import Any

from ..analysis import nuclides
from ..analysis.lookup import lookup
from ..analysis.errors import AnalysisError
from ..analysis.landscape import STAGE_ORDER, crowding, landscape, merge_assets
from ..store import Store
from .highlight import locate_evidence

FACT_LISTS = ("deals", "assets", "clinical", "regulatory", "financials", "terminations", "financings", "facilities")
DEAL_TYPES = ("license", "acquisition", "collaboration", "newco", "option", "equity")
MAX_LIMIT = 500

Record = dict[str, Any]


class QueryError(Exception):
    """A request the data cannot answer: `status` 404 (unknown id) or 422 (bad parameter)."""

    def __init__(self, status: int, code: str, message: str, parameter: str | None = None) -> None:
        super().__init__(message)
        self.status, self.code, self.message, self.parameter = status, code, message, parameter

    def to_json(self) -> dict[str, Any]:
        error: dict[str, Any] = {"code": self.code, "message": self.message}
        if self.parameter:
            error["parameter"] = self.parameter
        return {"error": error}


def bad_parameter(name: str, message: str) -> QueryError:
    return QueryError(422, "invalid_parameter", f"{name}: {message}", name)


def not_found(message: str) -> QueryError:
    return QueryError(404, "not_found", message)


# ---- filters -------------------------------------------------------------------------------------

def _fold(value: Any) -> str:
    return str(value or "").strip().casefold()


def _company_fields(record: Record) -> list[str]:
    names = [record.get(key) for key in ("company", "licensor", "licensee")]
    return [str(n) for n in names + list(record.get("investors") or []) if n]


def _asset_fields(record: Record) -> list[str]:
    return [str(n) for n in [record.get("asset"), *(record.get("aliases") or [])] if n]


def _nuclide_fields(record: Record) -> list[str]:
    return [str(n) for n in [record.get("nuclide"), *(record.get("nuclides") or [])] if n]


def _targets(record: Record) -> list[str]:
    target = record.get("target")
    return [str(t) for t in (target if isinstance(target, list) else [target]) if t]


MATCHERS: dict[str, Callable[[Record], list[str]]] = {
    "company": _company_fields, "asset": _asset_fields, "nuclide": _nuclide_fields, "target": _targets,
    "deal_type": lambda r: [r.get("deal_type") or ""], "stage": lambda r: [r.get("stage") or r.get("phase") or ""],
    "modality": lambda r: [r.get("modality") or ""], "agency": lambda r: [r.get("agency") or ""],
    "event": lambda r: [r.get("event") or ""], "metric": lambda r: [r.get("metric") or ""],
    "endpoint": lambda r: [r.get("endpoint") or ""], "round": lambda r: [r.get("round") or ""],
    "kind": lambda r: [r.get("kind") or ""], "lang": lambda r: [r.get("lang") or ""],
}

FILTERS: dict[str, tuple[str, ...]] = {
    "deals": ("company", "asset", "deal_type"),
    "assets": ("company", "asset", "stage", "nuclide", "target", "modality"),
    "clinical": ("asset", "endpoint"),
    "regulatory": ("company", "asset", "agency", "event"),
    "financials": ("company", "metric"),
    "terminations": ("company", "asset", "stage"),
    "financings": ("company", "round"),
    "facilities": ("company", "nuclide", "kind"),
}


def check_filters(filters: dict[str, str | None], store: Store | None = None) -> dict[str, str]:
    """Drop empty values and normalise the rest; an impossible value is a 422 naming the parameter."""
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
            value = canonical_company(store, value) or value
        out[name] = value
    return out


def apply_filters(records: list[Record], filters: dict[str, str]) -> list[Record]:
    for name, value in filters.items():
        wanted, fields = _fold(value), MATCHERS[name]
        records = [r for r in records if any(_fold(v) == wanted for v in fields(r))]
    return records


def paginate(items: list[Any], limit: int, offset: int) -> dict[str, Any]:
    if not 1 <= limit <= MAX_LIMIT:
        raise bad_parameter("limit", f"must be between 1 and {MAX_LIMIT}")
    if offset < 0:
        raise bad_parameter("offset", "must be 0 or more")
    return {"total": len(items), "limit": limit, "offset": offset, "items": items[offset:offset + limit]}


# ---- companies and documents ---------------------------------------------------------------------

def find_company(store: Store, name: str) -> Record | None:
    """The company a name, alias, part of a name or near spelling picks out (in either script)."""
    companies = store.companies()
    chosen = lookup(name, companies).chosen
    return next((c for c in companies if c["name"] == chosen), None) if chosen else None


def canonical_company(store: Store, name: str) -> str | None:
    company = find_company(store, name)
    return company["name"] if company else None


def find_document(store: Store, doc_id: str) -> Record:
    documents = store.documents()
    for document in documents:
        if document["id"] == doc_id:
            return document
    for document in documents:  # the contract's "<file name>#<n>"
        if document.get("name") == doc_id:
            return document
    raise not_found(f"no document with id {doc_id!r}")


def document_text(store: Store, doc_id: str) -> str:
    return next((text for key, text in store.document_texts() if key == doc_id), "")


def document_detail(store: Store, doc_id: str) -> Record:
    """The document, its stored text, and its facts by list name, each evidence span with the
    place (`at`: [start, end] in the stored text, or null) where the page highlights it."""
    document = find_document(store, doc_id)
    doc_id = document["id"]
    text = document_text(store, doc_id)
    facts = store.facts_by_kind(doc_id)
    located = locate_evidence(text, document.get("span") or [0, 0], facts)
    return {**document, "text": text, "facts": facts, "evidence_at": located}


# ---- page shapes ---------------------------------------------------------------------------------

def merged_assets(store: Store) -> list[Record]:
    """One row per asset across documents (as on the landscape), with the documents that name it."""
    facts = store.facts("assets")
    documents: dict[str, list[str]] = defaultdict(list)
    for fact in facts:
        key = _fold(fact.get("asset") or "?")
        if fact["document"] not in documents[key]:
            documents[key].append(fact["document"])
    return [{**asset, "documents": documents[_fold(asset.get("asset") or "?")]} for asset in merge_assets(facts)]


def landscape_matrix(store: Store) -> Record:
    """Targets × stages with the number of distinct (merged) assets in each cell."""
    assets = merged_assets(store)
    cells: dict[str, dict[str, set[str]]] = defaultdict(lambda: defaultdict(set))
    for asset in assets:
        for target in asset.get("target") or []:
            cells[target][asset.get("stage") or "-"].add(asset.get("asset") or "?")
    stages = [s for s in [*STAGE_ORDER, "-"] if any(s in row for row in cells.values())]
    rows = [{"target": target, "counts": {s: len(cells[target].get(s, ())) for s in stages},
             "total": len(set().union(*cells[target].values()))}
            for target in sorted(cells, key=str.casefold)]
    return {"stages": stages, "rows": rows}


def landscape_json(store: Store) -> Record:
    facts = store.facts("assets")
    return {"cells": [vars(cell) for cell in landscape(facts)], "crowding": crowding(merge_assets(facts)),
            "matrix": landscape_matrix(store)}


def minimal_dossier(store: Store, name: str) -> Record:
    """The company, and every stored fact that names it, by list name."""
    company = find_company(store, name)
    canonical = company["name"] if company else name
    facts = {kind: apply_filters(store.facts(kind), {"company": canonical}) for kind in FACT_LISTS}
    if company is None and not any(facts.values()):
        raise not_found(f"no company named {name!r}")
    return {"company": company or {"name": canonical, "aliases": []}, "facts": facts}
