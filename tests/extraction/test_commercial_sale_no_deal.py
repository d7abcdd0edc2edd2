"""Selling a product on a market is trade, not a deal; selling a business or rights to a buyer is one."""
import pytest


@pytest.mark.parametrize("text", [
    "Tamsel Bio reported results. Tamsel Bio said its lead product is Halden Pharma's kinase inhibitor HD-207, "
    "which it sells in Mexico and Brazil for thyroid cancer.\n",
    "Velmora Therapeutics said Quenby Labs' antibody QB-11, which Velmora sells across Europe, grew 12% in the "
    "quarter.\n",
])
def test_a_product_sold_on_a_market_is_no_deal(facts, text):
    assert facts(text)["deals"] == []


@pytest.mark.parametrize("text", [
    "Tamsel Bio sold its oncology unit to Halden Pharma for $120 million.\n",
    "Tamsel Bio's oncology unit was sold in 2024 to Halden Pharma for $120 million.\n",
])
def test_a_business_sold_to_a_buyer_is_a_deal(facts, text):
    deals = facts(text)["deals"]
    assert [(d.licensor, d.licensee) for d in deals] == [("Tamsel Bio", "Halden Pharma")]
