"""A round-up sentence that joins two stories with ", while" ("Y will pay CHF 9 million for rights to X, while Z
reported revenue of ...") does not make Z a party to Y's deal; ", while Z will make the drug" still does tell
Z's part. Our own words."""


def _deals(extracted, text):
    return [(d.licensor, d.licensee) for d in extracted(text).records["deals"]]


def test_while_clause_told_in_the_past_is_another_story(extracted):
    text = ("Alpine biotech briefs\n\nBrisanz Bio completed a share issue from existing investors. Separately, "
            "partner Ostermund Pharma will pay CHF 9 million for rights to BZ-31 in Japan, while Kellerhof AG "
            "reported revenue of CHF 48 million for 2025.")
    assert all("Kellerhof" not in (a or "") + (b or "") for a, b in _deals(extracted, text))
    assert [b for _, b in _deals(extracted, text)] == ["Ostermund Pharma"]


def test_while_clause_of_the_partner_part_stays_in_the_deal(extracted):
    text = ("Ostermund licenses BZ-31\n\nOstermund Pharma will pay Brisanz Bio CHF 9 million upfront for rights to "
            "BZ-31 in Japan. Ostermund will hold the rights to BZ-31, while Brisanz Bio will make the drug.")
    deals = extracted(text).records["deals"]
    assert [(d.licensor, d.licensee) for d in deals] == [("Brisanz Bio", "Ostermund Pharma")]
    assert len(deals[0].evidence) >= 2
