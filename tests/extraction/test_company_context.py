"""Companies the lexicon does not know, found from where the text puts their names."""
from pharmalens.extraction.companies import find_companies
from pharmalens.extraction.lexicon import Entry, Lexicon

LEXICON = Lexicon([Entry("company", "Pfizer", ["Pfizer", "辉瑞"], {"kind": "pharma", "country": "US"})])


def names(text):
    return {m.name for m in find_companies(text, LEXICON)}


def test_a_name_before_its_stock_code_is_a_company_without_its_descriptor():
    assert "康澜药" in names("新药股康澜药(6719)昨日公告第三季财报")
    assert "岳麓生物-B" in names("港股异动 | 岳麓生物-B(02781)高开逾5%")


def test_a_short_chinese_name_that_announces_and_recurs_is_a_company():
    found = names("另外,瑞霖今天则宣布新药获孤儿药资格。瑞霖表示将加快开发。")
    assert "瑞霖" in found


def test_an_everyday_word_before_an_announcing_verb_is_not_a_company():
    found = names("同时宣布调整。同时表示不变。目前公告显示,目前表示无碍。")
    assert not found


def test_suffix_chains_do_not_make_companies_of_phrases():
    found = names("该模式可以引入海外资本,推动中国创新药出海,并获得全球新药市场的认可。")
    assert not found


def test_an_unusual_english_name_in_a_company_role_is_a_company():
    text = ("Pfizer signed a licensing deal with Quorvane. Quorvane said the asset is in phase 1. "
            "Pfizer will pay Quorvane $20 million upfront.")
    assert "Quorvane" in names(text)


def test_an_ordinary_english_word_in_a_company_role_is_not_a_company():
    assert "Summit" not in names("The deal with Summit was closed. Summit said nothing.")


def test_a_name_never_runs_across_a_line_break():
    found = names("completed phase I\nLanmere Therapeutics announced a financing")
    assert "Lanmere Therapeutics" in found
    assert not any("\n" in n for n in found)


def test_an_industry_word_before_gongsi_is_no_company():
    assert "Biotech" not in names("美国Biotech公司Quorvane公布1a期数据")


def test_a_filing_headline_names_the_company_after_its_code_and_a_notice_word_is_no_company():
    found = names("交易所重大訊息公告(6821)岳霖-本公司決定終止新藥QRX-11開發。")
    assert "岳霖" in found
    assert not any(n.endswith("公告") or n.endswith("告") for n in found)
    assert not any("公告" in n for n in names("本站快讯公告(6821)今日暂停交易"))


def test_the_unknown_side_of_a_pair_heading_is_a_company():
    found = names("2. Pfizer × Quillbrook 2029\n授权内容:口服药物的全球权益\n3. 辉瑞 x 澄江生物\n")
    assert {"Quillbrook 2029", "澄江生物"} <= found
    assert not names("一、市场 × 政策\n正文")  # two unknown sides: no company


def test_a_disease_or_target_before_a_company_suffix_names_a_drug_not_a_company():
    from pharmalens.extraction.lexicon import default_lexicon
    for text in ("欧洲药企向Harvane授权肺癌新药", "欧洲药企向Harvane授权血癌新药", "澄江药业收购PD-1药物"):
        assert not any(n.endswith(("新药", "药物")) for n in {m.name for m in find_companies(text, default_lexicon())})


def test_a_latin_name_in_a_chinese_party_slot_is_a_company_even_if_it_is_a_word():
    found = names("3月2日,澄江生物与Harbor Light签署授权协议;公司与Meadow订立终止协议。")
    assert {"Harbor Light", "Meadow"} <= found
    assert not names("公司与FDA就临床方案达成一致") & {"FDA"}


def test_a_latin_name_a_chinese_sentence_buys_pays_or_quotes_is_a_company():
    found = names("辉瑞收购Corvane和Lithmark收购澄江生物。公司收到了Tessaly支付的500万美元。美国生技公司Orindel公布的数据显示。")
    assert {"Corvane", "Lithmark", "Tessaly", "Orindel"} <= found


def test_a_chinese_name_given_as_an_example_or_announcing_data_is_a_company():
    found = names("多家药企从对外授权中获益,例如澄江生物,去年授出三款新药。雁栖药业的控股子公司杭州衡湾生物公布了一期结果。")
    assert {"澄江生物", "杭州衡湾生物"} <= found
    assert not {n for n in found if n.startswith(("例如", "比如"))}


