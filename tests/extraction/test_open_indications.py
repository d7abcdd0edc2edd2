"""Diseases the vocabulary does not list, read where a drug is said to treat them (our own words)."""
from pharmalens.extraction.open_indications import open_indication_hits


def phrases(text):
    return [h.canonical for h in open_indication_hits(text, [])]


def test_the_phrase_after_what_a_drug_treats_is_an_indication_when_it_ends_with_a_disease_word():
    assert phrases("QX-7 is being developed for the treatment of Marlow-Kent syndrome, a rare disorder.") == \
        ["Marlow-Kent syndrome"]
    assert phrases("indicated for adults with moderate plaque psoriasis.") == ["moderate plaque psoriasis"]
    assert phrases("用于治疗岚川综合征的新药；适应症为晚期实体瘤") == ["岚川综合征", "晚期实体瘤"]


def test_no_disease_word_no_indication():
    assert phrases("a drug to treat patients, for the treatment of choice") == []
    assert phrases("用于治疗组的患者，用于扩产") == []


def test_a_listed_disease_inside_the_phrase_keeps_the_listed_one():
    from pharmalens.extraction.lexicon import Hit
    listed = Hit(22, 38, "indication", "multiple myeloma", "multiple myeloma")
    text = "for the treatment of relapsed multiple myeloma."
    assert open_indication_hits(text, [listed]) == []


def test_an_asset_takes_an_indication_no_list_names(facts):
    for text in ("2026年6月1日，岚峰生物宣布其LF-77片获批临床，用于治疗成人岚川氏肌萎缩症。",
                 "2026年6月1日，嵐峰生技宣佈其LF-77片獲批臨床，用於治療成人嵐川氏肌萎縮症。"):
        asset = [a for a in facts(text)["assets"] if a.asset.startswith("LF-77")][0]
        assert any("岚川氏肌萎缩症" in i or "嵐川氏肌萎縮症" in i for i in asset.indication)


def test_a_disease_right_before_new_drug_or_indication_names_what_the_drug_is_for():
    assert phrases("旗下的岚川氏肌萎缩症口服新药LF-12进入二期") == ["岚川氏肌萎缩症"]
    assert phrases("QX-9注射液中度结节性皮炎适应症上市申请获受理") == ["中度结节性皮炎"]
    assert phrases("B型肝炎合并治疗新药ZT-5") == ["B型肝炎"]
    assert phrases("一款抗肿瘤新药；癌新药") == []


def test_an_asset_takes_the_disease_named_before_it_as_a_new_drug(facts):
    for text in ("2026年3月2日，岚峰生物开发中的慢性结节性皮炎口服新药LF-12二期临床试验达到主要终点。",
                 "2026年3月2日，嵐峰生技開發中的慢性結節性皮炎口服新藥LF-12二期臨床試驗達到主要終點。"):
        asset = [a for a in facts(text)["assets"] if a.asset.startswith("LF-12")][0]
        assert any("慢性结节性皮炎" in i or "慢性結節性皮炎" in i for i in asset.indication)


def test_a_disease_after_a_treatment_for_or_a_filing_s_use_is_an_indication():
    assert phrases("the only approved therapy for an inherited Halvard syndrome. It") == ["inherited Halvard syndrome"]
    assert phrases("a new class of drugs for moderate ulcerative colitis, the firm said") == ["moderate ulcerative colitis"]
    assert phrases("2.研发新药名称：QX-3\n3.用途：胆道癌治疗\n4.预计") == ["胆道癌"]
    assert phrases("3.用途：治疗成人复发性岚川综合征。") == ["成人复发性岚川综合征"]


def test_a_taiwan_filing_s_use_gives_its_drug_the_disease(facts):
    text = ("嵐峰生技公告新藥研發進度\n1.事實發生日:115/03/02 2.研發新藥名稱或代號:LF-31 3.用途:嵐川氏肌萎縮症治療 "
            "4.預計進行之所有研發階段:第二期臨床試驗")
    asset = [a for a in facts(text)["assets"] if a.asset == "LF-31"][0]
    assert any("岚川氏肌萎缩症" in i or "嵐川氏肌萎縮症" in i for i in asset.indication)


def test_a_disease_a_trial_or_therapy_is_in_or_a_drug_is_developed_for_is_an_indication():
    assert phrases("a Phase 2 trial in refractory Halvard syndrome in Europe") == ["refractory Halvard syndrome"]
    assert phrases("QX-5, which is being developed for metastatic uveal melanoma and liver metastases.") == \
        ["metastatic uveal melanoma"]
    assert phrases("QX-6 is being developed for the treatment of Halvard syndrome.") == ["Halvard syndrome"]
    assert phrases("the trial in China met its goal") == []


def test_a_disease_after_a_line_of_therapy_or_an_approval_to_treat_is_an_indication():
    assert phrases("已获审核通过治疗岚川综合征的孤儿药资格") == ["岚川综合征"]
    assert phrases("获批二线治疗HER2阳性晚期岚川氏肉瘤的新适应症") == ["HER2阳性晚期岚川氏肉瘤"]
    assert phrases("拟治疗组与对照组") == []


def test_an_orphan_drug_designation_to_treat_a_disease_gives_the_drug_its_disease(facts):
    text = "2026年2月3日，嵐峰生技宣佈，其新藥LF-88已獲美國FDA審核通過治療嵐川綜合徵的孤兒藥資格。"
    asset = [a for a in facts(text)["assets"] if a.asset == "LF-88"][0]
    assert any("岚川综合征" in i or "嵐川綜合徵" in i for i in asset.indication)
