"""Programme terminations in our own words: stop verbs in both languages, what is not a stop, the
stage reached, the spend that is not an impairment, filing forms, stopped agreements."""
from decimal import Decimal

from pharmalens.documents.articles import read_articles
from pharmalens.extraction.pipeline import extract_article
from pharmalens.sources.files import SourceFile


def by_asset(records):
    return {r.asset: r for r in records}


def test_round_up_of_cuts_with_different_verbs(facts):
    text = ("Biotechs trim pipelines as cash runs short\n\n"
            "Corvane Bio has shed its FAP-directed antibody candidate CRV-210 after a dog toxicity study flagged "
            "liver findings. The biotech had planned to begin human trials next year.\n\n"
            "For Northwind Oncology, the decision to pull the plug on a planned phase 1 trial of NWB-77 was "
            "driven by cash. The molecule blocks a stromal signalling axis in pancreatic cancer.\n\n"
            "With a trial of QLN-41 struggling to recruit, Quillon Therapeutics is suspending all IND-enabling "
            "activities for its next program, QLN-52.")
    records = by_asset(facts(text)["terminations"])
    assert set(records) == {"CRV-210", "NWB-77", "QLN-52"}
    assert records["CRV-210"].company.startswith("Corvane") and records["CRV-210"].phase == "preclinical"
    assert records["NWB-77"].company.startswith("Northwind") and records["NWB-77"].phase is None
    assert records["NWB-77"].reason.startswith("cash")
    assert records["QLN-52"].company.startswith("Quillon") and records["QLN-52"].phase == "preclinical"


def test_suspension_names_the_stage_reached_not_the_next_and_no_impairment_as_spend(facts):
    text = ("澄川药业(600999)3月5日公告,公司CQ-318胶囊研发项目(CQ-318)目前处于II期临床研究结束、III期临床前沟通交流阶段。"
            "经审慎评估,公司决定暂停CQ-318的临床研究开发工作,同时对该项目研发资本化金额4210.5万元全额计提资产减值准备。")
    record = facts(text)["terminations"][0]
    assert record.asset == "CQ-318" and record.phase == "phase2"
    assert record.cumulative_spend is None
    assert "澄川药业" in (record.company or "")


def test_stops_that_are_not_a_programme_stopping(facts):
    text = ("Kestrel Oncology reported phase 3 data for KST-88 in patients with gastric cancer. Treatment-related "
            "adverse events leading to discontinuation occurred in 2.1% of patients on KST-88 versus 4.0% on "
            "docetaxel. Trading in Kestrel shares was halted pending the announcement. The amendment does not "
            "terminate the licence for KST-91.\n"
            "云帆生物(02299)公告,公司股份于今日上午九时起暂停买卖,以待发布有关XB-301的公告。")
    assert facts(text)["terminations"] == []


def test_taiwan_filing_form_with_no_next_stage_roc_date_and_spend_in_numerals(facts):
    text = ("第三十四條 第42款\n"
            "1.事實發生日:113/05/09\n"
            "2.公司名稱:澄川生技股份有限公司\n"
            "5.發生緣由:\n"
            "一、研發新藥名稱或代號:肝纖維化新藥HF-520。\n"
            "四、目前進行中之研發階段:二期臨床試驗。\n"
            "A.因各國審查要求不同,主管機關不核准執行第三期人體臨床試驗。\n"
            "D.已投入之累積研發費用: 約新台幣四千五百萬元。\n"
            "五、將再進行之下一研發階段:無。\n")
    record = facts(text)["terminations"][0]
    assert record.asset == "HF-520" and record.date == "2024-05-09"
    assert float(record.cumulative_spend.amount) == 45 and record.cumulative_spend.currency == "TWD"


