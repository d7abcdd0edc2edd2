"""A bracket after a drug that says where it stands (（临床前阶段）, （处于临床阶段）) is no second name of
the drug. In our own words, both scripts."""


def test_a_bracketed_preclinical_stage_is_no_alias(facts):
    text = ("岭川药业调整管线\n\n岭川药业公告，公司决定终止LC-72滴眼液（临床前阶段）的后续研发。")
    asset = next(a for a in facts(text)["assets"] if a.asset == "LC-72")
    assert not [a for a in asset.aliases if "阶段" in a]


def test_a_traditional_bracketed_stage_is_no_alias(facts):
    text = ("嶺川藥業調整管線\n\n嶺川藥業公告，決定暫停LC-95凝膠（處於臨床階段）的研發。")
    asset = next(a for a in facts(text)["assets"] if a.asset == "LC-95")
    assert not [a for a in asset.aliases if "階段" in a or "阶段" in a]
