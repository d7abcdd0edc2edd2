"""Regulatory events in our own words: IND clearances in their many forms, filings, approvals beside
designations, events only expected or told in passing, GMP outcomes, joint holders, product names."""


def events(records, **where):
    return [r for r in records if all(getattr(r, k) == v for k, v in where.items())]


def test_trial_clearances_are_ind_not_approval(facts):
    text = ("澄江药业(600999)公告,公司全资子公司澄江制药收到国家药监局核准签发的洛芬舒胺凝胶的《药物临床试验批准通知书》,"
            "用于治疗膝骨关节炎。\n"
            "Quillon Bio announced that it received a Study May Proceed letter from the FDA for QLB-4410 in solid "
            "tumors.\n"
            "Maplecrest Therapeutics has announced clearance by the FDA for a clinical trial of MCT-208, a "
            "bispecific antibody for gastric cancer.\n"
            "云帆医药(01899.HK)公布,集团开发的新药YF-7731片获美国食品药品监督管理局批准,可在美国开展临床试验。")
    records = facts(text)["regulatory"]
    assert not events(records, event="approval")
    inds = {r.asset: r for r in events(records, event="ind")}
    assert set(inds) >= {"洛芬舒胺凝胶", "QLB-4410", "MCT-208"} and any(a.startswith("YF-7731") for a in inds)
    assert inds["洛芬舒胺凝胶"].agency == "NMPA" and inds["QLB-4410"].agency == "FDA"


def test_an_implied_approval_to_start_trials_is_an_ind_and_no_approved_stage(facts):
    text = ("Beijing-based Corliss Radiopharma said its actinium-225 labelled PSMA radioligand CRP-225 has received "
            "implied approval from China's Center for Drug Evaluation to start clinical trials in prostate cancer. "
            "Separately, Orlen Bio's NTX-14 won tacit approval from the CDE to begin a Phase I study.")
    result = facts(text)
    assert not events(result["regulatory"], event="approval")
    assert {r.asset for r in events(result["regulatory"], event="ind")} >= {"CRP-225", "NTX-14"}
    assert {a.asset: a.stage for a in result["assets"]}["CRP-225"] == "ind"


def test_an_approval_told_again_in_the_next_sentence_is_not_the_combination_partner_s(facts):
    text = ("Japan's PMDA has approved Tovessa Bio's antibody TVB-120 in combination with pembrolizumab for "
            "advanced cervical cancer, the company said. It is the drug's second approved indication in Japan.\n"
            "国家药监局批准岚溪医药的LX-77联合卡铂用于治疗卵巢癌。这是该药获批的第二个适应症。")
    approvals = events(facts(text)["regulatory"], event="approval")
    assert {r.asset for r in approvals} == {"TVB-120", "LX-77"}


def test_a_board_s_approval_is_no_regulatory_approval_and_taiwan_s_fda_is_tfda(facts):
    text = ("Hesper Biotech Co. (6741) said its board approved a private placement of NT$900 million to fund a "
            "Phase 3 trial of its liver drug HB-52 in the U.S. and Taiwan.\n"
            "岚川医药董事会批准向特定对象发行股票，募资用于LC-8的III期临床。\n"
            "Taiwan's Food and Drug Administration has approved Weldon Pharma's biosimilar WD-7.")
    result = facts(text)
    assert [(r.asset, r.agency) for r in events(result["regulatory"], event="approval")] == [("WD-7", "TFDA")]
    stages = {a.asset: a.stage for a in result["assets"]}
    assert stages.get("HB-52") == "phase3" and stages.get("LC-8") != "approved"


def test_refused_trial_and_told_in_passing_approvals_are_no_events(facts):
    text = ("澄川生技公告,C型肝炎新药HC-520已完成美国FDA核准之第二期临床试验,惟中国国家药品监督管理局不核准执行第三期人体临床试验。\n"
            "借助当时在国内获批不久的放射性药物二氯化镭注射液,患者指标逐渐回归正常。\n"
            "After obtaining clearance, the trial of KX-2210 must be completed and approved by the FDA before it can be "
            "marketed. Statements about the potential approval of KX-2210 by the FDA are forward-looking.")
    records = facts(text)["regulatory"]
    assert not events(records, event="approval")
    assert [r.agency for r in events(records, event="ind")] == ["FDA"]


def test_approval_and_orphan_in_one_clause_and_an_accepted_filing(facts):
    text = ("智通财经讯,华澄药业(600888.SH)发布公告,公司收到美国食品药品监督管理局(简称美国FDA)的通知,公司向美国FDA申报的"
            "环磷酰胺注射液的新药简略申请(ANDA)已获得批准且获得孤儿药认定。\n"
            "此外,2025年4月,HX-215的上市许可申请获欧洲药品管理局(EMA)受理。")
    records = facts(text)["regulatory"]
    approval = events(records, event="approval")[0]
    assert approval.agency == "FDA" and approval.asset == "环磷酰胺注射液"
    assert events(records, event="orphan", agency="FDA")
    filing = events(records, event="filing")[0]
    assert filing.agency == "EMA" and filing.asset == "HX-215" and filing.date == "2025-04"


def test_a_designation_granted_to_the_partner_is_the_partners(facts):
    text = ("8月20日,澄江制药宣布,合作方Northwind Oncology就CJ-20093获美国FDA突破性疗法认定。澄江制药于2023年12月与"
            "Northwind Oncology订立独家许可协议。")
    record = events(facts(text)["regulatory"], event="breakthrough")[0]
    assert record.company.startswith("Northwind") and record.asset == "CJ-20093" and record.agency == "FDA"


def test_joint_holders_and_a_list_of_countries(facts):
    text = ("On 14 March 2025, Corvane Therapeutics and Shanghai Lianhe Biosciences received FDA approval for "
            "Velmora (tesolimab) in nasopharyngeal carcinoma.\n\n"
            "Based on the phase 3 results, Kestrel Oncology has submitted marketing applications for KST-88 in the "
            "United States, China, and Japan, with decisions expected in 2026.")
    records = facts(text)["regulatory"]
    holders = {r.company for r in events(records, event="approval")}
    assert any(h.startswith("Corvane") for h in holders) and any("Lianhe" in h for h in holders)
    assert sorted(r.agency for r in events(records, event="filing")) == ["FDA", "NMPA", "PMDA"]


