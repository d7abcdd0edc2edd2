"""A clause ending in 公司 that gives a reason (亏损扩大主要由于公司决定暂停X) names no company: the event is the
issuer's. In our own words, both scripts."""


def test_a_reason_clause_ending_in_the_company_word_is_no_company(facts):
    text = ("岳霆医药盈利警告\n\n岳霆医药（港股代码：01977）发布盈利警告，预期年度亏损约人民币6亿元。"
            "亏损扩大主要由于公司决定暂停YT-09（一款双特异性抗体）的III期临床试验，并计提减值约人民币2.1亿元。")
    stops = facts(text)["terminations"]
    assert stops and all(s.company.startswith("岳霆") for s in stops)


def test_a_traditional_script_reason_clause(facts):
    text = ("岳霆醫藥盈利警告\n\n岳霆醫藥發布盈利警告。虧損擴大主要由於公司決定終止YT-12（一款ADC）的II期臨床試驗。")
    stops = facts(text)["terminations"]
    assert stops and all(s.company.startswith("岳霆") for s in stops)
