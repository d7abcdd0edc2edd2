from __future__ import annotations

import dataclasses
import hashlib
from concurrent.futures import ThreadPoolExecutor
from decimal import Decimal

import pytest
import sqlalchemy as sa
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext

from pharmalens.model.contract import document_to_json, record_to_json
from pharmalens.model.records import (Asset, Company, Deal, Document, DocumentBundle, Evidence, FinancialMetric,
                                      Money, Skipped)
from pharmalens.store import SaveOutcome, Store, StoreError
from pharmalens.store.migrate import head_revision
from pharmalens.store.migration_filter import include_name
from pharmalens.store.schema import Base


def quote(text: str, part: str) -> list[Evidence]:
    start = text.index(part)
    return [Evidence(start, start + len(part), part)]


def make_bundle(name: str = "a.txt#1", text: str | None = None, companies: list[Company] | None = None,
                with_facts: bool = True) -> DocumentBundle:
    """One article in which Hengrui licenses HRS-4357 to Novartis, and its asset record."""
    text = text or (f"[{name}] 恒瑞医药与诺华签署协议，将HRS-4357授权给诺华，首付款1.58亿美元。"
                    "Hengrui licensed HRS-4357 to Novartis for $158 million upfront and up to $1.5 billion.")
    doc = Document(id=name, source=name.split("#")[0], text=text, span=(0, len(text)), title="恒瑞 licenses",
                   lang="zh-Hans", relevant=True, published="2026-05-20",
                   content_hash=hashlib.sha256(text.encode()).hexdigest())
    records = []
    if with_facts:
        records = [
            Deal(document=name, evidence=quote(text, "首付款1.58亿美元"), extractor="rules",
                 licensor="Hengrui", licensee="Novartis", asset="HRS-4357",
                 upfront=Money(Decimal("158"), "USD"), total=Money(Decimal("1500"), "USD", "up_to"),
                 announced="2026-05-20"),
            Asset(document=name, evidence=quote(text, "HRS-4357"), extractor="rules", company="Hengrui",
                  asset="HRS-4357", modality="rdc", target=["PSMA"], nuclide="Lu-177", stage="phase1"),
        ]
    if companies is None:
        companies = [Company("Hengrui", ["恒瑞医药"], "pharma"), Company("Novartis", ["诺华"], "pharma")]
    return DocumentBundle(document=doc, records=records, companies=companies)



def test_upgrade_twice_is_harmless(store: Store) -> None:
    store.upgrade()
    assert store.revision() == head_revision() is not None
    assert store.counts()["documents"] == 0


def test_unknown_schema_revision_is_a_store_error(store: Store, url: str) -> None:
    engine = sa.create_engine(url)
    try:
        with engine.begin() as connection:
            connection.execute(sa.text("UPDATE alembic_version SET version_num = '9999'"))
    finally:
        engine.dispose()
    with pytest.raises(StoreError, match="could not migrate .*9999"):
        store.upgrade()


def test_migrations_create_the_declared_schema(store: Store, url: str) -> None:
    engine = sa.create_engine(url)
    try:
        with engine.connect() as connection:
            context = MigrationContext.configure(connection, opts={"include_name": include_name})
            assert compare_metadata(context, Base.metadata) == []
    finally:
        engine.dispose()


def test_save_then_resave_changes_nothing(store: Store) -> None:
    bundle = make_bundle()
    assert store.save(bundle) == SaveOutcome("stored", "a.txt#1", facts_written=2)
    before = store.counts()
    assert store.save(bundle) == SaveOutcome("unchanged", "a.txt#1")
    assert store.save(make_bundle()) == SaveOutcome("unchanged", "a.txt#1")
    assert store.counts() == before
    assert (before["documents"], before["companies"], before["facts"], before["deals"], before["assets"]) == (1, 2, 2, 1, 1)
    (stored,) = store.documents().items
    assert {k: v for k, v in stored.to_json().items() if k in document_to_json(bundle.document)} == \
        document_to_json(bundle.document)
    assert stored.source_kind == "media" and store.document("a.txt#1").text == bundle.document.text
    assert list(store.document_texts()) == [("a.txt#1", bundle.document.text)]
    assert store.has_content(bundle.document.content_hash) == "a.txt#1"
    assert store.has_content("0" * 64) is None


