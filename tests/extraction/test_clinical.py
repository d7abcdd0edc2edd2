"""Clinical results: each figure goes to its own endpoint, drug and population (texts in our own words)."""


def results(facts, text):
    return {(r.asset, r.endpoint, r.value): r for r in facts(text)["clinical"]}


def test_rates_written_before_or_after_their_names(facts):
    text = ("Halcyon Bio said HB-412 produced a 44 percent objective response rate in its phase 2 NOVA-3 trial. "
            "Among 58 evaluable patients, the disease control rate was 81.0% (47/58) and the complete response rate "
            "(CRR) was 12.1% (95% CI, 5.0-23.3).")
    found = results(facts, text)
    assert set(found) == {("HB-412", "ORR", 44.0), ("HB-412", "DCR", 81.0), ("HB-412", "CR", 12.1)}
    assert found[("HB-412", "DCR", 81.0)].n == 58 and found[("HB-412", "CR", 12.1)].n == 58


def test_a_list_of_rates_and_an_update_each_keep_their_figures(facts):
    text = ("青岚生物公布QL-077的Ib期数据。此前小样本研究显示了80%的PSA50、45%的PSA90和38%的ORR;"
            "此次更新后PSA50降至66%、PSA90为31%、ORR为27%。共入组24例患者,54%(13名)患者达到完全缓解(CR)。")
    found = results(facts, text)
    assert {(e, v) for _, e, v in found} == {("PSA50", 80), ("PSA90", 45), ("ORR", 38), ("PSA50", 66),
                                              ("PSA90", 31), ("ORR", 27), ("CR", 54)}
    assert found[("QL-077", "CR", 54)].n == 24  # the 13 responders are not the population


def test_medians_per_arm_with_arm_sizes_not_follow_up_or_gains(facts):
    text = ("Halcyon Bio Inc. reported lung cancer data. In the randomised part, the median progression-free survival was 14.2 months with HB-412 (n = 150) "
            "compared with 8.8 months with docetaxel (n = 148; HR, 0.58; 95% CI, 0.44-0.77), with a median "
            "follow-up of 20.5 months. Median overall survival was 6.1 months longer with HB-412.")
    found = results(facts, text)
    assert found[("HB-412", "PFS_median", 14.2)].n == 150
    assert found[("docetaxel", "PFS_median", 8.8)].n == 148
    assert found[("HB-412", "PFS_HR", 0.58)].ci == [0.44, 0.77]
    assert not [k for k in found if k[2] in (20.5, 6.1)]


def test_medians_in_days_and_the_control_arm_left_out(facts):
    text = ("青嵐生技表示，QL-077全球三期試驗共完成240位病患收案，其中QL-077實驗組121人、對照組119人。"
            "QL-077的整體存活期(OS)中位數301天、無進展生存期(PFS)142天，與對照組的整體存活期中位數255天相比未達統計學上的顯著意義。")
    found = results(facts, text)
    assert set(found) == {("QL-077", "OS_median", 301), ("QL-077", "PFS_median", 142)}
    assert {r.n for r in found.values()} == {121}


def test_hazard_ratio_kinds_and_a_risk_reduction(facts):
    text = ("Tarnwell Therapeutics said TW-19 lowered the risk of disease progression or death by 38% versus placebo "
            "in the ORBIT-2 study. For overall survival, the hazard ratio was 0.81 (0.66-0.99).")
    found = results(facts, text)
    assert set(found) == {("TW-19", "PFS_HR", 0.62), ("TW-19", "OS_HR", 0.81)}
    assert found[("TW-19", "OS_HR", 0.81)].ci == [0.66, 0.99]
    chinese = "塔恩生物宣布,TW-19使患者疾病进展或死亡风险降低了41%(HR=0.59),总生存期的风险比(HR)为0.83。"
    assert set(results(facts, chinese)) == {("TW-19", "PFS_HR", 0.59), ("TW-19", "OS_HR", 0.83)}


def test_a_risk_cut_alone_is_a_hazard_ratio(facts):
    text = "Tarnwell Therapeutics said TW-19 lowered the risk of disease progression or death by 27% in 410 patients."
    assert set(results(facts, text)) == {("TW-19", "PFS_HR", 0.73)}


def test_a_cut_in_the_risk_of_recurrence_is_recurrence_free_survival(facts):
    text = ("Tarnwell Therapeutics said its vaccine TW-31 lowered the risk of recurrence or death by 35% (HR 0.65) in "
            "resected melanoma; median relapse-free survival was 31.2 months.")
    assert set(results(facts, text)) == {("TW-31", "RFS_HR", 0.65), ("TW-31", "RFS_median", 31.2)}