def test_a_stopped_agreement_without_a_drug_named(facts):
    text = ("雲帆生物-B(02299)3月8日在港交所公告,3月6日,公司與Arcline Therapeutics訂立終止協議,雙方同意全面終止"
            "合作及授權許可協議,自2025年3月6日起生效。公司為臨床階段生物製藥公司。")
    records = facts(text)["terminations"]
    assert len(records) == 1 and records[0].asset is None
    assert records[0].date == "2025-03-06" and "雲帆生物" in records[0].company


def test_an_agreement_between_known_drug_companies_is_biopharma_news(facts):
    text = ("Item 1.02 Termination of a Material Definitive Agreement.\n"
            "On May 2, 2025, Exelixis, Inc. and Hansoh entered into a Termination Agreement relating to "
            "the License Agreement between Exelixis and Hansoh for HS-7788 dated June 1, 2021. Under the "
            "License Agreement, Exelixis granted Hansoh an exclusive license in the Territory. Exelixis and "
            "Hansoh agree that the License Agreement is terminated. Hansoh will transfer its data to Exelixis.")
    records = facts(text)["terminations"]
    assert [r.asset for r in records] == ["HS-7788"] and records[0].date == "2025-05-02"


def test_an_ended_agreement_without_a_drug_is_one_termination_though_both_parties_are_named(facts):
    text = ("澄江生物公告,公司已与Tessaly签署终止协议,结束双方在肿瘤创新药上的临床开发合作及授权许可安排。"
            "依照终止协议,作为终止上述安排及取回Tessaly所授权利的对价,公司将向Tessaly一次性支付300万美元。")
    ended = facts(text)["terminations"]
    assert len(ended) == 1


def test_a_stop_of_several_programmes_named_part_by_part_in_the_next_sentence(facts):
    text = ("8月20日,衡湾生物公告称,经审慎评估,公司决定终止三个在研项目的开发。其中,CD47单抗HW-101此前处于II期临床阶段,"
            "截至公告日累计研发投入1.2亿元;口服EGFR抑制剂HW-205处于I期临床阶段;ADC候选药物HW-330仍处临床前。")
    ended = {t.asset for t in facts(text)["terminations"]}
    assert ended == {"HW-101", "HW-205", "HW-330"}


def test_the_one_payment_made_under_an_ended_agreement_is_its_cost_and_no_term_of_the_new_one(facts):
    text = ("澄湖医药-B宣布与Marlowe Bio提前终止双方2023年签订的许可合作,即日生效。截至目前,除首期款6,000万美元外,"
            "澄湖医药未曾向对方支付其他款项。作为解约安排,Marlowe Bio授予澄湖医药相关专利的非独家许可,"
            "澄湖医药为此将向Marlowe Bio一次性付款250万美元。")
    found = facts(text)
    assert found["terminations"][0].cumulative_spend.amount == 60
    assert found["deals"][0].upfront.amount == Decimal("2.5")


def test_an_english_exception_to_no_further_payments_is_the_spend(facts):
    text = ("Halden Therapeutics terminated its licence agreement with Orrin Bio for HT-404 on 3 May. "
            "Other than the $15 million upfront, Halden has made no further payments under the agreement.")
    record = facts(text)["terminations"][0]
    assert record.cumulative_spend.amount == 15


def test_an_exception_followed_by_more_to_pay_is_no_spend_and_stays_a_term(facts):
    text = ("岭东生物宣布终止CRV-88的临床开发。除首付款3000万元外,公司还须向Corvane Bio支付最高2亿元的里程碑付款,"
            "目前尚未支付。")
    found = facts(text)
    assert found["terminations"] and found["terminations"][0].cumulative_spend is None
    assert found["deals"][0].upfront.amount == 30


def test_the_company_stopping_the_drug_of_its_earlier_clause_by_self_reference(facts):
    stopped = facts("2026年2月3日 晟澜生物(688321)公告，SL-404的III期临床试验未达到主要终点，公司决定停止开发。")["terminations"]
    assert [(t.company, t.asset, t.phase) for t in stopped] == [("晟澜生物", "SL-404", "phase3")]
    stopped = facts("February 3, 2026 -- Ardent Isotopes said ARD-404 missed its Phase 3 primary endpoint, and the "
                    "company will discontinue its development.")["terminations"]
    assert [(t.company, t.asset) for t in stopped] == [("Ardent Isotopes", "ARD-404")]


