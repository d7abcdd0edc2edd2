"""A regulatory round-up names its agency once, in its headline ("本周NMPA审评一览"), and lists the
drugs under section headings (【受理】, 【IND】): each item's filing or trial clearance is that agency's,
and a section heading is no event of the drug named before it. Our own words, both scripts."""


def _events(records):
    return {(r.asset, r.event, r.agency) for r in records["regulatory"]}


def test_items_take_the_headline_agency(facts):
    text = ("本周NMPA审评审批速览\n\n【受理】\n1. 沣和医药的MET抑制剂FH-218上市申请获受理。\n\n"
            "【IND】\n2. 观澜生物的CLDN6 ADC GL-705获批临床，拟用于卵巢癌。\n")
    found = _events(facts(text))
    assert ("GL-705", "ind", "NMPA") in found
    assert ("FH-218", "ind", "NMPA") not in found


def test_traditional_items_take_the_headline_agency(facts):
    text = ("本週CDE受理與臨床許可速覽\n\n"
            "- 灃和醫藥的EGFR外顯子20插入抑制劑FH-330申報上市；\n"
            "- 觀瀾生物的GPRC5D雙抗GL-212獲批臨床，用於多發性骨髓瘤。\n")
    found = _events(facts(text))
    assert ("FH-330", "filing", "NMPA") in found and ("GL-212", "ind", "NMPA") in found
