"""A licence "with Y for X, a <description>, in <region>" grants that region: the drug's description sits
between "for" and the territory. Our own words."""


from pharmalens.documents.articles import read_articles
from pharmalens.extraction.pipeline import extract_article
from pharmalens.sources.files import SourceFile


def _territories(text):
    source = SourceFile(path="terr.txt", name="terr.txt", suffix=".txt", data=text.encode("utf-8"))
    return [d.territory for d in extract_article(read_articles(source)[0]).records["deals"]]


def test_region_after_the_described_drug():
    found = _territories("Sungwon Bio licenses SW-17 to Aokawa Pharma\n\nSEOUL, October 2, 2026 -- Sungwon Bio said it "
                         "signed a licensing agreement with Aokawa Pharma for SW-17, an oral FXIa inhibitor, in Japan. "
                         "Aokawa will pay KRW 18 billion upfront.")
    assert found == ["Japan"]
