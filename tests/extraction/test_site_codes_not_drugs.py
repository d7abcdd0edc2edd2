"""A code that names a reactor or a cyclotron ("the BRX-3 research reactor", "KC-30 cyclotron", "XR-2研究堆") is a
site, not a drug: no asset. Our own words."""


from pharmalens.documents.articles import read_articles
from pharmalens.extraction.pipeline import extract_article
from pharmalens.sources.files import SourceFile


def _assets(text):
    source = SourceFile(path="site.txt", name="site.txt", suffix=".txt", data=text.encode("utf-8"))
    return [a.asset for a in extract_article(read_articles(source)[0]).records["assets"]]


def test_a_reactor_code_is_no_drug():
    assert _assets("Kelder Isotopes delays reactor restart\nJuly 3, 2026\n\nKelder Isotopes said the restart of its BRX-3 "
                   "research reactor in Petten, which supplies about 20% of the world's Mo-99 and a large share of Lu-177, has "
                   "been pushed back to the second quarter of 2027.") == []
