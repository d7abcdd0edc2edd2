"""A size in brackets after a trial's acronym ("In HALCYON (n=468), …", "ORCHID-2 (n=312)") is the whole trial's:
a hazard ratio told for the trial is read on it (a drug's brand in capitals keeps its arm's size). Our own words."""


from pharmalens.documents.articles import read_articles
from pharmalens.extraction.pipeline import extract_article
from pharmalens.sources.files import SourceFile


def _sizes(text):
    source = SourceFile(path="hr.txt", name="hr.txt", suffix=".txt", data=text.encode("utf-8"))
    return {(r.endpoint, r.value): r.n for r in extract_article(read_articles(source)[0]).records["clinical"]}


def test_a_size_after_a_trial_acronym_is_the_trials():
    sizes = _sizes("ESMO 2026: Tavrel Therapeutics' TV-58 in HALCYON\n\nIn HALCYON (n=468), TV-58 lowered the risk of progression or "
                   "death (PFS HR 0.62; 95% CI 0.50-0.77).")
    assert sizes[("PFS_HR", 0.62)] == 468


def test_a_size_after_a_numbered_trial_acronym_is_the_trials():
    sizes = _sizes("ASCO 2026: Tavrel Therapeutics' TV-58 in ORCHID-2\n\nFinal results from ORCHID-2 (n=312) showed TV-58 lowered the "
                   "risk of death (OS HR 0.71; 95% CI 0.55-0.92).")
    assert sizes[("OS_HR", 0.71)] == 312
