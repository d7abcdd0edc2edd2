"""A headline ending in 授权 (甲生技新药授权) grants nothing to the company opening the body's first line:
the grant word before a name is read within its line. In our own words, both scripts."""


def test_a_headline_ending_in_a_licence_word_does_not_make_the_body_subject_the_licensee(facts):
    text = ("岚昱生技新药授权\n\n岚昱生技与欧洲药厂Korvessa Pharma签署抗体新药LY-260授权合约，岚昱生技已收取签约金800万美元。")
    deal = facts(text)["deals"][0]
    assert deal.licensor.startswith("岚昱") and deal.licensee.startswith("Korvessa")


def test_a_traditional_headline_ending_in_a_licence_word(facts):
    text = ("嵐昱生技授權\n\n嵐昱生技與Korvessa Pharma簽署眼科新藥LY-318授權合約。")
    deal = facts(text)["deals"][0]
    assert deal.licensor.startswith("嵐昱") and deal.licensee.startswith("Korvessa")
