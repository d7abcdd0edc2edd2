"""A results release gives the cash balance together with the deposits listed after it
("现金及现金等价物以及定期存款合计约…", "现金及现金等价物、定期存款及理财产品合计"): the amount is the
cash figure. Our own words, both scripts."""


def _cash(records):
    return [r for r in records["financials"] if r.metric == "cash"]


def test_traditional_cash_and_time_deposits(facts):
    text = ("岐峰藥業公佈全年業績\n\n截至2026年12月31日止年度，本集團錄得收入約人民幣842.3百萬元。"
            "於2026年12月31日，本集團的現金及現金等價物以及定期存款合計約人民幣1,906.4百萬元。")
    cash = _cash(facts(text))
    assert cash and float(cash[0].amount) == 1906.4


def test_simplified_cash_deposits_and_wealth_products(facts):
    text = ("岐峰药业发布年报\n\n2026年公司实现营业收入8.4亿元。截至2026年末，公司现金及现金等价物、定期存款及"
            "理财产品合计约人民币19.1亿元。")
    cash = _cash(facts(text))
    assert cash and float(cash[0].amount) == 1910
