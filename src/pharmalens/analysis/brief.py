"""Deterministic cited "core insights": the sentences of the source documents that carry the most
extracted facts, each with [n] markers pointing at the evidence spans behind it."""
from __future__ import annotations

import re
from dataclasses import asdict, dataclass
from typing import Any

from pharmalens.extraction.sentences import Sentence, sentences

_SPACE = re.compile(r"\s+")
MAX_DOCUMENTS = 200


class NoDocuments(LookupError):
    pass


@dataclass(frozen=True)
class Reference:
    n: int
    document: str
    start: int  # evidence span as stored: indices in the decoded source file
    end: int
    quote: str


@dataclass(frozen=True)
class BriefSentence:
    document: str
    start: int  # indices in the document's text
    end: int
    text: str
    markers: tuple[int, ...]

    def cited(self) -> str:
        return self.text + "".join(f" [{n}]" for n in self.markers)


@dataclass(frozen=True)
class Brief:
    documents: tuple[str, ...]
    sentences: tuple[BriefSentence, ...]
    references: tuple[Reference, ...]

    def text(self) -> str:
        body = "\n".join(s.cited() for s in self.sentences)
        refs = "\n".join(f"[{r.n}] {r.document} {r.start}-{r.end}: {r.quote}" for r in self.references)
        return f"{body}\n\n{refs}" if refs else body

    def to_dict(self) -> dict[str, Any]:
        return {"documents": list(self.documents),
                "sentences": [{**asdict(s), "cited": s.cited()} for s in self.sentences],
                "references": [asdict(r) for r in self.references]}


@dataclass(frozen=True)
class _Candidate:
    score: int
    order: tuple[int, int]  # document rank, then position
    document: str
    sentence: Sentence
    spans: tuple[tuple[int, int, str], ...]  # evidence (start, end, quote) of the facts overlapping it


def brief(store: Any, document_id: str | None = None, query: str | None = None, max_sentences: int = 5) -> Brief:
    """The `max_sentences` most fact-dense sentences of one document, of the documents matching every
    word of `query` (at most MAX_DOCUMENTS, best matches), or of the latest MAX_DOCUMENTS stored."""
    if max_sentences < 1:
        raise ValueError(f"max_sentences must be at least 1, not {max_sentences}")
    chosen = _select(store, document_id, query)
    candidates = []
    for rank, doc_id in enumerate(chosen):
        document = store.document(doc_id)
        facts = [fact.to_json() for fact in store.facts(document_id=doc_id)]
        candidates += _candidates(doc_id, rank, document.text if document else "", facts)
    candidates.sort(key=lambda c: (-c.score, c.order))
    return _assemble(tuple(chosen), _pick(candidates, max_sentences))


def locate(text: str, start: int, end: int, quote: str) -> tuple[int, int] | None:
    """Where an evidence quote sits in the stored document text (whose line breaks may be repaired)."""
    if text[start:end] == quote:
        return start, end
    found = [m.start() for m in re.finditer(re.escape(quote), text)] if quote else []
    if found:
        at = min(found, key=lambda i: (abs(i - start), i))
        return at, at + len(quote)
    squeezed, index = _squeeze(text)
    needle = _SPACE.sub("", quote)
    at = squeezed.find(needle) if needle else -1
    if at < 0:
        return None
    return index[at], index[at + len(needle) - 1] + 1


def _select(store: Any, document_id: str | None, query: str | None) -> list[str]:
    if document_id is not None:
        if store.document(document_id) is None:
            raise NoDocuments(f"no document {document_id!r} in the store")
        return [document_id]
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


def _candidates(doc_id: str, rank: int, text: str, facts: list[dict[str, Any]]) -> list[_Candidate]:
    parts = sentences(text)
    hits: dict[int, dict[str, tuple[int, int, str]]] = {}
    for fact in facts:
        for evidence in fact.get("evidence") or []:
            where = locate(text, evidence["start"], evidence["end"], evidence["quote"])
            if where is None:
                continue
            for i, sentence in enumerate(parts):
                if sentence.start < where[1] and where[0] < sentence.end:
                    hits.setdefault(i, {}).setdefault(fact["id"], (evidence["start"], evidence["end"],
                                                                   evidence["quote"]))
    return [_Candidate(len(found), (rank, parts[i].start), doc_id, parts[i],
                       tuple(sorted(set(found.values()))))
            for i, found in sorted(hits.items())]


def _pick(candidates: list[_Candidate], limit: int) -> list[_Candidate]:
    picked, seen = [], set()
    for candidate in candidates:
        key = _SPACE.sub("", candidate.sentence.text).casefold()
        if key in seen:
            continue
        seen.add(key)
        picked.append(candidate)
        if len(picked) == limit:
            break
    return picked


def _assemble(documents: tuple[str, ...], picked: list[_Candidate]) -> Brief:
    numbers: dict[tuple[str, int, int], Reference] = {}
    out = []
    for candidate in picked:
        markers = []
        for start, end, quote in candidate.spans:
            key = (candidate.document, start, end)
            if key not in numbers:
                numbers[key] = Reference(len(numbers) + 1, candidate.document, start, end, quote)
            markers.append(numbers[key].n)
        s = candidate.sentence
        out.append(BriefSentence(candidate.document, s.start, s.end, s.text, tuple(sorted(set(markers)))))
    return Brief(documents, tuple(out), tuple(numbers.values()))


def _squeeze(text: str) -> tuple[str, list[int]]:
    index = [i for i, ch in enumerate(text) if not ch.isspace()]
    return "".join(text[i] for i in index), index
