"""Asset names as real news writes them, in our own words."""
from pharmalens.extraction.assets import find_assets
from pharmalens.extraction.lexicon import Lexicon

EMPTY = Lexicon([])


def names(text):
    return [(a.name, a.surface) for a in find_assets(text, EMPTY)]


def test_a_chinese_product_is_named_with_its_dosage_form_without_the_words_before_it():
    assert names("公司自主研发的创新制剂注射用兰替瑞林微球获批") == [("注射用兰替瑞林微球", "注射用兰替瑞林微球")]
    assert names("收到签发的苯佐卡因利多喷雾剂的通知书") == [("苯佐卡因利多喷雾剂", "苯佐卡因利多喷雾剂")]


def test_a_code_with_its_dosage_form_keeps_the_code_as_its_name():
    assert names("KX3307注射液完成入组") == [("KX3307", "KX3307注射液")]
    assert names("(QL2088片)获批") == [("QL2088", "QL2088片")]


def test_the_company_word_before_a_product_is_not_part_of_its_name():
    assert names("公司盐酸瑞格列汀胶囊获得临床试验通知书") == [("盐酸瑞格列汀", "盐酸瑞格列汀胶囊")]  # 格列汀: an INN ending
    assert names("集团旗下QX-88片进入二期") == [("QX-88", "QX-88片")]
    assert names("公司注射液车间完成改造") == []


def test_a_bare_tablet_word_is_no_product():
    assert names("这一片区的药厂很多") == []


def test_short_and_mixed_codes_are_assets_but_nuclides_and_targets_are_not():
    found = [n for n, _ in names("antibody B-412 and TRX-7, SKB-HER3V, Y-90, I-131, IL-2, PD-1, COVID-19, FY2025")]
    assert found == ["B-412", "TRX-7", "SKB-HER3V"]


def test_a_capitalised_inn_is_an_asset():
    assert names("Quarelotinib entered phase 2") == [("quarelotinib", "Quarelotinib")]  # the INN, as written


def test_the_comparator_arm_does_not_take_the_tested_drugs_stage(facts):
    text = ("Norvex Bio reported that in a Phase III trial, kelarimab improved progression-free survival "
            "compared to pembrolizumab in patients with non-small cell lung cancer (NSCLC).")
    assets = {a.asset: a for a in facts(text)["assets"]}
    assert assets["kelarimab"].stage == "phase3"
    assert "NSCLC" in assets["kelarimab"].indication or "non-small cell lung cancer" in assets["kelarimab"].indication


def test_assets_listed_under_a_heading_take_its_target_and_modality(facts):
    text = ("在研管线一览\nB7-H3 ADC:青禾医药QH-308已进入II期临床;远山医药YS-77推进I期。\n"
            "Nectin-4 bispecific: Quorvane's QRV-5 entered Phase 1 in March.\n")
    assets = {a.asset: a for a in facts(text)["assets"]}
    assert assets["QH-308"].modality == "adc" and assets["YS-77"].target == ["B7-H3"]
    assert assets["QRV-5"].modality == "bispecific" and assets["QRV-5"].target == ["Nectin-4"]


def test_an_inn_capitalised_at_a_sentence_start_is_the_same_asset(facts):
    text = ("Corvane Bio announced that pelvatuzumab, its treatment for patients with ovarian cancer, performed well "
            "in a pivotal trial. Pelvatuzumab had a confirmed ORR of 28.1% in the 98-person trial. The data would be "
            "submitted to the FDA as part of a BLA.")
    assets = facts(text)["assets"]
    assert len(assets) == 1 and assets[0].asset == "pelvatuzumab" and assets[0].indication


def test_a_code_in_brackets_after_a_project_phrase_is_the_same_asset_and_its_stop_applies(facts):
    text = ("澄江药业(600999)公告,公司盐酸瑞格列汀胶囊及原料药研发项目(QX-101)处于II期临床结束阶段。"
            "经审慎考量,公司决定暂停QX-101的临床研究开发工作。")
    assets = facts(text)["assets"]
    assert len(assets) == 1
    assert {assets[0].asset, *assets[0].aliases} >= {"盐酸瑞格列汀胶囊", "QX-101"}
    assert assets[0].stage == "terminated"


def test_an_owned_asset_with_only_its_disease_named_is_still_an_asset(facts):
    zh = facts("岳霖生物宣布,其口服新药Zanfotinib针对胆管癌的研究数据将在年会公布。岳霖生物表示将加快推进。")["assets"]
    assert [(a.company, a.indication) for a in zh] == [("岳霖生物", ["胆管癌"])]
    assert facts("本文提到Zanfotinib一词。")["assets"] == []


def test_a_two_word_inn_keeps_its_payload_or_salt_and_a_payload_makes_it_a_conjugate(facts):
    assert names("Halvern reported data for camizumab tesirine and for velatinib mesylate.") == [
        ("camizumab tesirine", "camizumab tesirine"), ("velatinib mesylate", "velatinib mesylate")]
    assets = facts("Quorvane Therapeutics said its camizumab tesirine showed responses in Hodgkin lymphoma "
                   "in a Phase 2 trial.")["assets"]
    assert assets[0].modality == "adc"


def test_a_chinese_inn_starts_after_the_words_that_lead_into_it():
    assert names("公司口服药物泽恩戈替尼完成入组") == [("泽恩戈替尼", "泽恩戈替尼")]


def test_a_radiopharmaceutical_carrying_an_imaging_nuclide_is_an_imaging_agent(facts):
    text = ("Quorvane Therapeutics reported Phase 1 results for 89Zr-QRX-7, its radiopharmaceutical for kidney cancer, "
            "and started a Phase 2 trial of 177Lu-QRX-9, a radiopharmaceutical for prostate cancer.")
    modality = {a.nuclide: a.modality for a in facts(text)["assets"]}
    assert modality == {"Zr-89": "imaging_agent", "Lu-177": "radiopharmaceutical"}


