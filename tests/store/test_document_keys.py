"""Migration 0006: stores written with "<file name>#<n>" document ids get content-hash ids, with
their facts and corrections following, and ingesting the same files afterwards changes nothing."""
from __future__ import annotations

import dataclasses
import importlib.util
from pathlib import Path

import pytest
import sqlalchemy as sa

from pharmalens import pipeline
from pharmalens.model.contract import record_to_json
from pharmalens.model.records import document_id
from pharmalens.settings import Settings
from pharmalens.store import Store, migrate
from pharmalens.store.writes import document_values

ROOT = Path(__file__).resolve().parents[2]
MIGRATION = ROOT / "src" / "pharmalens" / "store" / "migrations" / "versions" / "0006_document_keys.py"
BEFORE = "0003"
ONE = Settings(workers=1)


def migration():
    spec = importlib.util.spec_from_file_location("document_keys", MIGRATION)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_the_frozen_hashes_agree_with_the_code():
    keys = migration()
    result = pipeline.extract([ROOT / "tests" / "data" / "gold" / "text"], ONE)
    records = [r for rs in result.records.values() for r in rs]
    assert len(records) > 200 and {r.kind for r in records} >= {"deal", "financial", "facility", "clinical"}
    for record in records:
        assert keys.fact_key(record.kind, record.document, record_to_json(record)) == record.id
        moved = dataclasses.replace(record, document="x.txt#1")
        assert keys.fact_key(record.kind, "x.txt#1", record_to_json(moved)) == moved.id
    for doc in result.documents:
        assert keys.document_key(doc.source, doc.content_hash) == doc.id == document_id(doc.source, doc.content_hash)


@pytest.fixture
def news(tmp_path: Path) -> Path:
    folder = tmp_path / "news"
    folder.mkdir()
    (folder / "licence.txt").write_text(
        "BOSTON, April 2, 2026 -- Northwind Bio Inc. announced an exclusive license agreement with Kestrel "
        "Oncology Inc. for NW-9, a Phase I antibody, with an upfront payment of $10 million.\n", encoding="utf-8")
    (folder / "results.txt").write_text(
        "澜沧核药股份有限公司发布业绩。2026年一季度，公司实现营业收入3.46亿元，同比增长18.2%。"
        "2025年8月，澜沧核药与Solenne Pharma签署授权许可协议，首付款及里程碑总金额最高至2.36亿欧元。\n",
        encoding="utf-8")
    return folder


def write_as_before(url: str, folder: Path) -> dict[str, str]:
    """The rows the code before 0004 wrote for `folder` (document id "<file name>#<n>", facts hashed
    with it), in a database at revision 0003; returns old document id -> source."""
    result = pipeline.extract([folder], ONE)
    engine = sa.create_engine(url)
    try:
        with engine.begin() as connection:
            tables = sa.MetaData()
            tables.reflect(connection, only=["documents", "facts", "companies"])
            documents, facts, companies = (tables.tables[n] for n in ("documents", "facts", "companies"))
            for doc in result.documents:
                values = {k: v for k, v in document_values(doc).items() if k in documents.c}
                connection.execute(documents.insert().values({**values, "id": doc.name, "ingested_at": sa.func.now()}))
            for kind_records in result.records.values():
                for record in kind_records:
                    old = dataclasses.replace(record, document=next(d.name for d in result.documents
                                                                     if d.id == record.document))
                    payload = record_to_json(old)
                    connection.execute(facts.insert().values(
                        id=old.id, kind=old.kind, document_id=old.document, payload=payload,
                        company=getattr(old, "company", None) or getattr(old, "licensor", None),
                        asset=getattr(old, "asset", None), created_at=sa.func.now()))
            for company in result.companies:
                connection.execute(companies.insert().values(name=company.name, kind=company.kind,
                                                             provisional=company.provisional,
                                                             aliases=company.aliases))
    finally:
        engine.dispose()
    return {doc.name: doc.source for doc in result.documents}


