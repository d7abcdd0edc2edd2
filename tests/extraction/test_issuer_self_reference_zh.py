"""A prospectus or an inquiry reply calls its company 发行人 (發行人): that word is the issuer, no business
line of a revenue figure told after it. Our own words, both scripts."""


def _revenue(records):
    return [(f.metric, f.segment) for f in records["financials"] if f.metric in ("revenue", "segment_revenue")]


def test_issuer_word_is_no_segment(facts):
    text = ("杭州岭核医药股份有限公司首次公开发行股票并在科创板上市招股说明书（申报稿）\n\n"
            "发行人专注于放射性药物研发。2025年度，发行人实现营业收入2.37亿元，净利润-5,120.40万元。")
    assert _revenue(facts(text)) == [("revenue", None)]


def test_traditional_issuer_word_is_no_segment(facts):
    text = ("杭州嶺核醫藥股份有限公司首次公開發行股票並在科創板上市招股說明書（申報稿）\n\n"
            "發行人專注於放射性藥物研發。2025年度，發行人實現營業收入2.37億元，淨利潤-5,120.40萬元。")
    assert _revenue(facts(text)) == [("revenue", None)]
