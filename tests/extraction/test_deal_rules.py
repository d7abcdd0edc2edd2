"""Deal rules, each in our own words: who is licensor, what each amount is, one deal per relation."""


def _deals(facts, text):
    return facts(text)["deals"]


def test_the_party_that_is_paid_is_the_licensor_when_no_verb_says_who_grants(facts):
    text = ("Corvane Bio and Meridell Pharmaceuticals signed a collaboration agreement. "
            "Corvane Bio is getting $35 million in cash up front and could earn $640 million in milestones.")
    deal = _deals(facts, text)[0]
    assert (deal.licensor, deal.licensee) == ("Corvane Bio", "Meridell Pharmaceuticals")
    assert deal.upfront.amount == 35 and deal.milestones.amount == 640


def test_a_converted_amount_in_brackets_is_not_a_second_term(facts):
    text = ("Under the licence, Meridell Pharmaceuticals will pay Corvane Bio €80 million ($88.4 million) upfront "
            "and up to €300 million ($331.5 million) in sales milestones.")
    deal = _deals(facts, text)[0]
    assert deal.upfront.currency == "EUR" and deal.upfront.amount == 80
    assert deal.milestones.amount == 300


def test_a_total_that_includes_the_upfront_is_the_total(facts):
    text = "朗川药业与欧洲药企Harvane达成独家授权协议,朗川药业将收取至多3.2亿美元总付款,其中包含2000万美元首付款。"
    deal = _deals(facts, text)[0]
    assert deal.total.amount == 320 and deal.upfront.amount == 20 and deal.milestones is None


def test_two_deals_in_one_sentence_keep_their_own_terms(facts):
    text = ("2024年,辉瑞以5亿美元首付款收购澄江生物的双抗项目,礼来则以1.5亿美元首付款牵手青禾医药。")
    deals = {d.licensor: d for d in _deals(facts, text)}
    assert deals["澄江生物"].upfront.amount == 500 and deals["澄江生物"].deal_type == "acquisition"
    assert deals["青禾医药"].upfront.amount == 150


def test_a_minority_stake_is_equity_and_a_majority_is_an_acquisition(facts):
    minority = _deals(facts, "远方医药(01899)公布,斥3.4亿元收购江南诊断24.5%股权。")[0]
    majority = _deals(facts, "远方医药(01899)公布,斥9.1亿元收购江南诊断62%股权。")[0]
    assert minority.deal_type == "equity" and majority.deal_type == "acquisition"


def test_companies_in_one_list_are_not_each_others_counterparty(facts):
    text = "今年以来,随着辉瑞、礼来等跨国巨头并购入局,市场迅速升温。"
    assert _deals(facts, text) == []


def test_round_up_pairs_read_buyer_first_with_terms_in_brackets(facts):
    text = ("Biopharma in-licensing deals for oncology drug candidates in 2025: highlights included Pfizer–Quorvane (May 2025, $90 million upfront, $1.1 billion milestones) and "
            "Novartis–Teltrix (June 2025, $40 million upfront, $800 million milestones).")
    deals = {d.licensor: d for d in _deals(facts, text)}
    assert deals["Quorvane"].licensee == "Pfizer" and deals["Quorvane"].upfront.amount == 90
    assert deals["Teltrix"].milestones.amount == 800 and deals["Teltrix"].announced == "2025-06"


def test_an_unnamed_filer_is_a_party_without_a_name(facts):
    text = ("Pending Acquisition\nOn March 2, 2026, the Company announced that it entered into a definitive agreement "
            "to acquire Quorvane Therapeutics. The agreement provides for an upfront payment of $120.0 million.")
    deal = _deals(facts, text)[0]
    assert deal.licensor == "Quorvane Therapeutics" and deal.licensee is None and deal.upfront.amount == 120


def test_acquiring_rights_to_a_drug_is_a_licence_not_a_takeover(facts):
    text = ("Meridell Pharmaceuticals acquired the worldwide rights to Corvane Bio's CVB-207 "
            "for $25 million upfront.")
    deal = _deals(facts, text)[0]
    assert deal.deal_type == "license" and deal.licensee == "Meridell Pharmaceuticals"


def test_companies_given_as_examples_are_not_partners(facts):
    text = ("Large drugmakers such as Meridell Pharmaceuticals and Corvane Bio have signed "
            "licensing deals worth $2 billion this year.")
    assert _deals(facts, text) == []


def test_an_aside_in_brackets_does_not_say_who_pays(facts):
    text = ("Corvane Bio and Meridell Pharmaceuticals signed a licence agreement (Meridell paid $10 million to another partner last year); "
            "Corvane Bio will receive $30 million upfront.")
    deal = _deals(facts, text)[0]
    assert deal.licensor == "Corvane Bio"


def test_deals_under_a_year_heading_take_that_year_not_a_date_from_another_paragraph(facts):
    text = ("医药交易盘点\n2025年开局强劲,一月已有九笔交易。\n2024回顾\n"
            "全年授权交易数量与首付款总额再创新高,抗体与小分子药物领跑,海外药企对中国创新药的兴趣持续升温,多家企业达成大额合作。\n"
            "其中,澄江生物与辉瑞达成的双抗交易以3亿美元首付款成为年度最大交易。\n"
            "此外,2023年火热的领域在今年降温。\n")
    deal = _deals(facts, text)[0]
    assert deal.announced == "2024" and deal.upfront.amount == 300


def test_a_date_line_above_a_paragraph_dates_its_deal(facts):
    text = ("Deal tracker\nMarch 4, 2026\nLicensing of radioligands went on at pace this quarter, with several "
            "Western buyers adding clinical-stage programmes from smaller developers.\n"
            "Quorvane Therapeutics licensed QRV-88 to Meridell Pharmaceuticals for $45 million upfront.\n"
            "In 2019 Quorvane had raised a seed round.\n")
    deal = _deals(facts, text)[0]
    assert deal.announced == "2026-03-04"


def test_a_deal_table_flattened_to_one_cell_per_line_gives_a_deal_per_row(facts):
    text = ("2025年值得关注的并购交易\n\n被收购方/卖方\n\n收购方/买方\n\n资产\n\n交易价值(美元)\n\n公布日期\n\n"
            "澄江生物\n\n远山医药\n\n双抗\n\n6.2亿美元\n\n2025年3月9日\n\n"
            "Quorvane Therapeutics*\n\n青禾医药\n\n小分子\n\n1.5亿美元\n\n2025年8月2日\n")
    deals = {d.licensor: d for d in _deals(facts, text)}
    first, second = deals["澄江生物"], deals["Quorvane Therapeutics"]
    assert first.licensee == "远山医药" and first.deal_type == "acquisition"
    assert first.total.amount == 620 and first.total.currency == "USD" and first.announced == "2025-03-09"
    assert second.licensee == "青禾医药" and second.total.amount == 150


def test_prose_lines_are_not_a_flattened_table(facts):
    from pharmalens.extraction.table import read_tables
    text = "公司\n产品\n进展\n公司今年推进了多个产品的临床研究,进展顺利,预计明年提交上市申请。\n"
    assert read_tables(text) == []


def test_a_traditional_article_keeps_its_own_writing_of_asset_names(facts):
    text = "遠山醫藥(01234.HK)公布,公司與青禾生技就其自主研發的鑫樂注射液達成授權協議,青禾生技將支付首付款人民幣3000萬元。"
    deal = _deals(facts, text)[0]
    assert deal.asset == "鑫樂注射液" and deal.licensor == "遠山醫藥"


def test_a_marketing_authorisation_holder_is_not_a_licence_word(facts):
    text = ("青禾医药与远山医药就降糖新药QH-5在中国达成商业合作协议。根据协议条款,青禾医药作为药品上市许可持有人将负责生产,"
            "远山医药负责推广,青禾医药将收取首付款人民币1亿元。")
    deal = _deals(facts, text)[0]
    assert deal.deal_type == "collaboration"



def test_the_seller_named_after_cong_is_not_the_buyer():
    from pharmalens.extraction.companies import CompanyMention
    from pharmalens.extraction.parties import find_all_parties
    sentence = "注:远山医药从青禾医药及其他股东收购Quorvane。"
    names = ["远山医药", "青禾医药", "Quorvane"]
    mentions = [CompanyMention(sentence.index(n), sentence.index(n) + len(n), n, n, True) for n in names]
    pairs = {(p.licensor.name, p.licensee.name) for p, _ in find_all_parties(sentence, 0, mentions)}
    assert ("Quorvane", "青禾医药") not in pairs


def test_a_pair_heading_over_term_lines_names_both_parties_even_a_newco_with_a_number(facts):
    text = ("新公司模式交易盘点 2026-02-03\n\n"
            "1. 瑞霖生技 × Larkspur 2031\n\n"
            "合作内容:授权口服小分子QRX-118的海外权益;\n\n"
            "交易金额:首付款数千万美元,里程碑付款2.6亿美元,瑞霖生技保留18.5%股权;\n\n"
            "2. 岳麓生物 x Ferngate Bio\n\n"
            "合作内容:授权双抗YL-204;\n\n"
            "交易金额:首付款4000万美元。\n")
    deals = {d.licensee: d for d in _deals(facts, text)}
    first = deals["Larkspur 2031"]
    assert first.licensor == "瑞霖生技" and first.upfront is None  # 数千万 is no figure
    assert first.milestones.amount == 260 and first.deal_type != "equity"
    assert first.announced == "2026-02-03"
    assert deals["Ferngate Bio"].licensor == "岳麓生物" and deals["Ferngate Bio"].upfront.amount == 40


def test_shares_a_licensor_keeps_or_receives_do_not_make_a_licence_an_equity_deal(facts):
    text = ("Halvern Bio licensed its lead antibody to Quorvane Therapeutics for $25 million upfront "
            "and receives a 15% equity stake in Quorvane Therapeutics.")
    assert _deals(facts, text)[0].deal_type == "license"
    stake = _deals(facts, "远方医药(01899)公布,斥3.4亿元收购江南诊断24.5%股权。")[0]
    assert stake.deal_type == "equity"


def test_an_asset_whose_text_names_no_owner_belongs_to_the_licensor_of_its_deal(facts):
    text = ("3. 瑞霖生技 × Ferngate Bio\n\n"
            "合作内容:授权CD19/CD3双抗QRX-330的海外权益;\n\n"
            "交易金额:里程碑付款3.1亿美元。\n")
    assets = {a.asset: a for a in facts(text)["assets"]}
    assert assets["QRX-330"].company == "瑞霖生技"


def test_a_sale_of_one_company_to_another_is_an_acquisition_and_each_clause_keeps_its_kind(facts):
    text = ("Ms. Arden, a biotech veteran, led the sale of Quorvane Therapeutics to Halvern Pharma for $420 million, "
            "and the sale of Teltrix Bio to Oaken Biologics for $90 million. Both companies develop cancer drugs.")
    deals = {d.licensor: d for d in _deals(facts, text)}
    assert deals["Quorvane Therapeutics"].licensee == "Halvern Pharma"
    assert deals["Teltrix Bio"].licensee == "Oaken Biologics"
    assert {d.deal_type for d in deals.values()} == {"acquisition"}
    assert deals["Teltrix Bio"].total.amount == 90
    from pharmalens.extraction.companies import find_companies
    from pharmalens.extraction.lexicon import default_lexicon
    assert "Arden" not in {c.name for c in find_companies(text, default_lexicon())}


def test_selling_a_subsidiary_to_a_buyer_makes_the_subsidiary_the_target(facts):
    text = "澄江药业拟将旗下岳麓生物出售给远川医药,交易对价为3.2亿元,岳麓生物主要研发抗肿瘤新药。"
    deal = _deals(facts, text)[0]
    assert (deal.licensor, deal.licensee, deal.deal_type) == ("岳麓生物", "远川医药", "acquisition")
    assert deal.total.amount == 320


def test_a_described_name_whose_first_word_is_common_is_still_a_company(facts):
    text = ("On March 2, 2026, Halvern Pharma announced that it entered into a definitive agreement to acquire "
            "Life Cellular, a subsidiary of Oaken Group Holdings Ltd, for $300 million upfront.")
    deal = _deals(facts, text)[0]
    assert (deal.licensor, deal.licensee) == ("Life Cellular", "Halvern Pharma")


