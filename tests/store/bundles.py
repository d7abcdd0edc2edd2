"""Small document bundles for the store tests."""
from __future__ import annotations

import hashlib
from decimal import Decimal

from pharmalens.model.records import Asset, Company, Deal, Document, DocumentBundle, Evidence, Money


def quote(text: str, part: str) -> list[Evidence]:
    start = text.index(part)
    return [Evidence(start, start + len(part), part)]


def article(doc_id: str, title: str, text: str, lang: str = "en") -> DocumentBundle:
    """A document naming HRS-4357, with a deal and an asset record quoting it."""
    doc = Document(id=doc_id, source=doc_id.split("#")[0], text=text, span=(0, len(text)), title=title,
                   lang=lang, relevant=True, published="2026-05-20",
                   content_hash=hashlib.sha256(text.encode()).hexdigest())
    records = [
        Deal(document=doc_id, evidence=quote(text, "HRS-4357"), extractor="rules", licensor="Hengrui",
             licensee="Novartis", asset="HRS-4357", upfront=Money(Decimal("158"), "USD"), announced="2026-05-20"),
        Asset(document=doc_id, evidence=quote(text, "HRS-4357"), extractor="rules", company="Hengrui",
              asset="HRS-4357", modality="rdc", target=["PSMA"], nuclide="Lu-177", stage="phase1"),
    ]
    companies = [Company("Hengrui", ["恒瑞医药"], "pharma"), Company("Novartis", ["诺华"], "pharma")]
    return DocumentBundle(document=doc, records=records, companies=companies)
