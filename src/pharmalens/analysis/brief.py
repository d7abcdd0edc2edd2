"""A cited brief of one document or of the documents matching a query: the deals with their terms,
the assets and their stages, clinical results, events (regulatory, terminations, financings,
facilities) and figures, one line per fact in sections, each line ending in the [n] of its evidence,
and the references listed once at the end. Built from the stored facts, not from ranked sentences, so
a fact stated twice is one line and a line never repeats."""
from __future__ import annotations

from dataclasses import asdict, dataclass
from typing import Any

from ..model.errors import PharmalensError
from ..model.knowledge import DocumentSummary
from ..model.registry import record_type
from .errors import SpecError
from .money import format_money

SECTIONS = (("deals", "Deals", ("deals",)), ("assets", "Assets", ("assets",)),
            ("results", "Clinical results", ("clinical",)),
            ("events", "Events", ("regulatory", "terminations", "financings", "facilities")),
            ("figures", "Figures", ("financials",)))
QUOTE_CHARS = 160
MAX_DOCUMENTS = 200


class NoDocuments(PharmalensError):
    code = "no_documents"


@dataclass(frozen=True)
class Reference:
    n: int
    document: str  # document id
    name: str  # the file and article number, or the id
    title: str
    url: str | None
    start: int  # evidence span as stored: indices in the decoded source file
    end: int
    quote: str

    def source(self) -> str:
        """The document once: its title, name and URL."""
        where = f"{self.title.strip()} ({self.name})" if self.title.strip() else self.name
        return where + (f" {self.url}" if self.url else "")

    def text(self) -> str:
        quote = self.quote if len(self.quote) <= QUOTE_CHARS else self.quote[:QUOTE_CHARS - 1] + "…"
        return f"[{self.n}] {self.start}-{self.end}: “{quote}”"


@dataclass(frozen=True)
class Line:
    section: str
    text: str
    markers: tuple[int, ...]
    fact: str  # id of the first fact the line says

    def cited(self) -> str:
        return self.text + " " + "".join(f"[{n}]" for n in self.markers)


@dataclass(frozen=True)
class Brief:
    documents: tuple[str, ...]
    lines: tuple[Line, ...]
    references: tuple[Reference, ...]

    def text(self) -> str:
        out = []
        for key, heading, _ in SECTIONS:
            mine = [line for line in self.lines if line.section == key]
            if mine:
                out += [heading, *(f"- {line.cited()}" for line in mine), ""]
        if not out:
            out = ["No facts were extracted from these documents.", ""]
        out.append("References")
        for document in dict.fromkeys(r.document for r in self.references):
            mine = [r for r in self.references if r.document == document]
            out += [mine[0].source(), *(f"  {r.text()}" for r in mine)]
        return "\n".join(out).rstrip()

    def to_dict(self) -> dict[str, Any]:
        return {"documents": list(self.documents),
                "sections": {key: [{**asdict(line), "cited": line.cited()} for line in self.lines if line.section == key]
                             for key, _, _ in SECTIONS},
                "references": [asdict(r) for r in self.references]}


def brief(store: Any, document_id: str | None = None, query: str | None = None, max_lines: int = 40) -> Brief:
    """The brief of one document (by id or name), of the documents matching every word of `query`
    (at most MAX_DOCUMENTS, best matches), or of the latest MAX_DOCUMENTS stored; at most `max_lines`
    lines per section."""
    if max_lines < 1:
        raise SpecError("max_lines", f"must be at least 1, not {max_lines}", "a whole number of 1 or more")
    chosen = _select(store, document_id, query)
    documents = store.document_summaries(chosen)
    numbers: dict[tuple[str, int, int], Reference] = {}
    lines: dict[tuple[str, str], Line] = {}
    for doc_id in chosen:
        facts: dict[str, list[dict[str, Any]]] = {}
        for fact in store.facts(document_id=doc_id):
            facts.setdefault(record_type(fact.kind).list_name, []).append(fact.to_json())
        for key, _, kinds in SECTIONS:
            for kind in kinds:
                for fact in facts.get(kind, []):
                    said = _LINES[kind](fact)
                    markers = [_reference(numbers, documents[doc_id], e).n for e in fact.get("evidence") or []]
                    known = lines.get((key, said))
                    if known is not None:
                        markers = [*known.markers, *markers]
                    elif sum(1 for k, _ in lines if k == key) >= max_lines:
                        continue
                    lines[(key, said)] = Line(key, said, tuple(sorted(set(markers))),
                                              known.fact if known else fact["id"])
    cited = {n for line in lines.values() for n in line.markers}
    return Brief(tuple(chosen), tuple(lines.values()), tuple(r for r in numbers.values() if r.n in cited))


