"""A results excerpt that names a company and its brands' sales ("net product sales of X were $N million") and
no drug word is biopharma news, and its brand figures are read. Our own words."""


def test_brand_sales_excerpt_is_relevant(extracted):
    for line in ("Net product sales of Varnelle were $96.3 million", "Net product revenue for Varnelle was $96.3 million"):
        facts = extracted(f"Tamsin Bio second-quarter 2026 call\n\nTamsin Bio reported second-quarter 2026 total revenue of "
                       f"$118.0 million. {line} in the quarter, up 24% from a year earlier.")
        assert facts.article.document.relevant, line
        assert ("revenue", 118.0) in [(r.metric, r.amount) for r in facts.records["financials"]], line
