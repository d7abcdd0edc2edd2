"""Optional OCR of scanned PDF pages with tesseract (Debian's tesseract-ocr with chi_sim, chi_tra, eng)."""
from __future__ import annotations

import pypdfium2

from ..model.records import Skipped

LANGUAGES = ("chi_sim", "chi_tra", "eng")
_SCALE = 300 / 72


def ocr_pages(document: pypdfium2.PdfDocument, indexes: list[int], name: str) -> dict[int, str] | Skipped:
    """The text of each listed page, rendered at 300 dpi and read by tesseract in the languages it has."""
    try:
        import pytesseract
        installed = set(pytesseract.get_languages(config=""))
    except Exception as exc:  # pytesseract missing, or no tesseract binary on PATH
        return Skipped(name, "ocr_unavailable", f"--ocr needs tesseract installed: {exc}")
    languages = "+".join(lang for lang in LANGUAGES if lang in installed) or "eng"
    out = {}
    for index in indexes:
        page = document[index]
        image = page.render(scale=_SCALE).to_pil()
        page.close()
        lines = pytesseract.image_to_string(image, lang=languages).splitlines()
        text = "\n".join(line.strip() for line in lines if line.strip())
        if text:
            out[index] = text
    return out
