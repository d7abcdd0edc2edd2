"""A disease no vocabulary lists, named right before the drug word ("an oral cataplexy-narcolepsy drug", "the
proposed Vantell-Ross syndrome study") or after "a drug for", is what the drug is for. Our own words."""


def _indications(extracted, text):
    return [a.indication for a in extracted(text).records["assets"]]


def test_disease_before_the_drug_word(extracted):
    for described in ("an oral narcolepsy drug", "a drug for narcolepsy", "its once-weekly Vantell-Ross syndrome therapy"):
        text = ("Tarrow Bio licenses TB-14 to Ellesmere Pharma\n\nTarrow Bio Ltd. agreed to license TB-14, "
                f"{described}, to Ellesmere Pharma for Canada.")
        disease = "Vantell-Ross syndrome" if "Vantell" in described else "narcolepsy"
        assert _indications(extracted, text) == [[disease]], described


def test_disease_before_the_study_word(extracted):
    text = ("Tarrow Bio doses first patient\n\nTarrow Bio Ltd. dosed the first patient in the pivotal cholangiopathy "
            "study of TB-14, its Phase 3 candidate.")
    assert _indications(extracted, text) == [["cholangiopathy"]]
