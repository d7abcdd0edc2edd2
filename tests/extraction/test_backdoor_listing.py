"""A listing by taking over a listed shell (借壳登陆, "through a reverse merger") offers no shares: no IPO
record; a listing that raises money still is one. Our own words, both scripts."""


def _rounds(facts, text):
    return [(f.company, f.round) for f in facts(text)["financings"]]


def test_a_backdoor_listing_is_no_ipo(facts):
    for text in ("2025年底，岳川生物合作的NewCo Corvane Bio在成立两天后借壳登陆纳斯达克。",
                 "2025年底，岳川生物合作的NewCo Corvane Bio在成立兩天後借殼登陸納斯達克。",
                 "Corvane Bio, a NewCo of Yuechuan Bio, went public on Nasdaq through a reverse merger in December."):
        assert _rounds(facts, text) == [], text


def test_a_listing_that_raises_money_stays_an_ipo(facts):
    for text in ("Corvane Bio完成IPO，登陆纳斯达克，募资1.2亿美元。",
                 "Corvane Bio completed its IPO on Nasdaq, raising $120 million."):
        assert _rounds(facts, text) == [("Corvane Bio", "ipo")], text
