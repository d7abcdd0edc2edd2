"""Full-text search over documents, on a folded copy: traditional characters read as simplified ones
and full-width forms as ASCII, so a query in either script or width finds both. FTS5 (trigram) on
SQLite, tsvector on PostgreSQL, ranked best first.

Each document keeps its folded title and text (`search_title`, `search_text`, NULL where folding
changes nothing) for the indexes to read; folding keeps every character in place, so a match found in
the folded copy marks the same characters of the text as written. Terms shorter than a trigram on
SQLite, and any query with CJK characters on PostgreSQL, fall back to a substring match (LIKE /
ILIKE), ranked by how often the terms occur (a title occurrence counts TITLE_WEIGHT times).
PostgreSQL's parser reads a code glued to Chinese text (诺华HRS-4357授权) as part of one long word, so
on PostgreSQL a word query that finds fewer than `limit` documents is topped up by substring matches
in Chinese ones.
"""
from __future__ import annotations

import re
from typing import Any

from sqlalchemy import ColumnElement, and_, func, literal, or_, select, text
from sqlalchemy.orm import Session

from pharmalens.documents.normalise import fold_forms

from .database import StoreError
from .schema import DocumentRow

MARK_START, MARK_END = "[", "]"
SNIPPET_CHARS = 60
MAX_LIMIT = 1000
TITLE_WEIGHT = 5
CJK = re.compile(r"[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\uac00-\ud7af]")

SQLITE_QUERY = text(
    "SELECT id FROM documents_fts WHERE documents_fts MATCH :match ORDER BY rank LIMIT :limit OFFSET :offset")
POSTGRES_QUERY = text(
    "SELECT id FROM documents, websearch_to_tsquery('english'::regconfig, :query) AS q "
    "WHERE search_vector @@ q ORDER BY ts_rank(search_vector, q) DESC, id LIMIT :limit OFFSET :offset")
FOLDED_TITLE = func.coalesce(DocumentRow.search_title, DocumentRow.title)
FOLDED_TEXT = func.coalesce(DocumentRow.search_text, DocumentRow.text)


def search_forms(title: str | None, body: str | None) -> dict[str, str | None]:
    """The folded copies a document row keeps for search: None where folding changes nothing."""
    folded_title, folded_text = fold_forms(title or ""), fold_forms(body or "")
    return {"search_title": folded_title if folded_title != (title or "") else None,
            "search_text": folded_text if folded_text != (body or "") else None}


def search(session: Session, query: str, limit: int = 20, offset: int = 0) -> list[dict[str, Any]]:
    """Documents matching every term of `query`, best first, from `offset`: {"id", "name", "title",
    "snippet", "text", "marks"}; `text` is the excerpt as written, `marks` the [start, end) of each
    match in it, and `snippet` the same excerpt with the matches in [brackets]."""
    if not 1 <= limit <= MAX_LIMIT:
        raise StoreError(f"search limit must be between 1 and {MAX_LIMIT}, got {limit}", code="bad_limit")
    if offset < 0:
        raise StoreError(f"search offset must be 0 or more, got {offset}", code="bad_offset")
    terms = query_terms(fold_forms(query))
    dialect = session.get_bind().dialect.name
    page = {"limit": limit, "offset": offset}
    if dialect == "sqlite" and all(len(term) >= 3 for term in terms):
        ids = list(session.scalars(SQLITE_QUERY, {"match": fts5_match(terms), **page}))
    elif dialect == "postgresql" and not CJK.search(" ".join(terms)):
        ids = list(session.scalars(POSTGRES_QUERY, {"query": " ".join(terms), **page}))
        if len(ids) < limit:
            extra = ranked_substring_ids(session, terms, limit, chinese_only=True)
            ids += [doc_id for doc_id in extra if doc_id not in ids][:limit - len(ids)]
    else:
        ids = ranked_substring_ids(session, terms, limit, offset=offset)
    return hits(session, ids, terms)


def query_terms(query: str) -> list[str]:
    terms = [term.strip('"') for term in query.split()]
    terms = [term for term in terms if term]
    if not terms:
        raise StoreError("the search query is empty; give at least one word", code="empty_query")
    return terms


def fts5_match(terms: list[str]) -> str:
    """Each term as an FTS5 string, so that query syntax in user input is taken literally."""
    return " ".join('"' + term.replace('"', '""') + '"' for term in terms)


def ranked_substring_ids(session: Session, terms: list[str], limit: int, chinese_only: bool = False,
                         offset: int = 0) -> list[str]:
    conditions = [DocumentRow.lang.like("zh%")] if chinese_only else []
    conditions += [or_(FOLDED_TITLE.ilike(pattern, escape="\\"), FOLDED_TEXT.ilike(pattern, escape="\\"))
                   for pattern in (like_pattern(term) for term in terms)]
    score = sum((TITLE_WEIGHT * occurrences(FOLDED_TITLE, term) + occurrences(FOLDED_TEXT, term) for term in terms),
                literal(0))
    query = (select(DocumentRow.id).where(and_(*conditions))
             .order_by(score.desc(), DocumentRow.ingested_at.desc(), DocumentRow.id).limit(limit).offset(offset))
    return list(session.scalars(query))


def occurrences(column: ColumnElement[str], term: str) -> ColumnElement[int]:
    """How often `term` occurs in `column`, case aside (ASCII case on SQLite)."""
    lowered = func.lower(column)
    return (func.length(lowered) - func.length(func.replace(lowered, term.lower(), ""))) / len(term.lower())


def like_pattern(term: str) -> str:
    escaped = term.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    return f"%{escaped}%"


def hits(session: Session, ids: list[str], terms: list[str]) -> list[dict[str, Any]]:
    if not ids:
        return []
    query = select(DocumentRow.id, DocumentRow.name, DocumentRow.title, DocumentRow.text,
                   DocumentRow.search_text).where(DocumentRow.id.in_(ids))
    rows = {row.id: row for row in session.execute(query)}
    return [{"id": doc_id, "name": rows[doc_id].name, "title": rows[doc_id].title,
             **excerpt(rows[doc_id].text, rows[doc_id].search_text or rows[doc_id].text, terms)}
            for doc_id in ids if doc_id in rows]


def excerpt(body: str, folded: str, terms: list[str]) -> dict[str, Any]:
    """About SNIPPET_CHARS characters either side of the first match in the folded copy, cut from the
    text as written (the two are the same length), with every match in it marked."""
    key = same_length_lower(folded)
    pattern = re.compile("|".join(re.escape(same_length_lower(t)) for t in sorted(terms, key=len, reverse=True)))
    first = pattern.search(key)
    at = first.start() if first else 0
    start = max(0, at - SNIPPET_CHARS) if first else 0
    end = min(len(body), (at + SNIPPET_CHARS) if first else 2 * SNIPPET_CHARS)
    if first:
        end = max(end, min(len(body), first.end()))
    prefix, suffix = ("…" if start else ""), ("…" if end < len(body) else "")
    spans = [(m.start() - start, m.end() - start) for m in pattern.finditer(key, start, end)]
    fragment = body[start:end]
    marked, at = [prefix], 0
    for left, right in spans:
        marked += [fragment[at:left], MARK_START, fragment[left:right], MARK_END]
        at = right
    marked += [fragment[at:], suffix]
    return {"snippet": "".join(marked), "text": prefix + fragment + suffix,
            "marks": [[left + len(prefix), right + len(prefix)] for left, right in spans]}


def same_length_lower(value: str) -> str:
    lowered = value.lower()
    if len(lowered) == len(value):
        return lowered
    return "".join(ch.lower() if len(ch.lower()) == 1 else ch for ch in value)
