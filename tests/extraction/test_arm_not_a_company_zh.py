"""A readout compares arms ("X联合化疗组与Y联合化疗组的中位PFS…"): an arm or cohort before 与 or 获得
is a group of patients, never a company. Our own words, both scripts."""


from pharmalens.documents.articles import read_articles
from pharmalens.extraction.pipeline import extract_article
from pharmalens.sources.files import SourceFile


def _names(text):
    source = SourceFile(path="arms.txt", name="arms.txt", suffix=".txt", data=text.encode("utf-8"))
    return {c.name for c in extract_article(read_articles(source)[0]).companies}


def test_chemotherapy_arms_are_no_companies():
    text = ("衡岳生物公布HY-31的III期结果\n\n研究共入组380例患者，HY-31联合化疗组与帕博利珠单抗联合化疗组的中位PFS"
            "分别为10.4个月和6.9个月。")
    assert not any(name.endswith("组") for name in _names(text))


def test_traditional_cohorts_are_no_companies():
    text = ("衡岳生物公佈HY-31的I期結果\n\n高劑量隊列與低劑量隊列分別入組20例和18例患者，高劑量隊列獲得的ORR為45.0%。")
    assert not any(name.endswith("隊列") for name in _names(text))
