"""PDF filings to text: characters from PDFium, ruled tables found by pdfplumber, reading order from
`page_layout`, repeated headers, footers and page numbers dropped, and where each page starts.
With `ocr=True`, pages without a text layer (a scan, or scanned pages inside a filing) are read by
tesseract and keep their place.

Broken files get their own reason codes: `encrypted`, `truncated`, `corrupt`, and `no_text_layer` for
scans (read with `ocr=True` when tesseract is installed)."""
from __future__ import annotations

import io
import re
from collections import Counter
from dataclasses import dataclass

import pdfplumber
import pypdfium2

from ..model.records import Skipped
from .page_layout import Block, PageText, Word, read_page

_PAGE_NUMBER = re.compile(
    r"^\s*(?:[-–—]\s*\d+\s*[-–—]|(?:page|p\.)\s*\d+(?:\s*(?:of|/)\s*\d+)?|\d+\s*(?:/|of)\s*\d+|\d+|"
    r"第\s*\d+\s*[页頁](?:\s*[,，/]?\s*共\s*\d+\s*[页頁])?)\s*$", re.IGNORECASE)
_EOF_WINDOW = 2048


@dataclass(frozen=True)
class ExtractedText:
    """Text read out of a binary document, and the offset where each page starts (empty: no pages)."""

    text: str
    pages: tuple[int, ...] = ()


def read_pdf(data: bytes, name: str, ocr: bool = False) -> ExtractedText | Skipped:
    if data.lstrip()[:5] != b"%PDF-":
        return Skipped(name, "corrupt", "not a PDF: the file does not start with %PDF-")
    if b"%%EOF" not in data[-_EOF_WINDOW:]:
        return Skipped(name, "truncated", "the PDF ends before its %%EOF marker: the file was cut short")
    try:
        document = pypdfium2.PdfDocument(data)
    except pypdfium2.PdfiumError as exc:
        if "password" in str(exc).lower():
            return Skipped(name, "encrypted", "the PDF is encrypted with a password")
        return Skipped(name, "corrupt", f"the PDF cannot be parsed: {exc}")
    try:
        pages = _pages(document, data)
        blank = [i for i, p in enumerate(pages) if not p.body]
        if ocr and blank:
            from .ocr import ocr_pages
            read = ocr_pages(document, blank, name)
            if isinstance(read, Skipped):
                return read
            pages = [PageText(read[i].split("\n"), []) if i in read else p for i, p in enumerate(pages)]
    finally:
        document.close()
    if not any(p.body for p in pages):
        return Skipped(name, "no_text_layer", "no text layer, and OCR found no text" if ocr else
                       "no page has a text layer (a scan?); run with --ocr to read it with tesseract")
    return _assemble(pages)


def _pages(document: pypdfium2.PdfDocument, data: bytes) -> list[PageText]:
    tables = _tables(data, len(document))
    out = []
    for index in range(len(document)):
        page = document[index]
        width, height = page.get_size()
        words = _words(page, height)
        page_tables = tables[index] if index < len(tables) else []
        inside = [w for w in words if not any(_contains(box, w) for box, _cells in page_tables)]
        out.append(read_page(inside, width, height, _table_blocks(page_tables, words)))
        page.close()
    return out


def _words(page: pypdfium2.PdfPage, height: float) -> list[Word]:
    """Runs of characters on one line with no space or wide gap between them."""
    text_page = page.get_textpage()
    words: list[Word] = []
    current: list[tuple[str, tuple[float, float, float, float]]] = []

    def close() -> None:
        if current:
            boxes = [b for _c, b in current]
            words.append(Word("".join(c for c, _b in current), min(b[0] for b in boxes), max(b[2] for b in boxes),
                              height - max(b[3] for b in boxes), height - min(b[1] for b in boxes)))
            current.clear()

    for i in range(text_page.count_chars()):
        char = text_page.get_text_range(i, 1)
        if not char or char.isspace() or ord(char[0]) < 32 or char == "\ufffe":
            close()
            continue
        box = text_page.get_charbox(i, loose=True)
        if current:
            last = current[-1][1]
            size = last[3] - last[1]
            if box[0] - last[2] > 0.25 * size or abs(box[1] - last[1]) > 0.5 * size or box[0] < last[0]:
                close()
        current.append((char, box))
    close()
    text_page.close()
    return words


Box = tuple[float, float, float, float]


def _tables(data: bytes, count: int) -> list[list[tuple[Box, list[list[Box | None]]]]]:
    """Per page, each ruled table's box and its rows of cell boxes; none where pdfplumber cannot read."""
    try:
        with pdfplumber.open(io.BytesIO(data)) as pdf:
            return [[(tuple(t.bbox), [list(r.cells) for r in t.rows]) for t in page.find_tables()]
                    for page in pdf.pages[:count]]
    except Exception:  # a page layout pdfminer cannot parse still has its text from PDFium
        return []


def _table_blocks(tables: list[tuple[Box, list[list[Box | None]]]], words: list[Word]) -> list[Block]:
    """Each table row as a pipe-delimited line, the form the layout reader takes tables in."""
    blocks = []
    for _box, rows in tables:
        for cells in rows:
            texts = [" ".join(w.text for w in words if cell and _contains(cell, w)) for cell in cells]
            if any(texts):
                top = min(cell[1] for cell in cells if cell)
                blocks.append(Block(top, "| " + " | ".join(texts) + " |"))
    return blocks


def _contains(box: Box, word: Word) -> bool:
    x = (word.x0 + word.x1) / 2
    y = (word.top + word.bottom) / 2
    return box[0] <= x <= box[2] and box[1] <= y <= box[3]


def _assemble(pages: list[PageText]) -> ExtractedText:
    """Pages joined by a blank line; header and footer rows seen on two pages or more, and page numbers,
    are dropped; a lone one that is neither is kept at the top of its page."""
    repeated = Counter(_shape(line) for page in pages for line in set(page.furniture))
    parts: list[str] = []
    starts: list[int] = []
    offset = 0
    for page in pages:
        kept = [line for line in page.furniture
                if not _PAGE_NUMBER.match(line) and (len(pages) == 1 or repeated[_shape(line)] < 2)]
        text = "\n".join(kept + page.body)
        starts.append(offset)
        parts.append(text)
        offset += len(text) + 2
    return ExtractedText("\n\n".join(parts), tuple(starts))


def _shape(line: str) -> str:
    return re.sub(r"\d+", "#", line.strip())
