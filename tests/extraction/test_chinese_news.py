"""Chinese-language news in our own words: 公告, HKEX and MOPS filings, trade-press round-ups and
快讯, in simplified and traditional script."""


def test_a_firm_named_x_yiliao_that_completes_a_round_is_the_raiser(facts):
    for text in ("融资快讯｜近日，核药企业澄溪医疗宣布完成2.5亿元A+轮融资，本轮由鹭岛资本领投，青岚创投跟投。",
                 "融資快訊｜近日，核藥企業澄溪醫療宣布完成2.5億元A+輪融資，本輪由鷺島資本領投，青嵐創投跟投。"):
        records = facts(text)["financings"]
        assert [r.company[:2] for r in records] == ["澄溪"] and records[0].company.endswith(("医疗", "醫療"))
        assert float(records[0].amount.amount) == 250 and records[0].round == "a"