def test_gmp_close_out_is_a_pass_and_letters_and_alerts_are_fails(facts):
    text = ("澄海药业(002777)7月3日晚公告,公司东区厂区于2024年5月接受了美国食品药品监督管理局(FDA)的复检,"
            "并于近期收到了FDA签发的警告信关闭函。目前FDA已将公司东区厂区从进口警示的目录中删除。\n"
            "The U.S. FDA has issued a Warning Letter dated 12 March 2025 to Lindqvist API, citing CGMP "
            "deviations. Separately, the FDA placed the facility's products on Import Alert 66-40 as of "
            "20 February 2025.")
    records = facts(text)["regulatory"]
    passes = events(records, event="gmp_pass")
    assert len(passes) == 1 and passes[0].agency == "FDA" and passes[0].date == "2024-05"
    assert "澄海药业" in passes[0].company
    fails = sorted(r.date for r in events(records, event="gmp_fail"))
    assert fails == ["2025-02-20", "2025-03-12"]


def test_an_application_named_in_brackets_then_approved_is_no_filing(facts):
    text = ("恒岳药业(603999)发布公告,公司收到美国FDA的通知,公司申报的盐酸莫达非尼片的简略新药申请(ANDA,即美国仿制药申请)"
            "已获得批准。")
    records = facts(text)["regulatory"]
    assert {r.event for r in records} == {"approval"}


def test_two_filings_of_one_drug_in_one_sentence_keep_their_own_dates(facts):
    text = ("澜亭生物公告,KX-301注射液银屑病适应症的上市申请获国家药品监督管理局受理,强直性脊柱炎适应症提交上市申请"
            "并于2025年6月获国家药品监督管理局受理。")
    filings = events(facts(text)["regulatory"], event="filing")
    assert sorted(str(r.date) for r in filings) == ["2025-06", "None"]


def test_a_plant_is_not_the_company_that_passed_an_inspection(facts):
    text = ("澄海制药(002777)公告,公司南岭厂区于2024年5月接受了美国FDA的现场复检。目前FDA已将公司南岭厂区从进口警示的名单中"
            "删除,表明公司南岭厂区符合GMP要求。")
    records = facts(text)["regulatory"]
    assert records and all(r.company == "澄海制药" for r in records)


def test_a_project_code_in_brackets_is_the_product_approved(facts):
    text = ("澜亭生物公布,公司自主研发的阿达木单抗注射液(项目代号:LT-215)的生物制品许可申请(BLA)获美国FDA批准。")
    approval = events(facts(text)["regulatory"], event="approval")[0]
    assert approval.asset == "LT-215"


def test_an_event_without_a_date_takes_the_pages_release_time(facts):
    text = ("Marlow Bio Provides Regulatory Update\nRelease Time 12 Mar 2026, 8:00 a.m.\n"
            "Marlow Bio Ltd announced that it has received a Complete Response Letter from the FDA for its "
            "Biologics License Application for MB-77 in lymphoma.")
    crl = events(facts(text)["regulatory"], event="crl")[0]
    assert crl.date.startswith("2026-03")


def test_a_target_action_date_does_not_date_the_filing(facts):
    text = ("Harlow Therapeutics Inc. announced that the FDA has accepted its Biologics License Application for HT-19 "
            "in follicular lymphoma, with a PDUFA target action date of August 14, 2026.\n海川药业公告,公司HC-12片的上市申请"
            "获国家药监局受理,预计于2026年第四季度完成审评。")
    filings = events(facts(text)["regulatory"], event="filing")
    assert filings and all(not (r.date or "").startswith("2026") for r in filings)


def test_an_inspection_with_no_form_483_is_a_pass_and_one_with_a_form_483_a_failure(facts):
    passed = facts("Ardent Isotopes said its Tempe radioligand plant passed an FDA pre-approval inspection with zero "
                   "Form 483 observations.")["regulatory"]
    assert [(r.event, r.agency) for r in passed] == [("gmp_pass", "FDA")]
    failed = facts("Ardent Isotopes said its Tempe radioligand plant was issued a Form 483 with four observations "
                   "after an FDA inspection.")["regulatory"]
    assert [r.event for r in failed] == ["gmp_fail"]


def test_a_filing_a_sentence_names_twice_is_one_event(facts):
    text = "岚禾药业公告，公司收到国家药监局的《受理通知书》，其HX-33胶囊的上市许可申请获得受理，拟用于治疗晚期肝癌。"
    english = ("Halvex Bio said the FDA accepted its New Drug Application for HX-33 in liver cancer and that the "
               "agency's acceptance letter for the HX-33 application arrived on Monday.")
    assert len(facts(text)["regulatory"]) == 1
    assert len(facts(english)["regulatory"]) == 1


def test_an_advisory_opinion_is_not_an_approval(facts):
    english = ("Halvex Bio said the CHMP of the European Medicines Agency adopted a positive opinion recommending "
               "approval of its antibody HX-44 for multiple myeloma.")
    chinese = "沛川医药宣布，抗体新药PC-8获欧洲药品管理局人用医药产品委员会(CHMP)的积极审评意见，推荐批准其用于治疗多发性骨髓瘤。"
    decided = "Halvex Bio said the European Commission approved its antibody HX-44 for multiple myeloma."
    assert facts(english)["regulatory"] == [] and facts(chinese)["regulatory"] == []
    assert [(r.agency, r.event) for r in facts(decided)["regulatory"]] == [("EMA", "approval")]


def test_an_ind_written_out_or_called_an_application_is_one_ind(facts):
    cleared = "The FDA cleared Yarrow Bio's investigational new drug application for YB-12, a cancer antibody."
    submitted = "沛川医药已向美国FDA递交PC-66的IND申请，该抗体新药用于治疗胃癌。"
    assert [(r.agency, r.event) for r in facts(cleared)["regulatory"]] == [("FDA", "ind")]
    assert [(r.agency, r.event) for r in facts(submitted)["regulatory"]] == [("FDA", "ind")]


