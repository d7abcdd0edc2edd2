"""Where each fact's evidence sits in a document's stored text, and the text cut into segments
for highlighting.

Evidence spans index the decoded source FILE; the stored article text may differ (joined line
breaks, repaired layout). So the quote is searched in the stored text, whitespace-insensitively,
nearest to where the span says it should be; the span, shifted by the document's start, is the
fallback when the quote cannot be found.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

Span = tuple[int, int]


@dataclass
class Segment:
    text: str
    id: str | None = None  # "seg-<n>" for marked segments
    facts: list[str] = field(default_factory=list)


def quote_pattern(quote: str) -> re.Pattern[str] | None:
    tokens = quote.split()
    if not tokens:
        return None
    return re.compile(r"\s*".join(re.escape(token) for token in tokens))


def find_quote(text: str, quote: str, expected: int) -> Span | None:
    pattern = quote_pattern(quote)
    if pattern is None:
        return None
    matches = [(m.start(), m.end()) for m in pattern.finditer(text)]
    if not matches:
        return None
    return min(matches, key=lambda m: abs(m[0] - expected))


def locate(text: str, doc_start: int, evidence: dict[str, Any]) -> Span | None:
    start, end = int(evidence.get("start", 0)) - doc_start, int(evidence.get("end", 0)) - doc_start
    found = find_quote(text, str(evidence.get("quote") or ""), start)
    if found:
        return found
    if 0 <= start < end <= len(text):
        return start, end
    return None


def locate_evidence(text: str, span: list[int] | tuple[int, int],
                    facts: dict[str, list[dict[str, Any]]]) -> dict[str, list[list[int] | None]]:
    """Per fact id, per evidence item: [start, end] in the stored text, or None if not found."""
    doc_start = int(span[0]) if span else 0
    out: dict[str, list[list[int] | None]] = {}
    for records in facts.values():
        for record in records:
            places = [locate(text, doc_start, ev) for ev in record.get("evidence") or []]
            out[record["id"]] = [list(p) if p else None for p in places]
    return out


def segments(text: str, located: dict[str, list[list[int] | None]]) -> tuple[list[Segment], dict[str, str]]:
    """The text cut at every evidence boundary; each piece lists the facts whose evidence covers it.
    Also returns, per fact id, the id of its first marked segment (the scroll target)."""
    marks = [(s[0], s[1], fact) for fact, spans in located.items() for s in spans if s and s[0] < s[1]]
    cuts = sorted({0, len(text), *(p for s, e, _ in marks for p in (s, e))})
    pieces: list[Segment] = []
    first: dict[str, tuple[int, str]] = {}
    for left, right in zip(cuts, cuts[1:]):
        covering = sorted({fact for s, e, fact in marks if s <= left and right <= e})
        if not covering:
            pieces.append(Segment(text[left:right]))
            continue
        seg_id = f"seg-{len(pieces)}"
        pieces.append(Segment(text[left:right], seg_id, covering))
        for fact in covering:
            if fact not in first or left < first[fact][0]:
                first[fact] = (left, seg_id)
    return pieces, {fact: seg for fact, (_, seg) in first.items()}
