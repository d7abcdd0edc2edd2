"""Knowledge written at ingest: entities, conflicts, typed rows and terms, kept in step with every write."""
from __future__ import annotations

import dataclasses
from concurrent.futures import ThreadPoolExecutor
from decimal import Decimal

import sqlalchemy as sa

from pharmalens.model.filters import AssetFilter, DealFilter
from pharmalens.model.records import Company, DocumentBundle, Money
from pharmalens.store import Store

from .knowledge_bundles import (
    KESTREL,
    RELEASE,
    article,
    drug,
    licence,
    release,
    report,
    snapshot,
)


def rows(url: str, sql: str) -> list[tuple]:
    engine = sa.create_engine(url)
    try:
        with engine.connect() as connection:
            return [tuple(row) for row in connection.execute(sa.text(sql))]
    finally:
        engine.dispose()


def test_one_deal_and_one_asset_from_two_sources(store: Store, url: str) -> None:
    store.save(release())
    store.save(report())
    deals = store.deals(detail=True)
    assert deals.total == 1
    deal = deals.items[0]
    assert (deal.licensor, deal.licensee, deal.asset) == ("Orion Isotopes", "Kestrel Oncology", "OR-77")
    assert deal.upfront == Money(Decimal(30), "USD")  # the company release outranks the media report
    assert [(s.document, s.source_kind) for s in deal.sources] == [("release.txt#1", "company_release"),
                                                                   ("report.txt#1", "media")]
    assert [c.value["amount"] for c in deal.conflicts["upfront"]] == [30, 32]
    assert deal.conflict_fields == ("upfront",) and deal.announced == "2026-03-02"
    (asset,) = store.assets(detail=True).items
    assert (asset.name, asset.stage, asset.most_advanced_stage, asset.n_sources) == ("OR-77", "phase2", "phase2", 2)
    assert [s.stage for s in asset.stage_history] == ["phase1", "phase2"]
    assert rows(url, "SELECT target, modality, nuclide, stage, n_assets, n_companies FROM landscape_cells") == [
        ("FAP", "rdc", "Lu-177", "phase2", 1, 1)]
    assert rows(url, "SELECT count(*) FROM deal_facts WHERE entity_id IS NOT NULL")[0][0] == 2
    terms = rows(url, "SELECT field, term FROM fact_terms WHERE kind = 'deal' ORDER BY field, term")
    assert ("company", "奥利安同位素") in terms and ("company", "kestrel oncology inc.") in terms
    assert ("asset", "or-77") in terms and ("deal_type", "license") in terms


def test_a_deal_shows_its_assets_profile_and_an_entitys_sources_each_facts_evidence(store: Store) -> None:
    store.save(release())
    store.save(report())
    (deal,) = store.deals(detail=True).items
    (asset,) = store.assets(detail=True).items
    assert (deal.modality, deal.nuclide, deal.target) == (asset.modality, asset.nuclide, asset.target) == (
        "rdc", "Lu-177", ("FAP",))
    for source in deal.sources + asset.sources:
        evidence = store.fact(source.fact).to_json()["evidence"]
        assert evidence and source.quote == " … ".join(e["quote"] for e in evidence)
        assert source.spans == tuple((e["start"], e["end"], e["quote"]) for e in evidence)


def test_saving_again_changes_no_derived_row(store: Store, url: str) -> None:
    store.save(release())
    store.save(report())
    before = snapshot(url)
    assert store.save(report()).status == "unchanged"
    assert store.save(release()).status == "unchanged"
    assert snapshot(url) == before


