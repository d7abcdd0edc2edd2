"""A date a paragraph gives as the end of another site's outage ("offline until March 2027", 停堆直至2027年3月)
is not the date of the site the next sentence opens. Our own words, both scripts."""


from pharmalens.documents.articles import read_articles
from pharmalens.extraction.pipeline import extract_article
from pharmalens.sources.files import SourceFile


def _dates(text):
    source = SourceFile(path="until.txt", name="until.txt", suffix=".txt", data=text.encode("utf-8"))
    return [f.date for f in extract_article(read_articles(source)[0]).records["facilities"]]


def test_an_outage_end_does_not_date_the_new_site():
    dates = _dates("Velmar Isotopes opens cyclotron site\n\nThe Oskar research reactor remains offline for repairs until "
                   "March 2027. Velmar Isotopes also opened a new cyclotron site in Lyon producing Ga-68 and Cu-64.")
    assert dates == [None]


def test_a_chinese_outage_end_does_not_date_the_new_site():
    dates = _dates("维尔玛同位素新回旋加速器基地启用\n\n奥斯卡研究堆因检修停堆直至2027年3月。维尔玛同位素位于里昂的回旋加速器基地已启用，生产镓-68和铜-64。")
    assert dates == [None]
