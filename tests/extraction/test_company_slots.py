"""Short Chinese names in a company's slot: a heading over its deals, a holding word, an example, a seller,
a description, a drug's owner."""
from pharmalens.documents.language import to_simplified
from pharmalens.extraction.companies import find_companies
from pharmalens.extraction.lexicon import Entry, Lexicon

LEXICON = Lexicon([Entry("company", "Pfizer", ["Pfizer", "辉瑞"], {"kind": "pharma", "country": "US"})])


def names(text):
    return {m.name for m in find_companies(text, LEXICON)}


def test_a_heading_over_a_companys_deals_names_it():
    found = names("一、海屿系列交易\nQX-3:授权给Corvane Therapeutics,首付款2000万美元;\n二、Tarnwyl BD交易\n")
    assert {"海屿", "Tarnwyl"} <= found
    assert not names("二、重磅系列交易\n")


def test_the_holder_of_a_controlled_unit_is_a_company():
    found = names("大会期间,岚汐的控股子公司澄屿生物发布数据;沐洲全资子公司则递交了上市申请。")
    assert {"岚汐", "沐洲"} <= found
    assert not names("另外,本公司控股子公司递交了申请。")


def test_short_chinese_names_in_a_companys_slot_are_companies():
    from pharmalens.extraction.lexicon import default_lexicon
    text = ("辉瑞从澄屿及其他股东处买下了该资产。岚汐是一家苏州的生物科技公司。大药企(如沐洲、汀兰)在调整管线。"
            "QX-9:与穆棱联合授权给Quorvane Bio。被退回的权益有几项,例如衡屿的泽布替尼、青弋的双抗项目QX-3021。")
    found = {m.name for m in find_companies(text, default_lexicon())}
    assert {"澄屿", "岚汐", "沐洲", "汀兰", "穆棱", "衡屿", "青弋"} <= found


def test_everyday_words_in_those_slots_are_not_companies():
    found = names("公司从海外引进了技术。这是一家很大的公司。我们的产品QX-1已上市。企业(如上述)均受影响。")
    assert not found


def test_a_name_run_into_a_drug_code_after_a_clause_break_is_a_company_but_a_verb_is_not():
    found = names("HER2 ADC进展:岚汐QX-3301推进II期,澄屿DT-1207即将启动注册研究;公司决定暂停QX-4410的开发。")
    assert {"岚汐", "澄屿"} <= found and not any("暂停" in n for n in found)


def test_a_pronoun_before_a_drug_word_and_code_is_no_company():
    for text in ("嵘川药业今日宣布，其新药RC-7710获批开展临床试验；该药物RC-7720进入II期。",
                 "嶸川藥業今日宣布，其新藥RC-7710獲准進行臨床試驗；該藥物RC-7720進入II期。"):
        found = names(to_simplified(text))
        assert not any(n.startswith(("其", "该")) for n in found)


def test_the_employer_of_an_analyst_is_a_company_but_a_plain_word_is_not():
    found = names("这个目标被岚汐分析师视为偏高。据汀兰研究员估计,销售额三年内翻倍。")
    assert {"岚汐", "汀兰"} <= found
    assert not names("市场分析师普遍看好。行业研究员表示谨慎。")



def test_an_offerings_sponsors_and_auditor_are_companies():
    found = names("松林生物今起招股,联席保荐人为澄屿国际及汀兰证券;本次发行的审计机构为华泰。")
    assert {"澄屿国际", "汀兰证券", "华泰"} <= found
    assert not names("本次发行的保荐人为上述机构。")


def test_names_run_into_a_drug_code_are_tried_at_every_place_they_can_start():
    from pharmalens.extraction.company_slots import _BEFORE_CODE, _before_code_starts
    from pharmalens.model.patterns import matches_from
    text = "；恒桦HH-301获批，与澄溪生物CX-2201联合用药；乙丙丁XY-1001进入临床，甲乙丙丁AB-3001获授权。"
    expected = [m.span("name") for m in _BEFORE_CODE.finditer(text)]
    assert [text[s:e] for s, e in expected] == ["恒桦", "澄溪生物", "乙丙丁", "甲乙丙丁"]
    assert [m.span("name") for m in matches_from(_BEFORE_CODE, text, _before_code_starts(text))] == expected


