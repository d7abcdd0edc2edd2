"""Tables of figures in every shape results pages print them, on our own numbers."""
from decimal import Decimal

from pharmalens.extraction.grids import read_grids
from pharmalens.extraction.items import unwrap
from pharmalens.extraction.layout import read_layout


def rows_of(text):
    grids = read_grids(text)
    return {row.label: row for grid in grids for row in grid.rows}, grids


def keys(row):
    return [(c.key, c.change) for c in row.columns]


def test_a_markdown_table_run_together_on_one_line():
    text = ("Highlights 2026 H1 | Item | 2026 (RMB Thousand) | 2025 (RMB Thousand) | YoY Change | | :--- | :--- | :--- "
            "| :--- | | Revenue | 2,406,512 | 2,036,118 | 18.2% | | Net Loss | (118,404) | (203,377) | N/A | - Sales grew")
    rows, grids = rows_of(text)
    assert grids[0].unit.currency == "CNY" and grids[0].unit.factor == Decimal("0.001")
    assert [v.value for v in rows["Revenue"].values] == [Decimal(2406512), Decimal(2036118), Decimal("18.2")]
    assert keys(rows["Revenue"]) == [("2026", False), ("2025", False), ("YoY Change", True)]
    assert rows["Net Loss"].values[0].value == Decimal(-118404) and rows["Net Loss"].values[2].value is None


def test_a_table_flattened_one_cell_a_line_with_glued_figures_and_a_date_header():
    text = ("财务摘要\n截至6月30日止六个月\n2026年2025年变动\n人民币千元人民币千元\n"
            "收入812,3071,045,660-22.3%\n研发开支(402,118)(377,905)6.4%\n"
            "于2026年\n6月30日\n于2025年\n12月31日\n现金及现金等价物\n2,118,4051,760,23320.3%\n")
    rows, grids = rows_of(text)
    assert len(grids) == 1 and grids[0].unit.factor == Decimal("0.001")
    assert [v.value for v in rows["收入"].values] == [Decimal(812307), Decimal(1045660), Decimal("-22.3")]
    assert keys(rows["收入"]) == [("2026年", False), ("2025年", False), ("变动", True)]
    assert [k for k, _ in keys(rows["现金及现金等价物"])][:2] == ["于2026年6月30日", "于2025年12月31日"]
    assert keys(rows["现金及现金等价物"])[2][1] is True


def test_a_quarterly_table_run_on_in_one_paragraph():
    text = ("一、主要财务数据 单位:元 币种:人民币 项目 本报告期 本报告期比上年同期增减变动幅度(%)年初至报告期末 "
            "年初至报告期末比上年同期增减变动幅度(%)营业收入 645,210,334.18-7.45 1,902,876,540.07-3.18 "
            "归属于上市公司股东的净利润 51,230,118.40 6.12 140,552,901.77 2.04 基本每股收益(元/股)0.2011 6.00 0.5530 2.10")
    rows, grids = rows_of(text)
    assert grids[0].unit.currency == "CNY"
    revenue = rows["营业收入"]
    assert [c.change for c in revenue.columns] == [False, True, False, True]
    assert revenue.columns[0].key == "本报告期" and revenue.columns[2].key == "年初至报告期末"
    assert rows["归属于上市公司股东的净利润"].values[2].value == Decimal("140552901.77")


def test_a_pipe_table_with_row_names_wrapped_inside_cells():
    text = ("|   | 本报告期 | 本报告期比上年同\n期增减 | 年初至报告期末 | 年初至报告期末比上年同期增减 |  | 营业收入(元) | "
            "310,442,907.15 | 12.05% | 880,120,446.30 | 9.71% |  | 归属于上市公司股东\n的净利润(元) | -20,118,533.62 | 61.20% | "
            "-57,004,211.90 | 33.10% |  |")
    rows, _ = rows_of(text)
    profit = rows["归属于上市公司股东的净利润(元)"]
    assert profit.unit.currency is None and profit.unit.factor == Decimal("0.000001")
    assert [c.change for c in profit.columns] == [False, True, False, True]
    assert profit.columns[1].key == "本报告期比上年同期增减"


def test_prose_with_numbers_holds_no_grid():
    text = ("公司2026年上半年实现营业收入12.5亿元,同比增长8.1%。In the trial, 24 of 31 patients (77.4%) responded "
            "(HR 0.61; 95% CI: 0.44, 0.85).")
    assert read_grids(text) == []


def test_layout_reads_each_texts_own_grids_when_asked():
    table = "| 指标 | 2025年 | 2024年 |\n|---|---|---|\n| 收入 | 100 | 80 |\n"
    prose = "Revenue rose 12% to $88 million in 2025."
    first, second = read_layout(table), read_layout(prose)
    assert second.grids == read_grids(prose) == []
    assert first.grids == read_grids(table) and first.grids
    assert first.reading == unwrap(table, first.items)


def test_a_long_english_row_name_on_its_own_line_is_kept_whole():
    text = ("Six months ended 30 June\n2026 2025\nRMB'000 RMB'000\nRevenue 904,310 877,020\n"
            "Research and development expenses (512,644) (498,100)\nSelling and distribution expenses (211,903) (190,555)\n")
    rows, _ = rows_of(text)
    assert "Research and development expenses" in rows and "Selling and distribution expenses" in rows
    assert rows["Research and development expenses"].values[0].value == Decimal(-512644)


def test_a_change_in_brackets_with_its_percent_inside_keeps_the_row_in_its_columns(facts):
    for text in ("澄汐生物-B(2210.HK),一家专注于肿瘤创新药的生物科技公司。\n截至6月30日止六个月\n2025年 2024年 变动\n"
                 "人民币千元 人民币千元 %\n收入 95,210 80,144 18.8%\n研发开支 (310,502) (352,776) (12.0%)",
                 "澄汐生物-B(2210.HK),一家專注於腫瘤創新藥的生物科技公司。\n截至6月30日止六個月\n2025年 2024年 變動\n"
                 "人民幣千元 人民幣千元 %\n收入 95,210 80,144 18.8%\n研發開支 (310,502) (352,776) (12.0%)"):
        rows = {(f.metric, f.period): f for f in facts(text)["financials"]}
        assert float(rows[("rd_expense", "2025H1")].amount) == 310.502 and rows[("rd_expense", "2025H1")].yoy_pct == -12.0
        assert float(rows[("rd_expense", "2024H1")].amount) == 352.776
