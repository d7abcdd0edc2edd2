"""Shares beside a licence, in our own words: a stake paid as part of a licence's price stays in the
licence; a separate purchase of the licensor's shares is an equity deal of its own."""


def _deals(facts, text):
    return facts(text)["deals"]


def test_a_stake_received_with_the_upfront_leaves_the_payments_with_the_licence(facts):
    texts = ("Tessaly Pharma licensed two peptide programmes to Orrin Bio for markets outside Japan. "
             "Tessaly Pharma will receive $42 million in upfront cash and a 12% equity stake in Orrin Bio, "
             "and is eligible for up to $910 million in milestones.",
             "岳麓生物将两款多肽项目在日本以外的独家权益许可给澄湾医药。"
             "澄湾医药将向岳麓生物支付首付款4200万美元，岳麓生物同时将持有澄湾医药约12%的股权；"
             "岳麓生物还可获得最高9.1亿美元的里程碑付款。")
    for text in texts:
        deal, = _deals(facts, text)
        assert (deal.licensor, deal.deal_type) in (("Tessaly Pharma", "license"), ("岳麓生物", "license"))
        assert deal.upfront.amount == 42 and deal.milestones.amount == 910


def test_the_company_that_grants_another_rights_is_the_licensor_whatever_their_countries(facts):
    text = "Tessaly Pharma has granted Hangzhou Yuelu Biotech exclusive rights in Greater China to TP-19."
    deal, = _deals(facts, text)
    assert (deal.licensor, deal.licensee) == ("Tessaly Pharma", "Hangzhou Yuelu Biotech")