def test_an_approved_trial_application_told_past_a_description_of_the_drug_is_an_ind(facts):
    text = ("Hollowmere Bio announced that the Investigational New Drug (\"IND\") application for HMB-77, an "
            "antibody-drug conjugate targeting B7-H3, has been approved by the NMPA on 3 March 2026 for "
            "small cell lung cancer.")
    records = facts(text)
    assert [(e.event, e.date) for e in records["regulatory"]] == [("ind", "2026-03-03")]
    assert records["assets"][0].stage == "ind"
    zh = ("岚溪生物公告，公司自主研发的LX-305注射液（一款靶向DLL3的双特异性抗体）之临床试验申请，"
          "已于2026年3月3日获得国家药监局批准。")
    records = facts(zh)
    assert [(e.event, e.date) for e in records["regulatory"]] == [("ind", "2026-03-03")]
    assert records["assets"][0].stage == "ind"


def test_an_approval_of_a_trial_application_in_a_headline_is_an_ind_and_the_product_no_company(facts):
    records = facts("LX-305注射液获国家药监局批准临床试验申请\n岚溪生物今日公告上述事项。")
    assert [e.event for e in records["regulatory"]] == ["ind"]
    assert all("注射液" not in (e.company or "") for e in records["regulatory"])


def test_a_drug_approved_after_its_trial_application_keeps_its_approval(facts):
    text = "Hollowmere Bio's IND application for HMB-77 was cleared in 2021, and the drug was approved by the FDA in 2025."
    assert facts(text)["assets"][0].stage == "approved"


def test_a_dosage_form_after_a_drug_code_is_no_company(facts):
    text = ("澄湾医药宣布，其QX-12注射液获得国家药监局批准上市。此前，QX-12注射液已被纳入优先审评。"
            "QV-7胶囊获得临床试验默示许可，QV-7胶囊用于治疗胃癌。")
    found = facts(text)
    assert {r.company for r in found["regulatory"]} == {"澄湾医药"}
    assert {a.company for a in found["assets"]} == {"澄湾医药"}


def test_an_event_of_the_same_day_takes_the_last_day_stated_before_it_not_the_news_date(facts):
    texts = ("Orrin Bio, May 20, 2026. On May 12, 2026, the FDA cleared Orrin Bio's IND for QX-4 in gastric cancer. "
             "QX-4 had entered the breakthrough pathway in March. On the same day, the NMPA accepted Orrin Bio's "
             "marketing application for QX-9.",
             "2026年5月20日 医药观察\n\n5月12日，国家药监局批准澄湾医药QX-4的临床试验申请。此前，该产品已于今年3月获纳入突破性治疗品种。"
             "\n\n同日，澄湾医药QX-9的上市申请获国家药监局受理。")
    for text in texts:
        filing, = [r for r in facts(text)["regulatory"] if r.event == "filing"]
        assert filing.date == "2026-05-12"


def test_a_trial_application_with_implied_permission_puts_the_drug_at_ind(facts):
    for text in ("岚汀生物宣布，HT-706胶囊的临床试验申请获得国家药监局药品审评中心默示许可，拟用于治疗晚期胃癌。",
                 "嵐汀生物宣布，HT-706膠囊的臨床試驗申請獲得國家藥監局藥品審評中心默示許可，擬用於治療晚期胃癌。"):
        found = facts(text)
        assert [(e.agency, e.event) for e in found["regulatory"]] == [("NMPA", "ind")]
        assert [(a.asset, a.stage) for a in found["assets"]] == [("HT-706", "ind")]


def test_a_designation_without_an_agency_is_granted_by_the_one_named_before_in_its_paragraph(facts, one):
    english = ("The FDA granted Breakthrough Therapy designation to Norland Bio's NRB-404 for ovarian cancer. "
               "NRB-404 also holds Fast Track designation and Orphan Drug Designation.\n\n"
               "A sister programme, NRB-500, has orphan drug status.")
    chinese = "美国FDA授予诺兰生物NRB-404突破性疗法认定，用于卵巢癌。该药此前还获得快速通道资格和孤儿药资格认定。"
    for text in (english, chinese):
        events = facts(text)["regulatory"]
        for kind in ("breakthrough", "fast_track", "orphan"):
            assert one(events, event=kind, asset="NRB-404").agency == "FDA"
        assert not [e for e in events if e.asset == "NRB-500"]  # the next paragraph names no agency


def test_a_year_the_company_plans_to_act_in_is_no_date_of_the_event(facts, one):
    text = ("Galloway Bio received a Study May Proceed letter from the FDA for GLW-71, a Cu-64 imaging agent, "
            "and plans to dose the first patient in the second half of 2027.")
    assert one(facts(text)["regulatory"], event="ind").date is None


def test_each_designation_goes_to_the_agency_written_next_to_it(facts):
    text = "May 4, 2026 -- Harwick Bio said HW-3 received Orphan Drug and Fast Track designations from the FDA and PRIME eligibility from the EMA."
    events = {(r.event, r.agency) for r in facts(text)["regulatory"]}
    assert ("orphan", "FDA") in events and ("fast_track", "FDA") in events
    assert ("orphan", "EMA") not in events and ("fast_track", "EMA") not in events
    both = "May 4, 2026 -- Harwick Bio said HW-3 received Orphan Drug and Fast Track designations from the FDA and the EMA."
    assert {(r.event, r.agency) for r in facts(both)["regulatory"]} == {
        ("orphan", "FDA"), ("orphan", "EMA"), ("fast_track", "FDA"), ("fast_track", "EMA")}
    chinese = "2026年5月4日，沐川生物宣布，HW-3获得美国FDA授予的孤儿药资格及欧洲EMA授予的快速通道资格。"
    assert {(r.event, r.agency) for r in facts(chinese)["regulatory"]} == {("orphan", "FDA"), ("fast_track", "EMA")}


def test_a_headline_naming_each_designation_in_the_plural_keeps_each_with_its_agency(facts):
    text = ("Tessaly Oncology Wins FDA Orphan Drug and EMA PRIME Designations for TSO-88\n\n"
            "June 9, 2026 -- Tessaly Oncology said TSO-88 now holds both.")
    assert {(r.event, r.agency) for r in facts(text)["regulatory"]} == {("orphan", "FDA"), ("breakthrough", "EMA")}


