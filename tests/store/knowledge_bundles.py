"""Articles about one licence told by several sources, and helpers to read the knowledge tables raw."""
from __future__ import annotations

import hashlib
from decimal import Decimal

import sqlalchemy as sa

from pharmalens.model.records import (
    Asset,
    Company,
    Deal,
    Document,
    DocumentBundle,
    Evidence,
    Money,
)

ORION = Company("Orion Isotopes", ["奥利安同位素"], "biotech")
KESTREL = Company("Kestrel Oncology", ["Kestrel Oncology Inc."], "pharma")
DERIVED = ("deal_facts", "asset_facts", "fact_terms", "company_names", "assets", "asset_names", "asset_targets",
           "deals", "conflicts", "landscape_cells")
VOLATILE = {"updated_at", "id_1"}


def article(doc_id: str, text: str, records: list, published: str = "2026-03-02",
            companies: tuple[Company, ...] = (ORION, KESTREL)) -> DocumentBundle:
    doc = Document(id=doc_id, source=doc_id.split("#")[0], text=text, span=(0, len(text)), title=text[:30],
                   lang="en" if text.isascii() else "zh-Hans", relevant=True, published=published,
                   content_hash=hashlib.sha256(text.encode()).hexdigest())
    for record in records:
        record.document = doc_id
    return DocumentBundle(doc, records, list(companies))


def quote(text: str, part: str) -> list[Evidence]:
    start = text.index(part)
    return [Evidence(start, start + len(part), part)]


def licence(text: str, part: str, asset: str | None = "OR-77", upfront: str | None = "30",
            licensor: str = "Orion Isotopes", announced: str | None = "2026-03-02") -> Deal:
    return Deal(document="", evidence=quote(text, part), extractor="test", licensor=licensor,
                licensee="Kestrel Oncology", asset=asset, announced=announced,
                upfront=Money(Decimal(upfront), "USD") if upfront else None)


def drug(text: str, part: str, name: str = "OR-77", aliases: tuple[str, ...] = (), stage: str | None = "phase1",
         target: tuple[str, ...] = ("FAP",), nuclide: str | None = "Lu-177") -> Asset:
    return Asset(document="", evidence=quote(text, part), extractor="test", company="Orion Isotopes", asset=name,
                 aliases=list(aliases), modality="rdc", target=list(target), nuclide=nuclide, stage=stage)


RELEASE = ("BASEL, March 2, 2026 /Business Wire/ -- Orion Isotopes today announced a licence of OR-77, a "
           "Lu-177 FAP radioligand in Phase 1, to Kestrel Oncology for $30 million upfront.")
REPORT = "奥利安同位素将OR-77授权给Kestrel Oncology Inc.，首付款3200万美元，该药处于II期临床。"


def release() -> DocumentBundle:
    return article("release.txt#1", RELEASE, [licence(RELEASE, "$30 million upfront"),
                                              drug(RELEASE, "Lu-177 FAP radioligand in Phase 1")])


def report() -> DocumentBundle:
    deal = licence(REPORT, "首付款3200万美元", upfront="32", licensor="奥利安同位素", announced="2026-03")
    deal.licensee = "Kestrel Oncology Inc."
    return article("report.txt#1", REPORT, [deal, drug(REPORT, "该药处于II期临床", stage="phase2")],
                   published="2026-03-05")


def snapshot(url: str) -> dict[str, list[tuple]]:
    """Every derived table, sorted, without columns that record when rows were written."""
    engine = sa.create_engine(url)
    try:
        with engine.connect() as connection:
            metadata = sa.MetaData()
            metadata.reflect(connection, only=DERIVED)
            out = {}
            for name in DERIVED:
                table = metadata.tables[name]
                columns = [c for c in table.columns if c.name not in VOLATILE and not (name == "conflicts" and c.name == "id")]
                rows = connection.execute(sa.select(*columns)).all()
                out[name] = sorted(tuple(str(v) for v in row) for row in rows)
            return out
    finally:
        engine.dispose()