def test_the_group_raising_its_stake_is_the_buyer_named_or_not(facts):
    named = "远方医药(01899)公布,集团以2.3亿元人民币增持澄江诊断12.5%股权。澄江诊断主要从事放射性药物研发。"
    deal = _deals(facts, named)[0]
    assert (deal.licensor, deal.licensee, deal.deal_type) == ("澄江诊断", "远方医药", "equity")
    assert deal.total.amount == 230  # the decimal point in 2.3亿 does not end the clause
    unnamed = "2023年6月,集團以1﹒51億元人民幣增持成都岳霖生物醫藥科技18﹒7%股權。岳霖從事新藥研發。"
    deal = _deals(facts, unnamed)[0]
    assert deal.licensor.startswith("成都岳霖") and deal.licensee is None and deal.total.amount == 151


def test_a_deal_verb_written_against_a_name_is_not_part_of_it_and_each_clause_keeps_its_kind(facts):
    text = ("今年一季度出现多笔中国药企对外授权交易,其中包括辉瑞豪掷超6亿美元淘金康方生物,"
            "以及恒瑞医药就一款临床前双抗与Halvern Bio达成一笔超9亿美元的合作。")
    deals = {d.licensee: d for d in _deals(facts, text)}
    first, second = deals["Pfizer"], deals["Halvern Bio"]
    assert first.licensor == "Akeso" and first.total.amount == 600
    assert second.licensor == "Hengrui Pharma" and second.deal_type == "collaboration" and second.total.amount == 900


def test_a_round_up_pair_with_an_option_is_one_option_deal(facts):
    text = ("In neurology, Halvern Pharma–Quorvane Therapeutics (May 2025) secured an option to the dementia "
            "vaccine QRX-24 ($80 million upfront, $1.3 billion milestones). Biotech deals rose.")
    deals = _deals(facts, text)
    assert len(deals) == 1
    deal = deals[0]
    assert (deal.licensor, deal.licensee, deal.deal_type) == ("Quorvane Therapeutics", "Halvern Pharma", "option")
    assert deal.upfront.amount == 80 and deal.milestones.amount == 1300


def test_a_deal_naming_its_asset_only_by_referring_back_takes_the_asset_named_before(facts):
    zh = ("青禾医药自主研发的创新制剂注射用兰替瑞林微球已于近日获得国家药品监督管理局批准上市。"
          "远山医药与青禾医药将就该产品商业化开展战略合作。")
    assert [d.asset for d in facts(zh)["deals"]] == ["注射用兰替瑞林微球"]
    en = ("Halvern Bio said QX-310 met its primary endpoint in a Phase 3 study. "
          "Quorvane Pharma agreed to license the drug from Halvern Bio for $25 million upfront.")
    assert [d.asset for d in facts(en)["deals"]] == ["QX-310"]
    other_paragraph = ("Halvern Bio said QX-310 met its primary endpoint in a Phase 3 study.\n\n"
                       "Separately, Quorvane Pharma agreed to license a drug from Norvex for $25 million upfront.")
    assert [d.asset for d in facts(other_paragraph)["deals"]] == [None]


def test_an_amount_called_upfront_stays_upfront_when_milestones_are_promised_after_it(facts):
    text = ("Quorvane Bio is handing Halvern Pharma the rights to its lead program in Japan in exchange for "
            "$15 million upfront and the promise of milestones.")
    (deal,) = _deals(facts, text)
    assert deal.upfront.amount == 15 and deal.milestones is None


def test_an_amount_spent_on_an_acquisition_is_its_price_through_a_converted_amount_in_brackets(facts):
    for text in ("青禾医药董事会通过投资案，投资5千万美元（约新台币15亿元）收购远山生技位于苏州之营运资产。",
                 "青禾醫藥董事會通過投資案，投資5千萬美元（約新台幣15億元）收購遠山生技位於蘇州之營運資產。"):
        (deal,) = _deals(facts, text)
        assert deal.deal_type == "acquisition" and (deal.total.amount, deal.total.currency) == (50, "USD")


def test_taking_part_in_a_fundraising_is_an_equity_deal_even_beside_a_partnership_word(facts):
    for text in ("为强化与远山生物科技有限公司合作关系，青禾医药拟参与远山生物科技有限公司募资计划，每股15元，总金额人民币3亿元。",
                 "為強化與遠山生物科技有限公司合作關係，青禾醫藥擬參與遠山生物科技有限公司募資計畫，每股15元，總金額人民幣3億元。"):
        assert [d.deal_type for d in _deals(facts, text)] == ["equity"]


def test_a_date_written_with_the_signing_verb_dates_the_deal_over_the_news_date(facts):
    zh = ("2026年3月5日,青禾医药宣布,合作方远山医药就QH-88获FDA快速通道认定。"
          "青禾医药于2024年11月与远山医药订立独家许可协议,授予远山医药QH-88的全球权益。")
    assert [d.announced for d in _deals(facts, zh)] == ["2024-11"]
    en = ("March 5, 2026 - Quorvane Bio said its partner Halvern Pharma won fast track status for QRV-88. "
          "In November 2024, Quorvane Bio signed an exclusive license agreement with Halvern Pharma for QRV-88.")
    assert [d.announced for d in _deals(facts, en)] == ["2024-11"]


def test_trading_or_offloading_a_unit_to_a_buyer_is_its_sale(facts):
    text = ("Halvern Pharma has moved to offload its dermatology drug unit as its new chief executive reviews "
            "the pipeline. Halvern Pharma aims to trade the unit to Quorvane Therapeutics in return for $200 million.")
    (deal,) = _deals(facts, text)
    assert (deal.licensor, deal.licensee, deal.deal_type) == ("Halvern Pharma", "Quorvane Therapeutics", "acquisition")
    assert deal.total.amount == 200


def test_a_year_the_text_compares_with_does_not_date_the_deals_after_it(facts):
    zh = ("中国药企在2026年达成了创纪录的对外授权交易，比2025年的400亿美元翻了一番。"
          "关键协议包括青禾医药与辉瑞的30亿美元授权交易。")
    assert [d.announced for d in _deals(facts, zh)] == ["2026"]
    en = ("Chinese drugmakers signed record licensing deals in 2026, double the $40 billion than in 2025. "
          "Among the key agreements, Pfizer licensed a cancer drug from Quorvane Bio for $3 billion.")
    assert [d.announced for d in _deals(facts, en)] == ["2026"]


def test_the_company_a_licence_is_granted_to_is_the_licensee_though_the_grantor_goes_unnamed(facts):
    for text in ("QX-77(PD-1单抗):授权Orindel Therapeutics,首付款2000万美元,里程碑付款3亿美元。",
                 "QX-77 was licensed to Orindel Therapeutics for $20 million upfront and up to $300 million in milestones."):
        deal, = _deals(facts, text)
        assert deal.licensee == "Orindel Therapeutics" and deal.licensor is None


def test_the_company_that_taps_another_is_the_licensee(facts):
    deal, = _deals(facts, "Marlow Biologics tapped Corvane Therapeutics in a deal worth up to $700 million for its ADC.")
    assert (deal.licensor, deal.licensee) == ("Corvane Therapeutics", "Marlow Biologics")


def test_the_subject_that_buys_is_the_acquirer_however_long_the_clause_before_the_verb(facts):
    text = ("衡湾生物昨天董事会通过两个投资案，分别是投资2千万美元（约新台币6.1亿元）收购上海澄江生技位于上海之营运资产，"
            "用以提升衡湾生物在细胞疗法领域之竞争力。")
    deal, = _deals(facts, text)
    assert (deal.licensor, deal.licensee) == ("上海澄江生技", "衡湾生物")


def test_a_sole_named_company_that_secures_rights_is_the_licensee(facts):
    for text in ("QX-12 is a PD-1 antibody from a partner's oncology pipeline. Marlow Bio has secured global rights to QX-12 under a licence "
                 "agreement worth up to $400 million.",
                 "QX-12来自合作方管线。衡湾生物将获得QX-12的全球权益,许可协议总额最高4亿美元。"):
        deal, = _deals(facts, text)
        assert deal.licensee in ("Marlow Bio", "衡湾生物") and deal.licensor is None


def test_an_equity_investment_beside_an_upfront_is_a_side_term_not_the_deals_kind(facts):
    text = ("Corvane, Tessaly sign $900M oncology radiopharmaceutical pact. Corvane Oncology receives $40 million "
            "upfront and an equity investment from Tessaly Pharma, with milestones to come.")
    deal, = _deals(facts, text)
    assert deal.deal_type != "equity" and deal.upfront.amount == 40


def test_jointly_funded_or_developed_programmes_are_a_collaboration():
    from pharmalens.extraction.deal_kinds import deal_type
    assert deal_type("Tessaly–Corvane (May 2026, $90 million joint funding, $2 billion milestones)", "") == "collaboration"
    assert deal_type("澄湾生物与衡湾医药将共同开发QX-5,首付款1亿元", "") == "collaboration"
    assert deal_type("Tessaly licensed QX-5 to Corvane for $90 million upfront", "") == "license"


def test_one_company_dealing_with_two_others_is_a_party_of_the_deal(facts):
    text = "关键授权协议包括澄湾生物与辉瑞和衡湾医药的90亿美元交易,涉及两款ADC药物的全球权益。"
    deals = _deals(facts, text)
    assert any("澄湾生物" in (d.licensor, d.licensee) for d in deals)


def test_a_milestone_that_is_a_figure_of_speech_makes_no_deal(facts):
    for text in ("国药集团国药中生的新疫苗工厂本周投产,公司称这是其产能建设的重要里程碑。",
                 "辉瑞和诺华在核药领域都迎来了重要里程碑,两家公司的镥-177产品均进入临床。"):
        assert _deals(facts, text) == []


def test_two_companies_and_an_amount_without_a_verb_between_them_still_make_a_deal(facts):
    deal, = _deals(facts, "衡湾生物今年收到澄江医药支付的5000万美元里程碑付款,该ADC合作进展顺利。")
    assert {deal.licensor, deal.licensee} == {"衡湾生物", "澄江医药"}


def test_cash_paid_beside_milestones_is_the_upfront_and_cash_for_a_company_is_its_price(facts):
    text = ("Marlow Bio is paying $25 million in cash plus as much as $1.2 billion tied to milestones to Corvane "
            "Therapeutics for an exclusive license to its epilepsy drug QX-901.")
    deal, = _deals(facts, text)
    assert deal.upfront.amount == 25 and deal.milestones.amount == 1200
    deal, = _deals(facts, "Marlow Bio agreed to acquire Corvane Therapeutics, an oncology drugmaker, for $300 million in cash.")
    assert deal.upfront is None and deal.total.amount == 300


def test_the_company_the_article_says_developed_the_drug_is_the_licensor_of_an_undirected_pair(facts):
    for text in ("衡湾制药自主研发的注射用QX微球上月获批。澄江锦屏与衡湾制药将在国内共同推广该产品并签署合作协议。",
                 "衡湾制药自主研发的注射用QX微球上月获批。衡湾制药与澄江锦屏将在国内共同推广该产品并签署合作协议。"):
        deal, = _deals(facts, text)
        assert (deal.licensor, deal.licensee) == ("衡湾制药", "澄江锦屏")


def test_a_short_name_paired_with_a_known_company_in_an_agreement_is_a_company():
    from pharmalens.extraction.companies import find_companies
    from pharmalens.extraction.lexicon import default_lexicon
    text = "QX微球上月获批。澄江锦屏与绿叶制药将在国内共同推广该产品并签署合作协议。公司与绿叶制药另签署了供货协议。"
    found = {m.name for m in find_companies(text, default_lexicon())}
    assert "澄江锦屏" in found and "公司" not in found


def test_a_signing_fee_is_the_upfront_and_milestones_tied_to_stages_and_the_total_package_are_read(facts):
    zh = ("衡湾药业与澄江生医签署授权协议,衡湾药业将支付签约金1,500万美元,后续依研发及销售进度支付里程碑金,"
          "最高达3.2亿美元,授权总金额最高可达3.35亿美元。")
    en = ("Corvane Bio licensed QX-8 to Marlow Pharma for $120 million upfront, with another $1.3 billion tied to "
          "development, regulatory and commercial milestones, putting the total package at up to $1.42 billion.")
    for text, (upfront, milestones, total) in ((zh, (15, 320, 335)), (en, (120, 1300, 1420))):
        deal, = _deals(facts, text)
        assert (deal.upfront.amount, deal.milestones.amount, deal.total.amount) == (upfront, milestones, total)


