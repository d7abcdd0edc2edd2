"""Roles and names in phrasings the first builders missed, each on invented companies."""


def test_possessive_licensor_in_passive_voice(facts):
    text = ("Core Insights - Kestrel Oncology Inc. made a $25 million equity investment in Lancang Isotope Co., Ltd. [1] "
            "- In parallel, LC-212, Lancang's lead-212 peptide for prostate cancer patients, was licensed to Kestrel "
            "for worldwide rights excluding China; Lancang receives $20 million upfront and up to $395 million in "
            "milestones [1] - Both transactions were announced on 11 March 2026 [1]")
    deals = {d.deal_type: d for d in facts(text)["deals"]}
    assert deals["equity"].licensee == "Kestrel Oncology" and deals["equity"].total.amount == 25
    licence = deals["license"]
    assert licence.licensor == "Lancang Isotope" and licence.licensee == "Kestrel Oncology"
    assert licence.upfront.amount == 20 and licence.milestones.amount == 395 and licence.asset == "LC-212"
    assert licence.announced == "2026-03-11"


def test_equity_then_option_to_acquire_are_two_deals(facts):
    text = ("BOSTON, May 5, 2026 -- Maplecrest Bio, Inc. today announced a $60 million equity investment in Corvane "
            "Isotopes, Inc., a developer of astatine-211 radiopharmaceutical drugs for cancer patients.\n\n"
            "Under the agreement, Maplecrest also obtains an exclusive option to acquire Corvane for up to $540 million.")
    deals = {d.deal_type: d for d in facts(text)["deals"]}
    assert set(deals) == {"equity", "option"}
    assert deals["option"].total.amount == 540 and deals["option"].licensor == "Corvane Isotopes"


def test_issuer_on_its_own_line_is_the_company_and_the_bracketed_name_is_the_same():
    from pharmalens.documents.articles import read_articles
    from pharmalens.extraction.context import Context
    from pharmalens.extraction.lexicon import default_lexicon
    from pharmalens.sources.files import SourceFile
    text = ("香港交易及結算所有限公司對本公告之內容概不負責。\n瀾滄醫藥集團有限公司\n（股份代號：9999）\n\n"
            "董事會宣佈，本公司與Solenne Pharma Co., Ltd.（蘇倫醫藥有限公司）訂立許可協議，本公司授予Solenne獨家許可。臨床藥物。")
    article = read_articles(SourceFile("hk.txt", "hk.txt", ".txt", text.encode("utf-8")))[0]
    ctx = Context(article, default_lexicon())
    assert ctx.main_company.name == "瀾滄"
    names = {m.surface: m.name for m in ctx.companies}
    assert names["蘇倫醫藥有限公司"] == names["Solenne Pharma Co., Ltd."]


def test_milestone_tranches_add_up_and_payers_are_licensees(facts):
    text = ("2025年7月，澜沧核药股份有限公司发布公告，公司与Solenne Pharma就LC-7711订立独家许可协议，Solenne将获得该产品在全球的独家开发及商业化权利。"
            "澜沧核药将获得1.1亿美元首付款，并有权获得最高16亿美元的开发里程碑付款及最高37亿美元的销售里程碑付款。该药物目前处于I期临床。")
    deal = facts(text)["deals"][0]
    assert deal.licensor == "澜沧核药" and deal.licensee == "Solenne Pharma"
    assert deal.upfront.amount == 110 and deal.milestones.amount == 5300


def test_an_approval_takes_no_date_from_the_next_sentence(facts):
    text = ("启衡生物医药股份有限公司公告称，公司ADC药物QH-264获国家药监局批准上市，用于治疗乳腺癌患者。"
            "2025年上半年，公司实现营业收入9.5亿元，同比下降31.3%。")
    records = facts(text)
    approval = [r for r in records["regulatory"] if r.event == "approval"][0]
    assert approval.agency == "NMPA" and approval.date is None
    revenue = records["financials"][0]
    assert revenue.period == "2025H1" and revenue.yoy_pct == -31.3


def test_taiwan_results_in_new_taiwan_dollars(facts):
    text = ("瑞峰生技首季獲利年增近五成\n\n2026-05-12 18:20 工商時報\n\n"
            "新藥廠瑞峰生技（1799）12日公布2026年第一季財報，第一季合併營收新台幣8.62億元，年增27.4%；稅後淨利新台幣1.35億元，年增48.4%。"
            "其長效注射劑RF-108已於4月獲衛生福利部食品藥物管理署（TFDA）核准上市。")
    records = facts(text)
    revenue = [r for r in records["financials"] if r.metric == "revenue"][0]
    assert revenue.currency == "TWD" and revenue.amount == 862 and revenue.period == "2026Q1" and revenue.yoy_pct == 27.4
    assert revenue.company == "瑞峰生技"
    assert any(r.event == "approval" and r.agency == "TFDA" for r in records["regulatory"])


def test_product_lines_and_compared_periods(facts):
    text = ("Maplecrest Bio, Inc. reported first-quarter 2026 revenue of $1.48 billion, up 32% from a year earlier. "
            "Corvix brought in $1.02 billion in the quarter. Maplecrest posted net income of $96 million, compared with "
            "a net loss of $42 million in the first quarter of 2025. Research and development expenses were $512 million. "
            "Its oncology drugs treat cancer patients.")
    records = {(r.metric, r.segment): r for r in facts(text)["financials"]}
    assert records[("revenue", None)].period == "2026Q1"
    assert records[("segment_revenue", "Corvix")].amount == 1020
    assert records[("rd_expense", None)].period == "2026Q1"


