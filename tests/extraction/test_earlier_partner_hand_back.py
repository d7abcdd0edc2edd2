"""An earlier partner's hand-back told in one relative clause ("previously licensed to X, which paid $12 million
upfront in 2020 before handing the rights back in 2023") stops X's licence, in the year the rights went back;
the new licensee of the article's deal stops nothing. Our own words."""


from pharmalens.documents.articles import read_articles
from pharmalens.extraction.pipeline import extract_article
from pharmalens.sources.files import SourceFile


def _stops(text):
    source = SourceFile(path="prior.txt", name="prior.txt", suffix=".txt", data=text.encode("utf-8"))
    return [(t.company, t.asset, t.date) for t in extract_article(read_articles(source)[0]).records["terminations"]]


def test_earlier_partner_handing_back_is_the_stop_of_that_partner():
    for verb in ("before handing the rights back in 2023", "and handed the rights back in 2023"):
        found = _stops("Pellham Bio licenses PB-58 to Ostrander Pharma\n\nSAN DIEGO, June 9, 2026 -- Pellham Bio "
                       "granted Ostrander Pharma exclusive rights to PB-58, an oral TYK2 inhibitor, for $55 million "
                       f"upfront. PB-58 was previously licensed to Granite Lake Therapeutics, which paid $12 million "
                       f"upfront in 2020 {verb}.")
        assert found == [("Granite Lake Therapeutics", "PB-58", "2023")], verb
