"""Screenshots of every web page for the README: `make screenshots`.

Ingests examples/news into a throwaway SQLite store, serves the web UI on a free port of 127.0.0.1,
and saves one PNG per page into docs/screenshots/ with the system's Chromium (Playwright). Run it
again after a change to a page; the PNGs are committed so that the README shows them.
"""
from __future__ import annotations

import argparse
import socket
import sys
import tempfile
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any
from urllib.parse import quote

ROOT = Path(__file__).resolve().parents[1]
CHROMIUM = "/usr/bin/chromium"
ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
        "--disable-sync", "--no-first-run"]
VIEWPORT = {"width": 1280, "height": 860}
# name, path (with {document} for a stored document id), selector to wait for
PAGES = (
    ("dashboard", "/", "#chart-deal-value[data-drawn='1']"),
    ("deals", "/deals", "#chart-deals-chart[data-drawn='1']"),
    ("landscape", "/landscape", "#landscape"),
    ("assets", "/assets", "table"),
    ("company", "/companies/" + quote("澜沧核药") + "?lang=zh", "#company-name"),
    ("document", "/documents/{document}", "#doc-text"),
    ("search", "/search?q=" + quote("澜滄核藥"), "#hits"),
    ("decide", "/decide?tool=value&paths=20000&seed=1#valuation", "#chart-tornado[data-drawn='1']"),
)


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


@contextmanager
def serving(news: Path) -> Iterator[tuple[str, str]]:
    """The web UI over a store of `news`, and the id of the first document with a deal."""
    import uvicorn

    from pharmalens.interfaces.api import create_app
    from pharmalens.pipeline import run
    from pharmalens.settings import Settings
    from pharmalens.store import Store

    with tempfile.TemporaryDirectory() as folder:
        url = f"sqlite:///{Path(folder) / 'screens.db'}"
        with Store(url) as store:
            store.upgrade()
            run([news], store, Settings(workers=1))
            deals = store.facts("deal")
        server = uvicorn.Server(uvicorn.Config(create_app(url, api_token=None), host="127.0.0.1",
                                               port=free_port(), log_level="warning"))
        thread = threading.Thread(target=server.run, daemon=True)
        thread.start()
        deadline = time.monotonic() + 30
        while not server.started:
            if time.monotonic() > deadline or not thread.is_alive():
                raise RuntimeError("the web server did not start")
            time.sleep(0.05)
        try:
            yield f"http://127.0.0.1:{server.config.port}", deals[0].document if deals else ""
        finally:
            server.should_exit = True
            thread.join(timeout=10)


def capture(base: str, document: str, out: Path, names: tuple[str, ...] = (), browser: Any = None) -> list[Path]:
    """One PNG per page (or per page in `names`) in `out`, with `browser` or a Chromium of its own;
    returns the files written."""
    if browser is None:
        from playwright.sync_api import sync_playwright

        with sync_playwright() as playwright:
            own = playwright.chromium.launch(executable_path=CHROMIUM, headless=True, args=ARGS)
            try:
                return capture(base, document, out, names, own)
            finally:
                own.close()
    out.mkdir(parents=True, exist_ok=True)
    written = []
    context = browser.new_context(viewport=VIEWPORT, device_scale_factor=1)
    try:
        tab = context.new_page()
        for name, path, ready in PAGES:
            if names and name not in names:
                continue
            tab.goto(base + path.replace("{document}", quote(document, safe="")))
            tab.wait_for_selector(ready, timeout=60_000)
            target = out / f"{name}.png"
            tab.screenshot(path=str(target), full_page=False)
            written.append(target)
    finally:
        context.close()
    return written


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--news", type=Path, default=ROOT / "examples" / "news")
    parser.add_argument("--out", type=Path, default=ROOT / "docs" / "screenshots")
    parser.add_argument("pages", nargs="*", help=f"only these pages: {', '.join(p[0] for p in PAGES)}")
    args = parser.parse_args(argv)
    with serving(args.news) as (base, document):
        for path in capture(base, document, args.out, tuple(args.pages)):
            print(path.relative_to(ROOT) if path.is_relative_to(ROOT) else path)
    return 0


if __name__ == "__main__":
    sys.exit(main())
