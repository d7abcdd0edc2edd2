"""The year a supply starts (乙将自2027年起向甲供应…) is when the supply begins, not when the agreement was
made: it dates no deal. Our own words, both scripts."""


def test_a_supply_start_year_does_not_date_the_agreement(facts):
    text = ("岭川核药与Baltic Isotope Works签署镥-177供应协议，后者将自2027年起每年向岭川核药供应不少于300居里镥-177。")
    deal = facts(text)["deals"][0]
    assert deal.announced is None


def test_a_traditional_script_supply_starting_next_year(facts):
    text = ("嶺川核藥與Baltic Isotope Works簽署錒-225供應協議，對方將從2027年起每年向嶺川核藥供應不少於200毫居里錒-225。")
    deal = facts(text)["deals"][0]
    assert deal.announced is None
