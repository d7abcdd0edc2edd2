"""Fetching pages from a real HTTP server on 127.0.0.1: article text, URL and fetch time kept,
redirects capped, size capped, content type checked, retries with backoff, private addresses refused."""
from dataclasses import replace

import httpx

from pharmalens.model.records import Skipped
from pharmalens.pipeline import extract
from pharmalens.settings import Settings
from pharmalens.sources.web import fetch_source, refusal

ARTICLE = b"""<html><head><title>Orchid Isotopes sells OI-211 rights to Meridian Pharma</title></head><body>
<nav><a href="/">Home</a> | <a href="/news">News</a> | <a href="/about">About us</a></nav>
<article><h1>Orchid Isotopes sells OI-211 rights to Meridian Pharma</h1>
<p>BOSTON, June 12, 2025 -- Orchid Isotopes, Inc. has entered into an exclusive license agreement with
Meridian Pharma AG for OI-211, an At-211 labelled radioligand targeting FAP in Phase 1 for sarcoma.</p>
<p>Meridian Pharma will pay an upfront payment of US$30 million and up to US$400 million in milestones.</p>
</article><footer>Copyright Orchid Isotopes. All rights reserved. Privacy policy. Cookie settings.</footer>
</body></html>"""
HTML = {"Content-Type": "text/html; charset=utf-8"}


def settings(**changes) -> Settings:
    return replace(Settings(allow_private_urls=True, fetch_backoff=0.01, fetch_timeout=5), **changes)


def test_a_page_becomes_a_cited_document_with_its_url_and_fetch_time(web):
    web.routes["/news/orchid"] = (200, HTML, ARTICLE)
    url = web.url("/news/orchid")
    result = extract([url], settings())
    assert not result.skipped
    doc = result.documents[0]
    assert doc.source == url and doc.url == url and doc.fetched_at.endswith("+00:00")
    assert "Cookie settings" not in doc.text and "Home | News" not in doc.text
    deal = result.records["deals"][0]
    assert (deal.licensor, deal.licensee, deal.asset) == ("Orchid Isotopes", "Meridian Pharma", "OI-211")
    assert "pharmalens" in web.hits("/news/orchid")[0].headers["user-agent"]


def test_redirects_are_followed_up_to_the_cap(web):
    web.routes["/news/orchid"] = (200, HTML, ARTICLE)
    web.routes["/short"] = (302, {"Location": "/news/orchid"}, b"")
    web.routes["/loop"] = (302, {"Location": "/loop"}, b"")
    followed = fetch_source(web.url("/short"), settings())
    assert followed.url == web.url("/news/orchid") and followed.path == web.url("/short")
    looping = fetch_source(web.url("/loop"), settings(max_redirects=3))
    assert isinstance(looping, Skipped) and looping.code == "too_many_redirects"
    assert len(web.hits("/loop")) == 4


def test_size_cap_content_type_and_http_errors_give_reason_codes(web):
    web.routes["/big"] = (200, HTML, b"<p>" + b"x" * 5000 + b"</p>")
    web.routes["/logo"] = (200, {"Content-Type": "image/png"}, b"\x89PNG....")
    codes = {path: fetch_source(web.url(path), settings(max_file_bytes=1000)).code
             for path in ("/big", "/logo", "/gone")}
    assert codes == {"/big": "too_large", "/logo": "unsupported_type", "/gone": "not_found"}
    assert len(web.hits("/gone")) == 1  # a 404 is not retried


def test_server_errors_are_retried_with_backoff_then_succeed(web):
    answers = iter([(503, HTML, b"busy"), (503, HTML, b"busy"), (200, HTML, ARTICLE)])
    web.routes["/flaky"] = lambda _request: next(answers)
    assert fetch_source(web.url("/flaky"), settings(fetch_retries=2)).data == ARTICLE
    web.routes["/down"] = (500, HTML, b"down")
    failed = fetch_source(web.url("/down"), settings(fetch_retries=1))
    assert failed.code == "http_error" and len(web.hits("/down")) == 2


def test_private_loopback_and_link_local_addresses_are_refused_by_resolved_ip(web):
    web.routes["/news/orchid"] = (200, HTML, ARTICLE)
    strict = settings(allow_private_urls=False)
    for url in (web.url("/news/orchid"), f"http://localhost:{web.port}/news/orchid",
                "http://169.254.169.254/latest/", "http://10.1.2.3/", "http://[::1]/"):
        refused = refusal(url, strict)
        assert refused is not None and refused.code == "private_address", url
    assert web.hits("/news/orchid") == []
    assert refusal("ftp://example.org/x", strict).code == "bad_url"
    assert refusal(web.url("/news/orchid"), settings()) is None


def test_a_pdf_behind_a_url_is_read_with_pages(web, tmp_path, filings):
    pdf = filings.filing_pdf(tmp_path / "filing.pdf").read_bytes()
    web.routes["/filing.pdf"] = (200, {"Content-Type": "application/pdf"}, pdf)
    result = extract([web.url("/filing.pdf")], settings())
    assert result.documents[0].url == web.url("/filing.pdf") and len(result.documents[0].pages) == 2
    assert {e.page for d in result.records["deals"] for e in d.evidence} == {1, 2}


def test_the_connection_itself_refuses_a_private_address_the_check_did_not_see(web):
    """Even past the URL check (as after a DNS answer that changed), the transport connects only to
    addresses it checked itself."""
    from pharmalens.sources.web import new_client
    web.routes["/news/orchid"] = (200, HTML, ARTICLE)
    strict = settings(allow_private_urls=False)
    with new_client(strict) as client:
        try:
            client.get(web.url("/news/orchid"))
            raise AssertionError("connected to a loopback address")
        except httpx.ConnectError as error:
            assert "non-public address" in str(error)
    assert web.hits("/news/orchid") == []
    with new_client(settings()) as client:
        assert client.get(web.url("/news/orchid")).status_code == 200
