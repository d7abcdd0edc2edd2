"""A date an earlier step took ("following a positive CHMP opinion in June 2026") is not the
date of an event the next sentence tells again ("The approval covers …"). Our own words."""


from pharmalens.documents.articles import read_articles
from pharmalens.extraction.pipeline import extract_article
from pharmalens.sources.files import SourceFile


def _dates(text):
    source = SourceFile(path="ec.txt", name="ec.txt", suffix=".txt", data=text.encode("utf-8"))
    return {(r.agency, r.date) for r in extract_article(read_articles(source)[0]).records["regulatory"] if r.event == "approval"}


def test_the_opinion_date_does_not_date_the_approval_told_again():
    dates = _dates("EU approval for Sorvane's SV-19\n\nThe European Commission granted conditional marketing authorisation "
                   "to SV-19, Sorvane Bio's claudin 18.2 ADC, for gastric cancer, following a positive CHMP opinion in "
                   "June 2026. The approval is valid in all EU member states.")
    assert dates == {("EMA", None)}

