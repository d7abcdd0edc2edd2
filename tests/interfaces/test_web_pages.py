"""The deal, asset, landscape and company pages read one page of the store at a time: a later page shows
other rows, and a filter is applied before paging (in SQL), so the first page of a filtered list holds
the matching rows however far down the unfiltered list they are."""
from __future__ import annotations

import re
from pathlib import Path
import warnings
from html import unescape

import pytest

pytest.importorskip("fastapi")

with warnings.catch_warnings():
    warnings.simplefilter("ignore")
    from fastapi.testclient import TestClient  # noqa: E402

from pharmalens.interfaces.api import create_app  # noqa: E402
from pharmalens.pipeline import run  # noqa: E402
from pharmalens.settings import Settings  # noqa: E402
from pharmalens.store import Store  # noqa: E402

NEWS = {
    "a_march.txt": (
        "SHANGHAI, March 3, 2026 /PRNewswire/ -- Qilin Radiopharma Co., Ltd. and Kestrel Oncology Inc. announced an "
        "exclusive license agreement for QR-501, a Phase I Lu-177 PSMA radioligand therapy for cancer patients. "
        "Kestrel will pay an upfront payment of $30 million and up to $800 million in milestones.\n"),
    "b_april.txt": (
        "BOSTON, April 2, 2026 -- Northwind Bio Inc. announced an exclusive license agreement with Kestrel Oncology "
        "Inc. for NW-9, a Phase I Lu-177 PSMA radioligand, with an upfront payment of $10 million.\n"),
    "c_may.txt": (
        "LONDON, May 12, 2026 -- Harrowgate Therapeutics Ltd. announced an exclusive license agreement with "
        "Pinecrest Bio Inc. for HG-77, a Phase II Ac-225 FAP radioligand, with an upfront payment of $25 million.\n"),
}


@pytest.fixture(scope="module")
def client(tmp_path_factory):
    root = tmp_path_factory.mktemp("pages")
    folder = root / "news"
    folder.mkdir()
    for name, text in NEWS.items():
        (folder / name).write_text(text, encoding="utf-8")
    url = f"sqlite:///{root / 'pages.db'}"
    with Store(url) as store:
        store.upgrade()
        run(sorted(folder.iterdir()), store, Settings(workers=1))
    with TestClient(create_app(url, api_token=None), base_url="http://127.0.0.1") as test_client:
        yield test_client


def data(client, path: str, **params):
    response = client.get(path, params={**params, "format": "json"})
    assert response.status_code == 200, response.text
    return response.json()


def next_link(client, path: str, **params) -> str:
    page = client.get(path, params=params)
    assert page.status_code == 200
    found = re.search(r'rel="next" href="([^"]+)"', page.text)
    assert found, "no link to the next page"
    return unescape(found.group(1))


def test_the_deal_page_walks_its_pages(client):
    everything = data(client, "/deals")
    assert everything["count"] == 3 and len(everything["rows"]) == 3
    first = data(client, "/deals", limit=1)
    second = data(client, "/deals", limit=1, offset=1)
    assert first["count"] == second["count"] == 3 and len(first["rows"]) == len(second["rows"]) == 1
    assert first["rows"][0]["id"] != second["rows"][0]["id"]
    assert [r["id"] for r in everything["rows"][:2]] == [first["rows"][0]["id"], second["rows"][0]["id"]]
    assert first["upfront"]["disclosed"] == 3  # the statistics cover every match, not the page
    link = next_link(client, "/deals", limit=1)
    assert "offset=1" in link and "limit=1" in link
    page_two = client.get(link).text
    assert "2–2 / 3" in page_two and 'rel="prev"' in page_two


def test_a_deal_filter_is_applied_before_paging(client):
    newest_first = [r["announced"] for r in data(client, "/deals")["rows"]]
    assert newest_first[-1].startswith("2026-03")  # the March deal is last without the filter
    march = data(client, "/deals", date_to="2026-03", limit=1)
    assert march["count"] == 1 and [r["licensor"] for r in march["rows"]] == ["Qilin Radiopharma"]
    spring = data(client, "/deals", date_from="2026-04", date_to="2026-05-31", limit=1, offset=1)
    assert spring["count"] == 2 and len(spring["rows"]) == 1 and spring["rows"][0]["announced"] >= "2026-04"
    assert data(client, "/deals", date_from="2027")["count"] == 0


def test_the_asset_page_pages_and_filters_in_the_store(client):
    first, second = data(client, "/assets", limit=2), data(client, "/assets", limit=2, offset=2)
    assert first["total"] == 3 and len(first["assets"]) == 2 and len(second["assets"]) == 1
    assert {a["asset"] for a in first["assets"] + second["assets"]} == {"QR-501", "NW-9", "HG-77"}
    actinium = data(client, "/assets", nuclide="Ac-225", limit=1)
    assert actinium["total"] == 1 and [a["asset"] for a in actinium["assets"]] == ["HG-77"]


