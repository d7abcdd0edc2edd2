"""What a reported figure measures: qualifiers that change the metric of the phrase after them."""
from pharmalens.extraction.metrics import label_metric


def test_a_profit_named_after_the_non_recurring_qualifier_is_the_profit_excluding_it(facts, one):
    hans = facts("澜屿医药（688321.SH）发布2026年第三季度报告。前三季度实现营业收入6.72亿元，同比增长18.4%；"
                 "归母净利润0.91亿元；扣除非经常性损益后的归母净利润为-0.44亿元，同比减亏。", "hans.txt")["financials"]
    assert one(hans, metric="net_profit").amount == 91
    assert one(hans, metric="net_profit_excl_nonrecurring").amount == -44
    hant = facts("瀾嶼醫藥（688321.SH）發布2026年半年度報告。上半年實現營業收入3.05億元；歸母淨利潤0.37億元；"
                 "扣非後歸母淨利潤0.29億元，同比增長12.6%。", "hant.txt")["financials"]
    assert one(hant, metric="net_profit").amount == 37
    excl = one(hant, metric="net_profit_excl_nonrecurring")
    assert excl.amount == 29 and excl.yoy_pct == 12.6


def test_a_row_label_with_the_qualifier_before_the_profit_names_the_excluded_profit():
    assert label_metric("扣除非经常性损益后的归母净利润") == "net_profit_excl_nonrecurring"
    assert label_metric("扣非后归属于母公司股东的净利润") == "net_profit_excl_nonrecurring"
    assert label_metric("归母净利润") == "net_profit"


def test_a_change_written_sheng_after_an_hk_figure_is_its_yoy(facts):
    for text in ("嵐川醫藥-B(6690.HK)公佈截至2025年6月30日止六個月中期業績,收入2.16億元(人民幣,下同),按年升38%;毛利1.4億元,按年跌7%。",
                 "岚川医药-B(6690.HK)公布截至2025年6月30日止六个月中期业绩,收入2.16亿元(人民币,下同),按年升38%;毛利1.4亿元,按年跌7%。"):
        rows = {f.metric: f for f in facts(text)["financials"]}
        assert (float(rows["revenue"].amount), rows["revenue"].yoy_pct) == (216.0, 38.0)
        assert rows["gross_profit"].yoy_pct == -7.0