def test_a_chinese_gmp_compliance_inspection_with_no_agency_named_is_the_chinese_regulators(facts):
    for text in ("嘉兴岩澈药业股份有限公司公告，公司位于浙江省嘉兴市的制剂车间近日通过药品GMP符合性检查。",
                 "嘉興岩澈藥業股份有限公司公告，公司位於浙江省嘉興市的製劑車間近日通過藥品GMP符合性檢查。"):
        events = facts(text)["regulatory"]
        assert [(e.agency, e.event) for e in events] == [("NMPA", "gmp_pass")]
    events = facts("安徽澄溪制药公告，公司收到安徽省药品监督管理局出具的检查结果告知书，"
                   "公司冻干粉针剂生产线符合药品GMP要求。")["regulatory"]
    assert [(e.agency, e.event) for e in events] == [("NMPA", "gmp_pass")]
    events = facts("Lanwick Pharma宣布，其爱尔兰工厂通过欧盟GMP符合性检查。")["regulatory"]
    assert [e.agency for e in events] == ["EMA"]


def test_an_approval_to_enter_a_trial_phase_is_an_ind_clearance(facts):
    for text in ("生技廠嶺越今日宣布，LY-52獲美國FDA核准進入二期臨床試驗。",
                 "生技厂岭越今日宣布，LY-52获美国FDA核准进入二期临床试验。",
                 "岭越生技宣布，LY-52获NMPA批准进入III期临床。"):
        assert [e.event for e in facts(text)["regulatory"]] == ["ind"]
    events = facts("岭越生技宣布，LY-52获NMPA批准上市，进入临床应用。")["regulatory"]
    assert [e.event for e in events] == ["approval"]


def test_a_taiwan_gmp_audit_by_the_food_and_drug_administration_is_an_inspection(facts):
    for text, event in (("嶺越生技今日宣布，新竹廠通過食藥署PIC/S GMP查核。", "gmp_pass"),
                        ("岭越生技今日宣布，新竹厂通过食药署PIC/S GMP查核。", "gmp_pass"),
                        ("嶺越生技今日宣布，新竹廠未通過食藥署GMP查核。", "gmp_fail")):
        assert [(e.agency, e.event) for e in facts(text)["regulatory"]] == [("TFDA", event)]


def test_a_compliance_inspection_is_the_chinese_regulators_though_another_clause_names_the_fda(facts):
    for text in ("嘉兴岩澈药业公告，公司制剂车间近日通过药品GMP符合性检查，同时公司此前获美国FDA批准的YC-5制剂继续出口。",
                 "嘉興岩澈藥業公告，公司製劑車間近日通過藥品GMP符合性檢查，同時公司此前獲美國FDA批准的YC-5製劑繼續出口。"):
        events = [(e.agency, e.event) for e in facts(text)["regulatory"] if e.event.startswith("gmp")]
        assert events == [("NMPA", "gmp_pass")]


def test_an_agency_agreeing_to_a_trial_is_an_ind_clearance_and_a_board_agreeing_is_nothing(facts):
    for text in ("2026年5月3日，沐川医药宣布，国家药监局同意其HY-731开展I期临床试验。",
                 "2026年5月3日，沐川醫藥宣布，HY-731獲美國FDA同意進行一期臨床試驗。"):
        assert [(r.event, r.asset) for r in facts(text)["regulatory"]] == [("ind", "HY-731")]
    board = "2026年5月3日，沐川医药宣布，董事会同意公司开展HY-731的II期临床试验。"
    assert facts(board)["regulatory"] == []


def test_a_brand_an_approval_takes_as_its_object_is_the_drug(facts, one):
    texts = ("Halvern, June 9, 2026 -- The FDA approved Lusmere Pharma's Tavorin for adults with relapsed mantle cell "
             "lymphoma. Lusmere said the FDA approved Tavorin for a second indication last year.",
             "2026年6月9日，美国FDA批准鲁斯梅尔医药的Tavorin用于治疗复发性套细胞淋巴瘤。")
    for text in texts:
        found = facts(text)
        approval = one(found["regulatory"], event="approval")
        assert approval.asset == "Tavorin" and approval.agency == "FDA"
        assert one(found["assets"], asset="Tavorin").company in {"Lusmere Pharma", "鲁斯梅尔医药"}


def test_a_designation_told_with_only_a_country_is_granted_by_that_countrys_agency(facts, one):
    english = ("Tamsin Bio said TMB-62 met its primary endpoint in a Phase 2 study in glioma.\n\n"
               "In the United States, TMB-62 also holds Fast Track designation. In Japan, it has orphan drug designation.")
    chinese = "塔姆辛生物宣布TMB-62在胶质瘤II期研究中达到主要终点。\n\n在美国，该药还获得快速通道资格。在日本，TMB-62获得孤儿药资格认定。"
    for text in (english, chinese):
        events = facts(text)["regulatory"]
        assert one(events, event="fast_track", asset="TMB-62").agency == "FDA"
        assert one(events, event="orphan", asset="TMB-62").agency == "PMDA"


def test_an_agency_approving_a_named_drug_for_a_use_or_its_trial_in_chinese_sets_the_stage(facts, one):
    texts = {"2026年7月1日，美国FDA批准洛川生物的LCB-19用于治疗复发性套细胞淋巴瘤。": "approved",
             "2026年7月1日，国家药监局批准洛川生物LCB-19的临床试验申请，用于治疗胃癌。": "ind",
             "2026年7月1日，国家药监局批准洛川生物LCB-19开展临床研究，用于治疗胃癌。": "ind"}
    for text, stage in texts.items():
        assert one(facts(text)["assets"], asset="LCB-19").stage == stage


def test_a_brand_given_marketing_authorisation_or_won_approval_for_is_the_drug(facts, one):
    texts = {"The European Commission granted marketing authorisation to Lusmere Pharma's Tavorin for adults with "
             "relapsed mantle cell lymphoma.": "EMA",
             "Lusmere Pharma won FDA approval for Tavorin in relapsed mantle cell lymphoma.": "FDA"}
    for text, agency in texts.items():
        assert one(facts(text)["regulatory"], event="approval").asset == "Tavorin"
        assert one(facts(text)["regulatory"], event="approval").agency == agency


