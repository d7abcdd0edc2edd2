"""Taiwan wording that differs from the mainland's, read as the same facts (our own sentences)."""


def test_taiwan_modality_words_name_the_modality(facts):
    text = ("嵐峰生技今日公告，旗下單株抗體LF-210與抗體藥物複合體LF-330均已進入臨床一期，"
            "另一款正子造影劑LF-05預計明年送件。")
    assets = {a.asset: a for a in facts(text)["assets"]}
    assert assets["LF-210"].modality == "antibody"
    assert assets["LF-330"].modality == "adc"
    assert assets["LF-05"].modality == "imaging_agent"


def test_a_technology_transfer_is_a_licence_to_the_company_it_goes_to(facts):
    deal = facts("沐川生醫宣布，將MCX-771技轉予澄霁製藥，簽約金新台幣8,000萬元。")["deals"][0]
    assert deal.deal_type == "license" and deal.asset == "MCX-771"
    assert (deal.licensor, deal.licensee) == ("沐川生醫", "澄霁製藥")
    assert deal.upfront.amount == 80 and deal.upfront.currency == "TWD"


def test_a_taiwan_nda_submission_is_a_filing(facts):
    records = facts("沐川生醫今日公告，MCX-771已向衛福部提出新藥查驗登記申請，適應症為胰臟癌。")
    event = records["regulatory"][0]
    assert event.event == "filing" and event.asset == "MCX-771" and event.agency == "TFDA"
    assert records["assets"][0].stage == "nda"


def test_a_project_code_after_zhuan_an_is_the_same_asset(facts):
    text = "嵐峰生技公告，公司鹽酸洛卡替尼膠囊研發專案(LF-881)已完成二期臨床。LF-881的三期規劃將於年底提出。"
    assets = [a for a in facts(text)["assets"] if "LF-881" in (a.asset, *a.aliases)]
    assert len(assets) == 1 and assets[0].asset.startswith("盐酸洛卡替尼")


def test_a_cash_capital_increase_is_a_placement_unless_the_page_is_a_listing(facts):
    raise_ = facts("嵐峰生技公告辦理現金增資，發行新股1,000萬股，募集資金5.2億元，用於新藥LF-881三期臨床。")["financings"]
    assert [f.round for f in raise_] == ["placement"] and raise_[0].amount.amount == 520
    listing = facts("罕病新藥公司沐川生醫今日掛牌上櫃，公開承銷加計現金增資發行新股，總計募資新台幣6.4億元。")["financings"]
    assert [f.round for f in listing] == ["ipo"]


def test_a_strategic_alliance_is_a_collaboration(facts):
    deal = facts("嵐峰生技與澄霁製藥簽訂策略聯盟合約，共同開發抗癌新藥LF-881。")["deals"][0]
    assert deal.deal_type == "collaboration" and deal.asset == "LF-881"
    assert {deal.licensor, deal.licensee} == {"嵐峰生技", "澄霁製藥"}


def test_applying_for_a_drug_licence_is_a_filing_and_obtaining_one_an_approval(facts):
    filed = facts("新藥公司沐川生醫(6799)宣布，新藥MCX-515已向美國FDA送件申請藥證。")["regulatory"]
    assert [(r.event, r.agency) for r in filed] == [("filing", "FDA")]
    approved = facts("新藥公司沐川生醫(6799)宣布，新藥MCX-515已取得衛福部藥證，適應症為晚期肝癌。")["regulatory"]
    assert [(r.event, r.agency) for r in approved] == [("approval", "TFDA")]


def test_a_filing_card_names_the_company_that_grants_and_reads_its_terms(facts):
    text = ("發言日期：2026/03/02\n公司代號：4417\n公司名稱：沐岩生醫\n"
            "主旨：本公司與Brightwell Oncology簽訂授權合約\n"
            "說明：\n1.契約相對人：Brightwell Oncology, Inc.\n"
            "2.主要內容：本公司將MY-52於亞洲以外之全球開發及商業化權利授權予Brightwell，"
            "本公司可獲得簽約金美金600萬元，另依開發進度可獲得最高美金1.4億元之里程碑金。\n")
    deal = facts(text)["deals"][0]
    assert (deal.licensor, deal.licensee) == ("沐岩生醫", "Brightwell Oncology")
    assert (deal.upfront.amount, deal.upfront.currency) == (6, "USD")
    assert (deal.milestones.amount, deal.milestones.currency, deal.milestones.qualifier) == (140, "USD", "up_to")


def test_rights_granted_in_a_region_written_with_yu_and_zhi(facts):
    text = "澄川药业宣布将QX-12于大中华区以外之全球开发及商业化权利授予Norrland Bio，首付款3000万美元。"
    assert facts(text)["deals"][0].territory == "大中华区以外之全球"


def test_a_quarter_and_the_year_to_date_on_a_taiwan_page(facts):
    text = ("（本報記者王某台北2026年11月8日電）沐岩生醫今天公布財報，單季營收新台幣2.4億元，年增18%；"
            "前3季累計營收7.1億元，年增12%；前3季稅後淨損0.9億元。")
    rows = {(f.metric, f.period): f.amount for f in facts(text)["financials"]}
    assert rows[("revenue", "2026Q3")] == 240
    assert rows[("revenue", "2026Q1-Q3")] == 710 and rows[("net_profit", "2026Q1-Q3")] == -90