def test_stopping_a_named_programme_ends_it_but_patients_stopping_a_drug_do_not(facts):
    from pharmalens.documents.language import to_simplified
    stopped = "因管线优先级调整，沛川医药决定停止PC-208项目的后续开发，累计研发投入约5200万元。"
    taiwan = to_simplified("因研發策略調整，青嵐生技決定停止QL-12計畫的臨床開發。")
    patients = "试验中有4名受试者停止PC-208治疗，沛川医药表示PC-208的开发将按计划推进。"
    found = facts(stopped)["terminations"]
    assert [(t.company, t.asset) for t in found] == [("沛川医药", "PC-208")] and found[0].cumulative_spend.amount == 52
    assert [(t.company, t.asset) for t in facts(taiwan)["terminations"]] == [("青岚生技", "QL-12")]
    assert facts(patients)["terminations"] == []


def test_deciding_no_longer_to_pursue_a_programme_stops_it(facts):
    text = ("Marrow Lane Therapeutics said it will no longer pursue MLT-620, its phase 2 antibody for psoriasis, "
            "after a portfolio review. The company also decided not to advance MLT-701 into clinical studies.")
    records = by_asset(facts(text)["terminations"])
    assert set(records) == {"MLT-620", "MLT-701"}
    assert records["MLT-620"].phase == "phase2" and records["MLT-620"].company.startswith("Marrow Lane")
    for text in ("禾川药业公告,经评估,公司决定不再继续推进HC-305的I期临床试验。禾川药业将聚焦核心管线。",
                 "禾川藥業公告,經評估,公司決定不再繼續推進HC-305的I期臨床試驗。禾川藥業將聚焦核心管線。"):
        record = facts(text)["terminations"][0]
        assert record.asset == "HC-305" and record.phase == "phase1"


def test_the_payments_made_so_far_are_the_spend_and_a_cause_after_xi_is_the_reason(facts):
    for text in ("禾川药业公告称,公司决定终止HC-512的II期临床开发,主要系同靶点药物竞争加剧。截至公告日,公司就该项目已支付款项2,800万元。",
                 "禾川藥業公告稱,公司決定終止HC-512的II期臨床開發,主要係同靶點藥物競爭加劇。截至公告日,公司就該項目已支付款項2,800萬元。"):
        record = facts(text)["terminations"][0]
        assert record.asset == "HC-512" and record.phase == "phase2"
        assert record.reason.startswith("同靶点") or record.reason.startswith("同靶點")
        assert record.cumulative_spend.amount == Decimal("28") and record.cumulative_spend.currency == "CNY"


def test_a_clause_opened_by_yin_or_the_kind_of_reasons_is_the_reason(facts):
    for text in ("禾川药业公告,因管线优先级调整,公司决定终止HC-611的I期临床开发。",
                 "禾川藥業公告,因管線優先級調整,公司決定終止HC-611的I期臨床開發。"):
        record = facts(text)["terminations"][0]
        assert record.asset == "HC-611" and record.reason in ("管线优先级调整", "管線優先級調整")
    text = "禾川药业决定终止HC-611的I期临床开发,因此对相关资产计提减值。"
    assert facts(text)["terminations"][0].reason is None
    text = "Marrow Lane Therapeutics halted the phase 1 study of MLT-415 in lymphoma for strategic reasons."
    assert facts(text)["terminations"][0].reason == "strategic reasons"


def test_taking_a_drug_out_of_the_pipeline_stops_it(facts):
    for text in ("禾川药业将HC-233从研发管线中移除,该药物此前处于I期临床阶段。",
                 "禾川藥業將HC-233從研發管線中移除,該藥物此前處於I期臨床階段。",
                 "禾川药业已将HC-233移出研发管线,该药物此前处于I期临床阶段。"):
        record = facts(text)["terminations"][0]
        assert record.asset == "HC-233" and record.phase == "phase1" and record.company.startswith("禾川")


