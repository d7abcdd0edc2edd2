"""A regulator written as a clause's subject ("Health Canada has also accepted …", "Swissmedic approved …") is
the agency, never the company an event belongs to. Our own words."""


from pharmalens.documents.articles import read_articles
from pharmalens.extraction.pipeline import extract_article
from pharmalens.sources.files import SourceFile


def _facts(text):
    source = SourceFile(path="reg.txt", name="reg.txt", suffix=".txt", data=text.encode("utf-8"))
    facts = extract_article(read_articles(source)[0])
    return {c.name for c in facts.companies}, {(r.company, r.agency, r.event) for r in facts.records["regulatory"]}


def test_a_regulator_subject_is_no_company():
    names, events = _facts("Tamlin Bio files TB-62 in Europe and Canada\nMarch 2, 2026\n\nTamlin Bio said the European "
                           "Medicines Agency has validated its marketing authorisation application for TB-62 in myelofibrosis. "
                           "Health Canada has also accepted a New Drug Submission for TB-62 under priority review.")
    assert "Health Canada" not in names
    assert ("Tamlin Bio", "Health Canada", "filing") in events