def test_a_comparator_named_in_the_sentence_does_not_take_the_result(facts):
    text = ("Corvane Oncology Inc. presented CV-88 data in lung cancer. In the phase 3 study, CV-88 versus pembrolizumab reduced the "
            "risk of death, with a hazard ratio of 0.74.")
    found = results(facts, text)
    assert set(found) == {("CV-88", "OS_HR", 0.74)}


def test_a_table_with_one_arm_per_column(facts):
    text = ("Tarnwell Therapeutics reported results for TW-19 in gastric cancer.\n"
            "| Endpoint | TW-19 (n=210) | Placebo (n=105) |\n| --- | --- | --- |\n"
            "| ORR | 36.2% | 9.5% |\n| Median PFS | 9.7 months | 4.1 months |\n| PFS HR | 0.61 | - |\n"
            "The drug was well tolerated.")
    found = results(facts, text)
    assert set(found) == {("TW-19", "ORR", 36.2), ("TW-19", "PFS_median", 9.7), ("TW-19", "PFS_HR", 0.61)}
    assert found[("TW-19", "ORR", 36.2)].n == 210 and found[("TW-19", "PFS_HR", 0.61)].n is None


def test_endpoints_listed_then_figures_respectively(facts):
    chinese = ("岭澜医药公布LM-63的II期研究数据:共入组46例患者,ORR和DCR分别为41.3%和78.3%,中位PFS和OS分别为7.4个月和15.0个月。"
               "LM-63降低了35%的疾病进展或死亡风险。")
    assert set(results(facts, chinese)) == {("LM-63", "ORR", 41.3), ("LM-63", "DCR", 78.3), ("LM-63", "PFS_median", 7.4),
                                            ("LM-63", "OS_median", 15.0), ("LM-63", "PFS_HR", 0.65)}
    english = ("Brightwater Oncology Inc. said BW-520 achieved an ORR of 38% (95% CI, 24%-53%) and a DCR of 71% in 45 "
               "evaluable patients. The median PFS and OS were 6.9 and 14.2 months, respectively. In the phase 3 trial "
               "the hazard ratio for death was 0.72 (95% CI, 0.58-0.89).")
    found = results(facts, english)
    assert set(found) == {("BW-520", "ORR", 38), ("BW-520", "DCR", 71), ("BW-520", "PFS_median", 6.9),
                          ("BW-520", "OS_median", 14.2), ("BW-520", "OS_HR", 0.72)}
    assert found[("BW-520", "ORR", 38)].ci == [24, 53] and found[("BW-520", "DCR", 71)].ci is None
    assert found[("BW-520", "DCR", 71)].n == 45


def test_figures_that_are_not_results(facts):
    text = ("Ostrava Biologics Inc. said OB-9 entered a phase 2 lung cancer study; ORR was not yet assessed; sales rose 12% "
            "in the quarter. Median OS data are expected within 18 months, and the 6-month PFS rate will be reported at "
            "12 months. Patients with PD-L1 TPS ≥1% and a PSA decline of at least 50% or more were eligible.")
    assert results(facts, text) == {}


def test_taiwan_wording_of_responses_and_survival(facts):
    text = ("禾峰生技公告,新药HF-58二期臨床試驗共收案62位病患,客觀反應率(ORR)為35.5%,疾病控制率(DCR)達82.3%,"
            "其中9位病患達到完全反應(CR),無惡化存活期(PFS)中位數為7.1個月。輔助治療試驗中,無病存活期(DFS)的危險比為0.66。")
    found = results(facts, text)
    assert set(found) == {("HF-58", "ORR", 35.5), ("HF-58", "DCR", 82.3), ("HF-58", "PFS_median", 7.1),
                          ("HF-58", "DFS_HR", 0.66)}
    assert found[("HF-58", "ORR", 35.5)].n == 62


def test_a_ratio_after_the_risk_it_cuts(facts):
    text = ("Ravello Pharmaceuticals Inc. reported RV-3101 data in HR+/HER2- breast cancer. In the phase 3 study, "
            "612 patients were randomized; RV-3101 met the primary endpoint, reducing the risk of disease progression "
            "or death by 41% (HR 0.59; 95% CI 0.47-0.74; p<0.0001).")
    found = results(facts, text)
    assert set(found) == {("RV-3101", "PFS_HR", 0.59)}
    assert found[("RV-3101", "PFS_HR", 0.59)].ci == [0.47, 0.74]


