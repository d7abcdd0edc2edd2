"""What Alembic compares with the metadata: everything but the full-text search objects, which
migration 0002 creates outside it (an FTS5 table on SQLite, a tsvector column and index on PostgreSQL)."""
from __future__ import annotations

from typing import Any

SEARCH_TABLE_PREFIX = "documents_fts"
SEARCH_COLUMN = "search_vector"
SEARCH_INDEX = "ix_documents_search_vector"


def include_name(name: str | None, type_: str, _parent_names: Any) -> bool:
    """Alembic filter: the full-text search objects of migration 0002 live outside the metadata."""
    if type_ == "table" and name and name.startswith(SEARCH_TABLE_PREFIX):
        return False
    return not (type_ == "column" and name == SEARCH_COLUMN) and not (type_ == "index" and name == SEARCH_INDEX)
