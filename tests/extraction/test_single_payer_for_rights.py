"""One named company that "said it will pay" an amount "for rights to" a drug is that deal's licensee, though no
licence word and no counterparty is written. Our own words."""


def test_company_paying_for_rights_is_the_licensee(extracted):
    text = ("Pharma briefs\n\nKilbride Pharma said it will pay GBP 6 million for rights to TM-2 in the Middle East.")
    deals = extracted(text).records["deals"]
    assert [(d.licensor, d.licensee, d.asset) for d in deals] == [(None, "Kilbride Pharma", "TM-2")]