def test_each_designation_takes_the_country_named_nearest_it_in_its_sentence(facts, one):
    text = ("Tamsin Bio said TMB-62 met its primary endpoint in glioma.\n\n"
            "In the US, TMB-62 has Breakthrough Therapy designation, and it has orphan drug status in the EU.")
    events = facts(text)["regulatory"]
    assert one(events, event="breakthrough").agency == "FDA"
    assert one(events, event="orphan").agency == "EMA"


def test_a_chinese_regulators_own_document_with_no_regulator_named_is_nmpas(facts):
    for text in ("2026年8月3日，岚曜生物公告，公司于近日收到LY-118胶囊的《药物临床试验批准通知书》。",
                 "2026年8月3日，嵐曜生物公告，公司於近日收到LY-118膠囊的《藥物臨床試驗批准通知書》。"):
        assert [(e.agency, e.event) for e in facts(text)["regulatory"]] == [("NMPA", "ind")]
    counted = "2026年8月3日，岚曜生物公告，LY-118胶囊进展顺利。此外，公司上半年新获得临床试验批件8项。"
    assert not [e for e in facts(counted)["regulatory"] if e.event == "ind"]
    named = "2026年8月3日，岚曜生物公告，LY-118胶囊获得美国FDA的临床试验批准通知。"
    assert {e.agency for e in facts(named)["regulatory"]} == {"FDA"}


def test_a_coded_drug_named_with_and_without_its_dosage_form_has_one_event(facts):
    for text in ("快讯 | 岭拓医药LT-77获NMPA突破性治疗药物认定\n近日，据CDE官网显示，岭拓医药1类新药LT-77胶囊被纳入突破性治疗品种，拟用于晚期肝细胞癌。",
                 "快訊 | 嶺拓醫藥LT-77獲NMPA突破性治療藥物認定\n近日，據CDE官網顯示，嶺拓醫藥1類新藥LT-77膠囊被納入突破性治療品種，擬用於晚期肝細胞癌。"):
        events = facts(text)["regulatory"]
        assert [(e.event, e.agency) for e in events] == [("breakthrough", "NMPA")]


def test_a_marketing_authorisation_application_is_a_filing_not_an_approval(facts):
    text = ("Brisk Lane Bio Files Marketing Authorisation Application With EMA for BLB-77\n\n"
            "Brisk Lane Bio GmbH said on 2 March 2027 that it filed a marketing authorisation application with the "
            "European Medicines Agency for BLB-77 in hidradenitis suppurativa.\n"
            "EMA Validates Corliss Pharma's Marketing Authorization Application for CRP-9")
    records = facts(text)["regulatory"]
    assert not events(records, event="approval")
    assert {r.asset for r in events(records, event="filing", agency="EMA")} == {"BLB-77", "CRP-9"}


def test_a_date_after_the_approval_that_dates_an_earlier_step_is_not_the_approvals(facts):
    text = ("UTRECHT, 14 October 2027 -- Halvik Pharma N.V. announced that the European Commission has granted "
            "marketing authorisation for HVK-210 in adults with cold agglutinin disease. The approval follows a "
            "positive opinion from the CHMP in August 2027.")
    approvals = events(facts(text)["regulatory"], event="approval")
    assert [(r.asset, r.date) for r in approvals] == [("HVK-210", "2027-10-14")]


def test_a_resubmitted_application_is_a_filing(facts):
    text = ("Dunlow Therapeutics, Inc. announced on March 9, 2027 that it has resubmitted its Biologics License "
            "Application for DNL-14 to the FDA.")
    records = facts(text)["regulatory"]
    assert [r.date for r in events(records, event="filing", asset="DNL-14")] == ["2027-03-09"]


def test_a_letter_received_on_a_date_keeps_that_date_not_the_announcements(facts):
    text = ("Dunlow Therapeutics, Inc. announced on March 9, 2027 that it has answered the Complete Response Letter "
            "received in October 2026 for DNL-14 from the FDA.")
    records = facts(text)["regulatory"]
    assert [r.date for r in events(records, event="crl", asset="DNL-14")] == ["2026-10"]


def test_health_canadas_new_drug_submission_is_an_application(facts):
    text = ("Orwell Pharma, Inc. announced on 8 July 2027 that Health Canada accepted the New Drug Submission for "
            "ORW-3 in achondroplasia for review.")
    assert [r.agency for r in events(facts(text)["regulatory"], event="filing")] == ["Health Canada"]


def test_a_drug_approved_in_combination_is_the_approved_one_not_its_partner(facts):
    text = ("Kelso Oncology, Inc. announced on 3 May 2027 that the FDA granted accelerated approval to KLS-7 in "
            "combination with trastuzumab for adults with HER2-positive gastric cancer.")
    assets = {a.asset: a for a in facts(text)["assets"]}
    assert assets["KLS-7"].stage == "approved" and assets["KLS-7"].company == "Kelso Oncology"


def test_a_day_written_without_its_year_takes_the_pages_year(facts):
    text = ("Regulatory Roundup\n\nPublished November 9, 2027\n\n"
            "- The FDA approved Larch Bio's LRB-3 for Fabry disease on Nov. 4.\n"
            "- Pennock Pharma said on Monday, Oct. 30 that the FDA granted Fast Track designation to PNK-2 in ALS.\n")
    records = facts(text)["regulatory"]
    assert {(r.asset, r.date) for r in records} == {("LRB-3", "2027-11-04"), ("PNK-2", "2027-10-30")}


def test_a_recent_chinese_day_takes_the_pages_year_not_an_earlier_sentences(facts):
    text = ("2026-10-20\n澜岳药业:LY-55获突破性疗法认定\n"
            "澜岳药业于2025年3月递交LY-55的临床试验申请。公司9月28日宣布,国家药监局药品审评中心已将LY-55纳入突破性治疗品种,"
            "用于治疗系统性硬化症。\n")
    assert [r.date for r in facts(text)["regulatory"] if r.event == "breakthrough"] == ["2026-09-28"]


def test_a_traditional_recent_day_takes_the_pages_year_but_a_chronicles_year_holds():
    from pharmalens.extraction.dates import find_dates
    text = "2024年，公司接連終止兩個項目。9月28日，公司公告終止LY-55的臨床研究。"
    assert [d.value for d in find_dates(text, "2024-11-02")][-1] == "2024-09-28"
    recent = "公司於2023年5月啟動試驗。9月28日，公司公告完成入組。"
    assert [d.value for d in find_dates(recent, "2024-11-02")][-1] == "2024-09-28"


