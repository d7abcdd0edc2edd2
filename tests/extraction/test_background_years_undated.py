"""A year in a sentence that tells an older story ("The antibody was previously partnered with X, which returned
it in 2025", 早在2023年…) does not date an undated page, nor the deal the page tells. Our own words, both scripts."""


def test_a_previous_partners_years_do_not_date_the_page(extracted):
    facts = extracted("Nerilo licenses RK-33 from Tamsel\n\nNerilo Bio has in-licensed rights to RK-33, a Nectin-4 ADC from "
                   "Tamsel Pharma, for $12 million upfront. The antibody was previously partnered with Corvid Pharma, "
                   "which paid $8 million in 2022 before returning it in 2025.")
    assert facts.article.document.published is None
    assert [d.announced for d in facts.records["deals"]] == [None]


def test_a_chinese_as_early_as_year_does_not_date_the_page(extracted):
    facts = extracted("奈瑞洛生物引进RK-33\n\n奈瑞洛生物从塔姆瑟制药引进Nectin-4 ADC RK-33，首付款1200万美元。早在2023年，塔姆瑟制药就已完成该药的临床前研究。")
    assert facts.article.document.published is None