def test_fact_payloads_are_the_contract_json(store: Store) -> None:
    bundle = make_bundle()
    store.save(bundle)
    deal = [f.to_json() for f in store.facts(kind="deal")][0]
    assert deal == record_to_json(bundle.records[0])
    assert deal["upfront"] == {"amount": 158, "currency": "USD"}
    assert deal["total"] == {"amount": 1500, "currency": "USD", "qualifier": "up_to"}
    text = bundle.document.text
    assert all(text[e["start"]:e["end"]] == e["quote"] for e in deal["evidence"])
    assert deal["extractor"] == "rules/1"


def test_exact_decimal_amounts_survive(store: Store) -> None:
    bundle = make_bundle(with_facts=False)
    text = bundle.document.text
    metric = FinancialMetric(document="a.txt#1", evidence=quote(text, "1.58亿美元"), extractor="rules",
                             company="Hengrui", period="FY2025", metric="revenue",
                             amount=Decimal("6156.50") / 100, currency="CNY")
    store.save(dataclasses.replace(bundle, records=[metric]))
    assert [f.to_json() for f in store.facts(kind="financials")][0]["amount"] == 61.565


def test_facts_filter_by_kind_and_document(store: Store) -> None:
    store.save(make_bundle("a.txt#1"))
    store.save(make_bundle("b.txt#1", text="Hengrui licensed HRS-4357 to Novartis. 首付款1.58亿美元 HRS-4357"))
    assert len([f.to_json() for f in store.facts()]) == 4
    assert [f["document"] for f in [f.to_json() for f in store.facts(kind="deal")]] == ["a.txt#1", "b.txt#1"]
    assert [f.to_json() for f in store.facts(kind="deals")] == [f.to_json() for f in store.facts(kind="deal")]
    assert {f["asset"] for f in [f.to_json() for f in store.facts(kind="asset")]} == {"HRS-4357"}
    assert {f["document"] for f in [f.to_json() for f in store.facts(document_id="b.txt#1")]} == {"b.txt#1"}
    assert len([f.to_json() for f in store.facts(kind="asset", document_id="b.txt#1")]) == 1
    assert [f.to_json() for f in store.facts(kind="clinical")] == []
    with pytest.raises(StoreError, match="unknown fact kind 'deel'"):
        [f.to_json() for f in store.facts(kind="deel")]
    page = store.fact_page("deals", {"company": "恒瑞医药"})
    assert [f.id for f in page.items] == [f.id for f in store.facts(kind="deal")] and page.total == 2
    assert store.fact_page("deals", {"asset": "hrs-4357"}, sort="date", order="desc").total == 2
    with pytest.raises(StoreError, match="no filter 'agency'"):
        store.fact_page("deals", {"agency": "FDA"})


def test_denormalised_columns(store: Store, url: str) -> None:
    store.save(make_bundle())
    engine = sa.create_engine(url)
    try:
        with engine.connect() as connection:
            rows = connection.execute(sa.text("SELECT kind, company, asset FROM facts ORDER BY kind")).all()
    finally:
        engine.dispose()
    assert [tuple(r) for r in rows] == [("asset", "Hengrui", "HRS-4357"), ("deal", "Hengrui", "HRS-4357")]


def test_failed_fact_insert_leaves_no_trace_of_the_document(store: Store) -> None:
    store.save(make_bundle("a.txt#1"))
    before = store.counts()
    bad = make_bundle("b.txt#1", text="Another article: HRS-4357 首付款1.58亿美元",
                      companies=[Company("Newco", ["新公司"], provisional=True)])
    bad.records[0] = dataclasses.replace(bad.records[0], royalty=object())
    with pytest.raises(StoreError, match="could not save document 'b.txt#1'.*JSON serializable"):
        store.save(bad)
    assert store.has_content(bad.document.content_hash) is None
    assert [d["id"] for d in [d.to_json() for d in store.documents(limit=10_000).items]] == ["a.txt#1"]
    assert "Newco" not in {c["name"] for c in [{"name": c.name, "aliases": c.aliases, "kind": c.kind, "provisional": c.provisional} for c in store.companies(limit=10_000).items]}
    assert store.counts() == before


def test_two_different_facts_under_one_id_are_refused(store: Store) -> None:
    bundle = make_bundle()
    deal = bundle.records[0]
    other = dataclasses.replace(deal, extractor="llm")
    assert other.id == deal.id and record_to_json(other) != record_to_json(deal)
    bundle.records.append(other)
    with pytest.raises(StoreError, match="two different facts share the id"):
        store.save(bundle)
    assert store.counts()["documents"] == 0 and store.counts()["companies"] == 0


