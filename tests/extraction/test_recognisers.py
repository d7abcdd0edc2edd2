import pytest

from pharmalens.documents.language import to_simplified
from pharmalens.extraction.dates import find_dates
from pharmalens.extraction.nuclides import find_nuclides
from pharmalens.extraction.periods import find_periods
from pharmalens.extraction.stages import find_stages
from pharmalens.extraction.table import table_rows


@pytest.mark.parametrize("text,nuclide", [
    ("177Lu-PSMA-617", "Lu-177"), ("¹⁷⁷Lu", "Lu-177"), ("[225Ac]Ac-XT381", "Ac-225"), ("Lu-177", "Lu-177"),
    ("镥-177", "Lu-177"), ("锕225", "Ac-225"), ("lutetium-177", "Lu-177"), ("Tc-99m", "Tc-99m"),
    ("的⁶⁸Ga显像", "Ga-68"), ("[212Pb]", "Pb-212"), ("At-211", "At-211"),
])
def test_nuclide_spellings(text, nuclide):
    assert [n.nuclide for n in find_nuclides(text)] == [nuclide]


def test_no_nuclide_in_ordinary_numbers():
    assert find_nuclides("In 2025 the 5Y survival rose; Q1 revenue grew 12%.") == []


@pytest.mark.parametrize("text,stage", [
    ("Phase I/IIa", "phase1/2"), ("Phase II", "phase2"), ("Phase 1b/2", "phase1/2"), ("IND Approved", "ind"),
    ("IND-enabling studies", "preclinical"), ("IIT", "iit"), ("Ⅲ期", "phase3"), ("三期临床", "phase3"), ("临床I期", "phase1"), ("II/III期", "phase2/3"),
    ("获批上市", "approved"), ("preclinical", "preclinical"), ("approved for clinical trials", "ind"),
])
def test_stages(text, stage):
    assert find_stages(text)[0].stage == stage


def test_dates_resolve_relative_and_yearless_forms():
    text = "2021年，公司宣布终止。2月8日晚间，公司公告。今年5月，双方扩大合作。近日完成。"
    values = [d.value for d in find_dates(text, "2026-06-14")]
    assert values == ["2021", "2021-02-08", "2026-05", "2026-06-14"]
    assert [d.value for d in find_dates("commissioned in January 2026 and last month", "2026-03-10")] == ["2026-01", "2026-02"]
    assert [d.value for d in find_dates("今年2月3日完成融资;去年11月签约", "2026-05-01")] == ["2026-02-03", "2025-11"]


def test_numeric_and_roc_dates():
    text = ("1.事实发生日:113/05/093.研发新药名称 本公司于113/06/21收到函。民国112年3月7日董事会决议。"
            "Posted 2024-11-30 08:15. 2023/7/4 meeting.")
    values = [d.value for d in find_dates(text, "2024-12-01")]
    assert values == ["2024-05-09", "2024-06-21", "2023-03-07", "2024-11-30", "2023-07-04"]


def test_a_code_ending_in_a_year_is_not_a_date():
    text = "Kestrel received clearance for KST-2033 in 2024."
    assert [d.value for d in find_dates(text, None)] == ["2024"]
    assert find_dates("共有120年历史", None) == []


def test_periods():
    text = "2026年一季度营收增长，上年同期亏损；回看2025年全年营收；FY2024 revenue; H1 2026 sales; 前三季度"
    assert [p.period for p in find_periods(text, 2026)] == ["2026Q1", None, "FY2025", "FY2024", "2026H1", "2026Q1-Q3"]


def test_table_rows_by_header_with_exact_cells():
    text = ("| Company | Product | Type | Target | Nuclide | Indication | Stage |\n"
            "|---|---|---|---|---|---|---|\n"
            "| Kestrel Oncology | KT-1102 | RDC | FAP | 177Lu | Pancreatic cancer | Phase I |\n")
    rows = table_rows(text)
    assert len(rows) == 1
    row = rows[0]
    assert row.cells["asset"].text == "KT-1102" and row.cells["stage"].text == "Phase I"
    assert all(text[c.start:c.end] == c.text for c in row.cells.values())


def test_taiwan_and_traditional_element_names_read_as_nuclides():
    from pharmalens.extraction.nuclides import find_nuclides
    found = [n.nuclide for n in find_nuclides("鎦-177、鑥-177、錒-225與鎝-99m")]
    assert found == ["Lu-177", "Lu-177", "Ac-225", "Tc-99m"]


def test_taiwan_element_names_still_read_in_the_simplified_copy_matching_runs_on():
    from pharmalens.documents.language import to_simplified
    text = to_simplified("嵐峰核醫宣布，鎦-177前驅物與鎝-99m標記套組今年量產。")
    assert [n.nuclide for n in find_nuclides(text)] == ["Lu-177", "Tc-99m"]