def test_the_date_a_spend_is_stated_at_is_not_the_date_of_the_stop(facts):
    for text in ("禾川药业宣布终止HC-902的II期临床试验,截至2024年12月31日,该项目累计研发投入约9,600万元。",
                 "禾川藥業宣布終止HC-902的II期臨床試驗,截至2024年12月31日,該項目累計研發投入約9,600萬元。",
                 "Marrow Lane Therapeutics discontinued the phase 2 trial of MLT-902; as of December 31, 2024, "
                 "it had invested $31 million in the program."):
        record = facts(text)["terminations"][0]
        assert record.asset in ("HC-902", "MLT-902") and record.cumulative_spend is not None
        assert record.date is None


def test_a_programme_named_before_a_passive_stop_is_stopped(facts):
    text = ("Marrow Lane Therapeutics said MLT-330, its phase 1 antibody for lupus, has been deprioritized. "
            "MLT-118, a preclinical oncology drug, was also scrapped as part of the restructuring.")
    records = by_asset(facts(text)["terminations"])
    assert set(records) == {"MLT-330", "MLT-118"}
    assert records["MLT-330"].phase == "phase1" and records["MLT-118"].phase == "preclinical"


def test_a_programme_taken_out_of_the_pipeline_or_whose_development_ends_is_stopped(facts):
    text = ("Tarnwell Bio has removed TW-615, a phase 2 antibody for psoriasis, from its pipeline after a "
            "portfolio review. TW-702, a preclinical radiopharmaceutical, was taken out of the portfolio too. "
            "The biotech will also end development of TW-330. It will stop work on TW-901, an antibody drug. "
            "It took $12 million in royalties from its pipeline partner for TW-118, an approved antibody.")
    records = by_asset(facts(text)["terminations"])
    assert set(records) == {"TW-615", "TW-702", "TW-330", "TW-901"}
    assert records["TW-615"].phase == "phase2" and records["TW-615"].company.startswith("Tarnwell")
    assert records["TW-702"].phase == "preclinical"


def test_a_date_told_in_the_past_of_the_stop_is_not_its_date(facts):
    text = ("Tarnwell Bio returned the rights to TW-55 to its partner after a failed phase 2 trial; the antibody "
            "had been licensed in 2021.\n"
            "沐岩医药宣布终止TW-66的开发，该产品此前于2020年引进，为一款抗体药物。")
    records = by_asset(facts(text)["terminations"])
    assert records["TW-55"].date is None and records["TW-66"].date is None


def test_ending_an_in_licence_is_the_licensees_termination_with_its_spend_and_no_deal(facts):
    text = ("岭澄生物发布公告称，因公司战略调整，决定终止与Marrick Pharma于2021年签订的LZ-9独家许可协议，"
            "LZ-9在大中华区的全部权益将归还Marrick。截至目前，公司已就该项目累计支付许可费及研发费用合计约1.8亿元。")
    records = facts(text)
    stop = records["terminations"][0]
    assert stop.company == "岭澄生物" and stop.asset == "LZ-9"
    assert stop.cumulative_spend.amount == 180 and stop.date != "2021"
    assert not any(d.total and d.total.amount == 180 for d in records["deals"])


def test_the_year_an_ended_licence_was_signed_is_not_when_it_ended(facts):
    text = ("Brackwell Bio said it will terminate the license agreement signed in 2020 with Ostrander Pharma for "
            "BW-31, and all rights will revert to Ostrander.")
    stop = facts(text)["terminations"][0]
    assert stop.date != "2020"



