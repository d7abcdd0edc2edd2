"""A payment told by the event that triggers it ("$15 million upon approval in Japan") is a milestone, though
the word milestone is not written. Our own words."""


from pharmalens.documents.articles import read_articles
from pharmalens.extraction.pipeline import extract_article
from pharmalens.sources.files import SourceFile


def _deal(text):
    source = SourceFile(path="event.txt", name="event.txt", suffix=".txt", data=text.encode("utf-8"))
    return extract_article(read_articles(source)[0]).records["deals"][0]


def test_payment_upon_approval_is_a_milestone():
    for event in ("upon approval in Japan", "upon regulatory approval in Japan"):
        deal = _deal("Ilsan Bio licenses IS-33 to Morioka Pharma\n\nSEOUL, July 7, 2026 -- Ilsan Bio said it licensed "
                     f"IS-33 to Morioka Pharma. Morioka will pay $8 million upfront and $15 million {event}.")
        assert (float(deal.upfront.amount), deal.milestones and float(deal.milestones.amount)) == (8.0, 15.0), event
