"""Optional OCR of scanned PDF pages with tesseract (Debian's tesseract-ocr with chi_sim, chi_tra, eng)."""
from __future__ import annotations

import pypdfium2

from ..model.records import Skipped

LANGUAGES = ("chi_sim", "chi_tra", "eng")
_SCALE = 300 / 72


def ocr_pages(document: pypdfium2.PdfDocument, name: str):
    """Every page rendered at 300 dpi and read by tesseract, in the languages it has installed."""
    from .pdf import ExtractedText
    try:
        import pytesseract
        installed = set(pytesseract.get_languages(config=""))
    except Exception as exc:  # pytesseract missing, or no tesseract binary on PATH
        return Skipped(name, "ocr_unavailable", f"--ocr needs tesseract installed: {exc}")
    languages = "+".join(lang for lang in LANGUAGES if lang in installed) or "eng"
    parts, starts, offset = [], [], 0
    for index in range(len(document)):
        page = document[index]
        image = page.render(scale=_SCALE).to_pil()
        text = "\n".join(line.strip() for line in pytesseract.image_to_string(image, lang=languages).splitlines()
                         if line.strip())
        page.close()
        starts.append(offset)
        parts.append(text)
        offset += len(text) + 2
    if not any(parts):
        return Skipped(name, "no_text_layer", "no text layer, and OCR found no text either")
    return ExtractedText("\n\n".join(parts), tuple(starts))
