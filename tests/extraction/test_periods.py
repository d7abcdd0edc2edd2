"""Fiscal periods as results texts write them, on our own sentences."""
from pharmalens.extraction.periods import find_periods, previous_period, report_period


def periods(text, report_year=None, published=None):
    return [(p.period, p.kind) for p in find_periods(text, report_year, published)]


def first(text, report_year=None, published=None):
    return periods(text, report_year, published)[0][0]


def test_half_years_nine_months_and_quarters_in_chinese():
    assert first("截至2026年6月30日止六个月之中期业绩") == "2026H1"
    assert first("截至2026年6月止半年度,集团收益") == "2026H1"
    assert first("截至2026年9月30日止九个月") == "2026Q1-Q3"
    assert first("2025年1-12月归母净利润") == "FY2025"
    assert first("2026年1-9月营业收入") == "2026Q1-Q3"
    assert first("累计前三季税后净利", report_year=2026) == "2026Q1-Q3"
    assert first("2026年第三季度报告") == "2026Q3"
    assert first("于二零二五年,本集团") == "FY2025"


def test_english_periods():
    assert first("for the nine months ended September 30, 2026") == "2026Q1-Q3"
    assert first("the three months ended June 30, 2026") == "2026Q2"
    assert first("H1 2026 revenue") == "2026H1" and first("2026 H1 key data") == "2026H1"
    assert first("its fiscal year 2024 results") == "FY2024" and first("for FY 2024") == "FY2024"
    assert first("first-half 2026 revenue") == "2026H1"
    assert first("the year ended December 31, 2025") == "FY2025"


def test_a_period_without_its_year_takes_a_near_year_else_the_report_year():
    assert periods("2026年8月20日公告。上半年,公司收入") == [("2026-08-20", "date"), ("2026H1", "period")]
    assert first("上半年,公司收入", report_year=2025, published=2026) == "2025H1"
    assert first("上半年,公司收入", published=2026) == "2026H1"


def test_last_year_against_the_publication_year_and_relative_mentions():
    assert first("去年纯利增长", published=2026) == "FY2025"
    assert first("去年上半年收入", published=2026) == "2025H1"
    assert periods("上年同期亏损") == [(None, "prior")]
    assert periods("期内,收入") == [(None, "current")]
    assert periods("up from $3 million in the prior year") == [(None, "prior")]


def test_point_dates_for_balances():
    assert first("截至2026年三季度末,在手现金") == "2026-09-30"
    assert first("于2025年末,现金") == "2025-12-31"
    assert first("as of June 30, 2026, cash") == "2026-06-30"


def test_previous_and_report_periods():
    assert previous_period("2026Q1-Q3") == "2025Q1-Q3" and previous_period("FY2026") == "FY2025"
    text = "瀚洋药业(01234)公布截至2026年6月30日止六个月之中期业绩。2025年收入"
    assert report_period(find_periods(text, None), text) == "2026H1"


def test_this_year_is_the_publication_year_never_a_year_the_story_recalls():
    assert first("今年前三季度,公司营收8亿元", published=2027) == "2027Q1-Q3"
    found = periods("该药于2018年获批临床。今年前三季度,公司营收8亿元")
    assert ("2018Q1-Q3", "period") not in found


def test_a_founding_or_starting_year_is_no_period_and_an_undated_last_year_stays_undated():
    assert periods("成立于2012年的岭川医药,去年营收3亿元") == [(None, "unresolved")]
    assert periods("Founded in 2009, Quenbar grew revenue last year") == [(None, "unresolved")]
    assert periods("成立于2012年的岭川医药,去年营收3亿元", published=2026) == [("FY2025", "period")]
    assert periods("自2016年获批以来,公司2023年营收3亿元") == [("FY2023", "period")]


def test_a_year_written_before_any_results_line_is_that_years_period():
    for line in ("Yarrow reported 2024 gross profit of $88 million.", "its 2024 total revenue was $120 million",
                 "2024 R&D expenses rose to $40 million", "2024 operating loss narrowed"):
        assert first(line) == "FY2024", line
    assert periods("the 2024 guidance stands") == []


def test_the_first_three_quarters_are_nine_months():
    assert first("revenue for the first three quarters of 2026 rose") == "2026Q1-Q3"
    assert first("Q1-Q3 2025 net profit") == "2025Q1-Q3"
    assert first("2025 Q1–Q3 sales") == "2025Q1-Q3"


def test_a_companys_own_fiscal_year_names_its_halves_and_quarters_in_both_scripts():
    assert first("revenue for the first half of fiscal 2026 rose") == "2026H1"
    assert first("in the first quarter of fiscal year 2026 (April-June)") == "2026Q1"
    assert first("core operating profit in Q2 FY2026 was") == "2026Q2"
    assert first("the six months ended September 30, 2026") == "2026H1"
    assert first("the six months ended December 31, 2025") == "2025H2"
    assert first("second-half 2026 sales") == "2026H2"
    assert first("2026财年上半年收入") == "2026H1"
    assert first("2026财年第三季度") == "2026Q3"
    assert first("2025财政年度营业收入") == "FY2025"


def test_for_the_full_year_takes_the_year_written_after_it_not_the_one_before():
    text = "Sales were $9.0 million in 2023. Sales for the full year 2024 were $14.2 million."
    assert [p for p, _ in periods(text)] == ["FY2023", "FY2024"]
    assert first("Net loss for the fiscal year ended March 31, 2027 was", report_year=2026) == "FY2027"


def test_nine_months_ended_december_are_an_april_fiscal_years_first_three_quarters():
    assert first("for the nine months ended December 31, 2026") == "2026Q1-Q3"


def test_a_half_year_report_and_the_first_six_or_three_months_are_a_half_and_a_quarter():
    assert first("its half-year report for the first six months of 2027 shows") == "2027H1"
    assert first("Orsund Bio AB half-year report 2026") == "2026H1"
    assert first("revenue for the half-year period rose", report_year=2026) == "2026H1"
    assert first("in the first 6 months of 2025 sales were") == "2025H1"
    assert first("interim report for the first three months of 2026") == "2026Q1"
    assert first("half-year results", report_year=2024) == "2024H1"
