"""Record builders on our own sentences, in both languages, with invented companies and numbers."""



def test_english_licence_with_upfront_milestones_and_royalties(facts):
    text = ("SHANGHAI, March 3, 2026 /PRNewswire/ -- Huaxi Biotherapeutics Co., Ltd. and Kestrel Oncology Inc. "
            "announced an exclusive license agreement for HXR-301, a Phase I FAP-targeted radioligand therapy. "
            "Kestrel will pay an upfront payment of $45 million and up to $1.2 billion in development, regulatory "
            "and commercial milestones, plus tiered royalties on net sales outside Greater China. Clinical data "
            "in patients with pancreatic cancer supported the drug.")
    deal = facts(text)["deals"][0]
    assert deal.licensor.startswith("Huaxi") and deal.licensee.startswith("Kestrel")
    assert deal.upfront.amount == 45 and deal.milestones.amount == 1200 and deal.total is None
    assert deal.deal_type == "license" and deal.royalty.startswith("tiered royalt")
    assert deal.announced == "2026-03-03" and deal.asset == "HXR-301"


def test_chinese_licence_names_the_licensee_after_xu_ke_gei(facts):
    text = ("2025年8月，澜沧核药股份有限公司公告称，公司与欧洲药企Solenne Pharma签署授权许可协议，"
            "将公司的LC-1104注射液在欧盟、英国市场独占的商业化权益有偿许可给Solenne Pharma，"
            "首付款及里程碑总金额最高至2.36亿欧元。该药物处于II期临床。")
    deal = facts(text)["deals"][0]
    assert deal.licensor == "澜沧核药" and deal.licensee == "Solenne Pharma"
    assert deal.total.amount == 236 and deal.total.currency == "EUR" and deal.total.qualifier == "up_to"
    assert deal.asset == "LC-1104" and deal.announced == "2025-08" and "欧盟" in deal.territory


def test_acquisition_roles(facts):
    text = ("Corvane Therapeutics agreed to acquire Northwind Radiopharma for $2.1 billion in cash. "
            "The radiopharmaceutical company's Ac-225 programme is in Phase II clinical trials for prostate cancer.")
    deal = facts(text)["deals"][0]
    assert deal.deal_type == "acquisition"
    assert deal.licensee.startswith("Corvane") and deal.licensor.startswith("Northwind")


def test_terminations_respectively_in_chinese(facts):
    text = ("2021年，启恒生物医药股份有限公司接连宣布终止在研新药。3月4日晚间，公司公告，QH-1805、QH-2207两款分别处于"
            "临床I期和II期的新药同步叫停，对应研发投入分别为4280.6万元和1.35亿元。药物临床研究患者入组。")
    records = {t.asset: t for t in facts(text)["terminations"]}
    assert records["QH-1805"].phase == "phase1" and records["QH-2207"].phase == "phase2"
    assert float(records["QH-1805"].cumulative_spend.amount) == 42.806
    assert float(records["QH-2207"].cumulative_spend.amount) == 135
    assert records["QH-1805"].date == "2021-03-04"


def test_financials_with_losses_periods_and_yoy(facts, one):
    text = ("澜沧核药股份有限公司发布业绩。2026年一季度，公司实现营业收入3.46亿元，同比增长18.2%；"
            "归母净利润亏损5230.5万元，上年同期亏损7812万元。公司研发管线药物进入临床。")
    records = facts(text)["financials"]
    revenue = one(records, metric="revenue")
    assert revenue.period == "2026Q1" and revenue.amount == 346 and revenue.yoy_pct == 18.2
    loss = one(records, metric="net_profit", period="2026Q1")
    assert float(loss.amount) == -52.305


def test_english_financials_with_segment(facts, one):
    text = ("Dongfang Isotope Corporation reported operating revenue of RMB 3.5 billion in 2025, with its "
            "radiopharmaceutical business generating RMB 1.2 billion, a year-on-year increase of 9.1%. "
            "Its drugs treat cancer patients in clinical practice.")
    records = facts(text)["financials"]
    assert one(records, metric="revenue").amount == 3500
    segment = one(records, metric="segment_revenue")
    assert segment.segment == "radiopharmaceuticals" and segment.amount == 1200 and segment.yoy_pct == 9.1


def test_clinical_results_with_n_and_ci(facts, one):
    text = ("Northwind Radiopharma Inc. presented NW-225 data in mCRPC patients. Among 24 evaluable patients, "
            "15 achieved a PSA50 response (62.5%); the objective response rate (ORR) was 41.2% (7/17). "
            "In the LUMEN-2 study, rPFS improved (HR 0.64; 95% CI: 0.49, 0.83).")
    records = facts(text)["clinical"]
    psa = one(records, endpoint="PSA50")
    assert psa.value == 62.5 and psa.n == 24 and psa.asset == "NW-225"
    assert one(records, endpoint="ORR").n == 17
    hr = one(records, endpoint="rPFS_HR")
    assert hr.value == 0.64 and hr.ci == [0.49, 0.83] and hr.trial == "LUMEN-2"


def test_gmp_inspection_split_by_scope(facts, one):
    text = ("Sabliere Biologics SA said the inspection of its Lyon plant in February 2026 found the drug substance "
            "line compliant with EU GMP, while the drug product line was non-compliant, citing deviation "
            "management. The biosimilar drug treats patients with arthritis.")
    records = facts(text)["regulatory"]
    assert one(records, event="gmp_pass").scope == "drug substance"
    fail = one(records, event="gmp_fail")
    assert fail.scope == "drug product" and fail.finding == "deviation management" and fail.date == "2026-02"


def test_financing_round_and_investors(facts):
    text = "2025年3月，华曦生物科技有限公司完成3亿元B轮融资，由启明资本领投，远山创投跟投。公司的核药管线进入临床。"
    record = facts(text)["financings"][0]
    assert record.company == "华曦" and record.round == "b" and record.amount.amount == 300
    assert set(record.investors) == {"启明资本", "远山创投"}


def test_ipo_amount_is_the_raise_not_the_share_price(facts):
    text = "禾康生技股份有限公司於2025年6月在櫃買中心掛牌上櫃，每股承銷價新台幣68元，募資新台幣12億元，用於建置鎦-177產線。"
    record = facts(text)["financings"][0]
    assert record.round == "ipo" and record.exchange == "TPEx"
    assert record.amount.currency == "TWD" and record.amount.amount == 1200


def test_cyclotron_facility(facts):
    text = ("Lancang Isotope Technology said its 30 MeV cyclotron was commissioned in May 2026 and produces "
            "Ge-68, I-123 and Ac-225 for radiopharmaceutical drug trials in cancer patients.")
    record = facts(text)["facilities"][0]
    assert record.kind_of_site == "cyclotron" and record.date == "2026-05"
    assert record.nuclides == ["Ge-68", "I-123", "Ac-225"]


def test_off_topic_articles_yield_no_records(facts):
    text = ("The burger chain signed a franchise agreement with Texas Grill Partners Inc.: an upfront franchise fee "
            "of $45,000 per restaurant and royalties of 6% of sales, with up to $2 million in development milestones.")
    assert all(not records for records in facts(text).values())
