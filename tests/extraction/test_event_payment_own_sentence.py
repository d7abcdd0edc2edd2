"""A payment told only by its triggering event, in a sentence of its own after the deal ("Rauma will also pay
$9 million upon EMA approval"), is that deal's milestone. Our own words."""


def test_event_payment_in_its_own_sentence_joins_the_deal(extracted):
    for event in ("upon approval in Europe", "upon EMA approval", "upon regulatory approval in Korea"):
        text = ("Selkirk Bio licenses SB-61 to Rauma Pharma\n\nHELSINKI, April 9, 2026 -- Selkirk Bio Oy agreed to "
                "license SB-61 to Rauma Pharma for the Nordic countries. Rauma will pay EUR 11 million upfront. "
                f"Rauma also agreed to pay EUR 9 million {event}.")
        deal = extracted(text).records["deals"][0]
        assert (float(deal.upfront.amount), deal.milestones and float(deal.milestones.amount)) == (11.0, 9.0), event
