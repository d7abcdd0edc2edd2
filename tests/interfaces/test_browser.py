"""The web UI in a real headless Chromium (Debian's /usr/bin/chromium, driven by Playwright): on each
page a click on a figure or name opens its document with those words marked and in view, filters
change the rows, the Chinese labels are there, charts are drawn and stored text never runs."""
from __future__ import annotations

import threading
import time
from pathlib import Path
from urllib.parse import unquote

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
NEWS = {
    "a_licence.txt": (
        "SHANGHAI, March 3, 2026 /PRNewswire/ -- Huaxi Biotherapeutics Co., Ltd. and Kestrel Oncology Inc. "
        "announced an exclusive license agreement for HXR-301, a Phase I Lu-177 PSMA radioligand therapy for "
        "cancer patients. Kestrel will pay an upfront payment of $45 million and up to $1.2 billion in milestones.\n"),
    "b_zh.txt": (
        "北辰醫藥與瑞士Alder Pharma簽署BC-207全球授權協議\n"
        "2026年4月8日，北辰醫藥宣布與Alder Pharma簽署獨家許可協議，將靶向FAP的放射性藥物BC-207在大中華區以外的"
        "權益授予Alder Pharma。BC-207目前處於II期臨床。根據協議，Alder Pharma將支付首付款人民幣2.1億元，"
        "以及最高15億元人民幣的里程碑付款。\n"),
    "a_licence.txt.url": "[InternetShortcut]\nURL=https://wire.example.com/huaxi-kestrel\n",
    "c_hostile.txt.url": "javascript:window.__xss=3\n",
    "c_hostile.txt": (
        "Acme Radiopharma <script>window.__xss = 1; alert(1)</script> announced a license agreement with "
        "Kestrel Oncology Inc. <img src=x onerror=\"window.__xss = 2; alert(2)\"> for AR-101, a Phase II "
        "Lu-177 PSMA radioligand, with an upfront payment of $20 million, on March 5, 2026.\n"),
}


def free_port() -> int:
    import socket
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


@pytest.fixture(scope="module")
def server(tmp_path_factory):
    root = tmp_path_factory.mktemp("browser")
    folder = root / "news"
    folder.mkdir()
    for name, text in NEWS.items():
        (folder / name).write_text(text, encoding="utf-8")
    url = f"sqlite:///{root / 'web.db'}"
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


@pytest.fixture(scope="module")
def browser():
    with sync_api.sync_playwright() as playwright:
        chromium = playwright.chromium.launch(executable_path=str(CHROMIUM), headless=True, args=ARGS)
        try:
            yield chromium
        finally:
            chromium.close()


@pytest.fixture
def page(browser):
    context = browser.new_context(viewport={"width": 1280, "height": 800})
    tab = context.new_page()
    tab.dialogs, tab.errors = [], []
    tab.on("dialog", lambda dialog: (tab.dialogs.append(dialog.message), dialog.dismiss()))
    tab.on("console", lambda message: tab.errors.append(message.text) if message.type == "error" else None)
    yield tab
    context.close()


def doc_id(server: str, name: str) -> str:
    """The stored id of the document the facts contract calls `name`."""
    documents = httpx.get(server + "/api/documents", timeout=10).json()["items"]
    return next(d["id"] for d in documents if d["name"] == name)


def in_view(page, locator) -> bool:
    box = locator.bounding_box()
    height = page.viewport_size["height"]
    return box is not None and 0 <= box["y"] and box["y"] + box["height"] <= height


def open_evidence(page, link, expected: str) -> None:
    """Click a figure or name; its document opens with exactly those words marked and in view."""
    link.click()
    page.wait_for_url("**/documents/**")
    focus = page.locator("mark.ev.focus")
    focus.first.wait_for()
    assert expected in "".join(focus.all_inner_texts())
    assert in_view(page, focus.first)
    assert page.locator("li.fact.active").count() == 1


def test_dashboard_number_opens_its_words(server, page):
    page.goto(server + "/")
    table = page.locator("#latest-deals")
    assert table.is_visible()
    page.wait_for_selector("#chart-deal-value[data-drawn='1']")  # plotly drew it, under the CSP
    page.wait_for_selector("#chart-stages[data-drawn='1']")
    upfront = table.locator("tr", has_text="Kestrel").locator("a.ev", has_text="US$45m")
    open_evidence(page, upfront, "$45 million")
    page.goto(server + "/")
    milestones = page.locator("#latest-deals tr", has_text="Kestrel").locator("a.ev", has_text="up to US$1.2bn")
    open_evidence(page, milestones, "$1.2 billion")
    assert page.errors == [] and page.dialogs == []


