"""Financings in our own words: rounds per clause, raises with no round, IPO debuts and their net
or gross proceeds, cornerstone investors, placements, the page's currency, listing descriptions."""
from decimal import Decimal

from pharmalens.documents.articles import read_articles
from pharmalens.extraction.pipeline import extract_article
from pharmalens.sources.files import SourceFile


def by_company(records):
    return {r.company: r for r in records}


def test_several_rounds_in_one_sentence_each_with_its_own_subject(facts):
    text = ("核药NewCo近况\n2025年第三季度,与澄川医药合作的两家NewCo进入融资节点:Pellucid Therapeutics完成4.2亿美元"
            "C轮融资,Marrowind也筹集9500万美元A轮资金。今年2月3日,澄川医药的合作伙伴Tessaline Bio宣布完成"
            "7800万美元累计融资,其I期临床已完成首例给药。")
    records = by_company(facts(text, "newco.txt")["financings"])
    pellucid = next(r for name, r in records.items() if name.startswith("Pellucid"))
    assert pellucid.round == "c" and float(pellucid.amount.amount) == 420 and pellucid.announced == "2025"
    assert records["Marrowind"].round == "a" and float(records["Marrowind"].amount.amount) == 95
    tessaline = next(r for name, r in records.items() if name.startswith("Tessaline"))
    assert tessaline.round is None and float(tessaline.amount.amount) == 78
    assert not any(name.startswith("澄川") for name in records)


def test_series_b_with_lead_and_participating_investors(facts):
    text = ("Northwind Radiotherapeutics closed a $64 million Series B financing led by Aldgate Partners, with "
            "participation from Quaystone Ventures and existing investors. Proceeds fund a phase 1 trial of "
            "NWR-225 in prostate cancer.")
    record = facts(text)["financings"][0]
    assert record.company.startswith("Northwind") and record.round == "b"
    assert float(record.amount.amount) == 64 and record.amount.currency == "USD"
    assert {"Aldgate Partners", "Quaystone Ventures"} <= set(record.investors)


def test_ipo_debut_takes_the_proceeds_stated_later_not_the_share_price(facts):
    text = ("Lanmore Biologics Co., Ltd. (LANMORE-B, stock code: 02688) made its debut on the Hong Kong Stock "
            "Exchange, its shares rising 41% on the first morning. The shares opened at HK$18.20 against an offer "
            "price of HK$12.90 per share. The global offering raised net proceeds of about HK$455 million for "
            "clinical development of its antibody pipeline.")
    record = facts(text)["financings"][0]
    assert record.company.startswith("Lanmore") and record.round == "ipo" and record.exchange == "HKEX"
    assert float(record.amount.amount) == 455 and record.amount.currency == "HKD"


def test_hong_kong_ipo_gross_before_net_in_dollars_of_the_page_and_cornerstones(facts):
    text = ("臨床階段生物科技公司澄泓生物-B(02677.HK)公布在港首次公開發售詳情,計劃全球發售5,000萬股,"
            "發售價為每股8.8元,預料集資近4.4億元。預計會於6月12日掛牌上市。\n"
            "按發售價計,集資所得淨額約3.9億元,主要用於核心產品研發。\n"
            "是次招股引入2個基石投資者,包括雲帆醫藥董事長旗下的嘉禾控股,以及投資機構Westmere Holdings "
            "(Asia) Limited,分別投資1,500萬美元及300萬美元。")
    record = facts(text)["financings"][0]
    assert record.round == "ipo" and record.exchange == "HKEX"
    assert float(record.amount.amount) == 440 and record.amount.currency == "HKD"
    assert any(name.startswith("Westmere Holdings") for name in record.investors)
    assert any("嘉禾控股" in name for name in record.investors)


def test_a_company_described_as_listed_is_not_listing_and_a_market_figure_is_not_a_raise(facts):
    text = ("In March, Qinhai Pharma, a drugmaker listed on the Shanghai Stock Exchange, licensed KX-501 to "
            "Aldgate Bio. 2024年中国药企通过NewCo获得的首付款达25亿美元,首次超过IPO募资额。")
    assert facts(text)["financings"] == []


def test_seed_round_investee_after_the_investing_verb(facts):
    text = "2022年,澄源资本从种子轮独家投资孵化了瑞舟生物,当时体内CAR-T概念尚未普及。瑞舟生物专注于创新药研发。"
    record = facts(text)["financings"][0]
    assert record.round == "seed" and "瑞舟生物" in record.company and record.announced == "2022"


def test_a_one_word_investor_listed_beside_a_longer_name_is_kept(facts):
    text = ("Ardent Isotopes, a radiopharmaceutical company, closed a $64 million Series A financing led by "
            "Tallis Ventures, with participation from existing investors Brightwick and Morrow Bay Capital.")
    (raised,) = facts(text)["financings"]
    assert set(raised.investors) == {"Tallis Ventures", "Brightwick", "Morrow Bay Capital"}


def test_an_ipo_keeps_the_amount_it_was_raising_beside_the_share_price(facts):
    (ipo,) = facts("Ardent Isotopes, a radiopharmaceutical company, completed its IPO on the Nasdaq, raising $145 "
                   "million at $15 per share.")["financings"]
    assert (ipo.round, ipo.exchange, ipo.amount.amount) == ("ipo", "NASDAQ", 145)


