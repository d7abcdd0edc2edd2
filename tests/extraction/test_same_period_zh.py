"""同期 opening a clause after a period's results (。同期研发投入X, 同期，研发费用X) is that same period, not the
year before. In our own words, both scripts."""


def _by_metric(records):
    return {r.metric: r for r in records["financials"]}


def test_rd_told_for_the_same_period_is_the_reported_period(facts):
    text = ("岚澜药业三季报\n\n岚澜药业（002981）10月27日晚间披露三季报，公司2025年前三季度实现营业收入8.64亿元，"
            "同比增长6.1%。核心产品注射用岚司他定集采中选后销量提升。同期研发投入1.37亿元，同比增长18.2%。")
    rd = _by_metric(facts(text))["rd_investment"]
    assert rd.period == "2025Q1-Q3" and float(rd.amount) == 137


def test_a_traditional_script_same_period_after_a_comma(facts):
    text = ("澔川生技上半年財報\n\n澔川生技公布2025年上半年財報，合併營收新台幣4.52億元，年增21.3%，主要來自新藥HC-11授權收入。"
            "同期，研發費用為新台幣1.96億元。")
    rd = _by_metric(facts(text))["rd_expense"]
    assert rd.period == "2025H1"