def test_an_old_store_upgrades_and_reingest_changes_nothing(url: str, news: Path) -> None:
    with Store(url) as store:
        migrate.upgrade(store._engine, BEFORE)
    old = write_as_before(url, news)
    with Store(url) as store:
        migrate.upgrade(store._engine, BEFORE)  # still there: nothing else ran
        deal = next(f for f in [f.to_json() for f in store.facts("deal")] if f["upfront"])
        financial = [f.to_json() for f in store.facts("financial")][0]
    assert deal["document"] in old and financial["document"] in old
    with Store(url) as store:
        store.upgrade()
        documents = [d.to_json() for d in store.documents(limit=10_000).items]
        assert {d["name"] for d in documents} == set(old)
        for d in documents:
            assert d["id"] == document_id(old[d["name"]], store_hash(store, d["id"]))
        corrected = store.correct(next(f["id"] for f in [f.to_json() for f in store.facts("deal")] if f["upfront"]), "territory",
                                  "Greater China", "before re-reading")
        ids = {f["id"] for f in [f.to_json() for f in store.facts()]}
        assert all(f["document"] in {d["id"] for d in documents} for f in [f.to_json() for f in store.facts()])
        summary = pipeline.run([news], store, ONE)
        assert (summary.stored, summary.unchanged, summary.skipped) == (0, len(old), [])
        assert {f["id"] for f in [f.to_json() for f in store.facts()]} == ids
        assert next(f for f in [f.to_json() for f in store.facts("deal")] if f["id"] == corrected["record_id"])["territory"] == "Greater China"
        assert store.search("Northwind") or store.backend != "sqlite"


def test_corrections_made_before_the_upgrade_follow_their_fact(url: str, news: Path) -> None:
    with Store(url) as store:
        migrate.upgrade(store._engine, BEFORE)
    write_as_before(url, news)
    with Store(url) as store:
        migrate.upgrade(store._engine, BEFORE)
        engine = store._engine
        deal = next(f for f in [f.to_json() for f in store.facts("deal")] if f["upfront"])
        corrections = sa.table("corrections", sa.column("record_id"), sa.column("field"),
                               sa.column("old_value", sa.JSON), sa.column("new_value", sa.JSON),
                               sa.column("note"), sa.column("created_at"))
        facts = sa.table("facts", sa.column("id"), sa.column("payload", sa.JSON))
        fixed = {"amount": 11, "currency": "USD"}
        with engine.begin() as connection:  # a correction made before the upgrade, as Store.correct makes it
            connection.execute(corrections.insert().values(record_id=deal["id"], field="upfront",
                                                           old_value=deal["upfront"], new_value=fixed,
                                                           note="typo", created_at=sa.func.now()))
            connection.execute(facts.update().where(facts.c.id == deal["id"]).values(payload={**deal, "upfront": fixed}))
        store.upgrade()
        trail = store.corrections()
        moved = next(f for f in [f.to_json() for f in store.facts("deal")] if f["id"] == trail[0]["record_id"])
        assert moved["upfront"] == {"amount": 11, "currency": "USD"} and moved["id"] != deal["id"]
        pipeline.run([news], store, ONE)
        again = next(f for f in [f.to_json() for f in store.facts("deal")] if f["id"] == trail[0]["record_id"])
        assert again["upfront"] == {"amount": 11, "currency": "USD"}
        assert len([f.to_json() for f in store.facts("deal")]) == 2


def test_an_infinity_stored_by_an_old_sqlite_store_is_cleared(tmp_path: Path, news: Path) -> None:
    url = f"sqlite:///{tmp_path / 'inf.db'}"
    with Store(url) as store:
        migrate.upgrade(store._engine, BEFORE)
    write_as_before(url, news)
    engine = sa.create_engine(url)  # the default serialiser writes Infinity, as older versions did
    facts = sa.table("facts", sa.column("id"), sa.column("kind"), sa.column("payload", sa.JSON))
    with engine.begin() as connection:
        for row in connection.execute(sa.select(facts.c.id, facts.c.payload).where(facts.c.kind == "deal")).all():
            poisoned = {**row.payload, "upfront": {"amount": float("inf"), "currency": "USD"}}
            connection.execute(facts.update().where(facts.c.id == row.id).values(payload=poisoned))
        assert "Infinity" in connection.execute(sa.text("SELECT payload FROM facts WHERE kind = 'deal'")).scalar()
    engine.dispose()
    with Store(url) as store:
        store.upgrade()
        assert all(f["upfront"] is None for f in [f.to_json() for f in store.facts("deal")])


def store_hash(store: Store, doc_id: str) -> str:
    return next(row["content_hash"] for row in store.export_records()
                if row["type"] == "document" and row["id"] == doc_id)