def test_rights_given_back_to_their_owner_end_a_licence_and_open_no_new_deal(facts):
    for text in ("Harrow Bay Therapeutics通知岚汐生物，将终止双方就LX-412签订的许可协议，并将该产品的全球权益退还给岚汐生物。"
                 "LX-412为一款靶向CLDN18.2的ADC药物。",
                 "Harrow Bay Therapeutics通知嵐汐生物，將終止雙方就LX-412簽訂的許可協議，並將該產品的全球權益退還給嵐汐生物。"
                 "LX-412為一款靶向CLDN18.2的ADC藥物。"):
        found = facts(text)
        assert found["deals"] == []
        assert [t.asset for t in found["terminations"]] == ["LX-412"]


def test_rights_handed_back_with_words_before_rights_are_the_returners_stop(facts, one):
    for verb in ("has returned global rights", "hands back its ex-US development and commercial rights"):
        text = f"Fairlight Pharma {verb} to FLP-62, a Phase 2 anti-TSLP antibody, to Orwell Biologics."
        stop = one(facts(text)["terminations"], asset="FLP-62")
        assert (stop.company, stop.phase) == ("Fairlight Pharma", "phase2"), verb


def test_an_option_its_holder_will_not_exercise_is_the_holders_stop_in_both_scripts(facts, one):
    english = "Brandt Biosciences said it will not exercise its option on KVX-8, a Phase 1 asset of Kelvix Bio."
    assert one(facts(english)["terminations"], asset="KVX-8").company == "Brandt Biosciences"
    chinese = "布兰特生物决定放弃行使其对KVX-8的选择权，该产品目前处于I期临床。"
    stop = one(facts(chinese)["terminations"], asset="KVX-8")
    assert (stop.company, stop.phase) == ("布兰特生物", "phase1")


def test_rights_handed_back_to_an_owner_who_goes_on_leave_the_drug_at_its_stage(facts, one):
    english = ("Harrow Pharma has returned global rights to VLN-31, a TROP2 ADC in Phase 2, to Vellan Bio. Vellan Bio "
               "said it will continue developing VLN-31 in breast cancer.")
    chinese = "哈罗医药宣布终止与维兰生物的许可协议，并将VLN-31的全球权益归还给维兰生物，维兰生物将继续推进该药的II期临床。"
    handing = "Harrow Pharma terminated its licence to VLN-31, a TROP2 ADC in Phase 2, handing rights back to Vellan Bio."
    for text, owner in ((english, "Vellan Bio"), (chinese, "维兰生物"), (handing, "Vellan Bio")):
        found = facts(text)
        assert found["terminations"] and not found["deals"]
        asset = one(found["assets"], asset="VLN-31")
        assert (asset.company, asset.stage) == (owner, "phase2")
    stopped = facts("Harrow Pharma returned the rights to VLN-31 to Vellan Bio, which will discontinue development of "
                    "the drug after a Phase 2 miss.")
    assert one(stopped["assets"], asset="VLN-31").stage == "terminated"


def test_a_reason_told_in_a_sentence_of_its_own_is_the_one_stops(facts):
    for text in ("证券代码：688321 证券简称：峦川药业\n峦川药业股份有限公司关于终止RC-19项目研发的公告\n"
                 "公司决定终止RC-19胶囊（用于治疗慢性肾病）的临床开发，该项目处于I期临床阶段。本次终止系基于早期药代动力学数据未达预期做出的决策。",
                 "證券代碼：688321 證券簡稱：巒川藥業\n巒川藥業股份有限公司關於終止RC-19項目研發的公告\n"
                 "公司決定終止RC-19膠囊（用於治療慢性腎病）的臨床開發，該項目處於I期臨床階段。本次終止係基於早期藥代動力學數據未達預期做出的決策。"):
        stop = facts(text)["terminations"][0]
        assert stop.asset == "RC-19" and stop.reason in ("早期药代动力学数据未达预期", "早期藥代動力學數據未達預期")


