"""What the MCP tools answer, as plain functions over a Store: every fact in a result carries its
citations (document id, title, URL or path, quote, span, page), so an assistant can quote its source.

The server (`mcp_server`) only wires these to the MCP SDK; tests call them both ways."""
from __future__ import annotations

from typing import Any

from ..analysis import nuclides
from ..analysis.asset_index import canonical_nuclide
from ..analysis.asset_spec import asset_spec_from_dict
from ..analysis.comps import CompsFilter, comps
from ..analysis.dossier import dossier
from ..analysis.durations import parse_hours
from ..analysis.valuation import value_asset
from ..model.errors import NotFound
from ..model.filters import AssetFilter
from ..model.registry import BY_KIND, RECORD_TYPES
from ..store import Store
from .highlight import locate_evidence

MARK_OPEN, MARK_CLOSE = "⟦", "⟧"
MAX_CELLS, MAX_FACTS = 200, 200


class Library:
    """Documents of a store by id, read when first cited, to cite facts with."""

    def __init__(self, store: Store) -> None:
        self.store = store
        self.documents: dict[str, dict[str, Any]] = {}

    def load(self, ids: Any) -> None:
        wanted = [i for i in set(ids) if i and i not in self.documents]
        self.documents.update({i: s.to_json() for i, s in self.store.document_summaries(wanted).items()})

    def cite(self, document_id: str, evidence: list[dict[str, Any]]) -> list[dict[str, Any]]:
        self.load([document_id])
        doc = self.documents.get(document_id, {})
        return [{"document": document_id, "title": doc.get("title"), "url": doc.get("url"),
                 "source": doc.get("source"), "quote": e.get("quote"), "span": [e.get("start"), e.get("end")],
                 "page": e.get("page")} for e in evidence]

    def cited(self, fact: dict[str, Any]) -> dict[str, Any]:
        """A fact with its evidence turned into citations."""
        body = {k: v for k, v in fact.items() if k not in ("evidence", "sources")}
        evidence = fact.get("evidence") or fact.get("sources") or []
        return {**body, "citations": self.cite(fact.get("document", ""), evidence) if "evidence" in fact
                else [c for s in evidence for c in self.cite(s["document"], [s])]}


def _by_kind(store: Store, document_id: str) -> dict[str, list[dict[str, Any]]]:
    out: dict[str, list[dict[str, Any]]] = {t.list_name: [] for t in RECORD_TYPES}
    for fact in store.facts(document_id=document_id):
        out[BY_KIND[fact.kind].list_name].append(fact.to_json())
    return out


def search_documents(store: Store, query: str, limit: int = 10) -> dict[str, Any]:
    library = Library(store)
    found = store.search(query, limit=limit)
    library.load(hit["id"] for hit in found)
    hits = []
    for hit in found:
        facts = [library.cited(f) for fs in _by_kind(store, hit["id"]).values() for f in fs]
        doc = library.documents.get(hit["id"], {})
        hits.append({"document": hit["id"], "title": hit.get("title"), "url": doc.get("url"),
                     "source": doc.get("source"), "published": doc.get("published"), "snippet": hit.get("snippet"),
                     "facts": facts})
    return {"query": query, "count": len(hits), "documents": hits}


def get_document(store: Store, document_id: str) -> dict[str, Any]:
    """The document's text with every fact's evidence marked ⟦like this⟧, and the facts with their spans
    in that text (`highlights`) and in the source (`citations`)."""
    library = Library(store)
    document = store.document(document_id)
    if document is None:
        raise NotFound(f"no document {document_id!r}; search_documents finds ids")
    document_id = document.id
    library.load([document_id])
    doc = library.documents[document_id]
    text = document.text
    by_kind = _by_kind(store, document_id)
    located = locate_evidence(text, doc.get("span") or [0, 0], by_kind)
    highlights, facts = [], []
    for records in by_kind.values():
        for fact in records:
            facts.append(library.cited(fact))
            for place, ev in zip(located.get(fact["id"], []), fact.get("evidence") or []):
                if place:
                    highlights.append({"fact": fact["id"], "start": place[0], "end": place[1], "quote": ev["quote"],
                                       "page": ev.get("page")})
    return {**doc, "text": text, "marked_text": _marked(text, highlights), "highlights": highlights, "facts": facts}