def test_both_arms_listed_with_respectively_give_the_drug_its_first_figure(facts):
    text = ("《生技股》安特羅宣布,旗下AT-88新藥在第二期臨床試驗中,整體緩解率(ORR)達42%,相較於對照組的18%具顯著差異;"
            "試驗組與對照組的中位無惡化存活期分別為9.2個月及5.1個月,風險比(HR)為0.55。")
    assert set(results(facts, text)) == {("AT-88", "ORR", 42), ("AT-88", "PFS_median", 9.2), ("AT-88", "PFS_HR", 0.55)}


def test_a_therapy_the_patients_had_before_does_not_take_the_result(facts):
    text = ("Solvane Bio Inc. presented TL-7 data in ovarian cancer. Median PFS was 7.2 months in patients previously "
            "treated with docetaxel, and median OS was 18.1 months with TL-7 versus 12.4 months with docetaxel.")
    assert set(results(facts, text)) == {("TL-7", "PFS_median", 7.2), ("TL-7", "OS_median", 18.1),
                                         ("docetaxel", "OS_median", 12.4)}


def test_a_count_of_patients_described_at_length_with_a_target_code_is_the_population(facts):
    text = ("衡湾生物公布了其靶向CLDN18.2的ADC药物QX-3217的I/II期临床研究数据。数据显示，在54例既往接受过至少二线治疗、"
            "CLDN18.2高表达的晚期胃癌患者中，QX-3217的客观缓解率（ORR）为41.2%。")
    result, = [r for r in facts(text)["clinical"] if r.endpoint == "ORR"]
    assert result.n == 54


def test_a_psa_fall_stated_only_in_words_is_psa50_read_on_its_evaluable_patients(facts):
    records = facts("In the Phase 2 study of ARD-240, radiopharmaceutical developer Ardent Isotopes said 61% of 44 "
                    "evaluable patients achieved a PSA decline of at least 50%.")
    assert [(r.asset, r.endpoint, r.value, r.n) for r in records["clinical"]] == [("ARD-240", "PSA50", 61.0, 44)]
    assert all("PSA" not in a.indication for a in records["assets"])


def test_a_mixed_case_abbreviation_matches_only_as_written():
    from pharmalens.extraction.lexicon import Entry, Lexicon
    lexicon = Lexicon([Entry("indication", "psoriatic arthritis", ["psoriatic arthritis", "PsA"])])
    assert [h.surface for h in lexicon.find("PsA and psA, but not a PSA test")] == ["PsA"]
    assert [h.surface for h in lexicon.find("PSORIATIC ARTHRITIS")] == ["PSORIATIC ARTHRITIS"]


def test_the_patients_a_result_was_read_in_may_follow_it(facts):
    english = ("Tallis Bio reported that TB-90 cut the risk of progression or death by 29% (hazard ratio 0.71) "
               "in 318 patients with HER2-positive gastric cancer in the phase 3 ORRIN trial.")
    chinese = "沛川生物的PC-14使疾病进展或死亡风险降低33%（HR=0.67），该试验在276例胃癌患者中进行。"
    assert [r.n for r in facts(english)["clinical"]] == [318]
    assert [r.n for r in facts(chinese)["clinical"]] == [276]


def test_a_count_after_a_result_that_is_not_where_it_was_read_is_no_population(facts):
    text = "Tallis Bio said TB-90 had an objective response rate of 38%. Nine of 21 patients progressed later."
    assert [r.n for r in facts(text)["clinical"]] == [None]


def test_a_trial_name_run_into_chinese_words_is_the_trial(facts):
    text = "沛川生物公布，在III期ORCHID-3研究中，放射性药物PC-14使胃癌患者的无进展生存期风险降低33%（HR=0.67）。"
    english = "Tallis Bio said TB-90 cut the risk of progression by 29% (hazard ratio 0.71) in the phase 3 ORRIN trial."
    assert [r.trial for r in facts(text)["clinical"]] == ["ORCHID-3"]
    assert [r.trial for r in facts(english)["clinical"]] == ["ORRIN"]


def test_a_drug_set_inside_a_chinese_comparison_is_the_comparator_and_the_next_is_tested(facts):
    text = ("III期ORLA研究显示，与依维莫司相比，QZ-318将疾病进展风险降低41%（HR=0.59），中位PFS为9.1个月 vs 5.6个月。"
            "QZ-318是一款放射性配体疗法。")
    found = {(r.asset, r.endpoint): r.value for r in facts(text)["clinical"]}
    assert found.get(("QZ-318", "PFS_HR")) == 0.59 and found.get(("QZ-318", "PFS_median")) == 9.1
    assert not any(asset == "依维莫司" for asset, _ in found)
    text = "QZ-318相比依维莫司将中位PFS延长至9.1个月（对照组5.6个月）。QZ-318是一款放射性配体疗法。"
    assert {(r.asset, r.value) for r in facts(text)["clinical"]} == {("QZ-318", 9.1)}


