"""Table cells and the one-line readings drawn from them."""
from pharmalens.interfaces.company_view import timeline
from pharmalens.interfaces.tables import View, describe, fact_table

DOCS = {"d1": {"title": "One", "published": "2025-03-02", "url": "https://example.org/1"},
        "d2": {"title": "Two", "published": "2024-11-20", "url": None}}


def _view() -> View:
    def link(path: str, **params: object) -> str:
        query = "&".join(f"{k}={v}" for k, v in params.items() if v not in (None, ""))
        return path + ("?" + query if query else "")
    return View("en", link, DOCS, {"Lancang Pharma": ["澜沧药业"]})


def _facts() -> dict[str, list[dict]]:
    return {
        "deals": [
            {"id": "f1", "document": "d1", "licensor": "Lancang Pharma", "licensee": "Kestrel Oncology",
             "asset": "LC-101", "deal_type": "license", "announced": "2025-03-01",
             "upfront": {"amount": 45, "currency": "USD"}, "total": {"amount": 1200, "currency": "CNY"},
             "evidence": [{"quote": "澜沧药业 licensed LC-101 to Kestrel Oncology for US$45m upfront"}]},
            {"id": "f2", "document": "d2", "licensor": "Kestrel Oncology", "licensee": "Lancang Pharma",
             "deal_type": "option", "evidence": [{"quote": "an option"}]},
            {"id": "f3", "document": "", "licensor": "Nobody Bio", "evidence": []},
        ],
        "financings": [
            {"id": "f4", "document": "d2", "company": "Lancang Pharma", "round": "series_b",
             "amount": {"amount": 300, "currency": "CNY"}, "evidence": [{"quote": "raised RMB300m"}]},
        ],
    }


def test_a_timeline_drawn_from_the_tables_cells_reads_as_one_drawn_afresh() -> None:
    view, facts = _view(), _facts()
    tables = {name: fact_table(name, rows, view) for name, rows in facts.items()}
    shared = timeline(facts, view, tables)
    assert shared == timeline(facts, view)
    assert [e["date"] for e in shared] == ["2025-03-01", "2024-11-20", "2024-11-20"]
    assert "US$45m" in shared[0]["what"] and "澜沧药业 (Lancang Pharma)" in shared[0]["what"]


def test_describe_reads_the_row_it_is_given() -> None:
    view, facts = _view(), _facts()
    table = fact_table("deals", facts["deals"], view)
    for n, fact in enumerate(facts["deals"]):
        assert describe(fact, "deals", view, table.rows[n]) == describe(fact, "deals", view)
    assert describe(facts["deals"][0], "deals", view, table.rows[1]) != describe(facts["deals"][0], "deals", view)
