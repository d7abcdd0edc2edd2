"""A filing tells a licence in the past tense in the sentence after the one naming the partner, on our own sentences."""


def test_the_party_that_obtained_or_was_granted_the_licence_is_the_licensee(facts, one):
    for verb in ("we obtained an exclusive license to", "we were granted exclusive rights to"):
        text = ("Item 1.01 Entry into a Material Definitive Agreement.\n\n"
                "On April 9, 2026, Gannet Biosciences, Inc. (\"we\") entered into a license agreement with Corliss "
                f"Therapeutics Ltd. (\"Corliss\"). Under the agreement, {verb} CRL-310, an anti-IL-33 antibody, in "
                "North America. Corliss is eligible to receive up to $130 million in milestones.")
        deal = one(facts(text)["deals"])
        assert (deal.licensor, deal.licensee, deal.asset) == ("Corliss Therapeutics", "Gannet Biosciences", "CRL-310"), verb
