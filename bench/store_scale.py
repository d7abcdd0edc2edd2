"""Store scale: ingest rate, store size, peak memory and cold/warm latency over many synthetic articles.

Usage: python bench/store_scale.py [--articles 10000] [--database URL [--reuse]] [--postgres URL]
                                   [--runs 20] [--cold 5] [--no-api] [--no-sqlite] [--only TEXT]

Facts for N synthetic articles are generated directly as DocumentBundles (no extraction) and saved
with Store.save, one transaction per document as production ingest does. Then, for each store, p50/p95
in milliseconds of
- the analyses and reads: landscape, comps (nuclide filter), the dossier of the busiest company, a
  full-text search, a page of deal entities and a deep page of documents;
- the main API and web pages, in-process through Starlette's TestClient;
each "cold" (a new Store or app per run: new connections, empty result cache; the OS file cache
stays warm; the apps and stores of earlier runs are garbage-collected before, not during, the
measured call: a server has one) over --cold runs, and "warm" (the same Store or app again, result
cache included) over --runs runs. A page also gets "after a write": the same running app with its
result cache emptied, as the first request after an ingest finds it (connections open and statements
compiled, nothing kept). Last, the start-up time of `pharmalens --help`.

SQLite is always measured (--database, default a temporary file; with --reuse an existing store of
at least N articles is measured without building it again, and one of fewer, stopped part way by the same
command, is completed); PostgreSQL too when --postgres names a
database. The PostgreSQL database is emptied first (its tables are dropped; with --reuse a store of at
least N articles is kept and measured): use a throwaway one.
"""
from __future__ import annotations

import argparse
import gc
import hashlib
import random
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Iterator
from decimal import Decimal
from pathlib import Path
from typing import Any

from pharmalens.analysis.comps import CompsFilter, comps
from pharmalens.analysis.dossier import dossier
from pharmalens.analysis.landscape import landscape
from pharmalens.model.filters import DealFilter
from pharmalens.documents.dedup import content_hash
from pharmalens.model.records import (Asset, Company, Deal, Document, DocumentBundle, Evidence, FinancialMetric,
                                      Money)
from pharmalens.store import Store

EXTRACTOR = "bench"
TARGETS = ["PSMA", "FAP", "SSTR2", "GRPR", "CA9", "HER2", "TROP2", "Claudin18.2", "DLL3", "B7-H3", "CD20",
           "Nectin-4", "GPC3", "FGFR2", "CD38", "EGFR", "Mesothelin", "CXCR4", "Integrin αvβ6", "NTSR1"]
NUCLIDES = ["Lu-177", "Ac-225", "Pb-212", "I-131", "Cu-64", "Ga-68", "Y-90", "At-211", "Tb-161", "Zr-89", None]
MODALITIES = ["rdc", "rlt", "arc", "prc", "radiopharmaceutical", "adc", "antibody", "bispecific", "small_molecule"]
STAGES = ["preclinical", "ind", "iit", "phase1", "phase1/2", "phase2", "phase2/3", "phase3", "nda", "approved",
          "terminated"]
INDICATIONS = ["prostate cancer", "neuroendocrine tumours", "small cell lung cancer", "breast cancer",
               "gastric cancer", "pancreatic cancer", "hepatocellular carcinoma", "lymphoma"]
CURRENCIES = [("USD", Decimal(1)), ("CNY", Decimal("0.14")), ("EUR", Decimal("1.08"))]
DEAL_TYPES = ["license", "license", "license", "acquisition", "collaboration", "option", "newco"]
TERRITORIES = ["worldwide", "Greater China", "ex-China", "US", "Europe", None]
BUSY = "Sinotau"  # drawn far more often than the rest: the dossier benchmark's company
_SYLLABLES = ["bio", "thera", "gen", "onco", "nuc", "med", "rad", "pharm", "iso", "tope", "vita", "zen", "cura",
              "lux", "nova", "sino", "ray", "core", "axis", "helix"]