def test_a_late_month_day_on_an_early_page_is_last_years(facts):
    for text in ("2027-01-08\n澜峤生物LQ-207获FDA快速通道资格\n\n澜峤生物12月30日宣布，LQ-207获得美国FDA授予的快速通道资格，用于治疗胰腺癌。\n",
                 "2027-01-08\n瀾嶠生物LQ-207獲FDA快速通道資格\n\n瀾嶠生物12月30日宣佈，LQ-207獲得美國FDA授予的快速通道資格，用於治療胰腺癌。\n"):
        assert [r.date for r in facts(text)["regulatory"]] == ["2026-12-30"]


def test_an_accepted_ind_application_is_the_ind_step_not_a_marketing_filing(facts):
    text = ("Zhejiang Mingrui Pharmaceutical Co., Ltd., a biopharmaceutical company, announced that the NMPA has "
            "accepted the IND application for MR-517, an oral small molecule for solid tumors.")
    assert [r.event for r in facts(text)["regulatory"]] == ["ind"]


def test_an_inspection_that_found_no_deficiency_is_a_pass(facts):
    for text in ("岩澈药业宣布，其位于嘉兴的制剂工厂接受了美国FDA的cGMP现场检查，检查结果为零缺陷。",
                 "巖澈藥業宣布，其位於嘉興的製劑工廠接受美國FDA查廠，未收到任何483缺失。",
                 "Yanche Pharma said its Jiaxing plant completed an FDA pre-approval inspection with zero observations."):
        assert [(e.agency, e.event) for e in facts(text)["regulatory"]] == [("FDA", "gmp_pass")]


def test_a_trial_application_approved_by_an_agency_is_an_ind_clearance(facts):
    for text in ("2025年6月3日，岚峰医药宣布，其放射性配体疗法镥[177Lu]LF-602注射液的临床试验申请已获国家药品监督管理局批准。",
                 "2025年6月3日，嵐峰醫藥宣布，其放射性配體療法鎦[177Lu]LF-602注射液之臨床試驗申請(IND)已獲美國FDA核准。"):
        records = facts(text)["regulatory"]
        assert [(r.asset[:6], r.event) for r in records] == [("LF-602", "ind")]


def test_an_approval_whose_object_is_the_trial_right_after_it_is_an_ind_clearance(facts):
    for text in ("嵘川药业今日宣布，新药RC-7710获美国FDA核准人体临床试验。",
                 "嶸川藥業今日宣布，新藥RC-7710獲美國FDA核准人體臨床試驗。",
                 "嵘川药业今日宣布，新药RC-7710获国家药监局批准Ib期临床试验。"):
        assert [r.event for r in facts(text)["regulatory"]] == ["ind"]
    marketed = "嵘川药业今日宣布，新药RC-7710获国家药监局批准上市，III期临床试验显示其疗效显著。"
    assert [r.event for r in facts(marketed)["regulatory"]] == ["approval"]


def test_a_filing_that_names_no_agency_is_filed_with_the_one_its_paragraph_named_before(facts):
    for text in ("2025年8月5日，汀溪医药宣布，TX-310注射液的临床试验申请已获国家药监局批准。此外，公司TX-402注射液的上市申请已获受理。",
                 "2025年8月5日，汀溪醫藥宣布，TX-310注射液的臨床試驗申請已獲國家藥監局批准。此外，公司TX-402注射液的上市申請已獲受理。"):
        filings = events(facts(text)["regulatory"], event="filing")
        assert [(r.asset[:6], r.agency) for r in filings] == [("TX-402", "NMPA")]


def test_each_application_in_a_clause_goes_to_the_drug_named_after_it(facts):
    text = ("Kerrigan Biosciences said the FDA has cleared the IND application for KRB-17 and accepted the "
            "Biologics License Application for KRB-09, its anti-IL-23 antibody.")
    events = {(r.event, r.asset) for r in facts(text)["regulatory"]}
    assert events == {("ind", "KRB-17"), ("filing", "KRB-09")}


def test_ema_prime_told_in_chinese_is_the_breakthrough_kind_of_designation(facts):
    for text in ("2026年8月19日，汀澜生物宣布，TL-402获得欧洲药品管理局（EMA）授予的优先药物（PRIME）资格，用于治疗胶质母细胞瘤。",
                 "2026年8月19日，汀瀾生物宣佈，TL-402獲歐洲藥品管理局授予PRIME資格，用於治療膠質母細胞瘤。",
                 "2026年8月19日，汀瀾生物宣佈，TL-402獲歐洲藥品管理局授予優先藥物資格認定，用於治療膠質母細胞瘤。"):
        assert [(r.agency, r.event, r.asset) for r in facts(text)["regulatory"]] == [("EMA", "breakthrough", "TL-402")]


def test_each_event_of_a_list_of_events_goes_to_the_drug_opening_its_item(facts):
    """"QX-01获批上市、QX-02获FDA快速通道资格": the fast track is QX-02's, not the first drug's of the clause."""
    for text in ("甲乙核药股份有限公司五月迎来两项进展：QX-01获批上市、QX-02获FDA快速通道资格。",
                 "甲乙核藥股份有限公司五月迎來兩項進展：QX-01獲批上市、QX-02獲FDA快速通道資格。"):
        events = {(r.asset, r.agency, r.event) for r in facts(text)["regulatory"]}
        assert ("QX-02", "FDA", "fast_track") in events and not any(a == "QX-01" for a, _g, _e in events)


def test_each_drug_of_a_sentence_keeps_the_indication_written_after_it(facts):
    text = ("Tamberly Bio said the FDA granted Breakthrough Therapy designation to Oslaro (TMB-118) for "
            "plaque psoriasis and Orphan Drug designation to TMB-240 for multiple myeloma.")
    events = {r.asset: r for r in facts(text)["regulatory"]}
    assert events["TMB-118"].indication == ["psoriasis"]
    assert events["TMB-240"].indication == ["multiple myeloma"]
    text = "The FDA approved Tamberly Bio's TMB-118 in combination with TMB-240 for multiple myeloma."
    assert facts(text)["regulatory"][0].indication == ["multiple myeloma"]


