"""A year the article looks ahead to ("We expect to file … in the first half of 2028", 计划于2028年…) does
not date the page. Our own words, both scripts."""


def test_a_year_a_speaker_expects_does_not_date_the_call(extracted):
    facts = extracted("Ostrel Bio third-quarter call\n\n"
                   "Ostrel Bio reported fiscal 2027 guidance on its call. CEO Mara Lind said third-quarter revenue "
                   "was $61.5 million. \"We expect to submit the marketing application for OB-18 in the second half of 2028,\" she said.")
    assert facts.article.document.published == "2027"


def test_a_year_a_chinese_plan_names_does_not_date_the_page(extracted):
    facts = extracted("奥斯特生物三季度业绩\n\n奥斯特生物2027年第三季度营收6150万美元。公司计划于2028年提交OB-18的上市申请。")
    assert facts.article.document.published == "2027"
