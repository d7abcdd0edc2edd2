"""The Host header is checked (DNS rebinding), every response carries the security headers, and the
API docs load in a real Chromium from this server alone under a CSP with no inline script."""
from __future__ import annotations

import re
import time
from pathlib import Path

import httpx

import pytest

uvicorn = pytest.importorskip("uvicorn")

from pharmalens.interfaces.api import create_app  # noqa: E402
from pharmalens.settings import Settings  # noqa: E402

CHROMIUM = Path("/usr/bin/chromium")
ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
        "--disable-sync", "--no-first-run"]


@pytest.fixture(scope="module")
def base(tmp_path_factory, uvicorn_on_loopback):
    folder = tmp_path_factory.mktemp("guards")
    settings = Settings(database_url=f"sqlite:///{folder / 'g.db'}", allowed_hosts=("pharmalens.internal",))
    with uvicorn_on_loopback(create_app(settings=settings)) as url:
        yield url


@pytest.mark.parametrize("path", ["/", "/api/documents", "/docs", "/openapi.json", "/no-such-page"])
def test_a_foreign_host_header_is_refused(base, path):
    port = base.rsplit(":", 1)[1]
    for host in ("evil.example", f"evil.example:{port}", f"127.0.0.1.evil.example:{port}", "", "[::2]:80"):
        response = httpx.get(base + path, headers={"Host": host})
        assert response.status_code == 400, (host, response.status_code)
        assert response.json()["error"]["code"] == "host_not_allowed"
    for host in (f"127.0.0.1:{port}", f"localhost:{port}", "LOCALHOST", f"[::1]:{port}", "pharmalens.internal"):
        response = httpx.get(base + path, headers={"Host": host})
        assert response.status_code != 400 and response.status_code < 500, (host, response.status_code)


@pytest.mark.parametrize("path", ["/", "/api/documents", "/docs", "/redoc", "/openapi.json", "/no-such-page"])
def test_every_response_carries_the_security_headers(base, path):
    response = httpx.get(base + path)
    assert response.headers["Referrer-Policy"] == "no-referrer"
    assert response.headers["X-Content-Type-Options"] == "nosniff"
    policy = dict(part.strip().split(" ", 1) for part in response.headers["Content-Security-Policy"].split(";"))
    assert policy["script-src"] == "'self'" and policy["default-src"] == "'self'"


def test_the_docs_pages_name_only_assets_of_this_server(base):
    for page in ("/docs", "/redoc"):
        html = httpx.get(base + page).text
        sources = re.findall(r'(?:src|href)="([^"]+)"', html)
        assert sources and all(s.startswith("/") and not s.startswith("//") for s in sources), sources
        assert "<script>" not in html
        for source in sources:
            asset = httpx.get(base + source)
            assert asset.status_code == 200 and len(asset.content) > 0, source


def _wait_for_text(page, *texts: str, seconds: float = 60) -> None:
    """Poll the page's text from Python: a string predicate (wait_for_function) is compiled with eval
    in the page, which the page's own CSP refuses whenever the first check comes too early."""
    deadline = time.monotonic() + seconds
    while not all(t in page.inner_text("body") for t in texts):
        assert time.monotonic() < deadline, f"{texts} not on {page.url}"
        page.wait_for_timeout(250)


@pytest.mark.skipif(not CHROMIUM.exists(), reason="needs Chromium at /usr/bin/chromium")
def test_the_docs_render_in_a_browser_from_this_server_alone(base):
    """Every response the page gets comes from this server; no script or style is refused."""
    sync_api = pytest.importorskip("playwright.sync_api")
    with sync_api.sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=str(CHROMIUM), headless=True, args=ARGS)
        try:
            page = browser.new_page()
            requests, problems = [], []
            page.on("response", lambda response: requests.append(response.url))
            page.on("console", lambda message: problems.append(message.text) if message.type == "error" else None)
            page.goto(base + "/docs")
            page.wait_for_selector(".swagger-ui .info .title", timeout=30_000)
            assert "pharmalens" in page.inner_text(".swagger-ui .info .title")
            _wait_for_text(page, "/api/deals")
            page.goto(base + "/redoc")
            _wait_for_text(page, "/api/deals", "pharmalens")
        finally:
            browser.close()
    foreign = [url for url in requests if not url.startswith((base, "data:", "blob:"))]
    assert requests and foreign == [], foreign
    # ReDoc's sidebar asks for its maker's logo from a CDN: the CSP refuses it, and nothing else
    assert not [p for p in problems if "Refused" in p and "logo-mini.svg" not in p], problems
