"""`pharmalens ingest` over a PDF, a DOCX, a web page and broken sources in one run."""
from typer.testing import CliRunner

from pharmalens.interfaces.cli import app
from pharmalens.store import Store

runner = CliRunner()
PAGE = (b"<html><head><title>Solano Bio raises money</title></head><body><article><h1>Solano Bio licenses SB-090 "
        b"to Quill Therapeutics</h1><p>Solano Bio, Inc. has entered into an exclusive license agreement with Quill "
        b"Therapeutics, Inc. for SB-090, a Y-90 labelled radioligand targeting CA9 in Phase 2 for renal cancer. "
        b"Quill will pay an upfront payment of US$12 million.</p></article></body></html>")


def test_files_filings_and_pages_go_in_and_bad_ones_are_named(tmp_path, web, filings):
    web.routes["/release"] = (200, {"Content-Type": "text/html"}, PAGE)
    pdf = filings.filing_pdf(tmp_path / "filing.pdf")
    docx = filings.filing_docx(tmp_path / "release.docx")
    scan = filings.scanned_pdf(tmp_path / "scan.pdf")
    db = f"sqlite:///{tmp_path / 'c.db'}"
    args = ["ingest", str(pdf), str(docx), str(scan), web.url("/release"), web.url("/nothing"), "--database", db]
    result = runner.invoke(app, args)
    assert result.exit_code == 1, result.output
    assert f"skipped {scan}: no_text_layer" in result.output
    assert f"skipped {web.url('/nothing')}: not_found" in result.output
    with Store(db) as store:
        documents = {d["name"]: d for d in [d.to_json() for d in store.documents(limit=10_000).items]}
        page = documents[next(name for name in documents if name.endswith("release#1"))]
        assert page["url"] == web.url("/release") and page["fetched_at"]
        assert "url" not in documents["filing.pdf#1"]
        pdf_deals = [f.to_json() for f in store.facts("deal", document_id=documents["filing.pdf#1"]["id"])]
        assert pdf_deals and all(e["page"] in (1, 2) for d in pdf_deals for e in d["evidence"])
        page_assets = [f.to_json() for f in store.facts("asset", document_id=page["id"])]
        assert [a["asset"] for a in page_assets] == ["SB-090"]
        assert all("page" not in e for e in page_assets[0]["evidence"])
        facts = len([f.to_json() for f in store.facts()])
    again = runner.invoke(app, args)
    assert again.exit_code == 1 and "articles unchanged" in again.output
    with Store(db) as store:
        assert len([d.to_json() for d in store.documents(limit=10_000).items]) == len(documents) and len([f.to_json() for f in store.facts()]) == facts
