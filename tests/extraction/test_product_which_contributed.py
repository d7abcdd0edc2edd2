"""A product's sales told as a relative clause after the total ("driven by Ravoxa, which generated $74.2
million", 得益于泽布替尼，其贡献收入…) are that product's: a segment figure named after it, never a segment
named by the verb. Our own words, both scripts."""


from pharmalens.documents.articles import read_articles
from pharmalens.extraction.pipeline import extract_article
from pharmalens.sources.files import SourceFile


def _segments(text):
    source = SourceFile(path="sales.txt", name="sales.txt", suffix=".txt", data=text.encode("utf-8"))
    return {(r.segment, float(r.amount)) for r in extract_article(read_articles(source)[0]).records["financials"]
            if r.metric == "segment_revenue"}


def test_product_in_a_which_clause_names_the_segment():
    segments = _segments("Norlise Pharma second-quarter 2026 results\n\n"
                         "Norlise Pharma said total revenue for the second quarter of 2026 was $96.8 million, "
                         "driven by Ravoxa, which generated $74.2 million in net product sales.")
    assert segments == {("Ravoxa", 74.2)}


def test_chinese_its_sales_after_the_drug_name_the_segment():
    segments = _segments("诺莱斯医药2026年上半年业绩\n\n"
                         "诺莱斯医药2026年上半年总收入9.68亿元，同比增长24%，主要得益于泽布替尼，其贡献收入7.42亿元。")
    assert segments == {("泽布替尼", 742.0)}