def test_milestones_listed_by_stage_cash_at_completion_an_option_fee_and_an_upfront_that_includes_shares(facts):
    cases = [
        ("恒瑞医药将一款ADC候选药物QX-11的全球独家权益授予辉瑞，获得首付款2500万美元，并有资格获得最高7.2亿美元的"
         "开发、注册及销售里程碑付款。", {"upfront": 25, "milestones": 720}),
        ("根据协议，恒瑞医药将获得1.2亿美元的首付款，其中包括现金及Tessine Bio的少数股权；Tessine Bio获得QX-3的全球权益，"
         "连同后续里程碑付款，交易潜在总金额最高可达15亿美元。", {"upfront": 120, "total": 1500}),
        ("远大医药公布收购Tessine Bio的QX-9核药资产,收购事项的代价最高为1.9亿美元，包括：(i)于完成时以现金支付的1.2亿美元；"
         "及(ii)视乎目标产品达成若干临床里程碑而支付的最高7,000万美元或然代价。", {"upfront": 120, "milestones": 70, "total": 190}),
        ("百济神州公告,拜耳将向本公司支付1,500万美元选择权费，以换取QX-5抗体于大中华区以外全球权益的独家选择权。", {"upfront": 15}),
    ]
    for text, terms in cases:
        deal, = _deals(facts, text)
        assert {role: getattr(deal, role).amount for role in terms} == terms


def test_a_firm_named_in_the_role_it_serves_is_no_party_and_a_filing_term_is_no_company(facts):
    text = ("董事会欣然宣布,本公司与配售代理高盛(亚洲)有限责任公司订立配售协议,据此配售代理同意促使承配人认购2,000万股新H股。"
            "收购事项构成本公司的须予披露交易,须予披露的资料载于本公告。QX-7抗体新药研发进展顺利。")
    assert _deals(facts, text) == []
    from pharmalens.extraction.companies import find_companies
    from pharmalens.extraction.lexicon import default_lexicon
    assert "须予" not in {m.name for m in find_companies(text, default_lexicon())}


def test_a_later_sentence_that_grants_rights_to_one_party_directs_the_pair(facts):
    text = ("Marlow Pharma and Corvane Bio signed a collaboration agreement on oncology antibodies worth $300 million. "
            "Under the agreement, QX-7 is licensed to Marlow Pharma.")
    deal, = _deals(facts, text)
    assert (deal.licensor, deal.licensee) == ("Corvane Bio", "Marlow Pharma")


def test_the_company_that_licenses_a_drug_developed_elsewhere_is_the_licensee(facts):
    text = ("Under a $210 million pact, Holbeck Therapeutics will license QX-3, an antibody discovered by "
            "Marrow Biosciences. 岚汐医药与澄屿生物签约。")
    deal = next(d for d in _deals(facts, text) if "Holbeck Therapeutics" in (d.licensor, d.licensee))
    assert (deal.licensor, deal.licensee) == ("Marrow Biosciences", "Holbeck Therapeutics")


def test_lines_under_a_companys_deal_heading_are_its_deals(facts):
    text = ("NewCo交易盘点\n\n1. 海屿系列交易\n\nQX-3(双抗):授权给Corvane Therapeutics,首付款2000万美元;\n\n"
            "QX-8(单抗):授权给Tarnwyl Bio,总金额3亿美元。\n")
    deals = {d.licensee: d for d in _deals(facts, text)}
    assert {deals[n].licensor for n in ("Corvane Therapeutics", "Tarnwyl Bio")} == {"海屿"}


def test_the_developer_of_the_product_a_deal_refers_back_to_is_its_licensor(facts):
    text = ("澄屿制药自主研发的注射用QX缓释微球(澄达)本周在国内上市,适应症为子宫内膜异位症。"
            "该产品每三个月给药一次;此外,岚汐与澄屿制药将在该产品的销售上展开合作。")
    deal = _deals(facts, text)[0]
    assert (deal.licensor, deal.licensee) == ("澄屿制药", "岚汐")
    assert deal.asset == "注射用QX缓释微球"



def test_the_company_paid_to_is_the_licensor_and_one_that_gets_paid_is_too(facts):
    paid_to = facts("澄屿医药-B公告,公司与Quorvane结束了双方的授权许可安排。截至目前,公司仅向Quorvane支付过"
                    "6000万美元首付款。")["deals"]
    assert [(d.licensor, d.licensee) for d in paid_to] == [("Quorvane", "澄屿医药")]
    granted = facts("英國的Marrow Pharmaceuticals與Pfizer就一款抗體達成授權協議,Marrow把該抗體授權予Pfizer,"
                    "簽約時可獲支付3億美元。")["deals"]
    assert [(d.licensor, d.licensee) for d in granted] == [("Marrow Pharmaceuticals", "Pfizer")]


def test_a_deal_told_with_the_short_name_of_a_company_named_in_full_before(facts):
    text = ("Tarnwyl Biosciences added a second licensed programme this year. For QX-311, Tarnwyl will pay "
            "Marrow Pharmaceuticals $25 million upfront and as much as $900 million in milestones; the licence Tarnwyl "
            "gains covers all markets.")
    deal = _deals(facts, text)[0]
    assert (deal.licensor, deal.licensee, deal.upfront.amount) == ("Marrow Pharmaceuticals", "Tarnwyl Biosciences", 25)


def test_two_companies_said_to_act_each_on_its_own_are_not_each_others_party():
    from pharmalens.documents.articles import read_articles
    from pharmalens.extraction.context import Context
    from pharmalens.extraction.deals import _listed_together
    from pharmalens.extraction.lexicon import default_lexicon
    from pharmalens.extraction.parties import Parties
    from pharmalens.sources.files import SourceFile
    for text in ("本轮配售中,松柏控股和Harlow Capital分别出资1500万美元、300万美元认购新股。",
                 "Orvane Therapeutics and, in a second tranche, Harlow Pharmaceuticals put in $15 million and $3 million respectively."):
        ctx = Context(read_articles(SourceFile("t.txt", "t.txt", ".txt", text.encode()))[0], default_lexicon())
        first, second = ctx.companies[0], ctx.companies[-1]
        assert _listed_together(ctx, Parties(first, second, False)), text


def test_rights_licensed_in_from_a_company_introduced_by_its_home_city(facts):
    text = ("Tarnveld Bio said QX-12 met its goal. Tarnveld in-licensed global rights to QX-12 from Lyon-based "
            "Jorvane Biotech in 2024, paying $15 million upfront.")
    deal = _deals(facts, text)[0]
    assert (deal.licensor, deal.licensee) == ("Jorvane Biotech", "Tarnveld Bio")


def test_an_option_on_a_second_asset_is_its_own_deal_and_terms_go_to_the_asset_they_name(facts):
    text = ("Tarnveld Bio and Pfizer today announced a license and option agreement. Under the agreement, rights "
            "to QX-10 outside China were granted to Pfizer by Tarnveld Bio. Tarnveld Bio will receive $30 million "
            "upfront and up to $700 million in milestones.\n\nPfizer also obtains an exclusive option to license "
            "QX-20, a preclinical antibody, for an option fee of $5 million. If the option is exercised, Tarnveld Bio "
            "could receive up to $300 million in total for QX-20.\n\nThis release contains forward-looking "
            "statements about milestone payments of up to $700 million and Pfizer's plans for QX-10.")
    deals = {d.asset: d for d in _deals(facts, text)}
    assert deals["QX-20"].deal_type == "option" and deals["QX-20"].upfront.amount == 5
    assert deals["QX-20"].total.amount == 300 and deals["QX-20"].milestones is None
    assert deals["QX-10"].upfront.amount == 30 and deals["QX-10"].milestones.amount == 700


def test_a_deal_whose_paragraph_says_the_pair_will_choose_targets_together_is_a_collaboration(facts):
    text = ("Halvorsen Bio lands radioligand pact\n\n"
            "Orrin Therapeutics is paying Halvorsen Bio $45 million in cash up front in a deal worth up to $900 million. "
            "The companies will work on alpha-emitter conjugates, and Orrin will select the targets.")
    assert _deals(facts, text)[0].deal_type == "collaboration"


def test_a_paragraph_naming_another_company_does_not_lend_its_kind(facts):
    text = ("Orrin Therapeutics is paying Halvorsen Bio $45 million in cash up front in a deal worth up to $900 million. "
            "Separately, Tarnwyl Pharma expanded its drug discovery alliance with Maribel Group.")
    deal = next(d for d in _deals(facts, text) if d.licensor == "Halvorsen Bio")
    assert deal.deal_type == "license"


def test_an_ai_discovery_deal_in_a_round_up_is_a_collaboration_in_both_scripts(facts):
    english = ("Other highlights: Meridell–Quenbar (May 2025, $80 million upfront, $2.1 billion milestones for AI-driven "
               "oncology), Tarnwyl–Corvane (April 2025, $20 million upfront for an obesity peptide).")
    kinds = {d.licensor: d.deal_type for d in _deals(facts, english)}
    assert kinds.get("Quenbar") == "collaboration" and kinds.get("Corvane") == "license"
    chinese = "岚屿生物与澄江医药达成AI药物发现合作,澄江医药将支付首付款2000万美元。"
    assert _deals(facts, chinese)[0].deal_type == "collaboration"


def test_a_payer_in_the_progressive_is_the_licensee(facts):
    text = "Orrin Therapeutics is paying Halvorsen Bio $45 million in cash up front for rights to HB-12."
    deal = _deals(facts, text)[0]
    assert (deal.licensor, deal.licensee) == ("Halvorsen Bio", "Orrin Therapeutics")


def test_an_upfront_told_with_near_term_payments_is_the_upfront_not_the_total(facts):
    english = ("Orrin Bio licenses cancer drug from Halvorsen Bio. Under the licence, Orrin Bio will make an upfront "
               "payment and near-term milestone payments totaling $80 million to Halvorsen Bio for the antibody HB-12, "
               "along with up to $300 million in milestones.")
    deal = _deals(facts, english)[0]
    assert deal.upfront.amount == 80 and deal.total is None
    chinese = ("澄江医药与岚屿生物就抗体LY-7达成授权协议,澄江医药将支付首付款及近期里程碑付款合计1.2亿美元,"
               "以及最高8亿美元的里程碑付款。")
    deal = _deals(facts, chinese)[0]
    assert deal.upfront.amount == 120 and deal.milestones.amount == 800


def test_two_licensors_paid_together_are_one_deal(facts):
    text = ("Orrin Therapeutics licenses radioligand from Halvorsen Bio and Quenbar Pharma\n\n"
            "Orrin Therapeutics will pay Halvorsen Bio and Quenbar Pharma €50 million upfront and up to €150 million "
            "in milestones. In exchange, Orrin Therapeutics will acquire global rights to HQ-212, while Quenbar Pharma "
            "will manufacture the drug.")
    deals = _deals(facts, text)
    assert len(deals) == 1
    assert deals[0].asset == "HQ-212" and deals[0].upfront.amount == 50


def test_a_partnership_worth_a_sum_told_before_its_counterparty_is_named_keeps_that_total(facts):
    english = ("Orrin Therapeutics is gaining a partner in Europe through a partnership potentially worth $95 million. "
               "The biotech is handing Quenbar Pharma the rights to its lead antibody ORR-5 in Europe in exchange for "
               "$5 million upfront.")
    deal = _deals(facts, english)[0]
    assert deal.total.amount == 95 and deal.upfront.amount == 5
    chinese = ("岚屿生物宣布一项潜在总额达3亿美元的合作交易。岚屿生物将抗体LY-9的大中华区权益授予岭川医药,"
               "获得首付款2000万美元。")
    deal = _deals(facts, chinese)[0]
    assert deal.total.amount == 300 and deal.upfront.amount == 20


def test_a_deal_made_with_a_company_and_no_subject_belongs_to_the_company_the_sentence_before_is_about(facts):
    chinese = ("诺华今年在中国连续出手,引进的项目覆盖肿瘤与免疫。3月又与岭川医药签下授权合作,"
               "潜在总额超20亿美元。")
    deal = _deals(facts, chinese)[0]
    assert {deal.licensor, deal.licensee} == {"岭川医药", "Novartis"}
    english = ("By our count, Novartis has several partners in China. In March it signed with Quenbar Pharma a licence "
               "worth up to $2 billion.")
    deal = _deals(facts, english)[0]
    assert {deal.licensor, deal.licensee} == {"Quenbar Pharma", "Novartis"}


