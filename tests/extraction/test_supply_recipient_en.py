"""A supplier and a buyer announced together, the supply told after an abbreviation, on our own sentences."""


def test_the_party_that_provides_an_isotope_to_the_other_sells_and_its_drug_is_the_receivers(facts, one):
    text = ("Kelpie Nuclear AB, a producer of medical isotopes, and Brannock Oncology Inc. announced a ten-year "
            "agreement under which Kelpie Nuclear will provide c.a.-free Ac-225 to Brannock Oncology for its "
            "GRPR-targeted radioligand BRK-404.")
    records = facts(text)
    deal = one(records["deals"])
    assert (deal.licensor, deal.licensee, deal.asset) == ("Kelpie Nuclear", "Brannock Oncology", None)
    assert one(records["assets"], asset="BRK-404").company == "Brannock Oncology"
