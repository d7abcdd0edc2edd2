"""Figures listed with their groups' sizes "respectively" ("the ORR was 44.0% and 30.6% in the 8 mg/kg (n=50) and
5 mg/kg (n=36) cohorts, respectively") take those sizes in order, not the study's enrolment. Our own words."""


from pharmalens.documents.articles import read_articles
from pharmalens.extraction.pipeline import extract_article
from pharmalens.sources.files import SourceFile


def _sizes(text):
    source = SourceFile(path="resp.txt", name="resp.txt", suffix=".txt", data=text.encode("utf-8"))
    return {(r.endpoint, r.value): r.n for r in extract_article(read_articles(source)[0]).records["clinical"]}


def test_sizes_listed_respectively_are_each_figures():
    sizes = _sizes("AACR 2026: Quillan Therapeutics' QN-8 expansion data\n\nIn the phase 1 study of QN-8 in 86 patients with "
                   "endometrial cancer, the ORR was 44.0% and 30.6% in the 8 mg/kg (n=50) and 5 mg/kg (n=36) cohorts, "
                   "respectively.")
    assert sizes == {("ORR", 44.0): 50, ("ORR", 30.6): 36}
