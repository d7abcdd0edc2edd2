import pytest

from pharmalens.analysis.brief import brief, locate


def test_sentences_ranked_by_facts_with_references(analysis_store, sample):
    result = brief(analysis_store, document_id="a.txt#1")
    text = sample.TEXTS["a.txt#1"][2]
    assert [s.text for s in result.sentences] == [
        "Alpha Bio licensed AB-101 to Bigpharma for $10 million upfront and up to $100 million in total.",
        "AB-101 is an Ac-225 PSMA radioligand in Phase 1 trials."]
    assert [s.markers for s in result.sentences] == [(1, 2), (3,)]
    assert [(r.n, r.quote) for r in result.references] == [
        (1, "AB-101"), (2, "$10 million upfront"), (3, "Ac-225 PSMA radioligand")]
    assert all(text[r.start:r.end] == r.quote and r.document == "a.txt#1" for r in result.references)
    assert "weather" not in result.text()
    assert result.text().splitlines()[0].endswith("in total. [1] [2]")


def test_max_sentences(analysis_store):
    result = brief(analysis_store, document_id="a.txt#1", max_sentences=1)
    assert len(result.sentences) == 1 and [r.n for r in result.references] == [1, 2]


def test_query_selects_documents_case_insensitively(analysis_store):
    assert brief(analysis_store, query="alpha BIO").documents == ("a.txt#1", "e.txt#1")
    chinese = brief(analysis_store, query="贝塔")
    assert chinese.documents == ("b.txt#1",)
    assert chinese.sentences[0].text.startswith("贝塔生物将BT-202")
    assert "天气" not in chinese.text()


def test_deterministic(analysis_store):
    assert brief(analysis_store).to_dict() == brief(analysis_store).to_dict()
    assert len(brief(analysis_store).sentences) == 5


def test_nothing_to_summarise(analysis_store):
    with pytest.raises(LookupError, match="zzz"):
        brief(analysis_store, query="zzz")
    with pytest.raises(LookupError, match="x.txt#9"):
        brief(analysis_store, document_id="x.txt#9")
    with pytest.raises(ValueError):
        brief(analysis_store, max_sentences=0)


def test_locate_survives_repaired_line_breaks():
    text = "AB-101 is an Ac-225 radioligand."
    assert locate(text, 0, 6, "AB-101") == (0, 6)
    assert locate(text, 50, 56, "Ac-225") == (13, 19)
    assert locate(text, 0, 5, "is\nan") == (7, 12)
    assert locate(text, 0, 5, "missing") is None