def test_cumulative_monthly_revenue_is_no_contract_period(facts):
    text = "（本報記者王某台北2026年5月8日電）沐岩生醫公布4月營收0.8億元，累計營收3.1億元，年增9%。"
    assert facts(text)["financials"] == []



def test_a_short_name_after_its_trade_and_before_a_day_in_brackets_is_the_company(facts):
    text = ("【本報記者／台北報導】新藥廠嵐碩今（22）日公告，與英國Fernhall Pharma簽署授權合約，將旗下新藥LS-908"
            "授權對方於歐洲開發，簽約金800萬美元，里程碑金最高達9,500萬美元。")
    deal = facts(text)["deals"][0]
    assert deal.licensor == "嵐碩" and deal.licensee == "Fernhall Pharma"
    assert float(deal.upfront.amount) == 8 and float(deal.milestones.amount) == 95


def test_an_approved_drug_registration_puts_the_drug_on_the_market(facts):
    for text in ("嵐碩（6742）今日宣布，新藥LS-515查驗登記申請獲衛福部食藥署核准，可用於治療慢性腎病。",
                 "岚硕（6742）今日宣布，新药LS-515查验登记申请获卫福部食药署核准，可用于治疗慢性肾病。"):
        found = facts(text)
        assert [(a.asset, a.stage) for a in found["assets"]] == [("LS-515", "approved")]
        assert [(e.agency, e.event) for e in found["regulatory"]] == [("TFDA", "approval")]


def test_a_short_name_before_jin_alone_and_its_verb_is_the_company(facts):
    for text in ("瀚川生技今宣布，新藥HC-77獲美國FDA核准上市。", "瀚川生技今公告，新药HC-77获美国FDA核准上市。"):
        events = facts(text)["regulatory"]
        assert [(e.company, e.event) for e in events] == [("瀚川生技", "approval")]


def test_a_filings_royalty_joined_by_zhi_keeps_its_rate_words(facts):
    for text in ("瑞岳生醫授權公告\n2025/09/03\n瑞岳生醫今（3）日公告，與Castellan Bio簽署新藥RY-77於北美地區之授權合約，"
                 "將收取簽約金300萬美元，另依淨銷售額收取高個位數百分比之權利金。",
                 "瑞岳生医授权公告\n2025/09/03\n瑞岳生医今（3）日公告，与Castellan Bio签署新药RY-77于北美地区之授权合约，"
                 "将收取签约金300万美元，另依净销售额收取高个位数百分比之权利金。"):
        assert "个位数" in facts(text)["deals"][0].royalty.replace("個位數", "个位数")


def test_nuclear_medicine_diagnostic_and_therapeutic_drug_words_name_the_modality(facts):
    for text in ("嵐峰生技今日公告，核醫診斷藥物LF-68已獲准進入一期臨床，另一款核醫藥物LF-177進入二期。",
                 "岚峰生物公告，放射性诊断药物LF-68已获准进入一期临床，另一款核医药物LF-177进入二期。"):
        assets = {a.asset: a for a in facts(text)["assets"]}
        assert assets["LF-68"].modality == "imaging_agent"
        assert assets["LF-177"].modality == "radiopharmaceutical"


def test_taiwan_disease_names_are_the_same_indications(facts):
    for disease, indication in (("慢性B型肝炎", "hepatitis B"), ("大腸直腸癌", "colorectal cancer"), ("淋巴癌", "lymphoma"),
                                ("急性骨髓性白血病", "AML"), ("泌尿道上皮癌", "urothelial carcinoma"),
                                ("巴金森氏症", "Parkinson's disease"), ("思覺失調症", "schizophrenia"),
                                ("重鬱症", "major depressive disorder"), ("氣喘", "asthma")):
        event = facts(f"沐川生醫今日公告，MCX-905獲衛福部食藥署核准上市，用於治療{disease}。")["regulatory"][0]
        assert event.indication == [indication], disease


def test_taiwan_and_hong_kong_names_for_prostate_cancers_are_the_same_indications():
    from pharmalens.documents.normalise import fold_forms
    from pharmalens.extraction.lexicon import default_lexicon
    text = fold_forms("MCX-771用於轉移性去勢抗性攝護腺癌；LF-22用於轉移性荷爾蒙敏感性攝護腺癌；QH-9用於去勢抗性前列腺癌。")
    found = [h.canonical for h in default_lexicon().find(text, {"indication"})]
    assert found == ["mCRPC", "mHSPC", "CRPC"]


def test_milestone_money_summed_is_the_milestones_not_the_deals_total(facts):
    for text in ("嵐峰生技公告,將LF-330歐洲權利授權予Quorvane AG,簽約金新台幣9,000萬元,後續開發及銷售里程碑金合計最高可達美金1.4億元。",
                 "岚峰生技公告,将LF-330欧洲权利授权予Quorvane AG,首付款300万美元,里程碑款项合计不超过1.4亿美元。"):
        deal = facts(text)["deals"][0]
        assert float(deal.milestones.amount) == 140.0 and deal.milestones.currency == "USD"
        assert deal.total is None


