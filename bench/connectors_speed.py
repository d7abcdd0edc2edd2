"""Connector speed on one core: PDF pages/s and DOCX files/s read to text, and pages/s fetched and
extracted from a web server on 127.0.0.1.

Usage: python bench/connectors_speed.py [--pages 40] [--docx 40] [--urls 40]

The PDF is tests/filings.py's two-page filing (two columns, a table, a Chinese page) repeated
--pages/2 times; needs the dev extras (fpdf2) and fonts-noto-cjk, as the tests do.
"""
from __future__ import annotations

import argparse
import importlib.util
import os
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def _helper(name: str):
    spec = importlib.util.spec_from_file_location(name, ROOT / "tests" / f"{name}.py")
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module
    spec.loader.exec_module(module)
    return module


def bench_pdf(filings, folder: Path, pages: int) -> None:
    from pharmalens.sources.pdf import read_pdf
    pdf = filings._pdf()
    for n in range(pages // 2):
        filings.two_column_page(pdf, 2 * n + 1, pages)
        filings.chinese_page(pdf, 2 * n + 2, pages)
    path = folder / "long.pdf"
    pdf.output(str(path))
    data = path.read_bytes()
    start = time.perf_counter()
    read = read_pdf(data, path.name)
    seconds = time.perf_counter() - start
    print(f"PDF: {len(read.pages)} pages, {len(data) / 1e6:.2f} MB, {len(read.text):,} chars in {seconds:.2f} s "
          f"= {len(read.pages) / seconds:.1f} pages/s")


def bench_docx(filings, folder: Path, count: int) -> None:
    from pharmalens.sources.word import read_docx
    data = filings.filing_docx(folder / "release.docx").read_bytes()
    start = time.perf_counter()
    for _ in range(count):
        read_docx(data, "release.docx")
    seconds = time.perf_counter() - start
    print(f"DOCX: {count} files of {len(data) / 1e3:.0f} kB in {seconds:.2f} s = {count / seconds:.1f} files/s")


def bench_urls(local_http, count: int) -> None:
    from pharmalens.pipeline import extract
    from pharmalens.settings import Settings
    from pharmalens.sources.web import fetch_source
    server = local_http.LocalServer()
    httpd = local_http.start(server)
    for n in range(count):
        body = (f"<html><head><title>Heron Bio licenses HB-{n:03d}</title></head><body><article><h1>Heron Bio "
                f"licenses HB-{n:03d} to Egret Pharma</h1><p>Heron Bio, Inc. has entered into an exclusive license "
                f"agreement with Egret Pharma, Inc. for HB-{n:03d}, a Lu-177 labelled PSMA radioligand in Phase 1."
                f"</p></article></body></html>").encode()
        server.routes[f"/n/{n}"] = (200, {"Content-Type": "text/html"}, body)
    urls = [server.url(f"/n/{n}") for n in range(count)]
    settings = Settings(allow_private_urls=True)
    start = time.perf_counter()
    for url in urls:
        fetch_source(url, settings)
    fetching = time.perf_counter() - start
    print(f"URLs: fetch with address checks only: {1000 * fetching / count:.1f} ms/page")
    start = time.perf_counter()
    result = extract(urls, settings)
    seconds = time.perf_counter() - start
    httpd.shutdown()
    print(f"URLs: {len(result.documents)} pages fetched and extracted in {seconds:.2f} s = "
          f"{len(result.documents) / seconds:.1f} pages/s ({len(result.skipped)} skipped)")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--pages", type=int, default=40)
    parser.add_argument("--docx", type=int, default=40)
    parser.add_argument("--urls", type=int, default=40)
    args = parser.parse_args()
    os.environ.setdefault("PHARMALENS_ALLOW_PRIVATE_URLS", "1")
    filings, local_http = _helper("filings"), _helper("local_http")
    with tempfile.TemporaryDirectory() as tmp:
        bench_pdf(filings, Path(tmp), args.pages)
        bench_docx(filings, Path(tmp), args.docx)
        bench_urls(local_http, args.urls)


if __name__ == "__main__":
    main()