def _marked(text: str, highlights: list[dict[str, Any]]) -> str:
    spans = sorted({(h["start"], h["end"]) for h in highlights})
    merged: list[list[int]] = []
    for start, end in spans:
        if merged and start <= merged[-1][1]:
            merged[-1][1] = max(merged[-1][1], end)
        else:
            merged.append([start, end])
    out, at = [], 0
    for start, end in merged:
        out += [text[at:start], MARK_OPEN, text[start:end], MARK_CLOSE]
        at = end
    return "".join(out + [text[at:]])


def company_dossier(store: Store, name: str) -> dict[str, Any]:
    library = Library(store)
    found = dossier(store, name).to_dict()
    for section in ("assets", "deals", "regulatory", "gmp", "terminations", "financials", "financings", "facilities"):
        found[section] = [library.cited(item) for item in found[section]]
    return found


def deal_comparables(store: Store, **filters: Any) -> dict[str, Any]:
    library = Library(store)
    result = comps(store, CompsFilter(**{k: v for k, v in filters.items() if v is not None}))
    out = result.to_dict()
    for deal in out["deals"]:
        entity = store.deal(deal["id"])
        deal["citations"] = [c for s in (entity.sources if entity else ()) for start, end, quote in s.spans
                             for c in library.cite(s.document, [{"start": start, "end": end, "quote": quote}])]
    return out


def pipeline_landscape(store: Store, target: str | None = None, nuclide: str | None = None,
                       modality: str | None = None) -> dict[str, Any]:
    library = Library(store)
    wanted = AssetFilter(target=target, nuclide=canonical_nuclide(nuclide) if nuclide else None, modality=modality)
    page = store.landscape(wanted, limit=MAX_CELLS)
    cells = []
    for cell in page.items:
        facts = [library.cited(fact.to_json()) for name in cell.assets
                 for fact in store.fact_page("assets", {"asset": name}, limit=MAX_FACTS).items]
        cells.append({**cell.to_json(), "facts": facts})
    return {"cells": cells, "count": page.total}


def asset_valuation(store: Store, spec: dict[str, Any], asset: str | None = None, paths: int | None = None,
                    seed: int | None = None) -> dict[str, Any]:
    """rNPV and Monte Carlo of an asset spec; with `asset`, the stored facts about it, cited."""
    library = Library(store)
    result = value_asset(asset_spec_from_dict(spec), paths, seed).to_dict()
    facts = [library.cited(fact.to_json()) for kind in ("assets", "clinical", "regulatory", "deals") if asset
             for fact in store.fact_page(kind, {"asset": asset}, limit=MAX_FACTS).items]
    return {"valuation": result, "asset": asset, "facts": facts}


def radionuclide(nuclide: str, after: str | None = None, calibration_activity: float | None = None,
                 required_activity: float | None = None, handling: str | None = None) -> dict[str, Any]:
    """Half-life and the fraction left after a time; with activities, the longest shipping window."""
    record = nuclides.lookup(nuclide)
    out: dict[str, Any] = {"nuclide": record.name, "half_life_hours": record.half_life_hours,
                           "citations": [{"document": None, "title": record.source, "url": None,
                                          "quote": f"{record.name} half-life {record.half_life_value:g} "
                                                   f"{record.half_life_unit}", "span": None}]}
    if after is not None:
        hours = parse_hours(after)
        out.update(after_hours=hours, fraction_left=nuclides.decay_fraction(record.name, hours))
    if calibration_activity is not None and required_activity is not None:
        out["max_shipping_hours"] = nuclides.max_shipping_hours(
            record.name, calibration_activity, required_activity, parse_hours(handling) if handling else 0.0)
    return out