def test_a_party_word_before_a_recurring_short_name_is_not_part_of_it():
    found = names("辉瑞就QX-101与衡湾锐思达成授权协议。此前衡湾锐思宣布完成融资。")
    assert "衡湾锐思" in found and "与衡湾锐思" not in found


def test_english_names_with_a_legal_form_or_a_headline_verb_are_companies():
    found = names("Corvane, Tessaly ink $900M pact\nMarlow Tessaly and Co. builds its pipeline as Corvane Oncology Inc. "
                  "and Orindel BioSciences said. Quillbrook AG and Harvane SE also signed.")
    assert {"Marlow Tessaly", "Corvane Oncology", "Orindel BioSciences", "Quillbrook", "Harvane"} <= found


def test_a_lead_word_cut_by_the_name_window_is_not_part_of_the_name():
    found = names("本公司今日收到合作伙伴衡锦屏药业集团的书面通知,双方共同开发的降脂新药已获批上市。")
    assert found and not any(n.startswith(("伴", "伙伴")) for n in found)


def test_a_hong_kong_listing_marker_makes_a_short_name_a_company_and_its_bare_uses_too():
    text = "衡湾锦屏-B于3月2日发布公告,称与Tessaly订立终止协议。衡湾锦屏此前已支付首付款。澄江医疗-W今日公布业绩。"
    found = find_companies(text, LEXICON)
    assert {"衡湾锦屏", "澄江医疗"} <= {m.name for m in found}
    assert sum(m.name == "衡湾锦屏" for m in found) == 2


def test_an_english_name_does_not_run_across_the_full_stop_after_a_code():
    found = names("Corvane Technologies developed QX-12. Marlow Bio has secured global rights to it.")
    assert "Marlow Bio" in found and not any(n.startswith("QX") for n in found)


def test_a_name_listed_before_deng_and_a_name_after_a_separator_radical_are_companies():
    from pharmalens.documents.normalise import fold_forms
    found = names(fold_forms("今年首付款过亿的授权有十余笔,卖方包括元森生物、澄湾医药等。3月5日丨衡湾制药(600123.SH)发布年报。"))
    assert {"澄湾医药", "衡湾制药"} <= found
    assert not any("丨" in n or n.startswith("日") for n in found)


def test_a_name_between_a_holding_word_and_a_filing_verb_is_a_company():
    assert "锦屏澄川" in names("衡湾药业公告称其子公司锦屏澄川申报的QX-9注射液获得受理。")
    assert not names("公司旗下的产品申报获得受理。") & {"的产品"}


def test_latin_names_listed_as_the_parties_of_an_amount_or_named_by_a_job_title_are_companies():
    found = names("关键协议包括 Orvanta 与 Pfizer 和 Kelmora 的 90 亿美元交易。\n"
                  "“It is a milestone,” said Dana Kim, chief executive of Tessarine. Tessarine plans more.")
    assert {"Orvanta", "Kelmora", "Tessarine"} <= found


def test_a_list_of_companies_ends_at_deng_and_a_three_character_member_counts():
    from pharmalens.extraction.lexicon import default_lexicon
    text = "医药流通企业中,上海医药以及衡湾控股、澄江医药、锦屏川等上半年营收均有增长。"
    found = {m.name for m in find_companies(text, default_lexicon())}
    assert "锦屏川" in found and not any("上半年" in n or "营收" in n for n in found)


def test_a_name_after_a_place_based_word_is_a_company():
    assert "Nexvorra" in names("Lantheus strikes a deal with Houston-based Nexvorra to develop the drug.")


def test_a_name_in_a_job_or_venture_slot_is_a_company_though_one_of_its_words_is_common():
    found = names("Panelist: Dana Kim, Principal at Pacific Quellmark. Finally, the joint venture Tessine and "
                  "Marlow Isotopes GmbH signed a supply agreement. It may later acquire the San Diego biotechnology "
                  "company, and the round was led by Orvane Capital.")
    assert {"Pacific Quellmark", "Tessine", "Orvane Capital"} <= found
    assert "San Diego" not in found


def test_a_taiwan_board_code_names_the_company_before_it_without_its_startup_descriptor():
    from pharmalens.documents.normalise import fold_forms
    found = names(fold_forms("國內核醫新創澄鈦核醫（興櫃：7999）昨日宣布完成技術授權簽約。生技新創衡晶生醫（上櫃：6998）今日掛牌。"))
    assert {"澄钛核医", "衡晶生医"} <= found


