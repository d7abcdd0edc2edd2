"""PDF filings the tests write themselves: reading order over two columns, tables as rows, headers,
footers and page numbers dropped, page offsets, and a reason code for every PDF that cannot be read."""
import shutil

import pytest

from pharmalens.model.records import Skipped
from pharmalens.pipeline import extract
from pharmalens.settings import Settings
from pharmalens.sources.pdf import read_pdf


@pytest.fixture
def filing(tmp_path, filings):
    return filings.filing_pdf(tmp_path / "filing.pdf")


def test_two_columns_read_left_column_first_after_the_full_width_title(filing, filings):
    text = read_pdf(filing.read_bytes(), "filing.pdf").text
    title, left, right = text.index(filings.TITLE_EN), text.index(filings.LEFT_EN), text.index(filings.RIGHT_EN)
    assert title < left < right
    assert filings.LEFT_EN in text.split("\n")  # one paragraph, its lines joined


def test_tables_become_pipe_rows_after_the_columns(filing, filings):
    lines = read_pdf(filing.read_bytes(), "filing.pdf").text.split("\n")
    rows = ["| " + " | ".join(row) + " |" for row in filings.TABLE_ROWS]
    at = [lines.index(r) for r in rows]
    assert at == sorted(at) and at[0] > lines.index(filings.RIGHT_EN)
    assert "NWR-068" not in "\n".join(line for line in lines if not line.startswith("|"))


def test_repeated_header_and_page_numbers_are_dropped_and_chinese_page_is_read(filing, filings):
    read = read_pdf(filing.read_bytes(), "filing.pdf")
    assert filings.HEADER_EN not in read.text and "Page 1 of 2" not in read.text
    assert len(read.pages) == 2 and read.pages[0] == 0
    second = read.text[read.pages[1]:]
    assert second.startswith(filings.TITLE_ZH) and filings.BODY_ZH in second
    assert filings.TITLE_ZH not in read.text[:read.pages[1]]


def test_evidence_indexes_the_extracted_text_and_names_its_page(filing):
    result = extract([filing], Settings())
    text = read_pdf(filing.read_bytes(), "filing.pdf").text
    deals = result.records["deals"]
    assert {d.licensor for d in deals} >= {"Northwind Radiopharma"}
    pages = set()
    for record in (r for rs in result.records.values() for r in rs):
        for e in record.evidence:
            assert text[e.start:e.end] == e.quote
            assert e.page == (1 if e.start < text.index("青岚") else 2)
            pages.add(e.page)
    assert pages == {1, 2}
    english = next(d for d in deals if d.licensor == "Northwind Radiopharma")
    assert english.upfront is not None and float(english.upfront.amount) == 45


def test_broken_pdfs_get_their_own_codes_and_the_batch_goes_on(tmp_path, filing, filings):
    scanned = filings.scanned_pdf(tmp_path / "scan.pdf")
    locked = filings.encrypted_pdf(tmp_path / "locked.pdf")
    cut = filings.truncated_pdf(tmp_path / "cut.pdf", filing)
    garbage = filings.corrupt_pdf(tmp_path / "garbage.pdf")
    not_pdf = tmp_path / "fake.pdf"
    not_pdf.write_text("just text pretending")
    result = extract([scanned, locked, cut, garbage, not_pdf, filing], Settings())
    codes = {s.item: s.code for s in result.skipped}
    assert codes == {str(scanned): "no_text_layer", str(locked): "encrypted", str(cut): "truncated",
                     str(garbage): "corrupt", str(not_pdf): "corrupt"}
    assert [d.source for d in result.documents] == [str(filing)]


@pytest.mark.skipif(shutil.which("tesseract") is None, reason="tesseract-ocr is installed by .ci/run")
def test_ocr_reads_a_scan_only_when_asked(tmp_path, filings):
    scanned = filings.scanned_pdf(tmp_path / "scan.pdf", "Kestrel Bio signed a license for KB-101")
    assert isinstance(read_pdf(scanned.read_bytes(), "scan.pdf"), Skipped)
    read = read_pdf(scanned.read_bytes(), "scan.pdf", ocr=True)
    assert "Kestrel Bio" in read.text and "KB-101" in read.text and read.pages == (0,)
    result = extract([scanned], Settings(ocr=True))
    assert not result.skipped and result.documents[0].pages == (0,)
