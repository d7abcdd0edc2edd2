"""A milestone told by its event ("$14 million upon approval in Korea", "在韩国获批后支付1400万美元") is one cap
beside the named tranches: the deal's milestones are their sum. Our own words."""


def _milestones(extracted, text):
    deal = extracted(text).records["deals"][0]
    return deal.milestones and float(deal.milestones.amount)


def test_event_payment_adds_to_the_sales_milestones_en(extracted):
    text = ("Corlett Bio licenses CB-8 to Hanseong Pharm\n\nSEOUL, May 5, 2026 -- Corlett Bio, Inc. announced an "
            "exclusive license agreement with Hanseong Pharm for CB-8 in Korea. Hanseong will pay $10 million upfront. "
            "Hanseong also agreed to pay $14 million upon approval in Korea and up to $40 million in sales milestones.")
    assert _milestones(extracted, text) == 54.0


def test_event_payment_adds_to_the_sales_milestones_zh(extracted):
    for script in ("simplified", "traditional"):
        event = "在韩国获批后支付1400万美元" if script == "simplified" else "在韓國獲批後支付1400萬美元"
        text = ("康桥生物授权CB-8予汉城制药\n\n2026年5月5日，康桥生物宣布与汉城制药就CB-8在韩国的权益达成独家许可协议。"
                f"汉城制药将支付1000万美元首付款、{event}，以及最高4000万美元的销售里程碑付款。")
        assert _milestones(extracted, text) == 54.0, script
