"""A headline runs the company into its drug's target and class ("｜澄岚医药PD-1/VEGF双抗CL-77…",
"澄岚生物CLDN18.2 ADC获批临床"): the name with its trade word is a company, the drug's owner. Our own
words, both scripts."""


def _owners(records):
    return {a.asset: a.company for a in records["assets"]}


def test_company_run_into_a_target_in_the_headline(facts):
    text = ("2026 ESMO｜澄岚医药PD-1/VEGF双抗CL-77的III期结果\n\n研究共入组410例患者，中位PFS为10.9个月。")
    assert _owners(facts(text)).get("CL-77") == "澄岚医药"


def test_traditional_company_run_into_a_target(facts):
    text = ("澄嵐生物CLDN18.2 ADC CL-21獲批臨床\n\n該產品擬用於晚期胃癌的治療。")
    assert _owners(facts(text)).get("CL-21") == "澄嵐生物"
