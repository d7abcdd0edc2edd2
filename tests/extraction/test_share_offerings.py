"""Share sales after a listing (public offerings, at-the-market programmes) are financings, and the
contracts they are sold under are not deals."""


def test_a_priced_public_offering_is_a_placement_with_its_gross_proceeds(facts):
    text = ("Halden Bio, a clinical-stage company developing radioligand therapies, announced the pricing of its "
            "underwritten public offering of 8,000,000 shares at $12.50 per share, for gross proceeds of $100 million.")
    raised = facts(text)["financings"]
    assert [(f.company, f.round) for f in raised] == [("Halden Bio", "placement")]
    assert raised[0].amount.amount == 100


def test_an_at_the_market_agreement_with_a_bank_is_a_financing_not_a_deal(facts):
    text = ("Halden Bio, a clinical-stage oncology company, entered into an at-the-market sales agreement with "
            "Rowan Securities for up to $60 million of its common stock.")
    records = facts(text)
    assert records["deals"] == []
    assert [(f.company, f.round) for f in records["financings"]] == [("Halden Bio", "placement")]


def test_an_ipo_page_keeps_its_public_offering_tranche_inside_the_ipo(facts):
    text = ("Halden Bio, a radiopharmaceutical company, completed its initial public offering on Nasdaq, raising "
            "$140 million. The public offering tranche was 30 times oversubscribed.")
    assert [f.round for f in facts(text)["financings"]] == ["ipo"]


def test_a_placing_under_the_general_mandate_is_no_licence(facts):
    for text in ("岚屿生物（2619.HK）公告，根据一般授权配售3600万股新H股，配售价每股21.8港元，所得款项总额约7.8亿港元。",
                 "嵐嶼生物（2619.HK）公告，根據一般授權配售3600萬股新H股，配售價每股21.8港元，所得款項總額約7.8億港元。"):
        found = facts(text)
        assert found["deals"] == []
        record = found["financings"][0]
        assert record.round == "placement" and float(record.amount.amount) == 780 and record.amount.currency == "HKD"


def test_a_share_issue_to_specific_subscribers_is_a_placement(facts):
    for text in ("岳澜药业（688517）公告，公司拟向特定对象发行A股股票，募集资金总额不超过8.5亿元，用于生物药产业化项目。",
                 "岳瀾藥業（688517）公告，公司擬向特定對象發行A股股票，募集資金總額不超過8.5億元，用於生物藥產業化項目。"):
        record = facts(text)["financings"][0]
        assert record.round == "placement" and float(record.amount.amount) == 850 and record.amount.currency == "CNY"


def test_a_cornerstone_fund_with_an_english_name_is_an_investor_not_a_licensee(facts):
    for text in ("岚湾生物招股\n2025年11月20日,岚湾生物宣布于港交所主板上市,集资净额约5.2亿港元。核心产品为III期临床的ADC药物LW-21。"
                 "公司已引入基石投资者峦川资本及Corlan Healthcare Fund,合共认购约1.5亿港元股份。",
                 "嵐灣生物招股\n2025年11月20日,嵐灣生物宣佈於港交所主板上市,集資淨額約5.2億港元。核心產品為III期臨床的ADC藥物LW-21。"
                 "公司已引入基石投資者巒川資本及Corlan Healthcare Fund,合共認購約1.5億港元股份。"):
        found = facts(text)
        assert not found["deals"]
        assert "Corlan Healthcare Fund" in found["financings"][0].investors


def test_hong_kong_and_taiwan_convertible_bonds_are_a_placement(facts, one):
    hk = facts("【經濟通通訊社2026年4月7日專訊】岚峤生物(02817)公布，發行本金總額6億港元的可換股債券，"
               "初步換股價每股21.4港元。")["financings"]
    assert one(hk, round="placement").amount.amount == 600
    tw = facts("2026/04/07 嵐嶠生技（6791）董事會決議發行國內第一次無擔保轉換公司債，發行總額新台幣8億元。")["financings"]
    assert one(tw, round="placement").amount.currency == "TWD"