def test_both_sides_of_a_pair_heading_are_companies_when_one_says_its_trade():
    found = names("3. 松林生物 × QLJ 2031\n合作内容:授权双抗QX261的海外权益\n4. Corvane Therapeutics × Halden 77\n")
    assert {"松林生物", "QLJ 2031", "Corvane Therapeutics", "Halden 77"} <= found


def test_a_possessive_is_not_part_of_an_english_name():
    found = names("Holbeck Therapeutics has taken QX-44 from Tarnwyl's pipeline; Tarnwyl said it keeps a stake.")
    assert "Tarnwyl" in found and not any("'s" in n or "’s" in n for n in found)


def test_a_name_with_a_common_ending_is_a_company_after_a_place_or_before_its_verb():
    found = names("Pfizer teamed up with Lyon, France-based Maribel Group on the trial. "
                  "Quillon Holdings Agrees $80M Buyout. Later, Tessaro International gains the rights.")
    assert {"Maribel Group", "Quillon Holdings", "Tessaro International"} <= found
    assert not any(n.endswith("Agrees") for n in found)


def test_the_same_name_with_another_common_ending_is_the_same_company():
    mentions = find_companies("Dravenor Medical signs a pact with Pfizer. Rome-based Dravenor Group will make the drug.",
                              LEXICON)
    group = [m for m in mentions if m.surface == "Dravenor Group"]
    assert group and {m.name for m in group} == {"Dravenor Medical"}


def test_the_common_middle_word_of_a_chinese_legal_name_does_not_make_it_a_phrase():
    found = names("供货方为杭州澄屿国际生物科技有限公司,另一家是上海林湾医药有限公司。")
    assert any(n.startswith("澄屿") for n in found) and any(n.startswith("林湾") for n in found)


def test_report_title_words_are_not_part_of_the_name_that_follows():
    assert "Quorvane Biologics" in names("Interim Results Announcement Overview Quorvane Biologics announced its results.")


def test_an_english_short_name_is_the_company_named_with_more_words_before():
    mentions = find_companies("Tarnwyl Biosciences has widened its pipeline. Tarnwyl will pay $30 million to Pfizer, "
                              "and Tarnwyl gains the rights.", LEXICON)
    assert [m.name for m in mentions if m.surface == "Tarnwyl"] == ["Tarnwyl Biosciences"] * 2


def test_a_chinese_name_without_its_trade_word_is_the_same_company():
    mentions = find_companies("岚屿生物今日宣布与辉瑞达成合作。根据协议,岚屿将获得该药在中国的权益。", LEXICON)
    assert [m.name for m in mentions if m.surface == "岚屿"] == ["岚屿生物"]


def test_the_rare_first_word_of_an_english_company_name_used_alone_is_that_company():
    mentions = find_companies("Pfizer said Tarnveld Bio will start a trial. Tarnveld declined to comment.", LEXICON)
    assert [m.name for m in mentions if m.surface == "Tarnveld"] == ["Tarnveld Bio"]
    plain = find_companies("Pfizer said Golden Bio will start a trial. Golden declined to comment.", LEXICON)
    assert not [m for m in plain if m.surface == "Golden"]


def test_a_conjunction_before_a_coded_name_that_opens_with_a_place_is_not_part_of_it():
    found = names("澄湖药业-B(02999.HK)公布,公司与上海恒岳泓(600777.CN)签订许可协议。")
    assert "上海恒岳泓" in found and not any(n.startswith("与") for n in found)
    found = names("The Company signed with 杭州岚昱(301555.SZ) and 及深圳岭川(002888.SZ).")
    assert {"杭州岚昱", "深圳岭川"} <= found


def test_both_sides_of_a_round_up_pair_are_companies_when_neither_is_known_or_a_word():
    found = names("Other highlights: Meridell–Quenbar (May 2025, $80 million upfront for oncology).")
    assert {"Meridell", "Quenbar"} <= found
    assert "Summer" not in names("Highlights: Summer–Quenbar (June 2025, $10 million upfront).")


def test_a_name_after_a_verb_of_granting_is_a_company_without_the_verb():
    assert "岭川医药" in names("岚屿生物将LY-9的大中华区权益授予岭川医药,获得首付款2000万美元。")
    assert "恒屿医药" in names("岚屿生物将LY-9的权益转让给恒屿医药,获得首付款2000万美元。")