def test_the_product_a_deal_refers_back_to_is_not_the_description_of_it_in_between(facts):
    text = ("上周,注射用亮丙瑞林微球(澄达)作为岭川医药的独家品种正式获批。该产品为一款亮丙瑞林长效微球制剂;"
            "恒屿生物随即宣布与岭川医药就该产品在华东的推广开展合作。")
    deal = _deals(facts, text)[0]
    assert deal.asset in ("注射用亮丙瑞林微球", "澄达")


def test_a_joint_venture_named_as_a_party_does_not_make_its_deal_a_newco(facts):
    english = ("Lastly, Quenbar-Halvorsen joint venture Tarnwyl Isotopes and Orrin Bio have signed a supply agreement "
               "for lutetium-177 worth $30 million.")
    assert _deals(facts, english)[0].deal_type == "collaboration"
    chinese = "岭川医药与恒屿生物的合资公司澄霖核药与岚屿生物签署供应协议,合同金额2亿元。"
    assert [d.deal_type for d in _deals(facts, chinese)] == ["collaboration"]


def test_the_date_an_agreement_is_dated_is_when_the_deal_was_made(facts):
    text = ("Halden Therapeutics granted Orrin Bio an exclusive license to HT-9 under the License Agreement "
            "dated March 4, 2019, as amended on July 1, 2022, for $12 million upfront.")
    assert _deals(facts, text)[0].announced == "2019-03-04"
    chinese = "岭川医药与恒屿生物就LY-5订立独家许可协议,协议日期为2020年5月8日,首付款3000万元。"
    assert _deals(facts, chinese)[0].announced == "2020-05-08"


def test_one_deal_told_twice_with_its_asset_capitalised_differently_is_one_record():
    from pharmalens.extraction.context import Context
    from pharmalens.extraction.deal_merging import merged
    from pharmalens.extraction.lexicon import default_lexicon
    from pharmalens.documents.articles import read_articles
    from pharmalens.model.records import Deal, Money
    from pharmalens.sources.files import SourceFile
    text = b"Halden Therapeutics licensed quorvamab to Orrin Bio."
    ctx = Context(read_articles(SourceFile("a.txt", "a.txt", ".txt", text))[0], default_lexicon())

    def deal(asset, **terms):
        return Deal(document="d", evidence=[], extractor="deals", version="3", licensor="Halden Therapeutics",
                    licensee="Orrin Bio", asset=asset, deal_type="license", **terms)
    out = merged(ctx, [deal("quorvamab"), deal("Quorvamab", milestones=Money(90, "USD"))])
    assert len(out) == 1 and out[0].milestones.amount == 90
    assert len(merged(ctx, [deal("quorvamab"), deal("velmarib")])) == 2


def test_subsidiaries_that_sign_are_the_parties_and_their_parents_are_not(facts):
    text = ("澄湖藥業-B(02899.HK)公布,公司之全資附屬公司杭州澄湖藥業有限公司與岭東集團(600777.SH)之全資附屬公司"
            "上海岭東恒醫藥有限公司就CH-77在東南亞的商業化訂立許可協議。\n"
            "根據許可協議,岭東恒醫藥將取得CH-77在該區域的獨家商業化權益。同時,澄湖藥業有權收取總額不超過人民幣3億元的"
            "首付款及里程碑付款。")
    deal = _deals(facts, text)[0]
    assert deal.licensor == "澄湖藥業-B" and deal.licensee.startswith("岭東恒")
    assert deal.total.amount == 300


def test_the_digits_of_a_drug_code_after_getting_are_rights_not_money(facts):
    text = ("岭川医药与恒屿生物就LY-205订立许可协议。根据协议,恒屿生物将获得LY-205在中国的独家权益。"
            "岭川医药有权收取首付款5000万元。")
    deal = _deals(facts, text)[0]
    assert (deal.licensor, deal.licensee) == ("岭川医药", "恒屿生物")


def test_a_per_share_price_then_the_whole_price_makes_the_whole_the_total(facts):
    text = ("Ardent Isotopes will acquire Pellmore Oncology for $21.75 per share in cash, or approximately "
            "$860 million, the companies said on Monday.")
    deal = _deals(facts, text)[0]
    assert deal.deal_type == "acquisition" and deal.total.amount == 860 and deal.equity is None
    text = "Ardent Isotopes will buy Pellmore Oncology at $9.10 a share, for a total equity value of about $2.4 billion."
    deal = _deals(facts, text)[0]
    assert deal.total.amount == 2400 and deal.equity is None
    deal = _deals(facts, "晟澜生物宣布以每股9.1美元现金收购沛墨肿瘤,合计约24亿美元。")[0]
    assert deal.total.amount == 2400 and deal.total.currency == "USD"


def test_the_newco_a_deal_founds_is_its_licensee_and_its_kind_word_is_no_part_of_its_name(facts):
    deal = _deals(facts, "Ardent Isotopes and Bayfront Ventures formed NewCo Kessel Therapeutics, which licensed "
                         "AI-808 from Ardent Isotopes for $30 million upfront.")[0]
    assert deal.deal_type == "newco" and deal.licensor == "Ardent Isotopes" and deal.licensee == "Kessel Therapeutics"
    deal = _deals(facts, "晟澜生物与北辰创投共同成立NewCo沛墨医药,沛墨医药获得SL-707的全球权益,首付款3000万美元。")[0]
    assert deal.deal_type == "newco" and (deal.licensor, deal.licensee) == ("晟澜生物", "沛墨医药")


def test_founding_a_joint_venture_company_is_a_newco_deal_even_without_money(facts):
    for text in ("晟澜生物与北辰集团宣布共同出资设立合资公司澄岳医药，北辰集团持股55%，晟澜生物持股45%。",
                 "晟瀾生物與北辰集團宣佈共同出資設立合資公司澄岳醫藥，北辰集團持股55%，晟瀾生物持股45%。"):
        deal, = _deals(facts, text)
        assert deal.deal_type == "newco" and deal.licensee[:2] == "澄岳"


def test_rights_going_back_to_their_owner_are_no_new_deal(facts):
    records = facts("Ardent Isotopes, a radiopharmaceutical company, said Pellmore Oncology will hand back the rights "
                    "to AI-612 after ending their 2021 licence.")
    assert records["deals"] == [] and records["terminations"]
    records = facts("创新药企晟澜生物公告，沛墨医药将SL-909的授权权益退回晟澜生物，双方2020年签署的许可协议终止。")
    assert records["deals"] == [] and records["terminations"]


def test_an_agreement_ended_is_no_deal_made(facts):
    for text in ("岷昶生技股份有限公司 重大讯息公告\n主旨：本公司与Tolland Bio终止授权合约\n说明：双方合意终止RZ-212日本地区授权合约，"
                 "Tolland Bio将归还RZ-212于日本之全部权利予本公司。",
                 "岷昶生技股份有限公司 重大訊息公告\n主旨：本公司與Tolland Bio終止授權合約\n說明：雙方合意終止RZ-212日本地區授權合約，"
                 "Tolland Bio將歸還RZ-212於日本之全部權利予本公司。"):
        records = facts(text)
        assert records["deals"] == [] and [t.asset for t in records["terminations"]] == ["RZ-212"]


def test_a_chinese_royalty_keeps_its_whole_range(facts):
    deal = _deals(facts, "晟澜生物将SL-330授权沛墨医药，首付款6000万元，并按净销售额收取高个位数至低两位数的特许权使用费。")[0]
    assert deal.royalty == "高个位数至低两位数的特许权使用费"
    deal = _deals(facts, "沛墨医药从晟澜生物引进SL-331，首付款4000万元，晟澜生物还将获得两位数比例的销售提成。")[0]
    assert deal.royalty == "两位数比例的销售提成"


def test_a_share_of_sales_is_a_royalty_in_both_scripts(facts):
    deal = _deals(facts, "岑川生物将CC-52授权予柏湾制药，首付款3000万美元，另加低个位数至中个位数百分比的销售分成。")[0]
    assert deal.royalty == "低个位数至中个位数百分比的销售分成"
    deal = _deals(facts, "岑川生物將CC-52授權予柏灣製藥，簽約金3000萬美元，另可收取兩位數百分比的銷售額分成。")[0]
    assert deal.royalty == "兩位數百分比的銷售額分成"


def test_a_regional_territory_beyond_the_big_markets_is_read(facts):
    deal = _deals(facts, "岑川生物将CC-53于北美地区的开发及商业化权益授予柏湾制药，首付款2000万美元。")[0]
    assert deal.territory == "北美"
    deal = _deals(facts, "岑川生技將CC-53於東南亞之開發及商業化權利授權予柏灣製藥，簽約金美金200萬元。")[0]
    assert deal.territory == "東南亞"


def test_a_newcos_terms_told_without_a_licensing_word_join_the_newco_deal(facts):
    for text in ("2026年4月9日，岚屿生物宣布与青岬资本合作成立新公司Torvane Bio，岚屿生物将LY-31的全球权益授予Torvane Bio。"
                 "岚屿生物将获得4000万美元首付款及Torvane Bio 15%的股权，并有资格获得最高5.2亿美元的里程碑付款。",
                 "2026年4月9日，嵐嶼生物宣佈與青岬資本合作成立新公司Torvane Bio，嵐嶼生物將LY-31的全球權益授予Torvane Bio。"
                 "嵐嶼生物將獲得4000萬美元首付款及Torvane Bio 15%的股權，並有資格獲得最高5.2億美元的里程碑付款。"):
        deal = _deals(facts, text)
        assert [(d.deal_type, d.asset, float(d.upfront.amount), float(d.milestones.amount)) for d in deal] == [
            ("newco", "LY-31", 40.0, 520.0)]


def test_a_grant_to_a_partner_written_xiang_y_shouchu_makes_the_granter_the_licensor(facts):
    for text in ("霁川生物（股份代號：6871）\n自愿公告\n于2026年5月4日，本公司与Ormond Bio, Inc.（「Ormond」）订立独家许可协议，"
                 "据此，本公司向Ormond授出JC-41（一款靶向CLDN6的双特异性抗体）于日本开发及商业化的独家许可。",
                 "霽川生物（股份代號：6871）\n自願公告\n於2026年5月4日，本公司與Ormond Bio, Inc.（「Ormond」）訂立獨家許可協議，"
                 "據此，本公司向Ormond授出JC-41（一款靶向CLDN6的雙特異性抗體）於日本開發及商業化的獨家許可。"):
        deal = _deals(facts, text)[0]
        assert deal.licensor.startswith(("霁川", "霽川")) and deal.licensee == "Ormond Bio"


def test_the_one_that_buys_after_signing_with_the_target_is_the_acquirer(facts):
    for text in ("2026年6月9日，澄岭医药与禾港生物订立股权转让协议，以总代价人民币4.2亿元收购禾港生物100%股权。",
                 "2026年6月9日，澄嶺醫藥與禾港生物訂立股權轉讓協議，以總代價人民幣4.2億元收購禾港生物100%股權。"):
        deal = _deals(facts, text)[0]
        assert deal.deal_type == "acquisition" and deal.licensor == "禾港生物" and deal.licensee in ("澄岭医药", "澄嶺醫藥")


def test_a_chinese_royalty_keeps_its_ceiling_and_its_tiering_after_the_rate(facts):
    deal = _deals(facts, "岷屿生物将MY-62授权给Harlan Pharma，首付款2000万美元，另可收取最高达两位数的阶梯式销售提成。")[0]
    assert deal.royalty == "最高达两位数的阶梯式销售提成"
    deal = _deals(facts, "岷嶼生物將MY-62授權予Harlan Pharma，簽約金2000萬美元，另可收取高個位數至低雙位數百分比的分級特許權使用費。")[0]
    assert deal.royalty == "高個位數至低雙位數百分比的分級特許權使用費"
    deal = _deals(facts, "岷屿生物将MY-63授权给Harlan Pharma，首付款2000万美元，以及按净销售额计算的分级特许权使用费。")[0]
    assert deal.royalty == "分级特许权使用费"


def test_a_regulator_abbreviated_in_brackets_grants_no_licence(facts):
    records = facts("晟澜药业SL-515获得国家药监局药品审评中心(CDE)临床试验默示许可，拟用于晚期实体瘤。")
    assert records["deals"] == []
    assert [(r.company, r.event, r.agency) for r in records["regulatory"]] == [("晟澜药业", "ind", "NMPA")]
    assert [a.company for a in records["assets"]] == ["晟澜药业"]


