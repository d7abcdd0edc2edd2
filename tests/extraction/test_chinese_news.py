"""Chinese-language news in our own words: 公告, HKEX and MOPS filings, trade-press round-ups and
快讯, in simplified and traditional script."""


def test_a_firm_named_x_yiliao_that_completes_a_round_is_the_raiser(facts):
    for text in ("融资快讯｜近日，核药企业澄溪医疗宣布完成2.5亿元A+轮融资，本轮由鹭岛资本领投，青岚创投跟投。",
                 "融資快訊｜近日，核藥企業澄溪醫療宣布完成2.5億元A+輪融資，本輪由鷺島資本領投，青嵐創投跟投。"):
        records = facts(text)["financings"]
        assert [r.company[:2] for r in records] == ["澄溪"] and records[0].company.endswith(("医疗", "醫療"))
        assert float(records[0].amount.amount) == 250 and records[0].round == "a"


def test_a_code_whose_letters_also_open_a_target_symbol_is_the_drug_of_the_results(facts):
    for text in ("ESMO快讯｜澄溪生物公布MC-507治疗晚期胃癌的II期研究结果：64例可评估患者中，ORR为41.2%。",
                 "ESMO快訊｜澄溪生物公布MC-507治療晚期胃癌的II期研究結果：64例可評估患者中，ORR為41.2%。"):
        records = facts(text)
        assert [r.asset for r in records["assets"]] == ["MC-507"]
        assert [(r.asset, r.endpoint, r.value, r.n) for r in records["clinical"]] == [("MC-507", "ORR", 41.2, 64)]


def test_a_gmp_inspection_by_a_provincial_drug_regulator_is_recorded_under_nmpa(facts):
    for text in ("快讯｜岚川药业公告，全资子公司岚川核药近日通过浙江省药品监督管理局药品GMP符合性检查。",
                 "快訊｜嵐川藥業公告，全資子公司嵐川核藥近日通過浙江省藥品監督管理局藥品GMP符合性檢查。",
                 "岚川药业公告，子公司收到四川省药监局出具的《药品GMP符合性检查告知书》，检查结论为符合要求。"):
        records = facts(text)["regulatory"]
        assert [(r.agency, r.event) for r in records] == [("NMPA", "gmp_pass")]


def _figures(records):
    return sorted((r.period, r.metric, float(r.amount)) for r in records["financials"])


def test_a_flash_of_a_forecast_for_a_closed_year_reports_that_years_figure(facts):
    for text in ("2026-02-03 19:05\n快讯：岚川药业公告，预计2025年归母净利润6400万元-8000万元，上年同期亏损1520万元。",
                 "2026-02-03 19:05\n快訊：嵐川藥業晚間公告，預計2025年歸母淨利潤6400萬元-8000萬元，上年同期虧損1520萬元。"):
        assert _figures(facts(text)) == [("FY2024", "net_profit", -15.2), ("FY2025", "net_profit", 64.0)]
    guidance = "2026-02-03 19:05\n岚川药业表示，预计2026年营业收入将达到12亿元。"
    assert facts(guidance)["financials"] == []


def test_an_undated_page_of_a_results_preannouncement_reports_its_figure(facts):
    text = "岚川药业发布2025年度业绩预告：预计归属于上市公司股东的净利润为7,300万元至9,100万元。"
    assert _figures(facts(text)) == [("FY2025", "net_profit", 73.0)]


def test_the_prior_period_of_a_comparison_is_no_period_for_the_next_clause(facts):
    for text in ("2026-01-28 20:10\n岚川药业2025年度业绩预告：预计归母净利润为1.3亿元，与上年同期相比增长52%；扣除非经常性损益后的净利润为9,800万元。",
                 "2026-01-28 20:10\n嵐川藥業2025年度業績預告：預計歸母淨利潤為1.3億元，與上年同期相比增長52%；扣除非經常性損益後的淨利潤為9,800萬元。"):
        periods = {r.metric: r.period for r in facts(text)["financials"]}
        assert periods == {"net_profit": "FY2025", "net_profit_excl_nonrecurring": "FY2025"}