def test_deals_filters_figures_and_chinese(server, page):
    page.goto(server + "/deals")
    rows = page.locator("#deals tbody tr")
    assert rows.count() == 3
    page.select_option("select[name=deal_type]", "license")
    page.fill("input[name=date_from]", "2026-04")
    page.click("#deal-filters button[type=submit]")
    page.wait_for_url("**date_from=2026-04**")
    assert rows.count() == 1 and "Alder Pharma" in rows.first.inner_text()
    yuan = rows.first.locator("a.ev", has_text="RMB 210m")
    assert "US$" in rows.first.inner_text()  # the USD figure at the deal date beside the yuan
    open_evidence(page, yuan, "2.1億元")
    page.goto(server + "/deals?lang=zh")
    text = page.locator("main").inner_text()
    for label in ("首付款", "里程碑付款", "总额", "交易类型", "授权许可", "可比统计", "中位数"):
        assert label in text
    assert "2.1亿元人民币" in text and "未披露" in text
    page.wait_for_selector("#chart-deals-chart[data-drawn='1']")
    bar = page.locator("#chart-deals-chart .bars path").first.bounding_box()  # plotly's drag layer takes the click
    page.mouse.move(bar["x"] + bar["width"] / 2, bar["y"] + bar["height"] / 2)
    page.mouse.click(bar["x"] + bar["width"] / 2, bar["y"] + bar["height"] / 2)
    page.wait_for_url("**/documents/**")
    assert page.locator("li.fact.active").count() == 1
    assert page.errors == []


def test_a_long_list_shows_its_next_page(server, page):
    page.goto(server + "/deals?limit=1")
    rows = page.locator("#deals tbody tr")
    assert rows.count() == 1
    first = rows.first.inner_text()
    page.click("p.pager a[rel=next]")
    page.wait_for_url("**offset=1**")
    assert rows.count() == 1 and rows.first.inner_text() != first
    assert "2–2 / 3" in page.locator("p.pager").inner_text()
    page.goto(server + "/landscape?limit=1&nuclide=Lu-177")
    assert page.locator("#landscape a.ev.asset").count() == 1
    page.click("p.pager a[rel=next]")
    page.wait_for_url("**offset=1**")
    assert page.locator("#landscape a.ev.asset").count() == 1 and "nuclide=Lu-177" in page.url
    assert page.errors == []


def test_landscape_grid_filters_and_download(server, page):
    page.goto(server + "/landscape")
    grid = page.locator("#landscape tbody tr")
    everything = grid.count()
    assert everything >= 2 and page.locator("#crowding").is_visible()
    page.select_option("select[name=nuclide]", "Lu-177")
    page.click("#landscape-filters button[type=submit]")
    page.wait_for_url("**nuclide=Lu-177**")
    assert 1 <= grid.count() < everything
    assert "Alder" not in page.locator("#landscape").inner_text()
    csv_url = page.locator("#download-csv").get_attribute("href")
    body = httpx.get(server + csv_url, timeout=10).text
    assert "HXR-301" in body and "BC-207" not in body and "Source URL" in body.splitlines()[0]
    open_evidence(page, page.locator("#landscape a.ev.asset", has_text="HXR-301").first, "HXR-301")
    page.goto(server + "/landscape?lang=zh")
    text = page.locator("main").inner_text()
    assert "靶点" in text and "核素" in text and "I期临床" in text and "各靶点拥挤度" in text


def test_company_page_sections_timeline_and_names(server, page):
    page.goto(server + "/companies/" + "北辰医药")  # asked in simplified, stored in traditional
    assert page.locator("#company-name").inner_text() == "北辰醫藥"
    names = page.locator("#names").inner_text()
    assert "北辰医药" in names and "北辰醫藥" in names
    assert page.locator("#timeline li").count() >= 1
    assert page.locator("#section-deals tbody tr").count() == 1
    assert page.locator("#h-facilities + p.empty").inner_text() == "No facts yet."
    open_evidence(page, page.locator("#section-deals a.ev", has_text="RMB 210m"), "2.1億元")
    page.goto(server + "/companies/Kestrel?lang=zh")
    text = page.locator("main").inner_text()
    assert "时间线" in text and "交易" in text and "暂无事实" in text and "被授权方" in text


