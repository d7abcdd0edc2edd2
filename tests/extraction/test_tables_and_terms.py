"""Tables, defined terms, listed terminations and several events in one sentence, on our own text."""


def test_deal_list_table_in_traditional_chinese(facts):
    text = ("2025年授權交易一覽（金額單位：百萬美元）：\n\n"
            "| 公佈月份 | 許可方 | 被許可方 | 資產 | 類型 | 首付款 | 交易總額 |\n"
            "| 2025年4月 | 華曦生物科技有限公司 | Kestrel Oncology | HXR-301 | 許可 | 45 | 1,245 |\n"
            "| 2025年9月 | 啟衡醫藥有限公司 | Northwind Radiopharma | QH-3310 | 選擇權 | 12 | 527 |\n\n"
            "以上交易均涉及臨床階段的創新藥物，其中包括多款放射性藥物。")
    deals = {d.asset: d for d in facts(text)["deals"]}
    assert deals["HXR-301"].licensee == "Kestrel Oncology" and deals["HXR-301"].total.amount == 1245
    assert deals["HXR-301"].upfront.currency == "USD" and deals["HXR-301"].announced == "2025-04"
    assert deals["QH-3310"].deal_type == "option" and deals["QH-3310"].licensor.startswith("啟衡")


def test_results_table_with_unit_sentence(facts):
    text = ("FY2025 results snapshot of radiopharmaceutical drug makers. Figures are in RMB million.\n\n"
            "| Company | Revenue | YoY | Net profit | YoY | R&D expense |\n"
            "|---|---|---|---|---|---|\n"
            "| Lancang Isotope Corporation | 1,452.3 | +9.8 | -87.6 | n.m. | 361.0 |\n")
    records = {r.metric: r for r in facts(text)["financials"]}
    assert float(records["revenue"].amount) == 1452.3 and records["revenue"].yoy_pct == 9.8
    assert float(records["net_profit"].amount) == -87.6 and records["net_profit"].period == "FY2025"
    assert records["rd_expense"].currency == "CNY"


def test_a_defined_term_names_its_company(facts):
    text = ("瀾滄醫藥集團有限公司\n\n須予披露交易\n\n董事會宣佈，本公司與杭州晟核生物科技有限公司（「目標公司」）之股東訂立協議，"
            "本公司同意以人民幣9.6億元收購目標公司75%股權。目標公司的核藥產品處於I期臨床。")
    deal = facts(text)["deals"][0]
    assert deal.deal_type == "acquisition" and deal.licensor == "晟核" and deal.licensee == "瀾滄"
    assert deal.total.amount == 960 and deal.total.currency == "CNY"


def test_terminations_listed_after_a_colon(facts):
    text = ("上海澜晟生物医药股份有限公司公告称，公司决定终止以下研发项目：\n"
            "1. LS-301注射液：抗体偶联药物，目前处于II期临床阶段，累计研发投入1.38亿元；\n"
            "2. LS-118片：小分子抑制剂，处于I期临床阶段，累计研发投入7421.36万元。\n")
    records = {t.asset: t for t in facts(text)["terminations"]}
    assert records["LS-301"].phase == "phase2" and records["LS-301"].cumulative_spend.amount == 138
    assert records["LS-118"].phase == "phase1" and float(records["LS-118"].cumulative_spend.amount) == 74.2136


def test_two_designations_in_one_sentence(facts):
    text = ("Kestrel Oncology Inc. said KT-225D, a [225Ac]-labelled radioconjugate for small cell lung cancer patients, "
            "received Orphan Drug Designation and Fast Track designation from the FDA in clinical development.")
    events = {e.event for e in facts(text)["regulatory"]}
    assert events == {"orphan", "fast_track"}


def test_percent_nearest_to_its_endpoint_not_the_threshold_or_control(facts):
    text = ("Northwind Radiopharma Inc. reported Phase 3 data for NW-225 in mCRPC patients. Among 398 patients evaluable, "
            "58.2% achieved a PSA decline of 50% or more (PSA50), compared with 31.0% in the control arm.")
    psa = facts(text)["clinical"][0]
    assert psa.endpoint == "PSA50" and psa.value == 58.2 and psa.n == 398


def test_a_deal_table_with_granting_and_granted_parties_as_columns(facts):
    text = ("| 日期 | 授权方 | 被授权方 | 药物 | 首付款 | 总金额 |\n|---|---|---|---|---|---|\n"
            "| 2026-01-09 | 澄岳生物 | Pellmont Bio | CY-12 | 3000万美元 | 9.5亿美元 |\n"
            "| 2026-02-17 | 岭川医药 | Darrow Pharma | LCH-3 | 5000万美元 | 11亿美元 |\n")
    deals = {d.asset: d for d in facts(text)["deals"]}
    assert (deals["CY-12"].licensor, deals["CY-12"].licensee) == ("澄岳生物", "Pellmont Bio")
    assert deals["LCH-3"].upfront.amount == 50 and deals["LCH-3"].total.amount == 1100


def test_a_deal_tables_drug_cell_that_says_what_the_drug_is_gives_the_licensors_asset(facts):
    for table in ("| 转让方 | 受让方 | 产品 | 首付款 |\n|---|---|---|---|\n"
                  "| 岭澜药业 | Harwick Bio | HL-44（FAP RDC） | 2000万美元 |\n| 沐川生物 | Ostrel Pharma | MC-9 | 1亿美元 |",
                  "| 授權方 | 被授權方 | 產品 | 首付款 |\n|---|---|---|---|\n"
                  "| 嶺瀾藥業 | Harwick Bio | HL-44（FAP RDC） | 2000萬美元 |\n| 沐川生物 | Ostrel Pharma | MC-9 | 1億美元 |"):
        found = facts("2026年9月授权交易一览\n" + table)
        assert [(a.asset, a.modality, a.target) for a in found["assets"]] == [("HL-44", "rdc", ["FAP"])]
        assert found["assets"][0].company in ("岭澜药业", "嶺瀾藥業")
        assert len(found["deals"]) == 2


def test_a_flattened_round_up_row_keeps_a_chinese_licensor_apart_from_the_licensee_below_it(facts):
    for text in ("2025年上半年出海授权盘点\n2025年7月20日\n\n许可方\n被许可方\n产品\n首付款\n总金额\n"
                 "岳川医药\nTorvane Bio\nYC-210\n8000万美元\n9.6亿美元\n澄屿生物\nHalbrook Therapeutics\nCY-07\n"
                 "5000万美元\n6.1亿美元\n",
                 "2025年上半年出海授權盤點\n2025年7月20日\n\n許可方\n被許可方\n產品\n首付款\n總金額\n"
                 "岳川醫藥\nTorvane Bio\nYC-210\n8000萬美元\n9.6億美元\n澄嶼生物\nHalbrook Therapeutics\nCY-07\n"
                 "5000萬美元\n6.1億美元\n"):
        deals = {d.asset: d for d in facts(text)["deals"]}
        assert deals["CY-07"].licensor.startswith("澄") and deals["CY-07"].licensee.startswith("Halbrook")
