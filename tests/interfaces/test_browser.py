"""The web UI in a real headless Chromium (Debian's /usr/bin/chromium, driven by Playwright)."""
from __future__ import annotations

import socket
import threading
import time
from pathlib import Path

import httpx
import pytest

CHROMIUM = Path("/usr/bin/chromium")
if not CHROMIUM.exists():
    pytest.skip("browser test needs Chromium at /usr/bin/chromium (apt-get install -y chromium)",
                allow_module_level=True)

uvicorn = pytest.importorskip("uvicorn")
sync_api = pytest.importorskip("playwright.sync_api")

from pharmalens.interfaces.api import create_app  # noqa: E402
from pharmalens.pipeline import run  # noqa: E402
from pharmalens.settings import Settings  # noqa: E402
from pharmalens.store import Store  # noqa: E402

ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
        "--disable-sync", "--no-first-run"]
LICENCE = ("SHANGHAI, March 3, 2026 /PRNewswire/ -- Huaxi Biotherapeutics Co., Ltd. and Kestrel Oncology Inc. "
           "announced an exclusive license agreement for HXR-301, a Phase I radioligand therapy for cancer patients. "
           "Kestrel will pay an upfront payment of $45 million and up to $1.2 billion in milestones.\n")
HOSTILE = ("Acme Radiopharma <script>window.__xss = 1; alert(1)</script> announced a license agreement with "
           "Kestrel Oncology Inc. <img src=x onerror=\"window.__xss = 2; alert(2)\"> for AR-101, a Phase II "
           "Lu-177 PSMA radioligand, with an upfront payment of $20 million, on March 5, 2026.\n")


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


@pytest.fixture
def server(tmp_path):
    folder = tmp_path / "news"
    folder.mkdir()
    (folder / "a_licence.txt").write_text(LICENCE, encoding="utf-8")
    (folder / "c_hostile.txt").write_text(HOSTILE, encoding="utf-8")
    url = f"sqlite:///{tmp_path / 'web.db'}"
    with Store(url) as store:
        store.upgrade()
        run(sorted(folder.iterdir()), store, Settings(workers=1))
    port = free_port()
    config = uvicorn.Config(create_app(url, api_token=None), host="127.0.0.1", port=port, log_level="warning")
    instance = uvicorn.Server(config)
    thread = threading.Thread(target=instance.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 20
    while not instance.started:
        assert time.monotonic() < deadline, "uvicorn did not start"
        assert thread.is_alive(), "uvicorn stopped"
        time.sleep(0.05)
    yield f"http://127.0.0.1:{port}"
    instance.should_exit = True
    thread.join(timeout=10)


@pytest.fixture
def page():
    with sync_api.sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=str(CHROMIUM), headless=True, args=ARGS)
        try:
            yield browser.new_page()
        finally:
            browser.close()


def doc_id(server: str, name: str) -> str:
    """The stored id of the document the facts contract calls `name`."""
    documents = httpx.get(server + "/api/documents", timeout=10).json()["items"]
    return next(d["id"] for d in documents if d["name"] == name)


def test_deal_to_evidence_highlight(server, page, tmp_path):
    dialogs: list[str] = []
    page.on("dialog", lambda dialog: (dialogs.append(dialog.message), dialog.dismiss()))
    page.goto(server + "/")
    assert page.locator("#latest-deals").is_visible()
    licence = doc_id(server, "a_licence.txt#1")
    link = page.locator(f"a.deal-doc[href*='{licence}']").first
    link.click()
    page.wait_for_url(f"**/documents/{licence}*")
    fact = page.locator("ul.facts li.fact[data-target^='seg-']").first
    target = fact.get_attribute("data-target")
    page.locator(f"#{target}").wait_for()
    page.goto(page.url.split("#")[0])  # no fact chosen from the URL: only the click highlights
    assert "highlight" not in (page.locator(f"#{target}").get_attribute("class") or "")
    page.locator(f"li.fact[data-target='{target}']").first.click()
    evidence = page.locator(f"#{target}")
    assert "highlight" in (evidence.get_attribute("class") or "").split()
    assert evidence.is_visible()
    shot = tmp_path / "document.png"
    page.screenshot(path=str(shot), full_page=True)
    assert shot.exists() and shot.stat().st_size > 0
    assert dialogs == []


def test_stored_script_does_not_run(server, page):
    dialogs: list[str] = []
    page.on("dialog", lambda dialog: (dialogs.append(dialog.message), dialog.dismiss()))
    hostile = f"/documents/{doc_id(server, 'c_hostile.txt#1')}"
    for path in (hostile, "/deals", "/documents", "/"):
        page.goto(server + path)
        page.wait_for_load_state("load")
        assert page.evaluate("typeof window.__xss") == "undefined"
    page.goto(server + hostile)
    assert "<script>window.__xss" in page.locator("#doc-text").inner_text()
    assert page.locator("#doc-text img").count() == 0 and page.locator("#doc-text script").count() == 0
    assert dialogs == []