def test_what_the_company_had_paid_under_a_terminated_licence_is_its_spend_not_a_deal_total(facts):
    text = ("Item 1.02 Termination of a Material Definitive Agreement.\n\n"
            "On August 4, 2027, Quillmont Bio, Inc. gave notice to Rosset Pharma AG that it terminates the license "
            "agreement dated June 2, 2024 under which Quillmont Bio had licensed rights to QMB-3. Quillmont Bio had "
            "paid Rosset Pharma an aggregate of $14.2 million under the agreement.")
    records = facts(text)
    stop = [t for t in records["terminations"] if t.asset == "QMB-3"][0]
    assert stop.cumulative_spend.amount == Decimal("14.2")
    assert not any(d.total for d in records["deals"])


def test_a_sentence_opening_with_and_keeps_its_subject_as_the_company(facts):
    text = ("Two biotechs cut programmes this week. Rallis Bio dropped RLB-2. And Covington Pharma said it will hand "
            "back worldwide rights to CVP-8 to its partner Hinoki Yakuhin after a failed Phase 2 study.")
    stops = by_asset(facts(text)["terminations"])
    assert stops["CVP-8"].company == "Covington Pharma"


def test_a_year_that_names_an_old_agreement_does_not_date_a_later_stop(facts):
    text = ("Rookwood Bio, Inc. announced on 4 March 2027 that it ended the 2023 license agreement with Tensley Pharma "
            "for TNS-6. Rookwood Bio will also discontinue its preclinical program RKB-12.")
    stops = by_asset(facts(text)["terminations"])
    assert stops["RKB-12"].date == "2027-03-04"


def test_the_agreement_a_company_terminates_as_rights_revert_is_no_new_deal(facts):
    text = ("Ashby Bio, Inc. announced on 9 May 2027 that it gave notice to Corran Pharma of its termination of the "
            "license agreement for CRN-40. All rights to CRN-40 will revert to Corran Pharma.")
    records = facts(text)
    assert records["deals"] == []
    assert [t.asset for t in records["terminations"]] == ["CRN-40"]


def test_a_stop_filing_states_the_cost_in_the_section_before_the_reasons(facts):
    for text in ("证券代码：688901 证券简称：岳川医药\n岳川医药股份有限公司关于终止部分在研项目的公告\n"
                 "一、终止研发项目的基本情况\nYC-402为公司自主研发的口服小分子抑制剂，目前处于II期临床试验阶段。"
                 "截至本公告披露日，公司累计投入研发费用约4,315.20万元。\n"
                 "二、终止研发项目的原因\n鉴于竞品进展领先，经审慎评估，公司决定终止YC-402项目的后续研发。",
                 "證券代碼：688901 證券簡稱：岳川醫藥\n岳川醫藥股份有限公司關於終止部分在研項目的公告\n"
                 "一、終止研發項目的基本情況\nYC-402為公司自主研發的口服小分子抑制劑，目前處於II期臨床試驗階段。"
                 "截至本公告披露日，公司累計投入研發費用約4,315.20萬元。\n"
                 "二、終止研發項目的原因\n鑒於競品進展領先，經審慎評估，公司決定終止YC-402項目的後續研發。"):
        stop, = facts(text)["terminations"]
        assert stop.asset == "YC-402" and float(stop.cumulative_spend.amount) == 43.152


def test_the_drug_the_company_turns_to_is_not_stopped(facts):
    text = ("Tarrow Bio, a clinical-stage biotechnology company, has deprioritized its phase 1 program TW-31 and will "
            "wind down the trial to focus resources on TW-40. It booked a $9 million charge for the discontinued program.")
    assert {t.asset for t in facts(text)["terminations"]} == {"TW-31"}
    other = "Dellin Pharma, a biotechnology company, discontinued DP-11 in favour of DP-19, its successor antibody."
    assert {t.asset for t in facts(other)["terminations"]} == {"DP-11"}


