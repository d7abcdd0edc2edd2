import importlib.util
from pathlib import Path

import pytest

from pharmalens.resolve.trust import TRUST, choose, days_apart, same_date, same_money, source_kind

_spec = importlib.util.spec_from_file_location(
    "knowledge_store", Path(__file__).resolve().parents[1] / "analysis" / "knowledge_store.py")
kb = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(kb)


@pytest.mark.parametrize("document, kind", [
    ({"text": kb.FILING}, "exchange_filing"),
    ({"text": "XX Bio (stock code: 1234) announces a licence."}, "exchange_filing"),
    ({"text": "公告编号：2025-001 关于签署授权协议的公告"}, "exchange_filing"),
    ({"title": "x", "text": "香港交易及結算所有限公司對本公告的內容概不負責"}, "exchange_filing"),
    ({"text": kb.RELEASE}, "company_release"),
    ({"text": "SHANGHAI, March 3 (Business Wire) -- something"}, "company_release"),
    ({"text": "Acme licensed X.\n\nAbout Acme Bio Inc.\nAcme is a company."}, "company_release"),
    ({"text": "Forward-looking statements: this release contains"}, "company_release"),
    ({"text": "上海，2025年3月3日 /美通社/ -- 某公司宣布"}, "company_release"),
    ({"source": "https://www.prnewswire.com/news/x", "text": "Deal news."}, "company_release"),
    ({"text": kb.SUMMARY}, "machine_summary"),
    ({"text": "Core Insights without citations"}, "media"),
    ({"text": kb.MEDIA}, "media"),
    ({}, "media"),
])
def test_source_kind(document, kind):
    assert source_kind(document) == kind


def test_trust_order():
    assert sorted(TRUST, key=TRUST.get, reverse=True) == ["exchange_filing", "company_release", "media",
                                                          "machine_summary"]


def test_comparisons():
    assert same_money({"amount": 100, "currency": "USD"}, {"amount": 100.9, "currency": "USD"})
    assert not same_money({"amount": 100, "currency": "USD"}, {"amount": 102, "currency": "USD"})
    assert not same_money({"amount": 100, "currency": "USD"}, {"amount": 100, "currency": "EUR"})
    assert same_money({"amount": 92, "currency": "EUR", "usd": 100}, {"amount": 100, "currency": "USD", "usd": 100})
    assert same_date("2025-01-10", "2025-01") and same_date("2025", "2025-03-01")
    assert same_date("2025-01-10", "2025-01-20")
    assert not same_date("2025-01-10", "2025-02-10") and not same_date("2024", "2025-02")
    assert days_apart("2025-01", "2025-03-15") == 43 and days_apart("2025", "2025-06-01") == 0
    assert days_apart(None, "2025") is None
    winner = choose([{"value": "2025", "source_kind": "media", "published": "2025-02-01"},
                     {"value": "2025-01-10", "source_kind": "media", "published": "2025-02-01"},
                     {"value": "2024", "source_kind": "media", "published": "2024-12-01"}])
    assert winner["value"] == "2025-01-10"
