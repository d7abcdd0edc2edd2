"""English probes of 1 December (s30c): summaries, press releases and news on Chinese and Taiwan firms."""


def test_an_approval_from_a_long_named_agency_to_start_a_trial_is_an_ind_clearance(facts):
    text = ("Kestrel Biologics (凯翔生技, 6742) said it had won approval from Taiwan's Food and Drug "
            "Administration to start a phase 1 study of its antibody KB-207 in gastric cancer.")
    records = facts(text)
    assert [(r.asset, r.event) for r in records["regulatory"]] == [("KB-207", "ind")]
    assert [a.stage for a in records["assets"] if a.asset == "KB-207"] != ["approved"]


def test_a_prior_period_after_an_earlier_figure_is_not_the_period_of_the_next_figure(facts):
    text = ("Hong Kong-listed Sunmere Biotech (1893.HK) reported a net loss of HK$86.2 million for the first "
            "half of 2026, against HK$120.4 million a year earlier, while its revenue climbed 41% to HK$530 million.")
    revenue = [(f.period, f.amount) for f in facts(text)["financials"] if f.metric == "revenue"]
    assert revenue == [("2026H1", 530)]