def test_a_stop_told_after_the_words_of_what_is_kept_is_the_stopped_drugs(facts):
    for text in ("2026年5月11日，岚岫生物公告，为聚焦核心管线，公司决定终止LX-62的II期临床试验。",
                 "2026年5月11日，嵐岫生物公告，為聚焦核心管線，公司決定終止LX-62的II期臨床試驗。",
                 "May 11, 2026 -- To focus on its lead program, Lanxiu Bio discontinued LX-62, a phase 2 antibody."):
        assert [(r.asset, r.phase) for r in facts(text)["terminations"]] == [("LX-62", "phase2")]
    kept = "2026年5月11日，岚岫生物公告，公司决定终止LX-62的II期临床试验，以集中资源推进LX-10。"
    assert [r.asset for r in facts(kept)["terminations"]] == ["LX-62"]


def test_a_reason_opened_by_the_words_of_weighing_or_responding_is_read(facts):
    cases = {"2026年6月2日，澄屹医药公告，综合考虑同靶点竞争格局变化，公司决定终止CY-33的I期临床试验。": "同靶点竞争格局变化",
             "2026年6月2日，澄屹醫藥公告，因應集團研發資源重新分配，公司已決定終止CY-33之I期臨床試驗。": "集團研發資源重新分配"}
    for text, reason in cases.items():
        assert [r.reason for r in facts(text)["terminations"]] == [reason]


def test_each_drug_of_a_stopped_list_with_appositions_is_stopped_at_the_stage_both_share(facts):
    text = ("Quarra Bio said it has discontinued development of QB-310, a CD47 antibody, and QB-420, a PD-L1/4-1BB "
            "bispecific, both in Phase 1, after a portfolio review.\n"
            "宁泽医药宣布终止NZ-11（一款CLDN18.2 ADC）和NZ-12（一款GPRC5D双抗）的临床开发，两款产品均处于I期临床。")
    stops = {t.asset: t for t in facts(text)["terminations"]}
    assert {"QB-310", "QB-420", "NZ-11", "NZ-12"} <= set(stops)
    assert stops["QB-310"].phase == stops["QB-420"].phase == "phase1"


def test_a_board_approving_a_cut_gives_the_stopped_drug_no_approved_stage(facts):
    for text in ("On May 19, 2026, the Board of Directors of Tamsworth Biosciences, Inc. approved a restructuring plan "
                 "to cut 35% of its staff and to discontinue development of TMB-31, its Phase 1 CD19 antibody.",
                 "On May 19, 2026, the board of Tamsworth Biosciences unanimously approved a reduction in force and the "
                 "discontinuation of TMB-31, a Phase 1 CD19 antibody."):
        assert [(r.asset, r.phase) for r in facts(text)["terminations"]] == [("TMB-31", "phase1")], text


def test_rights_handed_back_to_its_licensor_named_after_the_verb_are_the_returners_stop():
    for text in ("Brockley Therapeutics is cutting a quarter of its staff. The company will hand back rights to BRK-40 "
                 "to its licensor Tessaly Molecular and explore strategic alternatives.",
                 "Brockley Therapeutics is cutting a quarter of its staff. The company will hand back rights to BRK-40 "
                 "to its licensor, Tessaly Molecular, and explore strategic alternatives."):
        source = SourceFile(path="cut.txt", name="cut.txt", suffix=".txt", data=text.encode("utf-8"))
        extracted = extract_article(read_articles(source)[0])
        assert {m.name for m in extracted.companies} == {"Brockley Therapeutics", "Tessaly Molecular"}, text
        stops = extracted.records["terminations"]
        assert [(r.asset, r.company) for r in stops] == [("BRK-40", "Brockley Therapeutics")], text


def test_the_year_a_cash_runway_reaches_is_no_date_of_the_stop(facts):
    for text in ("Pellucid Bio is halting development of PB-14, a phase 2 antibody, and cutting 50 jobs, which it said will extend its "
                 "cash runway into the second half of 2028.",
                 "岚岫生物宣布终止LX-62的II期临床试验并裁员30%，公司现金可支撑至2028年第一季度。"):
        records = facts(text)
        assert [r.date for r in records["terminations"]] == [None], text


