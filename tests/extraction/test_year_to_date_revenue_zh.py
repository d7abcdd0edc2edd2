"""Cumulative revenue (累计营收) told right after the report of a year-to-date period names that period's
revenue, even with the report's own word between them; a monthly report's running total stays out."""


def _revenue(records):
    return [r for r in records["financials"] if r.metric == "revenue"]


def test_revenue_after_a_nine_month_report_is_that_periods(facts):
    text = ("上櫃新藥公司聖岑生技 前三季虧損擴大\n\n聖岑生技（6893）公布2025年前三季財報，累計營收新台幣2.04億元，"
            "年增11.6%；稅後淨損新台幣1.8億元。")
    revenue = _revenue(facts(text))
    assert [(r.period, float(r.amount), r.yoy_pct) for r in revenue] == [("2025Q1-Q3", 204.0, 11.6)]


def test_revenue_after_a_half_year_report_in_simplified_script(facts):
    text = ("兴柜公司禾岚医 上半年营收增长\n\n禾岚医（7120）公布2025年上半年财报，累计营收新台币9,650万元，"
            "年增23%，研发费用新台币1.1亿元，主要用于新药HL-08的II期临床试验。")
    revenue = _revenue(facts(text))
    assert [(r.period, float(r.amount)) for r in revenue] == [("2025H1", 96.5)]


def test_a_monthly_reports_running_total_is_no_period_figure(facts):
    text = ("聖岑生技10月營收\n\n聖岑生技公布2025年10月營收新台幣2,300萬元，累計營收新台幣2.27億元，年增9.2%，主要來自抗癌新藥SC-21的授權收入。")
    assert not [r for r in _revenue(facts(text)) if float(r.amount) == 227]