def test_a_round_whose_size_stands_in_a_clause_of_its_own(facts):
    for text in ("澜屿生物宣布完成C轮融资,金额4.5亿元,由君联资本领投,资金将用于抗体药物临床开发。澜屿生物成立于2017年。",
                 "瀾嶼生物宣布完成C輪融資,金額4.5億元,由君聯資本領投,資金將用於抗體藥物臨床開發。瀾嶼生物成立於2017年。"):
        record = facts(text)["financings"][0]
        assert record.round == "c" and record.amount.amount == Decimal("450") and record.amount.currency == "CNY"


def test_a_strategic_round_without_a_letter_or_an_amount_is_a_strategic_financing(facts):
    for text in ("澜屿生物宣布获得战略融资,投资方为君联资本,资金将用于抗体药物临床开发。澜屿生物成立于2017年。",
                 "瀾嶼生物宣布獲得戰略融資,投資方為君聯資本,資金將用於抗體藥物臨床開發。瀾嶼生物成立於2017年。"):
        record = facts(text)["financings"][0]
        assert record.company.startswith(("澜屿", "瀾嶼")) and record.round == "strategic" and record.amount is None
        assert record.investors
    text = ("Tessaline Bio, a clinical-stage antibody drug developer, today announced a strategic financing from "
            "Novo Holdings to advance its cancer programs.")
    record = facts(text)["financings"][0]
    assert record.company == "Tessaline Bio" and record.round == "strategic"
    text = "澜屿生物宣布完成4亿元B轮融资,由君联资本领投。澜屿生物表示,新一轮融资将用于抗体药物临床开发。"
    assert [r.round for r in facts(text)["financings"]] == ["b"]


def test_a_price_per_share_in_the_clause_before_does_not_make_the_raise_a_price(facts):
    for text in ("禾嘉生技董事会决议办理现金增资,发行普通股1.5万张,每股价格40元,募资6亿元,资金用于新药临床开发。禾嘉生技表示将推进临床试验。",
                 "禾嘉生技董事會決議辦理現金增資,發行普通股1.5萬張,每股價格40元,募資6億元,資金用於新藥臨床開發。禾嘉生技表示將推進臨床試驗。"):
        record = facts(text)["financings"][0]
        assert record.round == "placement" and record.amount.amount == Decimal("600")


def test_a_taiwan_private_placement_is_a_placement(facts):
    for text in ("禾嘉生技董事会通过办理私募普通股,私募总金额为新台币2.4亿元,资金用于新药临床开发。禾嘉生技表示将推进临床试验。",
                 "禾嘉生技董事會通過辦理私募普通股,私募總金額為新台幣2.4億元,資金用於新藥臨床開發。禾嘉生技表示將推進臨床試驗。"):
        record = facts(text)["financings"][0]
        assert record.company.startswith("禾嘉") and record.round == "placement"
        assert record.amount.amount == Decimal("240") and record.amount.currency == "TWD"


def test_an_unknown_name_written_right_before_its_listing_or_plan_is_the_raiser(facts):
    for text in ("禾嘉医药创业板IPO获受理,拟募资9亿元,用于创新药临床研究。禾嘉医药成立于2014年,专注抗体药物。",
                 "禾嘉醫藥創業板IPO獲受理,擬募資9億元,用於創新藥臨床研究。禾嘉醫藥成立於2014年,專注抗體藥物。"):
        record = facts(text)["financings"][0]
        assert record.company.startswith("禾嘉") and record.round == "ipo" and record.exchange == "SZSE"
        assert record.amount.amount == Decimal("900")


def test_a_planned_hong_kong_listing_is_an_ipo_on_hkex(facts):
    for text in ("禾嘉医药拟赴港上市,募资将用于抗体药物临床开发。禾嘉医药成立于2014年。",
                 "禾嘉醫藥已遞表,資金將用於抗體藥物臨床開發。禾嘉醫藥成立於2014年,擬於香港主板上市。"):
        record = facts(text)["financings"][0]
        assert record.company.startswith("禾嘉") and record.round == "ipo" and record.exchange == "HKEX"


def test_rounds_marked_with_a_double_plus_or_an_angel_plus(facts):
    for text, round_name in (("澜屿生物宣布完成2亿元B++轮融资,资金将用于抗体药物临床开发。澜屿生物成立于2017年。", "b"),
                             ("瀾嶼生物宣布完成2億元B++輪融資,資金將用於抗體藥物臨床開發。瀾嶼生物成立於2017年。", "b"),
                             ("澜屿生物宣布完成天使+轮融资,资金将用于抗体药物临床开发。澜屿生物成立于2017年。", "angel"),
                             ("瀾嶼生物宣布完成天使+輪融資,資金將用於抗體藥物臨床開發。瀾嶼生物成立於2017年。", "angel")):
        assert [r.round for r in facts(text)["financings"]] == [round_name]


def test_a_listing_told_as_going_up_on_the_main_board_is_an_ipo(facts):
    for text in ("禾嘉医药宣布,公司今日在港交所主板上市,募资总额约8亿港元,将用于抗体药物临床开发。",
                 "禾嘉醫藥宣布,公司今日在港交所主板上市,募資總額約8億港元,將用於抗體藥物臨床開發。"):
        record = facts(text)["financings"][0]
        assert record.round == "ipo" and record.exchange == "HKEX" and record.amount.amount == Decimal("800")