def test_a_partner_whose_name_holds_a_pairing_character_keeps_its_whole_name():
    for text in ("2026年5月2日，宁和同川与辉瑞签署战略合作协议，共同开发核药。",
                 "2026年5月2日，寧和同川與輝瑞簽署戰略合作協議，共同開發核藥。"):
        found = names(to_simplified(text))
        assert "宁和同川" in found and "宁和" not in found


def test_a_city_before_a_name_the_article_also_uses_alone_is_one_company():
    for text in ("2026年4月2日，苏州岱曜生物宣布与辉瑞签订合作协议。岱曜生物将负责早期研发。",
                 "2026年4月2日，蘇州岱曜生物宣佈與輝瑞簽訂合作協議。岱曜生物將負責早期研發。"):
        found = names(to_simplified(text))
        assert "岱曜生物" in found and "苏州岱曜生物" not in found


def test_a_many_word_english_name_recurs_without_its_trade_word():
    for text in ("Qinglan Bio licensed QL-88 to Silver Fern Therapeutics, Inc., a newly formed company. Silver Fern also raised $90 million.",
                 "青澜生物将QL-88授予新成立的Silver Fern Therapeutics。Silver Fern同时完成9000万美元A轮融资。"):
        mentions = [m for m in find_companies(text, LEXICON) if m.surface == "Silver Fern"]
        assert [m.name for m in mentions] == ["Silver Fern Therapeutics"]


def test_a_drug_word_run_into_a_code_is_no_company(facts):
    for text in ("36氪获悉，多肽药物公司澜舟生物完成近亿元A轮融资。澜舟生物专注于多肽药物开发，首个管线LZ-201针对GLP-1R，"
                 "用于肥胖症，另一在研产品LZ-305处于临床前阶段。",
                 "澜舟生物完成A輪融資。澜舟生物專注於多肽藥物開發，首個管線LZ-201針對GLP-1R，用於肥胖症，另一在研產品LZ-305處於臨床前階段。"):
        out = facts(text)
        assert {a.company for a in out["assets"]} == {"澜舟生物"}, text


def test_an_outlet_that_learns_the_news_is_no_company():
    for text in ("融资快讯\n鲸脉网 2026-10-02\n鲸脉网获悉，基因治疗企业岚屿生物近日完成A轮融资。",
                 to_simplified("融資快訊\n鯨脈網 2026-10-02\n鯨脈網獲悉，基因治療企業嵐嶼生物近日完成A輪融資。")):
        assert names(text) == {"岚屿生物"}, text


def test_a_firm_named_with_an_everyday_word_opening_a_digest_line_with_its_code_is_a_company(facts):
    for text in ("一周临床进展盘点\n1. 和煦医药HX-330（靶点：KRAS G12C）非小细胞肺癌，获批开展II期临床试验\n"
                 "2. 光明生物GM-21（PD-1/VEGF双抗）非小细胞肺癌III期临床完成首例入组\n",
                 "一週臨床進展盤點\n1. 和煦醫藥HX-330（靶點：KRAS G12C）非小細胞肺癌，獲批開展II期臨床試驗\n"
                 "2. 光明生物GM-21（PD-1/VEGF雙抗）非小細胞肺癌III期臨床完成首例入組\n"):
        owners = {a.asset: a.company for a in facts(text)["assets"]}
        assert owners.get("GM-21") == "光明生物", text


def test_a_held_unit_with_a_place_and_trade_word_is_a_company_though_its_core_is_an_everyday_word():
    found = names("据悉，岚桥生技的控股子公司杭州前沿生物公布了LX-201的最新数据。")
    found |= names(to_simplified("據悉，嵐橋生技的全資子公司蘇州遠航醫藥宣布完成首例給藥。"))
    assert {"杭州前沿生物", "苏州远航医药"} <= found
