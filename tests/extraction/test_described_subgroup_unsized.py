"""A sentence opening on patients described by a trait, not counted ("In patients with KRAS-mutant disease, …",
"Among those with high FRα expression, …") tells a subgroup of unknown size: its figures take no enrolment
total; one opening on the trial's disease ("In patients with ovarian cancer, …") is the whole trial's. Our own words."""


from pharmalens.documents.articles import read_articles
from pharmalens.extraction.pipeline import extract_article
from pharmalens.sources.files import SourceFile


def _sizes(text):
    source = SourceFile(path="sub.txt", name="sub.txt", suffix=".txt", data=text.encode("utf-8"))
    return {(r.endpoint, r.value): r.n for r in extract_article(read_articles(source)[0]).records["clinical"]}


def test_a_described_subgroup_takes_no_enrolment_total():
    sizes = _sizes("ESMO 2026: Wendel Therapeutics' WD-5 in CORAL-3\n\nIn the phase 3 CORAL-3 trial, WD-5 improved median "
                   "PFS to 8.6 months versus 5.1 months (HR 0.61; 95% CI 0.49-0.76) in 436 patients. In patients with "
                   "KRAS-mutant disease, median PFS was 7.4 months (HR 0.66).")
    assert sizes[("PFS_median", 8.6)] == 436
    assert sizes[("PFS_median", 7.4)] is None
    assert sizes[("PFS_HR", 0.66)] is None


def test_a_sentence_on_the_trials_disease_keeps_the_total():
    sizes = _sizes("ESMO 2026: Wendel Therapeutics' WD-5\n\nThe phase 2 study enrolled 64 patients. Among those with high FRα "
                   "expression, the ORR was 48.0%. In patients with ovarian cancer, the ORR was 39.1%.")
    assert sizes[("ORR", 48.0)] is None
    assert sizes[("ORR", 39.1)] == 64