def test_the_stage_of_the_drug_kept_in_the_same_sentence_is_not_the_stopped_drugs(facts):
    cases = {"Corriveau Bio is halting work on CB-50, its phase 1 CD3 bispecific, as it prioritizes CB-12, its lead "
             "KRAS inhibitor now in phase 3.": ("CB-50", "phase1"),
             "2026年5月6日，岚岫生物宣布终止I期项目LX-62的开发，以集中资源推进LX-10，LX-10目前处于III期临床。": ("LX-62", "phase1"),
             "Corriveau Bio discontinued CB-50, which was being tested with pembrolizumab in a phase 2 study.": ("CB-50", "phase2")}
    for text, stop in cases.items():
        assert [(r.asset, r.phase) for r in facts(text)["terminations"]] == [stop], text


def test_a_drug_given_with_or_compared_with_the_stopped_one_is_not_stopped(facts):
    cases = {"Marwick Oncology discontinued the phase 3 trial of MW-19 versus docetaxel in lung cancer after a futility "
             "analysis.": ("MW-19", "phase3"),
             "2026年5月6日，岚岫生物宣布终止LX-71联合帕博利珠单抗的III期临床试验。": ("LX-71", "phase3"),
             "2026年5月6日，嵐岫生物宣布終止LX-71聯合帕博利珠單抗的III期臨床試驗。": ("LX-71", "phase3")}
    for text, stop in cases.items():
        assert [(r.asset, r.phase) for r in facts(text)["terminations"]] == [stop], text


def test_a_phase_the_data_did_not_support_is_no_stage_reached(facts):
    cases = {"Dunmore Bio handed back the rights to DM-17, a phase 2 antibody, because the data did not support a "
             "phase 3 study.": ("DM-17", "phase2"),
             "2026年5月6日，岚岫生物公告，因II期数据不支持进入III期临床，公司决定终止LX-83的开发。": ("LX-83", "phase2"),
             "2026年5月6日，嵐岫生物公告，因II期數據不支持進入III期臨床，公司決定終止LX-83的開發。": ("LX-83", "phase2")}
    for text, stop in cases.items():
        records = facts(text)
        assert [(r.asset, r.phase) for r in records["terminations"]] == [stop], text
        assert all(a.stage != "phase3" for a in records["assets"]), text


def test_trade_press_verbs_that_stop_the_drug_named_right_after_them(facts):
    for verb in ("stopped", "ditched", "nixed", "killed", "jettisoned"):
        text = f"Brisco Therapeutics {verb} BT-44, a phase 2 antibody, after weak data in lupus."
        assert [(r.asset, r.phase) for r in facts(text)["terminations"]] == [("BT-44", "phase2")], text
    for text in ("2026年5月6日，岚岫生物舍弃II期抗体LX-83。", "2026年5月6日，嵐岫生物捨棄II期抗體LX-83。"):
        assert [r.asset for r in facts(text)["terminations"]] == ["LX-83"], text
    paused = "Brisco Therapeutics stopped enrolling patients in its BT-44 study after a safety signal."
    assert facts(paused)["terminations"] == []


def test_a_drug_named_in_the_reason_for_the_stop_is_not_stopped(facts):
    cases = {"Marwick Oncology discontinued MW-19 after it failed to beat docetaxel in a phase 3 trial in lung cancer.":
             ("MW-19", "phase3"),
             "2026年5月6日，岚岫生物宣布终止LX-71的开发，因其在III期试验中未能优于多西他赛。": ("LX-71", "phase3"),
             "2026年5月6日，嵐岫生物宣布終止LX-71的開發，因其在III期試驗中未能優於多西他賽。": ("LX-71", "phase3")}
    for text, stop in cases.items():
        assert [(r.asset, r.phase) for r in facts(text)["terminations"]] == [stop], text