def test_a_drug_carrying_a_therapy_nuclide_is_the_radiolabelled_class_of_its_stated_modality(facts):
    text = ("Tamsin Radiotherapeutics is testing TMR-31, a monoclonal antibody labelled with actinium-225 that targets "
            "CD33, in a Phase 1 trial for leukemia. It also started a Phase 2 study of [177Lu]Lu-TMR-40, a small "
            "molecule targeting FAP, in sarcoma, and of 68Ga-TMR-50, a small molecule, in glioma.")
    modality = {a.asset: a.modality for a in facts(text)["assets"]}
    assert modality == {"TMR-31": "arc", "TMR-40": "radiopharmaceutical", "TMR-50": "small_molecule"}


def test_a_drug_described_before_its_name_gives_it_the_disease(facts):
    en = ("Halvern Pharma is licensing an experimental oral gout drug from Quorvane Bio for $40 million upfront. "
          "Halvern gains exclusive rights to QRV-212, a small molecule.")
    assert [a.indication for a in facts(en)["assets"] if a.asset == "QRV-212"] == [["gout"]]
    zh = "青禾医药引进一款治疗痛风的口服新药。根据协议，青禾医药获得QH-515的大中华区权益。"
    assert [a.indication for a in facts(zh)["assets"] if a.asset == "QH-515"] == [["痛风"]]


def test_a_class_of_therapy_explained_in_general_gives_no_disease_to_the_next_asset(facts):
    zh = "细胞疗法是指用改造过的细胞治疗白血病等疾病的方法。今年3月，青禾医药的QH-77获批临床。"
    assert all(not a.indication for a in facts(zh)["assets"])
    en = "Gene therapy has been studied in hemophilia for decades. Quorvane's QRV-8 entered Phase 1 in May."
    assert all(not a.indication for a in facts(en)["assets"])


def test_a_drug_referred_back_to_takes_the_disease_of_that_sentence(facts):
    text = ("Quorvane Bio licensed QRV-31 to Halvern Pharma in March. "
            "The partners are testing the once-weekly injectable therapy in gastric cancers.")
    assert [a.indication for a in facts(text)["assets"] if a.asset == "QRV-31"] == [["gastric cancers"]]


def test_a_chinese_antibody_is_found_without_its_class_word(facts):
    from pharmalens.extraction.lexicon import default_lexicon
    assert [a.name for a in find_assets("公司宣布纳武利尤联合化疗获批用于胃癌一线治疗。", default_lexicon())] == ["nivolumab"]
    (asset,) = facts("青禾醫藥宣布納武利尤聯合化療獲批用於胃癌一線治療。")["assets"]
    assert "nivolumab" in {asset.asset, *asset.aliases} and asset.indication == ["胃癌"]


def test_codes_mixing_letters_and_digits_after_the_prefix_are_assets_but_antigen_names_are_not():
    assert [n for n, _ in names("Halvern showed HV-B7H3X and HV-PDL1A; HLA-A2 and MAGE-A4 patients")] == [
        "HV-B7H3X", "HV-PDL1A"]


def test_a_target_spelled_inside_a_code_is_its_target(facts):
    text = ("Halvern Oncology unveiled two antibody-drug conjugates, HV-TROP2X and HV-B7H3A, at AACR. "
            "Preclinical data showed tumour regression in mouse models.")
    assets = {a.asset: a for a in facts(text)["assets"]}
    assert assets["HV-TROP2X"].target == ["TROP2"] and assets["HV-B7H3A"].target == ["B7-H3"]
    assert {a.modality for a in assets.values()} == {"adc"}
    assert {a.stage for a in assets.values()} == {"preclinical"}


def test_a_stage_said_of_several_assets_together_goes_to_each(facts):
    zh = facts("青禾医药在年会上公布了QH-301和QH-302的数据。两款产品均已进入I期临床。")["assets"]
    assert sorted((a.asset, a.stage) for a in zh) == [("QH-301", "phase1"), ("QH-302", "phase1")]
    en = facts("Quorvane Bio presented QRV-7 and QRV-8 at ESMO. QRV-7 data looked strong. "
               "Its partner expects a Phase 2 start next year.")["assets"]
    assert all(a.stage is None for a in en if a.asset == "QRV-8")


def test_targets_joined_by_a_times_sign_are_both_read(facts):
    for text in ("Quorvane Bio dosed the first patient with QRV-19, a CD19×CD3 bispecific antibody, in Phase 1.",
                 "青禾医药的CD19×CD3双抗QH-19完成I期首例给药。"):
        (asset,) = [a for a in facts(text)["assets"] if a.asset in ("QRV-19", "QH-19")]
        assert asset.target == ["CD19", "CD3"] and asset.modality == "bispecific"


def test_a_term_defined_for_an_asset_names_it_wherever_it_comes_after(facts):
    zh = ("本公司研发之瑞格列汀缓释片(下称合同产品)用于糖尿病。本公司与远山医药签订授权协议,"
          "授权远山医药于中国大陆销售合同产品,首付款人民币2,000万元。")
    assert [d.asset for d in facts(zh)["deals"]] == ["瑞格列汀缓释片"]
    en = ('Halvern Bio developed QX-515 (the "Product") for gout. Halvern Bio granted Quorvane Pharma an '
          "exclusive license to sell the Product in Japan for $12 million upfront.")
    assert [d.asset for d in facts(en)["deals"]] == ["QX-515"]


def test_a_known_drug_the_text_describes_by_target_and_class_is_recorded_a_bare_mention_is_not(facts):
    described = "远山医药宣布与青禾医药达成协议，将TROP2 ADC datopotamab deruxtecan的中国权益授权给青禾医药。"
    assert [(a.asset, a.target, a.modality) for a in facts(described)["assets"]] == [
        ("datopotamab deruxtecan", ["TROP2"], "adc")]
    bare = "远山医药宣布与青禾医药达成协议，将datopotamab deruxtecan的中国权益授权给青禾医药。"
    assert facts(bare)["assets"] == []