def test_an_alias_learned_later_joins_assets_and_their_deals(store: Store) -> None:
    first = "Orion Isotopes licensed OR-77 to Kestrel Oncology for $30 million upfront on 2 March 2026."
    second = "奥利安同位素将奥星77号授权给Kestrel Oncology，首付款3000万美元。奥星77号处于I期。"
    link = "OR-77（奥星77号）是奥利安同位素的FAP放射性配体。"
    store.save(article("a.txt#1", first, [licence(first, "$30 million upfront"), drug(first, "OR-77")]))
    store.save(article("b.txt#1", second, [licence(second, "首付款3000万美元", asset="奥星77号", announced=None),
                                           drug(second, "奥星77号处于I期", name="奥星77号")]))
    assert store.assets().total == 2 and store.deals().total == 2
    store.save(article("c.txt#1", link, [drug(link, "OR-77（奥星77号）", aliases=("奥星77号",), stage=None)]))
    (asset,) = store.assets(detail=True).items
    assert asset.name == "OR-77" and "奥星77号" in asset.aliases and asset.n_sources == 3
    (deal,) = store.deals(detail=True).items
    assert sorted(s.document for s in deal.sources) == ["a.txt#1", "b.txt#1"]
    assert store.assets(AssetFilter(asset="奥星77号")).items[0].id == asset.id


def test_removing_the_linking_fact_splits_the_asset_again(store: Store) -> None:
    link = "OR-77（奥星77号）是奥利安同位素的FAP放射性配体。"
    other = "奥星77号处于I期。"
    store.save(article("a.txt#1", other, [drug(other, "奥星77号处于I期", name="奥星77号")]))
    store.save(article("c.txt#1", link, [drug(link, "OR-77（奥星77号）", aliases=("奥星77号",))]))
    assert store.assets().total == 1
    store.save(article("c.txt#1", link, [drug(link, "OR-77（奥星77号）", name="OR-77")]))
    assert sorted(a.name for a in store.assets().items) == ["OR-77", "奥星77号"]
    store.save(article("c.txt#1", link, []))
    assert [a.name for a in store.assets().items] == ["奥星77号"]


def test_a_company_alias_learned_later_joins_deals(store: Store) -> None:
    text = "奥利安将OR-77授权给Kestrel Oncology，首付款3000万美元。"
    orion = Company("Orion Isotopes", [], "biotech")
    store.save(article("a.txt#1", text, [licence(text, "首付款3000万美元", licensor="奥利安")], companies=(KESTREL,)))
    store.save(article("b.txt#1", RELEASE, [licence(RELEASE, "$30 million upfront")], companies=(orion, KESTREL)))
    assert store.deals().total == 2
    store.save(article("c.txt#1", "奥利安（Orion Isotopes）", [], companies=(Company("Orion Isotopes", ["奥利安"]),)))
    (deal,) = store.deals(detail=True).items
    assert deal.licensor == "Orion Isotopes" and len(deal.sources) == 2


def test_a_correction_changes_the_chosen_value_and_survives_reingest(store: Store) -> None:
    store.save(release())
    store.save(report())
    winner = store.deals(detail=True).items[0].conflicts["upfront"][0].fact
    store.correct(winner, "upfront", '{"amount": 32, "currency": "USD"}', note="the filing says 32")
    deal = store.deals(detail=True).items[0]
    assert deal.upfront == Money(Decimal(32), "USD") and deal.conflict_fields == ()
    store.save(release())
    assert store.deals().items[0].upfront == Money(Decimal(32), "USD")
    assert store.deals(DealFilter(asset="OR-77")).total == 1


def test_a_revised_article_leaves_the_deal(store: Store) -> None:
    store.save(release())
    store.save(report())
    bundle = report()
    bundle.records = [r for r in bundle.records if r.kind != "deal"]
    store.save(bundle)
    deal = store.deals(detail=True).items[0]
    assert [s.document for s in deal.sources] == ["release.txt#1"] and deal.conflicts == {}
    store.save(dataclasses.replace(release(), records=[]))
    assert store.deals().total == 0


def test_concurrent_writers_make_one_deal(store: Store, url: str) -> None:
    def write(worker: int) -> None:
        with Store(url) as own:
            for n in range(3):
                text = f"Wire {worker}-{n}: Orion Isotopes licensed OR-77 to Kestrel Oncology for $30 million upfront."
                own.save(article(f"w{worker}.txt#{n}", text, [licence(text, "$30 million upfront"),
                                                               drug(text, "OR-77")]))

    with ThreadPoolExecutor(max_workers=3) as pool:
        list(pool.map(write, range(3)))
    assert store.deals().total == 1 and store.deals().items[0].n_sources == 9
    assert store.assets().total == 1 and store.assets().items[0].n_sources == 9