def test_buying_the_shares_of_a_company_makes_the_buyer_the_acquirer(facts):
    for text in ("Pellmore Oncology commenced a tender offer to acquire all outstanding shares of Ardent Isotopes "
                 "for $615 million.",
                 "Pellmore Oncology agreed to acquire all of the issued and outstanding shares of Ardent Isotopes "
                 "for $615 million."):
        deal = _deals(facts, text)[0]
        assert (deal.licensor, deal.licensee, deal.deal_type) == ("Ardent Isotopes", "Pellmore Oncology", "acquisition")
        assert deal.total.amount == 615


def test_a_chinese_round_up_line_pairs_unknown_companies_joined_by_a_dash(facts):
    text = ("本季核药交易回顾：\n- 晟澜药业–沛墨医药（9月，首付款1800万美元，总额4.2亿美元）\n"
            "- 北辰生物–恒溪医药（10月，首付款900万美元，里程碑付款最高1.6亿美元）")
    deals = {(d.licensor, d.licensee): d for d in _deals(facts, text)}
    assert set(deals) == {("沛墨医药", "晟澜药业"), ("恒溪医药", "北辰生物")}
    assert deals[("沛墨医药", "晟澜药业")].total.amount == 420
    assert deals[("恒溪医药", "北辰生物")].milestones.amount == 160


def test_who_is_handed_money_and_who_is_given_rights(facts):
    deal = _deals(facts, "Brantley Bio is handing Ardent Isotopes $27 million in cash to license ARD-616, a Phase 1 "
                         "radioligand.")[0]
    assert (deal.licensor, deal.licensee) == ("Ardent Isotopes", "Brantley Bio")
    deal = _deals(facts, "The pact, worth up to $900 million, gives Brantley Bio worldwide rights to Ardent Isotopes' "
                         "Pb-212 candidate ARD-717.")[0]
    assert (deal.licensor, deal.licensee) == ("Ardent Isotopes", "Brantley Bio") and deal.total.amount == 900


def test_developing_a_drug_together_is_a_collaboration(facts):
    deal = _deals(facts, "创新药企晟澜药业与沛墨医药将共同开发SL-818，双方按60:40分担开发成本。")[0]
    assert deal.deal_type == "collaboration" and {deal.licensor, deal.licensee} == {"晟澜药业", "沛墨医药"}
    deal = _deals(facts, "Ardent Isotopes and Brantley Bio will jointly develop ARD-818, a radioligand, sharing costs.")[0]
    assert deal.deal_type == "collaboration" and deal.asset == "ARD-818"


def test_a_buyer_that_would_buy_is_the_acquirer(facts):
    deal = _deals(facts, "Brantley Bio said on Monday it would buy privately held Ardent Isotopes in a deal valued at up "
                         "to $1.1 billion, including $650 million upfront.")[0]
    assert (deal.licensor, deal.licensee, deal.deal_type) == ("Ardent Isotopes", "Brantley Bio", "acquisition")
    assert deal.total.amount == 1100 and deal.upfront.amount == 650


def test_selling_a_business_is_an_acquisition_and_selling_rights_a_licence(facts):
    deal = _deals(facts, "Ardent Isotopes, a radiopharmaceutical company, agreed to sell its Ac-225 production business "
                         "to Brantley Bio for $310 million.")[0]
    assert (deal.licensor, deal.licensee, deal.deal_type) == ("Ardent Isotopes", "Brantley Bio", "acquisition")
    deal = _deals(facts, "Ardent Isotopes, a radiopharmaceutical company, agreed to sell the worldwide rights to ARD-919 "
                         "to Brantley Bio for $310 million.")[0]
    assert (deal.deal_type, deal.asset) == ("license", "ARD-919")


def test_a_clause_that_gets_rights_without_a_subject_is_the_sentence_subjects(facts):
    deal = _deals(facts, "沛墨医药宣布与杭州晟澜生物医药有限公司签署授权协议，获得SL-202的大中华区权益，首付款6000万元。")[0]
    assert deal.licensee == "沛墨医药" and deal.licensor != "沛墨医药" and deal.upfront.amount == 60
    deal = _deals(facts, "Brantley Bio signed a licence agreement with Ardent Isotopes, obtaining Asian rights to ARD-303 "
                         "for $12 million upfront.")[0]
    assert (deal.licensor, deal.licensee) == ("Ardent Isotopes", "Brantley Bio")


def test_the_most_paid_for_an_option_or_rights_is_the_total(facts):
    english = ("Marlowe Pharma agreed to pay up to $940 million for an option to acquire Tesserin Bio, "
               "including $60 million upfront.")
    chinese = "马洛制药将向泰瑟生物支付最多1.5亿美元的首付款和里程碑款，获得TS-4的大中华区权益。"
    deal = _deals(facts, english)[0]
    assert deal.total.amount == 940 and deal.upfront.amount == 60 and deal.milestones is None
    milestones_only = _deals(facts, "Marlowe Pharma will pay up to $300 million in milestones for the rights to TS-4 "
                                    "from Tesserin Bio.")[0]
    assert milestones_only.milestones.amount == 300 and milestones_only.total is None
    assert _deals(facts, chinese)[0].total.amount == 150


def test_partnering_or_joining_hands_with_no_licence_word_is_a_collaboration(facts):
    english = "Quellin Oncology teamed up with Pfizer on antibody conjugates for cancer, receiving $40 million upfront."
    chinese = "沛川生物携手辉瑞开发抗体偶联新药，将获得3000万美元首付款。"
    licence = "沛川生物的抗体新药项目以3000万美元首付款牵手辉瑞。"  # an upfront for a programme: a licence
    assert [d.deal_type for d in _deals(facts, english)] == ["collaboration"]
    assert [d.deal_type for d in _deals(facts, chinese)] == ["collaboration"]
    assert [d.deal_type for d in _deals(facts, licence)] == ["license"]


def test_rights_the_licensor_keeps_are_not_the_territory(facts):
    english = ("Yarrow Bio licensed its antibody YB-7 to Corvell Pharma for $15 million upfront. Corvell gets "
               "rights in Brazil and Mexico, and Yarrow retains rights in China.")
    chinese = "沛川生物将抗体新药PC-9在全球的权益授权给辉瑞，首付款2000万美元，但保留在中国的权益。"
    assert [d.territory for d in _deals(facts, english)] == ["Brazil and Mexico"]
    assert [d.territory for d in _deals(facts, chinese)] == ["全球"]


def test_a_tender_offer_makes_the_bidder_the_acquirer_and_the_valuation_its_total(facts):
    text = ("Marlowe Pharma launched a tender offer for all outstanding shares of Tesserin Bio at $9 per share "
            "in cash, valuing the cancer drug developer at $450 million.")
    deal = _deals(facts, text)[0]
    assert (deal.licensor, deal.licensee, deal.deal_type) == ("Tesserin Bio", "Marlowe Pharma", "acquisition")
    assert deal.total.amount == 450


def test_taking_a_stake_is_an_equity_deal(facts):
    english = "Marlowe Pharma took a 12% stake in Tesserin Bio for $45 million. Tesserin develops cancer drugs."
    chinese = "岚禾药业以2.4亿元入股沛川生物，持有其15%股权。沛川生物专注放射性药物研发。"
    for text, amount in ((english, 45), (chinese, 240)):
        deal = _deals(facts, text)[0]
        assert deal.deal_type == "equity" and deal.total.amount == amount


def test_a_lone_buyer_is_the_acquirer_whatever_words_stand_before_the_verb(facts):
    deal = _deals(facts, "岚峰医药以3.2亿元人民币的对价收购了一家核药企业60%的股权，后者专注于放射性药物。")[0]
    assert deal.licensee == "岚峰医药" and deal.licensor is None
    deal = _deals(facts, "岚峰医药以3.2亿元人民币的对价被一家核药企业收购，该交易已获批准，涉及放射性药物。")[0]
    assert deal.licensor == "岚峰医药" and deal.licensee is None


def test_a_company_bought_right_after_the_verb_and_its_aspect_word_is_named(facts):
    deal = _deals(facts, "岚峰医药以3.2亿元人民币收购了澄曜医药60%的股权，后者专注于放射性药物研发。")[0]
    assert (deal.licensor, deal.licensee) == ("澄曜医药", "岚峰医药")


def test_the_year_a_company_was_founded_dates_no_deal(facts):
    for text in ("Ostrava Bio will acquire Quellmont, a radiopharmaceutical developer founded in 2017, for $310 million.",
                 "岚峰医药收购核药企业澄曜医药。澄曜医药2017年成立，是一家放射性药物公司。",
                 "岚峰医药收购核药企业澄曜医药。澄曜医药成立于2017年，是一家放射性药物公司。"):
        assert _deals(facts, text)[0].announced is None, text


def test_terms_told_just_before_the_sentence_that_names_the_parties_are_the_deals(facts):
    deal = _deals(facts, "据悉，此次交易总额最高可达9.6亿美元，其中首付款6000万美元。根据协议，澜桥医药将LQ-21的海外权益授予Stavro Bio。")[0]
    assert (deal.licensor, deal.licensee) == ("澜桥医药", "Stavro Bio")
    assert deal.upfront.amount == 60 and deal.total.amount == 960
    deal = _deals(facts, "The deal is worth up to $640 million, including $25 million upfront. "
                         "Under the agreement, Lanqiao Pharma granted Stavro Bio rights to LQ-21 outside China.")[0]
    assert deal.upfront.amount == 25 and deal.total.amount == 640


def test_a_money_sentence_far_from_a_deal_gives_it_no_terms(facts):
    text = ("此次交易总额最高可达9.6亿美元，其中首付款6000万美元。\n\n"
            "另据报道，澜桥医药去年营收增长。\n\n根据协议，澜桥医药将LQ-21的海外权益授予Stavro Bio。")
    deal = _deals(facts, text)[0]
    assert deal.upfront is None and deal.total is None


def test_a_deal_told_with_one_party_in_the_headline_is_the_deal_the_body_tells(facts):
    text = ("Tollan agrees $900M deal for a Korean biotech's antibody\n"
            "Tollan Pharma will pay Daeso Bio $40 million upfront for an option on DS-4, with up to $860 million "
            "in milestones.")
    deals = _deals(facts, text)
    assert len(deals) == 1
    assert (deals[0].licensor, deals[0].licensee) == ("Daeso Bio", "Tollan Pharma") and deals[0].total.amount == 900


def test_a_closing_date_to_come_does_not_date_the_deal(facts):
    deal = _deals(facts, "Halvern Pharma has agreed to acquire Quorvane Bio for $310 million in cash. The "
                         "transaction is expected to close in the first quarter of 2027.")[0]
    assert deal.announced != "2027"


def test_a_chinese_newco_named_after_its_company_word_takes_the_licence_and_stock_in_it_is_consideration(facts):
    text = ("澜桥医药宣布与投资机构Fernhill Capital合作成立NewCo公司Orrin Therapeutics，澜桥医药将LQ-8的海外权益"
            "授予Orrin，并获得5000万美元首付款及Orrin 15%的股权。LQ-8是一款ADC。")
    deals = _deals(facts, text)
    assert [(d.licensor, d.licensee, d.deal_type) for d in deals] == [("澜桥医药", "Orrin Therapeutics", "newco")]
    assert deals[0].upfront.amount == 50


def test_rights_returned_with_an_adjective_make_no_new_deal(facts):
    assert _deals(facts, "Ostrava Bio ended its partnership with Quellmont Pharma on QM-4 and returned worldwide "
                         "rights to the antibody.") == []


def test_a_milestone_received_under_an_old_licence_is_no_new_deal(facts):
    assert _deals(facts, "Quellmont Pharma received a $15 million milestone payment from Ostrava Bio after the "
                         "first patient was dosed in a phase 3 trial of QM-4.") == []
    assert _deals(facts, "沐溪生物收到澜桥医药支付的800万美元里程碑付款，源于LQ-8启动III期临床。") == []


def test_what_a_milestone_instrument_is_worth_is_milestones_and_what_a_deal_is_worth_is_its_total(facts):
    deal = facts("Brackenridge Oncology will acquire Tovell Bio for $410 million in cash plus a contingent value "
                 "right worth up to $75 million tied to a US approval.")["deals"][0]
    assert (deal.total.amount, deal.milestones.amount) == (410, 75)
    other = facts("Tovell Bio licensed TV-8 to Brackenridge Oncology in a deal worth up to $900 million, "
                  "including $40 million upfront.")["deals"][0]
    assert (other.total.amount, other.upfront.amount, other.milestones) == (900, 40, None)


