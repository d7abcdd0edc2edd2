"""The prior period's figure told by its sign alone (净利润1.85亿元，上年同期为-0.92亿元) is that period's
loss. Our own words, both scripts."""


def _net_profits(facts, text):
    return {(f.period, f.amount) for f in facts(text)["financials"] if f.metric == "net_profit"}


def test_a_prior_year_loss_told_with_a_minus(facts):
    text = "澄屿药业发布2025年度业绩快报，归属于母公司所有者的净利润2.36亿元，上年同期为-1.48亿元，实现扭亏为盈。"
    assert ("FY2024", -148.0) in _net_profits(facts, text)


def test_a_traditional_script_prior_loss_told_with_a_minus(facts):
    text = "澄嶼藥業發布2025年度業績快報，歸屬於母公司所有者的淨利潤2.36億元，上年同期為-1.48億元，實現扭虧為盈。"
    assert ("FY2024", -148.0) in _net_profits(facts, text)
