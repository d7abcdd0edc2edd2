"""A two-line congress readout names little but its endpoints ("PFS HR 0.62", 无进展生存期): it is biopharma
news and its results are read. Our own words, both scripts."""


def test_a_short_readout_is_relevant(extracted):
    facts = extracted("ESMO 2026: Merrow's MW-14 in SOLACE\n\nIn SOLACE (n=388), MW-14 lowered the risk of progression or "
                   "death by 36% (PFS HR 0.64; 95% CI 0.51-0.80).")
    assert facts.article.document.relevant
    assert [(r.endpoint, r.value) for r in facts.records["clinical"]] == [("PFS_HR", 0.64)]


def test_a_short_chinese_readout_is_relevant(extracted):
    facts = extracted("梅罗MW-14在SOLACE研究中的结果\n\nSOLACE研究共入组388例，MW-14组无进展生存期风险比为0.64（95% CI 0.51-0.80）。")
    assert facts.article.document.relevant
