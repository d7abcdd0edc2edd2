"""English probes of 1 December (s30c): summaries, press releases and news on Chinese and Taiwan firms."""
import pytest


def test_an_approval_from_a_long_named_agency_to_start_a_trial_is_an_ind_clearance(facts):
    text = ("Kestrel Biologics (凯翔生技, 6742) said it had won approval from Taiwan's Food and Drug "
            "Administration to start a phase 1 study of its antibody KB-207 in gastric cancer.")
    records = facts(text)
    assert [(r.asset, r.event) for r in records["regulatory"]] == [("KB-207", "ind")]
    assert [a.stage for a in records["assets"] if a.asset == "KB-207"] != ["approved"]


def test_a_prior_period_after_an_earlier_figure_is_not_the_period_of_the_next_figure(facts):
    text = ("Hong Kong-listed Sunmere Biotech (1893.HK) reported a net loss of HK$86.2 million for the first "
            "half of 2026, against HK$120.4 million a year earlier, while its revenue climbed 41% to HK$530 million.")
    revenue = [(f.period, f.amount) for f in facts(text)["financials"] if f.metric == "revenue"]
    assert revenue == [("2026H1", 530)]


def test_a_deal_told_in_a_bullet_and_recapped_in_a_table_keeps_the_terms_only_the_bullet_gives(facts):
    text = ("# Oncology deals this week\n\n"
            "- **Marlowe Bio** licensed MB-620, a Nectin-4 antibody-drug conjugate, to **Ostrand Pharma** for "
            "$35 million upfront and up to $480 million in milestones.\n\n"
            "| Licensor | Licensee | Asset | Upfront |\n|---|---|---|---|\n"
            "| Marlowe Bio | Ostrand Pharma | MB-620 | $35M |\n")
    deals = facts(text)["deals"]
    assert [(d.licensor, d.licensee, d.upfront.amount, d.milestones and d.milestones.amount) for d in deals] \
        == [("Marlowe Bio", "Ostrand Pharma", 35, 480)]


def test_one_line_deal_summaries_with_an_arrow_and_pipes_are_deals_from_the_first_party_to_the_second(facts):
    text = ("Licensing digest, week 48\n\n"
            "Deal: **Varrow Oncology** → **Kitemoor Pharma** | VO-331 (B7-H3 antibody-drug conjugate) | "
            "$22M upfront | up to $740M total\n"
            "Deal: Lindqvist Bio -> Oriel Therapeutics | LQ-50 (TROP2 bispecific) | $12M upfront | up to $300M total\n")
    deals = sorted((d.licensor, d.licensee, d.asset, d.upfront.amount, d.total.amount) for d in facts(text)["deals"])
    assert deals == [("Lindqvist Bio", "Oriel Therapeutics", "LQ-50", 12, 300),
                     ("Varrow Oncology", "Kitemoor Pharma", "VO-331", 22, 740)]


def test_a_chinese_one_line_deal_summary_with_an_arrow_is_a_deal_too(facts):
    text = "本週授權交易速覽\n\n交易：蘇州明灝生物 → 柏瑞醫藥 | MH-207（CLDN18.2 ADC）| 首付款3000萬美元 | 總額最高8.5億美元\n"
    deals = [(d.licensor, d.licensee, d.asset, d.upfront.amount, d.total.amount) for d in facts(text)["deals"]]
    assert deals == [("蘇州明灝生物", "柏瑞醫藥", "MH-207", 30, 850)]


def test_a_funding_round_told_as_a_summary_card_is_a_financing(facts):
    text = ("## Funding round\n\n"
            "**Company:** Tarnwell Radiotherapeutics\n**Round:** Series B\n**Amount:** $71 million\n"
            "**Lead investor:** Hollis Peak Ventures\n**Other investors:** Brackenridge Capital, Ormsby Health Fund\n"
            "**Use of proceeds:** a phase 2 trial of TRW-12, its FAP-targeted lutetium-177 therapy\n")
    rounds = [(f.company, f.round, f.amount.amount, sorted(f.investors)) for f in facts(text)["financings"]]
    assert rounds == [("Tarnwell Radiotherapeutics", "b", 71,
                       ["Brackenridge Capital", "Hollis Peak Ventures", "Ormsby Health Fund"])]


@pytest.mark.parametrize("text, company, investor", [
    ("融资速递\n\n融资方：杭州澜核医药\n轮次：A+轮\n融资金额：3亿元人民币\n领投方：启航资本\n"
     "资金用途：推进LH-225（靶向SSTR2的锕-225药物）的I期临床\n", "杭州澜核医药", "启航资本"),
    ("融資速遞\n\n融資方：新竹曜核生技\n輪次：A+輪\n融資金額：3億元人民幣\n領投方：啟航資本\n"
     "資金用途：推進YH-225（靶向SSTR2的錒-225藥物）的I期臨床\n", "新竹曜核生技", "啟航資本"),
], ids=["simplified", "traditional"])
def test_a_chinese_funding_card_is_a_financing_too(facts, text, company, investor):
    rounds = [(f.company, f.round, f.amount.amount, f.investors) for f in facts(text)["financings"]]
    assert rounds == [(company, "a", 300, [investor])]


