"""A complete response letter is no complete response, on our own sentences."""


def test_a_percentage_beside_a_complete_response_letter_is_no_complete_response_rate(facts):
    text = ("Feb 3 (Reuters) - Larkspur Renal said the U.S. FDA had issued a complete response letter for its kidney "
            "drug LKR-12, and its shares fell 35% in early trading.")
    records = facts(text)
    assert records["clinical"] == [] and [r.event for r in records["regulatory"]] == ["crl"]
