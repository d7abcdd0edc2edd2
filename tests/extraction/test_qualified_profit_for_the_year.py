"""A qualified profit or loss told "for the year" ("Operating loss for the year was …", "Gross profit for the
period was …") is the qualified measure, not the net profit that "loss for the year" names by itself. Our
own words."""


from pharmalens.documents.articles import read_articles
from pharmalens.extraction.pipeline import extract_article
from pharmalens.sources.files import SourceFile


def _metrics(text):
    source = SourceFile(path="fy.txt", name="fy.txt", suffix=".txt", data=text.encode("utf-8"))
    return {(r.metric, float(r.amount)) for r in extract_article(read_articles(source)[0]).records["financials"]}


def test_operating_loss_for_the_year_is_no_net_loss():
    metrics = _metrics("Varnel Pharma full-year 2026 results\n\nVarnel Pharma reported full-year 2026 revenue of "
                       "€455.0 million. Operating loss for the year was €31.8 million.")
    assert metrics == {("revenue", 455.0)}


def test_gross_profit_for_the_period_is_gross_profit():
    metrics = _metrics("Varnel Pharma first-half 2026 results\n\nVarnel Pharma reported revenue of €230.5 million for the "
                       "first half of 2026. Gross profit for the period was €171.2 million, and net loss for the period "
                       "was €12.4 million.")
    assert metrics == {("revenue", 230.5), ("gross_profit", 171.2), ("net_profit", -12.4)}
