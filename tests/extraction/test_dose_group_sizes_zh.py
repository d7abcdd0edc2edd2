"""Congress readouts in Chinese give a dose group's size once ("8mg/kg组（n=40）的ORR为…，DCR为…"): every
figure of that clause run is read on the group; a group named without its size ("5mg/kg组ORR为…") is
not read on all the patients enrolled. Our own words, both scripts."""


def _result(records, endpoint, value):
    return next(r for r in records["clinical"] if r.endpoint == endpoint and r.value == value)


def test_group_size_holds_for_the_figures_after_it(facts):
    text = ("2026 ESMO｜朗晴生物公布HER3 ADC LQ-52的II期数据\n\n研究共入组84例既往经治的晚期乳腺癌患者。"
            "8mg/kg组（n=40）的客观缓解率（ORR）为42.5%，疾病控制率（DCR）为90.0%。5mg/kg组ORR为27.3%。")
    found = facts(text)
    assert _result(found, "DCR", 90.0).n == 40
    assert _result(found, "ORR", 27.3).n is None


def test_traditional_group_size_holds_for_the_figures_after_it(facts):
    text = ("2026 ASCO｜朗晴生物LQ-52的I期數據\n\n研究共入組60例晚期胃癌患者。"
            "高劑量組（n=24）的客觀緩解率（ORR）為45.8%，疾病控制率（DCR）為83.3%。低劑量隊列ORR為30.0%。")
    found = facts(text)
    assert _result(found, "DCR", 83.3).n == 24
    assert _result(found, "ORR", 30.0).n is None