def test_what_the_next_sentence_says_of_this_drug_describes_the_known_drug_named_before(facts):
    for text in ("远山医药与青禾医药签署协议，授予青禾医药DS-1062的全球权益。该TROP2靶向抗体药物偶联物正在评估用于乳腺癌。",
                 "Quorvane Bio licensed DS-1062 to Halvern Pharma. The TROP2-directed conjugate is being studied in breast cancer."):
        (asset,) = facts(text)["assets"]
        assert "datopotamab deruxtecan" in {asset.asset, *asset.aliases} and asset.indication in (["乳腺癌"], ["breast cancer"])


def test_a_form_item_number_run_into_a_code_is_not_part_of_it():
    text = "1.事实发生日:115/02/032.研发新药名称或代号:QX7283.用途:痛风治疗4.预计进行之研发阶段:不适用"
    assert [n for n, _ in names(text)] == ["QX728"]
    assert [n for n, _ in names("公司新药QX7283.用途说明")] == ["QX7283"]


def test_the_therapy_class_before_a_product_is_not_part_of_its_name():
    assert names("今年5月，CAR-T疗法QH-C19细胞注射液获得临床试验批件") == [("QH-C19", "QH-C19细胞注射液")]


def test_a_latin_short_name_set_into_chinese_with_a_bracket_after_it_is_a_drug():
    assert [n for n, _ in names("HER2 ADC:青禾医药vexabren(HER2 ADC)获批临床;远山医药dol-QRMT(合作辉瑞)进入III期")] == [
        "vexabren", "dol-QRMT"]
    assert names("公司采用license(许可)模式与biotech(生物科技)合作") == []


def test_a_biosimilar_code_written_with_the_reference_inn_belongs_to_the_company_that_wrote_it(facts):
    text = ("衡湾医药(600777.SH)3月5日公告,旗下澄江生物自主研发的阿达木单抗注射液(项目代号:QX-22)的"
            "生物制品许可申请(BLA)已获美国食品药品监督管理局(FDA)批准。QX-22是澄江生物开发的阿达木单抗生物类似药,"
            "用于类风湿关节炎。")
    assets = facts(text)["assets"]
    assert len(assets) == 1
    asset = assets[0]
    assert asset.company == "澄江生物" and asset.modality == "biosimilar" and asset.stage == "approved"
    assert "QX-22" in [asset.asset, *asset.aliases] and "Humira" not in asset.aliases
    assert not facts(text)["deals"]  # a licence application is a filing, not a licence


def test_an_approved_marketing_application_is_the_approved_stage():
    from pharmalens.extraction.stages import find_stages
    assert [s.stage for s in find_stages("QX-5的上市申请获国家药监局批准")] == ["approved"]
    assert [s.stage for s in find_stages("The BLA for QX-5 was approved by the FDA")] == ["approved"]
    assert [s.stage for s in find_stages("QX-5的上市申请获国家药监局受理")] == ["nda"]


def test_a_dosage_form_with_only_how_it_is_made_before_it_is_no_product_name():
    from pharmalens.extraction.products import product_names
    names = [core for _, _, core in product_names("公司自行开发的长效注射剂HW-208已获核准上市;口服缓释片剂型的新药也在研发。衡湾注射液已上市。")]
    assert "长效" not in names and "衡湾" in names


def test_a_plant_line_named_by_its_volume_or_sterility_is_no_product(facts):
    for text in ("2026年3月9日，衡湾医药公告，公司生产基地通过药品GMP符合性检查，检查范围为小容量注射剂（单克隆抗体）生产线。",
                 "2026年3月9日，衡灣醫藥公告，公司生產基地通過藥品GMP符合性檢查，檢查範圍為大容量注射劑及無菌注射劑（抗體偶聯藥物）生產線。"):
        assert facts(text)["assets"] == []


def test_an_ind_the_fda_cleared_is_the_stage_and_the_phase_planned_after_it_is_not():
    from pharmalens.extraction.stages import find_stages
    text = ("The FDA cleared Quellmark's IND for QX-101 earlier this month, and the company plans to dose the first "
            "patient in a Phase 1 study this summer.")
    assert [s.stage for s in find_stages(text)] == ["ind"]
    assert [s.stage for s in find_stages("the FDA has cleared its Investigational New Drug (IND) application for QX-7.")] == ["ind"]


def test_a_company_run_into_a_drug_code_owns_it_over_the_vocabulary(facts):
    records = facts("抗体偶联药物研发一览。HER2方向:汀兰JSKN003已进入III期临床试验,岚汐QX-3301处于II期临床试验。")
    owners = {a.asset: a.company for a in records["assets"]}
    assert owners["JSKN003"] == "汀兰" and owners["QX-3301"] == "岚汐"


def test_an_isotope_in_a_list_of_isotopes_is_not_the_drug_of_that_isotope(facts):
    for text in ("The new cyclotron will make yttrium-90, radium-223 and iodine-131 for hospitals' radiopharmaceuticals.",
                 "这座新堆的产品有钬-166、镭-223、磷-32三种核素,供放射性药物生产。"):
        assert not facts(text)["assets"], text
    sold = facts("Bayer said radium-223 sales rose 12% in bone metastases of prostate cancer.")["assets"]
    assert [a.asset for a in sold] == ["radium-223"]


def test_a_drug_sold_for_the_first_time_or_approved_weeks_ago_is_approved():
    from pharmalens.extraction.stages import find_stages
    assert [s.stage for s in find_stages("QX-5在国内获批不足一个月")] == ["approved"]
    assert [s.stage for s in find_stages("QX-5上周在日本首次进行商业销售")] == ["approved"]
    assert not find_stages("QX-5首次商业销售时将支付里程碑付款")  # a milestone's trigger, not a sale


def test_a_plural_possessive_before_a_drug_names_its_owner_over_the_vocabulary(facts):
    text = "Sites may use Novartis' NETSPOT scans to select patients for the phase 2 study of HB-3."
    owners = {a.asset: a.company for a in facts(text)["assets"]}
    assert owners.get("NETSPOT") == "Novartis"