def test_a_name_between_a_place_and_two_trade_words_may_hold_an_everyday_word():
    assert any(n.startswith("成都明天乐生物医药") for n in names("集团以2亿元增持成都明天乐生物医药科技18%股权。"))
    assert not any("时候" in n for n in names("集团在上海时候生物医药科技方面投入2亿元。"))


def test_a_latin_name_granted_rights_in_a_chinese_sentence_is_a_company_whatever_follows():
    assert "Beacon Bio" in names("2026年出海案例一览 - 岚屿生物:LY-3授权给Beacon Bio 首付3000万美元")
    assert "Harbour Labs" in names("公司将该抗体转让给Harbour Labs,交易总额5亿元。")


def test_an_english_name_that_is_granted_or_sold_rights_is_a_company_though_its_words_are_common():
    assert "Beacon Bio" in names("Halvorsen Bio sold its rights to HB-2 in Japan to Beacon Bio for $40 million upfront.")
    assert "Lumen Bio" in names("Quenbar licensed the antibody QB-7 to Lumen Bio last week.")


def test_a_lower_case_coined_brand_before_a_trade_word_is_a_company_and_a_common_word_is_not():
    assert "vexor Therapeutics" in names("Shares of vexor Therapeutics fell after the trial of VX-12 stopped.")
    assert "naRex Pharma" in names("For naRex Pharma, the cut of NRX-7 was about cash.")
    assert not names("Big pharma and small biotech: the global Pharma industry and many Therapeutics makers grew.")


def test_a_two_name_list_the_words_before_call_companies_makes_its_unknown_member_a_company():
    found = names("其中两笔涉及两家领先的AI制药公司澄霖控股、岚屿峰川。")
    assert {"澄霖控股", "岚屿峰川"} <= found
    found = names("强生公司从岭川医药及其他股东收购Quenbar。")
    assert not any("股东" in n for n in found)


def test_the_company_field_of_a_filing_form_names_a_company_whatever_its_words():
    text = "1.事实发生日:115/03/022.公司名称:明明药业股份有限公司3.与公司关系:本公司"
    assert any(n.startswith("明明") for n in names(text))


def test_a_chinese_name_with_its_trade_word_before_a_signing_or_then_word_is_a_company():
    assert "岭川医药" in names("3月又与岭川医药签下授权合作。")
    assert "恒屿生物" in names("恒屿生物随即宣布扩产。")


def test_a_buyer_a_unit_is_traded_or_handed_to_is_a_company_though_its_name_ends_in_a_common_word():
    assert "Tarnby International" in names("The drugmaker aims to trade the unit to Tarnby International for $350 million.")
    assert "Quellon Holdings" in names("Halden divested its device arm to Quellon Holdings last year.")


def test_a_plant_or_site_of_the_company_is_not_a_company():
    found = names("公司澜溪厂区于2023年5月通过了EMA的现场检查。此前,公司澜溪厂区曾收到整改通知。"
                  "公司沐岚工厂表示将新增两条产线,沐岚工厂于明年投产。")
    assert not {"澜溪厂区", "沐岚工厂"} & found
    assert "澄霁" in names("公司澄霁宣布扩产。澄霁表示将新增两条产线。")


def test_a_possessive_ends_an_unknown_english_name():
    found = names("Regulators accepted Ardent Isotopes's Biologics License Application for AI-330. "
                  "Pellmore Bio’s Therapeutics unit will run the study.")
    assert {"Ardent Isotopes", "Pellmore Bio"} <= found
    assert not {n for n in found if "'s" in n or "’s" in n}


def test_a_granting_verb_run_into_a_drug_code_is_not_a_company():
    found = names("晟澜医药宣布与沛墨制药订立授权协议，授出SL-5512于东南亚的独家权利；另授予KT-210的开发权。")
    assert not {"授出", "授予"} & found and {"晟澜医药", "沛墨制药"} <= found


def test_a_legal_name_with_its_city_in_brackets_is_a_company():
    found = names("沛墨医药宣布与晟澜医药技术(杭州)有限公司签署协议。晟澜医药技术（成都）有限公司亦参与。")
    assert any(n.startswith("晟澜") for n in found) and "沛墨医药" in found


def test_a_legal_name_with_its_city_right_after_its_core_is_one_company():
    found = names("其全资子公司禾沐（苏州）生物医药有限公司与默克签约。另一家，沛岚(武汉)医药科技有限公司，未参与。")
    assert {"禾沐", "沛岚"} <= found and not any("苏州" in n or "武汉" in n for n in found)


