"""Pages of stored documents: in the order they were stored, by language, joining up; an offset skips
entries of the `(ingested_at, id)` index, not rows."""
from __future__ import annotations

import re

from pharmalens.store import Store

from .bundles import article
from .statements import sqlite_plans, statements


def fill(store: Store) -> list[str]:
    ids = []
    for n in range(7):
        doc_id = f"bulletin-{n}.txt#1"
        store.save(article(doc_id, f"Bulletin {n}", f"Bulletin {n}: HRS-4357 dosing update, cohort {n * 3}.",
                           lang="zh" if n % 3 == 0 else "en"))
        ids.append(doc_id)
    return ids


def test_pages_of_documents_join_up_in_storing_order(store: Store) -> None:
    ids = fill(store)
    assert [d.id for d in store.documents(limit=100).items] == ids
    paged = [d.id for start in range(0, 8, 2) for d in store.documents(limit=2, offset=start).items]
    assert paged == ids
    chinese = store.documents(lang="zh", limit=1, offset=1)
    assert [d.id for d in chinese.items] == [ids[3]] and chinese.total == 3
    assert store.documents(limit=2, offset=6).total == 7


def test_a_page_finds_its_ids_in_the_index_before_reading_rows(store: Store, url: str) -> None:
    fill(store)
    with statements() as seen:
        page = store.documents(limit=2, offset=3)
    assert [d.title for d in page.items] == ["Bulletin 3", "Bulletin 4"]
    read, = [(s, p) for s, p in seen if "OFFSET" in s]
    if url.startswith("sqlite"):  # SQLite skips the offset's rows in the index without reading them
        plan, = sqlite_plans(url, [read])
        assert any("USING INDEX ix_documents_ingested_at_id" in row for row in plan), plan
        assert not any("TEMP B-TREE" in row for row in plan), plan
        return
    statement = " ".join(read[0].split())
    assert re.search(r"WHERE documents\.id IN \(SELECT \w+\.id FROM documents( AS \w+)? ORDER BY", statement), statement
