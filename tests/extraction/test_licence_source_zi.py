"""自, like 从, marks where an in-licensed drug comes from (甲自乙引进X): it opens no company name, so the
source is the licensor under its own name. Our own words, both scripts."""


def test_an_in_licence_from_a_source_marked_by_zi(facts):
    deal = facts("澄湾医药今日公告，自岭泰制药引进LT-306的大中华区权益，首付款5000万元。")["deals"][0]
    assert (deal.licensor, deal.licensee) == ("岭泰制药", "澄湾医药")
    city_first = facts("自贡岭泰制药宣布与澄湾医药达成合作，首付款3000万元。")["deals"][0]
    assert "自贡岭泰制药" in (city_first.licensor, city_first.licensee)  # a city's 自 stays in the name


def test_a_traditional_script_in_licence_from_a_source_marked_by_zi(facts):
    deal = facts("澄灣醫藥宣布自嶺泰製藥引進LT-306的大中華區權益，首付款5000萬元。")["deals"][0]
    assert (deal.licensor, deal.licensee) == ("嶺泰製藥", "澄灣醫藥")

