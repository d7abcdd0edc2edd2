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


def test_a_deal_told_in_a_bullet_and_recapped_in_a_table_keeps_the_terms_only_the_bullet_gives(facts):
    text = ("# Oncology deals this week\n\n"
            "- **Marlowe Bio** licensed MB-620, a Nectin-4 antibody-drug conjugate, to **Ostrand Pharma** for "
            "$35 million upfront and up to $480 million in milestones.\n\n"
            "| Licensor | Licensee | Asset | Upfront |\n|---|---|---|---|\n"
            "| Marlowe Bio | Ostrand Pharma | MB-620 | $35M |\n")
    deals = facts(text)["deals"]
    assert [(d.licensor, d.licensee, d.upfront.amount, d.milestones and d.milestones.amount) for d in deals] \
        == [("Marlowe Bio", "Ostrand Pharma", 35, 480)]
