"""Targets the vocabulary does not list, read where a drug is said to be aimed at them (our own words)."""
from pharmalens.extraction.open_targets import open_target_hits


def symbols(text):
    return [h.canonical for h in open_target_hits(text, [])]


def test_a_symbol_a_drug_is_aimed_at_is_a_target_even_when_no_list_names_it():
    assert symbols("HLX-31, an actinium-225 labeled antibody targeting CD46, entered Phase 1.") == ["CD46"]
    assert symbols("its SLC34A2-targeted conjugate and an antibody directed against LRRC15") == ["SLC34A2", "LRRC15"]


def test_codes_agencies_and_short_words_after_targeting_are_no_targets():
    assert symbols("the company is targeting FDA approval and targeting US launch of QX-11") == []
    assert symbols("targeting QRT-225 enrolment") == []


def test_an_asset_takes_a_target_no_list_names(facts):
    text = ("Marrow Bio, Inc. said on 6 June 2027 that the FDA cleared its IND for MRB-5, an antibody-drug conjugate "
            "targeting LRRC15, in solid tumors.")
    asset = [a for a in facts(text)["assets"] if a.asset == "MRB-5"][0]
    assert asset.target == ["LRRC15"]


def test_a_symbol_before_what_a_drug_does_to_it_is_a_target_but_a_mutation_or_virus_is_not():
    assert symbols("QX-7, an oral KIF18A inhibitor, and QX-9, a selective NLRP3 antagonist, and a PKM2 activator") == \
        ["KIF18A", "NLRP3", "PKM2"]
    assert symbols("a KRAS G12V inhibitor and an HIV protease inhibitor") == []
