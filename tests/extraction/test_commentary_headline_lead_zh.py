"""A commentary headline opens with the analyst's verb before the company ("拆解X生物的管线",
"复盘X医药的出海之路"): the verb is no part of the name. Our own words, both scripts."""

from pharmalens.documents.articles import read_articles
from pharmalens.extraction.pipeline import extract_article
from pharmalens.sources.files import SourceFile


def _names(text):
    source = SourceFile(path="lead.txt", name="lead.txt", suffix=".txt", data=text.encode("utf-8"))
    return {c.name for c in extract_article(read_articles(source)[0]).companies}


def test_analyst_verb_before_the_company():
    text = "医药观察｜拆解嘉岳生物的管线\n\n嘉岳生物目前拥有5款临床阶段产品，其中JY-12已进入III期。"
    assert _names(text) == {"嘉岳生物"}


def test_traditional_analyst_verb_before_the_company():
    text = "醫藥觀察｜復盤嘉岳生物的出海之路\n\n嘉岳生物已完成3筆對外授權，其中JY-12進入III期。"
    assert _names(text) == {"嘉岳生物"}
