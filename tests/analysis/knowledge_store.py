"""A store where the same deals and assets are reported by an exchange filing, a media story and a
machine summary (loaded by path: tests are not a package)."""
from __future__ import annotations

import hashlib
from decimal import Decimal
from pathlib import Path

from pharmalens.model.records import Asset, Company, Deal, Document, DocumentBundle, Evidence, Money
from pharmalens.store import Store

FILING = ("德爾塔製藥有限公司（股份代號：9999）董事會欣然宣佈，本公司與Megapharma就DL-7訂立授權協議，"
          "首付款50百萬美元。DL-7處於I期臨床。另就DL-9訂立授權協議，首付款20百萬美元。")
MEDIA = ("Delta Pharma licensed 德尔塔7号 to Megapharma for $55 million upfront, a source said. "
         "The drug, an ADC, is in Phase 2.")
SUMMARY = ("Core Insights\nDelta Pharma out-licensed its PSMA asset to Megapharma for $55 million [1]. "
           "DL-7 was preclinical at the time [2].")
RELEASE = ("CAMBRIDGE, Mass., Jan. 1, 2026 /PRNewswire/ -- Megapharma today announced it licensed DL-7 "
           "to Delta Pharma for $5 million upfront.\nAbout Megapharma\nMegapharma is a company.")

COMPANIES = [Company("Delta Pharma", ["德尔塔制药", "德爾塔製藥有限公司"], "biotech"),
             Company("Megapharma", ["MegaPharma Inc."], "pharma")]

DOCUMENTS = {  # id: (title, published, text)
    "filing.txt#1": ("自願公告", "2025-01-10", FILING),
    "media.txt#1": ("Delta deal", "2025-06-01", MEDIA),
    "summary.txt#1": ("Digest", "2024-12-01", SUMMARY),
    "release.txt#1": ("Megapharma release", "2026-01-01", RELEASE),
}


def quote(text: str, part: str) -> list[Evidence]:
    start = text.index(part)
    return [Evidence(start, start + len(part), part)]


def usd(amount: str) -> Money:
    return Money(Decimal(amount), "USD")


def _records(doc: str, text: str) -> list:
    common = {"document": doc, "extractor": "test"}
    if doc == "filing.txt#1":
        return [Deal(**common, evidence=quote(text, "首付款50百萬美元"), licensor="德爾塔製藥有限公司",
                     licensee="Megapharma", asset="DL-7", upfront=usd("50"), announced="2025-01-10"),
                Deal(**common, evidence=quote(text, "首付款20百萬美元"), licensor="Delta Pharma",
                     licensee="Megapharma", asset="DL-9", upfront=usd("20"), announced="2025-01-10"),
                Asset(**common, evidence=quote(text, "DL-7處於I期臨床"), company="Delta Pharma", asset="DL-7",
                      modality="rdc", target=["PSMA"], stage="phase1")]
    if doc == "media.txt#1":
        return [Deal(**common, evidence=quote(text, "$55 million upfront"), licensor="Delta Pharma",
                     licensee="megapharma inc.", asset="德尔塔7号", upfront=usd("55"), announced="2025-01"),
                Asset(**common, evidence=quote(text, "an ADC, is in Phase 2"), company="德尔塔制药",
                      asset="德尔塔7号", aliases=["DL-7"], modality="adc", target=["PSMA"], stage="phase2")]
    if doc == "summary.txt#1":
        return [Deal(**common, evidence=quote(text, "$55 million [1]"), licensor="Delta Pharma",
                     licensee="Megapharma", asset=None, upfront=usd("55.2")),
                Asset(**common, evidence=quote(text, "DL-7 was preclinical"), company="Delta Pharma", asset="DL-7",
                      stage="preclinical")]
    return [Deal(**common, evidence=quote(text, "$5 million upfront"), licensor="Megapharma",
                 licensee="Delta Pharma", asset="DL-7", upfront=usd("5"), announced="2026-01-01")]


def bundle(doc_id: str) -> DocumentBundle:
    title, published, text = DOCUMENTS[doc_id]
    document = Document(id=doc_id, source=doc_id.split("#")[0], text=text, span=(0, len(text)), title=title,
                        lang="en" if text.isascii() else "zh-Hant", relevant=True, published=published,
                        content_hash=hashlib.sha256(text.encode()).hexdigest())
    return DocumentBundle(document=document, records=_records(doc_id, text), companies=COMPANIES)


def build_store(folder: Path, documents: tuple[str, ...] = tuple(DOCUMENTS)) -> str:
    url = f"sqlite:///{folder / 'knowledge.db'}"
    with Store(url) as store:
        store.upgrade()
        for doc_id in documents:
            store.save(bundle(doc_id))
    return url