def test_two_arms_medians_listed_before_one_unit_give_the_drug_the_first(facts):
    text = ("QZ-318 and placebo arms had median overall survival of 16.4 and 11.0 months, respectively (HR 0.68). "
            "QZ-318 is an antibody-drug conjugate.")
    found = {(r.asset, r.endpoint): r.value for r in facts(text)["clinical"]}
    assert found.get(("QZ-318", "OS_median")) == 16.4


def test_a_rate_is_read_on_the_evaluable_patients_when_both_counts_are_given(facts):
    zh = "岭澄生物公布LC-61的II期数据：共入组75例患者，其中69例可评估疗效，客观缓解率为33.3%。"
    assert [(c.endpoint, c.n) for c in facts(zh)["clinical"]] == [("ORR", 69)]
    en = "Tallowfield Bio enrolled 80 patients in the phase 2 study of TB-3, of whom 74 were evaluable; the objective response rate was 31%."
    assert [(c.endpoint, c.n) for c in facts(en)["clinical"]] == [("ORR", 74)]


def test_a_figure_read_on_a_named_subgroup_takes_its_size_not_the_trials(facts):
    texts = ("Across 90 evaluable patients in the KESTREL-2 trial, QX-771 showed an objective response rate of 41.1%. "
             "In the 3 mg/kg cohort (n=27), the ORR was 55.6%, and in patients with liver metastases the ORR was 37.5% (n=16).",
             "共有90例可评估疗效的患者，QX-771的客观缓解率（ORR）为41.1%。在3 mg/kg剂量组（n=27）中，ORR达55.6%；"
             "肝转移患者的ORR为37.5%（n=16）。")
    for text in texts:
        found = results(facts, text)
        assert {v: r.n for (_, e, v), r in found.items() if e == "ORR"} == {41.1: 90, 55.6: 27, 37.5: 16}


def test_a_progression_hazard_ratio_told_beside_radiographic_pfs_is_an_rpfs_ratio(facts):
    zh = ("岭澜生物公布LL-177治疗mCRPC的III期研究结果：LL-177将疾病进展或死亡风险降低了37%（HR=0.63），"
          "中位rPFS为9.9个月。")
    assert ("rPFS_HR", 0.63) in {(c.endpoint, c.value) for c in facts(zh)["clinical"]}
    en = ("In its phase 3 trial, Tallowfield Bio's radioligand TB-177 lowered the risk of radiographic progression "
          "or death by 41% (HR 0.59) in patients with mCRPC; median rPFS was 11.0 months.")
    assert ("rPFS_HR", 0.59) in {(c.endpoint, c.value) for c in facts(en)["clinical"]}


def test_a_trial_acronym_before_its_phase_names_the_trial_not_a_drug_in_both_scripts(facts, one):
    english = ("In the MIRA-4 Phase 3 study, Calloway Bio's CLW-90 reduced the risk of disease progression or "
               "death by 31% (hazard ratio 0.69) in 508 patients.")
    chinese = "在LUNA-2 III期临床研究中，卡洛威生物的CLW-90将疾病进展或死亡风险降低31%（HR 0.69），共入组508例患者。"
    for text, trial in ((english, "MIRA-4"), (chinese, "LUNA-2")):
        records = facts(text)
        assert {a.asset for a in records["assets"]} == {"CLW-90"}
        result = one(records["clinical"], endpoint="PFS_HR")
        assert (result.asset, result.trial, result.value) == ("CLW-90", trial, 0.69)


def test_tumours_shrinking_or_patients_responding_is_the_response_rate(facts, one):
    texts = {"Tessaly Bio said TSB-12 shrank tumours in 37% of patients with cervical cancer in its Phase 2 study (n=64).": 64,
             "In the Phase 2 study of TSB-12 in cervical cancer, tumors shrank in 37% of the 64 patients.": 64,
             "In the Phase 2 study of TSB-12 in cervical cancer, 37% of patients responded to treatment.": None,
             "In the Phase 2 study, TSB-12 produced responses in 37% of patients with cervical cancer.": None,
             "Tessaly Bio said TSB-12 shrank tumours in 37% of patients with cervical cancer (n=64).": 64,
             "在TSB-12治疗宫颈癌的II期研究中，37%的患者肿瘤缩小。": None}
    for text, n in texts.items():
        result = one(facts(text)["clinical"], asset="TSB-12")
        assert (result.endpoint, result.value, result.n) == ("ORR", 37.0, n)


