"""Near-duplicate band keys kept in the store: written with their document, found by later ones,
and filled in by the migration for documents stored before it."""
from __future__ import annotations

import dataclasses

import sqlalchemy as sa

from pharmalens.documents.dedup import content_hash, signature
from pharmalens.model.records import document_id
from pharmalens.store import Store
from pharmalens.store.migrate import upgrade

from .bundles import article

TEXT = ("Quillon Therapeutics said on Tuesday that its HRS-4357 radioligand, licensed from Hengrui, met the "
        "primary endpoint of a phase 1 study in 41 patients with prostate cancer, with a PSA50 response of 62%. "
        "The company plans to start a pivotal trial next year and will present the data at a meeting in June.")
NEAR = TEXT.replace("on Tuesday", "on Wednesday").replace("in June", "in July")
OTHER = ("Veldra Bio closed a Series A round of 30 million dollars to build an actinium-225 supply chain; the "
         "round was led by Orca Capital, and the money goes to a cyclotron site in Ohio.")


def bundle(doc_id: str, text: str):
    made = article(doc_id, "t", text + " HRS-4357")
    document = dataclasses.replace(made.document, content_hash=content_hash(made.document.text))
    return dataclasses.replace(made, document=document)


def test_a_stored_document_is_found_as_the_near_copy_of_a_later_one(store: Store) -> None:
    first = bundle("first.txt#1", TEXT)
    store.save(first)
    store.save(bundle("other.txt#1", OTHER))
    near = bundle("near.txt#1", NEAR)
    assert store.find_duplicate("near.txt#1", signature(near.document.text)) == "first.txt#1"
    assert store.find_duplicate("x.txt#1", signature(bundle("x.txt#1", OTHER + " More.").document.text)) == "other.txt#1"
    assert store.find_duplicate("first.txt#1", signature(first.document.text)) is None  # never itself
    exact = signature(first.document.text, first.document.content_hash)
    assert store.find_duplicate("copy.txt#1", exact) == "first.txt#1"
    unrelated = signature("Nothing here is about medicine: a recipe for bread with flour, water, salt and yeast.")
    assert store.find_duplicate("bread.txt#1", unrelated) is None


def test_a_document_read_again_keeps_the_answer_it_got_first(store: Store) -> None:
    store.save(bundle("first.txt#1", TEXT))
    near = bundle("near.txt#1", NEAR)
    sig = signature(near.document.text, near.document.content_hash)
    assert store.find_duplicate("near.txt#1", sig) == "first.txt#1"
    store.save(dataclasses.replace(near, document=dataclasses.replace(near.document, duplicate_of=None)))
    assert store.find_duplicate("near.txt#1", sig) is None  # what it was stored with, not a new answer
    assert store.find_duplicate("first.txt#1", signature(bundle("first.txt#1", TEXT).document.text)) is None


def test_deleting_a_document_deletes_its_bands(store: Store) -> None:
    store.save(bundle("first.txt#1", TEXT))
    with store._engine.begin() as connection:  # noqa: SLF001 - checking the cascade
        assert connection.scalar(sa.text("SELECT count(*) FROM near_duplicate_bands")) > 0
        connection.execute(sa.text("DELETE FROM documents"))
        assert connection.scalar(sa.text("SELECT count(*) FROM near_duplicate_bands")) == 0


def test_the_migration_fills_the_bands_of_documents_already_stored(url: str) -> None:
    engine = sa.create_engine(url)
    try:
        upgrade(engine, "0003")
        with engine.begin() as connection:
            connection.execute(sa.text(
                "INSERT INTO documents (id, content_hash, source, title, lang, relevant, published, duplicate_of,"
                " span_start, span_end, text, ingested_at) VALUES ('old.txt#1', 'h', 'old.txt', 't', 'en', true,"
                " NULL, NULL, 0, 10, :text, CURRENT_TIMESTAMP)"), {"text": TEXT})
    finally:
        engine.dispose()
    with Store(url) as store:
        store.upgrade()
        assert store.find_duplicate("new.txt#1", signature(NEAR)) == document_id("old.txt", "h")


def test_a_save_given_the_signature_decides_duplicate_of_in_its_transaction(store: Store) -> None:
    store.save(bundle("first.txt#1", TEXT))
    near = bundle("near.txt#1", NEAR)
    sig = signature(near.document.text, near.document.content_hash)
    assert store.save(near, sig, near.document.text).status == "stored"
    assert store.document("near.txt#1").duplicate_of == "first.txt#1"
    stored_alone = bundle("near.txt#1", NEAR)
    assert store.save(stored_alone, sig, stored_alone.document.text).status == "unchanged"  # keeps its answer
    changed = bundle("near.txt#1", OTHER)  # the same document, its text now another's: not a near copy
    assert store.save(changed, signature(changed.document.text), changed.document.text).status == "stored"
    assert store.document("near.txt#1").duplicate_of is None
