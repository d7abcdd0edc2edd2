"""Money roles of a deal in our own words: contingent value rights, a total potential value, and an
amount that ends a phrase of a Chinese headline."""


def _deal(facts, text):
    deals = facts(text)["deals"]
    assert len(deals) == 1
    return deals[0]


def test_contingent_value_rights_are_the_milestones_of_an_acquisition(facts):
    text = ("Tessaly Pharma agreed to acquire Orrin Bio for $310 million upfront in cash plus up to $95 million "
            "in contingent value rights, for a total consideration of up to $405 million.")
    deal = _deal(facts, text)
    assert (deal.upfront.amount, deal.milestones.amount, deal.total.amount) == (310, 95, 405)


def test_a_total_potential_value_is_the_total(facts):
    text = ("Tessaly Pharma will pay Orrin Bio $14 million upfront for an exclusive licence to QX-8, and Orrin Bio "
            "is eligible for up to $260 million in milestones. The total potential value of the agreement is up to $274 million.")
    assert _deal(facts, text).total.amount == 274


def test_an_amount_ending_a_headline_phrase_takes_no_role_from_the_next_phrase(facts):
    text = ("岳麓生物授权澄湾医药 营收3.6亿元 总金额创新高\n\n"
            "岳麓生物将QX-8的全球权益许可给澄湾医药，澄湾医药将支付首付款1500万美元，交易总金额最高可达2.8亿美元。")
    deal = _deal(facts, text)
    assert (deal.total.amount, deal.total.currency) == (280, "USD")


def test_money_still_to_be_received_orients_the_deal_and_keeps_its_milestone_cap(facts):
    for text in ("岚峤生物与比利时Verdane Pharma达成独家许可协议，岚峤生物将收到4200万美元首付款及最高3.6亿美元的开发、注册和销售里程碑付款。",
                 "嵐嶠生物與比利時Verdane Pharma達成獨家許可協議，嵐嶠生物將收到4200萬美元首付款及最高3.6億美元的開發、註冊和銷售里程碑付款。"):
        deal = facts(text)["deals"][0]
        assert deal.licensor.startswith("岚峤") or deal.licensor.startswith("嵐嶠")
        assert deal.licensee == "Verdane Pharma"
        assert float(deal.upfront.amount) == 42 and float(deal.milestones.amount) == 360


def test_a_royalty_is_quoted_in_the_script_of_the_source(facts):
    text = ("嵐碩生技與英國Fernhall Pharma簽署授權合約，將新藥LS-908授權對方開發，簽約金800萬美元，"
            "另可收取兩位數百分比的銷售權利金。")
    deal = _deal(facts, text)
    assert deal.royalty == "兩位數百分比的銷售權利金"


def test_the_sum_of_the_milestones_is_the_milestones_not_the_deals_total(facts):
    for text in ("2026年7月1日，岷屿生物将MY-61的全球权益授予Harlan Pharma，岷屿生物将获得3000万美元首付款，潜在里程碑付款总额最高约7亿美元。",
                 "2026年7月1日，岷嶼生物將MY-61的全球權益授予Harlan Pharma，岷嶼生物將獲得3000萬美元首付款，潛在里程碑付款總額最高約7億美元。"):
        deal = facts(text)["deals"][0]
        assert float(deal.milestones.amount) == 700 and deal.total is None


def test_money_due_at_closing_is_the_upfront_and_money_due_on_achieving_milestones_is_the_milestones(facts):
    text = ("Wisp Therapeutics Sells Royalty on ORV-5\n\n"
            "Wisp Therapeutics, Inc. announced on 3 June 2027 an agreement with Calder Royalty Partners under which "
            "Calder will acquire part of Wisp's royalty on sales of ORV-5 for up to $610 million. Wisp will receive "
            "$450 million at closing and up to an additional $160 million upon the achievement of certain net sales "
            "milestones.")
    deal = _deal(facts, text)
    assert (deal.upfront.amount, deal.milestones.amount, deal.total.amount) == (450, 160, 610)


def test_an_amount_per_programme_is_no_term_of_the_whole_deal(facts):
    text = ("Olsted Bio and Carrow Pharma signed a discovery collaboration on 4 April 2027. Olsted Bio will receive "
            "$40 million upfront and is eligible for up to $310 million per program in milestones across four "
            "programs, for a total potential value of more than $1.2 billion.")
    deal = _deal(facts, text)
    assert deal.upfront.amount == 40 and deal.total.amount == 1200 and deal.milestones is None
    text = ("澄湾医药与Carrow Pharma达成合作，澄湾医药将获得3000万美元首付款，每个靶点最高可获得2亿美元里程碑付款，"
            "交易总额最高达8亿美元。")
    deal = _deal(facts, text)
    assert deal.upfront.amount == 30 and deal.total.amount == 800 and deal.milestones is None