def test_a_trial_named_in_brackets_after_the_study_word(facts):
    for text in ("溪岚生物公布了XL-12治疗晚期卵巢癌的II期临床研究（HARBOR-3）结果，共64例可评估患者，客观缓解率（ORR）为41.2%。",
                 "溪嵐生物公佈了XL-12治療晚期卵巢癌的II期臨床研究（HARBOR-3）結果，共64例可評估患者，客觀緩解率（ORR）為41.2%。"):
        result = facts(text)["clinical"][0]
        assert (result.endpoint, result.value, result.trial) == ("ORR", 41.2, "HARBOR-3")

def test_a_headline_figure_takes_the_indication_the_body_gives_it(facts):
    for text in ("溪岚生物XL-12二期数据：ORR达41.2%\n溪岚生物公布了XL-12治疗晚期卵巢癌的II期研究结果，客观缓解率（ORR）为41.2%。",
                 "溪嵐生物XL-12二期數據：ORR達41.2%\n溪嵐生物公佈了XL-12治療晚期卵巢癌的II期研究結果，客觀緩解率（ORR）為41.2%。"):
        result = facts(text)["clinical"][0]
        assert result.endpoint == "ORR" and result.indication == ["ovarian cancer"]


def test_a_trial_acronym_with_a_number_in_brackets_after_the_study_word_is_the_trial_not_a_drug(facts):
    for text in ("岭澳生物宣布，LA-27联合化疗治疗晚期胃癌的III期研究（OPAL-302）达到主要终点，共入组402例患者，总生存期HR=0.74。",
                 "嶺澳生物宣布，LA-27聯合化療治療晚期胃癌的III期研究（OPAL-302）達到主要終點，共入組402例患者，總生存期HR=0.74。"):
        records = facts(text)
        assert [a.asset for a in records["assets"]] == ["LA-27"]
        assert [(r.asset, r.endpoint, r.trial) for r in records["clinical"]] == [("LA-27", "OS_HR", "OPAL-302")]


def test_a_drug_after_compared_with_stays_the_comparator_for_the_sentences_that_follow(facts):
    text = ("In the Phase 3 KESTREL-4 trial, TRV-88 reduced the risk of death by 31% compared with docetaxel "
            "(HR 0.69). Median overall survival was 15.2 months versus 11.0 months.")
    found = facts(text)["clinical"]
    assert {r.asset for r in found} == {"TRV-88"}


def test_a_confidence_interval_spelled_out_with_its_abbreviation_in_brackets(facts):
    text = ("Vexley Bio, Inc. announced that in the Phase 3 ORLA-2 study in gastric cancer, VX-310 lowered the risk of "
            "progression or death (hazard ratio [HR] = 0.58; 95% confidence interval [CI]: 0.44-0.76; p<0.001).")
    hr = [r for r in facts(text)["clinical"] if r.endpoint.endswith("HR")][0]
    assert hr.value == 0.58 and hr.ci == [0.44, 0.76]


def test_a_subgroup_with_its_size_before_the_figure_is_read_on_that_size(facts):
    text = ("Vexley Bio, Inc. reported Phase 1 data for VX-52 in breast cancer. Among 44 evaluable patients, the "
            "objective response rate was 38.6%. In patients with brain metastases (n=13), the ORR was 30.8%.")
    found = results(facts, text)
    assert found[("VX-52", "ORR", 38.6)].n == 44 and found[("VX-52", "ORR", 30.8)].n == 13


def test_an_arms_table_gives_each_figure_its_columns_n_and_its_cells_interval(facts):
    text = ("Pemberly Bio, Inc. announced on 9 April 2027 results from the Phase 2 HERON study of PMB-8 in gastric cancer.\n\n"
            "| Endpoint | PMB-8 low dose (n=40) | PMB-8 high dose (n=38) |\n"
            "| ORR, % (95% CI) | 35.0 (20.6-51.7) | 44.7 (28.6-61.7) |\n"
            "| DCR, % | 75.0 | 81.6 |\n")
    found = results(facts, text)
    low, high = found[("PMB-8", "ORR", 35.0)], found[("PMB-8", "ORR", 44.7)]
    assert (low.n, low.ci, high.n, high.ci) == (40, [20.6, 51.7], 38, [28.6, 61.7])
    assert found[("PMB-8", "DCR", 81.6)].n == 38


def test_a_trials_size_told_after_its_results_in_the_paragraph_is_their_n(facts):
    zh = ("嵘川生物公布RC-33二期数据\n嵘川生物宣布,RC-33治疗晚期胃癌的II期研究(HARBOR-2)客观缓解率(ORR)为41.3%。"
          "該研究共有168例患者入組。\n")
    assert results(facts, zh)[("RC-33", "ORR", 41.3)].n == 168
    en = ("Tallis Bio said TB-71 achieved a disease control rate of 72% in the CREST-1 trial. "
          "The trial enrolled 57 patients with sarcoma.\n")
    assert results(facts, en)[("TB-71", "DCR", 72.0)].n == 57