def test_a_nuclide_labelled_antibody_or_peptide_is_a_radionuclide_conjugate(facts):
    english = "Yarrow Bio's YB-90, a lutetium-177-labeled antibody against CD37, entered a Phase 1 cancer trial."
    chinese = "沛川医药的PC-31是一款锕-225标记的多肽，靶向SSTR2，处于I期临床。"
    assert [(a.asset, a.modality) for a in facts(english)["assets"]] == [("YB-90", "arc")]
    assert [(a.asset, a.modality) for a in facts(chinese)["assets"]] == [("PC-31", "prc")]



def test_letters_of_a_drug_code_name_no_disease():
    from pharmalens.extraction.lexicon import default_lexicon
    text = "Yarrow Bio licensed TB-4, RA-17 and AX-SCD to Pfizer; its vaccine targets HIV-1 and its RA drug is approved."
    found = [text[h.start:h.end] for h in default_lexicon().find(text, {"indication"})]
    assert found == ["HIV-1", "RA"]


def test_a_drug_called_an_antibody_is_an_antibody_unless_a_longer_kind_is_named(facts):
    text = ("Yarrow Bio said YB-21, an anti-CD40 antibody, entered a cancer trial. Its bispecific antibody YB-22 "
            "and its antibody-drug conjugate YB-23 follow. 沛川医药的PC-41是一款靶向IL-23的抗体。")
    found = {a.asset: a.modality for a in facts(text)["assets"]}
    assert found == {"YB-21": "antibody", "YB-22": "bispecific", "YB-23": "adc", "PC-41": "antibody"}


def test_a_spoken_acronym_written_only_as_a_trials_name_is_the_trial_not_a_drug():
    assert [n for n, _ in names("In the pivotal MERIDA-4 trial, QX-2210 cut the risk of progression.")] == ["QX-2210"]
    assert [n for n, _ in names("在III期临床试验TALON-302中，ZB-781延长了患者的生存期。")] == ["ZB-781"]
    assert [n for n, _ in names("ZB-781在TALON-302研究中达到主要终点。")] == ["ZB-781"]


def test_a_code_also_written_as_a_drug_or_alone_stays_an_asset():
    assert [n for n, _ in names("The TALON-302 study enrolled 90 patients; TALON-302 was well tolerated.")] \
        == ["TALON-302", "TALON-302"]
    assert [n for n, _ in names("Data from the TALON-302 trial were presented.")] == ["TALON-302"]
    assert {n for n, _ in names("The BGRX-12 trial tested BGRX-12 against QX-2210.")} == {"BGRX-12", "QX-2210"}


def test_the_kind_an_apposition_states_wins_over_a_kind_later_in_the_sentence(facts):
    text = ("Ashgrove Bio will halt QV-14, a phase 1 lupus antibody, to focus on its radioligand pipeline.\n"
            "溪源药业宣布暂停XY-62的开发，XY-62是一款治疗狼疮的抗体药物，公司将集中资源推进放射性药物管线。\n"
            "Ashgrove Bio's QV-19, which targets FAP, is a radioligand therapy.")
    found = {a.asset: (a.modality, a.indication) for a in facts(text)["assets"]}
    assert found["QV-14"][0] == "antibody" and found["XY-62"][0] == "antibody"
    assert found["QV-19"][0] in ("rlt", "radiopharmaceutical")
    assert found["XY-62"][1] == ["狼疮"]


def test_each_item_of_a_semicolon_list_keeps_its_own_target_nuclide_stage_and_disease(facts):
    text = ("Corvex Bio's pipeline includes CX-11, a GRPR-targeted 212Pb radioligand in Phase 1 for breast cancer; "
            "CX-24, a CAIX-directed 225Ac agent in Phase 2 for renal cell carcinoma; and CX-37, a preclinical FAP candidate.")
    found = {a.asset: a for a in facts(text)["assets"]}
    assert (found["CX-11"].target, found["CX-11"].nuclide, found["CX-11"].stage) == (["GRPR"], "Pb-212", "phase1")
    assert (found["CX-24"].target, found["CX-24"].nuclide, found["CX-24"].stage) == (["CA9"], "Ac-225", "phase2")
    assert found["CX-11"].indication == ["breast cancer"] and found["CX-24"].indication == ["renal cell carcinoma"]
    assert found["CX-37"].target == ["FAP"] and found["CX-37"].stage == "preclinical"


def test_a_currency_code_glued_to_an_amount_is_no_drug_code():
    assert names("Loss for the period narrowed to RMB156.2 million and cash was HKD812 million.") == []
    assert names("营收为RMB345.6百万元。") == []


def test_words_run_into_a_drug_code_before_its_dosage_form_are_not_its_name(facts):
    text = "澄源药业公告，公司决定暂停QX-415胶囊的II期临床试验，并将资源集中于QX-520注射液。"
    names = {n for a in facts(text)["assets"] for n in (a.asset, *a.aliases)}
    assert {"QX-415胶囊", "QX-520注射液"} <= names
    assert not any(n.startswith(("决定", "暂停", "于")) for n in names)


def test_a_drug_carrying_a_therapy_nuclide_is_a_radiopharmaceutical_unless_another_modality_is_said(facts):
    text = ("Corrimar Bio, a clinical-stage cancer drug developer, said CM-40, a lead-212 labelled SSTR2-targeted agent for "
            "neuroendocrine tumours, dosed its first patient in a phase 1 trial. Its CM-7 imaging tracer, labelled "
            "with gallium-68, is in phase 1 too.")
    assets = {a.asset: a for a in facts(text)["assets"]}
    assert assets["CM-40"].modality in ("radiopharmaceutical", "rlt")
    assert assets["CM-7"].modality == "imaging_agent"


