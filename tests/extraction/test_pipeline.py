"""What one article's extraction hands on besides records."""
from pharmalens.documents.articles import read_articles
from pharmalens.extraction.pipeline import extract_article
from pharmalens.sources.files import SourceFile


def test_companies_keep_the_names_a_traditional_chinese_file_writes():
    text = "恆瑞醫藥公布,其新藥獲國家藥監局批准上市,用於治療晚期肺癌患者。恆瑞醫藥表示將加快臨床開發。"
    article = read_articles(SourceFile("tw.txt", "tw.txt", ".txt", text.encode("utf-8")))[0]
    surfaces = {m.surface for m in extract_article(article).companies}
    assert "恆瑞醫藥" in surfaces