def test_an_unknown_name_before_h_shares_or_a_self_description_is_the_raiser(facts):
    for text in ("禾嘉医药H股今日在港交所挂牌上市,募资总额约8亿港元。禾嘉医药是一家临床阶段抗体药物公司。",
                 "禾嘉醫藥H股今日在港交所掛牌上市,募資總額約8億港元。禾嘉醫藥是一家臨床階段抗體藥物公司。"):
        record = facts(text)["financings"][0]
        assert record.company.startswith("禾嘉") and record.round == "ipo"


def test_unknown_chinese_investors_listed_before_leading_or_joining(facts):
    for text in ("澜屿生物宣布完成3亿元B轮融资,由鼎川资本领投,华岳创投、青檀投资等跟投,资金将用于抗体药物临床开发。",
                 "瀾嶼生物宣布完成3億元B輪融資,由鼎川資本領投,華岳創投、青檀投資等跟投,資金將用於抗體藥物臨床開發。"):
        record = facts(text)["financings"][0]
        assert len(record.investors) == 3
        assert {i[:2] for i in record.investors} == {"鼎川", "华岳", "青檀"} or \
            {i[:2] for i in record.investors} == {"鼎川", "華岳", "青檀"}


def test_a_pipe_and_a_share_subscription_are_placements(facts):
    text = ("Tessaline Bio, a clinical-stage antibody drug developer, announced a $72 million PIPE financing "
            "with participation from Deep Track Capital.")
    record = facts(text)["financings"][0]
    assert record.round == "placement" and record.amount.amount == Decimal("72")
    for text in ("禾嘉医药(股份代号:9xxx)公告,公司拟根据特别授权发行认购股份,认购事项所得款项总额约1.6亿港元,将用于抗体药物临床开发。",
                 "禾嘉醫藥(股份代號:9xxx)公告,公司擬根據特別授權發行認購股份,認購事項所得款項總額約1.6億港元,將用於抗體藥物臨床開發。"):
        record = facts(text)["financings"][0]
        assert record.round == "placement" and record.amount.amount == Decimal("160") and record.amount.currency == "HKD"


def test_a_raise_told_again_with_the_rounds_amount_is_that_round(facts):
    text = ("Radioligand developer Quoria Therapeutics priced its initial public offering on the Nasdaq at "
            "$15 per share, raising gross proceeds of $150 million.\n"
            "沐溪生物今日在港交所主板上市，本次全球发售募集资金8.6亿港元；沐溪生物此前于2023年完成募集资金3亿元，"
            "专注于核药研发。")
    found = facts(text)["financings"]
    quoria = [f for f in found if f.company.startswith("Quoria")]
    assert len(quoria) == 1 and quoria[0].round == "ipo" and quoria[0].amount.amount == 150
    muxi = {(f.round, f.amount.amount if f.amount else None) for f in found if f.company == "沐溪生物"}
    assert ("ipo", 860) in muxi and len(muxi) == 2  # another amount is another raise


def test_a_taiwan_private_placement_dated_today_in_brackets_is_the_companys_with_its_funds(facts):
    text = ("新藥公司沐嵐生技今（12）日宣布完成新台幣6.2億元私募，由國發基金參與，資金將用於核醫藥物ML-31的二期臨床試驗。")
    found = facts(text)
    financing, = found["financings"]
    assert (financing.company, financing.round, financing.amount.amount) == ("沐嵐生技", "placement", 620)
    assert [a.company for a in found["assets"] if a.asset == "ML-31"] == ["沐嵐生技"]


def test_short_rare_chinese_names_listed_before_gentou_are_investors_and_common_words_are_not(facts):
    text = "澄石生物宣布完成3亿元A轮融资，由礼岚资本领投，岭澜原石、管理层跟投。资金用于CS-11的临床研究。"
    record = facts(text)["financings"][0]
    assert "礼岚资本" in record.investors and "岭澜原石" in record.investors
    assert not any("管理层" in i or i.startswith("由") for i in record.investors)


def test_a_kind_of_company_written_before_a_name_is_not_part_of_it(facts):
    text = "核素医药企业澜衡医药宣布完成2亿元B轮融资，由礼岚资本领投。资金用于LH-7的临床研究。"
    assert facts(text)["financings"][0].company == "澜衡医药"


def test_a_crossover_round_is_the_round_before_a_listing(facts):
    for text in ("Orrin Bio, a biotech developing actinium-225 radioconjugates for solid tumors, said in March 2026 it "
                 "closed a $95 million crossover financing led by Tessaly Capital. Its lead drug OB-225 is in a Phase 1 trial.",
                 "岳麓生物是一家开发锕-225放射性药物的创新药企。2026年3月，岳麓生物完成6.5亿元交叉轮融资，由澄湾资本领投。"
                 "其核心产品YL-225处于I期临床。"):
        rounds = [f.round for f in facts(text)["financings"]]
        assert rounds == ["pre-ipo"]


