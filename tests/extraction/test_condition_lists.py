"""The items under an intro that says a fee falls due as they come about are expected events: an approval or
an IND listed there is no regulatory event. Our own words, both scripts and English."""


def test_approvals_listed_as_payment_milestones_are_no_events(facts):
    texts = ("Sorrel Bio licenses SB-90 to Pavane Pharma\n\nSorrel Bio granted Pavane Pharma rights to SB-90 in China. "
             "Pavane will pay the licence fee in tranches upon the following milestones:\n"
             "(a) signing of the agreement;\n(b) IND clearance of SB-90 by the NMPA;\n"
             "(c) NMPA approval of SB-90 for marketing.\n",
             "索雷生物授权帕梵医药\n\n索雷生物将SB-90在中国的权益授予帕梵医药。许可费将依据下列里程碑分次支付：\n"
             "(a)协议签署；\n(b)SB-90获国家药监局临床试验批准；\n(c)SB-90获国家药监局批准上市。\n",
             "索雷生物授權帕梵醫藥\n\n索雷生物將SB-90在中國的權益授予帕梵醫藥。許可費將依據下列里程碑分次支付：\n"
             "(a)協議簽署；\n(b)SB-90獲國家藥監局臨床試驗批准；\n(c)SB-90獲國家藥監局批准上市。\n")
    for text in texts:
        assert facts(text)["regulatory"] == [], text


def test_a_payment_due_then_upon_approval_is_no_approval(facts):
    text = ("帕梵医药向索雷生物支付首付款2000万元，其余许可费则于SB-90获国家药监局批准上市时支付。")
    assert [r.event for r in facts(text)["regulatory"]] == []


def test_a_list_of_approvals_under_a_news_intro_is_still_read(facts):
    text = ("本周获批新药\n\n以下新药获得批准：\n(a)索雷生物的SB-90获国家药监局批准上市，用于治疗肝癌。\n"
            "(b)帕梵医药的PV-12获国家药监局批准上市，用于治疗肺癌。\n")
    assert sorted(r.event for r in facts(text)["regulatory"]) == ["approval", "approval"]