def test_rebuild_derives_the_same_knowledge(store: Store, url: str) -> None:
    store.save(release())
    store.save(report())
    text = "Orion Isotopes licensed OR-9 to Kestrel Oncology; OR-9 is preclinical."
    store.save(article("x.txt#1", text, [licence(text, "licensed OR-9", asset="OR-9", upfront=None),
                                         drug(text, "OR-9 is preclinical", name="OR-9", stage="preclinical")]))
    before = snapshot(url)
    assert store.rebuild_knowledge() == {"facts": 6, "assets": 2, "deals": 2}
    assert snapshot(url) == before


def test_filters_read_entities_by_party_asset_and_profile(store: Store) -> None:
    store.save(release())
    store.save(report())
    assert store.deals(DealFilter(company="奥利安同位素")).total == 1
    assert store.deals(DealFilter(licensee="Kestrel Oncology Inc.", nuclide="Lu-177", target="fap")).total == 1
    assert store.deals(DealFilter(licensor="Kestrel Oncology")).total == 0
    assert store.deals(DealFilter(stage="phase1")).total == 1  # the stage in the deal's own articles
    assert store.deals(DealFilter(year_from=2027)).total == 0
    assert store.assets(AssetFilter(company="奥利安同位素", stage="phase2", target="FAP")).total == 1
    assert store.assets(AssetFilter(nuclide="Ac-225")).total == 0
    assert store.deals(DealFilter(conflicts_only=True)).total == 1


def test_landscape_cells_name_a_sample_of_their_own_assets_and_owners(store: Store) -> None:
    text = "Pipeline update: ZK-3 and AB-9 and MM-1 target FAP with Lu-177 in phase 1; QX-2 is an Ac-225 FAP agent."
    assets = [drug(text, part, name=part) for part in ("ZK-3", "AB-9", "MM-1")]
    assets[1].company = "Kestrel Oncology"
    other = drug(text, "QX-2", name="QX-2", nuclide="Ac-225")
    store.save(article("pipeline.txt#1", text, [*assets, other]))
    page = store.landscape(sample=2)
    by_nuclide = {cell.nuclide: cell for cell in page.items}
    assert page.total == 2 and set(by_nuclide) == {"Lu-177", "Ac-225"}
    lutetium = by_nuclide["Lu-177"]
    assert lutetium.n_assets == 3 and lutetium.assets == ("AB-9", "MM-1")  # by name, at most `sample`
    assert lutetium.companies == ("Kestrel Oncology", "Orion Isotopes")
    assert by_nuclide["Ac-225"].assets == ("QX-2",) and by_nuclide["Ac-225"].companies == ("Orion Isotopes",)
    assert all(cell.assets == () for cell in store.landscape(sample=0).items)


def test_a_document_with_many_assets_is_saved_in_as_many_statements_as_one_with_one(store: Store, url: str) -> None:
    """Assets, their names, targets and landscape cells are written and counted a table at a time, not an
    asset or a cell at a time (each statement is a round trip on PostgreSQL)."""
    def pipeline(doc: str, n: int) -> DocumentBundle:
        text = " ".join(f"Orion Isotopes' {doc}-{i} targets T{doc}{i}." for i in range(n))
        return article(f"{doc}.txt#1", text, [drug(text, f"{doc}-{i} targets T{doc}{i}", name=f"{doc}-{i}",
                                                   target=(f"T{doc}{i}",)) for i in range(n)])

    def statements(bundle: DocumentBundle) -> int:
        seen: list[str] = []
        def count(*args: object) -> None:
            seen.append(str(args[2]))
        sa.event.listen(sa.engine.Engine, "before_cursor_execute", count)
        try:
            assert store.save(bundle).status == "stored"
        finally:
            sa.event.remove(sa.engine.Engine, "before_cursor_execute", count)
        return len(seen)

    store.save(release())  # its companies are stored, so neither document changes them
    one, many = statements(pipeline("AA", 1)), statements(pipeline("BB", 12))
    assert many == one
    assert rows(url, "SELECT count(*) FROM landscape_cells WHERE target LIKE 'TBB%'")[0][0] == 12
