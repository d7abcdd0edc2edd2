"""A total "of up to X including milestones" is the deal's total, not its milestones: "including" says the sum
holds them. Our own words."""


from pharmalens.documents.articles import read_articles
from pharmalens.extraction.pipeline import extract_article
from pharmalens.sources.files import SourceFile


def _terms(text):
    source = SourceFile(path="incl.txt", name="incl.txt", suffix=".txt", data=text.encode("utf-8"))
    deal = extract_article(read_articles(source)[0]).records["deals"][0]
    return deal.milestones, deal.total and float(deal.total.amount)


def test_total_including_milestones_is_the_total():
    for tail in ("including milestones", "including development and sales milestones"):
        milestones, total = _terms("Mirae Bio licenses MR-90 to Hoshino Pharma\n\nSEOUL, May 20, 2026 -- Mirae Bio said "
                                   "it licensed MR-90 to Hoshino Pharma. Hoshino will pay $20 million upfront, with total "
                                   f"deal value of up to $310 million {tail}.")
        assert (milestones, total) == (None, 310.0), tail
