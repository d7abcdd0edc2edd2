"""A results flash of a line or two about a company whose name says its trade (X生物, X生技) and no drug word
is biopharma news: its figures are read as a financing's or a licence's would be. Our own words."""

_FLASHES = (
    "岚峰生物：2027年上半年营收1.4亿元\n\n岚峰生物公布2027年上半年业绩，实现营业收入1.4亿元，同比增长26%；"
    "净亏损0.6亿元。",
    "嵐峰生物：2027年上半年營收1.4億元\n\n嵐峰生物公布2027年上半年業績，實現營業收入1.4億元，同比增長26%；"
    "淨虧損0.6億元。",
)


def test_results_flash_of_trade_named_company_is_read(extracted):
    for text in _FLASHES:
        facts = extracted(text)
        assert facts.article.document.relevant, text
        figures = {(r.metric, r.period, r.amount) for r in facts.records["financials"]}
        assert ("revenue", "2027H1", 140.0) in figures, text


def test_results_flash_of_other_trade_stays_off_topic(extracted):
    facts = extracted("岚峰物流：2027年上半年营收1.4亿元\n\n岚峰物流公布2027年上半年业绩，实现营业收入1.4亿元，同比增长26%。")
    assert not facts.article.document.relevant
    assert not facts.records["financials"]
