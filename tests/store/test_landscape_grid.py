"""Pages of the landscape grid: read one after another they give every (target, asset) place once, in
the order of one long page, whichever targets a page reaches; and a page can carry only each asset's
oldest source."""
from __future__ import annotations

import pytest

from pharmalens.model.filters import AssetFilter
from pharmalens.store import Store

from .knowledge_bundles import article, drug
from .statements import sqlite_plans, statements

# (asset, targets, stage): one asset with two targets, one with none stated
ASSETS = [("VL-31", ("FAP",), "phase1"), ("VL-32", ("PSMA",), "phase2"), ("VL-33", ("FAP", "PSMA"), "phase1"),
          ("VL-34", ("CA9",), None), ("VL-35", (), "phase3"), ("VL-36", ("PSMA",), "phase1")]


def fill(store: Store) -> None:
    for n, (name, targets, stage) in enumerate(ASSETS):
        for telling in range(2):  # two articles on each asset: two sources
            text = f"Velora Pharma advanced {name} ({stage or 'stage not given'}), telling {n}.{telling}."
            store.save(article(f"velora-{n}-{telling}.txt#1", text,
                               [drug(text, f"advanced {name}", name=name, target=targets, stage=stage)],
                               published=f"2025-0{telling + 1}-1{n}"))


def places(pages: list) -> list[tuple[str, str]]:
    return [(entry.target, entry.asset.id) for page in pages for entry in page.items]


@pytest.mark.parametrize("size", [1, 2, 3, 5])
def test_grid_pages_join_up_and_carry_the_first_source_when_asked(store: Store, size: int) -> None:
    fill(store)
    whole = store.landscape_grid(limit=100)
    assert whole.total == len(whole.items) == sum(max(1, len(targets)) for _n, targets, _s in ASSETS)
    assert all(len(entry.asset.sources) == 2 for entry in whole.items)
    pages = [store.landscape_grid(limit=size, offset=start, first_source=True)
             for start in range(0, whole.total + size, size)]
    assert places(pages) == places([whole])
    assert {page.total for page in pages} == {whole.total}
    assert [e.asset.sources for p in pages for e in p.items] == [e.asset.sources[:1] for e in whole.items]


def test_a_filtered_grid_pages_within_its_target(store: Store) -> None:
    fill(store)
    psma = AssetFilter(target="PSMA")
    whole = store.landscape_grid(psma, limit=100)
    assert {entry.asset.name for entry in whole.items} == {"VL-32", "VL-33", "VL-36"}
    pages = [store.landscape_grid(psma, limit=2, offset=start, first_source=True) for start in (0, 2, 4)]
    assert places(pages) == places([whole]) and {page.total for page in pages} == {3}


def test_a_save_counts_only_the_cells_it_touches_each_by_a_seek_in_the_cell_index(store: Store, url: str) -> None:
    """A saved article recounts the cells of its assets, read through the index of the targets' rows
    (which carry their asset's cell), not every cell of the targets nor the assets themselves; the
    counts stay those of the whole grid."""
    fill(store)
    text = "Velora Pharma moved VL-36 (phase2) forward, telling 9."
    with statements() as seen:
        store.save(article("velora-9.txt#1", text, [drug(text, "moved VL-36", name="VL-36", target=("PSMA",),
                                                             stage="phase2")], published="2025-03-19"))
    psma = {(c.modality, c.nuclide, c.stage): c.n_assets for c in store.landscape(AssetFilter(target="PSMA")).items}
    assert psma == {("rdc", "Lu-177", "phase1"): 1, ("rdc", "Lu-177", "phase2"): 2}  # VL-36 left phase 1
    counting = [(s, p) for s, p in seen if s.startswith("SELECT asset_targets.target, asset_targets.modality")
                and "GROUP BY" in s]
    assert counting and all("assets." not in s.split("GROUP BY")[0].replace("asset_targets.", "") for s, _p in counting)
    if not url.startswith("sqlite"):
        return
    for plan in sqlite_plans(url, counting):
        assert all("SCAN" not in row for row in plan) and any("ix_asset_targets_cell" in row for row in plan), plan
