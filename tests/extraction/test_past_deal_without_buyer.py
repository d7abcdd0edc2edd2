"""A past deal quoted for context with one party only ("follows the $1.6 billion acquisition of X in 2024") is
no new deal beside the article's own. Our own words."""


from pharmalens.documents.articles import read_articles
from pharmalens.extraction.pipeline import extract_article
from pharmalens.sources.files import SourceFile


def _deals(text):
    source = SourceFile(path="past.txt", name="past.txt", suffix=".txt", data=text.encode("utf-8"))
    return [(d.licensor, d.licensee) for d in extract_article(read_articles(source)[0]).records["deals"]]


def test_a_past_acquisition_with_no_buyer_is_no_new_deal():
    deals = _deals("Sorrel Pharma to buy Atrium Radiotherapeutics\nOctober 14, 2026\n\nSorrel Pharma agreed to acquire "
                   "Atrium Radiotherapeutics for $700 million in cash. The move comes a year after Velda was bought for "
                   "$900 million in 2025, and follows the $1.6 billion acquisition of Nexor Isotopes in 2024.")
    assert deals == [("Atrium Radiotherapeutics", "Sorrel Pharma")]
