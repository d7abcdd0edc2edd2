"""A listed firm's "share issue" ("completed a share issue raising NOK 220 million") is a placement of new
shares, as a rights issue or a capital increase is. Our own words."""


def test_share_issue_is_a_placement(extracted):
    for wording in ("completed a share issue raising NOK 220 million",
                    "completed an issue of new shares raising NOK 220 million"):
        text = f"Fjellvik Bio raises funds\n\nFjellvik Bio ASA {wording} from existing shareholders."
        financings = extracted(text).records["financings"]
        assert [(f.round, float(f.amount.amount)) for f in financings] == [("placement", 220.0)], wording
