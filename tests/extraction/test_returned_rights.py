"""Rights going back to their owner: a termination of the licence, the drug still the owner's."""


def test_an_owner_taking_its_drug_back_ends_the_old_licence_and_opens_no_deal(facts):
    for text in ("苏州岩桐生物宣布，公司已从Caldera Therapeutics收回YT-5120的全球权益。岩桐生物此前于2021年将YT-5120"
                 "授权给Caldera Therapeutics。YT-5120是一款靶向TROP2的ADC，目前处于II期临床。",
                 "蘇州岩桐生物宣布，公司已從Caldera Therapeutics取回YT-5120在大中華區的權利。岩桐生物此前於2021年將YT-5120"
                 "授權給Caldera Therapeutics。YT-5120是一款靶向TROP2的ADC，目前處於II期臨床。"):
        found = facts(text)
        assert found["deals"] == []
        assert [t.asset for t in found["terminations"]] == ["YT-5120"]
    bought = facts("Under the agreement, Tessaly Bio will pay Orenvale Pharma $20 million upfront in return for "
                   "exclusive rights to OV-12 outside China.")["deals"]  # a licence's price, no hand-back
    assert [(d.licensor, d.licensee) for d in bought] == [("Orenvale Pharma", "Tessaly Bio")]
    for text in ("根据协议，若Caldera Therapeutics未能在规定期限内启动关键试验，苏州岩桐生物有权收回YT-5120的全球权益。",
                 "根據協議，若Caldera Therapeutics未能在規定期限內啟動關鍵試驗，蘇州岩桐生物有權收回YT-5120的全球權益。"):
        assert facts(text)["terminations"] == []  # a right to take them back, not a hand-back


def test_a_drug_handed_back_stays_with_its_owner_at_its_stage(facts):
    for text, owner in (("Brisken Therapeutics宣布，已将BK-77的全部权益归还给宁波澄岳生物。BK-77为一款靶向B7-H3的ADC，目前处于I期临床。",
                         "宁波澄岳生物"),
                        ("Brisken Therapeutics宣布，已將BK-77的全部權益歸還給寧波澄岳生物。BK-77為一款靶向B7-H3的ADC，目前處於I期臨床。",
                         "寧波澄岳生物"),
                        ("Brisken Therapeutics will return the worldwide rights to BK-77, a B7-H3 ADC in phase 1, "
                         "to Ningbo Chengyue Bio after a pipeline review.", "Ningbo Chengyue Bio"),
                        ("Under the termination, all rights to BK-77, a B7-H3 ADC in phase 1, will revert to "
                         "Ningbo Chengyue Bio from Brisken Therapeutics.", "Ningbo Chengyue Bio")):
        found = facts(text)
        asset = next(a for a in found["assets"] if a.asset == "BK-77")
        assert asset.company == owner
        assert asset.stage == "phase1"
        assert found["deals"] == []



def test_an_owner_taking_back_rights_from_a_partner_keeps_the_drug_on_record(facts):
    for text, owner in (("宁波澄岳生物宣布终止与Brisken Therapeutics的合作，并收回BK-90在全球范围内的全部开发和商业化权利。",
                         "宁波澄岳生物"),
                        ("寧波澄岳生物宣布，公司已從合作夥伴Brisken Therapeutics處重新獲得BK-90的全球權益。", "寧波澄岳生物")):
        found = facts(text)
        assert [(a.asset, a.company) for a in found["assets"]] == [("BK-90", owner)]
        assert found["deals"] == []

