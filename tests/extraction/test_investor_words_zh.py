"""Investors named by a wealth, asset, trust or insurance arm (甲财富, 乙资产, 丙人寿) in a round's or a
listing's investor list are investors. Our own words, both scripts."""


def test_a_wealth_arm_in_a_strategic_placement_list_is_an_investor(facts):
    text = ("岭衡生物创业板上市\n\n12月5日，岭衡生物科技股份有限公司在深交所创业板挂牌上市，本次发行新股2,600万股，"
            "募集资金总额8.32亿元。战略投资者包括岳华财富、澜源创投。")
    investors = facts(text)["financings"][0].investors
    assert "岳华财富" in investors and "澜源创投" in investors


def test_a_traditional_script_insurer_in_a_placement_list(facts):
    text = ("嶺衡生技辦理私募\n\n嶺衡生技公告完成新台幣6億元私募普通股，資金將用於新藥LH-21之臨床試驗，"
            "認購對象包括岳泰人壽、岳華資產。")
    investors = facts(text)["financings"][0].investors
    assert any(i.startswith("岳泰人") for i in investors) and any(i.startswith("岳華資") for i in investors)


def test_an_equity_firm_named_by_guquan_in_a_follow_on_list_is_an_investor(facts):
    text = ("禾曜医药完成3亿元B轮融资\n\n禾曜医药宣布完成3亿元B轮融资，本轮由澄峰资本领投，岳川股权、松屿投资跟投，"
            "资金将用于HY-08的临床开发。")
    investors = facts(text)["financings"][0].investors
    assert "岳川股权" in investors and "澄峰资本" in investors


def test_a_traditional_script_equity_firm_and_a_kind_of_equity_fund(facts):
    text = ("禾曜生技完成新台幣5億元募資\n\n禾曜生技宣布完成新台幣5億元募資，本輪由澄峰資本領投，岳川股權及多家私募股權跟投。")
    investors = facts(text)["financings"][0].investors
    assert "岳川股權" in investors and not any("私募" in i for i in investors)
