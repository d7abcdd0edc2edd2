"""English press-release and trade-press phrasings, on our own texts with invented companies."""
from decimal import Decimal


def one(records, **where):
    hits = [r for r in records if all(getattr(r, k) == v for k, v in where.items())]
    assert len(hits) == 1, (where, records)
    return hits[0]


def test_a_year_after_from_and_the_prior_figure_is_no_period_for_the_next_sentence(facts):
    text = ("Ardmore Biologics Reports Full Year 2026 Financial Results\n\n"
            "BASEL, Feb. 12, 2027 -- Ardmore Biologics AG today reported results for the year ended December 31, "
            "2026. Selling expenses rose to EUR 51.7 million from EUR 44.2 million in 2025. The company reported a "
            "net loss of EUR 13.9 million, compared to a net loss of EUR 27.5 million in the prior year.")
    records = facts(text, "ardmore.txt")["financials"]
    assert one(records, metric="net_profit", period="FY2026").amount == Decimal("-13.9")
    assert one(records, metric="net_profit", period="FY2025").amount == Decimal("-27.5")
    assert one(records, metric="selling_expense", period="FY2025").amount == Decimal("44.2")