def test_a_city_in_brackets_after_an_ordinary_word_makes_no_company():
    found = names("本次交易完成后（上海）生物医药产业将受益，公司（北京）有限公司名称未披露。")
    assert not found


def test_an_everyday_word_before_a_firms_own_trade_word_can_be_its_name():
    from pharmalens.documents.language import to_simplified
    found = names("雪松医药宣布终止与星光制药的授权协议。") | names(to_simplified("海燕藥業與銀杏生物科技有限公司簽署協議。"))
    assert {"星光制药", "海燕药业", "银杏"} <= found


def test_a_word_for_the_kind_of_drug_maker_is_no_name():
    found = names("跨国制药巨头与多家中药制药企业合作，国产药业龙头亦参与。")
    assert not found


def test_an_everyday_first_word_stands_for_its_company_only_where_a_company_stands():
    text = ("Larchmont Bio and Beacon Therapeutics signed a licence for BT-33. Beacon will receive $8 million, "
            "and the Beacon trial starts in May. Larchmont also paid Granite Oncology, Inc., granting Granite a royalty.")
    spans = {text[m.start:m.end] for m in find_companies(text, LEXICON) if m.name.startswith(("Beacon", "Granite"))}
    named = [m for m in find_companies(text, LEXICON) if text[m.start:m.end] == "Beacon"]
    assert {"Beacon", "Granite"} <= spans and len(named) == 1 and named[0].name == "Beacon Therapeutics"


def test_a_time_word_between_a_name_and_its_verb_keeps_the_name():
    from pharmalens.documents.language import to_simplified
    found = names("岱禾医药今天宣布完成B轮融资。") | names(to_simplified("沛晶生技週三公告授權案。"))
    assert {"岱禾医药", "沛晶生技"} <= found


def test_a_kind_word_opening_a_sentence_is_not_part_of_the_name():
    found = names("Drugmaker Quellin inked a licence with Pfizer. Startup Varrow Therapeutics raised $40 million.")
    assert {"Quellin", "Varrow Therapeutics"} <= found and not any(n.startswith(("Drugmaker", "Startup")) for n in found)


def test_a_country_or_owner_before_a_name_is_not_part_of_it():
    found = names("South Korea's DVX Bio licensed a drug to Pfizer. Japan's Kuroshio Pharmaceutical Co., Ltd. agreed too.")
    assert {"DVX Bio", "Kuroshio Pharmaceutical"} <= found and not any("'s" in n for n in found)


def test_a_word_for_a_drug_company_before_an_acting_name_makes_it_a_company_at_once():
    from pharmalens.documents.language import to_simplified
    found = names(to_simplified("新藥股沛晶生今日宣布，與默克簽訂合作開發合約。")) | names("药企岚祺今日公告授权协议。")
    assert {"沛晶生", "岚祺"} <= found
    assert not names("公司亦已今日公告授权协议。")


def test_acting_starts_hold_every_place_an_announcing_pattern_can_start():
    from pharmalens.extraction.acting_names import _acting_starts, _zh_acting
    text = "据悉，澄溪生物医药科技集团今天晚间宣布完成融资；随后鹭岛医药表示，双方已于近日签署协议。"
    starts = _acting_starts(text)
    matched = {p for p in range(len(text)) if _zh_acting().match(text, p)}
    assert matched and {p for p in matched if p == 0 or not "\u4e00" <= text[p - 1] <= "\u9fff"} <= starts
    assert all(not "\u4e00" <= text[p - 1] <= "\u9fff" for p in starts if p)  # run starts only
    assert text.index("澄溪") in starts  # fourteen characters before the verb: reached past the time words
    assert not _acting_starts("本文仅供参考，不构成任何投资意见。")  # no verb: never tried


def test_acting_names_from_the_verbs_windows_are_those_of_a_try_at_every_run_start():
    from pharmalens.extraction.acting_names import _acting_starts, _zh_acting
    from pharmalens.model.patterns import matches_from
    texts = ["据悉，澄溪生物医药科技集团今天晚间宣布完成融资；随后鹭岛医药表示，双方已于近日签署协议。",
             "2024年，赛伦菲（Serenfi）今（15）日公告，与Quorvane Bio签约；A股岚祺今日宣布回购。",
             "Harbor Crest宣布，澄溪 生物表示将于近日公告；ab鹭岛今日表示、x甲乙丙丁戊己庚辛壬癸子丑宣布。"]
    for text in texts:
        opening = [p for p in range(len(text)) if p == 0 or not "\u4e00" <= text[p - 1] <= "\u9fff"]
        every = [m.span() for m in matches_from(_zh_acting(), text, opening)]
        assert len(every) >= 2 and every == [m.span() for m in matches_from(_zh_acting(), text, _acting_starts(text))]


