"""Open-loop load on a real `pharmalens serve` on 127.0.0.1: achieved rps, p50/p95/p99 and errors.

Usage: python bench/api_load.py [--database sqlite:///store.db | --articles 10000] [--rates 50,100,200]
                                [--seconds 30] [--workers N] [--endpoints deals,landscape,...]
                                [--timeout 10] [--max-in-flight 1000] [--ingest N [--ingest-nice 10]]

Requests are sent at a fixed rate whatever the server does (open loop): request i leaves at
start + i / rate, and its latency counts from that moment, so time spent waiting for a connection
or behind slow requests is counted. At most --max-in-flight requests are open at once (bounded);
one that cannot leave on time for that reason is counted as `dropped`. A request not answered within
--timeout seconds is a `timeout`; a status other than 200 is an `error`. Each endpoint cycles through
a few variants (pages, filters, companies, documents), so the result cache does not answer all of them.

With --ingest N, each endpoint and rate is measured while `pharmalens ingest` writes N new articles
(examples/news varied, as bench/ingest_speed.py writes them; new ones each time) into the store being
served (with --ingest-nice, at that CPU niceness). The load starts once the ingest has stored its
first document and the ingest is stopped (SIGINT) when the load ends; the line after each result
says how many documents it stored meanwhile.

The store: a SQLite file given with --database is copied first (the original is never written);
another URL (PostgreSQL) is used as it is; without --database a store of --articles synthetic articles
is built with bench/store_scale.py's builder. The server runs as a subprocess:
`pharmalens serve --workers N --port P --database URL`.
"""
from __future__ import annotations

import argparse
import asyncio
import os
import shutil
import signal
import subprocess
import sys
import tempfile
import time
from collections import Counter
from pathlib import Path
from urllib.parse import quote

import httpx

sys.path.insert(0, str(Path(__file__).resolve().parent))

from ingest_speed import write_corpus  # noqa: E402
from store_scale import BUSY, NUCLIDES, TARGETS, build  # noqa: E402

from pharmalens.store import Store  # noqa: E402

ENDPOINTS = ("deals", "landscape", "comps", "dossier", "documents", "document", "dashboard")