def test_investors_closing_a_list_with_a_verb_other_than_lead_or_follow(facts):
    for text, investors in (
            ("宁川生物宣布完成3亿元B轮融资，由岩松资本独家投资，老股东白鹭创投持续加码。研发管线聚焦ADC药物。",
             {"岩松资本", "白鹭创投"}),
            ("寧川生物宣布完成3億元B輪融資，由岩松資本獨家投資，老股東白鷺創投持續加碼。研發管線聚焦ADC藥物。",
             {"岩松資本", "白鷺創投"})):
        record = facts(text)["financings"][0]
        assert record.round == "b" and float(record.amount.amount) == 300
        assert investors <= set(record.investors)


def test_existing_holders_oversubscribing_are_investors(facts):
    record = facts("澄岳医药完成1.8亿元A+轮融资，本轮由丰湖资本领投，老股东晴川基金、远岫创投超额认购。"
                   "资金将用于抗体药物的临床开发。")["financings"][0]
    assert {"丰湖资本", "晴川基金", "远岫创投"} <= set(record.investors)


def test_a_running_total_in_the_rounds_own_sentence_is_no_second_financing(facts, one):
    text = ("Pellworth Bio has secured $42 million in a Series B extension for its antibody pipeline, bringing "
            "the total raised in the round to $118 million. The extension was led by Larkspur Capital.")
    records = facts(text)["financings"]
    assert len(records) == 1
    record = one(records, company="Pellworth Bio", round="b")
    assert record.amount.amount == 42 and record.investors == ["Larkspur Capital"]


def test_convertible_notes_are_a_placement_in_both_scripts(facts, one):
    english = ("Ondine Therapeutics, Inc. today announced the pricing of $230 million aggregate principal amount of "
               "3.5% convertible senior notes in a private offering. Ondine develops OND-5, an siRNA for gout.")
    record = one(facts(english)["financings"], company="Ondine Therapeutics")
    assert (record.round, record.amount.amount) == ("placement", 230)
    chinese = "澜汀药业发布公告称，公司向不特定对象发行可转换公司债券，募集资金总额为6.8亿元，用于创新药研发。"
    record = one(facts(chinese)["financings"], company="澜汀药业")
    assert (record.round, record.amount.amount) == ("placement", 680)


def test_a_raise_told_only_by_its_verb_is_a_financing_though_the_article_names_no_round(facts):
    records = facts("澄川医药宣布完成1亿元融资，由白鹭资本领投。资金将用于核药管线的临床开发。")["financings"]
    assert [(r.company, r.round, float(r.amount.amount)) for r in records] == [("澄川医药", None, 100.0)]


def test_a_strategic_investment_is_a_round_and_its_giver_an_investor(facts):
    for text, investor in (("无锡禾屿生物今日宣布，公司获得西湖医疗产业投资基金的战略投资，金额为8000万元，将用于HY-301的临床开发。",
                            "西湖医疗产业投资基金"),
                           ("無錫禾嶼生物今日宣布，公司獲得西湖醫療產業投資基金的戰略投資，金額為8000萬元，將用於HY-301的臨床開發。",
                            "西湖醫療產業投資基金")):
        rounds = facts(text)["financings"]
        assert [(f.round, f.investors, float(f.amount.amount)) for f in rounds] == [("strategic", [investor], 80.0)]
    rounds = facts("南京澄恺药业宣布完成2亿元战略融资，资金将用于CK-17的III期临床。")["financings"]
    assert [(f.company, f.round) for f in rounds] == [("南京澄恺药业", "strategic")]
    rounds = facts("广州岚峰生物今日在港交所挂牌上市，募资6亿港元，本次发行引入三名战略投资者，用于LF-9的临床开发。")["financings"]
    assert [f.round for f in rounds] == ["ipo"]  # a strategic investor joins the listing


def test_a_company_that_receives_an_investment_is_not_its_investor(facts):
    rounds = facts("上海澄朗医药获得碧溪投资的1.2亿元投资，用于推进CL-22的II期临床。")["financings"]
    assert [(f.company, f.investors) for f in rounds] == [("上海澄朗医药", ["碧溪投资"])]



def test_strategic_investors_named_jointly_by_the_round_or_by_their_role_are_investors(facts):
    cases = (("无锡禾屿生物宣布获得丹霞资本、碧湖创投的联合战略投资，金额1亿元。", {"丹霞资本", "碧湖创投"}),
             ("無錫禾嶼生物宣布獲得丹霞資本、碧湖創投的聯合戰略投資，金額1億元。", {"丹霞資本", "碧湖創投"}),
             ("无锡禾屿生物宣布完成1亿元战略融资，本轮由丹霞资本战略投资。", {"丹霞资本"}),
             ("无锡禾屿生物宣布完成1亿元Pre-A轮融资，战略投资者碧湖创投参投。", {"碧湖创投"}))
    for text, investors in cases:
        record = facts(text)["financings"][0]
        assert set(record.investors) == investors


def test_an_investors_name_keeps_its_fund_or_investors_ending(facts, one):
    text = ("Tessaly Bio, a clinical-stage biotech developing antibody-drug conjugates for ovarian cancer, raised "
            "$45 million in a Series A round led by Verrano Bio Fund, with participation from Quaybrook Health Investors "
            "and Pavey Fund. The proceeds will take TSB-12 into a Phase 1 trial.")
    funding = one(facts(text)["financings"], company="Tessaly Bio")
    assert sorted(funding.investors) == ["Pavey Fund", "Quaybrook Health Investors", "Verrano Bio Fund"]


