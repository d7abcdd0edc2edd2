import pytest

from pharmalens.analysis.brief import NoDocuments, brief
from pharmalens.analysis.errors import SpecError


def test_one_document_in_sections_each_line_cited(analysis_store, sample):
    result = brief(analysis_store, document_id="a.txt#1")
    text = sample.TEXTS["a.txt#1"][2]
    assert [line.section for line in result.lines] == ["deals", "assets"]
    deal, asset = result.lines
    assert "Alpha Bio → Bigpharma" in deal.text and "upfront US$10m" in deal.text
    assert "total up to US$100m" in deal.text and "milestones undisclosed" in deal.text
    assert "AB-101 (Alpha Bio)" in asset.text and "stage phase1" in asset.text and "Ac-225" in asset.text
    assert deal.markers == (1,) and asset.markers == (2, 3)
    assert [(r.n, r.quote) for r in result.references] == [
        (1, "$10 million upfront"), (2, "AB-101"), (3, "Ac-225 PSMA radioligand")]
    assert all(text[r.start:r.end] == r.quote and r.document == "a.txt#1" for r in result.references)


def test_text_prints_each_line_and_each_reference_once(analysis_store):
    printed = brief(analysis_store).text()
    lines = printed.splitlines()
    facts = [line for line in lines if line.startswith("- ")]
    assert facts and all(line.rstrip().endswith("]") for line in facts)
    assert len(facts) == len(set(facts))
    references = [line.strip() for line in lines if line.startswith("  [")]
    numbers = [line.split("]")[0] for line in references]
    assert numbers == [f"[{n}" for n in range(1, len(numbers) + 1)]
    documents = lines[lines.index("References") + 1:]
    sources = [line for line in documents if not line.startswith("  [")]
    assert len(sources) == len(set(sources)) == len({r.document for r in brief(analysis_store).references})
    assert lines.count("References") == 1
    assert lines.index("References") > max(lines.index(f) for f in facts)
    for heading in ("Deals", "Assets", "Events", "Figures"):
        assert heading in lines


def test_every_kind_of_fact_has_a_line(analysis_store):
    result = brief(analysis_store, document_id="e.txt#1").text()
    assert "Figures" in result and "RMB 120m" in result
    assert "stopped AB-009" in result and "spent RMB 50m" in result
    assert "raised RMB 300m" in result
    assert "FDA" in result


@pytest.fixture
def ingested(tmp_path):
    from pharmalens.pipeline import run
    from pharmalens.settings import Settings
    from pharmalens.store import Store
    folder = tmp_path / "news"
    folder.mkdir()
    (folder / "kite.txt").write_text(
        "Kite Radiotherapeutics licensed KR-77, a Phase II Lu-177 PSMA radioligand, to Orca Pharma for an "
        "upfront payment of $32 million, on June 2, 2026.\n", encoding="utf-8")
    (folder / "wire.txt").write_text(
        "On June 2, 2026, Kite Radiotherapeutics licensed KR-77 to Orca Pharma. Orca pays an upfront payment "
        "of $32 million for KR-77, a Lu-177 PSMA radioligand in Phase II.\n", encoding="utf-8")
    with Store(f"sqlite:///{tmp_path / 'k.db'}") as store:
        store.upgrade()
        run(sorted(folder.iterdir()), store, Settings(workers=1))
        yield store


def test_a_document_by_its_name(ingested):
    by_name = brief(ingested, document_id="kite.txt#1")
    by_id = brief(ingested, document_id=by_name.documents[0])
    assert by_name.to_dict() == by_id.to_dict()
    assert any("US$32m" in line.text for line in by_name.lines)
    assert by_name.references and "kite.txt#1" in by_name.text()


def test_the_same_fact_in_two_documents_is_one_line_citing_both(ingested):
    result = brief(ingested)
    deals = [line for line in result.lines if line.section == "deals"]
    assert len(deals) == 1
    cited = {result.references[n - 1].name for n in deals[0].markers}
    assert cited == {"kite.txt#1", "wire.txt#1"}


def test_query_reads_matching_documents_in_either_script(analysis_store):
    assert brief(analysis_store, query="alpha BIO").documents == ("a.txt#1", "e.txt#1")
    chinese = brief(analysis_store, query="貝塔")
    assert chinese.documents == ("b.txt#1",)
    assert "Beta Bio → Bigpharma" in chinese.text()


def test_deterministic_and_limited(analysis_store):
    assert brief(analysis_store).to_dict() == brief(analysis_store).to_dict()
    one = brief(analysis_store, max_lines=1)
    assert all(sum(1 for line in one.lines if line.section == s) <= 1 for s in ("deals", "assets", "events"))
    cited = {n for line in one.lines for n in line.markers}
    assert {r.n for r in one.references} == cited


def test_nothing_to_summarise(analysis_store):
    with pytest.raises(NoDocuments, match="zzz"):
        brief(analysis_store, query="zzz")
    with pytest.raises(NoDocuments, match="x.txt#9"):
        brief(analysis_store, document_id="x.txt#9")
    with pytest.raises(SpecError, match="max_lines"):
        brief(analysis_store, max_lines=0)
