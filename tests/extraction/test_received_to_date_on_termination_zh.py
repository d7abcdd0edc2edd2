"""A licence ended early, the licensor telling what it has received to date (已收取签约金及里程碑金合计X):
that sum is what the deal cost until its end, the termination's cumulative spend. Our own words, both scripts."""


def test_a_sum_received_to_date_under_an_ended_licence_is_the_spend(facts):
    text = ("岷川药业终止授权合约\n\n岷川药业公告，与合作伙伴Torvane Therapeutics就抗体药物MZ-214之大中华区授权合约经双方协议"
            "提前终止，岷川药业将收回该产品的开发及商业化权利。岷川药业表示，截至目前已收取签约金及里程碑金合计650万美元，毋须退还。")
    stop = facts(text)["terminations"][0]
    assert stop.cumulative_spend is not None and float(stop.cumulative_spend.amount) == 6.5
    assert stop.cumulative_spend.currency == "USD"


def test_a_traditional_script_sum_received_to_date(facts):
    text = ("岷川藥業終止授權合約\n\n岷川藥業公告，與Torvane Therapeutics就MZ-214之授權合約經雙方協議提前終止，"
            "岷川藥業將收回該產品之權利。截至目前累計收取簽約金新台幣1.2億元，毋須退還。")
    stop = facts(text)["terminations"][0]
    assert stop.cumulative_spend is not None and float(stop.cumulative_spend.amount) == 120
