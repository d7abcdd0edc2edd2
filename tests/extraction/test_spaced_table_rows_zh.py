"""A results table flattened one row a line with its figures parted by spaces ("收入 1,284,356 962,118
33.5"): a long row that ends on a figure is no sentence broken at the line end, so the next row's
name does not swallow the last figure. Our own words, both scripts."""


def _row(records, metric, period):
    return next(r for r in records["financials"] if r.metric == metric and r.period == period)


def test_traditional_rows_keep_their_change_column(facts):
    text = ("霖岳生物科技有限公司\n截至2026年6月30日止六個月之中期業績公告\n\n 2026年 2025年 變動\n"
            " 人民幣千元 人民幣千元 %\n收入 2,318,460 1,802,115 28.7\n研發開支 (744,210) (690,030) 7.9\n"
            "期內虧損 (95,120) (188,640) (49.6)\n")
    found = facts(text)
    spend = _row(found, "rd_expense", "2026H1")
    assert float(spend.amount) == 744.21 and spend.yoy_pct == 7.9
    assert float(_row(found, "rd_expense", "2025H1").amount) == 690.03


def test_simplified_rows_keep_their_change_column(facts):
    text = ("霖岳生物科技有限公司\n截至2026年12月31日止年度之全年业绩公告\n\n 2026年 2025年 变动\n"
            " 人民币千元 人民币千元 %\n收入 4,120,300 3,305,900 24.6\n毛利 3,390,870 2,701,440 25.5\n"
            "研发开支 (1,204,660) (1,083,200) 11.2\n年内亏损 (64,380) (152,900) (57.9)\n")
    found = facts(text)
    assert _row(found, "gross_profit", "FY2026").yoy_pct == 25.5
    spend = _row(found, "rd_expense", "FY2026")
    assert float(spend.amount) == 1204.66 and spend.yoy_pct == 11.2
