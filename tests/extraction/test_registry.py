from pharmalens.extraction.registry import BUILDERS
from pharmalens.model.records import RECORD_LISTS


def test_every_contract_list_has_one_builder_and_needs_come_first():
    names = [b.name for b in BUILDERS]
    assert sorted(names) == sorted(RECORD_LISTS)
    for index, builder in enumerate(BUILDERS):
        assert all(need in names[:index] for need in builder.needs), builder.name


def test_records_carry_the_extractor_and_version_their_builder_declares(facts):
    text = ("Harvane Therapeutics licensed HRV-310, a 177Lu-labelled PSMA radioligand in Phase 2, to Meridell "
            "Pharmaceuticals for $40 million upfront. 朗川药业终止了LC-12项目的开发。")
    records = facts(text)
    declared = {b.name: (b.extractor, b.version) for b in BUILDERS}
    seen = [(name, r) for name, rows in records.items() for r in rows]
    assert {name for name, _ in seen} >= {"deals", "assets"}
    for name, record in seen:
        assert (record.extractor, record.version) == declared[name]
