"""A profit warning's own period (预期截至2025年12月31日止年度录得亏损) is a year the page reports on, though
told with 预期: the page is dated no earlier than that year, not by the prior year it compares with."""
from pharmalens.documents.dating import latest_past_year


def test_a_profit_warnings_period_dates_the_page():
    text = ("岳澜医药盈利警告\n岳澜医药发布盈利警告，预期截至2025年12月31日止年度录得股东应占亏损约人民币5.2亿元，"
            "而2024年同期亏损约人民币2.8亿元。")
    assert latest_past_year(text) == 2025


def test_a_traditional_script_half_year_warning():
    text = ("嶽瀾醫藥盈利警告\n嶽瀾醫藥預期截至2025年6月30日止六個月錄得虧損約人民幣1.9億元，2024年同期則錄得溢利。")
    assert latest_past_year(text) == 2025
