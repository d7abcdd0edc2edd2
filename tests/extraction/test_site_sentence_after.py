"""The sentence after a site's is about the site only when it names it ("The Leeds plant will …", "It will …"):
"The company already supplies Lu-177 from its Spanish site" gives the new site no nuclide; and a headline's
"X to build Y plant" names the plant without the verb. Our own words."""


from pharmalens.documents.articles import read_articles
from pharmalens.extraction.pipeline import extract_article
from pharmalens.sources.files import SourceFile


def _sites(text):
    source = SourceFile(path="site.txt", name="site.txt", suffix=".txt", data=text.encode("utf-8"))
    return [(f.name, f.nuclides) for f in extract_article(read_articles(source)[0]).records["facilities"]]


def test_the_company_sentence_after_a_site_lends_it_no_nuclide():
    sites = _sites("Corlan Isotopes opens Ac-225 plant in Leeds\n\nCorlan Isotopes said on May 5, 2026 it has opened an "
                   "actinium-225 production plant in Leeds. The company already supplies Lu-177 to hospitals from its "
                   "older Spanish operation.")
    assert [nuclides for _, nuclides in sites] == [["Ac-225"]]


def test_a_headline_verb_is_no_part_of_the_site_name():
    sites = _sites("Corlan Isotopes to build Ac-225 plant in Leeds\n\nThe plant will cost $80 million.")
    assert sites and not any(name.lower().startswith("to ") for name, _ in sites)
