"""A results excerpt that names a company and its brands' sales ("net product sales of X were $N million") and
no drug word is biopharma news, and its brand figures are read. Our own words."""


from pharmalens.documents.articles import read_articles
from pharmalens.extraction.pipeline import extract_article
from pharmalens.sources.files import SourceFile


def _facts(text):
    source = SourceFile(path="sales.txt", name="sales.txt", suffix=".txt", data=text.encode("utf-8"))
    return extract_article(read_articles(source)[0])


def test_brand_sales_excerpt_is_relevant():
    for line in ("Net product sales of Varnelle were $96.3 million", "Net product revenue for Varnelle was $96.3 million"):
        facts = _facts(f"Tamsin Bio second-quarter 2026 call\n\nTamsin Bio reported second-quarter 2026 total revenue of "
                       f"$118.0 million. {line} in the quarter, up 24% from a year earlier.")
        assert facts.article.document.relevant, line
        assert ("revenue", 118.0) in [(r.metric, r.amount) for r in facts.records["financials"]], line