def test_a_chinese_semicolon_ends_a_sentence_after_normalising():
    from pharmalens.extraction.sentences import sentences
    text = "甲公司终止A项目，累计投入1.2亿元;3月1日，乙公司叫停B项目。HR 0.61; 95% CI 0.44-0.83."
    assert [s.text for s in sentences(text)] == ["甲公司终止A项目，累计投入1.2亿元;", "3月1日，乙公司叫停B项目。",
                                                  "HR 0.61; 95% CI 0.44-0.83."]


def test_a_chinese_drug_name_read_by_its_ending_drops_the_words_before_it():
    from pharmalens.extraction.assets import find_assets
    from pharmalens.extraction.lexicon import default_lexicon
    text = "公司研发的抗体(澜沧妥单抗)进入II期。鉴于澜沧妥单抗未达终点,公司决定暂停澜沧妥单抗的研发。"
    names = [a.name for a in find_assets(text, default_lexicon())]
    assert names == ["澜沧妥单抗"] * 3


def test_slashed_dates_and_an_agency_day_line_date_events():
    from pharmalens.extraction.dates import find_dates
    values = {d.value for d in find_dates("09/04/2026 17:20 岳霖公布收购方案", "2026-04-09")}
    assert "2026-04-09" in values
    assert "2026-04-28" in {d.value for d in find_dates("《某通讯社28日专讯》远方医药公布收购", "2026-04-28")}
    assert "2026-03-30" in {d.value for d in find_dates("《某通讯社30日专讯》远方医药公布收购", "2026-04-02")}
    assert not any(len(d.value) == 10 for d in find_dates("28日专讯", None))  # no page date: no day to anchor


def test_a_vocabulary_name_in_either_script_or_typography_matches_the_search_copy():
    from pharmalens.documents.normalise import fold_forms
    from pharmalens.extraction.lexicon import Entry, Lexicon
    lexicon = Lexicon([Entry("indication", "gastric cancer", ["gastric cancer", "胃癌", "胃腺癌", "胃腸癌"]),
                       Entry("indication", "Behcet's disease", ["Behcet's disease"])])
    text = fold_forms("瑞霖的新藥用於胃腸癌;Behcet’s disease trial")
    assert {h.canonical for h in lexicon.find(text, {"indication"})} == {"gastric cancer", "Behcet's disease"}


def test_an_english_disease_name_matches_in_either_number():
    from pharmalens.extraction.lexicon import default_lexicon
    found = {h.surface: h.canonical for h in default_lexicon().find("neuroendocrine cancers and a solid tumour", {"indication"})}
    assert set(found) == {"neuroendocrine cancers", "solid tumour"}


def test_an_approval_received_or_a_licence_issued_is_the_approved_stage_but_a_trial_approval_is_not():
    from pharmalens.extraction.stages import find_stages
    assert [s.stage for s in find_stages("Halvern received EU marketing approval for Quorvex")] == ["approved"]
    assert [s.stage for s in find_stages("青禾医药的QH-8获核准签发新药证书")] == ["approved", "approved"]
    assert [s.stage for s in find_stages("Halvern won approval to begin a trial of QX-2")] == []
    assert [s.stage for s in find_stages("Halvern received IND approval for QX-2")] == ["ind"]


def test_the_stage_of_a_trial_goes_to_the_tested_drug_written_with_its_code_not_to_the_control(facts):
    text = ("Halvern Bio said the phase 3 LANTERN trial (NCT01234567) met its primary end point of survival "
            "with quorvatamab (QRX-21; HV-21) versus sunitinib (Sutent) in patients with kidney cancer.")
    stages = {a.asset: a.stage for a in facts(text)["assets"]}
    assert stages.get("quorvatamab") == "phase3"
    assert stages.get("sunitinib") != "phase3"


def test_a_chinese_disease_name_matches_without_its_closing_character():
    from pharmalens.extraction.lexicon import default_lexicon
    found = [h.canonical for h in default_lexicon().find("用于帕金森及产后抑郁的患者", {"indication"})]
    assert found == ["Parkinson's disease", "postpartum depression"]


def test_the_phase_an_ind_clearance_allows_to_start_is_not_the_stage():
    from pharmalens.extraction.stages import find_stages
    assert [s.stage for s in find_stages("Halvern received IND clearance to initiate a Phase 2 trial of QX-5")] == ["ind"]
    assert [s.stage for s in find_stages("青禾医药获得临床试验批准通知书，将开展II期临床试验")] == ["ind"]
    assert [s.stage for s in find_stages("QX-5 is in a Phase 2 trial; Halvern received IND clearance for QX-6")] == ["phase2", "ind"]
    assert [s.stage for s in find_stages("Halvern received a clinical trial approval notice for QX-7")] == ["ind"]