def test_a_count_after_the_results_that_is_not_the_trials_own_is_no_n(facts):
    text = ("Brennock Pharma said BP-9 gave an objective response rate of 25% in melanoma. "
            "Some 300 patients joined its registry.\n\nThe study enrolled 88 patients in a second cohort.\n")
    assert results(facts, text)[("BP-9", "ORR", 25.0)].n is None


def test_a_trials_size_told_after_in_other_shapes_of_the_sentence(facts):
    zh = ("岷江医药公布MJ-4数据\n岷江医药公布MJ-4治疗晚期胆管癌的II期数据,客观缓解率(ORR)为27.5%。该试验在全国15家中心入组了64例患者。\n")
    assert results(facts, zh)[("MJ-4", "ORR", 27.5)].n == 64
    hant = ("岷江醫藥公布MJ-4數據\n岷江醫藥公布MJ-4治療晚期膽管癌的II期數據,客觀緩解率(ORR)為27.5%。共有64名患者參與了該研究。\n")
    assert results(facts, hant)[("MJ-4", "ORR", 27.5)].n == 64


def test_a_dose_groups_n_reaches_an_endpoint_whose_name_holds_digits(facts):
    zh = ("2026年9月3日，汀岚医药公布TL-88治疗转移性去势抵抗性前列腺癌的I期数据，共入组47例患者。"
          "在300 mCi剂量组（n=21）中，PSA50应答率为66.7%；150 mCi剂量组（n=26）的PSA90应答率为23.1%。")
    zht = ("2026年9月3日，汀嵐醫藥公佈TL-88治療轉移性去勢抵抗性前列腺癌的I期數據，共入組47例患者。"
           "在300 mCi劑量組（n=21）中，PSA50應答率為66.7%；150 mCi劑量組（n=26）的PSA90應答率為23.1%。")
    en = ("Tillane Bio reported phase 1 data for TL-88 in mCRPC; 47 patients were enrolled. "
          "In the high-dose cohort (n=21), the PSA50 response rate was 66.7%.")
    for text in (zh, zht):
        assert sorted((r.endpoint, r.value, r.n) for r in facts(text)["clinical"]) == [
            ("PSA50", 66.7, 21), ("PSA90", 23.1, 26)]
    assert [(r.endpoint, r.n) for r in facts(en)["clinical"]] == [("PSA50", 21)]


def test_an_arm_told_after_a_combination_reads_on_the_drug_not_its_partner(facts):
    zh = ("2026年10月4日，岑澜生物公布CL-57联合帕博利珠单抗治疗晚期肾细胞癌的II期研究结果。"
          "联合用药组客观缓解率（ORR）为47.5%（19/40）。")
    zht = ("2026年10月4日，岑瀾生物公佈CL-57聯合帕博利珠單抗治療晚期腎細胞癌的II期研究結果。"
           "聯合用藥組客觀緩解率（ORR）為47.5%（19/40）。")
    for text in (zh, zht):
        assert [(r.asset, r.endpoint, r.value) for r in facts(text)["clinical"]] == [("CL-57", "ORR", 47.5)]


def test_a_second_arm_written_without_its_endpoint_takes_the_endpoint_just_told(facts):
    """"A组ORR为x%，B组为y%": the second arm's figure is the same endpoint's, of the same kind."""
    for text in ("2026年6月3日，澈岭医药公布CL-310的II期数据：联合治疗组ORR为61.4%，单药治疗组为32.9%。",
                 "2026年6月3日，澈嶺醫藥公佈CL-310的II期數據：聯合治療組ORR為61.4%，單藥治療組為32.9%。",
                 "Clearridge Pharma reported CL-310 data: ORR was 61.4% in the combination arm and 32.9% in the monotherapy arm."):
        orr = sorted(r.value for r in facts(text)["clinical"] if r.asset == "CL-310" and r.endpoint == "ORR")
        assert orr == [32.9, 61.4]
    text = "澈岭医药公布CL-310的II期数据：联合治疗组中位PFS为10.4个月，单药治疗组为5.8个月，对照组为4.0个月。"
    medians = sorted(r.value for r in facts(text)["clinical"] if r.asset == "CL-310" and r.endpoint == "PFS_median")
    assert medians == [5.8, 10.4]


