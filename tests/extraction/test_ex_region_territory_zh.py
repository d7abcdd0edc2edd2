"""Out-licensing news writes the territory as "大中华区以外全球权益" with or without 的 after 以外: the
territory is the world outside the region, not "全球". Our own words, both scripts."""


def _territory(records):
    return records["deals"][0].territory


def test_outside_the_region_without_de(facts):
    text = ("翊川生物宣布，将其B7-H4 ADC YC-412的大中华区以外全球权益授权给Marlow Therapeutics，"
            "获得5000万美元首付款。")
    assert _territory(facts(text)) == "大中华区以外全球"


def test_traditional_outside_the_region_without_de(facts):
    text = ("翊川生物宣佈，將其B7-H4 ADC YC-412的大中華區以外全球權益授權給Marlow Therapeutics，"
            "獲得5000萬美元首付款。")
    assert _territory(facts(text)) == "大中華區以外全球"
