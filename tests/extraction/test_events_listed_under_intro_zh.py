"""A round-up tells an event once and lists the drugs under it ("本周共有3款药物被纳入突破性治疗品种，
包括：" over "1）甲公司的X，拟用于…"): each listed drug has the event, with its item's company and
indication. Our own words, both scripts and English."""


def _events(records):
    return {(r.asset, r.event, r.company) for r in records["regulatory"]}


def test_breakthrough_list_under_an_intro(facts):
    text = ("本周药审速递\n\n据CDE官网，本周共有2款药物被纳入突破性治疗品种，包括：\n"
            "1）澄衡医药的MTAP抑制剂CH-551，拟用于胰腺癌；\n2）禾森生物的DLL3 CAR-T HS-08，拟用于小细胞肺癌。\n")
    found = _events(facts(text))
    assert ("CH-551", "breakthrough", "澄衡医药") in found and ("HS-08", "breakthrough", "禾森生物") in found


def test_traditional_breakthrough_list_under_an_intro(facts):
    text = ("本週藥審速遞\n\n據CDE官網，本週共有2款藥物被納入突破性治療品種，包括：\n"
            "1）澄衡醫藥的MTAP抑制劑CH-551，擬用於胰腺癌；\n2）禾森生物的DLL3 CAR-T HS-08，擬用於小細胞肺癌。\n")
    found = _events(facts(text))
    assert ("CH-551", "breakthrough", "澄衡醫藥") in found and ("HS-08", "breakthrough", "禾森生物") in found


def test_english_breakthrough_list_under_an_intro(facts):
    text = ("Weekly regulatory roundup\n\nThe FDA granted Breakthrough Therapy designation to two drugs this week:\n"
            "- Corbel Therapeutics' CB-212, for pancreatic cancer;\n- Lindqvist Bio's LQ-40, for small cell lung cancer.\n")
    found = {(r.asset, r.event) for r in facts(text)["regulatory"]}
    assert ("CB-212", "breakthrough") in found and ("LQ-40", "breakthrough") in found
