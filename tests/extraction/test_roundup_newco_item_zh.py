"""A NewCo founded in a round-up's first item is that item's deal: the licences in the items after it stay
licences. Our own words, both scripts."""


def _kinds(facts, text):
    return {d.licensee: d.deal_type for d in facts(text)["deals"]}


def test_a_licence_after_a_newco_item_stays_a_licence(facts):
    text = ("本周交易盘点\n\n1. 岳川生物：与Lindmark Capital共同成立NewCo Corvane Bio，将YC-21的全球权益转让给NewCo，"
            "获得2000万美元首付款及NewCo 30%的股权。\n2. 澄湾医药：与诺华达成授权协议，将CW-305在中国以外的权益授予诺华，"
            "首付款4500万美元。\n")
    kinds = _kinds(facts, text)
    assert kinds.get("Novartis") == "license" and kinds.get("Corvane Bio") == "newco"


def test_a_traditional_script_round_up_with_a_newco_first(facts):
    text = ("本週交易速覽\n\n① 岳川生技：與Lindmark Capital共同成立NewCo Corvane Bio，將YC-21的全球權益轉讓給NewCo，"
            "獲得2000萬美元首付款及NewCo 30%的股權。\n② 澄灣醫藥：與諾華達成授權協議，將CW-305在中國以外的權益授予諾華，"
            "首付款4500萬美元。\n")
    assert _kinds(facts, text).get("Novartis") == "license"
