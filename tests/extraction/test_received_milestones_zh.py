"""A milestone booked as received (认列/入帐 a partner's 里程碑金) is money already paid under a deal, not the
cap of its milestones; in our own words, both scripts."""


def test_a_milestone_booked_in_the_quarter_is_no_milestone_cap(facts):
    text = ("岳澄生技法說會\n\n岳澄生技第二季認列合作夥伴Quellmar Pharma支付之里程碑金300萬美元，帶動營收成長。"
            "岳澄生技於2022年將抗體藥物YC-77授權予Quellmar Pharma，合約總金額最高達2.6億美元。")
    deal = facts(text)["deals"][0]
    assert deal.licensee.startswith("Quellmar") and deal.milestones is None
    assert float(deal.total.amount) == 260


def test_a_simplified_milestone_entered_in_the_books_is_no_cap(facts):
    text = ("禾曦生技获授权伙伴付款\n\n禾曦生技公告，已入帐授权伙伴Castlemere Bio支付的里程碑款200万美元。"
            "禾曦生技此前将眼科药物HX-15授权予Castlemere Bio，可获得最高1.5亿美元的里程碑款。")
    deal = facts(text)["deals"][0]
    assert float(deal.milestones.amount) == 150
