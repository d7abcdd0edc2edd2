"""When an event took place: dates the sentence states for something else are not its date."""


def test_the_year_a_bond_matures_is_not_when_it_was_issued(facts, one):
    for text in ("【經濟通通訊社2026年4月7日專訊】岚峤生物(02817)公布，發行本金總額6億港元、於2031年到期的可換股債券。",
                 "2026年4月7日，岚峤生物公告，公司发行于2032年6月届满的可转换公司债券，发行总额5亿元。"):
        record = one(facts(text)["financings"], round="placement")
        assert record.announced == "2026-04-07", record.announced
