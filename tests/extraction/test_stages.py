"""Development stages written as a regulator's act on the drug."""
from pharmalens.documents.normalise import fold_forms
from pharmalens.extraction.stages import find_stages


def stages(text):
    return [s.stage for s in find_stages(fold_forms(text))]


def test_an_agency_that_approves_a_drug_to_market_makes_it_approved_in_both_scripts():
    assert "approved" in stages("国家药品监督管理局（NMPA）已附条件批准青禾医药QH-52胶囊上市，用于治疗复发性卵巢癌。")
    assert "approved" in stages("美國FDA已批准青禾醫藥QH-52膠囊上市，用於治療復發性卵巢癌。")


def test_an_agency_that_approves_an_application_to_market_makes_the_drug_approved_not_filed():
    assert stages("国家药监局已批准青禾医药QH-52胶囊的新适应症上市申请，用于治疗复发性卵巢癌。") == ["approved"]
    assert stages("國家藥監局已批准青禾醫藥QH-52膠囊的上市申請。") == ["approved"]
    assert stages("国家药监局已受理青禾医药QH-52胶囊的上市申请。") == ["nda"]
    assert stages("国家药监局批准QH-52胶囊开展临床试验。") == ["ind"]


def test_an_asset_approved_by_the_agency_with_a_condition_is_approved(facts, one):
    assets = facts("2026年4月2日，青禾医药宣布，国家药品监督管理局（NMPA）已附条件批准公司QH-52胶囊上市，"
                   "用于治疗复发性卵巢癌。")["assets"]
    assert one(assets, asset="QH-52").stage == "approved"


def test_taiwans_approved_trial_applications_put_the_drug_at_ind():
    assert stages("青禾醫藥QH-52之臨床試驗申請已獲美國FDA核准。") == ["ind"]
    assert stages("青禾醫藥QH-52之IND申請已獲美國FDA核准。") == ["ind"]
    assert stages("青禾医药QH-52的IND申请已获美国FDA批准。") == ["ind"]
    assert stages("青禾醫藥QH-52獲美國FDA核准人體臨床試驗。") == ["ind"]


def test_each_drug_takes_the_stage_written_next_to_it_in_a_sentence_of_two_filings(facts):
    text = "Dunmore Bio said the FDA accepted the IND for DMB-44 and the NDA for DMB-12, its oral therapy for pruritus."
    stages = {a.asset: a.stage for a in facts(text)["assets"]}
    assert stages == {"DMB-44": "ind", "DMB-12": "nda"}


def test_a_stage_told_of_one_drug_in_a_list_of_events_is_not_the_next_drugs(facts):
    """"QX-01获批上市、QX-02获FDA快速通道资格": each item of the list is its own drug's event."""
    for text in ("甲乙核药股份有限公司五月迎来两项进展：QX-01获批上市、QX-02获FDA快速通道资格。"
                 "5月11日，QX-02（锕-225标记的SSTR2靶向放射性配体）获得美国FDA快速通道资格，适应症为晚期神经内分泌瘤。",
                 "甲乙核藥股份有限公司五月迎來兩項進展：QX-01獲批上市、QX-02獲FDA快速通道資格。"
                 "5月11日，QX-02（錒-225標記的SSTR2靶向放射性配體）獲得美國FDA快速通道資格，適應症為晚期神經內分泌瘤。"):
        stages = {a.asset: a.stage for a in facts(text)["assets"]}
        assert stages == {"QX-01": "approved", "QX-02": None}


def test_a_trial_a_company_plans_is_not_the_stage_its_drug_is_in(facts, one):
    cases = (("Tarrow Bio licensed TRW-55, a CD38 antibody in Phase 1 development, to Ellisfield. "
              "Ellisfield plans to initiate a global Phase 3 trial of TRW-55 in 2028.", "TRW-55"),
             ("Proceeds will fund the expected start of a Phase 2 trial of MNX-9. MNX-9 is being tested "
              "in a Phase 1 study in lupus, Menaxa Bio said.", "MNX-9"),
             ("岭溪生物宣布，其CD38抗体LX-31目前处于I期临床阶段，公司计划于2027年启动III期临床试验。", "LX-31"),
             ("嶺溪生物宣布，其CD38抗體LX-31目前處於I期臨床階段，公司計劃於2027年啟動III期臨床試驗。", "LX-31"))
    for text, name in cases:
        assert one(facts(text)["assets"], asset=name).stage == "phase1", text
    started = "岭溪生物宣布，其CD38抗体LX-31已于今年3月启动III期临床试验。"
    assert one(facts(started)["assets"], asset="LX-31").stage == "phase3"


def test_drugs_named_as_approved_in_a_comparison_give_no_stage(facts, one):
    for text in ("Tarrow Bio said it is discontinuing TRW-71, a Phase 1 JAK1 inhibitor, after it failed to show "
                 "differentiation from approved JAK inhibitors.",
                 "Tarrow Bio is discontinuing TRW-71, a Phase 1 JAK1 inhibitor, as it offered no edge over marketed drugs.",
                 "岭溪生物宣布终止LX-44项目，该产品为I期在研的JAK1抑制剂，与已上市药物相比未显示出差异化优势。",
                 "嶺溪生物宣布終止LX-44項目，該產品為I期在研的JAK1抑制劑，與已上市藥物相比未顯示出差異化優勢。"):
        assert facts(text)["terminations"][0].phase == "phase1", text
    assert one(facts("Tarrow Bio's TRW-12, an approved therapy for gout, posted record sales.")["assets"],
               asset="TRW-12").stage == "approved"


def test_a_dose_named_after_the_next_trial_is_no_stage():
    en = "In the Phase 1 dose-escalation study of RV-3, the recommended Phase 2 dose was 6 mg/kg."
    zh = "RV-3的I期剂量递增研究已完成,确定推荐II期剂量为6 mg/kg。"
    zht = "RV-3的I期劑量遞增研究已完成,確定推薦II期劑量為6 mg/kg。"
    assert stages(en) == stages(zh) == stages(zht) == ["phase1"]


def test_a_section_heading_after_a_digest_line_gives_no_stage_to_its_drug(facts):
    for text in ("本周创新药进展\n【临床进展】\n· 沐川生物：MC-512注射液完成首例患者给药，用于晚期实体瘤\n"
                 "【NDA受理】\n· 岚溪医药：LX-77胶囊的上市申请获受理，适应症为偏头痛\n",
                 "本週創新藥進展\n【臨床進展】\n· 沐川生物：MC-512注射液完成首例患者給藥，用於晚期實體瘤\n"
                 "【NDA受理】\n· 嵐溪醫藥：LX-77膠囊的上市申請獲受理，適應症為偏頭痛\n"):
        stages = {a.asset: a.stage for a in facts(text)["assets"]}
        assert stages.get("MC-512") != "nda" and stages.get("LX-77") == "nda", text
