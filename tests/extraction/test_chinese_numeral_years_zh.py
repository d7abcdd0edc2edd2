"""Hong Kong results announcements write their years and dates in Chinese numerals: a table headed
"二零二六年 二零二五年" has year columns, and "截至二零二六年六月三十日止六个月" is the first half of
2026. Our own words, both scripts."""


def _by(records, metric, period):
    return [r for r in records["financials"] if r.metric == metric and r.period == period]


def test_traditional_table_with_chinese_numeral_years(facts):
    text = ("嵐軒醫藥有限公司\n（股份代號：3318）\n截至二零二六年六月三十日止六個月之中期業績公告\n\n"
            "截至六月三十日止六個月\n 二零二六年 二零二五年 變動\n 人民幣千元 人民幣千元 %\n"
            "收入 842,510 655,020 28.6\n毛利 701,334 540,112 29.8\n")
    found = facts(text)
    revenue = _by(found, "revenue", "2026H1")
    assert revenue and float(revenue[0].amount) == 842.51
    assert _by(found, "gross_profit", "2025H1")


def test_simplified_year_end_table_in_chinese_numerals(facts):
    text = ("岚轩医药有限公司\n截至二零二六年十二月三十一日止年度之全年业绩公告\n\n"
            " 二零二六年 二零二五年\n 人民币千元 人民币千元\n收入 1,530,800 1,204,650\n")
    revenue = _by(facts(text), "revenue", "FY2026")
    assert revenue and float(revenue[0].amount) == 1530.8