class Corpus:
    """Deterministic synthetic articles: company, asset and deal draws skewed like real news."""

    def __init__(self, seed: int = 7, companies: int = 600, assets: int = 30000):
        self.rng = random.Random(seed)
        names = {BUSY}
        while len(names) < companies:
            word = "".join(self.rng.choice(_SYLLABLES) for _ in range(self.rng.randint(2, 3))).capitalize()
            names.add(f"{word} {self.rng.choice(['Pharma', 'Bio', 'Therapeutics', 'Medical', 'Radiopharma'])}")
        self.companies = [BUSY] + sorted(names - {BUSY})
        # Zipf-like weights: a few companies are in much of the news
        self.company_weights = [1.0 / (rank + 1) ** 0.9 for rank in range(len(self.companies))]
        self.assets = []
        for n in range(assets):
            self.assets.append({
                "asset": f"{self.rng.choice('ABCDEFGHJKLMNPRSTXYZ')}{self.rng.choice('ABCDEFGHJKLMNPRSTXYZ')}-{n:05d}",
                "company": self._company(),
                "modality": self.rng.choice(MODALITIES),
                "target": self.rng.sample(TARGETS, self.rng.choice([1, 1, 1, 2])),
                "nuclide": self.rng.choice(NUCLIDES),
                "indication": self.rng.sample(INDICATIONS, self.rng.choice([1, 1, 2])),
            })

    def _company(self) -> str:
        return self.rng.choices(self.companies, weights=self.company_weights)[0]

    def bundle(self, i: int) -> DocumentBundle:
        rng = self.rng
        doc_id = "doc_" + hashlib.sha256(f"synthetic {i}".encode()).hexdigest()[:16]
        published = f"{rng.randint(2018, 2026)}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}"
        parts: list[str] = [f"Article {i} ({published}). "]
        records: list[Any] = []
        companies: set[str] = set()

        def say(sentence: str) -> Evidence:
            start = sum(len(p) for p in parts)
            parts.append(sentence + " ")
            return Evidence(start, start + len(sentence), sentence)

        for spec in rng.sample(self.assets, rng.choice([1, 1, 2, 3])):
            stage = rng.choice(STAGES)
            ev = say(f"{spec['company']} said its {spec['nuclide'] or ''} {spec['modality']} {spec['asset']} "
                     f"targeting {'/'.join(spec['target'])} is in {stage} for {', '.join(spec['indication'])}.")
            records.append(Asset(document=doc_id, evidence=[ev], extractor=EXTRACTOR, company=spec["company"],
                                 asset=spec["asset"], modality=spec["modality"], target=list(spec["target"]),
                                 nuclide=spec["nuclide"], indication=list(spec["indication"]), stage=stage))
            companies.add(spec["company"])
        if rng.random() < 0.6:
            spec = records[0]
            licensee = self._company()
            while licensee == spec.company:
                licensee = self._company()
            currency, rate = rng.choice(CURRENCIES)
            upfront = Decimal(rng.randint(5, 400)) if rng.random() < 0.8 else None
            milestones = Decimal(rng.randint(50, 2500)) if rng.random() < 0.7 else None
            total = (upfront or 0) + (milestones or 0) if upfront and milestones and rng.random() < 0.8 else None
            money = (lambda a, q=None: None if a is None else  # noqa: E731
                     Money(a, currency, q, usd=(a * rate).quantize(Decimal("0.01")), rate_date=published))
            ev = say(f"{licensee} will pay {upfront} million {currency} upfront and up to {milestones} million "
                     f"in milestones to {spec.company} for {spec.asset}.")
            records.append(Deal(document=doc_id, evidence=[ev], extractor=EXTRACTOR, licensor=spec.company,
                                licensee=licensee, asset=spec.asset, deal_type=rng.choice(DEAL_TYPES),
                                territory=rng.choice(TERRITORIES), upfront=money(upfront),
                                milestones=money(milestones, "up_to"), total=money(total, "up_to"),
                                royalty=rng.choice([None, "tiered", "high single digit"]), announced=published))
            companies.add(licensee)
        if rng.random() < 0.3:
            company = self._company()
            amount = Decimal(rng.randint(10, 90000)) / 10
            period = f"{rng.randint(2019, 2025)}{rng.choice(['Q1', 'Q2', 'Q3', 'H1', ''])}"
            period = "FY" + period if period.isdigit() else period
            ev = say(f"{company} reported {period} revenue of {amount} million.")
            records.append(FinancialMetric(document=doc_id, evidence=[ev], extractor=EXTRACTOR, company=company,
                                           period=period, metric="revenue", amount=amount, currency="CNY",
                                           yoy_pct=round(rng.uniform(-40, 120), 1)))
            companies.add(company)
        # filler, so document rows (and the search index) are about the size of a short article
        for _ in range(rng.randint(4, 10)):
            say(rng.choice(self.companies) + " " + " ".join(rng.choice(_SYLLABLES) for _ in range(rng.randint(8, 20)))
                + ".")
        text = "".join(parts)
        document = Document(id=doc_id, source=f"synthetic/{i:06d}.txt", text=text, span=(0, len(text)),
                            title=f"Synthetic article {i}", lang="en", relevant=True, published=published,
                            content_hash=content_hash(text))
        return DocumentBundle(document, records, [Company(name, kind="biotech") for name in sorted(companies)])

    def bundles(self, n: int) -> Iterator[DocumentBundle]:
        for i in range(n):
            yield self.bundle(i)


