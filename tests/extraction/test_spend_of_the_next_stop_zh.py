"""Two stops told one after the other, the spend stated after the second drug is named (此外，公司亦终止Y项目，
该项目累计投入X): the spend is the second stop's, not the first's. In our own words, both scripts."""


def _spends(records):
    return {r.asset: r.cumulative_spend for r in records["terminations"]}


def test_a_spend_told_after_the_second_stopped_drug_is_that_drugs(facts):
    text = ("岳川医药终止两项合作项目\n\n岳川医药发布公告，公司决定终止与合作伙伴的YC-115（一款口服KRAS G12C抑制剂，处于I期临床）"
            "共同开发项目，并计提无形资产减值约人民币9,800万元。此外，公司亦终止处于临床前阶段的YC-240项目，截至公告日，"
            "该项目累计研发投入约人民币2,470万元。")
    spends = _spends(facts(text))
    assert spends["YC-115"] is None and float(spends["YC-240"].amount) == 24.7


def test_a_traditional_script_spend_of_the_second_stop(facts):
    text = ("岳川醫藥終止兩項項目\n\n岳川醫藥公告，決定終止YC-115（處於II期臨床）的開發，並計提減值約人民幣6,500萬元。"
            "此外，公司亦終止YC-388項目，截至公告日，該項目累計研發投入約人民幣1,120萬元。")
    spends = _spends(facts(text))
    assert spends["YC-115"] is None and float(spends["YC-388"].amount) == 11.2
