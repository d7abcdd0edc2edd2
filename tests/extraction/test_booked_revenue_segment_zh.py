"""A revenue line told with the verb that books it ("确认授权许可收入", "計入技術服務收入") is named without the
verb: the line is the licensing or service revenue itself. Our own words, both scripts."""


def _segments(records):
    return {f.segment.split(" (")[0] for f in records["financials"] if f.metric == "segment_revenue"}


def test_booked_licensing_revenue_is_named_without_its_verb(facts):
    text = ("泽川药业三季报\n\n泽川药业2026年10月28日披露三季报，公司前三季度实现营业收入4.2亿元，同比增长15%；"
            "其中确认授权许可收入0.9亿元，来自合作方支付的里程碑款。")
    assert _segments(facts(text)) == {"授权许可"}


def test_traditional_booked_service_revenue(facts):
    text = ("澤川藥業三季報\n\n澤川藥業2026年10月28日披露三季報，公司前三季度實現營業收入4.2億元，同比增長15%；"
            "其中計入技術服務收入0.6億元。")
    assert _segments(facts(text)) == {"技術服務"}


def test_company_booking_licensing_revenue_is_no_total_revenue(facts):
    text = ("泽川药业公告\n\n2026年3月18日，泽川药业发布公告，2025年公司确认授权许可收入4100万元。")
    records = facts(text)
    assert _segments(records) == {"授权许可"}
    assert not [f for f in records["financials"] if f.metric == "revenue"]


def test_traditional_group_booking_service_revenue(facts):
    text = ("澤川藥業公告\n\n2026年3月18日，澤川藥業發布公告，2025年集團計入技術服務收入4100萬元。")
    assert _segments(facts(text)) == {"技術服務"}
