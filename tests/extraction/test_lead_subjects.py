"""A sentence's subject that a deal participle after its clause makes a party."""
from pharmalens.extraction.companies import find_companies
from pharmalens.extraction.lead_subjects import subject_of_a_deal_clause
from pharmalens.extraction.lexicon import Lexicon


def names(text):
    return {m.name for m in find_companies(text, Lexicon([]))}


def test_the_subject_of_a_clause_ending_in_a_deal_participle_is_a_company():
    found = names("Vantor is betting big on eye disease, agreeing to acquire Marrowin for $90 million. "
                  "Separately, Quelbrook has been cutting costs, inking a licence with a Korean partner.")
    assert {"Vantor", "Quelbrook"} <= found
    assert "Kendall" in names("Kendall is doubling down on vaccines, agreeing to buy Orvessa Bio for $2 billion.")


def test_a_subject_without_a_deal_participle_or_inside_a_sentence_is_not_read_so():
    assert not subject_of_a_deal_clause("", " is growing quickly, making it a busy field.")
    assert not subject_of_a_deal_clause("Analysts said ", " is expanding, inking deals.")
    assert subject_of_a_deal_clause("Earlier. ", " is expanding into Europe, signing a pact.")
