"""Reads that share one transaction (`Store.reading()`), and the reads a page showing one document makes:
the same answers as the separate reads, in fewer transactions."""
from __future__ import annotations

import contextvars
import dataclasses
from concurrent.futures import ThreadPoolExecutor

import pytest
import sqlalchemy as sa

from pharmalens.store import Store, StoreError

from .bundles import article

TEXT = "Hengrui (恒瑞医药) licensed HRS-4357 to Novartis (诺华) for $158 million upfront."


def stored(store: Store) -> str:
    bundle = article("doc_a", "Hengrui licenses", TEXT)
    named = dataclasses.replace(bundle, document=dataclasses.replace(bundle.document, name="a.txt#1"))
    assert store.save(named).status == "stored"
    return "doc_a"


def reads(store: Store, doc_id: str) -> tuple:
    return (store.document(doc_id), store.document_summaries([doc_id]), store.facts(document_id=doc_id),
            store.companies_named(["恒瑞医药", "novartis", "Nobody"]))


def test_reads_in_a_reading_block_share_one_transaction(store: Store, begun: list) -> None:
    doc_id = stored(store)
    begun.clear()
    apart = reads(store, doc_id)
    assert len(begun) == 4
    begun.clear()
    with store.reading():
        together = reads(store, doc_id)
        with store.reading():  # nested: still the same transaction
            again = reads(store, doc_id)
    assert len(begun) == 1
    assert together == apart == again
    begun.clear()
    reads(store, doc_id)  # after the block, each read has its own again
    assert len(begun) == 4


def test_a_thread_started_in_a_reading_block_reads_in_its_own_transaction(store: Store, begun: list) -> None:
    """A session serves one thread at a time: a thread that inherits the block's context does not share it."""
    doc_id = stored(store)
    with store.reading():
        store.document(doc_id)
        begun.clear()
        with ThreadPoolExecutor(1) as pool:
            there = pool.submit(contextvars.copy_context().run, store.document, doc_id).result()
        assert there == store.document(doc_id)
    assert len(begun) == 1


def test_a_failed_read_in_a_reading_block_is_a_store_error(store: Store) -> None:
    stored(store)
    with pytest.raises(StoreError), store.reading():
        with store._reading() as session:  # a statement the database refuses
            session.execute(sa.text("SELECT no_such_column FROM documents"))
    assert store.document("doc_a") is not None  # the store reads on afterwards


def test_companies_named_finds_each_name_or_alias_as_given(store: Store) -> None:
    stored(store)
    found = store.companies_named(["恒瑞医药", "hengrui", "Novartis", "诺华", "Nobody", ""])
    assert {name: company.name for name, company in found.items()} == {
        "恒瑞医药": "Hengrui", "hengrui": "Hengrui", "Novartis": "Novartis", "诺华": "Novartis"}
    assert found["诺华"].aliases == ["诺华"] and store.companies_named([]) == {}


def test_a_document_with_its_facts_is_what_the_separate_reads_give(store: Store, begun: list) -> None:
    doc_id = stored(store)
    begun.clear()
    for ref in (doc_id, "a.txt#1"):
        document, summary, facts = store.document_with_facts(ref)
        assert document == store.document(doc_id) and document.name == "a.txt#1"
        assert summary == store.document_summaries([doc_id])[doc_id]
        assert facts == store.facts(document_id=doc_id) and len(facts) == 2
    begun.clear()
    store.document_with_facts(doc_id)
    assert len(begun) == 1
    assert store.document_with_facts("nope.txt#1") is None
