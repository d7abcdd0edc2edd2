"""A second subgroup's figure told without its endpoint ("…, while in EGFR-negative patients it was 6.2 versus
4.9 months") is the endpoint's just told, of the same kind. Our own words."""


from pharmalens.documents.articles import read_articles
from pharmalens.extraction.pipeline import extract_article
from pharmalens.sources.files import SourceFile


def _values(text):
    source = SourceFile(path="it.txt", name="it.txt", suffix=".txt", data=text.encode("utf-8"))
    return {(r.endpoint, r.value) for r in extract_article(read_articles(source)[0]).records["clinical"]}


def test_a_subgroups_it_was_figure_is_the_same_endpoint():
    values = _values("WCLC 2026: Ferran Therapeutics' FR-27 in DELTA-2\n\nIn the phase 3 DELTA-2 trial of 388 patients, "
                     "FR-27 improved median PFS to 8.1 versus 5.0 months (HR 0.62). In EGFR-positive patients, median PFS "
                     "was 9.4 versus 5.1 months, while in EGFR-negative patients it was 6.2 versus 4.9 months.")
    assert {("PFS_median", 8.1), ("PFS_median", 9.4), ("PFS_median", 6.2)} <= values
    assert ("PFS_median", 4.9) not in values and ("PFS_median", 5.1) not in values
