"""DOCX press releases to text with python-docx: body paragraphs and tables in document order, tables
as pipe-delimited rows; headers and footers live apart in a DOCX and are left out."""
from __future__ import annotations

import io
import zipfile

import docx
from docx.table import Table

from ..model.records import Skipped
from .pdf import ExtractedText


def read_docx(data: bytes, name: str) -> ExtractedText | Skipped:
    if not zipfile.is_zipfile(io.BytesIO(data)):
        if data.startswith(b"\xd0\xcf\x11\xe0"):
            return Skipped(name, "encrypted", "an OLE container, not a DOCX: encrypted, or an old .doc file")
        if data.startswith(b"PK\x03\x04"):
            return Skipped(name, "truncated", "the DOCX package has no end record: the file was cut short")
        return Skipped(name, "corrupt", "not a DOCX: the file is not a ZIP package")
    try:
        document = docx.Document(io.BytesIO(data))
    except (KeyError, ValueError, zipfile.BadZipFile) as exc:
        return Skipped(name, "corrupt", f"the DOCX cannot be read: {exc}")
    except Exception as exc:  # python-docx raises its own errors for a package that is not a Word file
        return Skipped(name, "corrupt", f"the DOCX cannot be read: {type(exc).__name__}: {exc}")
    lines: list[str] = []
    for block in document.iter_inner_content():
        if isinstance(block, Table):
            lines.extend(_rows(block))
        elif block.text.strip():
            lines.append(block.text.strip())
    if not lines:
        return Skipped(name, "empty", "the DOCX holds no text")
    return ExtractedText("\n".join(lines))


def _rows(table: Table) -> list[str]:
    rows = []
    for row in table.rows:
        cells = [" ".join(cell.text.split()) for cell in row.cells]
        if any(cells):
            rows.append("| " + " | ".join(cells) + " |")
    return rows
