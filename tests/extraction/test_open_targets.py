"""Targets the vocabulary does not list, read where a drug is said to be aimed at them (our own words)."""
from pharmalens.extraction.open_targets import open_target_hits


def symbols(text):
    return [h.canonical for h in open_target_hits(text, [])]


def test_a_symbol_a_drug_is_aimed_at_is_a_target_even_when_no_list_names_it():
    assert symbols("HLX-31, an actinium-225 labeled antibody targeting CD46, entered Phase 1.") == ["CD46"]
    assert symbols("its SLC34A2-targeted conjugate and an antibody directed against LRRC15") == ["SLC34A2", "LRRC15"]


def test_codes_agencies_and_short_words_after_targeting_are_no_targets():
    assert symbols("the company is targeting FDA approval and targeting US launch of QX-11") == []
    assert symbols("targeting QRT-225 enrolment") == []


def test_an_asset_takes_a_target_no_list_names(facts):
    text = ("Marrow Bio, Inc. said on 6 June 2027 that the FDA cleared its IND for MRB-5, an antibody-drug conjugate "
            "targeting LRRC15, in solid tumors.")
    asset = [a for a in facts(text)["assets"] if a.asset == "MRB-5"][0]
    assert asset.target == ["LRRC15"]


def test_a_symbol_before_what_a_drug_does_to_it_is_a_target_but_a_mutation_or_virus_is_not():
    assert symbols("QX-7, an oral KIF18A inhibitor, and QX-9, a selective NLRP3 antagonist, and a PKM2 activator") == \
        ["KIF18A", "NLRP3", "PKM2"]
    assert symbols("a KRAS G12V inhibitor and an HIV protease inhibitor") == []


def test_a_symbol_before_what_the_drug_is_or_after_chinese_aiming_words_is_a_target():
    assert symbols("岚峰生物的CDH17 ADC进入II期，另有靶向LY6G6D的抗体") == ["CDH17", "LY6G6D"]
    assert symbols("抗GPRC5D单克隆抗体") == ["GPRC5D"]
    assert symbols("an anti-PD-L2 antibody and a B7-H7 ADC") == ["PD-L2", "B7-H7"]


def test_both_arms_of_a_bispecific_are_targets():
    assert symbols("其ROR1/CD3双抗获批临床") == ["ROR1", "CD3"]
    assert symbols("a STEAP2 x CD3 bispecific") == ["STEAP2", "CD3"]


def test_a_drug_code_before_its_kind_is_no_target():
    assert symbols("QLS314 ADC获批临床，HRS-1893 antibody") == []
    assert symbols("a CD123 ADC") == ["CD123"]


def test_an_asset_takes_a_target_from_what_it_is(facts):
    for text in ("2026年4月3日，岚峰生物宣布，其PTK7 ADC药物LF-301获得国家药监局临床试验默示许可。",
                 "2026年4月3日，嵐峰生技宣佈，其PTK7 ADC藥物LF-301獲得臨床試驗許可。"):
        asset = [a for a in facts(text)["assets"] if a.asset == "LF-301"][0]
        assert asset.target == ["PTK7"]


def test_a_mixed_case_gene_symbol_is_a_target_but_a_company_name_is_not():
    assert symbols("an EphB4-directed antibody, a Kv7.3 opener and a Cav2 inhibitor; targeting FcRn") == \
        ["EphB4", "Cav2", "FcRn"]
    assert symbols("a McKesson inhibitor deal; targeting BioMarin, an AbbVie ADC") == []


def test_an_asset_takes_a_mixed_case_target(facts):
    text = "Brevane Oncology dropped QV-118, its EphB4-directed antibody-drug conjugate, in June 2026."
    assert [a.target for a in facts(text)["assets"] if a.asset == "QV-118"] == [["EphB4"]]


def test_a_symbol_a_drug_takes_as_its_target_in_chinese_is_a_target(facts):
    assert symbols("以GPR87为靶点的抗体；以B7-H6为靶向的ADC") == ["GPR87", "B7-H6"]
    for text in ("2026年1月9日，岚峰生物宣布其以GPR87为靶向的ADC新药LF-51获批临床。",
                 "2026年1月9日，嵐峰生技宣佈其以GPR87為靶向的ADC新藥LF-51獲批臨床。"):
        assert [a.target for a in facts(text)["assets"] if a.asset == "LF-51"] == [["GPR87"]]


def test_both_arms_of_a_bispecific_with_a_word_for_its_make_before_its_kind():
    assert symbols("其GPR87/CD3掩蔽型双抗LF-9进入临床") == ["GPR87", "CD3"]


def test_an_asset_takes_both_arms_of_its_masked_bispecific(facts):
    for text in ("2026年7月2日，岚峰生物公布其GPR87/CD3掩蔽型双抗LF-9的1期临床数据。",
                 "2026年7月2日，嵐峰生技公布其GPR87/CD3掩蔽型雙抗LF-9的1期臨床數據。"):
        assert [a.target for a in facts(text)["assets"] if a.asset == "LF-9"] == [["GPR87", "CD3"]]