def test_the_outlet_a_company_told_of_its_round_is_no_investor(facts):
    text = ("Wuxi-based Heyan Biotherapeutics (和研生物) has raised 320 million yuan ($44 million) in a Series B "
            "round led by Lakeshore Healthcare Partners, the company told Caixin Global on Monday. The money will fund "
            "trials of its antibody HY-12.")
    rounds = [(f.company, f.investors) for f in facts(text)["financings"]]
    assert rounds == [("Heyan Biotherapeutics", ["Lakeshore Healthcare Partners"])]


@pytest.mark.parametrize("text, company", [
    ("Hangzhou-based Ruolin Therapeutics (若林医药) said on Friday it has raised 280 million yuan in a Series B "
     "round. The proceeds will fund a phase 2 trial of RL-404, its oral menin inhibitor, in leukemia.",
     "Ruolin Therapeutics"),
    ("Chengdu-based Tavish Biologics has secured $38 million in a Series A round. The money will take TV-07, its "
     "IL-23 antibody, into a phase 1 trial.", "Tavish Biologics"),
    ("核药初创企业宁波澄核医药完成3亿元A轮融资。公司核心产品CH-212是一款铅-212标记的多肽药物，目前处于I期临床。",
     "宁波澄核医药"),
], ids=["gloss-said", "secured", "zh-completed"])
def test_the_raiser_of_a_financing_lead_owns_the_drugs_the_article_names(facts, text, company):
    assert [a.company for a in facts(text)["assets"]] == [company]


@pytest.mark.parametrize("verb", ["sweetened its offer for", "made a $2.4 billion bid for", "launched a buyout of"])
def test_a_bidder_s_offer_for_a_company_is_an_acquisition(facts, verb):
    text = (f"Dorrance Pharma on Thursday {verb} Keswick Oncology, valuing the radiopharmaceutical developer "
            "at about $2.4 billion, or $31 per share.")
    deals = [(d.licensor, d.licensee, d.deal_type, d.total and d.total.amount) for d in facts(text)["deals"]]
    assert deals == [("Keswick Oncology", "Dorrance Pharma", "acquisition", 2400)]


@pytest.mark.parametrize("heading", ["Forward-Looking Statements", "Cautionary Note Regarding Forward-Looking Statements",
                                     "前瞻性陳述"])
def test_a_phase_named_in_a_release_s_forward_looking_statements_is_no_stage_reached(facts, heading):
    text = ("Tamsin Bio today reported phase 1 data for TB-88, its GPC3-targeted radioligand, in liver cancer: "
            "the objective response rate was 31%.\n\n"
            f"{heading}\n"
            "This press release contains forward-looking statements, including the start of a pivotal phase 3 "
            "trial of TB-88 in 2027 and the potential approval of TB-88.\n\n"
            "Investor Contact\nSam Doe, ir@tamsin.example\n")
    assert [a.stage for a in facts(text)["assets"] if a.asset == "TB-88"] == ["phase1"]


def test_a_one_sentence_round_of_a_biotherapeutics_company_is_biopharma_news():
    from pharmalens.documents.relevance import is_relevant
    assert is_relevant("Nanjing-based Qiaolan Biotherapeutics has raised 150 million yuan in a Series A round led by "
                       "Riverbend Capital, the company said on Wednesday.")


@pytest.mark.parametrize("cell, expected", [("Greater China", "Greater China"), ("worldwide ex-Japan", "worldwide ex-Japan"),
                                            ("大中华区", "大中华区")])
def test_a_region_cell_of_a_one_line_deal_is_its_territory(facts, cell, expected):
    text = ("Deals in brief\n\n"
            f"Corrib Bio → Ansley Pharma | CB-19 (HER3 antibody-drug conjugate) | $18M upfront | {cell} | up to $410M total\n")
    assert [d.territory for d in facts(text)["deals"]] == [expected]


def test_an_approval_from_a_country_s_drug_regulator_to_start_trials_is_that_country_s_ind(facts):
    text = ("Guangzhou-based Minqiao Biotech (敏桥生物) has won approval from China's drug regulator to start "
            "clinical trials of MQ-330, an siRNA drug targeting ANGPTL3, the company said.")
    records = facts(text)
    assert [(r.asset, r.event, r.agency) for r in records["regulatory"]] == [("MQ-330", "ind", "NMPA")]
    assert [a.stage for a in records["assets"]] == ["ind"]


def test_a_chinese_name_in_brackets_after_a_group_s_english_name_is_the_same_company(facts):
    text = ("Hong Kong-listed Tianrui Biopharma Group (天瑞生物医药集团, 2389.HK) said the NMPA had accepted its "
            "marketing application for TR-501, a TROP2 antibody-drug conjugate, for breast cancer.")
    records = facts(text)
    owners = {a.company for a in records["assets"]} | {r.company for r in records["regulatory"]}
    assert len(owners) == 1 and owners.pop().startswith("Tianrui Biopharma")


