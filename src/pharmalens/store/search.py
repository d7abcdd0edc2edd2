"""Full-text search over documents: FTS5 (trigram) on SQLite, tsvector on PostgreSQL.

Terms shorter than a trigram on SQLite, and any query with CJK characters on PostgreSQL, fall back
to a substring match (LIKE / ILIKE), which finds Chinese words of any length. PostgreSQL's parser
reads a code glued to Chinese text (诺华HRS-4357授权) as part of one long word, so on PostgreSQL a
word query that finds fewer than `limit` documents is topped up by substring matches in Chinese ones.
"""
from __future__ import annotations

import re
from typing import Any

from sqlalchemy import and_, or_, select, text
from sqlalchemy.orm import Session

from .database import StoreError
from .schema import DocumentRow

MARK_START, MARK_END = "[", "]"
SNIPPET_CHARS = 60
MAX_LIMIT = 1000
CJK = re.compile(r"[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\uac00-\ud7af]")

SQLITE_QUERY = text(
    "SELECT id, title, text FROM documents_fts WHERE documents_fts MATCH :match ORDER BY rank "
    "LIMIT :limit OFFSET :offset")
POSTGRES_QUERY = text(
    "SELECT id, title, ts_headline('english'::regconfig, text, query, "
    f"'StartSel={MARK_START}, StopSel={MARK_END}, MaxWords=24, MinWords=8, MaxFragments=1') AS snippet "
    "FROM (SELECT id, title, text, ts_rank(search_vector, q) AS score, q AS query "
    "      FROM documents, websearch_to_tsquery('english'::regconfig, :query) AS q "
    "      WHERE search_vector @@ q ORDER BY score DESC, id LIMIT :limit OFFSET :offset) AS hits "
    "ORDER BY score DESC, id")


def search(session: Session, query: str, limit: int = 20, offset: int = 0) -> list[dict[str, Any]]:
    """Documents matching every term of `query`, best first, from `offset`: {"id", "title", "snippet"}."""
    terms = query_terms(query)
    if not 1 <= limit <= MAX_LIMIT:
        raise StoreError(f"search limit must be between 1 and {MAX_LIMIT}, got {limit}", code="bad_limit")
    if offset < 0:
        raise StoreError(f"search offset must be 0 or more, got {offset}", code="bad_offset")
    dialect = session.get_bind().dialect.name
    if dialect == "sqlite" and all(len(term) >= 3 for term in terms):
        rows = session.execute(SQLITE_QUERY, {"match": fts5_match(terms), "limit": limit, "offset": offset})
        return [{"id": doc_id, "title": title, "snippet": snippet(body, terms)} for doc_id, title, body in rows]
    if dialect == "postgresql" and not CJK.search(query):
        params = {"query": query, "limit": limit, "offset": offset}
        hits = [dict(row._mapping) for row in session.execute(POSTGRES_QUERY, params)]
        if len(hits) < limit:
            found = {hit["id"] for hit in hits}
            extra = substring_search(session, terms, limit, chinese_only=True)
            hits += [hit for hit in extra if hit["id"] not in found][:limit - len(hits)]
        return hits
    return substring_search(session, terms, limit, offset=offset)


def query_terms(query: str) -> list[str]:
    terms = [term.strip('"') for term in query.split()]
    terms = [term for term in terms if term]
    if not terms:
        raise StoreError("the search query is empty; give at least one word", code="empty_query")
    return terms


def fts5_match(terms: list[str]) -> str:
    """Each term as an FTS5 string, so that query syntax in user input is taken literally."""
    return " ".join('"' + term.replace('"', '""') + '"' for term in terms)


def substring_search(session: Session, terms: list[str], limit: int, chinese_only: bool = False,
                     offset: int = 0) -> list[dict[str, Any]]:
    conditions = [DocumentRow.lang.like("zh%")] if chinese_only else []
    conditions += [or_(DocumentRow.title.ilike(pattern, escape="\\"), DocumentRow.text.ilike(pattern, escape="\\"))
                  for pattern in (like_pattern(term) for term in terms)]
    query = (select(DocumentRow.id, DocumentRow.title, DocumentRow.text).where(and_(*conditions))
             .order_by(DocumentRow.ingested_at.desc(), DocumentRow.id).limit(limit).offset(offset))
    return [{"id": doc_id, "title": title, "snippet": snippet(body, terms)}
            for doc_id, title, body in session.execute(query)]


def like_pattern(term: str) -> str:
    escaped = term.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    return f"%{escaped}%"


def snippet(body: str, terms: list[str]) -> str:
    """About SNIPPET_CHARS characters either side of the first term found, terms marked; the
    trigram tokenizer's own snippets are cut mid-word, so SQLite uses this one too."""
    lowered = body.lower()
    found = [(lowered.find(term.lower()), term) for term in terms]
    found = [(at, term) for at, term in found if at >= 0]
    if not found:
        return body[:2 * SNIPPET_CHARS]
    at = min(found)[0]
    start, end = max(0, at - SNIPPET_CHARS), min(len(body), at + SNIPPET_CHARS)
    window = body[start:end]
    pattern = re.compile("|".join(re.escape(term) for term in sorted(terms, key=len, reverse=True)), re.I)
    marked = pattern.sub(lambda m: f"{MARK_START}{m.group(0)}{MARK_END}", window)
    return ("…" if start else "") + marked + ("…" if end < len(body) else "")
