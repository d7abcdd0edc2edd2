"""A store that an earlier version of pharmalens wrote with its own code (not rows this version writes
the old way) is upgraded in place: its documents and facts stay, and the knowledge tables are derived
from its facts without re-ingesting."""
from __future__ import annotations

import gzip
import json
import shutil
import sqlite3
from pathlib import Path

from pharmalens.store import Store, migrate

OLD_STORE = Path(__file__).resolve().parents[1] / "data" / "stores" / "before_knowledge_tables.db.gz"


def _copy(tmp_path: Path) -> Path:
    target = tmp_path / "previous.db"
    with gzip.open(OLD_STORE) as source, target.open("wb") as out:
        shutil.copyfileobj(source, out)
    return target


def _old_facts(path: Path) -> dict[str, list[dict]]:
    with sqlite3.connect(path) as connection:
        rows = connection.execute("select kind, payload from facts").fetchall()
    by_kind: dict[str, list[dict]] = {}
    for kind, payload in rows:
        by_kind.setdefault(kind, []).append(json.loads(payload))
    return by_kind


def test_a_store_written_by_the_version_before_the_knowledge_tables_is_upgraded_with_its_data(tmp_path):
    path = _copy(tmp_path)
    revision, documents, facts = _state(path)
    assert revision < "0007" and documents > 0 and facts > 0
    old = _old_facts(path)
    with Store(f"sqlite:///{path}") as store:
        store.upgrade()
        assert store.revision() == migrate.head_revision()
        counts = store.counts()
        assert counts["documents"] == documents
        deals = store.deals(limit=100).items
        assert {(d.licensor, d.licensee) for d in deals} == {(d["licensor"], d["licensee"]) for d in old["deal"]}
        assets = {a.name for a in store.assets(limit=100).items}
        assert {a["asset"] for a in old["asset"]} <= assets
        assert store.search("Solenne")
    assert _state(path)[1:] == (documents, facts)


def _state(path: Path) -> tuple[str, int, int]:
    with sqlite3.connect(path) as connection:
        (revision,) = connection.execute("select version_num from alembic_version").fetchone()
        (documents,) = connection.execute("select count(*) from documents").fetchone()
        (facts,) = connection.execute("select count(*) from facts").fetchone()
    return revision, documents, facts