def test_one_designation_told_of_several_drugs_is_an_event_of_each(facts):
    texts = ("Tamberly Bio announced that TMB-118 and TMB-240 have each received Fast Track designation from the FDA "
             "for multiple myeloma.",
             "Tamberly Bio said the FDA has granted Orphan Drug designation to both Oslaro (TMB-118) and TMB-240 for "
             "multiple myeloma.")
    for text in texts:
        events = facts(text)["regulatory"]
        assert sorted(r.asset for r in events) == ["TMB-118", "TMB-240"] and len({r.event for r in events}) == 1


def test_a_pre_approval_inspection_is_no_approval(facts):
    text = ("Marlow Neuro said the FDA issued a complete response letter for MNX-40 in essential tremor, citing "
            "findings from a pre-approval inspection of its contract manufacturer.")
    assert [r.event for r in facts(text)["regulatory"]] == ["crl"]


def test_each_item_of_a_list_of_events_keeps_its_own_agency_and_event(facts):
    """"A获NMPA批准上市、B获FDA快速通道资格": split at 、 where both sides tell an event."""
    for text in ("2026年2月9日，岚峰生物宣布，LF-11获国家药监局批准上市、LF-27获FDA快速通道资格。",
                 "2026年2月9日，嵐峰生物宣布，LF-11獲國家藥監局批准上市、LF-27獲FDA快速通道資格。"):
        records = facts(text)["regulatory"]
        found = {(r.asset, r.agency, r.event) for r in records}
        assert ("LF-11", "NMPA", "approval") in found and ("LF-27", "FDA", "fast_track") in found
        assert not events(records, asset="LF-27", agency="NMPA")



def test_a_designation_received_earlier_does_not_take_the_news_date(facts):
    """"此前亦获得…认定", "previously received": dated by its own clause, else not at all."""
    for text in ("2026年4月2日，鹭川生物宣布，LC-58获批上市。LC-58此前亦获得FDA突破性疗法认定。",
                 "2026年4月2日，鷺川生物宣布，LC-58獲批上市。LC-58此前亦獲得FDA突破性療法認定。",
                 "On April 2, 2026, Herondale Bio said the FDA approved HD-58. HD-58 previously received Fast Track designation."):
        designations = [r for r in facts(text)["regulatory"] if r.event in ("breakthrough", "fast_track")]
        assert designations and all(r.date is None for r in designations)
    text = "2026年4月2日，鹭川生物宣布，LC-58获批上市，此前于2024年7月获得FDA突破性疗法认定。"
    assert events(facts(text)["regulatory"], event="breakthrough")[0].date == "2024-07"


def test_an_approval_told_without_an_agency_takes_the_one_its_headline_names(facts):
    cases = ("FDA clears Helmsford gout drug\n\nMarch 4, 2026 -- Helmsford Bio said on Monday its drug HB-330 was "
             "approved for adults with refractory gout.",
             "国家药监局批准康宁瑞生物骨髓瘤新药上市\n\n2026年3月12日，康宁瑞生物宣布，其自主研发的KR-207注射液获批上市，"
             "用于治疗复发性多发性骨髓瘤。",
             "國家藥監局批准康寧瑞生物骨髓瘤新藥上市\n\n2026年3月12日，康寧瑞生物宣布，其自主研發的KR-207注射液獲批上市，"
             "用於治療復發性多發性骨髓瘤。")
    for text in cases:
        assert [(r.agency, r.event) for r in facts(text)["regulatory"]] in ([("FDA", "approval")], [("NMPA", "approval")]), text


def test_whether_a_drug_will_be_approved_is_no_approval(facts):
    text = ("康宁瑞生物KR-207获临床试验批准\n\n2026年3月12日，康宁瑞生物宣布收到国家药监局核准签发的《药物临床试验批准通知书》，"
            "同意KR-207注射液开展临床试验。医药产品研发周期长，KR-207能否获得国家药监局批准上市尚存在不确定性。")
    assert [r.event for r in facts(text)["regulatory"]] == ["ind"]


def test_one_event_told_under_two_names_of_the_drug_is_one_record(facts):
    english = ("Ferrow Bio Receives Complete Response Letter for Casolitinib\n"
               "DENVER, May 4, 2027 -- Ferrow Bio, Inc. said the FDA issued a complete response letter for its "
               "New Drug Application for casolitinib in adults with systemic mastocytosis.")
    records = facts(english)["regulatory"]
    assert [(r.asset, r.event) for r in records] == [("casolitinib", "crl")]
    coded = ("FDA Accepts Linmoor Pharma's Application for Vabretamab\n"
             "Linmoor Pharma said the FDA has accepted for filing its Biologics License Application for "
             "vabretamab (LMP-610) in IgA nephropathy.")
    assert len(facts(coded)["regulatory"]) == 1


def test_an_approval_that_triggers_a_payment_is_no_event(facts):
    text = ("Larchmont Pharma will acquire Selby Bio for $880 million. Selby holders may receive a further $150 "
            "million upon approval of SB-204 by the FDA, and Larchmont licensed SB-310 to Kanto Seiyaku for $20 "
            "million upfront, including $35 million upon approval of SB-310 in Japan.")
    assert not events(facts(text)["regulatory"], event="approval")


def test_an_action_date_set_by_the_agency_tells_the_application_is_filed(facts):
    en = ("Halden Park Bio said the FDA set a PDUFA goal date of October 2, 2027 for its New Drug Application for "
          "HP-215 in chronic cough.")
    zh = "岭澄医药公告,美国FDA已为HP-215的新药上市申请设定PDUFA日期。"
    for text in (en, zh):
        filings = events(facts(text)["regulatory"], event="filing")
        assert [(r.asset, r.agency) for r in filings] == [("HP-215", "FDA")]
    assert events(facts(en)["regulatory"], event="filing")[0].date != "2027-10-02"