def test_an_unknown_investor_leading_a_round_is_an_investor_not_a_deal_partner():
    en = ("Feb. 3, 2026 -- Quillane Bio today announced the close of an $85 million Series B financing co-led by "
          "Marrowgate and Tellbrook Partners, with participation from Osterley Capital.")
    zh = "2026年2月3日，岚汐生物宣布完成5亿元B轮融资，本轮由澄屿资本领投，穆棱跟投。"
    for text, company, investor in ((en, "Quillane Bio", "Marrowgate"), (zh, "岚汐生物", "澄屿资本")):
        facts = extract_article(read_articles(SourceFile("t.txt", "t.txt", ".txt", text.encode()))[0])
        assert not facts.records["deals"]
        (round_,) = facts.records["financings"]
        assert round_.company == company and investor in round_.investors
        kinds = {m.name: m.kind for m in facts.companies}
        assert kinds[investor] == "investor"


def test_an_investor_that_also_licenses_in_the_round_keeps_its_deal(facts):
    text = ("Feb. 3, 2026 -- Quillane Bio closed an $85 million Series B led by Marrowgate, and granted Marrowgate "
            "rights to QB-12 in Japan for $10 million upfront.")
    records = facts(text)
    assert records["financings"] and [d.upfront.amount for d in records["deals"]] == [10]


def test_a_company_selling_its_own_shares_to_unnamed_buyers_is_a_financing_not_a_deal(facts):
    text = ("Tolland Bio, Inc. (Nasdaq: TLBO) announced on 14 April 2027 that it has entered into securities purchase "
            "agreements with certain institutional investors for the purchase and sale of 6,000,000 shares of common "
            "stock in a registered direct offering at $4.50 per share, for gross proceeds of $27 million.")
    records = facts(text)
    assert [(f.company, float(f.amount.amount)) for f in records["financings"]] == [("Tolland Bio", 27.0)]
    assert records["deals"] == []


def test_each_entry_of_a_dated_tracker_takes_the_day_over_it(facts):
    text = ("Financing Tracker: Cell Therapy Startups\n\nPublished June 12, 2027\n\n"
            "June 10\nQuarrel Bio raised $44 million in a Series A round led by Tidewater Ventures.\n\n"
            "June 8\nPaxley Therapeutics closed a $90 million Series B financing led by Brightwater Capital.\n")
    dates = {f.company: f.announced for f in facts(text)["financings"]}
    assert dates == {"Quarrel Bio": "2027-06-10", "Paxley Therapeutics": "2027-06-08"}


def test_a_crossover_headline_and_the_lettered_round_below_are_one_round(facts):
    text = ("Quenby Bio Completes $150 Million Crossover Financing\n\n"
            "Quenby Bio, a Boston-based developer of gene therapies, said on 2 September 2027 it closed a $150 million "
            "Series B crossover round. Fallowfield Capital led the financing.")
    rounds = [(f.round, float(f.amount.amount)) for f in facts(text)["financings"]]
    assert rounds == [("b", 150.0)]


def test_unknown_investors_joined_by_and_marks_each_count_once_names_holding_the_mark_kept_whole(facts):
    text = ("北屿医药完成4亿元B轮融资\n2025年3月14日,北屿医药宣布完成4亿元人民币B轮融资,本轮由青和资本与岚舟投资共同领投,"
            "现有股东望川基金及东港产业投资参与认购。")
    record = facts(text)["financings"][0]
    assert record.investors == ["青和资本", "岚舟投资", "望川基金", "东港产业投资"]


def test_traditional_cornerstone_list_in_the_clause_after_the_cue(facts):
    text = ("晨岫生技招股\n2025年12月1日,晨岫生技宣佈於香港聯交所主板上市,全球發售集資淨額約7.5億港元。公司引入兩名基石投資者,"
            "包括嵐谷資本及澄海投資,合共認購約2億港元股份。")
    record = facts(text)["financings"][0]
    assert {"嵐谷資本", "澄海投資"} <= set(record.investors)


def test_the_subscribers_a_private_placement_names_are_its_investors(facts):
    zh = ("岚汐药业定增结果\n2025年11月12日,岚汐药业股份有限公司公告,本次向特定对象发行A股股票的发行对象为屿峰生物科技股份有限公司"
          "和澄沐资本管理有限公司,募集资金总额为人民币5.4亿元。")
    record = facts(zh)["financings"][0]
    assert len(record.investors) == 2 and {i[:2] for i in record.investors} == {"屿峰", "澄沐"}
    hant = ("嵐汐藥業定增結果\n2025年11月12日,嵐汐藥業股份有限公司公告,本次向特定對象發行A股股票的認購對象為澄沐投資管理有限公司,"
            "募集資金總額為人民幣5.4億元。")
    assert [i[:2] for i in facts(hant)["financings"][0].investors] == ["澄沐"]


def test_an_investor_before_an_adverb_of_the_joining_verb_is_read_without_it(facts):
    for text in ("屿峰生物完成C轮融资\n2025年9月9日,屿峰生物宣布完成3亿元人民币C轮融资,由澄湾资本领投,老股东岭川创投继续跟投。",
                 "嶼峰生物完成C輪融資\n2025年9月9日,嶼峰生物宣佈完成3億元人民幣C輪融資,由澄灣資本領投,老股東嶺川創投等持續跟投。"):
        investors = facts(text)["financings"][0].investors
        assert len(investors) == 2 and investors[1][:2] in ("岭川", "嶺川")


