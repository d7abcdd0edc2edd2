"""REST API and dashboard latency over a synthetic store.

Usage: python bench/api_latency.py [--articles 20000] [--database URL] [--runs 50]

Builds a store of N synthetic articles (as bench/store_scale.py does; SQLite in a temporary file by
default), starts the FastAPI app in-process with Starlette's TestClient, and prints p50/p95 over
--runs requests of /api/landscape, /api/comps?nuclide=Ac-225, /api/companies/{busiest}/dossier and
the dashboard page /.
"""
from __future__ import annotations

import argparse
import sys
import tempfile
import time
from pathlib import Path
from urllib.parse import quote

sys.path.insert(0, str(Path(__file__).resolve().parent))

from fastapi.testclient import TestClient  # noqa: E402

from pharmalens.interfaces.api import create_app  # noqa: E402
from pharmalens.store import Store  # noqa: E402
from store_scale import BUSY, build, percentiles  # noqa: E402

PATHS = ["/api/landscape", "/api/comps?nuclide=Ac-225", f"/api/companies/{quote(BUSY)}/dossier", "/"]


def measure(url: str, articles: int, runs: int) -> None:
    store = Store(url)
    store.upgrade()
    rate = build(store, articles)
    store.close()
    print(f"store: {articles} articles at {rate:.0f} articles/s")
    with TestClient(create_app(url, api_token=None)) as client:
        for path in PATHS:
            response = client.get(path)  # warm-up, and a check that the route works
            if response.status_code != 200:
                raise SystemExit(f"GET {path}: HTTP {response.status_code} {response.text[:200]}")
            samples, size = [], len(response.content)
            for _ in range(runs):
                started = time.perf_counter()
                response = client.get(path)
                samples.append((time.perf_counter() - started) * 1000)
                assert response.status_code == 200
            p50, p95 = percentiles(samples)
            print(f"  GET {path:<36} p50 {p50:9.1f} ms   p95 {p95:9.1f} ms   {size / 1e3:8.0f} kB   ({runs} runs)",
                  flush=True)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=20_000)
    parser.add_argument("--database", help="an empty database URL (default: a temporary SQLite file)")
    parser.add_argument("--runs", type=int, default=50)
    args = parser.parse_args(argv)
    if args.articles < 1 or args.runs < 1:
        parser.error("--articles and --runs must be positive")
    if args.database:
        measure(args.database, args.articles, args.runs)
    else:
        with tempfile.TemporaryDirectory(prefix="pharmalens-bench-") as folder:
            measure(f"sqlite:///{Path(folder) / 'api.db'}", args.articles, args.runs)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
