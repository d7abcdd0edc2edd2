"""An option deal: what the buyer "has paid X $N for an exclusive option" is the upfront; a fee in a clause that
opens on the option's exercise ("If exercised, X would receive an exercise fee of $N") is a later step's price,
no upfront. Our own words."""


from pharmalens.documents.articles import read_articles
from pharmalens.extraction.pipeline import extract_article
from pharmalens.sources.files import SourceFile


def _deals(text):
    source = SourceFile(path="opt.txt", name="opt.txt", suffix=".txt", data=text.encode("utf-8"))
    return [(d.deal_type, d.upfront and float(d.upfront.amount), d.milestones and float(d.milestones.amount))
            for d in extract_article(read_articles(source)[0]).records["deals"]]


def test_the_option_fee_is_the_upfront_and_the_exercise_fee_is_not():
    deals = _deals("Hollin Pharma takes option on Zephra's ADC\nSeptember 9, 2026\n\nHollin Pharma has paid Zephra Bio "
                   "$15 million for an exclusive option to license ZP-31, a CDH6-directed ADC, in Europe. If exercised, "
                   "Zephra would receive an option exercise fee of $45 million and up to $520 million in milestones.")
    assert deals == [("option", 15.0, 520.0)]
