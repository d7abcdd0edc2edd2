"""A small store with known numbers for the analysis tests (loaded by path: tests are not a package)."""
from __future__ import annotations

import hashlib
from decimal import Decimal
from pathlib import Path

from pharmalens.model.records import (Asset, Company, Deal, Document, DocumentBundle, Evidence, Facility,
                                      FinancialMetric, Financing, Money, RegulatoryEvent, Termination)
from pharmalens.store import Store

TEXTS = {
    "a.txt#1": ("Alpha Bio licenses AB-101", "2024-05-10",
                "Alpha Bio licensed AB-101 to Bigpharma for $10 million upfront and up to $100 million in total. "
                "AB-101 is an Ac-225 PSMA radioligand in Phase 1 trials. The weather was nice."),
    "b.txt#1": ("贝塔生物授权BT-202", "2025-03-01",
                "贝塔生物将BT-202在大中华区以外的权益授权给大药厂，首付款2000万美元，总额最高2亿美元。"
                "BT-202是一款靶向PSMA的镥-177放射性配体，处于II期临床。当天天气很好。"),
    "c.txt#1": ("Gamma newco", "2025-06-01",
                "Gamma Thera and Bigpharma formed a newco around GT-3 with EUR 36 million upfront. "
                "GT-3 is a HER2 ADC in Phase 1."),
    "d.txt#1": ("Hengrui deal", "2025-09-01", "Hengrui licensed DP-4 to Bigpharma; terms were not disclosed."),
    "e.txt#1": ("阿尔法生物半年报", "2025-08-20",
                "阿尔法生物2025年上半年营收1.2亿元。2024年营收2亿元。公司终止AB-009项目，累计投入5000万元。"
                "公司终止AB-010项目，累计投入300万美元。公司终止AB-011项目。FDA授予AB-101快速通道资格。"
                "EMA检查发现Alpha Bio的工厂不合规。Alpha Bio完成3亿元B轮融资。Alpha Bio的回旋加速器投产。"),
}

COMPANIES = [Company("Alpha Bio", ["阿尔法生物", "Alpha Biotech Co., Ltd."], "biotech"),
             Company("Beta Bio", ["贝塔生物"], "biotech"), Company("Bigpharma", ["大药厂"], "pharma"),
             Company("Gamma Thera", [], "biotech"), Company("Hengrui", ["恒瑞医药"], "pharma")]


def quote(text: str, part: str) -> list[Evidence]:
    start = text.index(part)
    return [Evidence(start, start + len(part), part)]


def usd(amount: str, qualifier: str | None = None) -> Money:
    return Money(Decimal(amount), "USD", qualifier)


def _records(doc: str, text: str) -> list:
    ev = lambda *parts: [e for part in parts for e in quote(text, part)]  # noqa: E731
    common = {"document": doc, "extractor": "test"}
    if doc == "a.txt#1":
        return [Deal(**common, evidence=ev("$10 million upfront"), licensor="Alpha Bio", licensee="Bigpharma",
                     asset="AB-101", territory="worldwide", upfront=usd("10"), total=usd("100", "up_to"),
                     announced="2024-05-10"),
                Asset(**common, evidence=ev("AB-101", "Ac-225 PSMA radioligand"), company="Alpha Bio",
                      asset="AB-101", aliases=["阿尔法101"], modality="rdc", target=["PSMA"], nuclide="Ac-225",
                      stage="phase1")]
    if doc == "b.txt#1":
        return [Deal(**common, evidence=ev("首付款2000万美元"), licensor="Beta Bio", licensee="Bigpharma",
                     asset="BT-202", territory="大中华区以外", upfront=usd("20"), total=usd("200", "up_to"),
                     announced="2025-03-01"),
                Asset(**common, evidence=ev("靶向PSMA的镥-177放射性配体"), company="Beta Bio", asset="BT-202",
                      modality="rdc", target=["PSMA"], nuclide="Lu-177", stage="phase2")]
    if doc == "c.txt#1":
        return [Deal(**common, evidence=ev("EUR 36 million upfront"), licensor="Gamma Thera", licensee="Bigpharma",
                     asset="GT-3", deal_type="newco",
                     upfront=Money(Decimal("36"), "EUR", usd=Decimal("40"), rate_date="2025-06-01")),
                Asset(**common, evidence=ev("HER2 ADC"), company="Gamma Thera", asset="GT-0003", aliases=["GT-3"],
                      modality="adc", target=["HER2"], stage="phase1")]
    if doc == "d.txt#1":
        return [Deal(**common, evidence=ev("terms were not disclosed"), licensor="Hengrui", licensee="Bigpharma",
                     asset="DP-4", announced="2025-09-01")]
    return _alpha_records(common, ev)


def _alpha_records(common: dict, ev) -> list:
    money = Decimal
    return [
        FinancialMetric(**common, evidence=ev("上半年营收1.2亿元"), company="阿尔法生物", period="2025H1",
                        metric="revenue", amount=money("120"), currency="CNY"),
        FinancialMetric(**common, evidence=ev("2024年营收2亿元"), company="Alpha Bio", period="FY2024",
                        metric="revenue", amount=money("200"), currency="CNY"),
        Termination(**common, evidence=ev("累计投入5000万元"), company="Alpha Bio", asset="AB-009",
                    cumulative_spend=Money(money("50"), "CNY")),
        Termination(**common, evidence=ev("累计投入300万美元"), company="Alpha Bio", asset="AB-010",
                    cumulative_spend=Money(money("3"), "USD", usd=money("3"), rate_date="2025-08-20")),
        Termination(**common, evidence=ev("终止AB-011项目"), company="Alpha Bio", asset="AB-011"),
        RegulatoryEvent(**common, evidence=ev("FDA授予AB-101快速通道资格"), company="Alpha Bio", asset="AB-101",
                        agency="FDA", event="fast_track"),
        RegulatoryEvent(**common, evidence=ev("EMA检查发现Alpha Bio的工厂不合规"), company="Alpha Bio",
                        asset=None, agency="EMA", event="gmp_fail"),
        Financing(**common, evidence=ev("Alpha Bio完成3亿元B轮融资"), company="Alpha Bio", round="b",
                  amount=Money(money("300"), "CNY")),
        Facility(**common, evidence=ev("Alpha Bio的回旋加速器投产"), company="Alpha Bio", kind_of_site="cyclotron"),
    ]


def bundle(doc_id: str) -> DocumentBundle:
    title, published, text = TEXTS[doc_id]
    document = Document(id=doc_id, source=doc_id.split("#")[0], text=text, span=(0, len(text)), title=title,
                        lang="en" if text.isascii() else "zh-Hans", relevant=True, published=published,
                        content_hash=hashlib.sha256(text.encode()).hexdigest())
    return DocumentBundle(document=document, records=_records(doc_id, text), companies=COMPANIES)


def build_store(folder: Path, documents: tuple[str, ...] = tuple(TEXTS)) -> str:
    url = f"sqlite:///{folder / 'analysis.db'}"
    with Store(url) as store:
        store.upgrade()
        for doc_id in documents:
            store.save(bundle(doc_id))
    return url
