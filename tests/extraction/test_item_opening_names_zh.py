"""A bare name (no trade word) that opens a numbered item of a round-up and acts there ("2. 柏霁新维与X…达成
合作") is a company even when named only once. Our own words, both scripts."""


def _pairs(records):
    return {(d.licensor, d.licensee) for d in records["deals"]}


def test_bare_name_opening_an_item_is_a_party(facts):
    text = ("一周BD盘点\n\n1. 澄屿生物将其KRAS抑制剂CY-31的海外权益授权给Parvus Bio，首付款3000万美元。\n"
            "2. 柏霁新维与Rhenos Therapeutics就一款靶向GPC3的CAR-T达成合作，首付款1000万美元。\n")
    assert ("柏霁新维", "Rhenos Therapeutics") in _pairs(facts(text))


def test_traditional_bare_name_opening_an_item(facts):
    text = ("一週BD盤點\n\n① 澄嶼生物將其KRAS抑制劑CY-31的海外權益授權給Parvus Bio，首付款3000萬美元。\n"
            "② 柏霽新維與Rhenos Therapeutics就一款靶向GPC3的CAR-T達成合作，首付款1000萬美元。\n")
    assert ("柏霽新維", "Rhenos Therapeutics") in _pairs(facts(text))


def test_bare_name_giving_its_drug_away_is_the_licensor(facts):
    text = ("一周BD盘点\n\n1. 仙笙再明将其CDK2抑制剂XS-12的海外权益授权给Parvus Bio，首付款3000万美元。\n"
            "2. 澄屿生物完成2亿元B轮融资。\n")
    assert ("仙笙再明", "Parvus Bio") in _pairs(facts(text))


def test_traditional_bare_name_giving_its_drug_away(facts):
    text = ("一週BD盤點\n\n1. 仙笙再明將其CDK2抑制劑XS-12的海外權益授權給Parvus Bio，首付款3000萬美元。\n"
            "2. 澄嶼生物完成2億元B輪融資。\n")
    assert ("仙笙再明", "Parvus Bio") in _pairs(facts(text))


def test_bare_buyer_spending_on_a_stake(facts):
    text = ("一周BD盘点\n\n1. 澄屿生物完成2亿元B轮融资。\n2. 钧石润泽斥资5000万元收购恒辉药业20%股权。\n")
    assert ("恒辉药业", "钧石润泽") in _pairs(facts(text))


def test_traditional_bare_buyer_paying_cash(facts):
    text = ("一週BD盤點\n\n1. 澄嶼生物完成2億元B輪融資。\n2. 鈞石潤澤以現金5000萬元收購恆輝藥業20%股權。\n")
    assert ("恆輝藥業", "鈞石潤澤") in _pairs(facts(text))
