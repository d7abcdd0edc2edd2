"""A European company written with a bare legal form and no trade word ("Lorvane SA", "Kestila Oy", "Draveling
BV") is a company, so its results have an owner; a byline's ", SA" names none. Our own words."""


from pharmalens.documents.articles import read_articles
from pharmalens.extraction.pipeline import extract_article
from pharmalens.sources.files import SourceFile


def _companies(text):
    source = SourceFile(path="form.txt", name="form.txt", suffix=".txt", data=text.encode("utf-8"))
    records = extract_article(read_articles(source)[0]).records["financials"]
    return {r.company for r in records}


def test_bare_legal_form_names_the_company():
    for name in ("Lorvane SA", "Kestila Oy", "Draveling BV"):
        found = _companies(f"{name} reports first-half 2026 results\n\nLYON, 22 July 2026 -- {name} (Euronext Paris: "
                           "LRV), which develops antibodies for rare diseases, reported revenue of EUR 48.6 million "
                           "for the first half of 2026. Net loss was EUR 9.1 million.")
        assert found == {name.split()[0]}, name
