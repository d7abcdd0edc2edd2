"""An approval told without an agency in a 医保 story does not fall to the healthcare security
administration the paragraph names: NHSA lists and prices drugs and approves none. Our own words, both scripts."""


def test_an_approval_after_a_reimbursement_listing_is_not_nhsa(facts):
    text = ("医保目录调整结果公布\n\n12月6日，国家医保局公布新版医保目录，岳川药业的岳达替尼片通过谈判纳入目录，"
            "平均降价幅度约60%。岳达替尼片于2025年4月获批上市，用于治疗ALK阳性非小细胞肺癌。")
    assert not [r for r in facts(text)["regulatory"] if r.agency == "NHSA"]


def test_a_traditional_script_approval_after_a_listing_is_not_nhsa(facts):
    text = ("醫保目錄調整結果公布\n\n國家醫保局公布新版醫保目錄，嶽川藥業的嶽妥昔單抗注射液通過談判納入目錄。"
            "嶽妥昔單抗注射液於2025年6月獲批上市，用於治療HER2陽性胃癌。")
    assert not [r for r in facts(text)["regulatory"] if r.agency == "NHSA"]
