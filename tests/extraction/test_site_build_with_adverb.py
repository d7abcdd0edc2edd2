"""A site that a company "will also build" or "builds" (an adverb between the verb and its auxiliary) is a
site event as "will build" was. Our own words."""


from pharmalens.documents.articles import read_articles
from pharmalens.extraction.pipeline import extract_article
from pharmalens.sources.files import SourceFile


def _sites(text):
    source = SourceFile(path="line.txt", name="line.txt", suffix=".txt", data=text.encode("utf-8"))
    return [(f.company, f.kind_of_site, f.nuclides) for f in extract_article(read_articles(source)[0]).records["facilities"]]


def test_a_line_the_company_will_also_build_is_a_site():
    for verb in ("will also build", "jointly builds"):
        sites = _sites("Mertz Isotopes adds capacity\n\nMertz Isotopes supplies Ac-225 to drug developers. Mertz Isotopes "
                       f"{verb} a dedicated Ac-225 production line at its Tulsa site, due for completion in 2028.")
        assert sites == [("Mertz Isotopes", "gmp_plant", ["Ac-225"])], verb
