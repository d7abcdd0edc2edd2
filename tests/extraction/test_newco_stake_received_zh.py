"""A NewCo licence whose licensor receives a stake beside an upfront written with a thousands comma
("收取3,000萬美元首付款及新公司30%的股權", "收取…及…25%股权") is a NewCo deal, not an equity investment. Our own
words, both scripts."""


def _kinds(records):
    return {d.asset: d.deal_type for d in records["deals"]}


def test_stake_received_with_the_upfront_keeps_a_newco(facts):
    text = ("岑川医药成立新公司\n\n2026年10月8日，岑川医药与若干投资者共同成立新公司Velmont Bio。据此，岑川医药将CQ-71（一款靶向CDH17的ADC）"
            "于大中华区以外的权益授予Velmont Bio，岑川医药将收取2,500万美元首付款及Velmont Bio 25%的股权。")
    assert _kinds(facts(text)) == {"CQ-71": "newco"}


def test_traditional_stake_received(facts):
    text = ("岑川醫藥成立新公司\n\n2026年10月8日，岑川醫藥與若干投資者共同成立新公司Velmont Bio。據此，岑川醫藥將CQ-71（一款靶向CDH17的ADC）"
            "於大中華區以外的權益授予Velmont Bio，岑川醫藥將收取2,500萬美元首付款及Velmont Bio 25%的股權。")
    assert _kinds(facts(text)) == {"CQ-71": "newco"}
