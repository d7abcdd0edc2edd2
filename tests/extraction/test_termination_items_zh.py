"""A stop of several programmes, each with its stage in brackets after its name and its spend among
amounts joined by 分别: each programme keeps its own stage and spend, not the stage the sentence tells of
other drugs; in our own words, both scripts."""


def _by_asset(records):
    return {r.asset: r for r in records["terminations"]}


def test_each_stopped_programme_keeps_its_bracketed_stage_and_its_own_spend(facts):
    text = ("澄岳药业调整研发管线\n\n澄岳药业12月5日晚间公告，公司决定终止CY-31胶囊（处于II期临床）及CY-47注射液"
            "（处于临床前阶段）的后续研发，资源集中投入已进入III期的核心品种。截至2025年9月30日，上述两个项目"
            "累计已投入研发费用分别为6,120.4万元和1,380万元。")
    stops = _by_asset(facts(text))
    assert stops["CY-31"].phase == "phase2" and float(stops["CY-31"].cumulative_spend.amount) == 61.204
    assert stops["CY-47"].phase == "preclinical" and float(stops["CY-47"].cumulative_spend.amount) == 13.8


def test_a_traditional_script_stop_with_a_bracketed_preclinical_stage(facts):
    text = ("瀚岳製藥終止早期項目\n\n瀚岳製藥公告，決定終止HY-09眼用凝膠（臨床前階段）的後續研發，並將資源集中投入"
            "已進入III期臨床的核心產品。截至2025年6月30日，該項目累計已投入研發費用720萬元。")
    stop = _by_asset(facts(text))["HY-09"]
    assert stop.phase == "preclinical" and float(stop.cumulative_spend.amount) == 7.2