def test_document_fact_click_highlights(server, page):
    page.goto(server + "/documents/" + doc_id(server, "a_licence.txt#1"))
    fact = page.locator("ul.facts li.fact[data-target^='seg-']").first
    target = fact.get_attribute("data-target")
    assert "highlight" not in (page.locator(f"#{target}").get_attribute("class") or "")
    fact.click()
    evidence = page.locator(f"#{target}")
    assert "highlight" in (evidence.get_attribute("class") or "").split()
    assert evidence.is_visible()


def test_stored_script_does_not_run(server, page):
    hostile = f"/documents/{doc_id(server, 'c_hostile.txt#1')}"
    for path in (hostile, "/deals", "/documents", "/", "/landscape", "/companies/Acme"):
        page.goto(server + path)
        page.wait_for_load_state("load")
        assert page.evaluate("typeof window.__xss") == "undefined"
    page.goto(server + hostile)
    assert "<script>window.__xss" in page.locator("#doc-text").inner_text()
    assert page.locator("#doc-text img").count() == 0 and page.locator("#doc-text script").count() == 0
    assert page.dialogs == []
    assert unquote(page.url).endswith(unquote(hostile))


def test_search_in_either_script_marks_the_words_as_written(server, page):
    page.goto(server + "/search")
    page.fill("#search-form input[name=q]", "北辰医药 授权")
    page.click("#search-form button")
    page.wait_for_url("**/search?**")
    hits = page.locator("#hits li")
    assert hits.count() == 1
    assert "北辰醫藥" in page.locator("#hits li mark.hit").all_inner_texts()
    hits.first.locator("a").click()
    page.wait_for_url("**/documents/**")
    assert "北辰醫藥" in page.locator("#doc-text").inner_text()


def test_where_a_document_came_from_is_linked(server, page):
    origin = "https://wire.example.com/huaxi-kestrel"
    page.goto(server + "/deals")
    row = page.locator("#deals tbody tr", has_text="Huaxi")
    assert row.locator(f"a.origin[href='{origin}']").count() == 1
    page.goto(server + "/documents")
    assert page.locator(f"#documents a.origin[href='{origin}']").count() == 1
    assert page.locator("a.origin[href^='javascript']").count() == 0
    page.goto(server + "/documents/" + doc_id(server, "a_licence.txt#1"))
    assert page.locator(f"#doc-meta a.origin[href='{origin}']").count() == 1


def test_decision_forms_value_an_asset_with_its_charts(server, page):
    page.goto(server + "/decide?lang=zh")
    assert "资产估值" in page.locator("#valuation h2").inner_text()
    page.fill("#value-form input[name=paths]", "2000")
    page.fill("#value-form input[name=seed]", "3")
    page.click("#value-form button")
    page.wait_for_selector("#value-summary")
    page.wait_for_selector("#chart-npv[data-drawn='1']")
    page.wait_for_selector("#chart-tornado[data-drawn='1']")
    assert page.locator("#chart-npv .bars path").count() > 5
    assert page.locator("#tornado-table tr").count() > 2
    assert "蒙特卡洛均值" in page.locator("#value-summary").inner_text()
    page.click("#score-form button")
    page.wait_for_selector("#score-total")
    assert "/ 100" in page.locator("#score-total").inner_text()
    page.select_option("#deal-form select[name=solve]", "royalty")
    page.click("#deal-form button")
    page.wait_for_selector("#deal-solution")
    assert page.locator("#deal-value").is_visible()
    assert page.errors == []


def _screenshots_tool():
    import importlib.util
    path = Path(__file__).resolve().parents[2] / "tools" / "screenshots.py"
    spec = importlib.util.spec_from_file_location("pharmalens_screenshots", path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_make_screenshots_photographs_pages_the_readme_shows(server, browser, tmp_path):
    tool = _screenshots_tool()
    root = Path(__file__).resolve().parents[2]
    readme = (root / "README.md").read_text(encoding="utf-8")
    assert "screenshots:" in (root / "Makefile").read_text(encoding="utf-8")
    for name, _, _ in tool.PAGES:
        assert f"docs/screenshots/{name}.png" in readme and (root / "docs" / "screenshots" / f"{name}.png").is_file()
    written = tool.capture(server, doc_id(server, "a_licence.txt#1"), tmp_path, ("deals", "document"), browser)
    assert [p.name for p in written] == ["deals.png", "document.png"]
    assert all(p.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n" and p.stat().st_size > 10_000 for p in written)