def test_a_nuclide_written_into_the_words_before_a_drug_or_in_its_description_is_its_own(facts):
    texts = ("Qorvel Bio's pipeline moved on. Its actinium-225 labelled FAP-targeted agent QV-88 entered Phase 1, and "
             "QV-12, an [177Lu]Lu-labelled DLL3 peptide, is preclinical; both follow imaging work with gallium-68.",
             "澄湾医药的管线继续推进。公司铜-64标记的FAP靶向药物QV-88已进入I期临床，镥-177候选药物QV-12、"
             "铅-212候选药物QV-31处于临床前阶段。")
    for text in texts:
        nuclides = {a.asset: a.nuclide for a in facts(text)["assets"]}
        assert nuclides["QV-88"] == ("Ac-225" if "actinium" in text else "Cu-64")
        assert nuclides["QV-12"] == "Lu-177"


def test_a_table_introduced_as_one_kind_of_drug_gives_its_rows_that_modality(facts):
    texts = ("Several bispecific antibodies from Chinese developers reported early data this spring, summarised below:\n\n"
             "| Drug | Company | Target | Stage |\n| QX-310 | Orrin Bio | PD-1/VEGF | Phase 2 |\n"
             "| TV-228 | Tessaly Pharma | CD3/GPRC5D | Phase 1 |\n",
             "今年春季多款国产双抗公布了早期数据，我们整理如下：\n\n"
             "| 药物 | 公司 | 靶点 | 研究阶段 |\n| QX-310 | 岳麓生物 | PD-1/VEGF | II期 |\n| TV-228 | 澄湾医药 | CD3/GPRC5D | I期 |\n",
             "今年春季多款国产双抗公布了早期数据。\n\n"
             "| 药物 | 公司 | 靶点 | 研究阶段 |\n| QX-310 | 岳麓生物 | PD-1/VEGF | II期 |\n| TV-228 | 澄湾医药 | CD3/GPRC5D | I期 |\n")
    for text in texts:
        kinds = {a.asset: a.modality for a in facts(text)["assets"]}
        expected = None if text.count("如下") + text.count("below") == 0 else "bispecific"
        assert kinds == {"QX-310": expected, "TV-228": expected}


def test_the_words_of_a_drug_given_with_another_describe_the_partner_not_it(facts):
    zh = ("岭澜生物宣布，其自主研发的LL-55联合PD-L1单抗治疗晚期胃癌的III期临床研究达到主要终点，"
          "中位无进展生存期为9.6个月。")
    asset = next(a for a in facts(zh)["assets"] if a.asset == "LL-55")
    assert asset.target == [] and asset.modality is None
    en = ("Larchmont Bio said LB-71, a TROP2 antibody-drug conjugate, in combination with a PD-1 antibody met "
          "the primary endpoint of its phase 3 trial in first-line lung cancer.")
    asset = next(a for a in facts(en)["assets"] if a.asset == "LB-71")
    assert asset.target == ["TROP2"] and asset.modality == "adc"


def test_a_code_with_its_dosage_form_and_a_generic_name_in_brackets_is_one_drug(facts):
    text = ("岭川医药公告，公司申报的1类创新药LZ-4片（通用名：岭泽替尼片）获批上市，用于治疗ALK阳性的非小细胞肺癌。")
    assets = facts(text)["assets"]
    assert len(assets) == 1 and "岭泽替尼片" in assets[0].aliases and assets[0].target == ["ALK"]


def test_a_chinese_radiopharmaceutical_keeps_its_element_and_bracketed_isotope(facts):
    for text, name in (("岚溪核药宣布，其碘[131I]化钠胶囊获得国家药监局批准上市。", "碘[131I]化钠胶囊"),
                       ("嵐溪核藥宣布，其氟[18F]脫氧葡糖注射液獲得國家藥監局批准上市。", "氟[18F]脫氧葡糖注射液")):
        found = facts(text)
        asset = found["assets"][0]
        assert asset.asset == name and asset.stage == "approved"
        assert found["regulatory"][0].asset == name


def test_a_trispecific_in_a_round_up_is_an_asset_of_its_licensor(facts):
    for text, owner in (("本周交易一览：1. 辉瑞以6000万美元首付款获得禾川生物三抗HC-771的全球权益，交易总额最高达12亿美元。"
                         "2. 诺华以4000万美元首付款获得岭越医药双抗LY-35的大中华区以外权益。", "禾川生物"),
                        ("本週交易一覽：1. 輝瑞以6000萬美元首付款獲得禾川生物三抗HC-771的全球權益，交易總額最高達12億美元。"
                         "2. 諾華以4000萬美元首付款獲得嶺越醫藥雙抗LY-35的大中華區以外權益。", "禾川生物")):
        asset = next(a for a in facts(text)["assets"] if a.asset == "HC-771")
        assert (asset.company, asset.modality) == (owner, "trispecific")


def test_an_inhibitor_of_a_named_target_with_no_antibody_word_is_a_small_molecule(facts):
    for text in ("岭越医药宣布其KRAS G12D抑制剂LY-4410获得FDA临床试验许可。",
                 "嶺越醫藥宣布其KRAS G12D抑制劑LY-4410獲得FDA臨床試驗許可。",
                 "Lingyue Pharma said LY-4410, an oral KRAS G12D inhibitor, was cleared by the FDA to enter phase 1."):
        asset = next(a for a in facts(text)["assets"] if a.asset == "LY-4410")
        assert asset.modality == "small_molecule"
    asset = next(a for a in facts("岭越医药宣布其PD-1抑制剂LY-90获批上市。")["assets"] if a.asset == "LY-90")
    assert asset.modality is None  # PD-1 inhibitors are mostly antibodies


