"""`pharmalens feeds` against a feed and pages served on 127.0.0.1: new entries' pages ingested,
conditional GET, duplicates skipped, passing failures retried, a broken feed reported while the others go on."""
import json

from typer.testing import CliRunner

from pharmalens.interfaces.cli import app
from pharmalens.store import Store

runner = CliRunner()


def page(company: str, partner: str, code: str) -> bytes:
    return (f"<html><head><title>{company} licenses {code}</title></head><body><article><h1>{company} licenses "
            f"{code} to {partner}</h1><p>{company}, Inc. has entered into an exclusive license agreement with "
            f"{partner}, Inc. for {code}, a Lu-177 labelled radioligand targeting PSMA in Phase 2 for prostate "
            f"cancer.</p></article></body></html>").encode()


def rss(web, links: list[str]) -> bytes:
    items = "".join(f"<item><title>entry {n}</title><link>{web.url(link)}</link><guid>{link}</guid></item>"
                    for n, link in enumerate(links))
    return f'<?xml version="1.0"?><rss version="2.0"><channel><title>Isotope wire</title>{items}</channel></rss>'.encode()


def conditional(body: bytes, etag: str):
    def reply(request):
        if request.headers.get("if-none-match") == etag:
            return 304, {"ETag": etag}, b""
        return 200, {"Content-Type": "application/rss+xml", "ETag": etag}, body
    return reply


def test_feeds_add_list_run_conditional_get_and_retries(tmp_path, web):
    html = {"Content-Type": "text/html"}
    web.routes["/a1"] = (200, html, page("Tamarind Bio", "Ostrich Pharma", "TB-177"))
    web.routes["/a1-copy"] = (200, html, page("Tamarind Bio", "Ostrich Pharma", "TB-177"))
    web.routes["/a2"] = (200, html, page("Vireo Nuclear", "Basalt Therapeutics", "VN-42"))
    web.routes["/flaky"] = (503, html, b"busy")
    web.routes["/wire.xml"] = conditional(rss(web, ["/a1", "/a1-copy", "/a2", "/gone", "/flaky"]), '"v1"')
    web.routes["/down.xml"] = (500, html, b"down")
    web.routes["/not-a-feed"] = (200, {"Content-Type": "text/plain"}, b"\x00\x01 nothing like a feed")
    feeds = ["--file", str(tmp_path / "feeds.json")]
    db = ["--database", f"sqlite:///{tmp_path / 'f.db'}"]
    for url, name in (("/wire.xml", "wire"), ("/down.xml", "down"), ("/not-a-feed", "junk")):
        assert runner.invoke(app, ["feeds", "add", web.url(url), "--name", name, *feeds]).exit_code == 0
    assert runner.invoke(app, ["feeds", "add", "ftp://x/feed", *feeds]).exit_code == 2

    first = runner.invoke(app, ["feeds", "run", *feeds, *db])
    assert first.exit_code == 1, first.output
    assert "feed down" in first.output and "http_error" in first.output
    assert "feed junk" in first.output and "feed_unreadable" in first.output
    assert f"skipped {web.url('/flaky')}: http_error" in first.output
    assert f"skipped {web.url('/gone')}: not_found" in first.output
    with Store(db[1]) as store:
        assert {d["url"] for d in [d.to_json() for d in store.documents(limit=10_000).items]} == {web.url("/a1"), web.url("/a2")}
        assert {a["asset"] for a in [f.to_json() for f in store.facts("asset")]} == {"TB-177", "VN-42"}
    listed = json.loads(runner.invoke(app, ["feeds", "list", "--json", *feeds]).stdout)
    assert [(f["name"], f["last_status"], f["taken"]) for f in listed][0] == ("wire", "ok", 4)

    web.routes["/flaky"] = (200, html, page("Garnet Labs", "Pylon Bio", "GL-225"))
    second = runner.invoke(app, ["feeds", "run", *feeds, *db])
    assert "wire" in second.output
    assert [len(web.hits(p)) for p in ("/a1", "/a1-copy", "/a2", "/gone")] == [1, 1, 1, 1]
    assert len(web.hits("/flaky")) == 3 + 1  # three tries on the first run, one now
    assert web.hits("/wire.xml")[1].headers.get("if-none-match") is None  # an entry was left to retry

    third = runner.invoke(app, ["feeds", "run", *feeds, *db])
    assert "not_modified" in third.output
    assert web.hits("/wire.xml")[2].headers.get("if-none-match") == '"v1"'
    with Store(db[1]) as store:
        assert {a["asset"] for a in [f.to_json() for f in store.facts("asset")]} == {"TB-177", "VN-42", "GL-225"}


def test_every_below_a_minute_is_refused_and_an_empty_registry_says_how_to_add(tmp_path):
    feeds = ["--file", str(tmp_path / "feeds.json")]
    fast = runner.invoke(app, ["feeds", "run", "--every", "10s", *feeds])
    assert fast.exit_code == 2 and "at least 1 minute" in fast.output
    empty = runner.invoke(app, ["feeds", "run", *feeds, "--database", f"sqlite:///{tmp_path / 'e.db'}"])
    assert empty.exit_code == 0 and "feeds add" in empty.output
