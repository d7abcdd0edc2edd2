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