def test_milestones_of_up_to_an_amount_in_aggregate_are_the_milestones(facts):
    text = ("Fernhill Bio granted Oakmere Pharma an exclusive license to FHB-6 on 5 May 2027. Oakmere Pharma will pay "
            "Fernhill Bio an upfront payment of $12 million and development and sales milestone payments of up to "
            "$330 million in aggregate.")
    deal = _deal(facts, text)
    assert deal.upfront.amount == 12 and deal.milestones.amount == 330 and deal.total is None


def test_cash_and_shares_paid_at_closing_are_one_upfront(facts):
    text = ("Kirkby Pharma and Lowther Bio signed a global co-development agreement for LWB-2 on 1 June 2027. Kirkby "
            "Pharma will pay Lowther Bio $60 million in cash and $25 million in Kirkby Pharma shares at closing, and "
            "Lowther Bio is eligible for up to $400 million in milestones.")
    deal = _deal(facts, text)
    assert deal.upfront.amount == 85 and deal.milestones.amount == 400


def test_a_cvrs_aggregate_after_its_per_share_value_is_the_milestones(facts):
    text = ("Alder Pharma agreed on 5 May 2027 to acquire Brantwood Bio for $12.00 per share in cash plus one "
            "contingent value right per share of up to $2.50, or approximately $180 million in aggregate, payable "
            "upon FDA approval of BRW-9.")
    deal = _deal(facts, text)
    assert deal.milestones.amount == 180 and deal.deal_type == "acquisition"


def test_a_technology_transfer_fee_in_all_is_the_total_and_its_first_instalment_the_upfront(facts):
    for text in ("岚澄药业受让专利\n2025年6月9日,岚澄药业股份有限公司与东屿大学签署技术转让合同,受让其候选化合物DY-35的专利,"
                 "技术转让费共计人民币5,200万元,其中首期付款1,000万元。",
                 "嵐澄藥業受讓專利\n2025年6月9日,嵐澄藥業股份有限公司與東嶼大學簽署技術轉讓合同,受讓其候選化合物DY-35的專利,"
                 "技術轉讓費共計人民幣5,200萬元,其中首期付款1,000萬元。"):
        deal = facts(text)["deals"][0]
        assert float(deal.total.amount) == 52 and float(deal.upfront.amount) == 10


def test_an_amount_paid_to_obtain_rights_is_the_upfront(facts):
    for text in ("澜峤生物与Ferrant签署选择权协议\n2025年5月6日,澜峤生物与Ferrant Bio签署协议,Ferrant将支付800万美元获得LQ-612在欧洲的独家许可选择权,"
                 "并有望支付最高4亿美元的里程碑款项。",
                 "瀾嶠生物與Ferrant簽署選擇權協議\n2025年5月6日,瀾嶠生物與Ferrant Bio簽署協議,Ferrant將支付800萬美元獲得LQ-612在歐洲的獨家許可選擇權,"
                 "並有望支付最高4億美元的里程碑款項。"):
        deal = facts(text)["deals"][0]
        assert float(deal.upfront.amount) == 8 and float(deal.milestones.amount) == 400


def test_milestones_of_up_to_an_amount_in_total_are_the_milestones(facts):
    text = ("Kasumi Yakuhin Co., Ltd. concluded a license agreement with Veltra Oncology on 3 March 2027 for QRT-41 in "
            "Japan. Kasumi Yakuhin will pay Veltra Oncology an upfront payment of 900 million yen and development and "
            "sales milestone payments of up to 7.5 billion yen in total.")
    deal = _deal(facts, text)
    assert deal.upfront.amount == 900 and deal.milestones.amount == 7500 and deal.total is None


def test_a_region_written_as_the_adjective_of_the_rights_is_the_territory(facts):
    cases = {"the Nordic rights to": "Nordic", "Greater China rights to": "Greater China",
             "exclusive ex-US commercialization rights to": "ex-US",
             "worldwide rights excluding Korea to": "worldwide rights excluding Korea"}
    for words, expected in cases.items():
        text = (f"Lysander Bio said on 4 April 2027 it has granted Ostwick Pharma AB {words} LYB-44. Ostwick will pay "
                "Lysander Bio $9 million upfront.")
        assert _deal(facts, text).territory == expected
    assert _deal(facts, "Lysander Bio said on 4 April 2027 the deal gives us rights to LYB-44 and Ostwick Pharma AB "
                        "will pay Lysander Bio $9 million upfront.").territory is None


def test_a_non_refundable_upfront_is_the_upfront_not_the_near_term_payment_after_it(facts):
    for text in ("Qiaoshan Bio licensed QS-88 to Harlow Therapeutics. Harlow will pay Qiaoshan Bio a $42 million "
                 "non-refundable upfront payment and $15 million in near-term payments, plus up to $610 million in milestones.",
                 "樵山生物将QS-88授权给Harlow Therapeutics。Harlow将向樵山生物支付4,200万美元的不可退还首付款及1,500万美元的近期付款，"
                 "以及最高6.1亿美元的里程碑付款。",
                 "樵山生物將QS-88授權給Harlow Therapeutics。Harlow將向樵山生物支付4,200萬美元不可退還的首付款及1,500萬美元的近期付款，"
                 "以及最高6.1億美元的里程碑付款。"):
        deal, = facts(text)["deals"]
        assert deal.upfront.amount == 42 and deal.milestones.amount == 610


