"""A store written before the knowledge tables existed (the schema revision before them, as the previous
version left it) is upgraded in place: the entities, typed rows and terms are derived from its rows,
no re-ingest."""
from __future__ import annotations

from datetime import UTC, datetime, timedelta
from decimal import Decimal

import sqlalchemy as sa
from alembic.script import ScriptDirectory

from pharmalens.model.records import Money
from pharmalens.store import Store, migrate
from pharmalens.store.writes import document_values, fact_values

from .knowledge_bundles import article, licence, release, report, snapshot

BEFORE = next(r.down_revision for r in ScriptDirectory.from_config(migrate.alembic_config()).walk_revisions()
              if r.path.endswith("_knowledge_tables.py"))
CORRECTED = {"amount": 31, "currency": "USD"}


def bundles() -> list:
    late = "Orion Isotopes licensed OR-77 to Kestrel Oncology; the upfront was $30 million, reported 9 March."
    return [release(), report(), article("late.txt#1", late, [licence(late, "$30 million", announced=None)],
                                         published="2026-03-09")]


def write_old_rows(url: str) -> str:
    """Documents, companies, facts and one correction as the previous version stored them; returns the
    corrected fact's id."""
    engine = sa.create_engine(url)
    start = datetime(2026, 3, 10, tzinfo=UTC)
    try:
        with engine.begin() as connection:
            old = sa.MetaData()
            old.reflect(connection, only=("documents", "companies", "facts", "corrections"))
            documents, companies, facts, corrections = (old.tables[n] for n in ("documents", "companies", "facts",
                                                                                "corrections"))
            assert "source_kind" not in documents.c
            seen: dict[str, dict] = {}
            for n, bundle in enumerate(bundles()):
                values = {k: v for k, v in document_values(bundle.document).items() if k in documents.c}
                connection.execute(documents.insert(), {**values, "ingested_at": start + timedelta(seconds=n)})
                seen.update({c.name: {"name": c.name, "kind": c.kind, "provisional": c.provisional,
                                      "aliases": list(c.aliases)} for c in bundle.companies})
                rows = [{**fact, "created_at": start + timedelta(seconds=n, microseconds=m)}
                        for m, fact in enumerate(fact_values(bundle).values())]
                connection.execute(facts.insert(), rows)
            connection.execute(companies.insert(), list(seen.values()))
            fact_id, payload = connection.execute(sa.select(facts.c.id, facts.c.payload).where(
                facts.c.document_id == "report.txt#1", facts.c.kind == "deal")).one()
            connection.execute(facts.update().where(facts.c.id == fact_id).values(payload={**payload, "upfront": CORRECTED}))
            connection.execute(corrections.insert(), {"record_id": fact_id, "field": "upfront",
                                                      "old_value": payload["upfront"], "new_value": CORRECTED,
                                                      "note": "per the filing", "created_at": start})
            return fact_id
    finally:
        engine.dispose()


def test_a_store_of_the_previous_version_is_upgraded_with_its_data(url: str, tmp_path) -> None:
    with Store(url) as old:
        migrate.upgrade(old._engine, BEFORE)
        corrected = write_old_rows(url)
        old.upgrade()
        assert old.revision() == migrate.head_revision()
        assert old.counts()["documents"] == 3
        (deal,) = old.deals(detail=True).items
        assert deal.n_sources == 3 and deal.upfront == Money(Decimal(30), "USD")
        assert {c.fact: c.value for c in deal.conflicts["upfront"]}[corrected] == CORRECTED
        (asset,) = old.assets().items
        assert (asset.name, asset.stage) == ("OR-77", "phase2")
        migrated = snapshot(url)
        assert old.save(report()).status == "unchanged"  # the correction is applied again, nothing moves
        assert snapshot(url) == migrated
    fresh_url = f"sqlite:///{tmp_path / 'fresh.db'}"
    with Store(fresh_url) as fresh:
        fresh.upgrade()
        for bundle in bundles():
            fresh.save(bundle)
        fresh.correct(corrected, "upfront", CORRECTED, "per the filing")
    assert _entities(snapshot(fresh_url)) == _entities(migrated)


def _entities(tables: dict[str, list[tuple]]) -> dict[str, list[tuple]]:
    return {name: rows for name, rows in tables.items() if name in ("deals", "assets", "asset_names", "conflicts",
                                                                    "landscape_cells", "fact_terms")}


def test_a_store_of_revision_0014_is_given_the_cell_rows_and_dated_terms_from_its_own_tables(url: str) -> None:
    """0015 copies each asset's cell, name and company onto its target rows and each fact's sort date
    onto its terms: a store written at 0014 and upgraded reads as the same store written now."""
    from alembic import command

    with Store(url) as store:
        store.upgrade()
        for bundle in bundles():
            store.save(bundle)
        written = snapshot(url)
        landscape = store.landscape().items
        about = store.facts_about("Kestrel Oncology", ["deal"], limit=10)
        config = migrate.alembic_config()
        with store._engine.begin() as connection:
            config.attributes["connection"] = connection
            command.downgrade(config, "0014")
        assert "sort_date" not in {c["name"] for c in sa.inspect(store._engine).get_columns("fact_terms")}
        store.upgrade()
        assert snapshot(url) == written
        assert any(target[3] != "-" for target in written["asset_targets"])
        assert store.landscape().items == landscape and all(cell.assets for cell in landscape)
        assert store.facts_about("Kestrel Oncology", ["deal"], limit=10) == about and about[1]["deals"].items