def test_two_phases_joined_are_one_combined_stage_unless_said_respectively():
    from pharmalens.extraction.stages import find_stages
    assert [s.stage for s in find_stages("青禾医药已展开QH-9一期与二期临床试验")] == ["phase1/2"]
    assert [s.stage for s in find_stages("Halvern started Phase 1 and 2 trials of QX-9")] == ["phase1/2"]
    assert [s.stage for s in find_stages("QH-7、QH-8两款分别处于临床I期和II期")] == ["phase1", "phase2"]
    assert [s.stage for s in find_stages("its phase 2 and phase 3 programs")] == ["phase2", "phase3"]


def test_an_approval_required_or_hoped_for_is_not_the_approved_stage():
    from pharmalens.extraction.stages import find_stages
    assert [s.stage for s in find_stages("QX-3 must be tested and approved by the EMA before it can be marketed")] == []
    assert [s.stage for s in find_stages("If approved, QX-3 would be the first such drug; QX-2 was approved in 2024")] == ["approved"]
    assert [s.stage for s in find_stages("Halvern received a clinical trial approval notice for QX-4 from the FDA of "
                                         "the United States and will soon conduct a Phase I clinical trial")] == ["ind"]


def test_a_drug_approved_not_long_ago_is_approved():
    from pharmalens.extraction.stages import find_stages
    assert [s.stage for s in find_stages("借助国内获批不久的放射性药物QH-223，患者指标恢复正常")] == ["approved"]


def test_an_application_for_marketing_spelled_out_is_the_filing_stage_and_an_ind_is_not():
    assert [s.stage for s in find_stages("Tessaly's biologics license application for TV-9 is under FDA review.")] == ["nda"]
    assert [s.stage for s in find_stages("The EMA validated Orrin Bio's marketing authorisation application for QX-4.")] == ["nda"]
    assert [s.stage for s in find_stages("Orrin Bio's New Drug Application for QX-4 was approved by the FDA.")] == ["approved"]
    assert [s.stage for s in find_stages("Orrin Bio submitted an Investigational New Drug application for QX-5.")] == []
    assert [s.stage for s in find_stages("澄湾医药递交的QX-4上市申请获国家药监局受理。")] == ["nda"]


def test_an_approval_under_a_condition_is_no_stage():
    from pharmalens.extraction.stages import find_stages

    assert find_stages("The CVR pays only if RX-4, Brannock's FAP radioligand, receives EMA approval before 2031.") == []
    assert find_stages("若RX-4获批上市，公司将收到一笔里程碑付款。") == []
    assert [s.stage for s in find_stages("公司若干产品已获批上市。")] == ["approved"]
    assert [s.stage for s in find_stages("石若生物的RX-9已获批上市。")] == ["approved"]  # 若 inside a name
    assert [s.stage for s in find_stages("Brannock received FDA approval for RX-4 in March.")] == ["approved"]


def test_a_marketing_authorisation_granted_is_the_approved_stage_and_its_application_is_not():
    assert [s.stage for s in find_stages("the Commission granted marketing authorisation for ORV-3")] == ["approved"]
    assert [s.stage for s in find_stages("ORV-3 received conditional marketing authorization in the EU")] == ["approved"]
    assert "approved" not in [s.stage for s in find_stages("it submitted a marketing authorisation application")]


def test_the_letter_of_a_round_or_class_ends_a_sentence_and_an_initial_does_not():
    from pharmalens.extraction.sentences import sentences
    text = "Orlin Bio closed a Series B. Its Class A. Shares rose. Dr. Anna K. Morrow leads it."
    assert [s.text for s in sentences(text)] == ["Orlin Bio closed a Series B.", "Its Class A.", "Shares rose.",
                                                 "Dr. Anna K. Morrow leads it."]


def test_a_month_opening_a_sentence_is_read_as_one_inside_it():
    for text in ("Results came out.\nIn October, the regulator cleared the trial.", "Results came out. During March, it dosed ten patients."):
        assert [d.value[:4] for d in find_dates(text, "2026-11-06")] == ["2026"]
    assert find_dates("The drug may be approved. Patients in May", "2026-11-06")[0].value == "2026-05"


def test_an_ind_approved_in_chinese_word_orders_is_the_ind_stage_and_a_filed_one_is_not():
    for text in ("HY-205已获FDA IND批准", "HY-205的IND申请获批", "HY-205獲批IND"):
        assert [s.stage for s in find_stages(to_simplified(text))] == ["ind"], text
    assert find_stages("公司已递交HY-205的IND申请") == []


def test_any_regulator_of_the_vocabulary_approving_a_drug_for_a_use_is_the_approved_stage():
    for agency in ("食药署", "国家药品监督管理局", "FDA"):
        assert [s.stage for s in find_stages(f"{agency}核准沐川的HY-9用于治疗胃癌")] == ["approved"], agency
    assert find_stages("董事会批准沐川的HY-9用于抵押") == []


def test_a_four_digit_quantity_with_its_unit_is_no_year():
    for text in ("年产能为2000居里的镥-177产线", "年產能1500人份", "The line makes 2000 Ci a year", "储存1980支西林瓶"):
        assert find_dates(text) == []
    assert [d.value for d in find_dates("产线于2024 投产")] == ["2024"]