def test_a_short_chinese_name_run_into_a_particle_before_a_drug_code_is_the_name_alone(facts):
    text = ("澜岳医药宣布，公司与两家基金共同设立新公司Corvel Therapeutics，澜岳将LY-210在大中华区以外的权益"
            "独家许可给Corvel，获得3000万美元首付款。")
    records = facts(text)
    names = {d.licensor for d in records["deals"]}
    assert names == {"澜岳医药"} and not any(n.endswith("将") for n in names)


def test_capital_put_into_a_company_for_new_shares_is_the_equity_deals_amount(facts):
    text = "岭川医药公告，公司拟出资8000万元认购苏州澄岳生物新增注册资本，交易完成后将持有澄岳生物12%的股权。澄岳生物专注于核药研发。"
    deal = facts(text)["deals"][0]
    assert deal.deal_type == "equity" and deal.equity.amount == 80


def test_the_supplier_of_a_supply_agreement_is_the_seller_in_both_languages(facts):
    zh = "岭澄核药与Ostrava Isotopes签订供应协议，Ostrava Isotopes将向岭澄核药供应锕-225原料，协议总金额约6000万美元。"
    deal = facts(zh)["deals"][0]
    assert (deal.licensor, deal.licensee) == ("Ostrava Isotopes", "岭澄核药")
    en = ("Brightwater Radiopharma signed a supply agreement with Ostrava Isotopes; Ostrava Isotopes will supply "
          "actinium-225 to Brightwater Radiopharma for five years, in a deal valued at about $60 million.")
    deal = facts(en)["deals"][0]
    assert (deal.licensor, deal.licensee) == ("Ostrava Isotopes", "Brightwater Radiopharma")


def test_a_territory_keeps_the_bracket_that_excludes_a_region(facts):
    zh = "澄岳生物宣布，Pellmont Bio以2000万美元首付款获得澄岳生物CY-7的全球权益（不含大中华区）。"
    assert facts(zh)["deals"][0].territory == "全球权益（不含大中华区）"
    before_rights = "澄岳生物宣布，Pellmont Bio取得CY-8全球（不含日本）独家权利，首付款1000万美元。"
    assert facts(before_rights)["deals"][0].territory == "全球（不含日本）"
    en = ("Pellmont Bio granted Darrow Pharma worldwide rights (excluding Japan) to PB-12, an antibody, "
          "for $15 million upfront.")
    assert facts(en)["deals"][0].territory == "worldwide rights (excluding Japan)"


def test_a_territory_told_in_a_sentence_of_its_own_is_the_deals(facts):
    zh = "2026年7月1日，澄岳生物将CY-31授权给Pellmont Bio，首付款1500万美元。授权区域为韩国、东南亚。"
    assert facts(zh)["deals"][0].territory == "韩国、东南亚"
    zht = "2026年7月1日，澄岳生物將CY-31授權給Pellmont Bio，首付款1500萬美元。本次授權地區為韓國及東南亞。"
    assert facts(zht)["deals"][0].territory == "韓國及東南亞"
    en = ("July 1, 2026 -- Pellmont Bio licensed CY-31 from Darrow Pharma for $15 million upfront. "
          "The licensed territory covers Canada, Mexico and Brazil.")
    assert facts(en)["deals"][0].territory == "Canada, Mexico and Brazil"


def test_rights_sold_to_an_unnamed_buyer_are_a_deal_with_the_seller_named(facts):
    text = "岭澄医药将其CD19 CAR-T产品LC-5的海外权益以8000万美元首付款出售给一家欧洲公司，里程碑付款最高达4亿美元。"
    deal = facts(text)["deals"][0]
    assert deal.licensor == "岭澄医药" and deal.licensee is None
    assert (deal.upfront.amount, deal.milestones.amount) == (80, 400)


def test_trade_press_buying_verbs_make_the_buyer_the_acquirer(facts, one):
    for verb in ("is buying", "snaps up", "scooped up"):
        text = (f"Ashgrove Therapeutics {verb} Pennick Bio for $620 million in cash. Pennick's lead "
                "programme PNK-31 is an oral NLRP3 inhibitor in Phase 1.")
        deal = one(facts(text)["deals"], licensee="Ashgrove Therapeutics")
        assert (deal.licensor, deal.deal_type) == ("Pennick Bio", "acquisition"), verb


def test_the_asset_named_right_after_a_deal_told_without_one_is_the_deals_asset(facts, one):
    english = ("Brightwater Pharma is paying Selkirk Biologics $65 million upfront for rights to an FAP-targeted "
               "radioligand.\n\nThe asset, SBX-902, is a lutetium-177 conjugate in a Phase 1 trial.")
    chinese = "宏岸医药以4000万美元首付款从塞尔克生物引进一款靶向FAP的放射性配体疗法。该产品SBX-902目前处于I期临床阶段。"
    for text, licensor in ((english, "Selkirk Biologics"), (chinese, "塞尔克生物")):
        records = facts(text)
        assert one(records["deals"], licensor=licensor).asset == "SBX-902"
        assert one(records["assets"], asset="SBX-902").company == licensor


def test_an_isotope_supplier_is_the_seller_of_a_supply_deal_and_the_buyers_programme_stays_the_buyers(facts, one):
    for text in ("Marlowe Radiotherapeutics has signed a multi-year agreement under which Tessin Isotopes will supply "
                 "lead-212 for Marlowe's MRT-12 programme, now in a Phase 1 study.",
                 "Tessin Isotopes will supply n.c.a. Lu-177 to Marlowe Radiotherapeutics under a five-year agreement "
                 "supporting MRT-12 in a Phase 1 study."):
        records = facts(text)
        deal = one(records["deals"], licensor="Tessin Isotopes")
        assert (deal.licensee, deal.deal_type, deal.asset) == ("Marlowe Radiotherapeutics", "collaboration", None)
        assert one(records["assets"], asset="MRT-12").company == "Marlowe Radiotherapeutics"


def test_the_company_that_signs_and_then_brings_in_rights_is_the_licensee(facts):
    for text in ("澄溪醫藥與瑞士Ardent Bio訂立許可協議，引進放射性藥物AB-212在大中華區的權益，首付款1500萬美元。",
                 "澄溪医药与Ardent Bio签署授权协议，获得AB-212在中国的独家开发及商业化权益。"):
        (deal,) = _deals(facts, text)
        assert (deal.licensor, deal.licensee) == ("Ardent Bio", deal.licensee) and deal.licensee.startswith("澄溪")
    (paid,) = _deals(facts, "澄溪医药与Ardent Bio签署授权协议，获得首付款1500万美元。")
    assert paid.licensor == "澄溪医药"


def test_an_amount_followed_by_and_milestones_of_is_not_the_milestones(facts):
    text = ("Rookwell Bio entered into a license agreement with Tamsin Pharma for RW-8, for an upfront payment of "
            "$18 million and milestones of up to $420 million.")
    (deal,) = _deals(facts, text)
    assert (float(deal.upfront.amount), float(deal.milestones.amount)) == (18.0, 420.0)


def test_we_and_the_group_in_a_filing_stand_for_the_issuer(facts):
    for subject in ("we", "the Group"):
        text = ("MERIDALE ONCOLOGY HOLDINGS LIMITED\n(Stock Code: 2741)\n\nIn June 2026, "
                f"{subject} entered into a licence agreement with Tamsin Pharma, under which Tamsin obtained "
                "global rights to MO-5 for an upfront payment of US$12 million.")
        (deal,) = _deals(facts, text)
        assert (deal.licensor, deal.licensee) == ("MERIDALE ONCOLOGY HOLDINGS", "Tamsin Pharma"), subject


def test_a_company_described_as_a_newco_takes_the_licence_and_its_founders_stake_is_part_of_the_deal(facts):
    text = ("Sept. 8, 2026 -- Harbor Bio and Quayline Capital launched Ostrel Therapeutics, a NewCo that will in-license "
            "ex-Japan rights to HB-12. Harbor will receive $90 million upfront, a 15% equity stake in Ostrel and up to "
            "$700 million in milestones.")
    (deal,) = _deals(facts, text)
    assert (deal.licensor, deal.licensee, deal.deal_type) == ("Harbor Bio", "Ostrel Therapeutics", "newco")
    assert (float(deal.upfront.amount), float(deal.milestones.amount)) == (90.0, 700.0)


def test_a_company_in_the_trade_press_list_is_no_party(facts):
    text = "May 2, 2026 - Fierce Biotech\nSummit Bio licensed SB-4 to Ostrel Therapeutics for $20 million upfront."
    (deal,) = _deals(facts, text)
    assert (deal.licensor, deal.licensee) == ("Summit Bio", "Ostrel Therapeutics")
    from pharmalens.extraction.companies import find_companies
    from pharmalens.extraction.lexicon import default_lexicon
    assert "Fierce Biotech" not in {m.name for m in find_companies(text, default_lexicon())}


def test_the_company_that_gains_or_is_granted_an_option_is_the_licensee(facts, one):
    texts = ("Orrin Pharma gains option over Castell Bio's CDH17 radioligand CSB-40 for $12 million.",
             "Orrin Pharma takes option on Castell Bio radioligand CSB-40",
             "Orrin Pharma nabs option on Castell Bio's CDH17 radioligand CSB-40",
             "Castell Bio gives Orrin Pharma an option over CSB-40, a CDH17 radioligand, for $12 million.")
    for text in texts:
        deal = one(facts(text)["deals"], deal_type="option")
        assert (deal.licensor, deal.licensee, deal.asset) == ("Castell Bio", "Orrin Pharma", "CSB-40")


def test_a_total_only_the_headline_states_is_the_deals_total(facts, one):
    body = ("\n\nOrrin Pharma has licensed CSB-40, a CDH17 radioligand in Phase 1, from Castell Bio for $35 million "
            "upfront, plus milestones and royalties.")
    for headline in ("Orrin bets $940 million on Castell's CDH17 radioligand", "Orrin, Castell strike $940M radioligand pact"):
        deal = one(facts(headline + body)["deals"], licensee="Orrin Pharma")
        assert (deal.total.amount, deal.total.currency, deal.upfront.amount) == (940, "USD", 35)
    upfront_only = one(facts("Orrin pays Castell $35M upfront for radioligand" + body)["deals"], licensee="Orrin Pharma")
    assert upfront_only.total is None


def test_the_company_that_obtains_an_option_in_chinese_is_the_licensee(facts, one):
    deal = one(facts("奥林医药获得卡斯特尔生物CDH17核药CSB-40的独家选择权，支付1200万美元首付款。")["deals"], deal_type="option")
    assert (deal.licensor, deal.licensee, deal.asset) == ("卡斯特尔生物", "奥林医药", "CSB-40")


def test_the_partner_an_agreement_says_will_supply_is_the_seller_and_not_the_drugs_owner(facts, one):
    found = facts("Dunmore Bio signed a supply agreement with Kellan Isotopes, which will supply Cu-64 for DMB-8, a "
                  "PSMA imaging agent in Phase 1.")
    deal = one(found["deals"])
    assert (deal.licensor, deal.licensee) == ("Kellan Isotopes", "Dunmore Bio")
    assert one(found["assets"], asset="DMB-8").company == "Dunmore Bio"


def test_a_chinese_headline_total_joins_the_deal_and_its_drug_class_is_no_part_of_a_name(facts, one):
    text = ("奥林医药斥资9.4亿美元引进卡斯特尔生物核药\n\n"
            "奥林医药从卡斯特尔生物引进CSB-40，首付款3500万美元，卡斯特尔生物还将获得里程碑付款。")
    deal = one(facts(text)["deals"])
    assert (deal.licensor, deal.licensee, deal.total.amount, deal.upfront.amount) == ("卡斯特尔生物", "奥林医药", 940, 35)


def test_yesterday_and_a_bracketed_day_date_a_deal_from_the_pages_date(facts):
    cases = (("发布时间：2026-09-01 08:30\n岚屿生物昨日宣布，将LY-70的日本权益授予Corrick Pharma，首付款1500万美元。", "2026-08-31"),
             ("2026-09-01\n嵐嶼生技昨（31）日宣布，將LY-70的日本權益授權予Corrick Pharma，簽約金美金150萬元。", "2026-08-31"),
             ("2026-09-03\n嵐嶼生技今（3）日宣布，將LY-70的日本權益授權予Corrick Pharma，簽約金美金150萬元。", "2026-09-03"))
    for text, day in cases:
        assert [d.announced for d in _deals(facts, text)] == [day]


