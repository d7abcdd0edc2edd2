"""Drugs listed in one clause, each with its bracketed description and its own stage (用于A（一款靶向X的ADC）的
III期临床及B（一款Y抑制剂）的I期临床): each drug keeps its own words, not the one before it. In our own words,
both scripts."""


def _by_asset(records):
    return {r.asset: r for r in records["assets"]}


def test_the_second_drug_of_a_use_of_proceeds_list_keeps_its_own_target_and_stage(facts):
    text = ("岱川医药科创板IPO获受理\n\n岱川医药科技（杭州）股份有限公司拟募集资金12亿元，用于DC-301（一款靶向TROP2的ADC）"
            "的III期临床及DC-508（一款靶向CLDN18.2的双特异性抗体）的I期临床。")
    assets = _by_asset(facts(text))
    assert assets["DC-301"].target == ["TROP2"] and assets["DC-301"].stage == "phase3"
    assert assets["DC-508"].target == ["CLDN18.2"] and assets["DC-508"].stage == "phase1"
    assert assets["DC-508"].modality == "bispecific"


def test_a_traditional_script_list_where_the_second_drug_is_undescribed(facts):
    text = ("岱川醫藥招股\n\n岱川醫藥科技股份有限公司擬將所得款項用於DC-301（一款靶向TROP2的ADC）的III期臨床、"
            "DC-612的II期臨床及補充營運資金。")
    second = _by_asset(facts(text))["DC-612"]
    assert second.target == [] and second.modality is None and second.stage == "phase2"


def test_each_drug_of_a_listing_keeps_only_its_own_bracketed_indication(facts):
    text = ("医保目录调整\n\n12月6日，国家医保局公布新版医保目录，其中岳川药业的岳达替尼片（用于EGFR突变非小细胞肺癌）、"
            "晨澜生物的晨妥昔单抗注射液（用于HER2阳性胃癌）均通过谈判纳入目录。两款药物均已于2025年获批上市。")
    assets = _by_asset(facts(text))
    assert "胃癌" not in assets["岳达替尼"].indication
    assert assets["晨妥昔单抗"].indication == ["胃癌"]


def test_a_traditional_script_listing_keeps_each_drugs_indication(facts):
    text = ("醫保目錄調整\n\n國家醫保局公布新版目錄，其中嶽川藥業的嶽達替尼片（用於非小細胞肺癌）、晨瀾生物的晨妥昔單抗注射液"
            "（用於胃癌）均通過談判納入目錄，兩款藥物均已獲批上市。")
    owners = {a.company: a for a in facts(text)["assets"]}
    assert "胃癌" not in owners["嶽川藥業"].indication and owners["晨瀾生物"].indication == ["胃癌"]
