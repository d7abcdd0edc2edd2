"""A Hong Kong page (a stock code, 港股) whose amounts name 人民币 and never 港元 writes its later bare
元 in renminbi too: "研发投入达8.4亿元" after "收入人民币25.1亿元" is CNY. Our own words."""


def _metric(records, name):
    return next(r for r in records["financials"] if r.metric == name)


def test_bare_yuan_after_renminbi_figures_on_a_hong_kong_page(facts):
    text = ("禾遠醫藥（02687.HK）公佈2026年年度業績\n\n公司全年實現總收入人民幣25.1億元，同比增長18.2%。"
            "研發投入達8.4億元，佔收入比例33.5%。")
    spend = _metric(facts(text), "rd_investment")
    assert spend.currency == "CNY" and float(spend.amount) == 840


def test_interim_cash_after_renminbi_revenue(facts):
    text = ("禾遠醫藥（02687.HK）公佈2026年中期業績\n\n期內本集團實現收入人民幣9.6億元，同比增長12.0%。"
            "研發投入為3.3億元。")
    assert _metric(facts(text), "rd_investment").currency == "CNY"
