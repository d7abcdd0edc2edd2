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