def test_chinese_numeral_sign_off_dates_the_announcement():
    from pharmalens.documents.dating import publication_date
    assert publication_date("自願公告\n\n董事會欣然宣佈。\n\n承董事會命\n主席\n\n香港，二零二六年六月十六日") == "2026-06-16"


def test_chinese_and_english_deal_directions(facts):
    cases = [
        ("12月2日，华曦生物科技股份有限公司公告称，公司与美国Solenne Pharma就HX-5346签署独家许可协议，Solenne Pharma将向华曦生物支付"
         "2亿美元首付款，以及最高17.7亿美元的里程碑付款。该药物目前处于II期临床。", "华曦", "Solenne Pharma", 200),
        ("启衡生物宣布与Kestrel Oncology达成全球战略合作，Kestrel Oncology将获得QH-3127在大中华区以外的独家开发和商业化权益，"
         "启衡生物将获得1亿美元首付款。该药物处于I期临床，用于治疗胃癌患者。", "启衡生物", "Kestrel Oncology", 100),
        ("澜沧核药近日宣布，以首付款3500万美元获得澳大利亚Northwind公司NW-591在大中华区的独家开发和商业化权益，交易总额最高可达2.6亿美元。"
         "该核药处于III期临床。", "Northwind", "澜沧核药", 35),
        ("Maplecrest Bio, Inc. has paid Lancang Isotope Co., Ltd. $175 million upfront for exclusive global rights to "
         "LC-718 outside Greater China. LC-718 is an ADC in Phase 1 trials in cancer patients.", "Lancang Isotope", "Maplecrest Bio", 175),
    ]
    for text, licensor, licensee, upfront in cases:
        deal = facts(text)["deals"][0]
        assert deal.licensor.startswith(licensor) and deal.licensee.startswith(licensee), (text, deal)
        assert deal.upfront.amount == upfront


def test_a_name_that_is_also_a_word_is_a_company_when_the_text_says_so(facts):
    text = ("In May 2025, Corvane Bio announced that it had granted exclusive rights to develop, make and sell "
            "its drugs CVB-12 and CVB-14 to Atlas. Notably, Atlas is a joint venture newly set up by two venture "
            "funds. Atlas will make an upfront payment of $25 million.")
    deal = facts(text)["deals"][0]
    assert (deal.licensor, deal.licensee) == ("Corvane Bio", "Atlas")


def test_a_common_word_stays_a_word_even_when_described(facts):
    text = ("Corvane Bio has licensed CVB-12 to Meridell Pharmaceuticals for $25 million upfront. "
            "This is a company that grew fast.")
    deal = facts(text)["deals"][0]
    assert deal.licensee == "Meridell Pharmaceuticals"


def test_a_name_after_a_lead_verb_and_a_place_is_a_company_without_a_role_word_after_it():
    from pharmalens.extraction.companies import find_companies
    from pharmalens.extraction.lexicon import default_lexicon
    text = "远山医药公告,拟投资5000万美元收购中国苏州青禾生技位于苏州之生产资产。"
    names = [m.name for m in find_companies(text, default_lexicon())]
    assert "苏州青禾生技" in names


def test_medicines_is_a_trade_suffix_in_both_scripts_of_a_sentence():
    from pharmalens.extraction.companies import find_companies
    from pharmalens.extraction.lexicon import default_lexicon
    for text in ("QX-12双抗:授权Halvern Medicines,首付款2000万美元;", "Orvella Medicines agreed to pay $5 million."):
        names = [m.name for m in find_companies(text, default_lexicon())]
        assert any(n.endswith("Medicines") for n in names), text


def test_everyday_words_before_a_trade_word_in_a_companys_slot_name_a_company() -> None:
    from pharmalens.extraction.companies import find_companies
    from pharmalens.extraction.lexicon import default_lexicon
    text = ("Tessaly Bio closed a $40 million Series A. Granite Ridge Partners led the financing, with "
            "participation from Copper Kettle Capital. Public Health said nothing.")
    found = {m.name for m in find_companies(text, default_lexicon())}
    assert {"Granite Ridge Partners", "Copper Kettle Capital"} <= found
    assert "Public Health" not in found


def test_the_rights_a_company_grants_after_agreeing_with_a_third_party_are_its_own(facts):
    for text in ("2026年2月3日，岚峤生物宣布与Harrowgate Partners达成协议，将其自主研发的LQ-706在大中华区以外的全球权益"
                 "授权给新成立的Pellion Therapeutics，岚峤生物将获得8000万美元首付款。",
                 "2026年2月3日，嵐嶠生物宣布與Harrowgate Partners達成協議，將其自主研發的LQ-706在大中華區以外的全球權益"
                 "授權給新成立的Pellion Therapeutics，嵐嶠生物將獲得8000萬美元首付款。"):
        deal = facts(text)["deals"][0]
        assert (deal.licensor, deal.licensee) in (("岚峤生物", "Pellion Therapeutics"), ("嵐嶠生物", "Pellion Therapeutics"))
