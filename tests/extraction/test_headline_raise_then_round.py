"""A headline's raise with no round ("raises $55 million") and the body's round of the same amount ("a $55
million Series B") are one financing, of the body's round. Our own words, both scripts."""


from pharmalens.documents.articles import read_articles
from pharmalens.extraction.pipeline import extract_article
from pharmalens.sources.files import SourceFile


def _rounds(text):
    source = SourceFile(path="round.txt", name="round.txt", suffix=".txt", data=text.encode("utf-8"))
    return [(f.company, f.round, float(f.amount.amount)) for f in extract_article(read_articles(source)[0]).records["financings"]]


def test_headline_raise_and_body_round_are_one_financing():
    rounds = _rounds("Kestrova Bio raises $55 million\n\nKestrova Bio, a Munich-based developer of Pb-212 therapies, "
                     "closed a $55 million Series B. Its lead drug, KB-212, is in Phase 1 for neuroendocrine tumours.")
    assert rounds == [("Kestrova Bio", "b", 55.0)]


def test_chinese_headline_raise_and_body_round_are_one_financing():
    rounds = _rounds("凯思卓生物完成3亿元融资\n\n凯思卓生物是一家铅-212药物研发企业，近日完成3亿元B轮融资，"
                     "资金将用于KB-212的I期临床研究。")
    assert rounds == [("凯思卓生物", "b", 300.0)]