def test_the_same_fact_twice_keeps_both_quotes(store: Store) -> None:
    bundle = make_bundle()
    deal = bundle.records[0]
    bundle.records.append(dataclasses.replace(deal, evidence=quote(bundle.document.text, "$158 million")))
    assert store.save(bundle).facts_written == 2
    quotes = [e["quote"] for e in [f.to_json() for f in store.facts(kind="deal")][0]["evidence"]]
    assert quotes == ["首付款1.58亿美元", "$158 million"]


def test_record_of_another_document_is_refused(store: Store) -> None:
    bundle = make_bundle()
    bundle.records[0] = dataclasses.replace(bundle.records[0], document="z.txt#9")
    with pytest.raises(StoreError, match="bundled with document 'a.txt#1'"):
        store.save(bundle)
    assert [d.to_json() for d in store.documents(limit=10_000).items] == []


def test_company_aliases_merge_across_documents(store: Store) -> None:
    store.save(make_bundle("a.txt#1", companies=[Company("Novartis", ["诺华"], "pharma"),
                                                 Company("Lanbo", ["蓝博"], provisional=True)]))
    outcome = store.save(make_bundle("b.txt#1", text="Novartis AG (诺华) and 蓝博生物 HRS-4357 首付款1.58亿美元",
                                     companies=[Company("Novartis", ["Novartis AG", "诺华", "Novartis"]),
                                                Company("Lanbo", ["蓝博生物"], "biotech", True)]))
    assert outcome.status == "stored"
    assert [{"name": c.name, "aliases": c.aliases, "kind": c.kind, "provisional": c.provisional} for c in store.companies(limit=10_000).items] == [
        {"name": "Lanbo", "aliases": ["蓝博", "蓝博生物"], "kind": "biotech", "provisional": True},
        {"name": "Novartis", "aliases": ["诺华", "Novartis AG"], "kind": "pharma", "provisional": False},
    ]
    store.save(make_bundle("c.txt#1", text="蓝博 HRS-4357 首付款1.58亿美元", companies=[Company("Lanbo")]))
    assert [{"name": c.name, "aliases": c.aliases, "kind": c.kind, "provisional": c.provisional} for c in store.companies(limit=10_000).items][0]["provisional"] is False


def test_concurrent_writers_merge_the_same_companies(store: Store, url: str) -> None:
    def write_articles(worker: int) -> list[str]:
        with Store(url) as own:
            return [own.save(make_bundle(f"w{worker}.txt#{n}", text=f"worker {worker} article {n}: HRS-4357 首付款1.58亿美元",
                                         companies=[Company("Novartis", [f"诺华{worker}"]), Company("Hengrui")])).status
                    for n in range(1, 6)]

    with ThreadPoolExecutor(max_workers=3) as pool:
        statuses = [status for batch in pool.map(write_articles, range(3)) for status in batch]
    assert statuses == ["stored"] * 15
    counts = store.counts()
    assert (counts["documents"], counts["companies"], counts["facts"]) == (15, 2, 30)
    novartis = next(c for c in [{"name": c.name, "aliases": c.aliases, "kind": c.kind, "provisional": c.provisional} for c in store.companies(limit=10_000).items] if c["name"] == "Novartis")
    assert sorted(novartis["aliases"]) == ["诺华0", "诺华1", "诺华2"]


def test_same_content_under_another_id_is_a_duplicate(store: Store) -> None:
    first = make_bundle("a.txt#1", text="Same article HRS-4357 首付款1.58亿美元")
    store.save(first)
    second = make_bundle("b.txt#2", text=first.document.text)
    assert store.save(second) == SaveOutcome("duplicate", "b.txt#2", duplicate_of="a.txt#1")
    assert store.counts()["documents"] == 1


def test_changed_document_replaces_its_facts(store: Store) -> None:
    store.save(make_bundle())
    revised = make_bundle(text="Revised: Hengrui licensed HRS-4357 to Novartis, 首付款1.58亿美元.")
    revised.records.pop()
    outcome = store.save(revised)
    assert (outcome.status, outcome.facts_written, outcome.facts_removed) == ("stored", 1, 1)
    assert store.has_content(revised.document.content_hash) == "a.txt#1"
    assert store.counts()["assets"] == 0 and store.counts()["deals"] == 1


