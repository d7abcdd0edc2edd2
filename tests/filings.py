"""Filings the tests make themselves: PDFs (two columns, a table, Chinese, a scanned page, broken
files) and DOCX, written with fpdf2 and python-docx in our own words about made-up companies."""
from __future__ import annotations

import io
from pathlib import Path

from fpdf import FPDF, FontFace
from PIL import Image, ImageDraw, ImageFont

CJK_FONT = Path("/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc")
LATIN_FONT = Path("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf")

TITLE_EN = "Northwind Radiopharma licenses NWR-225 to Halcyon Therapeutics"
LEFT_EN = ("SHANGHAI, March 3, 2025 -- Northwind Radiopharma Co., Ltd. announced that it has entered into an "
           "exclusive license agreement with Halcyon Therapeutics, Inc. for NWR-225, an Ac-225 labelled PSMA "
           "radioligand in Phase 1 for prostate cancer.")
RIGHT_EN = ("Halcyon will pay an upfront payment of US$45 million and up to US$610 million in development and "
            "sales milestones. The parties expect the first patient to be dosed in a new cohort next year.")
HEADER_EN = "Northwind Radiopharma Co., Ltd. - Voluntary Announcement"
TITLE_ZH = "青岚医药与远帆生物就BLX-177达成授权合作"
BODY_ZH = ("2025年4月8日，青岚医药股份有限公司宣布与远帆生物科技有限公司签署独家许可协议，将其靶向SSTR2的"
           "镥-177放射性配体药物BLX-177在大中华区的权益授予远帆生物。远帆生物将支付首付款1.2亿元人民币。")
TABLE_ROWS = [("Product", "Target", "Nuclide", "Stage"),
              ("NWR-225", "PSMA", "Ac-225", "Phase 1"),
              ("NWR-068", "FAP", "Ga-68", "Preclinical")]
SCANNED_EN = "Kestrel Bio signed a license for KB-101"


def _pdf() -> FPDF:
    pdf = FPDF(format="A4", unit="pt")
    pdf.set_auto_page_break(False)
    pdf.add_font("latin", fname=str(LATIN_FONT))
    pdf.add_font("cjk", fname=str(CJK_FONT), collection_font_number=0)
    return pdf


def _furniture(pdf: FPDF, page: int, pages: int) -> None:
    pdf.set_font("latin", size=8)
    pdf.set_xy(40, 20)
    pdf.cell(0, 10, HEADER_EN)
    pdf.set_xy(40, pdf.h - 30)
    pdf.cell(0, 10, f"Page {page} of {pages}", align="C")


def two_column_page(pdf: FPDF, page: int, pages: int, table: bool = True) -> None:
    """A full-width title, then two columns, then (optionally) a ruled table across the page."""
    pdf.add_page()
    _furniture(pdf, page, pages)
    pdf.set_font("latin", size=14)
    pdf.set_xy(40, 60)
    pdf.multi_cell(pdf.w - 80, 18, TITLE_EN)
    pdf.set_font("latin", size=10)
    column = (pdf.w - 80 - 30) / 2
    pdf.set_xy(40, 110)
    pdf.multi_cell(column, 13, LEFT_EN)
    pdf.set_xy(40 + column + 30, 110)
    pdf.multi_cell(column, 13, RIGHT_EN)
    if table:
        pdf.set_xy(40, 330)
        with pdf.table(col_widths=(1, 1, 1, 1), width=pdf.w - 80, line_height=16,
                       headings_style=FontFace(emphasis=None)) as grid:
            for row in TABLE_ROWS:
                cells = grid.row()
                for value in row:
                    cells.cell(value)


def chinese_page(pdf: FPDF, page: int, pages: int) -> None:
    pdf.add_page()
    _furniture(pdf, page, pages)
    pdf.set_font("cjk", size=14)
    pdf.set_xy(40, 60)
    pdf.multi_cell(pdf.w - 80, 20, TITLE_ZH)
    pdf.set_font("cjk", size=11)
    pdf.set_xy(40, 100)
    pdf.multi_cell(pdf.w - 80, 16, BODY_ZH)


def scanned_page(pdf: FPDF, text: str = SCANNED_EN) -> None:
    """A page that is only a picture of text: no text layer."""
    image = Image.new("L", (1700, 400), 255)
    draw = ImageDraw.Draw(image)
    draw.text((60, 150), text, fill=0, font=ImageFont.truetype(str(LATIN_FONT), 56))
    buffer = io.BytesIO()
    image.save(buffer, format="PNG")
    pdf.add_page()
    pdf.image(buffer, x=20, y=40, w=pdf.w - 40)


def filing_pdf(path: Path) -> Path:
    """Two pages: an English two-column announcement with a table, then a Chinese one."""
    pdf = _pdf()
    two_column_page(pdf, 1, 2)
    chinese_page(pdf, 2, 2)
    pdf.output(str(path))
    return path


def scanned_pdf(path: Path, text: str = SCANNED_EN) -> Path:
    pdf = _pdf()
    scanned_page(pdf, text)
    pdf.output(str(path))
    return path


def filing_with_scanned_page_pdf(path: Path, text: str = SCANNED_EN) -> Path:
    """A filing whose second page is a scan (a signed attachment, say)."""
    pdf = _pdf()
    two_column_page(pdf, 1, 2, table=False)
    scanned_page(pdf, text)
    pdf.output(str(path))
    return path


def owner_locked_pdf(path: Path) -> Path:
    """Encrypted with an owner password only (permissions), as many filings are: readable by anyone."""
    pdf = _pdf()
    pdf.set_encryption(owner_password="owner-secret")
    two_column_page(pdf, 1, 1, table=False)
    pdf.output(str(path))
    return path


def encrypted_pdf(path: Path) -> Path:
    pdf = _pdf()
    pdf.set_encryption(owner_password="owner-secret", user_password="reader-secret")
    two_column_page(pdf, 1, 1, table=False)
    pdf.output(str(path))
    return path


def truncated_pdf(path: Path, whole: Path) -> Path:
    data = whole.read_bytes()
    path.write_bytes(data[: len(data) // 2])
    return path


def corrupt_pdf(path: Path) -> Path:
    path.write_bytes(b"%PDF-1.7\n" + bytes(range(256)) * 8 + b"\n%%EOF\n")
    return path


def filing_docx(path: Path) -> Path:
    from docx import Document

    document = Document()
    document.sections[0].header.paragraphs[0].text = HEADER_EN
    document.sections[0].footer.paragraphs[0].text = "Page 1"
    document.add_heading(TITLE_EN, level=1)
    document.add_paragraph(LEFT_EN)
    document.add_paragraph(RIGHT_EN)
    grid = document.add_table(rows=len(TABLE_ROWS), cols=len(TABLE_ROWS[0]))
    for r, row in enumerate(TABLE_ROWS):
        for c, value in enumerate(row):
            grid.cell(r, c).text = value
    document.add_paragraph(TITLE_ZH)
    document.add_paragraph(BODY_ZH)
    document.save(str(path))
    return path
