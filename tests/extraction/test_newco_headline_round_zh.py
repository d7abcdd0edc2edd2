"""A headline tells the NewCo's round by the word NewCo ("X出海：NewCo获1.2亿美元A轮融资"): the round is
the new company's, told again by name in the body, never the licensor's. Our own words, both scripts."""


def _raisers(records):
    return {f.company for f in records["financings"]}


def test_newco_round_in_the_headline_is_not_the_licensor_s(facts):
    text = ("岳川医药以NewCo模式出海：NewCo获9000万美元A轮融资\n\n岳川医药与Pinecrest Capital组建的新公司Aldane Therapeutics"
            "今日宣布成立，获得岳川医药TSLP单抗YC-33的海外权益。Aldane Therapeutics同时完成9000万美元A轮融资，"
            "由Pinecrest Capital领投。")
    assert "岳川医药" not in _raisers(facts(text))


def test_traditional_newco_round_in_the_headline(facts):
    text = ("岳川醫藥以NewCo模式出海：新公司獲9000萬美元A輪融資\n\n岳川醫藥與Pinecrest Capital組建的新公司Aldane Therapeutics"
            "今日宣佈成立，獲得岳川醫藥TSLP單抗YC-33的海外權益。Aldane Therapeutics同時完成9000萬美元A輪融資，"
            "由Pinecrest Capital領投。")
    assert "岳川醫藥" not in _raisers(facts(text))
