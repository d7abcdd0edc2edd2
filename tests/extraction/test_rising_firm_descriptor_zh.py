"""新锐 before a name in a headline (核药新锐X, ADC新锐X: a rising young firm) describes the company and is
no part of its name, so the headline's round and the body's are one. Our own words, both scripts."""


def test_a_rising_radiopharma_named_in_the_headline_has_one_round(facts):
    text = ("核药新锐澄屿医药获超3亿元A轮融资\n\n澄屿医药宣布完成超3亿元人民币A轮融资，由岳峰资本领投，泰湾投资跟投。")
    rounds = facts(text)["financings"]
    assert [f.company for f in rounds] == ["澄屿医药"]


def test_a_traditional_script_rising_firm_in_the_headline(facts):
    text = ("ADC新銳澄嶼生技完成新台幣6億元B輪募資\n\n澄嶼生技宣布完成新台幣6億元B輪募資，由岳峰資本領投。")
    rounds = facts(text)["financings"]
    assert [f.company for f in rounds] == ["澄嶼生技"]