def test_a_sentence_of_terms_naming_both_parties_but_no_kind_of_deal_continues_the_option_before_it(facts):
    text = ("Tamsen Bio announced on 9 May 2027 that Orrick Pharma obtained an exclusive option to license TMB-40, "
            "an oral GLP-1 agonist, under an option agreement.\n\n"
            "Orrick Pharma will pay Tamsen Bio an option fee of $9 million.")
    deals = _deals(facts, text)
    assert len(deals) == 1
    assert deals[0].deal_type == "option" and deals[0].asset == "TMB-40" and deals[0].upfront.amount == 9


def test_a_sentence_that_only_states_the_royalty_belongs_to_the_deal_before_it(facts):
    text = ("Harlow Bio and Pendry Pharma signed a licence agreement for HB-12 on 2 May 2027. Harlow Bio will "
            "receive $20 million upfront. Harlow Bio is also eligible for tiered royalties on net sales.")
    deal = _deals(facts, text)[0]
    assert deal.royalty and deal.royalty.startswith("tiered royalties")


def test_a_company_that_agreed_to_be_acquired_is_the_one_sold(facts):
    for verb in ("has agreed to be acquired by", "is being acquired by", "is to be acquired by"):
        text = f"Renwick Bio {verb} Calloway Pharma for about $420 million in cash, the companies said on 3 May 2027."
        deal = _deals(facts, text)[0]
        assert (deal.licensor, deal.licensee, deal.deal_type) == ("Renwick Bio", "Calloway Pharma", "acquisition"), verb


def test_licensing_rights_to_another_companys_drug_is_taking_the_licence(facts):
    text = ("Hollis Pharma Licenses Korea Rights to Brenton Bio's BRB-5\n\n"
            "Hollis Pharma and Brenton Bio announced on 3 March 2027 a license agreement for BRB-5 in South Korea. "
            "Brenton Bio will receive $6 million upfront.")
    deal = _deals(facts, text)[0]
    assert (deal.licensor, deal.licensee) == ("Brenton Bio", "Hollis Pharma")


def test_a_territory_of_two_words_is_kept_whole(facts):
    text = ("Oct 2, 2026 -- Selvane Therapeutics granted Brightmoor Pharma exclusive rights to SLV-42 in "
            "New Zealand and South Africa. Brightmoor will pay $9 million upfront.")
    assert facts(text)["deals"][0].territory == "New Zealand and South Africa"


def test_a_right_to_make_and_sell_a_drug_is_a_licence_not_a_sale(facts):
    text = ("Feb 3, 2026 -- Oberlin Biologics granted Castellan Pharma exclusive rights to manufacture, market "
            "and sell OBL-19 in Brazil. Castellan will pay $6 million upfront.")
    assert facts(text)["deals"][0].deal_type == "license"


def test_the_partner_that_obtains_a_licence_in_a_subjectless_clause_is_the_licensee(facts):
    hant = ("嵐橋製藥取得專利授權\n2025年10月2日,嵐橋製藥股份有限公司公告,公司與德昀生醫簽訂專利授權合約,"
            "取得其長效微球技術於台灣地區之專屬授權,授權金為新台幣4,500萬元。")
    deal = facts(hant)["deals"][0]
    assert deal.licensor.startswith("德昀") and deal.licensee.startswith("嵐橋")
    zh = ("沃川药业与岚屿生物签署许可协议\n2025年10月9日,沃川药业与岚屿生物签署专利许可协议,取得其缓释制剂专利在中国的独家授权。")
    deal = facts(zh)["deals"][0]
    assert deal.licensor.startswith("岚屿") and deal.licensee.startswith("沃川")


def test_a_royalty_written_as_a_percentage_before_its_word_keeps_the_rate(facts):
    zh = ("澜峰药业引进技术\n2025年8月2日,澜峰药业与北岭大学签署技术许可协议,引进其候选药物BL-44,并按年净销售额的4%支付提成。")
    assert "4%" in facts(zh)["deals"][0].royalty
    hant = ("晶昱藥業取得授權\n2025年8月2日,晶昱藥業與宏遠生醫簽訂授權合約,取得其BY-12之專屬授權,另依銷售淨額支付6%權利金。")
    assert "6%" in facts(hant)["deals"][0].royalty


def test_a_licence_back_of_an_in_development_drug_keeps_its_region_as_the_territory(facts):
    for text in ("泓屿医药与Delmar达成授权\n2025年4月1日,泓屿医药宣布将其JAK1抑制剂HY-61的全球权益(不含大中华区)授权给Delmar Bio,"
                 "首付款为3,000万美元。同时,Delmar将其在研抗体DM-220在大中华区的开发及商业化权益反向授权给泓屿医药。",
                 "泓嶼醫藥與Delmar達成授權\n2025年4月1日,泓嶼醫藥宣佈將其JAK1抑制劑HY-61的全球權益(不含大中華區)授權給Delmar Bio,"
                 "首付款為3,000萬美元。同時,Delmar將其在研抗體DM-220在大中華區的開發及商業化權益反向授權給泓嶼醫藥。"):
        back = next(d for d in facts(text)["deals"] if d.asset == "DM-220")
        assert back.licensor.startswith("Delmar") and back.territory in ("大中华区", "大中華區")


def test_a_deal_under_a_dateless_headline_takes_the_day_the_body_announces_it(facts):
    for text in ("2026-04-20\n澜屿生物与Pellam Bio达成授权合作\n\n澜屿生物4月14日宣布,将其ADC药物LY-31的全球权益授权给Pellam Bio,首付款为4000万美元。\n",
                 "2026-04-20\n瀾嶼生物與Pellam Bio達成授權合作\n\n瀾嶼生物4月14日宣佈,將其ADC藥物LY-31的全球權益授權給Pellam Bio,首付款為4000萬美元。\n"):
        assert facts(text)["deals"][0].announced == "2026-04-14"


def test_who_receives_the_money_is_read_up_to_the_other_partys_name(facts):
    for text in ("2026年4月2日，岱曜生物宣布与Merrow Pharma就DY-52签订独家许可协议。根据协议，Merrow Pharma将获得DY-52在日本的独家权利，"
                 "岱曜生物将获得800万美元首付款。",
                 "2026年4月2日，岱曜生物宣佈與Merrow Pharma就DY-52簽訂獨家許可協議。根據協議，Merrow Pharma將獲得DY-52在日本的獨家權利，"
                 "岱曜生物將獲得800萬美元首付款。"):
        (deal,) = facts(text)["deals"]
        assert deal.licensor in ("岱曜生物",) and deal.licensee == "Merrow Pharma" and deal.upfront.amount == 8


def test_the_party_that_exercises_an_option_is_the_licensee_and_its_exercise_fee_the_upfront(facts):
    text = ("Osaki Shinyaku Exercises Option to License RQ-58 from Brannock Bio\n\n"
            "KYOTO, Japan, 9 September 2027 -- Osaki Shinyaku Co., Ltd. (TSE: 4620, \"Osaki\") today announced that it "
            "has exercised its option under the 2024 research agreement with Brannock Bio, Inc. to obtain an exclusive "
            "license to RQ-58, a CD70-targeted antibody, in Asia. Osaki will pay Brannock an option exercise fee of "
            "US$14 million. Brannock is also eligible to receive up to US$95 million in milestones.")
    deals = _deals(facts, text)
    assert len(deals) == 1
    deal = deals[0]
    assert (deal.licensor, deal.licensee, deal.asset) == ("Brannock Bio", "Osaki Shinyaku", "RQ-58")
    assert deal.upfront.amount == 14 and deal.milestones.amount == 95 and deal.announced == "2027-09-09"
    told_by_licensor = ("Brannock Bio, Inc. said on 9 September 2027 that Osaki Shinyaku Co., Ltd. has exercised its "
                        "option to license RQ-58 in Asia. Brannock will receive an exercise fee of $14 million.")
    deal = _deals(facts, told_by_licensor)[0]
    assert (deal.licensor, deal.licensee, deal.upfront.amount) == ("Brannock Bio", "Osaki Shinyaku", 14)


def test_a_heading_that_names_the_parties_but_no_asset_or_money_is_the_deal_the_text_tells_with_terms(facts):
    text = ("Wexley Bio Acquires Rights to Preclinical B7-H3 Conjugate from Dunmore Therapeutics\n\n"
            "Wexley Bio, Inc. said on 2 May 2027 that it has signed an asset purchase agreement with Dunmore "
            "Therapeutics to acquire DMT-61, a preclinical B7-H3-targeted conjugate. Wexley will pay Dunmore $6 million "
            "upfront and up to $48 million in milestones.")
    deals = _deals(facts, text)
    assert len(deals) == 1
    assert (deals[0].licensor, deals[0].licensee, deals[0].asset, deals[0].upfront.amount) == \
        ("Dunmore Therapeutics", "Wexley Bio", "DMT-61", 6)


def test_a_loan_from_a_lender_is_no_licence(facts):
    text = ("Brisa Therapeutics, a biotechnology company developing antibody drugs, entered into a loan agreement with "
            "Marrowgate Capital for up to $80 million in term loans, with $30 million drawn at closing.")
    assert facts(text)["deals"] == []


def test_the_regions_after_what_the_licence_lets_the_licensee_do_are_the_territory(facts):
    text = ("Wuxi Hemu Pharmaceutical Co., Ltd., a biotechnology company, granted Calloway Pharma an exclusive license "
            "to develop and commercialize HM-332 in Japan, Taiwan and Southeast Asia for an upfront payment of RMB45 million.")
    assert facts(text)["deals"][0].territory == "Japan, Taiwan and Southeast Asia"
    partner = ("Norlow Bio, a biotechnology company, said a new research partner would widen its reach across Asia. "
               "Norlow licensed NB-5 to Pell Pharma in Australia for $4 million upfront.")
    assert facts(partner)["deals"][0].territory != "Asia"


def test_a_sales_agency_or_distribution_deal_is_a_commercial_collaboration_not_a_licence(facts):
    for text in ("澄屿医药与岭川制药签署独家销售代理协议，岭川制药成为澄屿医药CY-31在华南地区的独家销售代理商。",
                 "澄嶼醫藥與嶺川製藥簽署獨家經銷協議，嶺川製藥取得澄嶼醫藥CY-31在台灣的獨家經銷權。",
                 "Corwen Bio signed a co-promotion agreement with Halsey Pharma for CW-31 in Germany."):
        deal, = _deals(facts, text)
        assert deal.deal_type == "collaboration"


def test_a_completed_deal_is_dated_by_the_announcement_the_text_gives_not_the_completion(facts):
    texts = ("Marrick Labs closes purchase of Teague Bio\n\nDENVER, October 6, 2026 -- Marrick Labs said today "
             "that it has completed its acquisition of Teague Bio, a maker of siRNA drugs for gout, first "
             "announced on July 14, 2026. Marrick Labs paid about $640 million in cash.",
             "DENVER, October 6, 2026 -- Marrick Labs has closed its acquisition of Teague Bio, a maker of siRNA "
             "drugs for gout. The transaction, announced in July 2026, was valued at $640 million.")
    for text, announced in zip(texts, ("2026-07-14", "2026-07")):
        deal, = _deals(facts, text)
        assert (deal.licensor, deal.deal_type, deal.announced) == ("Teague Bio", "acquisition", announced)


def test_a_party_securing_supply_is_the_buyer_and_the_programme_it_names_stays_its_own(facts):
    en = ("Tallis Radiotherapeutics signed an agreement with Brenner Isotopes to secure a long-term supply of "
          "lutetium-177 for its lead program TR-31.")
    zh = "岭澄核药与北川同位素签署采购协议,采购镥-177用于其核药管线LC-17。"
    for text, supplier, buyer, programme in ((en, "Brenner Isotopes", "Tallis Radiotherapeutics", "TR-31"),
                                             (zh, "北川同位素", "岭澄核药", "LC-17")):
        found = facts(text)
        deal = _deals(facts, text)[0]
        assert (deal.licensor, deal.licensee, deal.deal_type, deal.asset) == (supplier, buyer, "collaboration", None)
        assert [(a.asset, a.company) for a in found["assets"]] == [(programme, buyer)]


def test_revenue_booked_under_earlier_deals_in_a_results_release_is_no_deal(facts):
    en = ("Fernhill Bio Reports Full Year 2026 Financial Results\n"
          "Total revenue was $64.5 million for 2026, primarily license and collaboration revenue from Umeda "
          "Seiyaku. Research and development expenses were $131.0 million.")
    zh = "岭澄生物公告,2026年公司实现营业收入2.4亿元,主要来自与北辰制药的授权许可收入。"
    zht = "嶺澄生物公告,2026年公司實現營業收入2.4億元,主要來自與北辰製藥的授權許可收入。"
    for text in (en, zh, zht):
        assert facts(text)["deals"] == []
    assert facts(en)["financials"]


