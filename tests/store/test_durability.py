"""A killed ingest leaves a consistent SQLite store, and WAL lets readers read while a process writes."""
from __future__ import annotations

import os
import random
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from pharmalens.pipeline import run
from pharmalens.settings import Settings
from pharmalens.store import Store

PARTNERS = ["Novartis", "Bayer", "Lilly", "Sanofi", "AstraZeneca", "Pfizer", "Roche", "Merck", "Takeda", "Ipsen"]
WORDS = ("prostate lung breast gastric liver pancreatic renal thyroid neuroendocrine glioma cohort dosing "
         "imaging isotope supply cyclotron reactor generator chelator linker ligand peptide antibody").split()
INGEST = ("import sys\n"
          "from pharmalens.store import Store\n"
          "from pharmalens.pipeline import run\n"
          "from pharmalens.settings import Settings\n"
          "run([sys.argv[2]], Store(sys.argv[1]), Settings(workers=1))\n")


def write_articles(folder: Path, count: int) -> Path:
    rng = random.Random(count)
    folder.mkdir()
    for n in range(1, count + 1):
        code = f"HRS-{n:04d}"
        words = " ".join(rng.sample(WORDS, 2))
        (folder / f"a{n:04d}.txt").write_text(
            f"{code} licensed\n\nHengrui licensed {code}, a PSMA radioligand for {words}, to "
            f"{PARTNERS[n % 10]} for ${n} million upfront.\n", encoding="utf-8")
    return folder


def start_ingest(url: str, folder: Path) -> subprocess.Popen:
    return subprocess.Popen([sys.executable, "-c", INGEST, url, str(folder)], stdout=subprocess.DEVNULL,
                            stderr=subprocess.PIPE, env={**os.environ, "PYTHONUNBUFFERED": "1"})


def document_count(path: Path) -> int:
    with sqlite3.connect(path, timeout=30) as connection:
        return connection.execute("SELECT count(*) FROM documents").fetchone()[0]


def wait_for(process: subprocess.Popen, path: Path, documents: int, seconds: float = 30) -> None:
    deadline = time.monotonic() + seconds
    while document_count(path) <= documents:
        assert process.poll() is None, f"the ingest ended early: {process.stderr.read().decode()[-2000:]}"
        assert time.monotonic() < deadline, "the ingest made no progress"
        time.sleep(0.02)


def consistency(path: Path) -> dict[str, int]:
    with sqlite3.connect(path) as connection:
        assert connection.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        connection.execute("INSERT INTO documents_fts (documents_fts) VALUES ('integrity-check')")
        one = lambda sql: connection.execute(sql).fetchone()[0]  # noqa: E731
        return {
            "documents": one("SELECT count(*) FROM documents"),
            "indexed": one("SELECT count(*) FROM documents_fts"),
            "orphan_facts": one("SELECT count(*) FROM facts WHERE document_id NOT IN (SELECT id FROM documents)"),
            "documents_without_two_facts": one(
                "SELECT count(*) FROM documents d "
                "WHERE (SELECT count(*) FROM facts f WHERE f.document_id = d.id) != 2"),
        }


@pytest.fixture
def database(tmp_path: Path) -> tuple[str, Path]:
    path = tmp_path / "store.db"
    url = f"sqlite:///{path}"
    with Store(url) as store:
        store.upgrade()
    return url, path


def test_killed_ingest_leaves_whole_documents_and_resumes(database: tuple[str, Path], tmp_path: Path) -> None:
    url, path = database
    folder = write_articles(tmp_path / "news", 1000)
    process = start_ingest(url, folder)
    try:
        wait_for(process, path, 50)
        process.send_signal(signal.SIGKILL)
    finally:
        process.wait(timeout=30)
    assert process.returncode == -signal.SIGKILL
    after_kill = consistency(path)
    assert 50 < after_kill["documents"] < 1000
    assert after_kill == {"documents": after_kill["documents"], "indexed": after_kill["documents"],
                          "orphan_facts": 0, "documents_without_two_facts": 0}
    with Store(url) as store:
        counts = store.counts()
        assert counts["facts"] == counts["deals"] + counts["assets"] == 2 * counts["documents"]
        summary = run([folder], store, Settings(workers=1))
        assert summary.unchanged == after_kill["documents"] and summary.skipped == []
        assert store.counts()["documents"] == 1000
    assert consistency(path) == {"documents": 1000, "indexed": 1000, "orphan_facts": 0,
                                 "documents_without_two_facts": 0}


def test_readers_read_while_another_process_ingests(database: tuple[str, Path], tmp_path: Path) -> None:
    url, path = database
    folder = write_articles(tmp_path / "news", 200)
    process = start_ingest(url, folder)
    seen: list[int] = []
    try:
        wait_for(process, path, 0)
        snapshot = sqlite3.connect(path, isolation_level=None)
        snapshot.execute("BEGIN")
        held = snapshot.execute("SELECT count(*) FROM documents").fetchone()[0]
        with Store(url) as reader:
            while process.poll() is None:
                seen.append(reader.counts()["documents"])
                time.sleep(0.01)
        assert snapshot.execute("SELECT count(*) FROM documents").fetchone()[0] == held
        snapshot.execute("COMMIT")
        snapshot.close()
    finally:
        if process.poll() is None:
            process.kill()
        process.wait(timeout=30)
    assert process.returncode == 0, process.stderr.read().decode()[-2000:]
    assert seen == sorted(seen) and len(set(seen)) > 3 and held < 200
    assert document_count(path) == 200


def duplicates_by_name(store: Store) -> dict[str, str | None]:
    documents = [d.to_json() for d in store.documents(limit=10_000).items]
    names = {d["id"]: d["name"] for d in documents}
    return {d["name"]: names.get(d["duplicate_of"]) for d in documents}


def test_a_killed_and_resumed_ingest_finds_the_duplicates_a_clean_one_finds(tmp_path: Path) -> None:
    """The template articles are near copies of one another, so which earlier one a document copies
    depends on what was stored before it; before duplicate_of was kept per stored document, a re-run
    after kill -9 disagreed with a clean run (3 of 300 such articles) and a plain re-ingest rewrote 18."""
    folder = write_articles(tmp_path / "news", 200)
    with Store(f"sqlite:///{tmp_path / 'clean.db'}") as clean:
        clean.upgrade()
        run([folder], clean, Settings(workers=1))
        expected = duplicates_by_name(clean)
    assert sum(holder is not None for holder in expected.values()) > 5
    path = tmp_path / "killed.db"
    url = f"sqlite:///{path}"
    with Store(url) as store:
        store.upgrade()
    process = start_ingest(url, folder)
    try:
        wait_for(process, path, 60)
        process.send_signal(signal.SIGKILL)
    finally:
        process.wait(timeout=30)
    with Store(url) as store:
        run([folder], store, Settings(workers=1))
        assert duplicates_by_name(store) == expected
        again = run(sorted(folder.iterdir(), reverse=True), store, Settings(workers=1))
        assert (again.stored, again.unchanged) == (0, 200)
        assert duplicates_by_name(store) == expected
