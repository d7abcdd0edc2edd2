"""Ingest throughput end to end: files on disk -> facts in the store, articles per second, with one
process, with N worker processes, and with a Dask LocalCluster of N workers.

Usage: python bench/ingest_speed.py [--articles 2000] [--chars 0] [--workers 2] [--postgres URL]
                                    [--modes 1,N,dask]

The corpus is examples/news varied as in extract_speed.py (numbers and codes changed, so no two
articles are the same), one article per file; --chars pads each to about that many characters
(0: natural length, about 1,600 characters). Each mode ingests into a fresh store: a temporary
SQLite file, or the PostgreSQL database --postgres names (emptied first: use a throwaway one).
Worker and cluster start-up are included in the time, as a user would wait for them. The
extraction-only rate (`pipeline.extract`, nothing stored) is printed beside, and the rate of the
writer alone on articles extracted beforehand, to show what the one writer costs. CPU milliseconds
per article (this process and its finished children) say what the work costs when other programs
share the cores.
"""
from __future__ import annotations

import argparse
import random
import resource
import sys
import tempfile
import time
from pathlib import Path

from extract_speed import _examples, _vary
from store_scale import reset_postgres

from pharmalens import pipeline
from pharmalens.extraction.lexicon import default_lexicon
from pharmalens.model.records import Skipped
from pharmalens.pipeline.run import Resolution, RunReport, extracted, stored_resolver, write_article
from pharmalens.resolve.companies import CompanyRegistry
from pharmalens.settings import Settings
from pharmalens.store import Store


def write_corpus(folder: Path, articles: int, chars: int, seed: int = 11) -> int:
    rng = random.Random(seed)
    bases = _examples()
    total = 0
    for n in range(articles):
        base = rng.choice(bases)
        text = _vary(base, rng, chars or len(base))
        (folder / f"a{n:06d}.txt").write_text(text, encoding="utf-8")
        total += len(text)
    return total


def settings_for(mode: str, workers: int) -> Settings:
    if mode == "dask":
        return Settings(workers=workers, dask="local")
    return Settings(workers=int(mode))


def label(mode: str, workers: int) -> str:
    return f"Dask local, {workers} workers" if mode == "dask" else f"{mode} worker{'s' if mode != '1' else ''}"


def cpu_seconds() -> float:
    """CPU time of this process and of every finished child (worker processes, Dask nannies)."""
    own, children = resource.getrusage(resource.RUSAGE_SELF), resource.getrusage(resource.RUSAGE_CHILDREN)
    return own.ru_utime + own.ru_stime + children.ru_utime + children.ru_stime


def ingest(folder: Path, url: str, settings: Settings) -> tuple[float, float, pipeline.RunReport]:
    """Wall seconds, CPU seconds and the report of one ingest into a fresh store."""
    with Store(url) as store:
        store.upgrade()
        started, cpu = time.perf_counter(), cpu_seconds()
        report = pipeline.run([folder], store, settings)
        return time.perf_counter() - started, cpu_seconds() - cpu, report


def writer_rate(folder: Path, url: str) -> tuple[float, float]:
    """Articles/s of the writer alone (resolution, near-duplicate check, Store.save), on articles
    extracted beforehand: the ceiling that more extraction workers cannot raise."""
    items = [i for i in extracted([folder], Settings(workers=1), RunReport()) if not isinstance(i, Skipped)]
    with Store(url) as store:
        store.upgrade()
        lexicon = default_lexicon(None)
        started, cpu = time.perf_counter(), cpu_seconds()
        resolution = Resolution(CompanyRegistry(lexicon), stored_resolver(store, lexicon))
        report = RunReport()
        for item in items:
            write_article(item, store, resolution, report)
        return len(items) / (time.perf_counter() - started), 1000 * (cpu_seconds() - cpu) / len(items)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=2000)
    parser.add_argument("--chars", type=int, default=0)
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--postgres", help="PostgreSQL URL of a throwaway database (it is emptied)")
    parser.add_argument("--modes", default="1,N,dask", help="comma-separated: 1, N (--workers), dask")
    args = parser.parse_args()
    modes = [str(args.workers) if m == "N" else m for m in args.modes.split(",")]
    with tempfile.TemporaryDirectory(prefix="pharmalens-ingest-bench-") as scratch:
        folder = Path(scratch) / "news"
        folder.mkdir()
        chars = write_corpus(folder, args.articles, args.chars)
        print(f"corpus: {args.articles} articles, {chars / args.articles:.0f} characters each on average")
        for mode in modes:
            settings = settings_for(mode, args.workers)
            started = time.perf_counter()
            pipeline.extract([folder], settings)
            extract_rate = args.articles / (time.perf_counter() - started)
            if args.postgres:
                reset_postgres(args.postgres)
                url, backend = args.postgres, "PostgreSQL"
            else:
                url, backend = f"sqlite:///{Path(scratch) / f'{mode}.db'}", "SQLite"
            elapsed, cpu, report = ingest(folder, url, settings)
            print(f"{label(mode, args.workers):<24} ingest into {backend}: {report.articles / elapsed:7.1f} articles/s "
                  f"({report.stored} stored, {len(report.skipped)} skipped, {elapsed:.1f} s, "
                  f"{1000 * cpu / report.articles:.1f} CPU ms/article)   "
                  f"extract only: {extract_rate:7.1f} articles/s", flush=True)
        if args.postgres:
            reset_postgres(args.postgres)
        url = args.postgres or f"sqlite:///{Path(scratch) / 'writer.db'}"
        rate, cpu_ms = writer_rate(folder, url)
        print(f"{'writer alone':<24} into {'PostgreSQL' if args.postgres else 'SQLite'}: {rate:7.1f} articles/s "
              f"({cpu_ms:.1f} CPU ms/article: resolve, near-duplicate check, save)", flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
