"""Full-text search over documents, and the corrections audit trail.

SQLite: an FTS5 table `documents_fts` (trigram tokenizer, so Chinese substrings match) kept in step
with `documents` by triggers. PostgreSQL: a generated tsvector column with a GIN index.

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-23
"""
from typing import Sequence, Union

import sqlalchemy as sa
from alembic import op

revision: str = "0002"
down_revision: Union[str, Sequence[str], None] = "0001"
branch_labels: Union[str, Sequence[str], None] = None
depends_on: Union[str, Sequence[str], None] = None

SQLITE_UP = [
    "CREATE VIRTUAL TABLE documents_fts USING fts5(id UNINDEXED, title, text, tokenize='trigram')",
    "INSERT INTO documents_fts (id, title, text) SELECT id, title, text FROM documents",
    """CREATE TRIGGER documents_fts_insert AFTER INSERT ON documents BEGIN
         INSERT INTO documents_fts (id, title, text) VALUES (new.id, new.title, new.text);
       END""",
    """CREATE TRIGGER documents_fts_delete AFTER DELETE ON documents BEGIN
         DELETE FROM documents_fts WHERE id = old.id;
       END""",
    """CREATE TRIGGER documents_fts_update AFTER UPDATE OF id, title, text ON documents BEGIN
         DELETE FROM documents_fts WHERE id = old.id;
         INSERT INTO documents_fts (id, title, text) VALUES (new.id, new.title, new.text);
       END""",
]
SQLITE_DOWN = [
    "DROP TRIGGER IF EXISTS documents_fts_update",
    "DROP TRIGGER IF EXISTS documents_fts_delete",
    "DROP TRIGGER IF EXISTS documents_fts_insert",
    "DROP TABLE IF EXISTS documents_fts",
]
POSTGRES_UP = [
    """ALTER TABLE documents ADD COLUMN search_vector tsvector GENERATED ALWAYS AS
         (to_tsvector('english'::regconfig, coalesce(title, '') || ' ' || coalesce(text, ''))) STORED""",
    "CREATE INDEX ix_documents_search_vector ON documents USING gin (search_vector)",
]
POSTGRES_DOWN = [
    "DROP INDEX IF EXISTS ix_documents_search_vector",
    "ALTER TABLE documents DROP COLUMN IF EXISTS search_vector",
]


def upgrade() -> None:
    op.create_table(
        "corrections",
        sa.Column("id", sa.Integer(), autoincrement=True, nullable=False),
        sa.Column("record_id", sa.String(), nullable=False),
        sa.Column("field", sa.String(), nullable=False),
        sa.Column("old_value", sa.JSON(), nullable=True),
        sa.Column("new_value", sa.JSON(), nullable=True),
        sa.Column("note", sa.Text(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("id", name="pk_corrections"),
    )
    op.create_index("ix_corrections_record_id", "corrections", ["record_id"])
    op.create_index("ix_corrections_created_at", "corrections", ["created_at"])
    for statement in _search_statements(up=True):
        op.execute(statement)


def downgrade() -> None:
    for statement in _search_statements(up=False):
        op.execute(statement)
    op.drop_index("ix_corrections_created_at", table_name="corrections")
    op.drop_index("ix_corrections_record_id", table_name="corrections")
    op.drop_table("corrections")


def _search_statements(up: bool) -> list[str]:
    dialect = op.get_bind().dialect.name
    if dialect == "sqlite":
        return SQLITE_UP if up else SQLITE_DOWN
    if dialect == "postgresql":
        return POSTGRES_UP if up else POSTGRES_DOWN
    return []
