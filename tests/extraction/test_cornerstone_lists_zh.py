"""Cornerstone investors of a Hong Kong listing listed after 分别为, or after a clause on what they
subscribed (基石投资者合共认购…，包括A、B及C), each named as written, a Hong Kong arm's bracket and all."""


def _investors(records):
    return records["financings"][0].investors


def test_an_english_fund_ending_a_list_opened_by_respectively(facts):
    text = ("嵘川生物-B通过聆讯\n\n嵘川生物科技有限公司聆讯后资料集显示，公司拟于香港联交所全球发售3,600万股H股，"
            "预计募资总额约5.40亿港元。本次发行引入3名基石投资者，分别为岳松资本、澜湾健康基金及"
            "Vigilant Life Sciences Fund，合计认购约2.1亿港元的发售股份。")
    assert {"Vigilant Life Sciences Fund", "澜湾健康基金"} <= set(_investors(facts(text)))


def test_a_traditional_script_list_after_the_subscription_clause_with_a_hong_kong_arm(facts):
    text = ("嵘川醫藥-B公佈招股\n\n嵘川醫藥-B今日起於香港聯交所招股，擬發行2,400萬股H股，集資淨額約4.16億港元。"
            "公司引入基石投資者合共認購約1,800萬美元股份，包括岳松資本、匯廷（香港）及澜湾健康基金。")
    investors = _investors(facts(text))
    assert "匯廷（香港）" in investors and "澜湾健康基金" in investors
