"""English probes of 1 December (s30c): summaries, press releases and news on Chinese and Taiwan firms."""


def test_an_approval_from_a_long_named_agency_to_start_a_trial_is_an_ind_clearance(facts):
    text = ("Kestrel Biologics (凯翔生技, 6742) said it had won approval from Taiwan's Food and Drug "
            "Administration to start a phase 1 study of its antibody KB-207 in gastric cancer.")
    records = facts(text)
    assert [(r.asset, r.event) for r in records["regulatory"]] == [("KB-207", "ind")]
    assert [a.stage for a in records["assets"] if a.asset == "KB-207"] != ["approved"]
