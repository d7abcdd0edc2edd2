"""A short name the lexicon does not know, in the applicant's slot (批准X申报的…, "，X提交的…"), is a company:
the approval or filing is its own. Our own words, both scripts."""


def test_the_applicant_of_an_approval_is_a_company(facts):
    for text in ("新药获批\n\n1月9日，国家药监局批准澜汐康申报的帕柏西替尼片上市，用于治疗晚期乳腺癌。",
                 "新藥獲批\n\n1月9日，國家藥監局批准瀾汐康申報的帕柏西替尼片上市，用於治療晚期乳腺癌。"):
        events = [(r.company, r.event) for r in facts(text)["regulatory"]]
        assert events and all(company in ("澜汐康", "瀾汐康") for company, _ in events), (text, events)


def test_the_applicant_of_a_filing_is_a_company(facts):
    text = ("上市申请获受理\n\nCDE官网显示，澜汐康提交的帕柏西替尼片上市申请已获受理，拟用于治疗晚期乳腺癌。"
            "帕柏西替尼是一款口服CDK4/6抑制剂，此前已完成III期临床试验。")
    assert [r.company for r in facts(text)["regulatory"]] == ["澜汐康"]
