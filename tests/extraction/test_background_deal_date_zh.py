"""A background sentence about an older deal ("早在2022年，甲便将…授权给乙", 曾於2021年) dates that deal only:
it is neither the page's date nor the date of the new deal the article tells. Our own words, both scripts."""
import pytest

from pharmalens.documents.articles import read_articles
from pharmalens.sources.files import SourceFile


def _published(text):
    source = SourceFile(path="probe.txt", name="probe.txt", suffix=".txt", data=text.encode("utf-8"))
    return read_articles(source)[0].document.published


def _dates(records):
    return {d.asset: d.announced for d in records["deals"]}


@pytest.mark.parametrize("text", [
    "岚泽医药再次出海\n\n早在2022年，岚泽医药便将LZ-12的海外权益授权给康屿制药。近日，岚泽医药宣布与Tessar Bio"
    "达成许可协议，将其CD3双抗LZ-40的全球权益授予Tessar Bio，首付款2000万美元。",
    "岚泽医药再次出海\n\n2022年，岚泽医药曾将LZ-12的海外权益授权给康屿制药。近日，岚泽医药宣布与Tessar Bio"
    "达成许可协议，将LZ-40的全球权益授予Tessar Bio，首付款2000万美元。",  # the year first
])
def test_older_deal_dates_neither_the_page_nor_the_new_deal(facts, text):
    assert _published(text) is None
    dates = _dates(facts(text))
    assert dates.get("LZ-12") == "2022" and dates.get("LZ-40") is None


def test_traditional_older_deal(facts):
    text = ("嵐澤醫藥再次出海\n\n嵐澤醫藥曾於2021年將LZ-12授權給康嶼製藥。近日，嵐澤醫藥宣布與Tessar Bio"
            "達成許可協議，將其CD3雙抗LZ-40的全球權益授予Tessar Bio，首付款2000萬美元。")
    assert _published(text) is None
    assert _dates(facts(text)).get("LZ-40") is None


def test_background_with_already_before_the_year(facts):
    text = ("岚泽医药公布II期数据\n\n岚泽医药今日宣布，其CD3双抗LZ-40在II期研究中ORR为38.5%。"
            "岚泽医药此前已于2022年将LZ-40的海外权益授权给Tessar Bio。")
    assert _published(text) is None


def test_traditional_background_told_earlier(facts):
    text = ("嵐澤醫藥公布II期數據\n\n嵐澤醫藥今日宣布，其CD3雙抗LZ-40在II期研究中ORR為38.5%。"
            "嵐澤醫藥先前已於2022年將LZ-40的海外權益授權給Tessar Bio。")
    assert _published(text) is None


def test_traditional_looking_back_to_a_year(facts):
    text = ("嵐澤醫藥再次出海\n\n回顧2021年，嵐澤醫藥曾與康嶼製藥簽訂LZ-12的授權協議。日前，嵐澤醫藥宣布與Tessar Bio"
            "達成許可協議，將LZ-40的全球權益授予Tessar Bio，首付款2000萬美元。")
    assert _published(text) is None
    assert _dates(facts(text)).get("LZ-40") is None


def test_english_back_in_dates_only_the_old_deal(facts):
    text = ("Lanzer out-licenses CD3 bispecific\n\nLanzer Pharma said it has licensed global rights to LZ-40 to Tessar Bio "
            "for $20 million upfront. Back in 2021, Lanzer had licensed LZ-12 to Kangyu Pharma.")
    assert _dates(facts(text)).get("LZ-40") is None