@pytest.mark.parametrize("verb, sign", [("slipped", -1), ("tumbled", -1), ("soared", 1), ("advanced", 1)])
def test_trade_press_verbs_of_change_give_the_year_on_year_change(facts, verb, sign):
    text = ("SHANGHAI, Aug. 28, 2026 -- Shanghai-listed Qinglan Pharmaceutical (603877) said its first-half revenue "
            f"{verb} 7.2 percent to 2.35 billion yuan.")
    assert [(f.metric, f.yoy_pct) for f in facts(text)["financials"]] == [("revenue", sign * 7.2)]


@pytest.mark.parametrize("text, expected", [
    ("## Deal of the week\n\n**Licensor:** Hollin Radiopharma\n**Licensee:** Bexford Oncology\n"
     "**Asset:** HR-330, a CA9-targeted lutetium-177 agent\n**Upfront:** $28 million\n**Milestones:** up to $515 million\n",
     ("Hollin Radiopharma", "Bexford Oncology", "HR-330", 28, 515)),
    ("本周交易\n\n许可方：苏州恒核医药\n被许可方：Bexford Oncology\n资产：HH-77（靶向FAP的放射性药物）\n"
     "首付款：2800万美元\n里程碑：最高5.15亿美元\n", ("苏州恒核医药", "Bexford Oncology", "HH-77", 28, 515)),
], ids=["en", "zh"])
def test_a_deal_told_as_a_summary_card_is_a_deal(facts, text, expected):
    deals = [(d.licensor, d.licensee, d.asset, d.upfront.amount, d.milestones.amount) for d in facts(text)["deals"]]
    assert deals == [expected]


@pytest.mark.parametrize("text", [
    "In the phase 3 KESTREL-2 trial of TQ-55 in 520 patients with gastric cancer, median overall survival was "
    "15.3 vs 11.0 months with placebo (HR 0.71).",
    "III期KESTREL-2研究纳入520例胃癌患者，TQ-55组的中位总生存期为15.3对比11.0个月（HR 0.71）。",
], ids=["en", "zh"])
def test_a_median_told_against_the_control_with_one_unit_is_the_drug_s(facts, text):
    medians = [(c.asset, c.endpoint, c.value) for c in facts(text)["clinical"] if c.endpoint.endswith("_median")]
    assert medians == [("TQ-55", "OS_median", 15.3)]


def test_the_patients_a_rate_is_read_on_may_be_described_between_count_and_noun(facts):
    text = ("In the phase 2 OSPREY study, AX-230, a PSMA-targeted radioligand, achieved a PSA50 response in 62% "
            "of 45 heavily pretreated mCRPC patients.")
    assert [(c.endpoint, c.value, c.n) for c in facts(text)["clinical"]] == [("PSA50", 62.0, 45)]


@pytest.mark.parametrize("text", [
    "Quellin Bio agreed to be acquired by Marsh Pharma for about $1.8 billion. Quellin will pay Tarvo Therapeutics "
    "a $52 million termination fee to end their earlier merger agreement.",
    "马什制药同意以约18亿美元收购奎林生物。奎林生物将向塔沃医药支付5200万美元分手费，以终止双方此前的合并协议。",
], ids=["en", "zh"])
def test_a_fee_that_ends_an_agreement_makes_no_deal_of_payer_and_payee(facts, text):
    deals = facts(text)["deals"]
    assert len(deals) == 1 and deals[0].total.amount == 1800


def test_the_indication_in_one_drug_s_apposition_is_not_the_next_drug_s(facts):
    text = ("Pellwood Therapeutics is developing PW-410, an oral KRAS G12C inhibitor in a phase 2 trial for "
            "colorectal cancer, and PW-522, which is in phase 1.")
    indications = {a.asset: a.indication for a in facts(text)["assets"]}
    assert indications == {"PW-410": ["colorectal cancer"], "PW-522": []}


def test_a_trial_of_n_patients_told_after_the_result_is_the_result_s_population(facts):
    text = ("Key takeaways\n"
            "- Daventry Bio's DV-17 lowered the risk of progression or death by 29% (HR 0.71; 95% CI 0.58-0.87) in the "
            "phase 3 HARBOR-2 trial of 488 patients with ovarian cancer.\n")
    assert [(c.endpoint, c.n) for c in facts(text)["clinical"]] == [("PFS_HR", 488)]


def test_the_company_a_stake_is_bought_in_may_be_described_by_its_trade_before_its_name(facts):
    text = ("Ningbo Taihe Medical (泰禾医疗, 300912.SZ) will buy a 70 per cent stake in radiopharmaceutical maker Yongjia Isotope "
            "for 900 million yuan (US$125 million).")
    deals = [(d.licensor, d.licensee) for d in facts(text)["deals"]]
    assert deals == [("Yongjia Isotope", "Ningbo Taihe Medical")]


def test_overseas_rights_are_the_deal_s_territory(facts):
    text = ("Suzhou-based Lanting Bio (兰亭生物) has out-licensed overseas rights to its IL-4R antibody LT-208 to Brenner "
            "Pharma for $40 million upfront.")  # 海外权益 was read already
    assert [d.territory for d in facts(text)["deals"]] == ["overseas"]
