import json

import pytest

from pharmalens.analysis import watchlists
from pharmalens.analysis.errors import UnknownWatchlist, WatchlistError


def ids_of(results):
    return {r.name: sorted((f["type"], f.get("asset")) for f in r.new) for r in results}


def test_first_run_reports_matches_then_only_new_facts(analysis_store, sample, tmp_path):
    path = tmp_path / "watch.json"
    watchlists.add("ac225", "type=deal nuclide=225Ac", path)
    watchlists.add("late", "type=asset stage>=phase2", path)
    assert ids_of(watchlists.run(analysis_store, path=path)) == {"ac225": [("deal", "AB-101")],
                                                               "late": [("asset", "BT-202")]}
    assert ids_of(watchlists.run(analysis_store, path=path)) == {"ac225": [], "late": []}
    saved = json.loads(path.read_text(encoding="utf-8"))
    assert saved["watchlists"]["late"]["expression"] == "type=asset stage>=phase2"
    assert len(saved["watchlists"]["ac225"]["seen"]) == 1


def test_new_facts_after_ingest(sample, tmp_path):
    from pharmalens.store import Store
    path = tmp_path / "watch.json"
    with Store(sample.build_store(tmp_path, ("a.txt#1",))) as store:
        watchlists.add("big", "company=大药厂 type=deal", path)
        assert ids_of(watchlists.run(store, "big", path)) == {"big": [("deal", "AB-101")]}
        store.save(sample.bundle("b.txt#1"))
        assert ids_of(watchlists.run(store, "big", path)) == {"big": [("deal", "BT-202")]}


@pytest.mark.parametrize("expression, expected", [
    ("company=Bigpharma type=deal", ["AB-101", "BT-202", "DP-4", "GT-3"]),
    ("type=deal company!=Bigpharma", []),
    ("type=assets target=psma", ["AB-101", "BT-202"]),
    ("type=asset stage>=phase1 nuclide!=Lu-177", ["AB-101", "GT-0003"]),
    ('type=termination company="alpha biotech co., ltd."', ["AB-009", "AB-010", "AB-011"]),
    ("agency=FDA", ["AB-101"]),
    ("type=deal modality=adc", ["GT-3"]),
])
def test_expressions(analysis_store, tmp_path, expression, expected):
    path = tmp_path / "w.json"
    watchlists.add("w", expression, path)
    (result,) = watchlists.run(analysis_store, "w", path)
    assert sorted(f.get("asset") for f in result.new) == expected


@pytest.mark.parametrize("expression, words", [
    ("colour=red", ["'colour=red'", "allowed fields", "nuclide"]),
    ("target", ["'target'", "allowed fields"]),
    ("target>=PSMA", ["only works on stage"]),
    ("stage>=phase9", ["'stage>=phase9'", "preclinical < ind"]),
    ("type=deel", ["'type=deel'", "deal"]),
    ("nuclide=Xx-1", ["'nuclide=Xx-1'"]),
    ("", ["empty"]),
    ('company="Alpha', ["quotation", "allowed fields"]),
])
def test_bad_expressions_say_what_is_allowed(tmp_path, expression, words):
    with pytest.raises(WatchlistError) as caught:
        watchlists.add("w", expression, tmp_path / "w.json")
    assert all(word in str(caught.value) for word in words)
    assert not (tmp_path / "w.json").exists()


def test_unknown_watchlist_and_changed_expression(analysis_store, tmp_path):
    path = tmp_path / "w.json"
    watchlists.add("w", "type=deal", path)
    assert len(watchlists.run(analysis_store, "w", path)[0].new) == 4
    watchlists.add("w", "type=deal", path)
    assert watchlists.run(analysis_store, "w", path)[0].new == []
    watchlists.add("w", "type=deal company=Bigpharma", path)
    assert len(watchlists.run(analysis_store, "w", path)[0].new) == 4
    with pytest.raises(UnknownWatchlist, match="no watchlist named 'x'"):
        watchlists.run(analysis_store, "x", path)
