"""Year-to-date revenue told by months (累计1-9月营收, 前9个月, 前六个月): the 月 closes a period, so the
figure is the nine months' or the half's revenue, not a single month's, which the contract does not record."""


def _revenue(facts, text):
    return [(r.period, float(r.amount), r.currency, r.yoy_pct) for r in facts(text)["financials"] if r.metric == "revenue"]


def test_revenue_of_the_first_nine_months_told_in_months(facts):
    for body in ("蓝岱生技（6893）公布9月合并营收为新台币1.42亿元，年增12.5%；累计1-9月营收为新台币11.06亿元，年增9.8%。",
                 "藍岱生技（6893）公布9月合併營收為新台幣1.42億元，年增12.5%；累計前9個月營收為新台幣11.06億元，年增9.8%。",
                 "藍岱生技（6893）今年前九個月合併營收為新台幣11.06億元，年增9.8%。"):
        text = f"蓝岱生技营收公布\n\n工商时报 2027-10-09\n\n{body}"
        assert _revenue(facts, text) == [("2027Q1-Q3", 1106.0, "TWD", 9.8)], body


def test_revenue_of_the_first_six_months_is_the_half(facts):
    for body in ("岚峰药业（688611）前6个月实现营业收入3.27亿元，同比增长14.1%。", "嵐峰藥業（6611）前六個月營收為新台幣3.27億元，年增14.1%。"):
        text = f"岚峰药业业绩\n\n2027年7月15日\n\n{body}"
        assert [(p, a, y) for p, a, _, y in _revenue(facts, text)] == [("2027H1", 327.0, 14.1)], body
