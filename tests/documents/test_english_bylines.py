"""English trade-press bylines that end with the page's date."""
from pharmalens.documents.dating import publication_date


def test_a_reporters_byline_ending_in_a_date_dates_the_page():
    body = "\n\nHalden Bio has licensed its antibody HB-12 to Corwick Pharma for $20 million upfront in 2025."
    assert publication_date("Corwick takes HB-12\n\nBy Priya Natal | March 3, 2026" + body) == "2026-03-03"
    assert publication_date("Corwick takes HB-12\nBy Staff Writer, Mar 3, 2026 08:40 ET" + body) == "2026-03-03"



def test_a_full_date_the_lede_says_the_news_was_given_on_dates_the_page(facts, one):
    heads = ("Pellmont Bio wins Fast Track\n\nPellmont Bio, a clinical-stage biotech, said on 17 February 2026 that ",
             "Pellmont Bio wins Fast Track\n\nPellmont Bio announced on February 17, 2026 that ",
             "Pellmont Bio wins Fast Track\n\nPellmont Bio said on Tuesday, February 17, 2026, that ")
    for head in heads:
        text = head + "the FDA granted Fast Track designation to PMB-330 for gastric cancer, a programme begun in 2023."
        assert publication_date(text) == "2026-02-17"
        assert one(facts(text)["regulatory"], event="fast_track").date == "2026-02-17"