def test_the_landscape_grid_pages_and_counts_crowding_over_every_match(client):
    whole = data(client, "/landscape")
    assert whole["total"] == 3
    first = data(client, "/landscape", limit=1)
    assert first["total"] == 3 and sum(len(v) for line in first["rows"] for v in line["cells"].values()) == 1
    assert first["rows"][0]["target"] == "FAP"  # grid order: target first
    second = data(client, "/landscape", limit=2, offset=1)
    shown = [a["asset"] for line in second["rows"] for v in line["cells"].values() for a in v]
    assert sorted(shown) == ["NW-9", "QR-501"]
    psma = next(c for c in second["crowding"] if c["target"] == "PSMA")
    assert psma["assets"] == 2 and psma["companies"] == 2
    lutetium = data(client, "/landscape", nuclide="Lu-177", limit=1)
    assert lutetium["total"] == 2 and lutetium["rows"][0]["nuclide"] == "Lu-177"
    assert next(c for c in lutetium["crowding"] if c["target"] == "PSMA")["assets"] == 2


def test_the_company_page_reads_a_page_of_each_section(client):
    whole = data(client, "/companies/Kestrel Oncology")
    assert whole["totals"]["deals"] == 2 and len(whole["facts"]["deals"]) == 2
    assert whole["limit"] < data(client, "/deals")["limit"]  # an overview: fewer rows a section than a table page
    first = data(client, "/companies/Kestrel Oncology", limit=1)
    second = data(client, "/companies/Kestrel Oncology", limit=1, offset=1)
    assert first["totals"]["deals"] == 2 and len(first["facts"]["deals"]) == len(second["facts"]["deals"]) == 1
    assert first["facts"]["deals"][0]["id"] != second["facts"]["deals"][0]["id"]
    assert "offset=1" in next_link(client, "/companies/Kestrel Oncology", limit=1)


def statements_of(client, path: str, **params) -> int:
    """SQL statements run while the page is drawn."""
    import sqlalchemy as sa

    seen: list[str] = []

    def count(conn, cursor, statement, *args) -> None:
        seen.append(statement)
    sa.event.listen(sa.engine.Engine, "before_cursor_execute", count)
    try:
        assert client.get(path, params=params).status_code == 200
    finally:
        sa.event.remove(sa.engine.Engine, "before_cursor_execute", count)
    return len(seen)


@pytest.mark.parametrize("path", ["/deals", "/assets", "/companies/Kestrel Oncology"])
def test_a_longer_page_runs_no_more_statements(client, path):
    """Documents and company names of a table are read together, not one query per row or cell."""
    fresh = {"sort": "licensor"} if path == "/deals" else {}  # pages other tests drew are cached
    assert statements_of(client, path, limit=1, **fresh) == statements_of(client, path, limit=3, **fresh)


def test_the_dashboard_is_drawn_again_after_a_write(tmp_path):
    """The dashboard is kept whole between requests, and only until the store changes."""
    folder = tmp_path / "news"
    folder.mkdir()
    (folder / "a_march.txt").write_text(NEWS["a_march.txt"], encoding="utf-8")
    url = f"sqlite:///{tmp_path / 'dash.db'}"
    with Store(url) as store:
        store.upgrade()
        run([folder / "a_march.txt"], store, Settings(workers=1))
    with TestClient(create_app(url, api_token=None), base_url="http://127.0.0.1") as client:
        before = data(client, "/")
        assert before["counts"]["documents"] == 1 and [d["asset"] for d in before["latest_deals"]] == ["QR-501"]
        assert client.get("/").text == client.get("/").text
        assert "交易" in client.get("/", params={"lang": "zh"}).text and "交易" not in client.get("/").text
        (folder / "c_may.txt").write_text(NEWS["c_may.txt"], encoding="utf-8")
        with Store(url) as store:  # another writer (another process: see test_cache.py)
            run([folder / "c_may.txt"], store, Settings(workers=1))
        after = data(client, "/")
        assert after["counts"]["documents"] == 2
        assert [d["asset"] for d in after["latest_deals"]] == ["HG-77", "QR-501"]
        assert "HG-77" in client.get("/").text and "HG-77" in client.get("/", params={"lang": "zh"}).text
        assert "/?x=1&amp;lang=zh" in client.get("/", params={"x": "1"}).text  # its links keep what was asked


ONE_DEAL = ("HANGZHOU, June 3, 2026 -- Alder Isotope Co., Ltd. licensed AL-11, a Phase I Lu-177 PSMA radioligand, "
            "to Birch Oncology Inc. for an upfront payment of $12 million.\n")
