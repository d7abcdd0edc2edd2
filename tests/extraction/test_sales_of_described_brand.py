"""Sales "of <Brand>, its <description>, were $N" name the brand's line: the description between the brand and
the verb does not hide it. Our own words."""


from pharmalens.documents.articles import read_articles
from pharmalens.extraction.pipeline import extract_article
from pharmalens.sources.files import SourceFile


def _lines(text):
    source = SourceFile(path="desc.txt", name="desc.txt", suffix=".txt", data=text.encode("utf-8"))
    return [(r.metric, r.segment) for r in extract_article(read_articles(source)[0]).records["financials"]
            if float(r.amount) == 27.4]


def test_sales_of_a_described_brand_name_its_line():
    found = _lines("Kestrel Isotopes (ASX: KSI) quarterly activity report\n\nKestrel Isotopes Limited reported that "
                   "sales of Pharoscan, its Cu-64 imaging kit, were A$27.4 million for the quarter ended 31 March 2026.")
    assert found == [("segment_revenue", "Pharoscan")]