def test_an_accepted_clinical_trial_application_is_the_ind_step_not_a_marketing_filing(facts):
    for text in ("岚舟生物(688741)公告,公司1类新药LZ-502胶囊的临床试验申请已获国家药监局受理,拟用于治疗复发性胶质母细胞瘤。",
                 "嵐舟生物(688741)公告,公司1類新藥LZ-502膠囊的臨床試驗申請已獲國家藥監局受理,擬用於治療復發性膠質母細胞瘤。"):
        records = facts(text)
        assert [(e.event, e.agency) for e in records["regulatory"]] == [("ind", "NMPA")]
        assert [a.stage for a in records["assets"] if a.asset.startswith("LZ-502")] == ["ind"]
    marketing = facts("岚舟生物公告,LZ-502胶囊的上市申请已获国家药监局受理。")["regulatory"]
    assert [e.event for e in marketing] == ["filing"]


def test_the_drug_an_approved_drug_is_given_with_is_not_approved(facts):
    text = ("Halden Therapeutics said the FDA approved HT-12 for first-line gastric cancer on May 2, 2026. The medicine "
            "was approved for use alongside capecitabine and oxaliplatin in adults with HER2-positive disease.")
    assert {r.asset for r in facts(text)["regulatory"]} == {"HT-12"}


def test_an_approval_to_run_a_phase_written_without_trial_is_an_ind_clearance(facts):
    for text in ("沐岚医药MR-306获NMPA批准开展II期临床，适应症为类风湿关节炎",
                 "沐嵐醫藥MR-306獲TFDA核准執行二期臨床，用於類風濕關節炎。",
                 "沐岚医药宣布，MR-306获美国FDA批准启动Ib期临床。"):
        assert [e.event for e in facts(text)["regulatory"]] == ["ind"], text


def test_a_sentence_ending_in_a_diseases_letter_ends_there(facts):
    text = ("FDA round-up\n\nThe FDA approved Moravel Bio's MRV-7 for haemophilia A. Separately, the FDA accepted "
            "Quintor Pharma's BLA for QTP-2 in hepatitis B. Kessling Therapeutics won approval of KST-55 for gout.")
    from pharmalens.extraction.sentences import sentences
    assert len(sentences(text)) == 4
    events = {r.asset: r for r in facts(text)["regulatory"]}
    assert events["QTP-2"].event == "filing" and events["QTP-2"].indication == ["hepatitis B"]
    assert events["MRV-7"].indication == ["hemophilia A"]


def test_the_company_an_agency_issues_the_event_to_owns_it(facts):
    text = ("Regulatory digest\n\nThe EMA validated Sorbel Pharma's application for SBP-30 in psoriasis. "
            "The FDA issued a complete response letter to Wexford Biologics for its BLA for WXB-4 in lupus. "
            "The FDA also granted Breakthrough Therapy designation to Calder Therapeutics for CGX-9 in Duchenne. "
            "In May the FDA sent a complete response letter to Orrin Bio's US partner Tavish Pharma for TVP-1.")
    events = {r.asset: r for r in facts(text)["regulatory"]}
    assert events["WXB-4"].event == "crl" and events["WXB-4"].company == "Wexford Biologics"
    assert events["CGX-9"].company == "Calder Therapeutics"
    assert events["TVP-1"].company == "Tavish Pharma"


def test_an_approval_granted_to_a_firms_drug_is_that_firms(facts):
    text = ("FDA round-up\n\nThe FDA approved Halloway Pharma's Prenvia for gout. The FDA also granted approval "
            "to Emberly Bio's Tazora (tazolimab) for atopic dermatitis.")
    events = {r.asset: r for r in facts(text)["regulatory"]}
    assert events["Tazora"].event == "approval" and events["Tazora"].company == "Emberly Bio"
    assert events["Prenvia"].company == "Halloway Pharma"


def test_a_submitted_clinical_trial_application_is_the_ind_step_not_a_marketing_filing(facts):
    for text in ("松岩生物宣布，已向FDA递交SY-520的临床试验申请（IND），拟用于治疗胰腺癌。",
                 "松岩生技今日公告，SY-520已向美國FDA遞交臨床試驗申請，適應症為胰臟癌。",
                 "Pinecrest Bio said it has submitted a clinical trial application to Health Canada for SY-520."):
        found = facts(text)["regulatory"]
        assert [r.event for r in found if r.asset == "SY-520"] == ["ind"], text


def test_an_approval_sought_or_put_off_is_no_approval_and_no_approved_stage(facts):
    for text in ("Lorrin Pharmaceuticals is seeking FDA approval of LRN-77 for gout, with a decision due in the autumn.",
                 "Lorrin Pharmaceuticals said the FDA inspection findings could delay approval of LRN-77 for gout.",
                 "2026年4月8日，洛林制药表示，FDA的检查结论可能推迟LRN-77在美国的获批上市。",
                 "2026年4月8日，洛林製藥表示，FDA的檢查結論可能推遲LRN-77在美國的獲批上市。"):
        records = facts(text)
        assert [r.event for r in records["regulatory"]] == [], text
        assert all(a.stage != "approved" for a in records["assets"]), text
    done = facts("Lorrin Pharmaceuticals said the FDA approved LRN-77 for gout after a delay caused by an inspection.")
    assert [r.event for r in done["regulatory"]] == ["approval"]


def test_an_approval_a_payment_is_tied_to_is_no_approval(facts):
    for cond in ("tied to", "linked to", "contingent on", "payable upon"):
        text = (f"Tokyo, Feb. 4, 2026 — Kiyose Pharmaceutical Co., Ltd. announced that its U.S. subsidiary, Kiyose "
                f"Pharma America, Inc., has agreed to acquire Boston-based Dunwell Bio for up to $550 million, including "
                f"$400 million upfront and a contingent value right of up to $150 million {cond} approval of DW-31.")
        assert [r.event for r in facts(text)["regulatory"]] == [], text


def test_a_payment_due_once_a_drug_is_approved_is_no_approval(facts):
    for text in ("2026年6月3日，岚峰生物与澄海制药就LF-21达成许可协议，澄海制药将支付首付款3000万美元，并在日本获批后支付1200万美元。",
                 "2026年6月3日，嵐峰生物與澄海製藥就LF-21達成許可協議，澄海製藥將支付首付款3000萬美元，並在日本獲批後支付1200萬美元。"):
        assert [r.event for r in facts(text)["regulatory"]] == []
    assert [r.event for r in facts("2026年6月3日，岚峰生物宣布LF-21在日本获批上市。")["regulatory"]] == ["approval"]