def test_a_name_of_common_words_in_no_company_place_is_judged_hopeless_and_a_rare_one_is_not():
    from pharmalens.extraction.company_context import _may_be_placed_or_described
    assert not _may_be_placed_or_described("The")
    assert _may_be_placed_or_described("Quorvane")
    assert _may_be_placed_or_described("Harbor Quellmark")


def test_the_currency_code_of_an_amount_is_not_part_of_the_payees_name():
    found = names("Torvik Bio Inc. signed a licence with Okamoto Yakuhin Co., Ltd. Torvik will pay Okamoto CHF 8 million "
                  "upfront and Okamoto may later receive Torvik EUR 40 million in milestones.")
    assert not {n for n in found if n.endswith((" CHF", " EUR"))}


def test_a_listed_name_starts_after_the_phrase_that_describes_it():
    for text, name in (("2026年5月8日，专注于双抗研发的衡湾生物-B（02917.HK）今日在港交所主板上市。", "衡湾生物"),
                       ("2026年5月8日，專注於雙抗研發的衡灣生物-B（02917）今日在聯交所主板上市。", "衡灣生物"),
                       ("2026年5月8日，以核药见长的衡湾生物-B宣布完成配售。", "衡湾生物")):
        assert names(text) == {name}


def test_a_deal_vehicle_capitalised_like_a_name_is_no_company():
    found = names("Corvane Bio licensed CV-12 to Ostrel Therapeutics, a NewCo launched with a $180 million Series A "
                  "led by Harwick Capital.")
    assert "NewCo" not in found and "Ostrel Therapeutics" in found


def test_a_sentence_adverb_before_an_appositive_is_not_a_company():
    text = ("Quillon Therapeutics raised $55 million. Separately, the company named a new chief executive. "
            "Meanwhile, the biotech expanded its team. Notably, the company also moved offices. "
            "Furthermore, the drugmaker hired staff. Additionally, the company opened a lab. "
            "Moreover, the company said so.")
    assert names(text) == {"Quillon Therapeutics"}


def test_a_sentence_adverb_without_its_comma_is_not_part_of_the_name_after_it():
    assert names("Separately Quillon Therapeutics opened a lab. Additionally Marrowin Bio hired staff.") == {
        "Quillon Therapeutics", "Marrowin Bio"}


def test_the_buyer_after_a_sale_of_a_company_to_it_is_a_company():
    found = names("Before that she ran the sale of Quorvane to Delmiro for $580 million, and later the divestiture "
                  "of a unit to Brastell.")
    assert {"Delmiro", "Brastell"} <= found


def test_a_name_at_a_known_place_is_passed_over_and_its_other_uses_still_weighed():
    from pharmalens.extraction.company_context import english_names_in_role
    text = "Halvex signed a licence with Quorvane. Quorvane will pay Halvex $5 million upfront."
    first, second = text.index("Quorvane"), text.rindex("Quorvane")
    found = english_names_in_role(text, lambda s, e: False)
    assert (first, first + 8, "Quorvane") in found and (second, second + 8, "Quorvane") in found
    known_first = english_names_in_role(text, lambda s, e: s == first)
    assert (second, second + 8, "Quorvane") in known_first and (first, first + 8, "Quorvane") not in known_first
    assert not [f for f in english_names_in_role(text, lambda s, e: True)]


def test_the_name_a_match_gives_kept_by_its_words_is_the_one_worked_out_afresh():
    from pharmalens.extraction.company_context import _name_in
    words = ["Houston-based Nexvorra", "Drugmaker Pellham", "Startup Varrow Therapeutics", "The", "Quorvane",
             "Shanghai-listed Hexin Isotope", "Corvane Signs", "Sakai EUR", "Biotech"]
    for _ in range(2):
        assert [_name_in(w) for w in words] == [_name_in.__wrapped__(w) for w in words]
    assert _name_in("Houston-based Nexvorra") == (len("Houston-based "), "Nexvorra", True)
    assert _name_in("Drugmaker Pellham") == (len("Drugmaker "), "Pellham", False) and _name_in("The")[1] == ""