def test_a_result_in_a_pipeline_table_cell_belongs_to_its_rows_drug(facts):
    tables = ("Pipeline snapshot\n\n| Company | Drug | Target | Stage | Latest data |\n"
              "| Halvard Bio | HV-220 | DLL3 | Phase 1 | ORR 41% (n=32) |\n"
              "| Quenby Pharma | QP-18 | CD38 | Phase 2 | DCR 66.7% (n=45) |\n",
              "管线一览\n\n| 企业 | 药物 | 靶点 | 阶段 | 最新数据 |\n"
              "| 澜禾生物 | HV-220 | DLL3 | I期 | ORR 41%（n=32） |\n"
              "| 瀾禾生物 | QP-18 | CD38 | II期 | DCR 66.7%（n=45） |\n")
    for text in tables:
        found = {(r.asset, r.endpoint, r.value, r.n) for r in facts(text)["clinical"]}
        assert found == {("HV-220", "ORR", 41.0, 32), ("QP-18", "DCR", 66.7, 45)}, text


def test_the_drug_a_compared_figure_is_told_for_is_not_the_sentences_drug(facts):
    text = ("Halden Therapeutics reported that HT-201 achieved an objective response rate of 38% among 68 evaluable "
            "patients. Median progression-free survival was 7.4 months versus 4.1 months for docetaxel "
            "(HR 0.58; 95% CI, 0.41-0.82).")
    found = {(r.asset, r.endpoint, r.value) for r in facts(text)["clinical"]}
    assert {("HT-201", "PFS_median", 7.4), ("HT-201", "PFS_HR", 0.58)} <= found
    assert ("docetaxel", "PFS_median", 7.4) not in found


def test_a_drug_named_as_the_control_arm_is_read_on_the_control_arms_size(facts):
    zh = ("岭澄医药KX-12三期试验共入组236例患者,其中KX-12实验组120人、对照组116人。结果显示,KX-12实验组的中位"
          "总生存期(OS)为14.2个月,对照组索拉非尼的中位总生存期为10.3个月。")
    en = ("Vantor Bio's Phase 3 trial randomized 240 patients. The control group (n=118) received sorafenib. Median "
          "overall survival was 14.2 months with VB-41 versus 10.3 months in the control arm of sorafenib.")
    assert {(r.asset, r.n) for r in facts(zh)["clinical"]} == {("KX-12", 120), ("索拉非尼", 116)}
    assert {(r.asset, r.n) for r in facts(en)["clinical"] if r.value == 10.3} == {("sorafenib", 118)}


def test_a_marker_the_patients_lack_is_no_target_of_the_drug(facts):
    text = ("Corwen Bio said its TROP2-directed conjugate CW-58 showed an ORR of 38% in 52 patients with HR+/HER2- "
            "metastatic breast cancer, and that CW-61 is being studied in KRAS wild-type colorectal cancer.")
    targets = {a.asset: a.target for a in facts(text)["assets"]}
    assert targets["CW-58"] == ["TROP2"] and "KRAS" not in targets.get("CW-61", [])
    zh = "澄峰医药的CF-61正在KRAS野生型结直肠癌患者中开展II期临床试验。"
    assert [a.target for a in facts(zh)["assets"]] == [[]]


def test_a_count_and_the_interval_in_one_bracket_after_a_rate(facts):
    en = "Marden Bio said the confirmed ORR of MD-14 was 41.7% (20/48; 95% CI 27.6–56.8)."
    en_n = "Marden Bio said the confirmed ORR of MD-14 was 41.7% (n=48; 95% CI: 27.6, 56.8)."
    zh = "岭澄医药公布,MD-14的确认ORR为41.7%(20/48;95% CI:27.6-56.8)。"
    for text in (en, en_n, zh):
        assert [(r.value, r.n, r.ci) for r in facts(text)["clinical"]] == [(41.7, 48, [27.6, 56.8])]


def test_a_second_dose_levels_rate_told_without_its_endpoint_is_a_result_too(facts):
    versus = "Corwen Bio said that at 300 mg, CW-90 showed an ORR of 47% (n=30), versus 26% (n=31) at 150 mg."
    listed = "Corwen Bio said CW-90 showed an ORR of 47% at 6 mg/kg and 26% at 3 mg/kg."
    assert [(r.value, r.n) for r in facts(versus)["clinical"]] == [(47.0, 30), (26.0, 31)]
    assert [(r.asset, r.endpoint, r.value) for r in facts(listed)["clinical"]] == [
        ("CW-90", "ORR", 47.0), ("CW-90", "ORR", 26.0)]


