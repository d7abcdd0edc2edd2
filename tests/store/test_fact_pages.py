"""Pages of the facts naming one company (a dossier's sections): the same facts, order and totals as the
filtered fact lists, walked a page at a time, in statements that do not grow with the lists asked for."""
from __future__ import annotations

import pytest
import sqlalchemy as sa

from pharmalens.model.registry import RECORD_TYPES
from pharmalens.store import Store

from .knowledge_bundles import ORION, article, drug, licence

# (announced, upfront in US$m): one undated, two on the same day (ties go by fact id)
DATES = [("2025-07-01", "11"), (None, "5"), ("2024-02-29", "60"), ("2025-07-01", "8"), ("2026-01-15", None)]
ASKED = [t.list_name for t in RECORD_TYPES]


def fill(store: Store) -> None:
    for n, (announced, upfront) in enumerate(DATES):
        text = f"Orion Isotopes licensed QX-{n:02d} to Kestrel Oncology (note {n})."
        part = f"licensed QX-{n:02d}"
        store.save(article(f"orion-{n}.txt#1", text, [licence(text, part, asset=f"QX-{n:02d}", upfront=upfront,
                                                              announced=announced),
                                                      drug(text, part, name=f"QX-{n:02d}")]))


@pytest.fixture
def statements():
    """SQL statements run on any engine while the test runs."""
    seen: list[str] = []

    def count(_conn, _cursor, statement, *_args) -> None:
        seen.append(statement)
    sa.event.listen(sa.engine.Engine, "before_cursor_execute", count)
    yield seen
    sa.event.remove(sa.engine.Engine, "before_cursor_execute", count)


def test_each_section_is_the_filtered_list_by_date_walked_in_pages(store: Store) -> None:
    fill(store)
    company, whole = store.facts_about("奥利安同位素", ASKED, limit=50)
    assert company is not None and company.name == ORION.name
    for list_name, page in whole.items():
        listed = store.fact_page(list_name, {"company": ORION.name}, sort="date", limit=50)
        assert [f.id for f in page.items] == [f.id for f in listed.items] and page.total == listed.total
    assert whole["deals"].total == len(DATES) == len(whole["deals"].items)
    dates = [f.record.announced for f in whole["deals"].items]
    assert dates == sorted(d for d in dates if d) + [None]
    for size in (1, 2, 3):
        pages = [store.facts_about(ORION.name, ASKED, limit=size, offset=start)[1] for start in range(0, 6, size)]
        for list_name, page in whole.items():
            assert [f.id for p in pages for f in p[list_name].items] == [f.id for f in page.items]
            assert {p[list_name].total for p in pages} == {page.total}
    assert whole["regulatory"].total == 0 and whole["regulatory"].items == ()


def test_lists_without_facts_cost_no_statements(store: Store, statements: list) -> None:
    fill(store)
    statements.clear()
    _company, some = store.facts_about(ORION.name, ["deals", "assets"], limit=3)  # the lists it has facts in
    with_facts = len(statements)
    statements.clear()
    _company, every = store.facts_about(ORION.name, ASKED, limit=3)
    assert len(statements) == with_facts
    assert [f.id for f in every["deals"].items] == [f.id for f in some["deals"].items]
    assert every["deals"].total == some["deals"].total == len(DATES)


def test_a_company_written_two_ways_is_one_list_without_repeats(store: Store) -> None:
    """Facts name the company by its English name, its Chinese name, or both (as licensor and licensee):
    each fact once, in date order with undated ones last, however the list is paged."""
    namings = [("Orion Isotopes", "Kestrel Oncology"), ("奥利安同位素", "Kestrel Oncology"),
               ("奥利安同位素", "Orion Isotopes")]
    dates = ["2025-03-01", None, "2024-11-30", "2025-03-01", "2023-06-15", None, "2026-02-02"]
    for n, announced in enumerate(dates):
        licensor, licensee = namings[n % 3]
        text = f"Deal {n}: {licensor} and {licensee} agreed terms for ZK-{n:02d}."
        deal = licence(text, f"ZK-{n:02d}", asset=f"ZK-{n:02d}", licensor=licensor, announced=announced)
        deal.licensee = licensee
        store.save(article(f"zk-{n}.txt#1", text, [deal]))
    _company, whole = store.facts_about("Orion Isotopes", ["deals"], limit=50)
    listed = store.fact_page("deals", {"company": "奥利安同位素"}, sort="date", limit=50)
    assert [f.id for f in whole["deals"].items] == [f.id for f in listed.items]
    assert whole["deals"].total == listed.total == len(dates) == len({f.id for f in whole["deals"].items})
    announced = [f.record.announced for f in whole["deals"].items]
    assert announced == sorted(d for d in dates if d) + [None, None]
    for size in (1, 2, 3, 4):
        walked = [f.id for start in range(0, len(dates) + size, size)
                  for f in store.facts_about("奥利安同位素", ["deals"], limit=size, offset=start)[1]["deals"].items]
        assert walked == [f.id for f in whole["deals"].items]
