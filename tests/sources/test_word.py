"""DOCX press releases: paragraphs and tables in document order, headers and footers left out."""
from pharmalens.pipeline import extract
from pharmalens.settings import Settings
from pharmalens.sources.word import read_docx


def test_docx_paragraphs_and_table_rows_in_order_without_header_or_footer(tmp_path, filings):
    path = filings.filing_docx(tmp_path / "release.docx")
    read = read_docx(path.read_bytes(), "release.docx")
    lines = read.text.split("\n")
    assert lines[:3] == [filings.TITLE_EN, filings.LEFT_EN, filings.RIGHT_EN]
    assert lines[3:6] == ["| " + " | ".join(row) + " |" for row in filings.TABLE_ROWS]
    assert lines[6:] == [filings.TITLE_ZH, filings.BODY_ZH]
    assert filings.HEADER_EN not in read.text and read.pages == ()


def test_docx_facts_cite_the_extracted_text_in_both_languages(tmp_path, filings):
    path = filings.filing_docx(tmp_path / "release.docx")
    text = read_docx(path.read_bytes(), "release.docx").text
    result = extract([path], Settings())
    assets = {a.asset: a for a in result.records["assets"]}
    assert {"NWR-225", "NWR-068", "BLX-177"} <= set(assets)
    assert assets["BLX-177"].nuclide == "Lu-177" and assets["NWR-068"].nuclide == "Ga-68"
    for record in (r for rs in result.records.values() for r in rs):
        assert all(text[e.start:e.end] == e.quote and e.page is None for e in record.evidence)


def test_broken_docx_files_are_reported_by_code(tmp_path, filings):
    whole = filings.filing_docx(tmp_path / "whole.docx").read_bytes()
    cut = tmp_path / "cut.docx"
    cut.write_bytes(whole[: len(whole) // 2])
    text = tmp_path / "plain.docx"
    text.write_text("not a word file")
    ole = tmp_path / "locked.docx"
    ole.write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 512)
    result = extract([cut, text, ole], Settings())
    assert {s.item: s.code for s in result.skipped} == {str(cut): "truncated", str(text): "corrupt",
                                                        str(ole): "encrypted"}
