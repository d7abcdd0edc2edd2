"""A median not reached has no figure: the landmark time after it ("中位PFS尚未达到，18个月PFS率为…",
"median OS was not reached; 24 months OS rate") is no median. Our own words, both scripts and English."""


def _medians(records):
    return [r for r in records["clinical"] if r.endpoint.endswith("_median")]


def test_landmark_after_a_median_not_reached(facts):
    text = ("2026 ESMO｜澄朗生物CLDN18.2 ADC CL-09的II期数据\n\n共入组45例晚期胃癌患者，ORR为51.1%，"
            "中位PFS尚未达到，18个月PFS率为55.2%。")
    assert _medians(facts(text)) == []


def test_traditional_landmark_after_a_median_not_reached(facts):
    text = ("2026 ASCO｜澄朗生物CL-09的I期數據\n\n共入組38例晚期胃癌患者，ORR為47.4%，"
            "中位OS仍未達到，24個月OS率為61.0%。")
    assert _medians(facts(text)) == []


def test_english_median_not_reached(facts):
    text = ("Chenglang Bio reports CL-09 phase 2 data\n\nIn 45 patients with gastric cancer, ORR was 51.1%; "
            "median PFS was not reached, with a 12 months PFS rate of 70.2%.")
    assert _medians(facts(text)) == []
