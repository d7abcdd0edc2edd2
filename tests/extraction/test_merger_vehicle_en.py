"""A buyer's merger vehicle ("Lark Merger Sub, Inc.", 合并子公司) is a shell formed for the merger: no
company of the news and no second acquirer. Our own words."""


from pharmalens.documents.articles import read_articles
from pharmalens.extraction.pipeline import extract_article
from pharmalens.sources.files import SourceFile


def _facts(text):
    source = SourceFile(path="merger.txt", name="merger.txt", suffix=".txt", data=text.encode("utf-8"))
    return extract_article(read_articles(source)[0])


def test_merger_sub_is_no_company_and_no_buyer():
    facts = _facts("Quillon Therapeutics to be acquired by Harwick Pharma\n\n"
                   "Harwick Pharma, Inc. agreed to acquire Quillon Therapeutics, Inc. for $14.00 per share in cash, "
                   "or about $640 million. Harwick's wholly owned subsidiary, Lark Merger Sub, Inc. (\"Purchaser\"), "
                   "will launch a tender offer for all outstanding shares of Quillon.")
    assert not any("Merger Sub" in c.name for c in facts.companies)
    assert {(d.licensor, d.licensee) for d in facts.records["deals"]} == {("Quillon Therapeutics", "Harwick Pharma")}


def test_merger_sub_in_chinese_text_is_no_company():
    facts = _facts("哈维克制药收购奎隆治疗\n\n哈维克制药宣布将以每股14美元现金收购奎隆治疗，交易总额约6.4亿美元。"
                   "根据协议，哈维克制药旗下的Lark Merger Sub, Inc.将对奎隆治疗全部已发行股份发起要约收购。")
    assert not any("Merger Sub" in c.name for c in facts.companies)
