"""A listing's over-allotment (超额配股权 exercised after a global offering) adds to the IPO: it is no
placement of its own. In our own words, both scripts."""


def test_an_exercised_over_allotment_is_the_ipo_not_a_placement(facts):
    text = ("澜衡生物完成超额配股\n\n澜衡生物-B（02781）公告，联席全球协调人已全数行使超额配股权，涉及合共390万股H股。"
            "行使超额配股权后，公司全球发售所得款项总额约7.6亿港元。")
    rounds = [f.round for f in facts(text)["financings"]]
    assert rounds == ["ipo"]


def test_a_traditional_script_over_allotment(facts):
    text = ("瀾衡生物完成超額配股\n\n瀾衡生物-B（02781）公告，聯席全球協調人已全數行使超額配股權，涉及合共390萬股H股，"
            "全球發售所得款項總額增至約7.6億港元。")
    assert [f.round for f in facts(text)["financings"]] == ["ipo"]
