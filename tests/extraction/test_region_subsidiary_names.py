"""A subsidiary named by its parent's core and a country, region or jurisdiction ("X BC Inc., a subsidiary of
X Inc.", "X Ireland Limited") is the same company, so a filing naming both and a partner has two parties, not
three. Our own words and made-up names."""
from pharmalens.extraction.same_core_names import core_of


def test_a_region_tag_leaves_the_parents_core():
    assert core_of("Quorvane BC Inc.") == core_of("Quorvane Inc.") == "Quorvane"
    assert core_of("Quorvane Therapeutics Ireland Limited") == "Quorvane"


def test_a_filing_naming_a_subsidiary_and_its_parent_keeps_the_agreements_date(facts):
    text = ("On March 3, 2025, Quorvane BC Inc. (\u201cQuorvane BC\u201d), a subsidiary of Quorvane Inc. (the \u201cCompany\u201d), "
            "and Maltrix, Ltd. (\u201cMaltrix\u201d) entered into a Termination Agreement relating to the License Agreement "
            "between Quorvane BC and Maltrix, dated June 4, 2019.\nPreviously, Quorvane BC and Maltrix entered into the "
            "License Agreement, pursuant to which Quorvane BC granted Maltrix an exclusive license to develop and commercialize QV-31, an antibody-drug conjugate, in Asia, for up to $120 million in milestone payments.\n")
    deals = facts(text)["deals"]
    assert [(d.licensee, d.announced) for d in deals] == [("Maltrix", "2019-06-04")], deals
