"""Each deal's copy of its asset (which asset, its modality, nuclide and most advanced stage) is the
asset its name belongs to as the asset tables stand after every write: a later article, a correction,
two names of one asset met in one article, and a rebuild; comparables filtered by nuclide, modality,
stage and target find the same deals as the asset tables say."""
from __future__ import annotations

import sqlalchemy as sa

from pharmalens.model.filters import DealFilter
from pharmalens.store import Store

from .knowledge_bundles import article, drug, licence

LOOKUP = ("SELECT assets.{} FROM assets JOIN asset_names ON asset_names.asset_id = assets.id "
          "WHERE asset_names.name = deals.asset_key")
COPIES = {"asset_id": "id", "asset_modality": "modality", "asset_nuclide": "nuclide", "asset_stage": "most_advanced_stage"}


def stale_copies(store: Store) -> list[tuple]:
    """Deals whose copies differ from the asset their asset name belongs to now."""
    columns = ", ".join(f"{copy}, ({LOOKUP.format(source)})" for copy, source in COPIES.items())
    with store._engine.connect() as connection:
        rows = connection.execute(sa.text(f"SELECT id, {columns} FROM deals")).all()
    return [row for row in rows if any(row[1 + 2 * n] != row[2 + 2 * n] for n in range(len(COPIES)))]


def filtered(store: Store, **wanted: str) -> set[str | None]:
    return {deal.asset for deal in store.deals(DealFilter(**wanted), limit=50).items}


def licensed(doc: str, name: str, published: str, nuclide: str | None, stage: str = "phase1",
             aliases: tuple[str, ...] = ()) -> object:
    text = f"Brannock Isotopes licensed {name} to Tellur Pharma ({doc}); stage {stage}."
    return article(f"{doc}.txt#1", text, [licence(text, f"licensed {name}", asset=name, licensor="Brannock Isotopes",
                                                  announced=published),
                                          drug(text, f"licensed {name}", name=name, nuclide=nuclide, stage=stage,
                                               aliases=aliases, target=("GRPR",))], published=published)


def test_a_deal_follows_its_asset_through_later_articles_and_corrections(store: Store) -> None:
    store.save(licensed("first", "BX-12", "2025-02-01", "Lu-177"))
    store.save(licensed("other", "BX-30", "2025-02-03", "Pb-212", stage="phase2"))
    assert not stale_copies(store)
    assert filtered(store, nuclide="Lu-177") == {"BX-12"} and filtered(store, nuclide="Pb-212") == {"BX-30"}
    assert filtered(store, stage="phase2") == {"BX-30"} and filtered(store, target="grpr") == {"BX-12", "BX-30"}
    # a later article about the same asset, no deal in it: the asset's nuclide and stage move, so do its deal's
    text = "Brannock Isotopes moved BX-12, now labelled with actinium-225, into phase 3."
    store.save(article("later.txt#1", text, [drug(text, "BX-12", name="BX-12", nuclide="Ac-225", stage="phase3")],
                       published="2025-09-10"))
    assert not stale_copies(store)
    assert filtered(store, nuclide="Ac-225") == {"BX-12"} and filtered(store, nuclide="Lu-177") == set()
    assert filtered(store, stage="phase1") == {"BX-12"}  # a deal's stage is its asset's when it was signed
    # a correction of the newer article's nuclide
    with store._engine.connect() as connection:
        fact = connection.execute(sa.text("SELECT id FROM facts WHERE document_id = 'later.txt#1' AND kind = 'asset'")).scalar()
    store.correct(fact, "nuclide", "Tb-161", "per the company's release")
    assert not stale_copies(store)
    assert filtered(store, nuclide="Tb-161") == {"BX-12"} and filtered(store, nuclide="Ac-225") == set()


def test_a_deal_follows_two_names_of_one_asset_and_a_rebuild(store: Store) -> None:
    store.save(licensed("code", "BX-77", "2025-03-01", None))  # its asset states no nuclide
    assert filtered(store, nuclide="Lu-177") == set() and not stale_copies(store)
    text = "Lutarex (BX-77), Brannock Isotopes' lutetium-177 agent, entered phase 2."
    store.save(article("brand.txt#1", text, [drug(text, "Lutarex (BX-77)", name="Lutarex", aliases=("BX-77",),
                                                  nuclide="Lu-177", stage="phase2")], published="2025-06-01"))
    assert not stale_copies(store)
    assert filtered(store, nuclide="Lu-177") == {"BX-77"} and filtered(store, modality="RDC") == {"BX-77"}
    with store._engine.begin() as connection:
        connection.execute(sa.text("UPDATE deals SET asset_nuclide = NULL, asset_id = NULL"))
    assert stale_copies(store)
    store.rebuild_knowledge()
    assert not stale_copies(store) and filtered(store, nuclide="Lu-177") == {"BX-77"}
