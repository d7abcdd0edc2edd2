"""The company page (a dossier as tables, a timeline and its names in every script), the document
page (the text with one fact's field marked and scrolled to), and search hits with marked snippets."""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from ..analysis.evidence import field_span
from ..analysis.dossier import find_company
from ..analysis.lookup import Lookup
from ..documents.language import to_simplified, to_traditional
from ..model.registry import RECORD_TYPES
from ..store import Store
from . import queries
from .highlight import Segment, segments
from .i18n import record
from .tables import COMPANY_FIELDS, Table, View, columns_of, describe, fact_table, preload, preload_tables

FOCUS = "focus"
SECTION_LIMIT = 25  # rows per section of a company page: an overview, each section paged for more
TIMELINE_TYPES = ("deals", "regulatory", "terminations", "financings", "facilities", "clinical")


@dataclass
class CompanyPage:
    name: str
    found: Lookup
    names: dict[str, list[str]]  # "latin" | "simplified" | "traditional" -> names
    sections: list[tuple[str, str, Table]] = field(default_factory=list)  # (list name, heading, table)
    timeline: list[dict[str, Any]] = field(default_factory=list)
    facts: dict[str, list[dict[str, Any]]] = field(default_factory=dict)
    totals: dict[str, int] = field(default_factory=dict)  # facts of each list that name the company
    limit: int = SECTION_LIMIT
    offset: int = 0

    @property
    def total(self) -> int:
        """The longest section's length: what the page's pager walks through."""
        return max(self.totals.values(), default=0)

    def to_json(self) -> dict[str, Any]:
        return {"company": {"name": self.name, "aliases": sorted({n for v in self.names.values() for n in v} - {self.name})},
                "lookup": {"how": self.found.how, "matched": self.found.matched, "candidates": list(self.found.candidates)},
                "names": self.names, "facts": self.facts, "timeline": self.timeline, "totals": self.totals,
                "limit": self.limit, "offset": self.offset}


def names_by_script(names: list[str]) -> dict[str, list[str]]:
    """Every name of a company in Latin script, simplified and traditional Chinese (each Chinese
    name written both ways)."""
    out: dict[str, list[str]] = {"latin": [], "simplified": [], "traditional": []}
    for name in names:
        if all(ord(ch) < 0x2E80 for ch in name):
            out["latin"].append(name)
            continue
        simplified = to_simplified(name)
        out["simplified"].append(simplified)
        out["traditional"].append(to_traditional(simplified))
    return {script: list(dict.fromkeys(v)) for script, v in out.items()}


def company(store: Store, query: str, view: View, limit: int = SECTION_LIMIT, offset: int = 0) -> CompanyPage:
    """The company `query` names (exactly, partly or fuzzily; 404 listing candidates when unsure), and
    a page (`limit` from `offset`) of each kind of fact that names it, read through the store's indexes."""
    found = find_company(store, query)
    if found.chosen is None:
        raise queries.not_found(found.message(view.lang))
    entry, pages = store.facts_about(found.chosen, [t.list_name for t in RECORD_TYPES], limit=limit, offset=offset)
    page = CompanyPage(found.chosen, found, names_by_script([found.chosen, *(entry.aliases if entry else [])]),
                       limit=limit, offset=offset)
    for kind in RECORD_TYPES:
        page.facts[kind.list_name] = [fact.to_json() for fact in pages[kind.list_name].items] \
            if kind.list_name in pages else []
        page.totals[kind.list_name] = pages[kind.list_name].total if kind.list_name in pages else 0
    # the documents and names of every section in one read each, not one per section
    preload_tables([(facts, columns_of(name)) for name, facts in page.facts.items()], view)
    for kind in RECORD_TYPES:
        page.sections.append((kind.list_name, record(kind.list_name, view.lang),
                              fact_table(kind.list_name, page.facts[kind.list_name], view,
                                         table_id=f"section-{kind.list_name}", preloaded=True)))
    page.timeline = timeline(page.facts, view, {name: table for name, _heading, table in page.sections})
    return page


