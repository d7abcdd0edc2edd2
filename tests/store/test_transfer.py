from __future__ import annotations

import pytest

from pharmalens.store import Store, StoreError

from .bundles import article

FIRST = article("a.txt#1", "Hengrui licenses HRS-4357", "Hengrui licensed HRS-4357 to Novartis for $158 million.")
SECOND = article("b.txt#1", "恒瑞授权", "恒瑞医药将HRS-4357授权给诺华。", "zh-Hans")


@pytest.fixture
def exported(tmp_path) -> list[dict]:
    with Store(f"sqlite:///{tmp_path / 'source.db'}") as source:
        source.upgrade()
        source.save(FIRST)
        source.save(SECOND)
        deal = [f.to_json() for f in source.facts(kind="deal")][0]["id"]
        source.correct(deal, "territory", "Greater China", note="from the filing")
        return list(source.export_records())


def test_export_lists_every_row_once(exported: list[dict]) -> None:
    assert [row["type"] for row in exported] == ["document"] * 2 + ["company"] * 2 + ["fact"] * 4 + ["correction"]
    document = exported[0]
    assert document["text"] == FIRST.document.text and document["ingested_at"].endswith("+00:00")
    assert exported[-1]["new_value"] == "Greater China"


def test_import_into_either_backend_is_idempotent(store: Store, exported: list[dict]) -> None:
    written = store.import_records(exported)
    assert written == {"document": 2, "company": 2, "fact": 4, "correction": 1, "unchanged": 0}
    assert list(store.export_records()) == exported
    assert store.import_records(exported) == {"document": 0, "company": 0, "fact": 0, "correction": 0,
                                              "unchanged": 9}
    assert [f.to_json() for f in store.facts(kind="deal")][0]["territory"] == "Greater China"
    assert [hit["id"] for hit in store.search("HRS-4357")] != []
    assert store.save(FIRST).status == "unchanged"


def test_bad_records_are_refused_whole(store: Store, exported: list[dict]) -> None:
    for bad, message in [({"type": "thing"}, "record 3: type 'thing'"),
                         ({**exported[2], "extra": 1}, r"record 3 \(company\): unexpected extra"),
                         ({"type": "fact", "id": "x"}, r"record 3 \(fact\): missing asset, company"),
                         ({**exported[0], "ingested_at": "yesterday"}, "not an ISO 8601 time")]:
        with pytest.raises(StoreError, match=message) as caught:
            store.import_records([*exported[:2], bad])
        assert caught.value.code == "bad_record"
    assert store.counts()["documents"] == 0


def test_an_imported_document_is_found_as_the_near_copy_of_a_later_one(store: Store, tmp_path) -> None:
    from pharmalens.documents.dedup import signature

    text = ("Quillon Therapeutics said on Tuesday that its HRS-4357 radioligand met the primary endpoint of a phase 1 "
            "study in 41 patients with prostate cancer, with a PSA50 response of 62%, and plans a pivotal trial.")
    with Store(f"sqlite:///{tmp_path / 'banded.db'}") as source:
        source.upgrade()
        source.save(article("q.txt#1", "Quillon", text))
        rows = list(source.export_records())
    store.import_records(rows)
    near = text.replace("on Tuesday", "on Wednesday")
    assert store.find_duplicate("near.txt#1", signature(near)) == "q.txt#1"