def reset_postgres(url: str) -> None:
    """Drop every table of a throwaway PostgreSQL database, so the run starts empty."""
    from sqlalchemy import create_engine, text

    engine = create_engine(url)
    with engine.begin() as conn:
        conn.execute(text("DROP SCHEMA public CASCADE"))
        conn.execute(text("CREATE SCHEMA public"))
    engine.dispose()


def build(store: Store, articles: int, seed: int = 7, progress: bool = True, resume_after: int = 0) -> float:
    """Save `articles` synthetic bundles one transaction each; returns articles per second.

    The draws are deterministic, so a build stopped part way goes on from `resume_after` stored articles:
    the bundles before it are drawn again (cheap) but not saved.
    """
    corpus = Corpus(seed, assets=max(100, articles // 3))
    started = time.perf_counter()
    for i, bundle in enumerate(corpus.bundles(articles), 1):
        if i <= resume_after:
            continue
        outcome = store.save(bundle)
        if outcome.status != "stored":
            raise SystemExit(f"article {i}: unexpected save outcome {outcome}")
        if progress and i % 1000 == 0:
            rate = (i - resume_after) / (time.perf_counter() - started)
            print(f"  ... {i} articles, {rate:.0f}/s", file=sys.stderr, flush=True)
    return (articles - resume_after) / (time.perf_counter() - started)


def save_more(store: Store, articles: int, n: int) -> tuple[float, float]:
    """Save `n` new articles drawn from the same assets and companies into a built store: (articles/s,
    CPU ms per article), what one more article costs the writer at this size. Ids continue after the
    store's own, so each is new; run it on a copy if the store is to stay as built."""
    corpus = Corpus(7, assets=max(100, articles // 3))
    bundles = [corpus.bundle(i) for i in range(2 * articles, 2 * articles + n)]
    started, cpu = time.perf_counter(), time.process_time()
    for bundle in bundles:
        store.save(bundle)
    return n / (time.perf_counter() - started), (time.process_time() - cpu) * 1000 / n


def store_size(store: Store, sqlite_path: Path | None) -> int:
    if sqlite_path is not None:
        return sum(p.stat().st_size for p in sqlite_path.parent.glob(sqlite_path.name + "*"))
    from sqlalchemy import text

    with store._sessions() as session:  # noqa: SLF001 - a benchmark may peek
        return int(session.scalar(text("SELECT pg_database_size(current_database())")))


def percentiles(samples: list[float]) -> tuple[float, float]:
    ordered = sorted(samples)
    p95 = ordered[min(len(ordered) - 1, max(0, round(0.95 * len(ordered)) - 1))]
    return statistics.median(ordered), p95


def queries(articles: int) -> dict[str, Callable[[Store], Any]]:
    return {
        "landscape": lambda s: landscape(s),
        "comps nuclide=Ac-225": lambda s: comps(s, CompsFilter(nuclide="Ac-225")),
        f"dossier {BUSY}": lambda s: dossier(s, BUSY),
        "search 'PSMA prostate'": lambda s: s.search("PSMA prostate"),
        "deal entities, page 1": lambda s: s.deals(DealFilter(), limit=100),
        "documents, middle page": lambda s: s.documents(limit=100, offset=articles // 2),
    }


def api_paths(store: Store, articles: int) -> list[str]:
    doc_id = store.documents(limit=1, offset=articles // 2).items[0].id
    return ["/api/landscape", "/api/comps?nuclide=Ac-225", f"/api/companies/{BUSY}/dossier", "/api/deals",
            "/api/assets", "/api/kb/deals", "/api/kb/assets", f"/api/documents?offset={articles // 2}",
            f"/api/documents/{doc_id}", "/", "/landscape", "/deals", "/assets", "/documents",
            f"/companies/{BUSY}", f"/documents/{doc_id}"]


def report(name: str, cold: list[tuple[float, float]], warm: list[tuple[float, float]], extra: str = "") -> None:
    """Wall-clock p50/p95 cold and warm, and the p50/p95 of this process's CPU time cold and warm (on a
    busy machine wall time grows with the load; CPU time barely does)."""
    c50, c95 = percentiles([wall for wall, _ in cold])
    w50, w95 = percentiles([wall for wall, _ in warm])
    ccpu50, ccpu95 = percentiles([cpu for _, cpu in cold])
    cpu50, cpu95 = percentiles([cpu for _, cpu in warm])
    print(f"  {name:<34} cold p50 {c50:7.1f} p95 {c95:7.1f}  warm p50 {w50:7.1f} p95 {w95:7.1f}  "
          f"CPU cold {ccpu50:6.1f} / {ccpu95:6.1f} warm {cpu50:6.1f} / {cpu95:6.1f} ms{extra}", flush=True)


def clock(function: Callable[[], Any]) -> tuple[float, float]:
    """(wall, CPU) milliseconds of one call."""
    started, cpu = time.perf_counter(), time.process_time()
    function()
    return (time.perf_counter() - started) * 1000, (time.process_time() - cpu) * 1000


def measure_queries(url: str, articles: int, runs: int, cold_runs: int, only: str = "") -> None:
    store = Store(url)
    for name, query in queries(articles).items():
        if only not in name:
            continue
        cold = []
        for _ in range(cold_runs):
            fresh = Store(url)
            gc.collect()  # the stores of earlier runs are freed before, not inside, the measured call
            cold.append(clock(lambda: query(fresh)))  # noqa: B023 - called at once
            fresh.close()
        warm = [clock(lambda: query(store)) for _ in range(runs)]  # noqa: B023
        report(name, cold, warm)
    store.close()


def measure_api(url: str, articles: int, runs: int, cold_runs: int, only: str = "") -> None:
    from fastapi.testclient import TestClient

    from pharmalens.interfaces.api import create_app
    from pharmalens.interfaces.cache import ResultCache

    store = Store(url)
    paths = [path for path in api_paths(store, articles) if only in path]
    store.close()
    with TestClient(create_app(url, api_token=None), base_url="http://127.0.0.1") as client:
        for path in paths:
            cold = []
            for _ in range(cold_runs):
                with TestClient(create_app(url, api_token=None), base_url="http://127.0.0.1") as fresh:
                    response = None

                    def get(c: Any = fresh) -> None:
                        nonlocal response
                        response = c.get(path)  # noqa: B023
                    gc.collect()  # the apps of earlier runs are freed before, not inside, the request
                    cold.append(clock(get))
                if response.status_code != 200:
                    raise SystemExit(f"GET {path}: HTTP {response.status_code} {response.text[:200]}")
            warm = [clock(lambda: client.get(path)) for _ in range(runs)]  # noqa: B023
            stale = []
            for _ in range(runs):  # the running server after a write: nothing kept, all else warm
                client.app.state.cache = ResultCache()
                stale.append(clock(lambda: client.get(path)))  # noqa: B023
            c50, c95 = percentiles([wall for wall, _ in stale])
            report("GET " + path[:30], cold, warm, f"   {len(response.content) / 1e3:7.0f} kB   after a write "
                                                   f"p50 {c50:6.1f} p95 {c95:6.1f} ms")


def cli_startup(runs: int = 5) -> None:
    command = [str(Path(sys.executable).parent / "pharmalens"), "--help"]
    samples = []
    for _ in range(runs):
        before = resource.getrusage(resource.RUSAGE_CHILDREN)
        wall, _cpu = clock(lambda: subprocess.run(command, capture_output=True, check=True))
        after = resource.getrusage(resource.RUSAGE_CHILDREN)
        samples.append((wall, (after.ru_utime + after.ru_stime - before.ru_utime - before.ru_stime) * 1000))
    p50, p95 = percentiles([wall for wall, _ in samples])
    cpu50, _ = percentiles([cpu for _, cpu in samples])
    print(f"CLI start-up `pharmalens --help`: wall p50 {p50:.0f} ms, p95 {p95:.0f} ms; CPU p50 {cpu50:.0f} ms "
          f"({runs} runs)")


def measure(label: str, url: str, args: argparse.Namespace, sqlite_path: Path | None) -> None:
    articles = args.articles
    store = Store(url)
    store.upgrade()
    if args.reuse and store.counts()["documents"] >= articles:
        articles, rate = store.counts()["documents"], None
    else:
        stored = store.counts()["documents"] if args.reuse else 0
        rate = build(store, articles, resume_after=stored)
    size = store_size(store, sqlite_path)
    counts = store.counts()
    more = save_more(store, articles, args.save_more) if args.save_more else None
    store.close()
    print(f"{label}: {articles} articles, {counts['facts']} facts ({counts['asset_entities']} asset entities, "
          f"{counts['deal_entities']} deal entities), {counts['companies']} companies")
    if rate is not None:
        print(f"  ingest   {rate:8.0f} articles/s (Store.save, one transaction each)")
    print(f"  size     {size / 1e6:8.1f} MB ({size / articles:.0f} bytes/article)", flush=True)
    if more is not None:
        print(f"  saving {args.save_more} more articles into it: {more[0]:.1f} articles/s, {more[1]:.1f} ms of CPU "
              "each (Store.save, one transaction each; the store keeps them)", flush=True)
    measure_queries(url, articles, args.runs, args.cold, args.only)
    if not args.no_api:
        measure_api(url, articles, args.runs, args.cold, args.only)
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"  peak memory of this process so far: {peak:.0f} MB", flush=True)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=100_000)
    parser.add_argument("--database", help="SQLite URL (default: a temporary file)")
    parser.add_argument("--postgres", help="PostgreSQL URL of a throwaway database (it is emptied)")
    parser.add_argument("--runs", type=int, default=20, help="warm runs per query")
    parser.add_argument("--cold", type=int, default=5, help="cold runs per query (a new Store or app each)")
    parser.add_argument("--reuse", action="store_true",
                        help="measure an existing store (--database, or --postgres left as it is) without building")
    parser.add_argument("--no-api", action="store_true", help="skip the API and web pages")
    parser.add_argument("--no-sqlite", action="store_true", help="measure PostgreSQL only")
    parser.add_argument("--only", default="", help="measure only the reads and pages whose name or path has this")
    parser.add_argument("--save-more", type=int, default=0, metavar="N",
                        help="then save N more articles into the store and print the rate (the store keeps them)")
    args = parser.parse_args(argv)
    if args.articles < 1 or args.runs < 1 or args.cold < 1:
        parser.error("--articles, --runs and --cold must be positive")
    if not args.no_sqlite:
        if args.database:
            path = Path(args.database.split(":///", 1)[-1]) if args.database.startswith("sqlite") else None
            measure("SQLite", args.database, args, path)
        else:
            with tempfile.TemporaryDirectory(prefix="pharmalens-bench-") as folder:
                path = Path(folder) / "bench.db"
                measure("SQLite", f"sqlite:///{path}", args, path)
    if args.postgres:
        if not args.reuse:
            reset_postgres(args.postgres)
        measure("PostgreSQL", args.postgres, args, None)
    cli_startup()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
