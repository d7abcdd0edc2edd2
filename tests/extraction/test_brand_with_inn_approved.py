"""A brand known to no list, approved with its INN in brackets right after it ("the FDA approved Velmora
(tarnoxetine) for ...", "FDA已批准Velmora（tarnoxetine）用于…"), is the approved drug though no owner's
possessive stands before it. Our own words."""


def _approved(extracted, text):
    records = extracted(text).records
    return [(r.asset, r.event) for r in records["regulatory"]]


def test_brand_with_inn_after_approval_en(extracted):
    text = ("Quillon Therapeutics gets FDA nod\n\nQuillon Therapeutics, Inc. announced that the U.S. Food and Drug "
            "Administration approved Velmora (tarnoxetine) for adults with fibromyalgia.")
    assert _approved(extracted, text) == [("Velmora", "approval")]


def test_brand_with_inn_after_approval_zh(extracted):
    for text in ("启衡医药新药获FDA批准\n\n启衡医药宣布，美国FDA已批准Velmora（tarnoxetine）用于治疗成人纤维肌痛。",
                 "啟衡醫藥新藥獲FDA批准\n\n啟衡醫藥宣布，美國FDA已批准Velmora（tarnoxetine）用於治療成人纖維肌痛。"):
        assert _approved(extracted, text) == [("Velmora", "approval")], text[:4]
