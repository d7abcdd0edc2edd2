"""The pipeline: the same store whatever runs the extraction, one writer, nothing lost, re-runs are no-ops."""
from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest

from pharmalens import pipeline
from pharmalens.model.contract import extraction_to_json
from pharmalens.settings import Settings
from pharmalens.store import Store

from .corpus import HERON, HERON_AGAIN, write_news

ONE = Settings(workers=1)


def snapshot(store: Store) -> dict:
    """What the store holds, without times: documents, companies and fact payloads."""
    return {"documents": sorted([d.to_json() for d in store.documents(limit=10_000).items], key=lambda d: d["id"]),
            "companies": [{"name": c.name, "aliases": c.aliases, "kind": c.kind, "provisional": c.provisional} for c in store.companies(limit=10_000).items],
            "facts": sorted([f.to_json() for f in store.facts()], key=lambda f: f["id"])}


def test_worker_processes_store_exactly_what_one_process_stores(tmp_path: Path, url: str) -> None:
    news = write_news(tmp_path / "news", updates=16)
    inline_url = f"sqlite:///{tmp_path / 'inline.db'}"
    with Store(inline_url) as inline:
        inline.upgrade()
        first = pipeline.run([news], inline, ONE)
        expected = snapshot(inline)
    with Store(url) as store:
        store.upgrade()
        report = pipeline.run([news], store, Settings(workers=2))
        assert snapshot(store) == expected
    assert (report.files, report.articles, report.stored, report.duplicates) == (21, 21, 20, 1)
    assert report.facts == first.facts and report.facts["deals"] >= 2


def test_near_copies_are_found_across_runs_without_rebuilding(tmp_path: Path, store: Store) -> None:
    (tmp_path / "one").mkdir()
    (tmp_path / "two").mkdir()
    (tmp_path / "one" / "original.txt").write_text(HERON, encoding="utf-8")
    (tmp_path / "two" / "copy.txt").write_text(HERON_AGAIN, encoding="utf-8")
    pipeline.run([tmp_path / "one"], store, ONE)
    pipeline.run([tmp_path / "two"], store, ONE)
    names = {d["id"]: d["name"] for d in [d.to_json() for d in store.documents(limit=10_000).items]}
    duplicates = {d["name"]: names.get(d["duplicate_of"]) for d in [d.to_json() for d in store.documents(limit=10_000).items]}
    assert duplicates == {"original.txt#1": None, "copy.txt#1": "original.txt#1"}


def test_reading_everything_again_changes_nothing(tmp_path: Path, store: Store) -> None:
    news = write_news(tmp_path / "news", updates=16)
    pipeline.run([news], store, ONE)
    before = snapshot(store)
    # the original read again after its near copy is stored stays the original
    again = pipeline.run(sorted(news.iterdir(), reverse=True), store, Settings(workers=2))
    assert snapshot(store) == before
    assert (again.stored, again.unchanged, again.duplicates) == (0, 20, 1)


def test_a_file_that_cannot_be_read_is_reported_and_the_rest_go_in(tmp_path: Path, store: Store) -> None:
    news = write_news(tmp_path / "news")
    (news / "z_empty.txt").write_text("   \n", encoding="utf-8")
    (news / "y_binary.txt").write_bytes(bytes(range(256)) * 8)
    report = pipeline.run([news, tmp_path / "missing"], store, Settings(workers=2))
    codes = {Path(s.item).name: s.code for s in report.skipped}
    assert codes == {"z_empty.txt": "empty", "y_binary.txt": "binary", "missing": "not_found"}
    assert store.counts()["documents"] == 4


def test_progress_is_reported_per_file_in_input_order(tmp_path: Path, store: Store) -> None:
    news = write_news(tmp_path / "news", updates=16)
    seen: list[str] = []
    pipeline.run([news], store, Settings(workers=2), on_file=seen.append)
    assert [Path(name).name for name in seen] == sorted(p.name for p in news.iterdir())


def test_extract_is_the_same_batch_with_any_number_of_workers(tmp_path: Path) -> None:
    news = write_news(tmp_path / "news", updates=16)
    one = extraction_to_json(pipeline.extract([news], ONE))
    two = extraction_to_json(pipeline.extract([news], replace(ONE, workers=2)))
    assert one == two
    assert [d["duplicate_of"] for d in one["documents"]][:5] == [None, None, None, "a_heron.txt#1", "c_tamsin.txt#1"]


def test_the_user_lexicon_reaches_the_workers(tmp_path: Path) -> None:
    news = write_news(tmp_path / "news", updates=16)
    lexicon = tmp_path / "mine.yaml"
    lexicon.write_text("companies:\n  - name: Heron Isotope\n    kind: biotech\n    en: [Heron Isotope Therapeutics]\n"
                       "    zh: [鹭鸶同位素]\n", encoding="utf-8")
    result = extraction_to_json(pipeline.extract([news], Settings(workers=2, user_lexicon=lexicon)))
    heron = next(c for c in result["companies"] if c["name"] == "Heron Isotope")
    assert heron["provisional"] is False and "鹭鸶同位素" in heron["aliases"]
    assert {d["licensor"] for d in result["deals"]} >= {"Heron Isotope"}


@pytest.mark.parametrize("workers", [None, 3])
def test_workers_default_to_all_cores(workers: int | None, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("PHARMALENS_WORKERS", str(workers or ""))
    settings = Settings.from_env()
    assert settings.worker_count == (workers or len(__import__("os").sched_getaffinity(0)))


def test_a_deal_told_in_both_languages_of_one_release_is_one_deal(tmp_path: Path, store: Store) -> None:
    folder = tmp_path / "release"
    folder.mkdir()
    (folder / "release.txt").write_text(
        "岷泽生物与Tallow Bio达成许可协议\n\n苏州，2026年10月8日——岷泽生物今日宣布，授予Tallow Bio在大中华区以外开发"
        "MZ-88的独家权利，岷泽生物将获得2500万美元首付款及最高4亿美元里程碑付款。\n\n"
        "SUZHOU, Oct. 8, 2026 -- Minze Bio today granted Tallow Bio exclusive rights to develop MZ-88 outside "
        "Greater China; Minze Bio will receive $25 million upfront and up to $400 million in milestones.\n",
        encoding="utf-8")
    batch = extraction_to_json(pipeline.extract([folder], ONE))
    assert [(d["licensor"], d["licensee"], d["asset"]) for d in batch["deals"]] == [("Minze Bio", "Tallow Bio", "MZ-88")]
    pipeline.run([folder], store, ONE)
    assert len([f for f in store.facts() if f.kind == "deal"]) == 1