def test_a_kind_of_investor_in_the_list_is_no_investor_but_a_named_one_of_that_kind_is(facts):
    for text in ("岳屿生物完成A轮融资\n2025年3月8日,岳屿生物宣布完成1.5亿元人民币A轮融资,由澄峦资本与产业投资参与认购,沐岚产业基金跟投。",
                 "岳嶼生物完成A輪融資\n2025年3月8日,岳嶼生物宣佈完成1.5億元人民幣A輪融資,由澄巒資本與產業投資參與認購,沐嵐產業基金跟投。"):
        investors = facts(text)["financings"][0].investors
        assert len(investors) == 2 and not any(i in ("产业投资", "產業投資") for i in investors)


def test_the_day_the_body_gives_a_round_replaces_the_pages_date_its_headline_took(facts):
    for text in ("2026-03-12\n岭沐生物完成A轮融资\n\n岭沐生物成立于2022年,专注于核药研发。岭沐生物3月5日宣布完成2亿元人民币A轮融资,由澄屿资本领投。\n",
                 "2026-03-12\n嶺沐生物完成A輪融資\n\n嶺沐生物成立於2022年,專注於核藥研發。嶺沐生物3月5日宣佈完成2億元人民幣A輪融資,由澄嶼資本領投。\n"):
        assert facts(text)["financings"][0].announced == "2026-03-05"


def test_the_rounds_financial_adviser_is_no_investor(facts):
    for text in ("岭屿生物完成A轮融资\n2025年2月18日,岭屿生物宣布完成2亿元人民币A轮融资。本轮融资由澄峤资本独家投资,峦川创投担任本轮独家财务顾问。",
                 "嶺嶼生物完成A輪融資\n2025年2月18日,嶺嶼生物宣佈完成2億元人民幣A輪融資。本輪融資由澄嶠資本獨家投資,巒川創投擔任本輪獨家財務顧問。",
                 "Halden Bio closed a $60 million Series A financing led by Corvine Capital. Maplehurst Partners acted as "
                 "exclusive financial advisor to Halden Bio."):
        investors = facts(text)["financings"][0].investors
        assert len(investors) == 1 and investors[0][:2] in ("澄峤", "澄嶠", "Co")


def test_the_company_a_relative_clause_is_about_raises_the_round(facts):
    text = ("Tamarind Pharma, a biotechnology company, has formed Oxbow Therapeutics, which raised a $65 million "
            "Series A financing led by Arch Venture Partners.")
    assert [f.company for f in facts(text)["financings"]] == ["Oxbow Therapeutics"]


def test_a_round_told_in_an_apposition_is_raised_by_the_company_it_describes(facts, one):
    for text in ("March 4, 2026 - Corvane Bio licensed CV-12 to Ostrel Therapeutics, a NewCo launched with a $180 million "
                 "Series A led by Harwick Capital. Corvane Bio will receive $40 million upfront and a 15% stake in Ostrel.",
                 "2026年3月4日，岚峤生物将LQ-12的全球权益授予Ostrel Therapeutics，一家新成立并完成1.8亿美元A轮融资的公司，"
                 "本轮由Harwick Capital领投。"):
        record = one(facts(text)["financings"], round="a")
        assert record.company == "Ostrel Therapeutics" and record.investors == ["Harwick Capital"]


def test_an_amount_right_after_raised_is_a_raise_without_a_word_for_financing(facts, one):
    text = ("Bramling Radiotherapeutics has raised approximately $72 million to take BRT-225, its alpha-emitting "
            "PSMA radioligand, into a Phase 2 trial in prostate cancer.")
    record = one(facts(text)["financings"], company="Bramling Radiotherapeutics")
    assert (record.amount.amount, record.round) == (72, None)


def test_a_guidance_raised_to_an_amount_is_no_raise(facts):
    text = "Bramling Radiotherapeutics raised its 2026 revenue guidance to $72 million on higher sales of BRT-225."
    assert facts(text)["financings"] == []


def test_a_strategic_investor_named_in_a_lettered_rounds_sentence_joins_that_round(facts):
    for text in ("澄岭医药完成B轮融资\n2026年4月2日\n澄岭医药宣布完成5亿元B轮融资，由峤川资本领投，岚屿药业战略投资。",
                 "澄嶺醫藥完成B輪融資\n2026年4月2日\n澄嶺醫藥宣佈獲得嵐嶼藥業戰略投資，完成5億元B輪融資。"):
        record, = facts(text)["financings"]
        assert record.round == "b" and record.amount.amount == 500 and any(i[:2] in ("岚屿", "嵐嶼") for i in record.investors)


def test_investors_listed_after_from_that_follows_the_raised_amount_and_no_other_from(facts, one):
    text = ("Quillmore Bio, a developer of antibody-drug conjugates for ovarian cancer, has secured $38 million "
            "from Daskin Pharma, Pellow Bio and the Marrable Foundation to take QMB-4 into the clinic.")
    record = one(facts(text)["financings"], company="Quillmore Bio")
    assert record.investors == ["Daskin Pharma", "Pellow Bio", "Marrable Foundation"]
    text = ("Quillmore Bio, a developer of antibody-drug conjugates, raised $38 million in a Series A round. Its "
            "ovarian cancer sales grew to $12 million from Daskin Pharma's former product line.")
    assert one(facts(text)["financings"], company="Quillmore Bio").investors == []