def test_a_target_in_brackets_after_a_drug_is_no_second_name_of_it(facts):
    for text in ("2026年10月28日，泊川医药公布管线进展：177Lu-PC301（FAP）II期临床入组完成；225Ac-PC405（SSTR2）已获FDA IND批准。",
                 "2026年10月28日，泊川醫藥公佈管線進展：177Lu-PC301（FAP）II期臨床入組完成；225Ac-PC405（SSTR2）已獲FDA IND批准。"):
        found = facts(text)
        assert {a.asset for a in found["assets"]} == {"PC301", "PC405"}
        assert all("FAP" not in a.aliases and "SSTR2" not in a.aliases for a in found["assets"])
        assert [r.asset for r in found["regulatory"]] != ["SSTR2"]


def test_a_brand_labelled_in_brackets_is_an_alias_of_the_drug_before_it(facts):
    for text, brand in (("国家药品监督管理局批准岭瑞医药的LR-31胶囊（商品名：岭安康®）上市，用于治疗晚期胃癌。", "岭安康"),
                        ("嶺瑞醫藥的LR-31（商品名為嶺安康）獲TFDA核准上市，用於治療晚期胃癌。", "嶺安康")):
        assets = facts(text)["assets"]
        assert [(a.asset, brand in a.aliases) for a in assets] == [("LR-31", True)]


def test_codes_in_small_letters_are_assets_but_words_and_years_are_not():
    found = {n for n, _ in names("Velgrin dosed the first patient with qv-214 and with saRNA-3105, its lead-212 "
                                 "agent, by mid-2026 in a top-100 centre.")}
    assert found == {"qv-214", "saRNA-3105"}


def test_the_patients_of_the_sentence_after_a_single_drug_are_its_indication(facts):
    text = ("Harlow Isotopes presented first results of QL-404 at a congress on 3 June 2027. In 31 patients with "
            "metastatic castration-resistant prostate cancer, the PSA50 rate was 48.4%.")
    asset = [a for a in facts(text)["assets"] if a.asset == "QL-404"][0]
    assert asset.indication == ["metastatic castration-resistant prostate cancer"]


def test_a_brand_in_capitals_before_its_inn_in_brackets_is_a_name_but_a_trial_word_is_not():
    assert ("ZOLMERA", "ZOLMERA") in names("the FDA approved ZOLMERA® (tavortinib) for adults with gout")
    assert all(n != "HORIZON" for n, _ in names("results of the HORIZON (tavortinib) study were presented"))


def test_a_modality_word_in_the_companys_name_is_not_the_drugs_modality(facts, one):
    text = "Osprey Radiotherapeutics said OSP-8, a small molecule targeting KRAS G12D, entered a Phase 1 trial in colorectal cancer."
    assert one(facts(text)["assets"], asset="OSP-8").modality == "small_molecule"


def test_a_fapi_tracer_targets_fap(facts, one):
    text = "Wendel Isotopes started a Phase 2 study of WDI-207, its F-18 FAPI PET tracer, in 60 patients with colorectal cancer."
    assert one(facts(text)["assets"], asset="WDI-207").target == ["FAP"]


def test_a_known_ligand_sold_with_two_nuclides_carries_the_one_the_article_writes(facts):
    text = "Korrin Bio dosed the first patient with 177Lu-FAPI-74 in a Phase 1 trial in desmoid tumors."
    assert [a.nuclide for a in facts(text)["assets"] if a.asset == "FAPI-74"] == ["Lu-177"]


def test_a_labelled_code_in_brackets_after_a_drug_is_its_other_name(facts):
    """"X注射液（研发代码：JY-0718）": the label inside the bracket does not part the two names."""
    for text in ("5月6日，甲乙医药宣布，其镥[177Lu]丙丁肽注射液（研发代码：JY-0718）获国家药监局批准上市。"
                 "公司将启动JY-0718的商业化供应。",
                 "5月6日，甲乙醫藥宣布，其鎦[177Lu]丙丁肽注射液（研發代碼：JY-0718）獲國家藥監局批准上市。"
                 "公司將啟動JY-0718的商業化供應。",
                 "Harlow Bio said HBX-9 (internal code: HB-221) was approved. Harlow will launch HB-221 in June."):
        asset, = facts(text)["assets"]
        assert ("HB-221" if "Harlow" in text else "JY-0718") in {asset.asset, *asset.aliases}


def test_a_code_of_letters_a_hyphen_and_one_letter_and_digit_is_an_asset_but_not_a_target_or_allele():
    assert names("The first patient received PRV-K3, and ZEL-A9 follows.") == [("PRV-K3", "PRV-K3"), ("ZEL-A9", "ZEL-A9")]
    assert names("a TCR against MAGE-A3 in HLA-A2 positive patients") == []


def test_a_word_for_a_kind_of_molecule_ending_like_an_inn_is_no_drug():
    assert names("Its antibody oligonucleotide conjugates and a cyclic peptide platform") == []
    assert names("a polypeptide and nucleotide analogues, beside vantaglutide") == [("vantaglutide", "vantaglutide")]


def test_an_antisense_inn_is_an_asset_but_a_surname_with_the_same_ending_is_not():
    assert names("Brivane Therapeutics dosed the first patient with quelanorsen last week") == [
        ("quelanorsen", "quelanorsen")]
    assert names("Analyst Karin Jespersen and Ole Halversen covered the stock") == []


def test_systemic_sclerosis_and_tardive_dyskinesia_are_indications(facts):
    text = ("Ostrel Bio started a Phase 2 trial of vemtarimab in systemic sclerosis. "
            "Its oral drug OST-418 reduced involuntary movements in a Phase 3 study in tardive dyskinesia.")
    assets = {a.asset: a.indication for a in facts(text)["assets"]}
    assert assets["vemtarimab"] == ["systemic sclerosis"]
    assert assets["OST-418"] == ["tardive dyskinesia"]


