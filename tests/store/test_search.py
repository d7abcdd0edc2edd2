from __future__ import annotations

import dataclasses
import hashlib

import pytest
import sqlalchemy as sa

from pharmalens.model.records import DocumentBundle
from pharmalens.store import Store, StoreError, migrate
from pharmalens.store.schema import utc_now
from pharmalens.store.writes import document_values

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


def store_documents_at(store: Store, url: str, revision: str, bundles: tuple[DocumentBundle, ...]) -> None:
    """Bring the store to `revision` and write the documents as that version's columns hold them."""
    migrate.upgrade(store._engine, revision)
    engine = sa.create_engine(url)
    try:
        with engine.begin() as connection:
            columns = {c["name"] for c in sa.inspect(connection).get_columns("documents")}
            rows = [{**{k: v for k, v in document_values(b.document).items() if k in columns},
                     "ingested_at": utc_now()} for b in bundles]
            connection.execute(sa.insert(sa.table("documents", *map(sa.column, rows[0]))), rows)
    finally:
        engine.dispose()


def test_upgrade_indexes_documents_stored_before_search_existed(url: str) -> None:
    with Store(url) as store:
        store_documents_at(store, url, "0001", (ENGLISH, CHINESE))
        store.upgrade()
        names = {d["id"]: d["name"] for d in [d.to_json() for d in store.documents(limit=10_000).items]}
        assert [names[i] for i in ids(store.search("radioligand"))] == ["en.txt#1"]
        assert [names[i] for i in ids(store.search("放射性配体"))] == ["zh.txt#1"]


def page(doc_id: str, title: str, text: str, lang: str = "en") -> DocumentBundle:
    """A document without facts."""
    bundle = article(doc_id, title, "HRS-4357", lang)
    doc = dataclasses.replace(bundle.document, text=text, span=(0, len(text)),
                              content_hash=hashlib.sha256(text.encode()).hexdigest())
    return DocumentBundle(document=doc, records=[], companies=[])


TRADITIONAL = page("hant.txt#1", "嘉禾製藥與歐康簽署授權協議",
                      "嘉禾製藥宣布與歐康達成協議，將靶向FAP的放射性藥物授權給歐康，首付款為3000萬美元。", "zh-Hant")
SIMPLIFIED = page("hans.txt#1", "嘉禾制药年报", "嘉禾制药发布年报，放射性药物管线进展顺利。", "zh-Hans")
FULL_WIDTH = page("wide.txt#1", "青岚医药公告",
                     "青岚医药与Ｍｅｒｉｄｉａｎ　Ｐｈａｒｍａ签约，ＱＬ－２０２在Ⅰ期临床。", "zh-Hans")


@pytest.fixture
def scripts(store: Store) -> Store:
    for bundle in (TRADITIONAL, SIMPLIFIED, FULL_WIDTH, ENGLISH):
        store.save(bundle)
    return store


def names(store: Store, hits: list[dict]) -> list[str]:
    return sorted(hit["id"] for hit in hits)


def test_either_script_finds_both(scripts: Store) -> None:
    assert names(scripts, scripts.search("嘉禾制药")) == ["hans.txt#1", "hant.txt#1"]
    assert names(scripts, scripts.search("嘉禾製藥")) == ["hans.txt#1", "hant.txt#1"]
    assert names(scripts, scripts.search("放射性药物 嘉禾")) == ["hans.txt#1", "hant.txt#1"]
    assert names(scripts, scripts.search("歐康")) == ["hant.txt#1"]


def test_full_width_text_is_found_by_ascii_and_back(scripts: Store) -> None:
    assert names(scripts, scripts.search("QL-202")) == ["wide.txt#1"]
    assert names(scripts, scripts.search("meridian pharma")) == ["wide.txt#1"]
    assert names(scripts, scripts.search("ＱＬ－２０２")) == ["wide.txt#1"]


def test_marks_point_at_the_words_as_written(scripts: Store) -> None:
    for query, written in (("嘉禾制药", "嘉禾製藥"), ("ql-202", "ＱＬ－２０２"), ("meridian", "Ｍｅｒｉｄｉａｎ")):
        hit = next(h for h in scripts.search(query) if h["text"].find(written) >= 0)
        marked = [hit["text"][start:end] for start, end in hit["marks"]]
        assert written in marked
        assert f"[{written}]" in hit["snippet"]


def test_every_match_in_the_excerpt_is_marked(store: Store) -> None:
    store.save(page("many.txt#1", "Osprey", "Osprey Bio said Osprey Bio will license OB-12; Osprey Bio."))
    hit = store.search("osprey")[0]
    assert [hit["text"][s:e] for s, e in hit["marks"]] == ["Osprey"] * 3


def test_more_occurrences_and_title_matches_rank_first(store: Store) -> None:
    # the better match is stored first, so that recency alone would put it last
    store.save(page("often.txt#1", "心脏支架获批", "心脏支架上市，心脏支架放量，心脏支架出口。", "zh-Hans"))
    store.save(page("once.txt#1", "年度报告", "泓远生物提到一次心脏支架，其余都是别的内容。", "zh-Hans"))
    store.save(page("title.txt#1", "Stentwell stent approved", "Stentwell stent news. Nothing else."))
    store.save(page("body.txt#1", "Quarterly note", "A long note that names a stentwell once among other things."))
    assert names(store, store.search("心脏支架")[:1]) == ["often.txt#1"]
    assert [h["title"] for h in store.search("stentwell")] == ["Stentwell stent approved", "Quarterly note"]


def test_cli_snippets_keep_lowercase_words_and_brackets(tmp_path) -> None:
    from typer.testing import CliRunner

    from pharmalens.interfaces.cli import app
    url = f"sqlite:///{tmp_path / 'cli.db'}"
    with Store(url) as opened:
        opened.upgrade()
        opened.save(page("note.txt#1", "Wren licence", "Wren Bio [license] terms: the upfront is modest and kept."))
    result = CliRunner().invoke(app, ["search", "upfront", "--database", url], env={"COLUMNS": "200"})
    assert result.exit_code == 0, result.output
    assert "[license]" in result.output and "upfront is modest" in result.output


def test_upgrade_folds_documents_stored_before(url: str) -> None:
    with Store(url) as store:
        store_documents_at(store, url, "0008", (TRADITIONAL,))
        store.upgrade()
        assert ids(store.search("嘉禾制药")) == ["hant.txt#1"]
        assert ids(store.search("授权协议")) == ["hant.txt#1"]
