"""A headline with a clause mark in it ("X业绩：营收增长、亏损收窄") stands over its blank line: it is not a
sentence broken before the body, so the body's first company does not take the headline's last words.
Our own words, both scripts."""


def _companies(records):
    return {r.company for r in records["financials"]}


def test_headline_with_a_list_mark_is_not_joined(facts):
    text = ("岚禾药业2026年前三季度业绩：营收增长、亏损收窄\n\n岚禾药业（688902.SH）发布三季报，2026年前三季度实现营业收入"
            "6.12亿元，同比增长28.4%。")
    assert _companies(facts(text)) == {"岚禾药业"}


def test_traditional_headline_with_a_list_mark_is_not_joined(facts):
    text = ("嵐禾藥業中期業績：收入增長、虧損收窄\n\n嵐禾藥業（02688.HK）公佈中期業績，截至2026年6月30日止六個月"
            "收入為人民幣412.6百萬元，同比增長22.1%。")
    assert _companies(facts(text)) == {"嵐禾藥業"}