def test_a_receptor_named_negative_selects_patients_and_is_no_target(facts, one):
    for text in ("Brixton Oncology said its oral degrader BXT-410 met its primary endpoint in a phase 3 trial "
                 "in ER+/HER2– advanced breast cancer.",
                 "Brixton Oncology said BXT-410 met its primary endpoint in HR-positive, HER2 negative breast cancer.",
                 "澜石医药宣布，其口服药物LS-220在HR阳性、HER2阴性晚期乳腺癌患者中的II期临床试验达到主要终点。",
                 "瀾石醫藥宣布，其口服藥物LS-220在HR陽性、HER2陰性晚期乳腺癌患者中的II期臨床試驗達到主要終點。"):
        asset = facts(text)["assets"][0]
        assert "HER2" not in asset.target, text
    kept = one(facts("Kestrel Bio's KB-12, a CD20- and CD3-binding bispecific antibody, entered phase 1.")["assets"],
               asset="KB-12")
    assert kept.target == ["CD20", "CD3"]
    low = facts("瀾石醫藥的HER2 ADC藥物LS-330在HER2低表達乳腺癌患者中的II期臨床試驗達到主要終點。")["assets"][0]
    assert low.target == ["HER2"]


def test_the_target_of_the_drug_a_trial_compares_with_is_not_the_assets(facts):
    for text in ("Halvard Bio reported topline results from the Phase 3 ORION trial of HV-417, a PSMA-targeted radioligand, "
                 "versus a switch of androgen receptor pathway inhibitor in men with prostate cancer.",
                 "Halvard Bio reported results of HV-417, a radioligand, vs. an EGFR inhibitor in lung cancer.",
                 "澜禾生物宣布，其ADC药物HV-417对比EGFR抑制剂治疗晚期非小细胞肺癌的III期临床试验达到主要终点。",
                 "瀾禾生物宣布，其ADC藥物HV-417對比EGFR抑制劑治療晚期非小細胞肺癌的III期臨床試驗達到主要終點。"):
        assert "AR" not in facts(text)["assets"][0].target and "EGFR" not in facts(text)["assets"][0].target, text


def test_non_proprietary_names_of_more_drug_classes_are_assets(facts):
    text = ("Quorra Bio reported Phase 2 data for tavorasib, its KRAS G12C inhibitor, in lung cancer. Separately, "
            "Quorra dosed the first patient with delprazan in a Phase 3 trial in erosive esophagitis, and began a "
            "Phase 1 study of nolvaxaban.")
    assert {a.asset for a in facts(text)["assets"]} >= {"tavorasib", "delprazan", "nolvaxaban"}


def test_a_three_letter_trial_name_with_a_short_number_is_no_asset_beside_the_drug(facts):
    en = "Bexley Bio said BX-880 improved overall survival (HR 0.74) in the Phase 3 ORA-2 trial."
    zh = "岭澄医药宣布,BX-880在III期ORA-2研究中显著延长总生存期(HR 0.74)。"
    for text in (en, zh):
        found = facts(text)
        assert [a.asset for a in found["assets"]] == ["BX-880"]
        assert [r.trial for r in found["clinical"]] == ["ORA-2"]


def test_a_code_with_an_isotope_s_symbol_inside_is_one_asset(facts):
    text = ("Orvel Therapeutics said the FDA granted orphan drug designation to OV-Ac225, its actinium-225 FAP ligand, "
            "and cleared the IND for OVT-Pb-212 in sarcoma.")
    names = {a.asset for a in facts(text)["assets"]}
    assert {"OV-Ac225", "OVT-Pb-212"} <= names


def test_a_tablet_named_with_a_common_chinese_inn_stem_is_a_drug(facts):
    text = ("2026年10月9日，岷山药业宣布，公司的帕罗沙星片获得国家药品监督管理局批准上市，用于治疗尿路感染；"
            "卡伦他汀片的上市申请同日获受理。\n"
            "2026年10月9日，嵐川藥業宣佈，公司的西貝洛爾片獲得國家藥品監督管理局批准上市。")
    names = {n for a in facts(text)["assets"] for n in (a.asset, *a.aliases)}
    assert {"帕罗沙星片", "卡伦他汀片"} <= names and any(n.startswith("西贝洛尔") or n.startswith("西貝洛爾") for n in names)


def test_the_verb_before_an_unknown_chinese_inn_is_not_part_of_its_name(facts):
    assert names("甲公司就克司替尼达成许可协议，乙公司获得索达替尼的全球权益") == [("克司替尼", "克司替尼"), ("索达替尼", "索达替尼")]
    assert names("管线包括沃达单抗，并推进罗莱替尼的研发") == [("沃达单抗", "沃达单抗"), ("罗莱替尼", "罗莱替尼")]
    text = ("2026年5月8日，嵐岫藥業宣佈與澄溪醫藥就莫貝替尼達成獨家許可協議，澄溪醫藥引進莫貝替尼在東南亞的權益，"
            "首付款為人民幣8000萬元。")
    deal = facts(text)["deals"][0]
    assert deal.asset in ("莫贝替尼", "莫貝替尼")


def test_a_brand_known_only_from_a_trial_arm_is_an_asset(facts):
    assert [n for n, _ in names("Median PFS was 7.1 months with Ondrexa vs 4.0 months with docetaxel (HR 0.52).")][:1] \
        == ["Ondrexa"]
    assert names("Patients randomized to receive Telvaro had a median OS of 19.2 months.") == [("Telvaro", "Telvaro")]
    assert names("In the trial, ORVALDI achieved a response in 48% of patients.") == [("ORVALDI", "ORVALDI")]
    assert names("Corvane achieved its primary endpoint, with an ORR of 40% among patients.") == []  # maybe a company
    assert names("Treated with Standard care, patients lived longer (median OS 20 months).") == []  # ordinary words
    text = ("Brevane Oncology reported the VANTA-3 trial. Median rPFS was 8.4 months with Quelvix vs 4.9 months with "
            "a second hormone agent (HR=0.44).")
    assert [r.asset for r in facts(text)["clinical"]] == ["Quelvix", "Quelvix"]


