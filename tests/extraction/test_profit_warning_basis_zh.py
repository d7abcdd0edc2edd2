"""A Hong Kong profit warning told on its usual basis (根据对截至…止年度未经审核综合管理账目的初步评估，预期…录得)
reports the closed year's figure, also under a headline that says 预期. Our own words, both scripts."""


def _net_profits(facts, text):
    return {(f.period, f.amount) for f in facts(text)["financials"] if f.metric == "net_profit"}


def test_a_profit_warning_on_management_accounts_reports_the_closed_year(facts):
    text = ("岳屿生物（03927）发盈警 预期年度亏损扩大\n\n岳屿生物控股有限公司（股份代号：03927）公布，根据对本集团截至"
            "2025年12月31日止年度未经审核综合管理账目的初步评估，预期本集团录得净亏损介乎人民币2.4亿元至2.8亿元，"
            "而上年度则录得净亏损人民币1.9亿元。")
    assert (("FY2025", -280.0)) in _net_profits(facts, text)


def test_a_traditional_script_profit_warning_after_a_preliminary_review(facts):
    text = ("澄峪醫藥公佈，根據董事會對本集團截至2025年6月30日止六個月之未經審核綜合管理賬目的初步審閱，"
            "預期本集團錄得淨虧損約港幣6,500萬元。")
    assert ("2025H1", -65.0) in _net_profits(facts, text)
