"""A readout names the patients' biomarker after the control drug ("X对比多西他赛用于KRAS G12C突变…"):
the biomarker is the tested drug's target, not the control's. Our own words, both scripts."""


def _targets(records):
    return {a.asset: a.target for a in records["assets"]}


def test_control_takes_no_target_from_the_patients(facts):
    text = ("2026 ESMO｜澄瑞医药ZR-51的III期研究达到主要终点\n\nZR-51对比多西他赛用于既往治疗的KRAS G12C突变非小细胞肺癌，"
            "中位PFS分别为6.2个月和3.9个月。")
    targets = _targets(facts(text))
    assert "KRAS G12C" in targets["ZR-51"]
    assert not any("KRAS" in t for name, ts in targets.items() if name != "ZR-51" for t in ts)


def test_traditional_control_takes_no_target_from_the_patients(facts):
    text = ("2026 ESMO｜澄瑞醫藥ZR-51的III期研究達到主要終點\n\nZR-51對比多西他賽用於既往治療的KRAS G12C突變非小細胞肺癌，"
            "中位PFS分別為6.2個月和3.9個月。")
    targets = _targets(facts(text))
    assert not any("KRAS" in t for name, ts in targets.items() if name != "ZR-51" for t in ts)
