"""A partner "handing back the rights" (handed the rights back, gave back the rights) ends its licence: no new
deal from the owner to it, and the owner keeps the drug at its stage. Our own words."""


def test_handing_back_the_rights_is_no_new_licence(facts):
    for verb in ("is handing back the rights", "gave back the rights"):
        records = facts(f"Tolvar returns PX-90 to Brightlane\n\nTolvar Pharma {verb} to PX-90, a Phase 2 CD73 "
                         "antibody, to Brightlane Bio after a pipeline review, Brightlane said on May 6, 2026.")
        assert records["deals"] == [], verb
        assert [(a.asset, a.company, a.stage) for a in records["assets"]] == [("PX-90", "Brightlane Bio", "phase2")]