def test_a_sentence_of_chinese_royalty_terms_alone_gives_the_deal_its_royalty(facts):
    for text, royalty in (("樵山生物将QS-88授权给Harlow Therapeutics，首付款4,200万美元。"
                           "此外，樵山生物有权就QS-88的年度净销售额收取中个位数至低双位数的分级销售提成。", "中个位数至低双位数的分级销售提成"),
                          ("樵山生物將QS-88授權給Harlow Therapeutics，首付款4,200萬美元。"
                           "Harlow將按QS-88淨銷售額向樵山生物支付12%固定特許權使用費。", "12%固定特許權使用費")):
        deal, = facts(text)["deals"]
        assert deal.royalty == royalty


def test_the_royalty_is_the_rate_and_base_not_a_royalty_word_of_a_title_or_a_fund_name(facts):
    text = ("Ardmore Bio Enters into Royalty Purchase Agreement with Fenwick Royalty Partners\n\n"
            "Ardmore Bio, Inc., a biotechnology company developing antibody drugs, today announced a royalty purchase agreement with Fenwick Royalty Partners. Fenwick will pay "
            "Ardmore $120 million upfront in exchange for a 4.5% royalty on worldwide net sales of ARD-77.")
    assert _deal(facts, text).royalty.startswith("4.5% royalty on worldwide net sales")


def test_the_firm_that_markets_the_product_whose_royalty_is_sold_is_no_party(facts):
    text = ("Dunwell Therapeutics, a biotechnology company, said it has sold its royalty interest in net sales of "
            "ORVANTA, which is marketed by Novartis, to Kelpmoor Capital for $140 million upfront.")
    deal = _deal(facts, text)
    assert (deal.licensor, deal.licensee) == ("Dunwell Therapeutics", "Kelpmoor Capital")


def test_a_takeover_stating_its_enterprise_value_first_takes_its_equity_value_as_total(facts, one):
    text = ("Grennard Pharma will acquire Osterley Bio for $17.40 per share in cash, which implies an enterprise "
            "value of about $870 million and an equity value of about $1.05 billion.")
    deal = one(facts(text)["deals"], deal_type="acquisition")
    assert (deal.total.amount, deal.total.currency) == (1050, "USD")


def test_money_paid_only_if_an_option_is_exercised_is_neither_upfront_nor_total(facts):
    english = ("Brisa Therapeutics granted Oakhaven Pharma an exclusive option to license BT-19. Brisa will receive "
               "$12 million upfront and is eligible for an additional $55 million upon exercise of the option.")
    deal = _deal(facts, english)
    assert deal.upfront.amount == 12 and deal.total is None
    fee = ("Brisa Therapeutics granted Oakhaven Pharma an option to license BT-19 for $12 million upfront; Oakhaven "
           "would pay $55 million if it exercises the option and up to $300 million in milestones.")
    deal = _deal(facts, fee)
    assert deal.upfront.amount == 12 and deal.milestones.amount == 300 and deal.total is None


def test_a_royalty_rate_told_after_in_the_is_part_of_the_royalty(facts):
    text = ("Daebong Pharm will pay $9 million upfront to license MB-61 from Morrow Bio, plus royalties in the "
            "low double digits on net sales.")
    assert _deal(facts, text).royalty == "royalties in the low double digits on net sales"


def test_an_english_royalty_keeps_its_low_mid_or_high_qualifier(facts):
    cases = (("plus mid-single-digit royalties on net sales", "mid-single-digit royalties on net sales"),
             ("and tiered low-double-digit royalties", "tiered low-double-digit royalties"),
             ("as well as high single digit royalties", "high single digit royalties"),
             ("and royalties in the mid-teens", "royalties in the mid-teens"))
    for tail, royalty in cases:
        text = (f"Quenby Bio granted Tallis Pharma an exclusive licence to QB-41 for $12 million upfront, up to "
                f"$190 million in milestones {tail}.")
        assert _deal(facts, text).royalty == royalty


def test_contingent_consideration_and_contingent_payments_are_milestones(facts):
    for words in ("up to EUR 60 million in contingent consideration tied to regulatory milestones",
                  "additional contingent payments of up to EUR 60 million"):
        text = f"Pellam Therapeutics agreed to acquire Ostrander Bio for EUR 85 million upfront, with {words}."
        deal = _deal(facts, text)
        assert (deal.upfront.amount, deal.milestones.amount) == (85, 60)
