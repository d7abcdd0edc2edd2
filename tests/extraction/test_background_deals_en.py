"""An older licence told as background beside the article's own deal ("Back in May 2021, X had licensed
…", 此前…曾将…授权给…) is no new deal. Our own words, both scripts."""


from pharmalens.documents.articles import read_articles
from pharmalens.extraction.pipeline import extract_article
from pharmalens.sources.files import SourceFile


def _deals(text):
    source = SourceFile(path="background.txt", name="background.txt", suffix=".txt", data=text.encode("utf-8"))
    return {(d.licensor, d.licensee) for d in extract_article(read_articles(source)[0]).records["deals"]}


def test_older_licence_in_background_is_no_new_deal():
    deals = _deals("Tervane Bio out-licenses TV-310 to Malcor Pharma\nNovember 3, 2026\n\n"
                   "Tervane Bio said it has granted Malcor Pharma exclusive rights to TV-310, a FAP-targeted "
                   "radioligand, in Japan for $22 million upfront and up to $180 million in milestones.\n\n"
                   "Back in May 2021, Tervane had licensed its first programme, TV-104, to Rostel Therapeutics "
                   "for $9 million upfront.")
    assert deals == {("Tervane Bio", "Malcor Pharma")}


def test_older_chinese_licence_in_background_is_no_new_deal():
    deals = _deals("泰万生物将TV-310授权给马科制药\n2026年11月3日\n\n"
                   "泰万生物宣布将TV-310的日本权益授权给马科制药，首付款2200万美元，里程碑付款最高1.8亿美元。\n\n"
                   "此前，泰万生物曾于2021年将TV-104授权给罗斯特医药，首付款900万美元。")
    assert deals == {("泰万生物", "马科制药")}
