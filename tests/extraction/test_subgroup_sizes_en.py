"""A subgroup's figures are read on the subgroup's patients when its size opens the clause ("Among the 58
patients with …", "in the subgroup of 131 patients …"), not on the whole trial's enrolment. Our own words."""


from pharmalens.documents.articles import read_articles
from pharmalens.extraction.pipeline import extract_article
from pharmalens.sources.files import SourceFile


def _results(text):
    source = SourceFile(path="subgroups.txt", name="subgroups.txt", suffix=".txt", data=text.encode("utf-8"))
    return {(r.endpoint, r.value): r.n for r in extract_article(read_articles(source)[0]).records["clinical"]}


def test_each_subgroup_takes_its_own_size():
    results = _results("Tovarin reports PX-77 data at ESMO\n\n"
                       "The phase 3 HERON-2 trial enrolled 410 patients with gastric cancer. The ORR was 44.1% overall. "
                       "Among the 58 patients with PD-L1 CPS of 10 or more, the ORR was 55.2%; in the subgroup of 131 "
                       "patients with peritoneal metastases, the ORR was 37.4%.")
    assert results[("ORR", 44.1)] == 410
    assert results[("ORR", 55.2)] == 58
    assert results[("ORR", 37.4)] == 131


def test_subgroup_hazard_ratio_is_not_read_on_the_whole_trial():
    results = _results("Tovarin's PX-77 cuts risk of death in HERON-2\n\n"
                       "In the phase 3 HERON-2 trial (n=410), PX-77 lowered the risk of death (OS HR 0.76; 95% CI 0.62-0.93). "
                       "In the subgroup of 176 patients with diffuse-type tumours, the OS HR was 0.64 (95% CI 0.45-0.91).")
    assert results[("OS_HR", 0.76)] == 410
    assert results[("OS_HR", 0.64)] == 176