def _select(store: Any, document_id: str | None, query: str | None) -> list[str]:
    if document_id is not None:
        named = store.document_id(document_id.strip())
        if named is None:
            raise NoDocuments(f"no document {document_id!r} in the store (give its id or its name, e.g. file.txt#1)")
        return [named]
    if query is not None:
        hits = [hit["id"] for hit in store.search(query, limit=MAX_DOCUMENTS)] if query.strip() else []
        summaries = store.document_summaries(hits)
        ids = sorted(i for i in hits if i in summaries and not summaries[i].duplicate_of)
        if not ids:
            raise NoDocuments(f"no document mentions {query!r}")
        return ids
    total = store.documents(limit=1).total
    page = store.documents(limit=MAX_DOCUMENTS, offset=max(0, total - MAX_DOCUMENTS))
    return sorted(d.id for d in page.items if not d.duplicate_of)


def _reference(numbers: dict[tuple[str, int, int], Reference], document: DocumentSummary,
               evidence: dict[str, Any]) -> Reference:
    key = (document.id, evidence["start"], evidence["end"])
    if key not in numbers:
        numbers[key] = Reference(len(numbers) + 1, document.id, document.name or document.id, document.title or "",
                                 document.url, evidence["start"], evidence["end"], evidence["quote"])
    return numbers[key]


def _money(fact: dict[str, Any], key: str, date_key: str = "announced") -> str:
    return format_money(fact.get(key), "en", fact.get(date_key))


def _joined(value: Any) -> str:
    return "/".join(str(v) for v in value) if isinstance(value, list) else str(value or "")


def _parts(*pairs: tuple[str, Any]) -> str:
    return ", ".join(f"{label} {_joined(value)}".strip() for label, value in pairs if value not in (None, "", []))


def _deal(f: dict[str, Any]) -> str:
    head = f"{f.get('licensor') or '?'} → {f.get('licensee') or '?'}: {f.get('deal_type') or 'deal'}"
    head += f" of {f['asset']}" if f.get("asset") else ""
    terms = "; ".join(f"{k} {_money(f, k)}" for k in ("upfront", "milestones", "total"))
    rest = _parts(("territory", f.get("territory")), ("equity", f.get("equity") and _money(f, "equity")),
                  ("royalty", f.get("royalty")), ("announced", f.get("announced")))
    return f"{head}; {terms}" + (f"; {rest}" if rest else "")


def _asset(f: dict[str, Any]) -> str:
    owner = f" ({f['company']})" if f.get("company") else ""
    return f"{f.get('asset') or '?'}{owner}: " + (_parts(("stage", f.get("stage")), ("modality", f.get("modality")),
                                                       ("target", f.get("target")), ("nuclide", f.get("nuclide")),
                                                       ("indication", f.get("indication"))) or "no stage stated")


def _clinical(f: dict[str, Any]) -> str:
    value = f.get("value")
    shown = "" if value is None else f" {value:g}"
    return f"{f.get('asset') or '?'}: {f.get('endpoint') or 'result'}{shown}" + (
        f" ({_parts(('n', f.get('n')), ('trial', f.get('trial')), ('indication', f.get('indication')))})"
        if any(f.get(k) for k in ("n", "trial", "indication")) else "")


def _regulatory(f: dict[str, Any]) -> str:
    return f"{f.get('agency') or '?'} {str(f.get('event') or 'event').replace('_', ' ')}: " + (
        _parts(("", f.get("company")), ("", f.get("asset")), ("scope", f.get("scope")),
               ("finding", f.get("finding")), ("", f.get("date"))) or "no detail")


def _termination(f: dict[str, Any]) -> str:
    return f"{f.get('company') or '?'} stopped {f.get('asset') or 'a programme'}: " + _parts(
        ("at", f.get("phase")), ("reason", f.get("reason")),
        ("spent", _money(f, "cumulative_spend", "date")), ("", f.get("date")))


def _financing(f: dict[str, Any]) -> str:
    return f"{f.get('company') or '?'} raised {_money(f, 'amount')}" + (
        f" ({_parts(('round', f.get('round')), ('from', f.get('investors')), ('on', f.get('exchange')), ('', f.get('announced')))})"
        if any(f.get(k) for k in ("round", "investors", "exchange", "announced")) else "")


def _facility(f: dict[str, Any]) -> str:
    return f"{f.get('company') or '?'} {str(f.get('kind') or 'facility').replace('_', ' ')}: " + (
        _parts(("", f.get("name")), ("nuclides", f.get("nuclides")), ("capacity", f.get("capacity")),
               ("", f.get("date"))) or "no detail")


def _financial(f: dict[str, Any]) -> str:
    amount = format_money({"amount": f.get("amount"), "currency": f.get("currency")}, "en", None, False)
    change = f", {f['yoy_pct']:+g}% year on year" if f.get("yoy_pct") is not None else ""
    segment = f" ({f['segment']})" if f.get("segment") else ""
    return f"{f.get('company') or '?'} {f.get('metric') or 'figure'}{segment} {f.get('period') or ''}: {amount}{change}"


_LINES = {"deals": _deal, "assets": _asset, "clinical": _clinical, "regulatory": _regulatory,
          "terminations": _termination, "financings": _financing, "facilities": _facility, "financials": _financial}