THREE_DEALS = ("SUZHOU, June 4, 2026 -- Cedar Radiopharma Co., Ltd. licensed CD-21, a Phase I Ac-225 FAP radioligand, "
               "to Dogwood Therapeutics Inc. for an upfront payment of $20 million. Elm Nuclear Medicine Co., Ltd. "
               "licensed EL-31, a Phase II Lu-177 SSTR2 peptide, to Fir Biosciences Inc. for an upfront payment of "
               "$35 million. 榆林同位素将YL-41授权给枫叶制药，首付款1亿元人民币。\n")


def test_a_document_page_reads_the_names_it_shows_at_once(tmp_path):
    """The names in a document's facts are read in one query, however many the facts name."""
    folder = tmp_path / "news"
    folder.mkdir()
    (folder / "one.txt").write_text(ONE_DEAL, encoding="utf-8")
    (folder / "three.txt").write_text(THREE_DEALS, encoding="utf-8")
    url = f"sqlite:///{tmp_path / 'names.db'}"
    with Store(url) as store:
        store.upgrade()
        run(sorted(folder.iterdir()), store, Settings(workers=1))
        ids = {Path(doc.source).name: doc.id for doc in store.documents(limit=10).items}
        named = {source: {v for f in store.facts(document_id=doc_id) for v in (f.to_json().get("licensor"),
                                                                            f.to_json().get("licensee")) if v}
                 for source, doc_id in ids.items()}
    assert len(named["three.txt"]) > len(named["one.txt"]) >= 2
    with TestClient(create_app(url, api_token=None), base_url="http://127.0.0.1") as client:
        counts = {source: statements_of(client, f"/documents/{doc_id}") for source, doc_id in ids.items()}
    assert counts["one.txt"] == counts["three.txt"]


HOSTILE = ("Acme Radiopharma <script>alert(1)</script> announced a license agreement with Kestrel Oncology Inc. "
           "for AR-101, a Phase II Lu-177 PSMA radioligand, with an upfront payment of $20 million, on March 5, 2026.\n")


def transactions_of(client, path: str, **params) -> int:
    """Read transactions opened while the page is drawn."""
    import sqlalchemy as sa

    seen: list[object] = []

    def begun(connection) -> None:
        seen.append(connection)
    sa.event.listen(sa.engine.Engine, "begin", begun)
    try:
        assert client.get(path, params=params).status_code == 200
    finally:
        sa.event.remove(sa.engine.Engine, "begin", begun)
    return len(seen)


def test_a_document_page_shows_its_facts_evidence_and_focus_read_in_one_transaction(tmp_path):
    """Each fact beside the text with its names as written and the canonical name beside; every evidence
    quote marked; a focused field's words marked as the article wrote them (an alias); the source text
    escaped. The page's reads (document, facts, names) share one transaction."""
    folder = tmp_path / "news"
    folder.mkdir()
    (folder / "three.txt").write_text(THREE_DEALS, encoding="utf-8")
    (folder / "hostile.txt").write_text(HOSTILE, encoding="utf-8")
    url = f"sqlite:///{tmp_path / 'doc.db'}"
    with Store(url) as store:
        store.upgrade()
        run(sorted(folder.iterdir()), store, Settings(workers=1))
        ids = {Path(doc.source).name: doc.id for doc in store.documents(limit=10).items}
    with TestClient(create_app(url, api_token=None), base_url="http://127.0.0.1") as client:
        detail = data(client, f"/documents/{ids['three.txt']}")
        deal = next(f for f in detail["facts"]["deals"] if f["licensee"] == "Dogwood Therapeutics")
        page = client.get(f"/documents/{ids['three.txt']}").text
        assert "Cedar Radiopharma Co., Ltd. (Cedar Radiopharma)" in page
        assert "Dogwood Therapeutics Inc. (Dogwood Therapeutics)" in page and "US$20m" in page
        marked = re.findall(r'<mark class="ev[^"]*" id="[^"]+" data-facts="([^"]*)">([^<]*)</mark>', page)
        for fact in (f for facts in detail["facts"].values() for f in facts):
            quote = " ".join(fact["evidence"][0]["quote"].split())
            assert quote in " ".join("".join(text for facts, text in marked if fact["id"] in facts.split()).split())
        focused = client.get(f"/documents/{ids['three.txt']}", params={"fact": deal["id"], "field": "licensee"}).text
        assert re.search(r'<a id="focus" tabindex="-1"></a><mark class="ev focus" id="seg-\d+" '
                         rf'data-facts="{deal["id"]} focus">Dogwood Therapeutics Inc\.</mark>', focused)
        hostile = client.get(f"/documents/{ids['hostile.txt']}").text
        assert "&lt;script&gt;alert(1)&lt;/script&gt;" in hostile and "<script>alert" not in hostile
        assert "Kestrel Oncology Inc. (Kestrel Oncology)" in hostile
        assert transactions_of(client, f"/documents/{ids['three.txt']}") == 1
        assert transactions_of(client, f"/documents/{ids['three.txt']}", fact=deal["id"], field="licensee") == 1
