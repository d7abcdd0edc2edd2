"""Assets named together in one text, on our own sentences."""


def test_a_brand_with_its_radiolabelled_name_and_dosage_form_in_brackets_is_one_asset(facts):
    for form in ("injection", "for injection", "kit"):
        text = (f"Wandoo Imaging Ltd announced FDA approval of Zirvista (zirconium Zr 89 belratuzumab {form}), "
                "a PET imaging agent for kidney masses.")
        assets = facts(text)["assets"]
        assert [(a.asset, a.aliases) for a in assets] == [("Zirvista", ["belratuzumab"])], form


def test_a_prior_therapy_leaves_the_tested_drug_its_stage_and_two_place_letters_can_open_a_code(facts):
    text = ("Hollis Biotech said its HER3 antibody-drug conjugate US-417 met the primary endpoint of progression-free "
            "survival in the Phase III VESPER trial in patients with breast cancer after progression on trastuzumab.\n"
            "宁川医药宣布，其ADC药物NC-230在既往接受过奥希替尼治疗的非小细胞肺癌患者中开展的III期临床试验达到主要终点。")
    stages = {a.asset: a.stage for a in facts(text)["assets"]}
    assert stages.get("US-417") == "phase3" and stages.get("NC-230") == "phase3"
    assert stages.get("trastuzumab") != "phase3" and stages.get("奥希替尼") != "phase3"


def test_each_drug_of_a_list_with_appositions_keeps_its_own_description(facts):
    text = ("Quarra Bio said it has advanced QB-310, a CD47 antibody, and QB-420, a PD-L1/4-1BB bispecific, into "
            "Phase 2.\n宁泽医药推进NZ-11（一款CLDN18.2 ADC）和NZ-12（一款GPRC5D双抗）进入II期临床。")
    assets = {a.asset: a for a in facts(text)["assets"]}
    assert (assets["QB-310"].target, assets["QB-420"].target) == (["CD47"], ["PD-L1", "4-1BB"])
    assert assets["QB-420"].modality == "bispecific"
    assert assets["NZ-12"].target == ["GPRC5D"]


def test_two_capitals_opening_a_drug_code_are_no_target(facts):
    for text in ("Arlow Radiopharma said AR-318, its actinium-225 radioligand, dosed the first patient in a phase 1 trial.",
                 "2026年3月，安锐生物宣布AR-204的I期临床试验完成首例患者给药。"):
        [asset] = facts(text)["assets"]
        assert asset.target == [], text
    [kept] = facts("Arlow Radiopharma said ALW-9, its AR-targeted radioligand, entered phase 1.")["assets"]
    assert kept.target == ["AR"]


def test_a_trial_the_company_will_not_run_itself_is_no_stage(facts):
    for text in ("Amid the cuts, Ferrow Bio said it will seek a partner for FB-20, its phase 2 eczema antibody, rather "
                 "than run a phase 3 trial itself.",
                 "Amid the cuts, Ferrow Bio said it will seek a partner for FB-20, its phase 2 eczema antibody, instead "
                 "of running a phase 3 trial itself."):
        assert [(a.asset, a.stage) for a in facts(text)["assets"]] == [("FB-20", "phase2")], text


def test_an_engineered_antibody_named_with_the_new_bart_stem_is_a_drug(facts):
    text = ("Kojima Pharma K.K. said Japan's Ministry of Health, Labour and Welfare approved Velmira (kojivabart) for "
            "atopic dermatitis on April 2, 2026.")
    records = facts(text)
    assert [(a.asset, a.aliases, a.stage) for a in records["assets"]] == [("Velmira", ["kojivabart"], "approved")]
    assert [(r.asset, r.agency, r.event) for r in records["regulatory"]] == [("Velmira", "PMDA", "approval")]
