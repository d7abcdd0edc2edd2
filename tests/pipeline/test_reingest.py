"""Re-ingesting the same files is a no-op down to every row and time stamp, on SQLite and PostgreSQL,
after a clean run and after a run that stopped part way (what kill -9 leaves: the files before
some point stored, the rest not)."""
from __future__ import annotations

import random
from pathlib import Path

import sqlalchemy as sa

from pharmalens import pipeline
from pharmalens.settings import Settings
from pharmalens.store import Store

ONE, TWO = Settings(workers=1), Settings(workers=2)
RUN_LOG = {"ingest_runs", "alembic_version"}
PARTNERS = ["Calloway Bio", "Pemberton Oncology", "Ostrava Medical", "Fenwick Pharma"]
TARGETS = ["FAP", "PSMA", "SSTR2", "GPC3", "CAIX"]


def write_near_copies(folder: Path, count: int = 40) -> Path:
    """Articles that are near copies of one another (and some exact copies), in both scripts, so
    which stored document each copies depends on what was stored before it."""
    rng = random.Random(7)
    folder.mkdir()
    texts: list[str] = []
    for n in range(count):
        partner, target = PARTNERS[rng.randrange(4)], TARGETS[rng.randrange(5)]
        if n % 3 == 2:
            text = (f"白鹭核药与{partner}签署许可协议\n\n2026年3月{1 + n % 27}日，白鹭核药股份有限公司宣布，"
                    f"将靶向{target}的放射性配体疗法BL-{100 + n % 6}的海外权益授予{partner}，"
                    f"首付款{2000 + 1000 * (n % 4)}万美元。\n")
        else:
            text = (f"Egret Nuclear licenses EN-{100 + n % 5} to {partner}\n\n"
                    f"OSLO, March {1 + n % 27}, 2026 -- Egret Nuclear ASA granted {partner} rights to "
                    f"EN-{100 + n % 5}, a {target} radioligand, for ${10 + n % 7} million upfront and "
                    f"milestones of up to ${200 + 10 * (n % 3)} million.\n")
        texts.append(texts[n - 5] if n % 8 == 7 else text)
        (folder / f"n{n:03d}.txt").write_text(texts[-1], encoding="utf-8")
    return folder


def every_row(url: str) -> dict[str, list[tuple]]:
    """Every row of every table but the run log, times included, in a stable order."""
    engine = sa.create_engine(url)
    try:
        with engine.connect() as connection:
            metadata = sa.MetaData()
            metadata.reflect(connection)
            return {name: sorted((tuple(map(repr, row)) for row in connection.execute(table.select())))
                    for name, table in metadata.tables.items()
                    if name not in RUN_LOG and not name.startswith("documents_fts")}
    finally:
        engine.dispose()


def row_versions(url: str) -> list[tuple] | None:
    """PostgreSQL's xmin of every document and fact: it changes with any UPDATE, even to equal values."""
    if not url.startswith("postgresql"):
        return None
    engine = sa.create_engine(url)
    try:
        with engine.connect() as connection:
            return sorted(connection.execute(sa.text(
                "SELECT 'd', id, xmin::text FROM documents UNION ALL SELECT 'f', id, xmin::text FROM facts")))
    finally:
        engine.dispose()


def duplicates_by_name(store: Store) -> dict[str, str | None]:
    documents = [d.to_json() for d in store.documents(limit=10_000).items]
    names = {d["id"]: d["name"] for d in documents}
    return {d["name"]: names.get(d["duplicate_of"]) for d in documents}


def test_reingesting_rewrites_no_row(tmp_path: Path, url: str) -> None:
    folder = write_near_copies(tmp_path / "news")
    with Store(url) as store:
        store.upgrade()
        first = pipeline.run([folder], store, ONE)
        assert first.stored > 20 and first.duplicates > 0 and first.skipped == []
        assert sum(holder is not None for holder in duplicates_by_name(store).values()) > 3
        before, versions = every_row(url), row_versions(url)
        for paths, settings in (([folder], ONE), (sorted(folder.iterdir(), reverse=True), TWO)):
            again = pipeline.run(paths, store, settings)
            assert (again.stored, again.unchanged, again.duplicates) == (0, first.stored, first.duplicates)
            assert every_row(url) == before
            assert row_versions(url) == versions


def test_a_run_stopped_part_way_then_finished_equals_a_clean_run(tmp_path: Path, url: str) -> None:
    folder = write_near_copies(tmp_path / "news")
    files = sorted(folder.iterdir())
    with Store(f"sqlite:///{tmp_path / 'clean.db'}") as clean:
        clean.upgrade()
        pipeline.run([folder], clean, ONE)
        expected = duplicates_by_name(clean)
    with Store(url) as store:
        store.upgrade()
        pipeline.run(files[:17], store, TWO)
        pipeline.run([folder], store, ONE)
        assert duplicates_by_name(store) == expected
        settled = every_row(url)
        again = pipeline.run(sorted(files, reverse=True), store, TWO)
        assert again.stored == 0 and every_row(url) == settled
        assert duplicates_by_name(store) == expected
