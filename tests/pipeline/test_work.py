"""One article's extraction as a worker returns it."""
from pharmalens.documents.articles import read_articles
from pharmalens.extraction.lexicon import default_lexicon
from pharmalens.pipeline.work import extract_one
from pharmalens.sources.files import SourceFile


def test_a_taiwan_pages_short_code_is_a_taiwan_listing_in_the_extracted_article() -> None:
    text = "澄曜生技(6723)今(3)日公告，新藥CY-12獲衛福部食藥署核准臨床試驗，研發費用新台幣1.2億元。"
    article = read_articles(SourceFile("t.txt", "t.txt", ".txt", text.encode()))[0]
    assert extract_one(article, default_lexicon()).codes == {"澄曜生技": {"6723.TW"}}