def test_cyclotrons_counted_by_tai_in_a_plant_are_that_plants_machines_not_a_site_of_their_own(facts):
    for text in ("2026年4月8日，岚川核药位于四川绵阳的西南核药生产基地正式投产。该基地配备3台医用回旋加速器，设计产能为每年12万人份。",
                 "2026年4月8日，嵐川核藥位於四川綿陽的西南核藥生產基地正式投產。該基地配備3台醫用迴旋加速器，設計產能為每年12萬人份。"):
        records = facts(text)["facilities"]
        assert len(records) == 1
        assert "生产基地" in records[0].name.replace("生產", "生产") and "12" in records[0].capacity


def test_a_firm_named_right_before_its_placed_plant_owns_the_plant(facts):
    for text in ("2026年3月2日，澄溪药业绵阳生产基地正式投产，可年产Lu-177放射性药物。",
                 "2026年3月2日，澄溪藥業綿陽生產基地正式投產，可年產Lu-177放射性藥物。",
                 "2026年3月2日，澄溪药业西南核药生产基地正式投产，可年产Lu-177放射性药物。"):
        records = facts(text)["facilities"]
        assert [r.company[:2] for r in records] == ["澄溪"] and records[0].company.endswith(("药业", "藥業"))


def test_a_plants_name_starts_after_a_colon_and_its_capacity_needs_a_figure(facts):
    text = "核药扩产：2026年3月2日，澄溪药业绵阳生产基地正式投产，产能持续扩大。"
    record = facts(text)["facilities"][0]
    assert record.name.startswith("澄溪药业绵阳") and record.capacity is None
    text = "核药扩产：澄溪药业绵阳生产基地正式投产，设计产能为每年12万人份。"
    record = facts(text)["facilities"][0]
    assert record.name.startswith("澄溪药业绵阳") and "12万人份" in record.capacity


def test_a_trial_plan_approved_by_an_agency_is_an_ind_clearance_not_a_plan_nor_an_approval(facts):
    for text in ("沐岩生醫今天宣布，新藥MY-330治療乾眼症之第二期臨床試驗計畫獲美國FDA核准。",
                 "沐岩生医今天宣布，新药MY-330治疗干眼症之第二期临床试验计划获美国FDA核准。",
                 "5.發生緣由:沐岩生醫新藥MY-330治療乾眼症之第二期臨床試驗計畫，獲美國FDA核准。"):
        records = facts(text)["regulatory"]
        assert [(r.asset, r.agency, r.event) for r in records] == [("MY-330", "FDA", "ind")]
    marketed = "沐岩生醫今天宣布，新藥MY-330完成第三期臨床試驗後獲美國FDA核准上市。"
    assert [r.event for r in facts(marketed)["regulatory"]] == ["approval"]


def test_investors_with_latin_names_that_are_also_english_words_lead_or_join_a_round(facts):
    for text in ("融资快讯｜近日，澄溪药业完成8000万美元B轮融资，本轮由Meadow Capital领投，Beacon Partners、青岚创投跟投，资金将用于核药管线。",
                 "融資快訊｜近日，澄溪藥業完成8000萬美元B輪融資，本輪由Meadow Capital領投，Beacon Partners、青嵐創投跟投，資金將用於核藥管線。"):
        record = facts(text)["financings"][0]
        assert {"Meadow Capital", "Beacon Partners"} <= set(record.investors)


def test_investors_listed_after_touzifang_wei_even_when_their_names_are_common_words(facts):
    for text in ("近日，澄屿生物宣布完成8000万元天使轮融资，投资方为晨光创投、白鹭资本，资金将用于核药管线。",
                 "近日，澄嶼生物宣布完成8000萬元天使輪融資，投資方為晨光創投、白鷺資本，資金將用於核藥管線。"):
        record = facts(text)["financings"][0]
        assert len(record.investors) == 2 and any(i.startswith("晨光") for i in record.investors)


def test_a_milestone_payment_named_as_a_noun_does_not_make_the_grantor_the_payer(facts):
    for text in ("岚湾医药-B(2931)公布，集团与北欧药企Fjordal达成授权协议，授出LW-226在大中华区以外的权利，可获首付款3亿港元及最多28亿港元的里程碑付款。",
                 "嵐灣醫藥-B(2931)公布，集團與北歐藥企Fjordal達成授權協議，授出LW-226在大中華區以外的權利，可獲首付款3億港元及最多28億港元的里程碑付款。"):
        deal = facts(text)["deals"][0]
        assert deal.licensor.startswith(("岚湾", "嵐灣")) and deal.licensee == "Fjordal"