def endpoint_paths(store: Store, articles: int) -> dict[str, list[str]]:
    """A few URL variants per endpoint, read from the store being served."""
    pages = [0, 100, 500, 2000]
    middle = [store.documents(limit=1, offset=max(0, articles * k // 8)).items[0].id for k in range(1, 8)]
    companies = [BUSY, *[c.name for c in store.companies(limit=5, offset=20).items]]
    return {
        "deals": [f"/api/deals?offset={n}" for n in pages],
        "landscape": ["/api/landscape", *[f"/api/landscape?target={quote(t)}" for t in TARGETS[:4]]],
        "comps": ["/api/comps", *[f"/api/comps?nuclide={n}" for n in NUCLIDES[:4]]],
        "dossier": [f"/api/companies/{quote(name)}/dossier" for name in companies],
        "documents": [f"/api/documents?offset={max(0, articles * k // 4)}" for k in range(4)],
        "document": [f"/documents/{quote(doc_id, safe='')}" for doc_id in middle],
        "dashboard": ["/"],
    }


def percentile(sorted_ms: list[float], q: float) -> float:
    if not sorted_ms:
        return float("nan")
    return sorted_ms[min(len(sorted_ms) - 1, int(q * len(sorted_ms)))]


async def load(base: str, paths: list[str], rate: int, seconds: float, timeout: float, bound: int) -> dict:
    """Send rate * seconds requests at a fixed rate; returns the outcome counts and the latencies."""
    outcomes: Counter[str] = Counter()
    latencies: list[float] = []
    in_flight = 0
    limits = httpx.Limits(max_connections=bound, max_keepalive_connections=bound)
    async with httpx.AsyncClient(base_url=base, timeout=timeout, limits=limits) as client:
        async def one(path: str, due: float) -> None:
            nonlocal in_flight
            try:
                response = await client.get(path)
                if response.status_code == 200:
                    latencies.append((time.perf_counter() - due) * 1000)
                    outcomes["ok"] += 1
                else:
                    outcomes[f"http {response.status_code}"] += 1
            except httpx.TimeoutException:
                outcomes["timeout"] += 1
            except httpx.HTTPError as error:
                outcomes[type(error).__name__] += 1
            finally:
                in_flight -= 1

        tasks = []
        start = time.perf_counter()
        for i in range(int(rate * seconds)):
            due = start + i / rate
            delay = due - time.perf_counter()
            if delay > 0:
                await asyncio.sleep(delay)
            if in_flight >= bound:
                outcomes["dropped"] += 1
                continue
            in_flight += 1
            tasks.append(asyncio.create_task(one(paths[i % len(paths)], due)))
        await asyncio.gather(*tasks)
        elapsed = time.perf_counter() - start
    return {"outcomes": outcomes, "latencies": sorted(latencies), "elapsed": elapsed}


def start_server(url: str, workers: int, port: int, timeout: float) -> subprocess.Popen:
    command = [sys.executable, "-m", "pharmalens", "serve", "--port", str(port), "--database", url,
               "--workers", str(workers)]
    env = {**os.environ, "PHARMALENS_REQUEST_TIMEOUT": str(timeout)}
    server = subprocess.Popen(command, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    deadline = time.monotonic() + 180
    while time.monotonic() < deadline:
        if server.poll() is not None:
            raise SystemExit(f"the server stopped: {server.stderr.read().decode()[-2000:]}")
        try:
            if httpx.get(f"http://127.0.0.1:{port}/api/documents?limit=1", timeout=10).status_code == 200:
                return server
        except httpx.HTTPError:
            time.sleep(0.5)
    stop(server)
    raise SystemExit("the server did not answer within 180 s")


def stop(server: subprocess.Popen) -> None:
    server.send_signal(signal.SIGINT)
    try:
        server.wait(timeout=30)
    except subprocess.TimeoutExpired:
        server.kill()
        server.wait()


def free_port() -> int:
    import socket
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def start_ingest(url: str, folder: Path, articles: int, seed: int, base: str, nice: int) -> subprocess.Popen:
    """`pharmalens ingest` of `articles` new articles into the store being served (at CPU priority
    `nice`), returned once it has stored its first document (its start-up is not measured)."""
    folder.mkdir()
    write_corpus(folder, articles, 0, seed=seed)
    before = documents_in(base)
    ingest = subprocess.Popen([sys.executable, "-m", "pharmalens", "ingest", str(folder), "--database", url],
                              stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                              preexec_fn=(lambda: os.nice(nice)) if nice else None)
    deadline = time.monotonic() + 120
    while documents_in(base) == before and ingest.poll() is None and time.monotonic() < deadline:
        time.sleep(0.2)
    return ingest


def documents_in(base: str) -> int:
    return httpx.get(base + "/api/documents?limit=1", timeout=120).json()["total"]


def report(name: str, rate: int, result: dict, seconds: float) -> None:
    lat, outcomes = result["latencies"], result["outcomes"]
    failed = sum(n for kind, n in outcomes.items() if kind != "ok")
    detail = ", ".join(f"{kind} {n}" for kind, n in sorted(outcomes.items()) if kind != "ok") or "none"
    print(f"  {name:<10} asked {rate:>4} rps  achieved {outcomes['ok'] / result['elapsed']:7.1f} rps   "
          f"p50 {percentile(lat, 0.50):8.1f}  p95 {percentile(lat, 0.95):8.1f}  p99 {percentile(lat, 0.99):8.1f} ms"
          f"   failed {failed:>5} / {int(rate * seconds)} ({detail})", flush=True)


def prepared_store(args: argparse.Namespace, folder: Path) -> str:
    """The URL to serve."""
    if args.database and args.database.startswith("sqlite:///"):
        original = Path(args.database.removeprefix("sqlite:///"))
        if not original.exists():
            raise SystemExit(f"no such store: {original}")
        copy = folder / "store.db"
        shutil.copyfile(original, copy)
        if Path(f"{original}-wal").exists():  # rows not yet checkpointed into the main file
            shutil.copyfile(f"{original}-wal", f"{copy}-wal")
        url = f"sqlite:///{copy}"
    elif args.database:
        url = args.database
    else:
        url = f"sqlite:///{folder / 'store.db'}"
        with Store(url) as store:
            store.upgrade()
            print(f"building {args.articles} articles ...", flush=True)
            build(store, args.articles, progress=False)
    return url


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--database", help="a store to serve (a SQLite file is copied first)")
    parser.add_argument("--articles", type=int, default=10_000, help="articles to build without --database")
    parser.add_argument("--rates", default="50,100,200")
    parser.add_argument("--seconds", type=float, default=30.0, help="per endpoint and rate")
    parser.add_argument("--workers", type=int, default=os.cpu_count() or 1, help="server processes")
    parser.add_argument("--endpoints", default=",".join(ENDPOINTS))
    parser.add_argument("--timeout", type=float, default=10.0, help="client timeout and server request timeout")
    parser.add_argument("--max-in-flight", type=int, default=1000)
    parser.add_argument("--ingest", type=int, default=0, help="articles ingested during each load")
    parser.add_argument("--ingest-nice", type=int, default=0, help="run that ingest at this CPU niceness")
    args = parser.parse_args(argv)
    rates = [int(r) for r in args.rates.split(",")]
    chosen = [e.strip() for e in args.endpoints.split(",") if e.strip()]
    if unknown := set(chosen) - set(ENDPOINTS):
        parser.error(f"unknown endpoints {sorted(unknown)}; choose from {', '.join(ENDPOINTS)}")
    with tempfile.TemporaryDirectory(prefix="pharmalens-load-") as folder:
        url = prepared_store(args, Path(folder))
        with Store(url) as store:
            store.upgrade()
            articles = store.documents(limit=1).total
            paths = endpoint_paths(store, articles)
        port = free_port()
        server = start_server(url, args.workers, port, args.timeout)
        try:
            base = f"http://127.0.0.1:{port}"
            print(f"store: {articles} documents; server: {args.workers} worker(s), request timeout "
                  f"{args.timeout:g} s; {args.seconds:g} s per endpoint and rate", flush=True)
            runs = 0
            for name in chosen:
                for path in paths[name]:  # warm-up, and a check that every variant answers
                    response = httpx.get(base + path, timeout=120)
                    if response.status_code != 200:
                        print(f"  warning: GET {path}: HTTP {response.status_code} {response.text[:200]}")
                for rate in rates:
                    runs += 1
                    writer = (start_ingest(url, Path(folder) / f"ingest-{runs}", args.ingest, runs, base,
                                           args.ingest_nice) if args.ingest else None)
                    before = documents_in(base) if args.ingest else 0
                    try:
                        result = asyncio.run(load(base, paths[name], rate, args.seconds, args.timeout,
                                                  args.max_in_flight))
                    finally:
                        if writer is not None:
                            stop(writer)
                    report(name, rate, result, args.seconds)
                    if writer is not None:
                        print(f"  {'':<10} meanwhile the ingest stored {documents_in(base) - before} documents",
                              flush=True)
        finally:
            stop(server)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