def test_a_latin_name_run_on_into_a_chinese_trade_word_is_the_partner(facts):
    for text in ("嵐峰生技公告,本公司授權予日本Sorami製藥之眼科新藥LF-72已提出上市申請,依合約將收取里程碑金美金200萬元。",
                 "岚峰生技公告,与韩国Hanbit生技签署LF-72授权合约,签约金美金150万元。"):
        deal = facts(text)["deals"][0]
        assert deal.licensee in ("Sorami製藥", "Sorami制药", "Hanbit生技") and deal.asset == "LF-72"


def test_a_firm_that_licenses_a_one_word_latin_partner_names_both_parties(facts):
    for text in ("沐川生醫授權Quellon Oncology於歐洲開發MCX-90,簽約金美金400萬元,並依淨銷售額收取5%權利金。",
                 "沐川生醫公告,授權Quellon於歐洲開發新藥MCX-90,簽約金美金400萬元。",
                 "沐川生医公告,将MCX-90授权予德国Quellon,签约金美金400万元。"):
        deal = facts(text)["deals"][0]
        assert deal.licensor in ("沐川生醫", "沐川生医") and deal.licensee.startswith("Quellon")
        assert float(deal.upfront.amount) == 4.0


def test_a_headline_with_its_phrases_parted_by_a_space_is_not_joined_to_the_story(facts):
    for body in ("晴川生技授權韓國Daeho製藥 簽約金500萬美元\n"
                 "晴川生技(6619)今(3)日公告，將皮膚科新藥QC-17在韓國的權利授權予Daeho製藥。依合約，晴川生技可收取簽約金500萬美元，"
                 "並可再獲里程碑金最高3,600萬美元。",
                 "晴川生技授权韩国Daeho制药 签约金500万美元\n"
                 "晴川生技(6619)今(3)日公告，将皮肤科新药QC-17在韩国的权利授权予Daeho制药。依合约，晴川生技可收取签约金500万美元，"
                 "并可再获里程碑金最高3,600万美元。"):
        deals = facts(body)["deals"]
        assert {d.licensor for d in deals} == {"晴川生技"}
        assert any(d.milestones and float(d.milestones.amount) == 36 for d in deals)


def test_a_developer_descriptor_before_the_name_is_not_part_of_it(facts):
    for text in ("眼科新藥開發商澄穗生技(6705)今日公告，將新藥CS-31授權予Hallam製藥。",
                 "眼科新药开发商澄穗生技(6705)今日公告，将新药CS-31授权予Hallam制药。",
                 "小核酸药物研发商澄穗生物今日宣布，将CS-31授权予Hallam制药。"):
        assert [d.licensor for d in facts(text)["deals"]] in (["澄穗生技"], ["澄穗生物"]), text


def test_a_royalty_rate_written_as_a_range_is_kept_whole(facts):
    cases = {"穗嘉新藥(6577)宣布，將新藥SJ-88在泰國之權利授權予Chaiyo製藥，並依年銷售額收取6%至11%的權利金。": "6%至11%的權利金",
             "穗嘉新药宣布，将SJ-88在泰国的权利授权予Chaiyo制药，并可收取7%-13%的销售分成。": "7%-13%的销售分成"}
    for text, rate in cases.items():
        assert [d.royalty for d in facts(text)["deals"]] == [rate], text


def test_the_bodys_exact_terms_win_over_the_headlines_rounded_ones(facts):
    for text in ("嘉騰生技授權美國Corvane 里程碑金逾2億美元\n鉅亨網 2026/09/30\n"
                 "嘉騰生技(6739)今日宣布，將抗體新藥JT-310全球權利授權給美國Corvane Therapeutics，嘉騰將取得簽約金1,200萬美元，"
                 "並可依開發及銷售進度取得最高2.36億美元的里程碑金。",
                 "嘉腾生技授权美国Corvane 里程碑金逾2亿美元\n钜亨网 2026/09/30\n"
                 "嘉腾生技(6739)今日宣布，将抗体新药JT-310全球权利授权给美国Corvane Therapeutics，嘉腾将取得签约金1,200万美元，"
                 "并可依开发及销售进度取得最高2.36亿美元的里程碑金。"):
        deal = facts(text)["deals"][0]
        assert (float(deal.milestones.amount), deal.milestones.qualifier) == (236.0, "up_to"), text


def test_upfront_and_milestones_summed_together_are_the_total(facts):
    for text in ("禾信新藥(6588)宣布，將HX-19在越南之權利授權予Minh An製藥，可獲簽約金及里程碑金共3,150萬美元。",
                 "禾信新药宣布，将HX-19在越南的权利授权予Minh An制药，首付款和里程碑付款合计最高3.15亿美元。"):
        deal = facts(text)["deals"][0]
        assert deal.total is not None and deal.milestones is None, text
        assert float(deal.total.amount) in (31.5, 315.0)