def test_ingest_runs_are_recorded(store: Store) -> None:
    first = store.record_run(files=2, articles=3, facts=5, skipped=[Skipped("x.pdf", "binary", "not text")])
    assert store.record_run(files=0, articles=0, facts=0, skipped=[]) == first + 1


def test_sqlite_uses_wal_and_foreign_keys(tmp_path) -> None:
    with Store(f"sqlite:///{tmp_path / 'pragmas.db'}") as store:
        with store._engine.connect() as connection:
            assert connection.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
            assert connection.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1


def test_reading_before_upgrade_says_what_to_do(tmp_path) -> None:
    with Store(f"sqlite:///{tmp_path / 'empty.db'}") as store:
        with pytest.raises(StoreError, match="run upgrade"):
            store.counts()


def test_unopenable_sqlite_file_is_a_store_error(tmp_path) -> None:
    with pytest.raises(StoreError, match="cannot connect to database sqlite:///.*missing"):
        Store(f"sqlite:///{tmp_path / 'missing' / 'dir' / 'x.db'}")


def test_unreachable_postgres_masks_the_password() -> None:
    pytest.importorskip("psycopg", reason="psycopg not installed: pip install 'psycopg[binary]==3.3.9'")
    with pytest.raises(StoreError) as caught:
        Store("postgresql+psycopg://user:secret@127.0.0.1:1/db")
    message = str(caught.value)
    assert "postgresql+psycopg://user:***@127.0.0.1:1/db" in message
    assert "secret" not in message
    assert caught.value.__cause__ is None


def test_not_a_url_is_a_store_error() -> None:
    with pytest.raises(StoreError, match="not a database URL"):
        Store("nonsense")


def test_evidence_roundtrip_is_exact_for_chinese(store: Store) -> None:
    bundle = make_bundle()
    store.save(bundle)
    (_doc_id, text), = list(store.document_texts())
    facts = [f.to_json() for f in store.facts()]
    quotes = [e["quote"] for fact in facts for e in fact["evidence"]]
    assert len(facts) == len(bundle.records) > 0 and any(ch >= "\u4e00" for q in quotes for ch in q)
    for fact in facts:
        assert fact["evidence"] and all(text[e["start"]:e["end"]] == e["quote"] for e in fact["evidence"])


def test_non_finite_numbers_are_never_stored(store: Store) -> None:
    poisoned = make_bundle("inf.txt#1")
    deal = poisoned.records[0]
    deal.upfront = Money(Decimal("Infinity"), "USD")
    with pytest.raises(StoreError):
        store.save(poisoned)
    assert store.counts()["documents"] == 0
    store.save(make_bundle("ok.txt#1"))
    fact_id = [f.to_json() for f in store.facts("deals")][0]["id"]
    for value in ('{"amount": Infinity, "currency": "USD"}', "NaN", float("-inf")):
        with pytest.raises(StoreError):
            store.correct(fact_id, "upfront", value, "typo")
    assert [f.to_json() for f in store.facts("deals")][0]["upfront"]["amount"] == 158
    row = {"type": "company", "name": "Nanco", "kind": "other", "provisional": True, "aliases": [float("nan")]}
    with pytest.raises(StoreError):
        store.import_records([row])
    assert "Nanco" not in {c["name"] for c in [{"name": c.name, "aliases": c.aliases, "kind": c.kind, "provisional": c.provisional} for c in store.companies(limit=10_000).items]}


def test_a_document_opens_by_its_contract_name(store: Store) -> None:
    first = make_bundle("doc_first", text="[march] Lindqvist Bio licensed LB-12 to Oakridge for $30 million upfront.",
                        with_facts=False)
    second = make_bundle("doc_second", text="[april] 岚峰生物将LB-12的海外权益授予Oakridge，首付款3000万美元。",
                         with_facts=False)
    for bundle in (first, second):  # the same file name in two folders: the name is not unique
        named = dataclasses.replace(bundle, document=dataclasses.replace(bundle.document, name="note.txt#1"))
        assert store.save(named).status == "stored"
    assert store.document_id("note.txt#1") == "doc_second"  # the one stored last
    assert store.document("note.txt#1").text == second.document.text
    assert store.document_id("doc_first") == "doc_first" and store.document("doc_first").name == "note.txt#1"
    assert store.document_id("note.txt#2") is None and store.document("note.txt#2") is None
