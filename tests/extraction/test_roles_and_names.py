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
