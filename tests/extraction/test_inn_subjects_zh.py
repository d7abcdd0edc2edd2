"""A Chinese non-proprietary drug name acting as a subject (X替尼于6月获批上市, X格列淨獲准) is the drug, not a
company: its approval stays its own, and the company that makes it owns it."""


def test_a_tinib_approved_as_a_subject_is_the_drug_not_a_company(facts):
    text = ("岑川医药两款新药纳入医保目录\n\n岑川医药宣布，公司自主研发的1类创新药岑洛替尼片通过谈判被纳入国家医保目录。"
            "岑洛替尼于2025年4月获国家药品监督管理局批准上市，用于治疗EGFR突变非小细胞肺癌。")
    records = facts(text)
    approvals = [r for r in records["regulatory"] if r.event == "approval"]
    assert [(r.company, r.asset) for r in approvals] == [("岑川医药", "岑洛替尼")]


def test_a_traditional_script_gliflozin_as_a_subject_is_the_drug(facts):
    text = ("瀾舟生技新藥納入健保\n\n瀾舟生技宣布，公司自主研發之新藥瀾格列淨錠將自明年起納入健保給付。"
            "瀾格列淨於2025年3月獲衛生福利部食品藥物管理署核准上市，用於治療第二型糖尿病。")
    approvals = [r for r in facts(text)["regulatory"] if r.event == "approval"]
    assert approvals and all(r.company == "瀾舟生技" for r in approvals)
