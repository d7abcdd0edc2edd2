""""Net product revenue for <Brand> was $N" names the brand's line, as "of <Brand>" does; its prior-year figure
stays that brand's, never the company's revenue. Our own words."""


from pharmalens.documents.articles import read_articles
from pharmalens.extraction.pipeline import extract_article
from pharmalens.sources.files import SourceFile


def _figures(text):
    source = SourceFile(path="brand.txt", name="brand.txt", suffix=".txt", data=text.encode("utf-8"))
    records = extract_article(read_articles(source)[0]).records["financials"]
    return sorted((r.period, r.metric, r.segment, float(r.amount)) for r in records)


def test_product_revenue_for_a_brand_names_its_line():
    found = _figures("Ashgrove Therapeutics reports third quarter 2026 results\n\nAshgrove Therapeutics reported results "
                     "for the quarter ended September 30, 2026. Net product revenue for Dulvessa was $31.7 million, "
                     "compared with $22.5 million a year earlier. Total revenue was $40.1 million.")
    assert ("2026Q3", "segment_revenue", "Dulvessa", 31.7) in found
    assert ("2025Q3", "segment_revenue", "Dulvessa", 22.5) in found
    assert ("2026Q3", "revenue", None, 40.1) in found
    assert not [f for f in found if f[0] == "2025Q3" and f[1] == "revenue"]
