"""English trade-press bylines that end with the page's date."""
from pharmalens.documents.dating import publication_date


def test_a_reporters_byline_ending_in_a_date_dates_the_page():
    body = "\n\nHalden Bio has licensed its antibody HB-12 to Corwick Pharma for $20 million upfront in 2025."
    assert publication_date("Corwick takes HB-12\n\nBy Priya Natal | March 3, 2026" + body) == "2026-03-03"
    assert publication_date("Corwick takes HB-12\nBy Staff Writer, Mar 3, 2026 08:40 ET" + body) == "2026-03-03"