def test_the_one_named_party_licensed_to_or_in_licensing_is_the_licensee(facts):
    to_named = "Quenby licensed its oral candidate QB-12 to Halloran Therapeutics for $30 million upfront."
    in_licensed = "Halloran Therapeutics has in-licensed QB-12 for $30 million upfront and up to $200 million in milestones."
    for text in (to_named, in_licensed):
        deal = _deals(facts, text)[0]
        assert (deal.licensor, deal.licensee) == (None, "Halloran Therapeutics")


def test_a_party_written_with_its_home_city_after_the_deal_verb_keeps_its_role(facts):
    acquired = ("Hokuto Seiyaku (TSE: 4599) announced it has acquired U.S.-based Tamsworth Bio for $180 million in "
                "cash.")
    licensed = "Tamsworth Bio (Nasdaq: TMSB) licensed TB-40 to Osaka-based Hokuto Seiyaku for $12 million upfront."
    for text in (acquired, licensed):
        deal = _deals(facts, text)[0]
        assert (deal.licensor, deal.licensee) == ("Tamsworth Bio", "Hokuto Seiyaku")


def test_the_party_signing_for_rights_or_paying_is_the_licensee(facts):
    rights = ("Hoshi Kagaku Kenkyusho signed a deal with Pellham Therapeutics for exclusive rights to develop PT-8 "
              "in Japan.")
    paying = "Hoshi Kagaku Kenkyusho signed a deal with Pellham Therapeutics for PT-8, paying 1.5 billion yen upfront."
    for text in (rights, paying):
        deal = _deals(facts, text)[0]
        assert (deal.licensor, deal.licensee) == ("Pellham Therapeutics", "Hoshi Kagaku Kenkyusho")


def test_a_round_up_line_opening_with_its_crossed_pair_is_one_deal_with_the_terms_after_the_colon(facts):
    simplified = ("【本周交易】\n1. 澄岭生物 × Maravine:TL1A单抗海外权益授权,首付款4500万美元,总额最高8.6亿美元\n"
                  "2. 启衡医药 x 青禾制药:QH-07大中华区权益授权,首付款1.2亿元")
    traditional = ("【本週交易】\n1. 澄嶺生物 × Maravine:TL1A單抗海外權益授權,首付款4500萬美元,總額最高8.6億美元\n"
                   "2. 啟衡醫藥 x 青禾製藥:QH-07大中華區權益授權,首付款1.2億元")
    for text in (simplified, traditional):
        deals = sorted(facts(text)["deals"], key=lambda d: d.upfront.amount)
        assert [(d.licensee, float(d.upfront.amount)) for d in deals] == [("Maravine", 45.0), (deals[1].licensee, 120.0)]
        assert deals[1].licensee in ("青禾制药", "青禾製藥") and deals[1].asset == "QH-07"
        assert float(deals[0].total.amount) == 860.0 and deals[1].total is None


def test_a_company_taking_over_a_project_by_technology_transfer_is_the_licensee(facts):
    for text in ("澄川生物(688702)公告,公司与启衡医药科技有限公司签订《技术转让合同》,受让QH-330项目的临床前研究成果,转让总价款为4,500万元。",
                 "澄川生物(688702)公告,公司與啟衡醫藥科技有限公司簽訂《技術轉讓合同》,受讓QH-330項目的臨床前研究成果,轉讓總價款為4,500萬元。",
                 "澄川生物(688702)公告,公司拟以4,500万元从启衡医药科技有限公司受让QH-330项目的全部技术成果。"):
        deal = facts(text)["deals"][0]
        assert deal.licensee == "澄川生物" and deal.licensor in ("启衡", "啟衡") and deal.asset == "QH-330"
        assert float(deal.total.amount) == 45.0
    sold = facts("澄川生物(688702)公告,公司与启衡医药科技有限公司签订《技术转让合同》,将QH-330项目转让给启衡医药,转让总价款为4,500万元。")
    assert sold["deals"][0].licensor == "澄川生物"


def test_a_buyer_whose_subsidiary_signs_with_the_target_and_buys_it_is_the_acquirer(facts):
    for text in ("岚峰医药(6616.HK)公告,公司全资附属公司已与德国Quellmark GmbH订立股权转让协议,以总代价900万欧元收购Quellmark GmbH的100%股权。",
                 "嵐峰醫藥(6616.HK)公告,公司全資附屬公司已與德國Quellmark GmbH訂立股權轉讓協議,以總代價900萬歐元收購Quellmark GmbH的100%股權。"):
        deal = facts(text)["deals"][0]
        assert (deal.licensor, deal.licensee[:2], deal.deal_type) == ("Quellmark", text[:2], "acquisition")
        assert float(deal.total.amount) == 9.0 and deal.total.currency == "EUR"


def test_a_firm_buying_from_a_supplier_under_a_purchase_contract_is_the_licensee_of_a_supply_deal(facts):
    for text in ("岚辰核医与澄源同位素签署锗-68/镓-68发生器采购协议,岚辰核医将在未来三年向澄源同位素采购不少于150台发生器,合同金额约9000万元。",
                 "嵐辰核醫與澄源同位素簽署鍺-68/鎵-68發生器採購協議,嵐辰核醫將在未來三年向澄源同位素採購不少於150台發生器,合同金額約9000萬元。"):
        deal = facts(text)["deals"][0]
        assert (deal.licensor[:2], deal.licensee[:2], deal.deal_type) == ("澄源", text[:2], "collaboration")
        assert float(deal.total.amount) == 90.0


def test_a_royalty_rate_written_before_the_receiving_verb_is_kept_with_its_base(facts):
    for text, royalty in (("2026年3月2日，岚硕生物宣布与诺华就LS-33签订许可协议，岚硕生物将获得3000万美元首付款，"
                           "另按年销售额的5%收取销售提成。", "按年销售额的5%收取销售提成"),
                          ("2026年3月2日，嵐碩生物宣布與諾華就LS-33簽訂授權協議，嵐碩生物將獲得3000萬美元簽約金，"
                           "另按淨銷售額的6%收取權利金。", "按淨銷售額的6%收取權利金")):
        [deal] = facts(text)["deals"]
        assert deal.royalty == royalty


def test_a_party_locking_in_supply_is_the_buyer_in_both_scripts(facts):
    for text in ("2026年4月2日，岚核医药宣布与加拿大Borealis Isotopes签署同位素供应协议，锁定未来五年无载体镥-177的稳定供应。",
                 "2026年4月2日，嵐核醫藥宣布與加拿大Borealis Isotopes簽署同位素供應協議，鎖定未來五年無載體鎦-177的穩定供應。",
                 "Lanhe Nuclear signed a supply agreement with Borealis Isotopes to lock in five years of Lu-177 supply."):
        [deal] = facts(text)["deals"]
        assert deal.licensor == "Borealis Isotopes" and deal.deal_type == "collaboration", text


def test_a_party_with_a_dotted_legal_form_and_its_listing_in_brackets_is_one_sentence_with_its_deal(facts):
    from pharmalens.extraction.sentences import sentences
    for form in ("N.V.", "S.A.", "S.p.A."):
        text = (f"Zeeland Antibodies {form} (Euronext: ZLAB) entered into an exclusive license agreement granting "
                "Hokuto Pharma rights to develop ZLA-402 in Japan. Zeeland will receive an upfront payment of EUR 9 million.")
        assert len(sentences(text)) == 2, form
        (deal,) = facts(text)["deals"]
        assert deal.licensor == "Zeeland Antibodies" and deal.licensee == "Hokuto Pharma", form
        assert deal.upfront.amount == 9 and deal.upfront.currency == "EUR", form


def test_an_australian_proprietary_company_is_named_without_its_pty_ltd(facts):
    for form in ("Pty Ltd", "Pty. Ltd.", "Pty Limited"):
        text = (f"Coolamon Theranostics Limited agreed to acquire Brolga Isotopes {form} for A$22 million. "
                "Brolga runs a cyclotron producing gallium-68 for PET imaging agents.")
        (deal,) = facts(text)["deals"]
        assert deal.licensor == "Brolga Isotopes" and deal.licensee == "Coolamon Theranostics", form


def test_a_nordic_firm_named_by_its_legal_form_alone_is_a_party_after_and(facts):
    for form in ("AB", "ASA", "Oyj"):
        text = (f"Tessin Pharma AG and Lofoten Kemi {form} signed a five-year agreement under which Lofoten will "
                "supply lutetium-177 for clinical trials.")
        (deal,) = facts(text)["deals"]
        assert {deal.licensor, deal.licensee} == {"Tessin Pharma", "Lofoten Kemi"}, form


def test_a_firm_named_by_its_legal_form_is_known_after_by_its_first_word(facts):
    for form in ("AB", "LLC", "GmbH"):
        text = (f"Tessin Pharma AG and Lofoten Kemi {form} signed a five-year agreement under which Lofoten will "
                "supply lutetium-177 for clinical trials of Tessin's PSMA radioligand.")
        (deal,) = facts(text)["deals"]
        assert deal.licensor == "Lofoten Kemi" and deal.licensee == "Tessin Pharma", form


def test_a_genetics_company_is_a_party_of_a_deal(facts):
    text = ("Deals of the week\n\nTorvik Genetics licensed TVG-8 to Banlow Pharma for $35 million upfront. "
            "Separately, Crenshaw Bio acquired Dellory Therapeutics for $400 million.")
    deal = next(d for d in facts(text)["deals"] if d.asset == "TVG-8")
    assert deal.licensor == "Torvik Genetics" and deal.licensee == "Banlow Pharma"


def test_an_undirected_pair_turns_to_the_party_whose_name_the_code_spells(facts):
    text = ("Licensing deals of the quarter\n\n"
            "- Brannock Pharma / Quillsey Therapeutics — $35M upfront, $410M milestones, QLT-14 (GLP-1 agonist), May\n"
            "- Ostler Bio / Winfield Pharma — $10M upfront, $150M milestones, OB-3 (ADC), June\n")
    deals = {d.asset: d for d in facts(text)["deals"]}
    assert deals["QLT-14"].licensor == "Quillsey Therapeutics" and deals["QLT-14"].licensee == "Brannock Pharma"
    assert deals["OB-3"].licensor == "Ostler Bio" and deals["OB-3"].licensee == "Winfield Pharma"


def test_a_pair_heading_s_bulleted_terms_under_it_are_that_deal_s(facts):
    text = ("Deals of the week\n\n**1. Harlan Oncology — Pemberly Bio (license)**\n"
            "- Asset: PB-40, a Phase II B7-H3 antibody\n- Terms: $22M upfront; up to $310M in milestones\n"
            "- Territory: Europe\n\n**2. Osgood Pharma — Talis Medicines (option)**\n- Terms: undisclosed\n")
    deals = {d.licensor: d for d in facts(text)["deals"]}
    first = deals["Pemberly Bio"]
    assert (first.licensee, first.asset, first.upfront.amount, first.milestones.amount) == ("Harlan Oncology", "PB-40", 22, 310)
    assert deals["Talis Medicines"].upfront is None and deals["Talis Medicines"].asset is None


def test_a_buyer_acquiring_a_target_described_by_a_dotted_country_is_the_buyer(facts):
    for text in ("Kurenai Yakuhin agreed to acquire U.S. biotech Pellham Therapeutics for $22.50 per share in cash, "
                 "valuing Pellham at about $860 million.",
                 "Kurenai Yakuhin will acquire U.K. radiopharma Dunmore Isotopes for £310 million."):
        [deal] = facts(text)["deals"]
        assert deal.deal_type == "acquisition" and deal.licensee == "Kurenai Yakuhin", text


def test_a_buyer_of_a_percentage_stake_in_a_place_based_company_is_the_buyer(facts):
    for text in ("Hanul Pharmaceutical agreed to acquire a 55% stake in Incheon-based Garam Biologics for KRW 64 billion.",
                 "Hanul Pharmaceutical said its board approved the acquisition of a 55.5% stake in Incheon-based Garam "
                 "Biologics for KRW 64 billion."):
        [deal] = facts(text)["deals"]
        assert (deal.licensor, deal.licensee) == ("Garam Biologics", "Hanul Pharmaceutical"), text