def timeline(facts: dict[str, list[dict[str, Any]]], view: View,
             tables: dict[str, Table] | None = None) -> list[dict[str, Any]]:
    """Dated events, newest first: each with its date, type, a one-line reading and its evidence. The
    reading reuses the cells of `tables` (list name -> the `fact_table` of those facts) when given."""
    events = []
    for list_name in TIMELINE_TYPES:
        table = (tables or {}).get(list_name)
        for n, fact in enumerate(facts.get(list_name, [])):
            date = view.date_of(fact)
            if not date:
                continue
            pairs = describe(fact, list_name, view, table.rows[n] if table is not None else None)
            events.append({"date": date, "type": record(list_name, view.lang), "kind": list_name,
                           "what": "; ".join(f"{k}: {v}" for k, v in pairs[:5]),
                           "href": view.evidence_url(fact["document"], fact.get("id"))})
    return sorted(events, key=lambda e: e["date"], reverse=True)


# ---- one document --------------------------------------------------------------------------------

@dataclass
class DocumentPage:
    data: dict[str, Any]
    pieces: list[Segment]
    first: dict[str, str]  # fact id -> id of its first marked piece
    facts: list[tuple[str, str, list[dict[str, Any]]]]  # (list name, heading, [{id, pairs, located}])
    focus_fact: str | None
    focus_field: str | None
    focus_found: bool


def document(store: Store, doc_id: str, view: View, fact_id: str | None, field_name: str | None) -> DocumentPage:
    """The stored text cut for highlighting; with `fact_id` (and `field_name`) that fact's evidence,
    or the words of that field inside it, marked as the focus the page scrolls to."""
    detail, held = queries.document_reading(store, doc_id)
    remember = getattr(view.documents, "remember", None)  # a view reading from the store: no second read
    if remember is not None:
        remember({held["id"]: held})
    # one read of the names the page looks up: its company cells and the words of the focused field
    preload([f for facts in detail["facts"].values() for f in facts], view,
            COMPANY_FIELDS | ({field_name} if field_name else set()))
    located = detail["evidence_at"]
    focus_found = False
    if fact_id and fact_id in located:
        fact = next((f for fs in detail["facts"].values() for f in fs if f["id"] == fact_id), {})
        places = [tuple(p) for p in located[fact_id] if p]
        span = field_span(detail["text"], places, fact, field_name, view.aliases) if field_name else None
        focus_found = span is not None
        located = {**located, FOCUS: [list(span)] if span else [list(p) for p in places]}
    pieces, first = segments(detail["text"], located)
    shown = []
    for kind in RECORD_TYPES:
        items = [{"id": f["id"], "pairs": describe(f, kind.list_name, view), "located": first.get(f["id"])}
                 for f in detail["facts"].get(kind.list_name, [])]
        if items:
            shown.append((kind.list_name, record(kind.list_name, view.lang), items))
    return DocumentPage(detail, pieces, first, shown, fact_id, field_name, focus_found)


# ---- search --------------------------------------------------------------------------------------

def search(store: Store, query: str) -> list[dict[str, Any]]:
    """Hits best first, each snippet as (text, marked) pieces for the page to mark safely."""
    hits = store.search(query.strip(), limit=50)
    return [{**hit, "pieces": snippet_pieces(hit.get("text") or "", hit.get("marks") or [])} for hit in hits]


def snippet_pieces(snippet: str, marks: list[list[int]]) -> list[tuple[str, bool]]:
    """The snippet cut at its marks: (text, marked) pieces."""
    pieces, at = [], 0
    for start, end in sorted(marks):
        if start > at:
            pieces.append((snippet[at:start], False))
        pieces.append((snippet[max(start, at):end], True))
        at = max(at, end)
    pieces.append((snippet[at:], False))
    return [p for p in pieces if p[0]]