def test_an_arms_size_written_before_its_drug_is_that_arms_n(facts):
    text = ("Velbrook Bio said its phase 3 trial randomized 240 patients: 122 to VB-41 and 118 to the control arm of "
            "docetaxel. The ORR was 41% with VB-41 versus 18% with docetaxel, and median PFS was 8.2 months versus "
            "4.4 months (HR 0.55).")
    found = {(r.asset, r.endpoint): r.n for r in facts(text)["clinical"]}
    assert found[("VB-41", "ORR")] == 122 and found[("VB-41", "PFS_median")] == 122
    for text in ("岚峰生物宣布，VB-41的III期临床试验共入组240例患者，其中122例接受VB-41治疗，118例接受多西他赛治疗。"
                 "VB-41组ORR为41%，中位PFS为8.2个月（HR=0.55）。",
                 "嵐峰生物宣布，VB-41的III期臨床試驗共入組240例患者，其中122例接受VB-41治療，118例接受多西他賽治療。"
                 "VB-41組ORR為41%，中位PFS為8.2個月（HR=0.55）。"):
        found = {(r.asset, r.endpoint): r.n for r in facts(text)["clinical"]}
        assert (found[("VB-41", "ORR")], found[("VB-41", "PFS_HR")]) == (122, 240), text


def test_a_trial_named_by_a_long_word_and_its_number_is_the_trial(facts):
    simplified = ("鹿鸣医药宣布，LM-208联合化疗的III期研究（SPRINGBOK-302）达到主要终点，"
                  "PFS的HR为0.61（95%CI：0.48-0.77）。")
    traditional = ("鹿鳴醫藥宣布，LM-208聯合化療的三期THRESHOLD-21試驗達到主要終點，"
                   "PFS的HR為0.61（95%CI：0.48-0.77）。")
    for text, trial in ((simplified, "SPRINGBOK-302"), (traditional, "THRESHOLD-21")):
        found = results(facts, text)
        assert found[("LM-208", "PFS_HR", 0.61)].trial == trial


def test_a_risk_of_disease_worsening_or_death_is_progression_free_survival(facts):
    for text in ("曜石藥業公布YS-330三期試驗結果，與化療相比，YS-330將疾病惡化或死亡風險降低了41%（HR=0.59；95% CI 0.47-0.74）。",
                 "曜石药业公布YS-330三期试验结果，与化疗相比，YS-330将疾病恶化或死亡风险降低了41%（HR=0.59；95% CI 0.47-0.74）。"):
        found = results(facts, text)
        assert ("YS-330", "PFS_HR", 0.59) in found and not [k for k in found if k[1] == "OS_HR"], text


def test_the_drug_after_a_closed_comparison_is_the_one_tested(facts):
    for text in ("嵩禾医药公布III期数据，与对照组相比，SH-915组的ORR为52.4%，疾病进展或死亡风险降低35%。",
                 "嵩禾醫藥公布三期數據，與多西他賽相比，SH-915組的ORR為52.4%，疾病進展或死亡風險降低35%。"):
        found = results(facts, text)
        assert ("SH-915", "ORR", 52.4) in found and ("SH-915", "PFS_HR", 0.65) in found, text


def test_a_dose_group_opening_its_clause_is_the_n_of_each_figure_after_it(facts):
    for text in ("柏舟生物公布BZ-66数据，68例可评估患者中ORR为41.2%；在3mg/kg剂量组（n=24）中，ORR为54.2%，"
                 "中位PFS为8.9个月；全部患者中位PFS为6.3个月。",
                 "柏舟生物公布BZ-66數據，68例可評估患者中ORR為41.2%；在3mg/kg劑量組（n=24）中，ORR為54.2%，"
                 "中位PFS為8.9個月；全部患者中位PFS為6.3個月。"):
        found = results(facts, text)
        assert found[("BZ-66", "ORR", 54.2)].n == 24 and found[("BZ-66", "PFS_median", 8.9)].n == 24, text
        assert found[("BZ-66", "PFS_median", 6.3)].n == 68 and found[("BZ-66", "ORR", 41.2)].n == 68


def test_a_headline_figure_without_its_drug_is_the_body_s_result_of_that_drug(facts):
    text = ("Marlow Bio's ovarian cancer drug cuts risk of progression by 38%\n\nMarlow Bio said its FRα ADC MB-58 "
            "met the primary endpoint of the Phase III CALDERA trial (n=340): median PFS 7.9 months versus 5.1 months "
            "(hazard ratio 0.62).\n\n")
    records = facts(text)["clinical"]
    assert [(r.asset, r.endpoint) for r in records if r.endpoint == "PFS_HR"] == [("MB-58", "PFS_HR")]
    zh = facts("岷川生物肝癌新药客观缓解率达36.5%\n\n岷川生物公布MQ-312的II期数据，客观缓解率（ORR）为36.5%。")["clinical"]
    assert [(r.asset, r.endpoint) for r in zh] == [("MQ-312", "ORR")]
