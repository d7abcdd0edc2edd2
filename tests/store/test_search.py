from __future__ import annotations

import dataclasses

import pytest
import sqlalchemy as sa

from pharmalens.store import Store, StoreError, migrate
from pharmalens.store.writes import document_values
from pharmalens.store.schema import utc_now

from .bundles import article

ENGLISH = article("en.txt#1", "Novartis licenses radioligand",
                  "Hengrui licensed HRS-4357, a PSMA radioligand therapy, to Novartis for $158 million upfront.")
CHINESE = article("zh.txt#1", "恒瑞医药授权诺华",
                  "恒瑞医药与诺华签署协议，将放射性配体疗法HRS-4357授权给诺华，首付款1.58亿美元。",
                  "zh-Hans")
OTHER = article("other.txt#1", "Cyclotron opens",
                "A new cyclotron in Chengdu will make Ga-68 generators; HRS-4357 is not mentioned otherwise.")


@pytest.fixture
def filled(store: Store) -> Store:
    for bundle in (ENGLISH, CHINESE, OTHER):
        store.save(bundle)
    return store


def ids(hits: list[dict]) -> list[str]:
    return [hit["id"] for hit in hits]


def test_english_query_finds_the_document_with_a_snippet(filled: Store) -> None:
    hits = filled.search("radioligand Novartis")
    assert ids(hits) == ["en.txt#1"]
    assert hits[0]["title"] == "Novartis licenses radioligand"
    assert "radioligand" in hits[0]["snippet"] and "[" in hits[0]["snippet"]


def test_chinese_query_matches_a_substring(filled: Store) -> None:
    assert ids(filled.search("放射性配体")) == ["zh.txt#1"]
    hits = filled.search("诺华")
    assert ids(hits) == ["zh.txt#1"]
    assert "[诺华]" in hits[0]["snippet"]


def test_mixed_and_code_queries(filled: Store) -> None:
    assert sorted(ids(filled.search("HRS-4357"))) == ["en.txt#1", "other.txt#1", "zh.txt#1"]
    assert ids(filled.search("HRS-4357 首付款")) == ["zh.txt#1"]
    assert filled.search("nothing-like-this") == []


def test_limit_and_query_syntax_is_literal(filled: Store) -> None:
    assert len(filled.search("HRS-4357", limit=2)) == 2
    assert filled.search('"AND OR NOT* (') == []
    assert filled.search("100%") == []


def test_index_follows_updated_documents(filled: Store) -> None:
    revised = dataclasses.replace(OTHER.document, text=OTHER.document.text.replace("cyclotron", "reactor"),
                                  title="Reactor opens", content_hash="f" * 64)
    filled.save(dataclasses.replace(OTHER, document=revised))
    assert filled.search("cyclotron") == []
    assert ids(filled.search("reactor")) == ["other.txt#1"]


def test_bad_queries_are_store_errors(filled: Store) -> None:
    with pytest.raises(StoreError) as caught:
        filled.search("   ")
    assert caught.value.code == "empty_query"
    with pytest.raises(StoreError) as caught:
        filled.search("HRS", limit=0)
    assert caught.value.code == "bad_limit"


def test_upgrade_indexes_documents_stored_before_search_existed(url: str) -> None:
    with Store(url) as store:
        migrate.upgrade(store._engine, "0001")
        engine = sa.create_engine(url)
        try:
            with engine.begin() as connection:
                columns_of_0001 = {c["name"] for c in sa.inspect(connection).get_columns("documents")}
                rows = [{**{k: v for k, v in document_values(b.document).items() if k in columns_of_0001},
                         "ingested_at": utc_now()} for b in (ENGLISH, CHINESE)]
                connection.execute(sa.insert(sa.table("documents", *map(sa.column, rows[0]))), rows)
        finally:
            engine.dispose()
        store.upgrade()
        names = {d["id"]: d["name"] for d in [d.to_json() for d in store.documents(limit=10_000).items]}
        assert [names[i] for i in ids(store.search("radioligand"))] == ["en.txt#1"]
        assert [names[i] for i in ids(store.search("放射性配体"))] == ["zh.txt#1"]
