"""Search on folded forms: each document keeps its title and text with traditional characters as
simplified ones and full-width forms as ASCII (`search_title`, `search_text`; NULL where that changes
nothing), and the full-text indexes read those copies, so a query in either script finds both.

SQLite: `documents_fts` is filled from the folded copies, kept in step by triggers. PostgreSQL: the
generated tsvector column reads them.

Revision ID: 0009
Revises: 0008
Create Date: 2026-11-29
"""
from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

from pharmalens.store.search import search_forms

revision: str = "0009"
down_revision: str | Sequence[str] | None = "0008"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

BATCH = 200


def fts_statements(title: str, body: str, columns: str) -> list[str]:
    values = f"VALUES (new.id, {title.format(row='new')}, {body.format(row='new')})"
    return [
        "CREATE VIRTUAL TABLE documents_fts USING fts5(id UNINDEXED, title, text, tokenize='trigram')",
        (f"INSERT INTO documents_fts (id, title, text) SELECT id, {title.format(row='documents')}, "
         f"{body.format(row='documents')} FROM documents"),
        f"""CREATE TRIGGER documents_fts_insert AFTER INSERT ON documents BEGIN
             INSERT INTO documents_fts (id, title, text) {values};
           END""",
        """CREATE TRIGGER documents_fts_delete AFTER DELETE ON documents BEGIN
             DELETE FROM documents_fts WHERE id = old.id;
           END""",
        f"""CREATE TRIGGER documents_fts_update AFTER UPDATE OF {columns} ON documents BEGIN
             DELETE FROM documents_fts WHERE id = old.id;
             INSERT INTO documents_fts (id, title, text) {values};
           END""",
    ]


SQLITE_DROP = ["DROP TRIGGER IF EXISTS documents_fts_update", "DROP TRIGGER IF EXISTS documents_fts_delete",
               "DROP TRIGGER IF EXISTS documents_fts_insert", "DROP TABLE IF EXISTS documents_fts"]
SQLITE_UP = SQLITE_DROP + fts_statements("coalesce({row}.search_title, {row}.title)",
                                         "coalesce({row}.search_text, {row}.text)",
                                         "id, title, text, search_title, search_text")
SQLITE_DOWN = SQLITE_DROP + fts_statements("{row}.title", "{row}.text", "id, title, text")


def postgres_statements(title: str, body: str) -> list[str]:
    return ["DROP INDEX IF EXISTS ix_documents_search_vector",
            "ALTER TABLE documents DROP COLUMN IF EXISTS search_vector",
            f"""ALTER TABLE documents ADD COLUMN search_vector tsvector GENERATED ALWAYS AS
                 (to_tsvector('english'::regconfig, coalesce({title}, '') || ' ' || coalesce({body}, ''))) STORED""",
            "CREATE INDEX ix_documents_search_vector ON documents USING gin (search_vector)"]


POSTGRES_UP = postgres_statements("coalesce(search_title, title)", "coalesce(search_text, text)")
POSTGRES_DOWN = postgres_statements("title", "text")


def upgrade() -> None:
    op.add_column("documents", sa.Column("search_title", sa.Text(), nullable=True))
    op.add_column("documents", sa.Column("search_text", sa.Text(), nullable=True))
    fill_folded_copies(op.get_bind())
    for statement in _statements(up=True):
        op.execute(statement)


def downgrade() -> None:
    with op.batch_alter_table("documents") as batch:
        batch.drop_column("search_text")
        batch.drop_column("search_title")
    for statement in _statements(up=False):
        op.execute(statement)


def fill_folded_copies(connection: sa.Connection) -> None:
    documents = sa.table("documents", sa.column("id"), sa.column("title"), sa.column("text"),
                         sa.column("search_title"), sa.column("search_text"))
    update = (documents.update().where(documents.c.id == sa.bindparam("key"))
              .values(search_title=sa.bindparam("folded_title"), search_text=sa.bindparam("folded_text")))
    after = ""
    while True:
        rows = connection.execute(sa.select(documents.c.id, documents.c.title, documents.c.text)
                                  .where(documents.c.id > after).order_by(documents.c.id).limit(BATCH)).all()
        if not rows:
            return
        folded = [(doc_id, search_forms(title, body)) for doc_id, title, body in rows]
        changed = [{"key": doc_id, "folded_title": forms["search_title"], "folded_text": forms["search_text"]}
                   for doc_id, forms in folded if any(forms.values())]
        if changed:
            connection.execute(update, changed)
        after = rows[-1][0]


def _statements(up: bool) -> list[str]:
    dialect = op.get_bind().dialect.name
    if dialect == "sqlite":
        return SQLITE_UP if up else SQLITE_DOWN
    if dialect == "postgresql":
        return POSTGRES_UP if up else POSTGRES_DOWN
    return []