def test_chinese_characters_before_a_bracketed_inn_or_code_are_the_drug_s_chinese_name():
    assert names("其PD-1/VEGF双抗药物洛沃西(Lovanescimab)与对照相比") == [("洛沃西", "洛沃西"), ("lovanescimab", "Lovanescimab")]
    assert names("公司的ADC莱特妥（LT-208）进入III期") == [("莱特妥", "莱特妥"), ("LT-208", "LT-208")]
    assert names("临床研究(AB-303)结果积极") == [("AB-303", "AB-303")]  # a common word is no drug's name


def test_more_inn_stems_mark_a_drug_without_the_lexicon():
    assert names("Pelozagliatin lowered HbA1c") == [("pelozagliatin", "Pelozagliatin")]
    assert [n for n, _ in names("甲公司与乙公司就莫克鲁胺达成协议，瑞沃他胺片获批")] == ["莫克鲁胺", "瑞沃他胺"]


def test_a_three_character_chinese_name_read_from_context_names_the_drug_again_later(facts):
    text = ("2026年3月2日，岚峰生物宣布其双抗药物洛沃西(Lovanescimab)的III期研究达到主要终点。"
            "结果显示，洛沃西组的中位无进展生存期为10.6个月，对照组为5.1个月，HR=0.48。")
    assert {r.asset for r in facts(text)["clinical"]} <= {"洛沃西", "lovanescimab", "Lovanescimab"}
    assert [s for _, s in names(text)].count("洛沃西") == 2


def test_a_brand_described_as_a_drug_or_labelled_with_its_nuclide_is_an_asset_not_a_company(facts):
    assert names("Quenzira is the first approved PSMA-targeted 177Lu radioligand therapy, approved in 2022.")[:1] == \
        [("Quenzira", "Quenzira")]
    assert names("Ondrexa, an oral KRAS inhibitor, entered phase 2.") == [("Ondrexa", "Ondrexa")]
    assert names("only two RLT drugs: [177Lu]Telvaro and [225Ac]Morvix") == [("Telvaro", "Telvaro"), ("Morvix", "Morvix")]
    assert names("Velmora, a comprehensive radiopharmaceutical contract developer, said") == []  # a company
    assert names("Corvane, a clinical-stage biotech developing a radioligand therapy, said") == []
    text = ("Halbrook Oncology said Quenzira exhibited similar rPFS gains across subgroups. Quenzira is the first "
            "approved PSMA-targeted radioligand therapy.")
    records = facts(text)
    assert "Quenzira" in {a.asset for a in records["assets"]}
    assert all(a.company != "Quenzira" for a in records["assets"])


def test_chinese_inn_stems_of_fusion_proteins_and_cytotoxics_mark_a_drug():
    assert [n for n, _ in names("岚峰生物将岚达西普全球权益授权给某公司")] == ["岚达西普"]
    assert [n for n, _ in names("岚峰生物就岚柔比星达成协议，岚罗莫司与诺他滨联用")] == ["岚柔比星", "岚罗莫司", "诺他滨"]


def test_a_deal_over_an_unlisted_fusion_protein_names_it(facts):
    for text in ("2026年4月8日，岚峰生物宣布将岚达西普的全球权益授权给Northwind Bio，首付款3000万美元。",
                 "2026年4月8日，嵐峰生技宣佈將嵐達西普的全球權益授權給Northwind Bio，首付款3000萬美元。"):
        assert [d.asset for d in facts(text)["deals"]] in (["岚达西普"], ["嵐達西普"])


def test_the_form_prefix_for_injection_is_no_part_of_an_unlisted_inn():
    assert names("公司自主研发的创新制剂注射用岚替单抗获批上市") == [("岚替单抗", "岚替单抗")]


def test_an_approval_of_an_unlisted_antibody_for_injection_names_the_antibody(facts):
    for text in ("2026年5月6日，岚峰生物宣布，公司自主研发的创新制剂注射用岚替单抗获得国家药监局批准上市。",
                 "2026年5月6日，嵐峰生技宣佈，公司自主研發的創新製劑注射用嵐替單抗獲得國家藥監局批准上市。"):
        assert {r.asset for r in facts(text)["regulatory"]} in ({"岚替单抗"}, {"嵐替單抗"})


def test_a_brand_before_a_bracketed_radiolabelled_compound_is_the_drug():
    assert names("Kestrel Bio agreed to develop Velorix (203Pb-VELOTATE) with a partner.") == \
        [("Velorix", "Velorix"), ("203Pb-VELOTATE", "203Pb-VELOTATE")]


def test_an_event_told_of_the_brand_names_it(facts):
    text = ("Kestrel Bio agreed to develop Velorix (203Pb-VELOTATE), a lead-203 imaging agent. The FDA granted "
            "Fast Track designation to Velorix in June 2026.")
    assert [r.asset for r in facts(text)["regulatory"]] == ["Velorix"]


def test_a_code_with_a_companion_diagnostic_suffix_is_one_name():
    assert names("Kestrel Bio gave an update on KB417-CDx and KB52-CDx.") == \
        [("KB417-CDx", "KB417-CDx"), ("KB52-CDx", "KB52-CDx")]


def test_a_code_bracketing_a_marked_brand_and_a_labelled_compound_is_one_asset(facts):
    text = ("Kestrel Bio said it received a Complete Response Letter from the FDA for the BLA for KB417-CDx "
            "(Lumivex®, 64Cu-NOTA-kestuzumab), an investigational PET agent.")
    records = facts(text)
    assert [r.asset for r in records["regulatory"]] == ["KB417-CDx"]
    assert [(a.asset, a.aliases) for a in records["assets"]] == [("KB417-CDx", ["64Cu-NOTA-kestuzumab"])]


def test_a_chinese_brand_between_what_it_is_and_its_approval_or_sales_is_a_drug():
    assert names("降压新药岚安平获批上市，抗抑郁药物思乐宁已于5月上市") == [("岚安平", "岚安平"), ("思乐宁", "思乐宁")]
    assert names("明星产品达舒宁销售额同比增长30%") == [("达舒宁", "达舒宁")]
    assert names("公司共有3款产品获批上市，多款创新药获批上市") == []  # no name between them