def test_the_round_written_after_backed_by_is_not_an_investor(facts, one):
    text = ("Pell Harbour Bio, a new company developing PHB-7, an oral peptide for obesity, is backed by a "
            "$95 million Series B led by Tarrow Life Partners.")
    record = one(facts(text)["financings"], company="Pell Harbour Bio")
    assert record.investors == ["Tarrow Life Partners"]


def test_a_one_word_investor_joined_by_and_to_a_known_company_is_kept(facts):
    text = "Pellicor Therapeutics said it secured $26 million from OrbiMed and Varrowin to fund two trials."
    [record] = facts(text)["financings"]
    assert record.investors == ["OrbiMed", "Varrowin"]


def test_a_surname_investor_joined_to_a_known_one_is_kept_but_a_city_is_not(facts):
    [record] = facts("Pellicor Therapeutics raised $18 million from OrbiMed and Lowry.")["financings"]
    assert record.investors == ["OrbiMed", "Lowry"]
    [record] = facts("Pellicor Therapeutics raised $18 million from OrbiMed and Boston.")["financings"]
    assert record.investors == ["OrbiMed"]


def test_a_venture_arm_named_by_its_owner_keeps_the_owner_in_its_name(facts):
    text = "Pellicor Therapeutics closed a $40 million Series A with participation from OrbiMed and Sproutline by Pfizer."
    [record] = facts(text)["financings"]
    assert record.investors == ["OrbiMed", "Sproutline by Pfizer"]


def test_two_raises_with_no_round_named_and_different_amounts_stay_apart(facts):
    text = ("Pellicor Therapeutics secured $27 million from Orrin Ventures. "
            "Later, Pellicor Therapeutics secured $8 million from Halbrook Capital.")
    rounds = sorted(facts(text)["financings"], key=lambda r: r.amount.amount)
    assert [(r.amount.amount, r.investors) for r in rounds] == [(8, ["Halbrook Capital"]), (27, ["Orrin Ventures"])]


def test_shares_sold_to_an_investor_beside_a_listing_are_a_placement_not_a_deal(facts):
    text = ("Halden Therapeutics announced the pricing of its initial public offering of 10,000,000 shares at "
            "$16.00 per share on the Nasdaq Global Market, for gross proceeds of $160 million. In addition, Halden "
            "has agreed to sell $12.0 million of common stock to Brightwater Ventures in a concurrent private "
            "placement at the IPO price.")
    records = facts(text)
    assert records["deals"] == []
    placement = [f for f in records["financings"] if f.round == "placement"]
    assert [(f.investors, f.amount.amount) for f in placement] == [(["Brightwater Ventures"], 12)]


def test_a_known_company_before_investment_words_is_its_investment_arm(facts):
    text = ("Halden Therapeutics priced its initial public offering on Nasdaq for gross proceeds of $160 million. "
            "In addition, Halden has agreed to sell $12.0 million of common stock to Roche Venture Fund in a "
            "concurrent private placement at the IPO price.")
    records = facts(text)
    assert records["deals"] == []
    assert {(f.company, tuple(f.investors)) for f in records["financings"] if f.round == "placement"} == {
        ("Halden Therapeutics", ("Roche Venture Fund",))}


def test_new_shares_placed_with_a_named_investor_name_it_as_the_rounds_investor(facts):
    for text in ("嘉屿生物（02899.HK）公告，公司以每股20港元向澄川资本配售7,500,000股新股，所得款项总额约1.5亿港元。",
                 "嘉嶼生物（02899.HK）公告，公司以每股20港元向澄川資本配售7,500,000股新股，所得款項總額約1.5億港元。"):
        [record] = facts(text)["financings"]
        assert (record.round, record.investors) in (("placement", ["澄川资本"]), ("placement", ["澄川資本"])), text


def test_shares_sold_to_an_investor_for_the_rounds_amount_are_no_acquisition(facts):
    text = ("Halden Therapeutics (Nasdaq: HLDN) said it sold 5,000,000 shares of common stock to Brightwater Capital "
            "in a private placement for gross proceeds of $40 million.")
    records = facts(text)
    assert records["deals"] == []
    assert [(f.round, f.investors, f.amount.amount) for f in records["financings"]] == [
        ("placement", ["Brightwater Capital"], 40)]


def test_a_listing_on_a_mainland_board_is_an_ipo_however_the_issue_is_worded(facts):
    cases = (("澄汐药业登陆科创板,募资4.6亿元,用于创新药临床试验。", "STAR"),
             ("澄汐藥業登陸科創板,募資4.6億元,用於創新藥臨床試驗。", "STAR"),
             ("澄汐药业(874120)公告,公司拟向不特定合格投资者公开发行股票并在北京证券交易所上市,募集资金4.6亿元,用于创新药临床试验。", "BSE"))
    for text, exchange in cases:
        rounds = facts(text)["financings"]
        assert [(r.company[:2], r.round, float(r.amount.amount), r.exchange) for r in rounds] == [("澄汐", "ipo", 460.0, exchange)]


def test_rights_issues_entitlement_offers_share_purchase_plans_and_capital_increases_are_placements(facts):
    cases = [
        ("Garrang Therapeutics Limited (ASX: GRT) launched a 1-for-6 non-renounceable entitlement offer to raise "
         "about A$19 million to fund its antibody program.", "19", "AUD"),
        ("Garrang Therapeutics Limited (ASX: GRT) opened a share purchase plan to raise up to A$4 million from "
         "eligible shareholders for its Phase 1 antibody trial.", "4", "AUD"),
        ("Alpenrot Oncology AG (SIX: ALPR) completed a capital increase of CHF 38 million via an accelerated "
         "bookbuilding to fund its ADC trials.", "38", "CHF"),
        ("Skarholm Bio AB carried out a directed share issue of SEK 210 million to fund its Phase 2 antibody trial.",
         "210", "SEK"),
        ("岚峤生物公告进行供股，筹集约2.4亿港元，用于抗体药物的临床开发。", "240", "HKD"),
        ("嵐嶠生物公告進行供股，籌集約2.4億港元，用於抗體藥物的臨床開發。", "240", "HKD"),
    ]
    for text, amount, currency in cases:
        records = facts(text)["financings"]
        assert len(records) == 1, text
        assert records[0].round == "placement" and records[0].amount.amount == Decimal(amount), text
        assert records[0].amount.currency == currency, text


def test_a_listing_application_filed_for_a_drug_is_no_ipo(facts):
    for text in ("3. 青岚药业QL-208递交上市申请获受理，适应症为2型糖尿病",
                 "青嵐藥業QL-208提交上市申請，用於2型糖尿病。"):
        out = facts(text)
        assert not out["financings"], text
        assert [a.stage for a in out["assets"] if a.asset == "QL-208"] == ["nda"]
    ipo = facts("青岚药业向港交所递交上市申请，核心产品QL-208处于III期临床。")["financings"]
    assert [f.round for f in ipo] == ["ipo"]


def test_a_company_set_in_corner_brackets_is_the_raiser(facts):
    for text in ("36氪获悉，基因编辑企业「岚启生物」近日完成1.5亿元人民币A+轮融资，本轮由启明创投领投，元禾控股跟投。",
                 "36氪獲悉，基因編輯企業「岚启生物」近日完成1.5億元人民幣A+輪融資，本輪由啟明創投領投，元禾控股跟投。"):
        rounds = [(f.company, f.round, float(f.amount.amount)) for f in facts(text)["financings"]]
        assert rounds == [("岚启生物", "a", 150.0)], text


def test_investors_named_with_innovation_or_industrial_investment_words_are_kept(facts):
    for text in ("岳川药业完成4亿元C轮融资，由国泓创新、中金资本联合领投，老股东湘江产投持续加码。",
                 "岳川藥業完成4億元C輪融資，由國泓創新、中金資本聯合領投，老股東湘江產投持續加碼。"):
        investors = facts(text)["financings"][0].investors
        assert {"CICC Capital", "湘江产投"} <= {i.replace("產", "产") for i in investors}, text
        assert any(i in ("国泓创新", "國泓創新") for i in investors)


def test_a_round_of_nearly_or_over_a_hundred_million_written_without_a_figure_has_its_amount(facts):
    cases = {"动脉网获悉，细胞治疗企业栖桐生物完成近亿元Pre-A轮融资，由清源资本领投。": ("approx", "CNY"),
             "動脈網獲悉，細胞治療企業棲桐生物完成超億美元B輪融資，由清源資本領投。": ("at_least", "USD")}
    for text, (qualifier, currency) in cases.items():
        amount = facts(text)["financings"][0].amount
        assert (float(amount.amount), amount.qualifier, amount.currency) == (100.0, qualifier, currency), text


def test_a_round_led_by_an_investor_in_a_colon_line_is_the_named_firms_own(facts):
    text = ("Venture round-up\n\n• Castelow Bio: $48M Series A led by Brantwood Capital\n"
            "• Fennick Therapeutics: $71M Series B led by Harrowgate Ventures\n")
    records = by_company(facts(text)["financings"])
    assert records["Castelow Bio"].round == "a" and records["Castelow Bio"].investors == ["Brantwood Capital"]
    assert records["Fennick Therapeutics"].round == "b" and float(records["Fennick Therapeutics"].amount.amount) == 71
    assert records["Fennick Therapeutics"].investors == ["Harrowgate Ventures"]


def test_investors_on_the_keyed_lines_under_a_round_s_heading(facts):
    text = ("Funding roundup\n\n**1. Pellwood Isotopes raises $44M Series A**\n"
            "- Lead investor: Marrow Creek Capital; others: Heddon Ventures\n- Use of proceeds: a Ra-224 plant\n\n"
            "**2. 岚屿医药完成2亿元B轮融资**\n- 投资方：鹭岛资本领投，青松基金、远山创投跟投\n")
    rounds = {f.company: f for f in facts(text)["financings"]}
    assert rounds["Pellwood Isotopes"].investors == ["Marrow Creek Capital", "Heddon Ventures"]
    assert set(rounds["岚屿医药"].investors) == {"鹭岛资本", "青松基金", "远山创投"}
